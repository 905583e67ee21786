"""Memory soak: many sessions, one after another in small waves, and the server's RSS over time.

    .venv/bin/python bench/bench_soak.py [--sessions 300] [--wave 10] [--open 40]

Starts the app (``tools.browser.running_server``: ``streamlit run``, production config, loopback)
and drives it over Streamlit's websocket (``tools.wsclient``). Each session opens its own link,
with its own commission, horizon and preset, moves the commission once (the live panel's state)
and closes. ``--open`` of them stay connected to the end: open tabs. The rest disconnect, and
Streamlit forgets them after ``server.disconnectedSessionTTL``. After every wave the bench prints
the sessions so far, the open ones and the server's RSS, then the RSS once idle. It prints a
table, not a pass or fail: the README's memory figures come from it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import model  # noqa: E402
from tools.browser import rss_mb, running_server  # noqa: E402
from tools.wsclient import Session  # noqa: E402
from ui import urlstate as us  # noqa: E402

PRESETS = [sc.name for sc in model.presets()]


def link(i: int) -> str:
    return urlencode({"p": PRESETS[i % len(PRESETS)], "commission": f"{0.1 * (1 + i % 140):.1f}", "h": us.HORIZONS[i % 10]})


async def one(base: str, i: int, keep: contextlib.AsyncExitStack | None) -> str:
    """One session: open, one move, close (or stay open in ``keep``). Returns "" or the error."""
    try:
        cm = Session.connect(base, link(i))
        s = await (keep.enter_async_context(cm) if keep else cm.__aenter__())
        try:
            run = await s.rerun(timeout=300)
            move = {"levers": {"values": {"commission": round(0.1 * (1 + (i + 7) % 140), 1)}, "seq": 1}}
            again = await s.rerun([s.state("live", json_value=move)], timeout=300)
            return "" if run.ok and again.ok else f"session {i}: {run.exceptions + again.exceptions}"
        finally:
            if keep is None:
                await cm.__aexit__(None, None, None)
    except Exception as exc:  # every failure is counted
        return f"session {i}: {type(exc).__name__}: {exc}"


async def soak(base: str, pid: int, args: argparse.Namespace) -> None:
    print(f"{'sessions':>9} {'open':>5} {'RSS MB':>8} {'s':>7}")
    t0 = time.monotonic()
    errors: list[str] = []
    async with contextlib.AsyncExitStack() as keep:
        for start in range(0, args.sessions, args.wave):
            batch = range(start, min(start + args.wave, args.sessions))
            errors += [e for e in await asyncio.gather(*(one(base, i, keep if i < args.open else None) for i in batch)) if e]
            print(f"{batch[-1] + 1:>9} {min(args.open, batch[-1] + 1):>5} {rss_mb(pid):>8.0f} {time.monotonic() - t0:>7.1f}")
        await asyncio.sleep(args.idle)
        print(f"{'idle':>9} {args.open:>5} {rss_mb(pid):>8.0f} {time.monotonic() - t0:>7.1f}  ({args.idle:.0f} s later)")
    await asyncio.sleep(args.idle)
    print(f"{'closed':>9} {0:>5} {rss_mb(pid):>8.0f} {time.monotonic() - t0:>7.1f}  (all closed, {args.idle:.0f} s later)")
    print(f"errors: {len(errors)}", *errors[:3], sep="\n  ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=300)
    ap.add_argument("--wave", type=int, default=10, help="sessions at once")
    ap.add_argument("--open", type=int, default=40, help="sessions that stay connected to the end")
    ap.add_argument("--idle", type=float, default=20.0, help="seconds to wait before the idle readings")
    ap.add_argument("--ttl", type=int, default=10, help="server.disconnectedSessionTTL for the run (s)")
    args = ap.parse_args()
    print("uptime:", os.popen("uptime").read().strip())  # noqa: S605 - a fixed command
    log = ROOT / "test-artifacts" / "bench_soak_server.log"
    with running_server(log, options=(f"--server.disconnectedSessionTTL={args.ttl}",), timeout=120) as srv:
        print(f"server {srv.pid}: RSS {rss_mb(srv.pid):.0f} MB before the first session")
        asyncio.run(soak(srv.url, srv.pid, args))


if __name__ == "__main__":
    main()
