"""Concurrent load test: N real sessions against a running server, over Streamlit's websocket.

    .venv/bin/python bench/bench_load.py [--sessions 30] [--timeout 120] [--changes 2] [--stagger 0.3]
                                         [--no-bands] [--replicas N]

Starts the app (``tools.browser.running_app``: ``streamlit run``, production config,
loopback only), then opens N sessions speaking Streamlit's own protocol on
``ws://127.0.0.1:PORT/_stcore/stream`` (protobuf ``BackMsg`` out, ``ForwardMsg`` in;
no browser: ``tools.wsclient``).  Session i, started ``--stagger`` seconds after session i-1, opens its
own shared URL (``p=baseline&commission=<distinct>``), waits for ``script_finished``,
checks the KPI cards (the ``metric`` elements) against the model run directly
(``model.run`` + ``model.kpis.compare_kpis``, formatted as the app formats them), then moves the
commission lever ``--changes`` times (a ``rerun_script`` with the live panel's levers state
state, as the frontend sends it) and checks the new cards each time.  A card that
differs from this session's own expected numbers is a wrong result (cross-talk).
Latency: send → ``script_finished``.  Server CPU and RSS are sampled from /proc (all
replicas together with ``--replicas N``, which runs the sessions through nginx in front of
N replicas started by ``deploy/run_replicas.sh``: the documented recipe, under load).
Target: 30 sessions, 0 errors, 0 wrong results, p95 rerun latency <= 3 s.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import math
import os
import shutil
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import model  # noqa: E402
from model.kpis import compare_kpis  # noqa: E402
from tools.browser import replicas_behind_nginx, running_app  # noqa: E402
from tools.wsclient import Run  # noqa: E402
from tools.wsclient import Session as WsSession  # noqa: E402
from ui import urlstate as us  # noqa: E402
from ui.cards import fmt_number  # noqa: E402
from ui.texts import t  # noqa: E402

PRESET = "baseline"
HORIZON = us.DEFAULT_HORIZON
LEVER = "commission"
TARGET_P95_MS = 3000.0
Card = tuple[str, str, str]  # (label, value, delta) as the metric element shows them


# ------------------------------------------------------------------ expected numbers
def expected_cards(commission_pct: float) -> list[Card]:
    """The KPI cards the app shows for the baseline preset with commission at ``commission_pct`` %."""
    sc = next(s for s in model.presets() if s.name == PRESET)
    p = PARAM
    params = sc.params
    if us.to_display(p, sc.params[LEVER]) != us.snap_display(p, commission_pct):
        params = sc.params.replace(**{LEVER: us.from_display(p, commission_pct)})
    cur = model.run(_replace(sc, params), months=HORIZON)
    base = model.run(sc, months=HORIZON)
    out = []
    for k in compare_kpis(_frame(cur), _frame(base), HORIZON):
        unit = t("u_" + k.unit, "en")
        delta = ""
        if not math.isnan(k.delta):
            d_unit = t("u_pp", "en") if k.unit == "percent" else unit
            text = f"{k.delta:+,.2f}" if abs(k.delta) < 100 else f"{k.delta:+,.0f}"
            delta = ("0.00" if float(text.replace(",", "")) == 0.0 else text) + f" {d_unit}"  # no change: no sign
        out.append((f"{k.kpi.label_en} ({unit})", fmt_number(k.value, k.unit), delta))
    return out


def _replace(sc: model.Scenario, params: model.Params) -> model.Scenario:
    from dataclasses import replace

    return replace(sc, params=params)


def _frame(res: model.Result) -> dict:
    return {v: a[:, 0] for v, a in res.raw.data.items()}


# ------------------------------------------------------------------ one session
@dataclass
class Session:
    index: int
    values: list[float]  # commission (display %): the link's, then each slider move
    latencies: list[tuple[str, float]] = field(default_factory=list)  # (kind, seconds)
    errors: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def set_query(query: str, key: str, value: str) -> str:
    pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != key]
    return urlencode([*pairs, (key, value)])


def check(s: Session, step: int, value: float, cards: list[Card], expected: dict[float, list[Card]]) -> None:
    want = expected[value]
    if cards != want:
        bad = [f"{c} != {w}" for c, w in zip(cards, want, strict=False) if c != w][:2]
        s.wrong.append(f"step {step} commission={value}: {len(cards)} cards vs {len(want)} expected; " + "; ".join(bad))


async def run_session(
    s: Session, base: str, bands: bool, start_at: float, deadline: float, expected: dict[float, list[Card]]
) -> None:
    await asyncio.sleep(max(0.0, start_at - time.monotonic()))
    try:
        query = {"p": PRESET, LEVER: us.format_display(PARAM, s.values[0])}
        if not bands:
            query["bands"] = "0"
        async with WsSession.connect(base, urlencode(query)) as conn:
            run = await conn.rerun(timeout=max(1.0, deadline - time.monotonic()))
            s.latencies.append(("open", run.seconds))
            s.errors += problems(run)
            check(s, 0, s.values[0], cards(run), expected)
            if "live" not in conn.ids:
                s.errors.append("the live panel's sync element not found")
                return
            for step, value in enumerate(s.values[1:], start=1):
                await asyncio.sleep(0.2)  # a person's pause between moves
                # what the live panel sends once a move settles: its levers, in display units
                levers = {"levers": {"values": {LEVER: value}, "seq": step}}
                run = await conn.rerun([conn.state("live", json_value=levers)], timeout=max(1.0, deadline - time.monotonic()))
                s.latencies.append(("slider", run.seconds))
                s.errors += problems(run)
                check(s, step, value, cards(run), expected)
                pair = f"{LEVER}={us.format_display(PARAM, value)}"
                at_preset = us.snap_display(PARAM, value) == PRESET_COMMISSION  # the link then leaves it out
                if (pair in conn.query.split("&")) == at_preset:
                    s.wrong.append(f"step {step}: URL {conn.query!r} {'has' if at_preset else 'lacks'} commission={value}")
    except Exception as exc:  # every failure is counted, none stops the others
        s.errors.append(f"{type(exc).__name__}: {exc}")


def cards(run: Run) -> list[Card]:
    return [(m.label, m.body, m.delta) for m in run.of("metric")]


def problems(run: Run) -> list[str]:
    out = [f"exception: {x}" for x in run.exceptions]
    if run.status != ForwardMsg.FINISHED_SUCCESSFULLY:
        out.append(f"script_finished status {run.status}")
    return out


PARAM = next(p for p in model.PARAMETERS if p.name == LEVER)
PRESET_COMMISSION = us.to_display(PARAM, next(s for s in model.presets() if s.name == PRESET).params[LEVER])


# ------------------------------------------------------------------ server CPU and memory from /proc
def server_pid(port: int) -> int | None:
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            cmd = (d / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"streamlit" in b" ".join(cmd) and str(port).encode() in cmd and b"run" in cmd:
            return int(d.name)
    return None


class Sampler(threading.Thread):
    """CPU % (100 = one core) and RSS of the server processes together, every ``period`` seconds."""

    def __init__(self, pids: list[int], period: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.pids, self.period = pids, period
        self.cpu: list[float] = []
        self.rss_mb: list[float] = []
        self.stop = threading.Event()
        self.tick = os.sysconf("SC_CLK_TCK")
        self.page = os.sysconf("SC_PAGE_SIZE")

    def cpu_seconds(self) -> float:
        total = 0.0
        for pid in self.pids:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / self.tick  # utime + stime
        return total

    def rss(self) -> float:
        return sum(int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * self.page for pid in self.pids) / 2**20

    def run(self) -> None:
        last_t, last_c = time.monotonic(), self.cpu_seconds()
        while not self.stop.wait(self.period):
            try:
                now, c = time.monotonic(), self.cpu_seconds()
                rss = self.rss()
            except OSError:
                return
            self.cpu.append(100 * (c - last_c) / (now - last_t))
            self.rss_mb.append(rss)
            last_t, last_c = now, c


# ------------------------------------------------------------------ main
def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, math.ceil(q * len(xs)) - 1))]


async def load(
    base: str, args: argparse.Namespace, expected: dict[float, list[Card]], plans: list[list[float]], warm: list[str]
) -> list[Session]:
    if args.warmup:  # one untimed session per server first: its first run imports and builds caches
        for server in warm:
            w = Session(-1, [us.to_display(PARAM, PARAM.default)])
            await run_session(w, server, not args.no_bands, 0.0, time.monotonic() + args.timeout, expected)
            if w.errors or w.wrong:
                print("warm-up session failed:", *(w.errors + w.wrong)[:3])
    sessions = [Session(i, plan) for i, plan in enumerate(plans)]
    t0 = time.monotonic()
    deadline = t0 + args.timeout
    tasks = [
        asyncio.create_task(run_session(s, base, not args.no_bands, t0 + i * args.stagger, deadline, expected))
        for i, s in enumerate(sessions)
    ]
    _done, pending = await asyncio.wait(tasks, timeout=args.timeout + 5)
    for task in pending:
        task.cancel()
    for s in sessions:
        n = 1 + len(s.values) - 1
        if len(s.latencies) < n and not s.errors:
            s.errors.append(f"unfinished: {len(s.latencies)}/{n} runs before the global timeout")
    return sessions


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=30)
    ap.add_argument("--timeout", type=float, default=120.0, help="global bound, seconds")
    ap.add_argument("--changes", type=int, default=2, help="slider moves per session")
    ap.add_argument("--stagger", type=float, default=0.3, help="seconds between session starts")
    ap.add_argument("--no-bands", action="store_true", help="open the links with bands=0")
    ap.add_argument("--no-warmup", dest="warmup", action="store_false", help="time the server's first run too")
    ap.add_argument(
        "--replicas",
        type=int,
        default=0,
        help="0: one server, direct; N: N replicas behind nginx (deploy/run_replicas.sh), sessions through nginx",
    )
    ap.add_argument("--log", type=Path, default=ROOT / "test-artifacts" / "bench_load_server.log")
    args = ap.parse_args()

    # Distinct commissions (display %, step 0.1) per session and step: no two runs share numbers.
    n, k = args.sessions, args.changes
    plans = [[round(0.1 * (1 + i + n * j), 1) for j in range(k + 1)] for i in range(n)]
    if max(max(p) for p in plans) > us.display_range(PARAM)[1]:
        sys.exit("too many sessions x changes for distinct commission values")
    t_exp = time.perf_counter()
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    expected = {v: expected_cards(v) for plan in plans for v in plan}
    expected.setdefault(us.to_display(PARAM, PARAM.default), expected_cards(us.to_display(PARAM, PARAM.default)))
    print(f"expected KPI cards for {len(expected)} settings computed in {time.perf_counter() - t_exp:.1f} s")

    if args.replicas:
        run_dir = ROOT / "test-artifacts" / "bench_load_replicas"
        shutil.rmtree(run_dir, ignore_errors=True)
        server = replicas_behind_nginx(run_dir, args.replicas)
    else:
        server = running_app(args.log)
    with server as base:
        if args.replicas:  # warm each replica directly, then load them through nginx
            files = sorted(run_dir.glob("replica-*.pid"))
            pids = [int(f.read_text()) for f in files]
            warm = [f"http://127.0.0.1:{f.stem.split('-', 1)[1]}" for f in files]
        else:
            pid = server_pid(int(base.rsplit(":", 1)[1]))
            pids = [pid] if pid else []
            warm = [base]
        sampler = Sampler(pids) if pids else None
        if sampler:
            sampler.start()
        t0 = time.perf_counter()
        sessions = asyncio.run(load(base, args, expected, plans, warm))
        wall = time.perf_counter() - t0
        if sampler:
            sampler.stop.set()
            sampler.join()

    lat = {kind: [d * 1000 for s in sessions for kk, d in s.latencies if kk == kind] for kind in ("open", "slider")}
    every = lat["open"] + lat["slider"]
    errors = [e for s in sessions for e in s.errors]
    wrong = [w for s in sessions for w in s.wrong]
    where = f"{args.replicas} replicas behind nginx" if args.replicas else "one server"
    bands = "bands off" if args.no_bands else "bands on"
    print(f"\nload test: {where}, {bands}, stagger {args.stagger} s, wall {wall:.1f} s")
    print(f"{'sessions':<28}{len(sessions)}")
    print(f"{'reruns completed':<28}{len(every)}  (open {len(lat['open'])}, slider {len(lat['slider'])})")
    print(f"{'errors':<28}{len(errors)}")
    print(f"{'wrong results':<28}{len(wrong)}")
    for kind, xs in (("open link", lat["open"]), ("slider rerun", lat["slider"]), ("all reruns", every)):
        if xs:
            print(
                f"{kind + ' latency ms':<28}median {statistics.median(xs):7.0f}   p95 {pct(xs, 0.95):7.0f}   max {max(xs):7.0f}"
            )
    if sampler and sampler.cpu:
        print(f"{'server CPU % (1 core=100)':<28}mean {statistics.fmean(sampler.cpu):5.0f}   max {max(sampler.cpu):5.0f}")
        print(f"{'server RSS MB':<28}peak {max(sampler.rss_mb):5.0f}   start {sampler.rss_mb[0]:5.0f}")
    else:
        print("server CPU/RSS: server process not found")
    for e in (errors + wrong)[:10]:
        print("  !", e)
    p95 = pct(lat["slider"], 0.95) if lat["slider"] else float("inf")
    ok = len(sessions) >= 30 and not errors and not wrong and p95 <= TARGET_P95_MS
    print(f"\ntarget (30 sessions, 0 errors, 0 wrong, p95 slider rerun <= {TARGET_P95_MS:.0f} ms): {'met' if ok else 'NOT met'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
