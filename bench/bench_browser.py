"""Key press on a slider → every chart redrawn, in a real browser (Debian Chromium + Playwright).

    .venv/bin/python bench/bench_browser.py [--presses 20]

Starts ``streamlit run`` on a free loopback port with the production config,
opens the app, and for each press of ArrowRight on the commission slider times
the wall clock until the app is idle again AND the chart grid's SVG has been
redrawn (its line paths differ from before the press). Prints the median and
p90 of the presses; as a reference measured in the same run, the same loop on
the trivial three-slider app (bench/trivial_app.py), until its text changes.
Target (issue 3): median ≤ 400 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.browser import CHROMIUM, CHROMIUM_ARGS, READY, ROOT, running_app

CHART_SIGNATURE = """() => Array.from(document.querySelectorAll('svg.marks path'))
    .map(p => p.getAttribute('d') || '').join('|').length + ':' +
    Array.from(document.querySelectorAll('svg.marks path')).map(p => (p.getAttribute('d') || '').slice(-40)).join('|')"""
TEXT_SIGNATURE = "() => document.querySelector('[data-testid=\"stText\"]')?.innerText ?? ''"
IDLE = f"() => !!document.querySelector('{READY}')"


def press_times(page: Page, slider: str, signature: str, presses: int) -> list[float]:
    out = []
    for _ in range(presses):
        page.wait_for_selector(READY)
        before = page.evaluate(signature)
        t0 = time.perf_counter()
        page.get_by_role("slider", name=slider).press("ArrowRight")
        page.wait_for_function(f"(before) => ({IDLE})() && ({signature})() !== before", arg=before, polling="raf", timeout=30_000)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def measure(url: str, slider: str, signature: str, presses: int, wait_for: str) -> list[float]:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        page.goto(url)
        page.wait_for_selector(READY, timeout=60_000)
        page.wait_for_selector(wait_for, timeout=60_000)
        press_times(page, slider, signature, 2)  # warm-up
        times = press_times(page, slider, signature, presses)
        browser.close()
    return times


def row(name: str, times: list[float]) -> str:
    p90 = statistics.quantiles(times, n=10)[-1]
    return f"{name:34} {statistics.median(times):10.0f} {p90:10.0f} {min(times):8.0f} {len(times):8d}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--presses", type=int, default=20)
    args = ap.parse_args()
    logs = ROOT / "test-artifacts"
    with running_app(logs / "bench-app.log") as url:
        slider = "Commission (technical service fee)"
        plain = measure(f"{url}/?p=baseline&bands=0", slider, CHART_SIGNATURE, args.presses, "svg.marks")
        app = measure(f"{url}/?p=baseline", slider, CHART_SIGNATURE, args.presses, "svg.marks")
    with running_app(logs / "bench-trivial.log", script="bench/trivial_app.py") as url:
        trivial = measure(url, "a", TEXT_SIGNATURE, args.presses, '[data-testid="stText"]')
    print(f"{'key press → updated (ms)':34} {'median':>10} {'p90':>10} {'min':>8} {'presses':>8}")
    print(row("Flywheel Explorer: charts, bands off", plain))
    print(row("Flywheel Explorer: charts + bands", app))
    print(row("trivial three-slider app: text", trivial))
    for name, times in (("bands off", plain), ("bands on", app)):
        med = statistics.median(times)
        verdict = "met" if med <= 400 else "NOT met"
        print(f"{name}: target median <= 400 ms: {verdict}; ratio to trivial: {med / statistics.median(trivial):.1f}x")


if __name__ == "__main__":
    main()
