"""The live panel against the trivial three-slider Streamlit app, in one interleaved run (issue 15).

    .venv/bin/python bench/bench_live.py [--presses 30] [--drags 3]

Starts the app and bench/trivial_app.py side by side (production config) and one Chromium, and
measures:

1. **Key press → every main chart redrawn**: ArrowRight on the live panel's commission slider
   until both of its charts have been redrawn (the panel's draw count moves; the check runs in
   animation frames, so a frame has been painted), and ArrowRight on the trivial app's slider
   until its text has changed and the app is idle -- alternately, press by press, so load drift
   on the shared VM hits both alike.  Medians, p90 and their ratio.  Also the panel's own time
   from the input event to both charts drawn (``performance.now`` in the page).
2. **A drag across the commission slider's range**: the mouse held and moved over the slider in
   ``--drag-steps`` moves ~8 ms apart; the panel's draws per second while held, and the longest
   gap between two draws (Playwright delivers a move per CDP round trip, ~35 per second here);
   and, in the page, the slider moved one position per animation frame (a real drag's rate).
3. **Server CPU per lever move** while the panel drives the charts: the server's CPU time
   (``/proc``) over ``--presses`` key presses 150 ms apart, divided by the presses, and over
   single presses each followed by 0.6 s (a move writes the address bar in the page and costs
   the server nothing); then the one rerun of the page once the room stops moving (the levers
   sent back after 900 ms); and, for reference, a key press on the trivial app (a whole rerun).
4. **First full page on a new server with an empty numba cache** (``NUMBA_CACHE_DIR`` a fresh
   directory): from starting ``streamlit run`` to the page idle with the panel drawn, and the
   seconds until the compiled kernel's bands arrive.

Targets: median ≤ 100 ms and below the trivial app's; ≥ 30 updates/s; ≤ 5 ms server CPU per
move; first page ≤ 8 s.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.browser import CHROMIUM, CHROMIUM_ARGS, READY, ROOT, cpu_seconds, running_server

COMMISSION = "Commission (technical service fee)"
TEXT = "() => document.querySelector('[data-testid=\"stText\"]')?.innerText ?? ''"
IDLE = f"() => !!document.querySelector('{READY}')"
PANEL_READY = "() => window.flywheelLive && window.flywheelLive.root.dataset.state === 'ready'"


def stats(xs: list[float]) -> tuple[float, float]:
    s = sorted(xs)
    return statistics.median(s), s[int(0.9 * (len(s) - 1))]


def press_live(page: Page) -> float:
    before = page.evaluate("window.flywheelLive.draws")
    t0 = time.perf_counter()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("(n) => window.flywheelLive.draws > n", arg=before, polling="raf", timeout=30_000)
    return (time.perf_counter() - t0) * 1000


def press_trivial(page: Page) -> float:
    page.wait_for_selector(READY)
    before = page.evaluate(TEXT)
    t0 = time.perf_counter()
    page.keyboard.press("ArrowRight")
    page.wait_for_function(f"(b) => ({IDLE})() && ({TEXT})() !== b", arg=before, polling="raf", timeout=30_000)
    return (time.perf_counter() - t0) * 1000


def open_live(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(READY, timeout=120_000)
    page.wait_for_function(PANEL_READY, timeout=120_000)


def focus_commission(page: Page, position: int = 0) -> None:
    """Focus the live commission slider and put it at ``position`` (a range input's Home key)."""
    slider = page.get_by_role("slider", name=COMMISSION)
    slider.focus()
    slider.press("Home")
    for _ in range(position):
        slider.press("ArrowRight")


def drag(page: Page, steps: int) -> tuple[float, float, int]:
    """Drag the commission slider across its range: (draws per second while held, longest gap
    between draws in ms, draws)."""
    box = page.get_by_role("slider", name=COMMISSION).bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 4, y)
    page.evaluate(
        "() => { window.__stamps = []; const p = window.flywheelLive; const r = p.recompute.bind(p);"
        " p.recompute = () => { r(); window.__stamps.push(performance.now()); }; }"
    )
    page.mouse.down()
    for k in range(1, steps + 1):
        page.mouse.move(box["x"] + 4 + k * (box["width"] - 8) / steps, y)
        page.wait_for_timeout(8)
    stamps: list[float] = page.evaluate("window.__stamps")
    page.mouse.up()
    page.evaluate("() => { const p = window.flywheelLive; delete p.recompute; }")
    if len(stamps) < 2:
        return 0.0, float("inf"), len(stamps)
    rate = (len(stamps) - 1) / ((stamps[-1] - stamps[0]) / 1000)
    gap = max(b - a for a, b in itertools.pairwise(stamps))
    return rate, gap, len(stamps)


def in_page_rate(page: Page, seconds: float = 2.0) -> tuple[float, float]:
    """The commission slider moved by one position per animation frame for ``seconds`` (as a
    real drag's input events arrive, once per frame), in the page: (draws per second, longest gap
    between draws in ms).  Playwright's own mouse moves arrive slower than that (a CDP round trip
    each), so they measure the input path, this measures what the panel keeps up with."""
    got: list[float] = page.evaluate(
        """(seconds) => new Promise((done) => {
        const p = window.flywheelLive; const s = p.sliders[0]; const stamps = [];
        const r = p.recompute.bind(p); p.recompute = () => { r(); stamps.push(performance.now()); };
        const t0 = performance.now(); let k = 0;
        const tick = () => {
          if (performance.now() - t0 > seconds * 1000) { delete p.recompute; done(stamps); return; }
          k = (k + 1) % Number(s.max); s.value = String(k); s.dispatchEvent(new Event('input', {bubbles: true}));
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
    })""",
        seconds,
    )
    rate = (len(got) - 1) / ((got[-1] - got[0]) / 1000)
    return rate, max(b - a for a, b in itertools.pairwise(got))


def first_page(logs: Path) -> tuple[float, float]:
    """(seconds to the first full page, seconds to its compiled bands) on a new server whose numba
    cache is empty."""
    with tempfile.TemporaryDirectory() as cache, sync_playwright() as pw:
        t0 = time.perf_counter()
        with running_server(logs / "bench-live-cold.log", env={"NUMBA_CACHE_DIR": cache}, timeout=120) as server:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 720})
            open_live(page, f"{server.url}/?p=support_100bn")
            shown = time.perf_counter() - t0
            page.wait_for_function("() => window.flywheelLive.h.draws > 0 && window.flywheelLive.bands", timeout=180_000)
            banded = time.perf_counter() - t0
            browser.close()
    return shown, banded


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--presses", type=int, default=30)
    ap.add_argument("--drags", type=int, default=3)
    ap.add_argument("--drag-steps", type=int, default=150)
    args = ap.parse_args()
    logs = ROOT / "test-artifacts"
    print(f"uptime: {os.popen('uptime').read().strip()}")  # noqa: S605 - the bench reports the machine's load
    with (
        running_server(logs / "bench-live.log") as app,
        running_server(logs / "bench-live-trivial.log", script="bench/trivial_app.py") as trivial,
        sync_playwright() as pw,
    ):
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        lp = browser.new_page(viewport={"width": 1280, "height": 720})
        tp = browser.new_page(viewport={"width": 1280, "height": 720})
        open_live(lp, f"{app.url}/?p=baseline")
        tp.goto(trivial.url)
        tp.wait_for_selector('[data-testid="stText"]', timeout=60_000)
        tp.get_by_role("slider", name="a").focus()
        focus_commission(lp)
        for _ in range(3):  # warm-up
            press_live(lp)
            press_trivial(tp)
        live_ms, trivial_ms = [], []
        for k in range(args.presses):  # interleaved, press by press
            if k % 40 == 39:  # stay inside the sliders' ranges
                focus_commission(lp)
                tp.get_by_role("slider", name="a").press("Home")
            live_ms.append(press_live(lp))
            trivial_ms.append(press_trivial(tp))
        in_page: list[float] = lp.evaluate(f"window.flywheelLive.timings.slice(-{args.presses})")
        # server CPU per move: presses 150 ms apart (fragment reruns), then the settled full rerun
        focus_commission(lp)
        time.sleep(2.5)
        c0 = cpu_seconds(app.pid)
        for _ in range(args.presses):
            lp.keyboard.press("ArrowRight")
            time.sleep(0.15)
        time.sleep(0.6)  # not yet the settle (900 ms after the last move)
        c1 = cpu_seconds(app.pid)
        lp.wait_for_function(
            "() => [...document.querySelectorAll('[data-testid=stCaptionContainer]')]"
            ".some(c => c.innerText.includes('Changed from'))",
            timeout=30_000,
        )
        lp.wait_for_selector(READY)
        time.sleep(1.0)
        c2 = cpu_seconds(app.pid)
        singles = 0.0  # one press on its own, before the room has stopped
        for _ in range(10):  # summed over ten (the kernel counts CPU in 10 ms ticks)
            time.sleep(2.5)
            s0 = cpu_seconds(app.pid)
            lp.keyboard.press("ArrowRight")
            time.sleep(0.6)
            singles += cpu_seconds(app.pid) - s0
        # the same for the trivial app: a key press there reruns its whole (three-slider) script
        time.sleep(1.0)
        t0 = cpu_seconds(trivial.pid)
        for _ in range(args.presses):
            tp.keyboard.press("ArrowRight" if _ % 2 == 0 else "ArrowLeft")
            time.sleep(0.15)
        time.sleep(0.4)
        t1 = cpu_seconds(trivial.pid)
        drags = []
        for _ in range(args.drags):
            focus_commission(lp)
            time.sleep(2.0)
            drags.append(drag(lp, args.drag_steps))
        rates = [in_page_rate(lp) for _ in range(args.drags)]
        browser.close()
    cold_shown, cold_bands = first_page(logs)

    lm, lp90 = stats(live_ms)
    tm, tp90 = stats(trivial_ms)
    im, ip90 = stats(in_page)
    print(f"\n1. key press → every main chart redrawn, {args.presses} presses each, interleaved (ms)")
    print(f"{'':44} {'median':>8} {'p90':>8}")
    print(f"{'live panel: both charts redrawn (Playwright)':44} {lm:>8.1f} {lp90:>8.1f}")
    print(f"{'  in the page: input event → both drawn':44} {im:>8.1f} {ip90:>8.1f}")
    print(f"{'trivial three-slider app: text, idle':44} {tm:>8.1f} {tp90:>8.1f}")
    print(f"{'ratio live / trivial':44} {lm / tm:>8.2f}")
    print(f"\n2. drag across the commission range ({args.drag_steps} moves ~8 ms apart), per drag")
    for rate, gap, n in drags:
        print(f"   {rate:6.1f} updates/s while held, longest gap {gap:6.1f} ms, {n} draws")
    print("   one input per animation frame, in the page (what a real drag delivers):")
    for rate, gap in rates:
        print(f"   {rate:6.1f} updates/s, longest gap {gap:6.1f} ms")
    print("\n3. server CPU (ms)")
    print(f"   per lever move, {args.presses} presses 150 ms apart:      {1000 * (c1 - c0) / args.presses:8.2f}")
    print(f"   a single press, the 0.6 s after it:         {1000 * singles / 10:8.2f}")
    print(f"   once the room stops: the page's rerun:      {1000 * (c2 - c1):8.1f}")
    print(f"   trivial three-slider app, per key press:    {1000 * (t1 - t0) / args.presses:8.2f}")
    print("\n4. first page on a new server, empty numba cache (s)")
    print(f"   server start → page idle, panel drawn:      {cold_shown:8.1f}")
    print(f"   server start → compiled, bands drawn:       {cold_bands:8.1f}")


if __name__ == "__main__":
    main()
