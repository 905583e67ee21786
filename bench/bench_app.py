"""Cost of one interaction with the app, against the same page with no work and a trivial app.

    .venv/bin/python bench/bench_app.py [--runs 60] [--presses 30] [--only apptest|server] [--also DIR ...]

Two tables, each with its references measured in the same run, interleaved (so load drift
on the shared machine hits every row alike), and ``uptime`` before and after:

1. **AppTest rerun** (in this process): one ``slider.set_value(...).run()``, a full script
   rerun, median of ``--runs``.  AppTest returns before Streamlit's post-run work (the
   ``runner.postScriptGC`` collection among it), so it shows the script's own cost only.
2. **Server CPU per key press** (real ``streamlit run`` servers, driven by Chromium through
   Playwright): the server process's user + system CPU time (``/proc/PID/stat``, every
   thread) from just before an ArrowRight on the slider until the page has updated and the
   server has gone quiet (no CPU tick for 60 ms).  This includes what AppTest cannot see:
   the websocket messages, the post-run garbage collection, and what the server does while
   the browser redraws.  The kernel counts CPU time in 10 ms ticks, so the figure per press
   is the total over ``--presses`` divided by their number.

References: ``bench/trivial_app.py`` (three sliders and a text) and ``bench/skeleton_app.py``
(the app's own page, the same elements, with no work behind it: a test keeps its element
tree equal to the app's).  The app rows: bands off and on (200 draws), and bands off with
``--runner.postScriptGC=true`` (Streamlit's default, which ``.streamlit/config.toml`` turns
off).  ``--also DIR`` adds a row for the app (bands off) of another checkout, e.g. the
commit before a change, with that checkout's own config.  Every app press sets a commission
not seen before, so every rerun is a model-cache miss (the worst case).  No targets: these
are measurements to compare rows within one run.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import subprocess
import sys
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.browser import CHROMIUM, CHROMIUM_ARGS, READY, ROOT, cpu_seconds, running_server

COMMISSION = "Commission (technical service fee)"
# what changes on screen after a press: line paths, KPI values, the trivial app's text
SIGNATURE = """() => [
    Array.from(document.querySelectorAll('svg.marks path')).map(p => p.getAttribute('d') || '').join('|'),
    Array.from(document.querySelectorAll('[data-testid="stMetricValue"]')).map(e => e.innerText).join('|'),
    Array.from(document.querySelectorAll('[data-testid="stText"]')).map(e => e.innerText).join('|'),
].join('#')"""


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()


# ------------------------------------------------------------------ 1. AppTest reruns
def interleaved_ms(apps: list[tuple[Path, str, list[float], dict[str, str]]], runs: int) -> list[float]:
    """Median rerun time of each app (opened with a query string), their reruns interleaved
    so load drift on the machine hits all alike."""
    from streamlit.testing.v1 import AppTest

    tests = []
    for path, _, _, query in apps:
        at = AppTest.from_file(str(path), default_timeout=60)
        for k, v in query.items():
            at.query_params[k] = v
        at.run()
        tests.append(at)
    times: list[list[float]] = [[] for _ in apps]
    for i in range(runs + 3):
        for j, (at, (_, key, values, _)) in enumerate(zip(tests, apps, strict=True)):
            t0 = time.perf_counter()
            at.slider(key=key).set_value(values[i % len(values)]).run()
            if i >= 3:  # warm-up: caches, first chart build
                times[j].append(time.perf_counter() - t0)
    for at in tests:
        if at.exception:
            raise RuntimeError(at.exception)
    return [statistics.median(ts) * 1000 for ts in times]


def apptest_table(runs: int) -> None:
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    # a new commission each time: every rerun is a model cache miss (the worst case)
    commissions = [round(1.0 + 0.1 * i, 1) for i in range(80)]
    trivial, skeleton, full, with_bands = interleaved_ms(
        [
            (ROOT / "bench" / "trivial_app.py", "a", [0.1, 0.2, 0.3, 0.4, 0.5], {}),
            (ROOT / "bench" / "skeleton_app.py", "commission", [1.0, 1.5, 2.0], {}),
            (ROOT / "streamlit_app.py", "commission", commissions, {"bands": "0"}),
            (ROOT / "streamlit_app.py", "commission", commissions, {}),
        ],
        runs,
    )
    print(f"AppTest: one script rerun after a slider change, median of {runs}, interleaved")
    print(f"{'app':44} {'rerun ms':>9} {'/ trivial':>10} {'/ skeleton':>11}")
    for name, ms in (
        ("trivial three-slider app", trivial),
        ("same page, no work (bench/skeleton_app.py)", skeleton),
        ("Flywheel Explorer, bands off", full),
        ("Flywheel Explorer, bands on (200 draws)", with_bands),
    ):
        print(f"{name:44} {ms:9.1f} {ms / trivial:9.1f}x {ms / skeleton:10.1f}x")
    print(
        f"our own work per rerun (bands off - skeleton): {full - skeleton:.1f} ms; added by the bands: {with_bands - full:.1f} ms"
    )


# ------------------------------------------------------------------ 2. server CPU per key press
@dataclass
class Row:
    """One server under test and what was measured on it."""

    name: str
    script: str
    slider: str
    query: str = ""
    options: tuple[str, ...] = ()
    root: Path = ROOT
    alternate: bool = False  # press right and left in turn (apps whose slider range is short and that cache nothing)
    cpu_ms: list[float] = field(default_factory=list)
    wall_ms: list[float] = field(default_factory=list)


def quiet_cpu(pid: int, quiet: float = 0.06, timeout: float = 5.0) -> float:
    """The process's CPU seconds once it has used none for ``quiet`` seconds (the clock ticks every 10 ms)."""
    last = cpu_seconds(pid)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        time.sleep(quiet)
        now = cpu_seconds(pid)
        if now == last:
            return now
        last = now
    return last


def press(page: Page, row: Row, pid: int, key: str, keep: bool) -> None:
    """One key press on ``row``'s slider, timed and its server CPU counted (kept after the warm-up)."""
    page.wait_for_selector(READY)
    before = page.evaluate(SIGNATURE)
    cpu0 = quiet_cpu(pid)
    t0 = time.perf_counter()
    page.get_by_role("slider", name=row.slider).press(key)
    page.wait_for_function(
        f"(before) => !!document.querySelector('{READY}') && ({SIGNATURE})() !== before",
        arg=before,
        polling="raf",
        timeout=60_000,
    )
    wall = time.perf_counter() - t0
    cpu = quiet_cpu(pid) - cpu0
    if keep:
        row.cpu_ms.append(cpu * 1000)
        row.wall_ms.append(wall * 1000)


def server_table(presses: int, also: list[Path]) -> None:
    rows = [
        Row("trivial three-slider app", "bench/trivial_app.py", "a", alternate=True),
        Row("same page, no work (skeleton)", "bench/skeleton_app.py", "Commission", alternate=True),
        Row("Flywheel Explorer, bands off", "streamlit_app.py", COMMISSION, "?p=baseline&bands=0"),
        Row("Flywheel Explorer, bands on", "streamlit_app.py", COMMISSION, "?p=baseline"),
        Row(
            "  same, bands off, postScriptGC=true",
            "streamlit_app.py",
            COMMISSION,
            "?p=baseline&bands=0",
            ("--runner.postScriptGC=true",),
        ),
    ]
    rows += [Row(f"  bands off, checkout {d.name}", "streamlit_app.py", COMMISSION, "?p=baseline&bands=0", root=d) for d in also]
    logs = ROOT / "test-artifacts"
    with sync_playwright() as pw, ExitStack() as stack:
        servers = [
            stack.enter_context(running_server(logs / f"bench-server-{i}.log", r.script, options=r.options, cwd=r.root))
            for i, r in enumerate(rows)
        ]
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        stack.callback(browser.close)
        pages = []
        for server, row in zip(servers, rows, strict=True):
            page = browser.new_page(viewport={"width": 1280, "height": 720})
            page.goto(server.url + "/" + row.query)
            page.wait_for_selector(READY, timeout=120_000)
            page.get_by_role("slider", name=row.slider).wait_for(timeout=60_000)
            pages.append(page)
        warm = 3
        for i in range(presses + warm):
            for page, server, row in zip(pages, servers, rows, strict=True):
                key = "ArrowLeft" if row.alternate and i % 2 else "ArrowRight"
                press(page, row, server.pid, key, keep=i >= warm)
    trivial, skeleton = statistics.fmean(rows[0].cpu_ms), statistics.fmean(rows[1].cpu_ms)
    print(f"server CPU per key press (streamlit run + Chromium), {presses} presses each, interleaved")
    print(f"{'app':38} {'CPU ms':>7} {'/ trivial':>10} {'/ skeleton':>11} {'wall ms':>8} {'wall p90':>9}")
    for row in rows:
        cpu = statistics.fmean(row.cpu_ms)
        wall, p90 = statistics.median(row.wall_ms), statistics.quantiles(row.wall_ms, n=10)[-1]
        print(f"{row.name:38} {cpu:7.1f} {cpu / trivial:9.1f}x {cpu / skeleton:10.1f}x {wall:8.0f} {p90:9.0f}")
    print(
        "CPU: the server process only, all threads, per press = total over the presses / their number (the kernel "
        "counts in 10 ms ticks);\nwall: key press until the page is idle and updated, median and p90"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=60, help="AppTest reruns per app")
    ap.add_argument("--presses", type=int, default=30, help="key presses per server (at most 100)")
    ap.add_argument("--only", choices=("apptest", "server"), help="one of the two tables")
    ap.add_argument("--also", type=Path, action="append", default=[], help="another checkout's app as an extra row")
    args = ap.parse_args()
    if not 2 <= args.presses <= 100:  # the app's commission slider has 144 steps to the right of the preset
        ap.error("--presses must be 2..100")
    print("uptime:", uptime())
    if args.only != "server":
        apptest_table(args.runs)
        print()
    if args.only != "apptest":
        server_table(args.presses, [d.resolve() for d in args.also])
    print("uptime:", uptime())


if __name__ == "__main__":
    main()
