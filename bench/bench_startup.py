"""The first visitor to a freshly started server: how long until the page shows its charts.

    .venv/bin/python bench/bench_startup.py [--rounds 3] [--also DIR ...]

For this checkout and each ``--also`` checkout (e.g. the commit before a change), rounds
interleaved: start ``streamlit run`` (production config), open the app in Chromium and time
from the server's start until the page is idle with its chart drawn, twice --

* **cold**: numba's disk cache of the model deleted first (a new installation, an image
  built without warming the kernel, a Community Cloud wake-up on a fresh container): the
  first run compiles the kernel;
* **warm**: the cache as the previous start left it (``scripts/setup.sh`` and the
  Dockerfile warm it).

Prints medians per checkout and state, the server's own start (health check answering, polled
every 0.3 s) apart from the first page, and ``uptime``.  No targets: compare rows within one run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.browser import CHROMIUM, CHROMIUM_ARGS, READY, ROOT, running_server

# the chart is drawn: its line marks have their paths (the first path of a view is an empty background)
CHART = """() => Array.from(document.querySelectorAll('svg.marks path'))
    .filter(p => (p.getAttribute('d') || '').length > 40).length > 10"""


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()


def clear_numba_cache(checkout: Path) -> int:
    """Delete numba's cache files of the checkout's model; returns how many."""
    files = [*(checkout / "model").rglob("*.nbi"), *(checkout / "model").rglob("*.nbc")]
    for f in files:
        f.unlink()
    return len(files)


def first_visit(checkout: Path, browser: object, log: Path) -> tuple[float, float]:
    """(seconds until the health check answers, seconds until the first page shows its chart),
    both from the server's start (``tools.browser.running_server`` polls the health check)."""
    t0 = time.perf_counter()
    with running_server(log, cwd=checkout, timeout=180.0) as server:
        health = time.perf_counter() - t0
        page = browser.new_page(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
        page.goto(server.url + "/?bands=0", timeout=180_000)
        page.wait_for_function(CHART, timeout=180_000)
        page.wait_for_selector(READY, timeout=180_000)
        shown = time.perf_counter() - t0
        page.close()
    return health, shown


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--also", type=Path, action="append", default=[], help="another checkout, timed in the same rounds")
    args = ap.parse_args()
    checkouts = [ROOT, *(d.resolve() for d in args.also)]
    logs = ROOT / "test-artifacts" / "bench_startup"
    logs.mkdir(parents=True, exist_ok=True)
    times: dict[tuple[Path, str], list[tuple[float, float]]] = {(c, s): [] for c in checkouts for s in ("cold", "warm")}
    print("uptime before:", uptime())
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for r in range(args.rounds):
            for k, checkout in enumerate(checkouts):
                clear_numba_cache(checkout)
                times[(checkout, "cold")].append(first_visit(checkout, browser, logs / f"{k}-cold-{r}.log"))
                times[(checkout, "warm")].append(first_visit(checkout, browser, logs / f"{k}-warm-{r}.log"))
        browser.close()
    print("uptime after: ", uptime())
    print(f"{'checkout':40} {'numba cache':>11} {'server up s':>12} {'first page s':>13}  rounds")
    for checkout in checkouts:
        for state in ("cold", "warm"):
            rows = times[(checkout, state)]
            up, shown = statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)
            name = "this checkout" if checkout == ROOT else str(checkout)
            print(f"{name:40} {state:>11} {up:12.1f} {shown:13.1f}  {len(rows)}")


if __name__ == "__main__":
    main()
