"""The attacks of issue 16, replayed against the app at two revisions: server CPU, peak RSS, bytes sent.

    .venv/bin/python bench/bench_attacks.py [--before e5f50ad~1] [--after HEAD] [--horizon 6000]

Each revision is checked out in a temporary git worktree and served by ``streamlit run`` on
loopback (``tools.browser.running_server``, its own production config). The attacks go over
Streamlit's websocket (``tools.wsclient``), one fresh session each:

- forged Horizon: the selectbox's state set to ``--horizon`` months (the issue's 99,999 took 23 GB;
  the default 6,000 keeps the "before" run within this machine);
- a 990-key link and a 505 KB link: what the page sends back while it cleans them;
- a component state that is not JSON, and one nested 100,000 deep;
- a chart selection that is a list; a state with an id that is not a widget's;
- ``clear_cache`` from the client, then the same page again: from the caches, or recomputed?
- ten Replay clicks in a row;
- five noisy clients: five sessions each moving a lever and clicking Replay in a loop for
  ``--noisy-s`` seconds, while a sixth (the victim) moves a lever once a second: the victim's p95
  (the issue measured 2.9 s), straight to the server, without nginx's limits in front; each
  reports the live panel's parts it received, as a browser does (``Run.held``);
- the upload attack: a 64 KB dotted key, parsed by that revision's ``model.scenario.load_text``
  in a subprocess (CPU and peak RSS of the parse);
- the CSV injection: that revision's two scenario CSVs with the eight hostile pin names of
  ``tests/app/test_spreadsheet.py``, opened in LibreOffice Calc (headless, its default import):
  the number of formula cells it finds.

It prints one table per revision, and no pass or fail: the tests hold the bounds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402

from tools.browser import cpu_seconds, rss_mb, running_server  # noqa: E402
from tools.wsclient import Run, Session  # noqa: E402

Attack = Callable[[Session], Awaitable[list[Run]]]


class Peak(threading.Thread):
    """The server's peak RSS while an attack runs (sampled every 20 ms)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.done = pid, rss_mb(pid), threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.02):
            try:
                self.peak = max(self.peak, rss_mb(self.pid))
            except OSError:
                return


def attacks(horizon: int) -> dict[str, tuple[str, Attack]]:
    """Name → (query string, what the session sends after its first run)."""

    async def state(s: Session, key: str, **value: object) -> list[Run]:
        return [await s.rerun([s.state(key, **value)], timeout=300)]

    async def replays(s: Session) -> list[Run]:
        out = [await s.rerun([s.state("live", json_value={"levers": {"values": {"fairness": 0.5}, "seq": 1}})])]
        for _ in range(10):
            out.append(await s.rerun([s.state("replay_btn", trigger_value=True)], timeout=300))
        return out

    async def clear_cache(s: Session) -> list[Run]:
        msg = BackMsg()
        msg.clear_cache = True
        await s.send(msg)
        await asyncio.sleep(0.5)
        return [await s.rerun(timeout=300)]  # the same page again: from the caches, unless they were cleared

    async def nothing(s: Session) -> list[Run]:
        return []

    many = "&".join(f"junk{i}=1" for i in range(990))
    return {
        f"forged Horizon {horizon}": ("p=baseline", lambda s: state(s, "horizon", string_value=str(horizon))),
        "990-key link (6.8 KB)": ("p=baseline&commission=1.5&" + many, nothing),
        "505 KB link": ("p=baseline&" + "&".join(f"k{i}={'x' * 500}" for i in range(1000)), nothing),
        "component state not JSON": ("p=baseline", lambda s: state(s, "live", json_value="{not json")),
        "component state 100,000 deep": ("p=baseline", lambda s: state(s, "live", json_value="[" * 100_000)),
        "chart selection a list": (
            "p=baseline&view=analysis",
            lambda s: state(s, "policy_map", string_value='{"selection": [1]}'),
        ),
        "state of no widget": ("p=baseline", lambda s: state(s, "unpin_3", trigger_value=True)),
        "clear_cache, then a run": ("p=baseline", clear_cache),
        "ten Replay clicks in a row": ("p=baseline", replays),
    }


async def replay(base: str, pid: int, query: str, attack: Attack) -> tuple[float, float, int, str]:
    """(server CPU s, peak RSS growth MB, bytes the server sent, outcome) of one attack."""
    async with Session.connect(base, "p=baseline") as warm:  # caches and imports warm, as on a live server
        await warm.rerun(timeout=300)
    peak = Peak(pid)
    rss0, cpu0 = rss_mb(pid), cpu_seconds(pid)
    peak.start()
    outcome = "ok"
    sent = 0
    try:
        async with Session.connect(base, query) as s:
            runs = [await s.rerun(timeout=300)]
            runs += await attack(s)
            sent = s.bytes_in
            problems = [x for r in runs for x in r.exceptions]
            refused = any("not allowed" in a or "not used" in a or "not read" in a for r in runs for a in r.alerts)
            outcome = f"traceback: {problems[0][:40]}" if problems else "refused, named" if refused else "ok"
    except Exception as exc:  # a closed connection, a timeout: the outcome
        outcome = f"{type(exc).__name__}"
    peak.done.set()
    peak.join()
    return cpu_seconds(pid) - cpu0, peak.peak - rss0, sent, outcome


def upload_parse(checkout: Path) -> tuple[float, float, str]:
    """CPU s and peak RSS MB of that revision parsing a 64 KB file of one dotted key."""
    code = (
        "import resource, time, sys\n"
        "from model.scenario import load_text\n"
        "text = 'a' + '.a' * 32_490 + ' = 1\\n'\n"
        "t = time.process_time()\n"
        "try:\n"
        "    load_text(text, 'x'); out = 'parsed'\n"
        "except Exception as e:\n"
        "    out = 'refused: ' + type(e).__name__\n"
        "print(time.process_time() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, out)\n"
    )
    env = os.environ | {"PYTHONPATH": str(checkout)}
    res = subprocess.run([sys.executable, "-c", code], cwd=checkout, env=env, capture_output=True, text=True, timeout=600)
    cpu, rss, *out = res.stdout.split() or ["nan", "nan", res.stderr[-60:]]
    return float(cpu), float(rss), " ".join(out)


async def noisy_neighbours(base: str, pid: int, seconds: float) -> tuple[float, float, int, str]:
    """(server CPU s, peak RSS growth MB, bytes sent to all six sessions, the victim's p95) of five
    sessions looping a move and a Replay click while a victim moves a lever once a second."""
    async with Session.connect(base, "p=baseline") as warm:
        await warm.rerun(timeout=300)
    peak = Peak(pid)
    rss0, cpu0 = rss_mb(pid), cpu_seconds(pid)
    peak.start()
    stop = asyncio.get_running_loop().time() + seconds
    sent: list[int] = []
    victim: list[tuple[float, float]] = []  # (seconds since the start, the move's latency)

    # each client reports the panel's parts it received (``have``), as a browser does
    async def noisy(k: int) -> None:
        async with Session.connect(base, "p=baseline") as s:
            have = (await s.rerun(timeout=300)).held()
            seq = 0
            while asyncio.get_running_loop().time() < stop:
                seq += 1
                levers = {"levers": {"values": {"fairness": 0.5 + 0.01 * (seq % 20)}, "seq": seq, "have": have}}
                have = (await s.rerun([s.state("live", json_value=levers)], timeout=300)).held() or have
                await s.rerun([s.state("replay_btn", trigger_value=True)], timeout=300)
            sent.append(s.bytes_in)

    async def watched() -> None:
        async with Session.connect(base, "p=baseline") as s:
            have = (await s.rerun(timeout=300)).held()
            seq = 0
            while asyncio.get_running_loop().time() < stop:
                seq += 1
                levers = {"levers": {"values": {"commission": 1.0 + 0.1 * (seq % 10)}, "seq": seq, "have": have}}
                run = await s.rerun([s.state("live", json_value=levers)], timeout=300)
                have = run.held() or have
                victim.append((seconds - (stop - asyncio.get_running_loop().time()), run.seconds))
                await asyncio.sleep(max(0.0, 1.0 - run.seconds))
            sent.append(s.bytes_in)

    outcome = ""
    try:
        await asyncio.gather(watched(), *(noisy(k) for k in range(5)))

        def p95(xs: list[float]) -> str:
            ordered = sorted(xs)
            return f"{ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]:.2f}" if ordered else "-"

        late = [x for at, x in victim if at >= seconds / 2]
        outcome = f"victim p95 {p95([x for _, x in victim])} s ({len(victim)} moves), in the second half {p95(late)} s"
    except Exception as exc:  # a closed connection, a timeout: the outcome
        outcome = f"{type(exc).__name__}"
    peak.done.set()
    peak.join()
    return cpu_seconds(pid) - cpu0, peak.peak - rss0, sum(sent), outcome


def csv_formulas(checkout: Path) -> str:
    """How many formula cells LibreOffice Calc finds in that revision's CSVs with hostile pin names."""
    from tests.app.test_spreadsheet import HOSTILE, open_in_calc

    code = (
        "import json, sys\n"
        "from dataclasses import replace\n"
        "from model.scenario import load_scenario\n"
        "from ui import urlstate as us\n"
        "from ui.files import scenario_and_baseline_csv, kpi_table_csv\n"
        "names = json.loads(sys.argv[1])\n"
        "sc = load_scenario('support_100bn')\n"
        "pins = [us.Pin(us.clean_name(n), 'support_100bn', sc.params.replace(commission=0.005 + 0.001 * k))"
        " for k, n in enumerate(names)]\n"
        "both = scenario_and_baseline_csv(sc, 6, pins)\n"
        "print(json.dumps({'with_pins': both, 'kpis': kpi_table_csv(sc, [3, 6], pins, ref=1)}))\n"
    )
    env = os.environ | {"PYTHONPATH": str(checkout)}
    res = subprocess.run(
        [sys.executable, "-c", code, json.dumps(HOSTILE)], cwd=checkout, env=env, capture_output=True, text=True, timeout=600
    )
    if res.returncode:
        return f"error: {res.stderr.strip().splitlines()[-1][:60]}"
    counts = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind, text in json.loads(res.stdout).items():
            cells = open_in_calc(text, Path(tmp), kind)
            counts.append(sum(1 for c in cells if isinstance(c, str) and c.startswith("=")))
    return f"{sum(counts)} formula cells in LibreOffice ({' + '.join(map(str, counts))}; {len(HOSTILE)} pins)"


def bench(rev: str, horizon: int, noisy_s: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        checkout = Path(tmp) / "checkout"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(checkout), rev], cwd=ROOT, check=True)
        try:
            sha = subprocess.run(["git", "rev-parse", "--short", rev], cwd=ROOT, capture_output=True, text=True).stdout.strip()
            print(f"\n{rev} ({sha})")
            print(f"{'attack':<32}{'CPU s':>8}{'peak RSS +MB':>14}{'bytes sent':>13}  outcome")
            log = ROOT / "test-artifacts" / f"bench_attacks_{sha}.log"
            with running_server(log, cwd=checkout, timeout=120) as srv:
                for name, (query, attack) in attacks(horizon).items():
                    cpu, rss, sent, outcome = asyncio.run(replay(srv.url, srv.pid, query, attack))
                    print(f"{name:<32}{cpu:>8.2f}{rss:>14.0f}{sent:>13,}  {outcome}")
                cpu, rss, sent, outcome = asyncio.run(noisy_neighbours(srv.url, srv.pid, noisy_s))
                print(f"{f'five noisy clients, {noisy_s:g} s':<32}{cpu:>8.2f}{rss:>14.0f}{sent:>13,}  {outcome}")
            cpu, rss, out = upload_parse(checkout)
            print(f"{'upload: 64 KB dotted key':<32}{cpu:>8.2f}{rss:>14.0f}{'-':>13}  {out} (peak RSS of the parse)")
            print(f"{'CSV: hostile pin names':<32}{'-':>8}{'-':>14}{'-':>13}  {csv_formulas(checkout)}")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(checkout)], cwd=ROOT, check=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", default="e5f50ad~1", help="the revision before issue 16 (default: its first commit's parent)")
    ap.add_argument("--after", default="HEAD")
    ap.add_argument("--horizon", type=int, default=6000, help="the forged horizon, months")
    ap.add_argument("--noisy-s", type=float, default=30.0, help="how long the five noisy clients run, seconds")
    args = ap.parse_args()
    print("uptime:", os.popen("uptime").read().strip())  # noqa: S605 - a fixed command
    for rev in (args.before, args.after):
        bench(rev, args.horizon, args.noisy_s)
    print("\n(json of the settings:", json.dumps(vars(args)), ")")


if __name__ == "__main__":
    main()
