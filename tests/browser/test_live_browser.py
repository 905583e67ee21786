"""The live panel in Chromium: the numbers and charts it draws against direct model runs, updates
while a slider is dragged, the URL and the page after a settled move, the layout on a projector."""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import parse_qs, urlparse

import numpy as np
import pytest
from playwright.sync_api import Browser, Page

import model
from model.analysis import monte_carlo
from model.kpis import KPI_BY_KEY, kpi_value
from ui.live import DEFAULT_SLOTS, LIVE_KPIS
from ui.model_cache import MC_DRAWS, MC_SEED

from .conftest import wait_ready

pytestmark = pytest.mark.browser

COMMISSION = "Commission (technical service fee)"


def open_panel(page: Page, url: str, *, bands: bool = False) -> None:
    page.goto(url)
    wait_ready(page)
    page.wait_for_function("() => window.flywheelLive && window.flywheelLive.root.dataset.state === 'ready'", timeout=30_000)
    if bands:
        page.wait_for_function("() => window.flywheelLive.bands !== null", timeout=60_000)


def panel(page: Page) -> dict[str, Any]:
    """What the panel shows: each headline number's value and change (as computed in the page),
    its text, each slot's chart and the last value of each of its series, the draw count."""
    out: dict[str, Any] = page.evaluate(
        """() => {
        const p = window.flywheelLive;
        return {
          numbers: p.numbers.map(n => ({value: Number(n.value.dataset.value), delta: Number(n.delta.dataset.value),
                                        text: n.value.textContent, deltaText: n.delta.textContent})),
          slots: p.slots.slice(),
          last: p.slotNodes.map(s => JSON.parse(s.plot.dataset.series)),
          draws: p.draws,
          summary: p.summary.textContent,
          positions: p.pos.slice(),
        };
    }"""
    )
    return out


CHANGED = "[...document.querySelectorAll('[data-testid=stCaptionContainer]')].some(c => c.innerText.includes('Changed from'))"


SEEN = "window.flywheelLive.seq > 0 && window.flywheelLive.h.seen === window.flywheelLive.seq && !window.flywheelLive.dirty"


def wait_settled(page: Page) -> None:
    """Wait for the full rerun a settled move asks for: the caption above the cards names the
    change, and the page has the panel's last move (a payload acknowledges its number)."""
    page.wait_for_function(f"() => {CHANGED} && {SEEN}", timeout=20_000)
    wait_ready(page)


def query(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def test_the_panel_draws_what_the_model_computes(page: Page, server: str) -> None:
    """The four numbers, their changes against the reference and both charts' series equal direct
    runs of the Python model (the browser ran the generated JavaScript kernel)."""
    open_panel(page, f"{server}/?p=support_100bn&commission=2&fairness=0.9")
    shown = panel(page)
    sc = model.load_scenario("support_100bn").with_overrides(commission=0.02, fairness=0.9)
    cur = model.run(sc, months=72)
    ref = model.run(model.load_scenario("support_100bn").counterfactual_scenario(), months=72)
    for k, got in zip(LIVE_KPIS, shown["numbers"], strict=True):
        kpi = KPI_BY_KEY[k]
        want = float(kpi_value(kpi, {kpi.variable: cur[kpi.variable]}, 72))
        base = float(kpi_value(kpi, {kpi.variable: ref[kpi.variable]}, 72))
        assert got["value"] == pytest.approx(want, rel=1e-9), k
        assert got["delta"] == pytest.approx(want - base, rel=1e-8, abs=1e-9), k
    from ui.charts import CHARTS

    assert shown["slots"] == list(DEFAULT_SLOTS)
    for key, last in zip(DEFAULT_SLOTS, shown["last"], strict=True):
        spec = next(c for c in CHARTS if c.key == key)
        want = [float(cur[var][-1]) * spec.scale for var, _ in spec.series]
        np.testing.assert_allclose(last, want, rtol=1e-9)
    assert "Commission (technical service fee) 0.6 → 2.0%" in shown["summary"]


def test_the_bands_come_from_the_worker_and_match_pythons(page: Page, server: str) -> None:
    open_panel(page, f"{server}/?p=support_100bn", bands=True)
    got = page.evaluate(
        """() => { const p = window.flywheelLive; const o = p.h.kpis[0].out;
                   return {p10: Array.from(p.bandColumn('p10', o)), p90: Array.from(p.bandColumn('p90', o))}; }"""
    )
    bands = monte_carlo(model.load_scenario("support_100bn"), months=72, draws=MC_DRAWS, seed=MC_SEED, variables=["gmv"])
    np.testing.assert_allclose(got["p10"], bands.data["gmv"][0], rtol=1e-9)
    np.testing.assert_allclose(got["p90"], bands.data["gmv"][2], rtol=1e-9)


def test_dragging_updates_the_charts_before_the_release(page: Page, server: str) -> None:
    open_panel(page, f"{server}/?p=baseline")
    before = panel(page)
    box = page.get_by_role("slider", name=COMMISSION).bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 8, y)
    page.mouse.down()
    seen = []
    for k in range(1, 11):
        page.mouse.move(box["x"] + 8 + k * (box["width"] - 16) / 20, y)
        page.wait_for_timeout(40)
        seen.append(panel(page))
    # still held: the numbers and charts have moved with the slider, the URL has not
    assert seen[-1]["draws"] > before["draws"] + 5
    assert seen[-1]["numbers"][0]["value"] < before["numbers"][0]["value"]  # a higher fee: less GMV
    assert seen[-1]["last"] != before["last"]
    assert len({s["positions"][0] for s in seen}) >= 5
    assert "commission" not in query(page)
    page.mouse.up()
    page.wait_for_function("() => location.search.includes('commission=')", timeout=10_000)
    shown = panel(page)
    value = query(page)["commission"][0]
    assert float(value) == pytest.approx(shown["positions"][0] / 10)  # 0.1 % per position


def test_a_key_press_reaches_the_url_then_the_whole_page(page: Page, server: str) -> None:
    open_panel(page, f"{server}/?p=baseline")
    slider = page.get_by_role("slider", name=COMMISSION)
    slider.focus()
    for _ in range(4):
        slider.press("ArrowRight")
    page.wait_for_function("() => new URLSearchParams(location.search).get('commission') === '1'", timeout=10_000)
    wait_settled(page)  # once the room stops moving the page reruns: the caption names the change
    shown = panel(page)["numbers"][0]["text"]
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:  # the card below follows once the page has rerun
        wait_ready(page)
        if shown in page.locator('[data-testid="stMetric"]').first.inner_text():
            break
        time.sleep(0.3)
    assert shown in page.locator('[data-testid="stMetric"]').first.inner_text()
    # the slider kept its focus through the reruns: another press still moves it
    slider.press("ArrowRight")
    page.wait_for_function("() => new URLSearchParams(location.search).get('commission') === '1.1'", timeout=10_000)


def test_undo_moves_the_panel(page: Page, server: str) -> None:
    open_panel(page, f"{server}/?p=baseline")
    # the two presses one settled move however loaded the machine (else Undo steps back to 0.7)
    page.evaluate("() => { window.flywheelLive.h.settleMs = 2500; }")
    slider = page.get_by_role("slider", name=COMMISSION)
    slider.focus()
    slider.press("ArrowRight")
    slider.press("ArrowRight")
    page.wait_for_function("() => new URLSearchParams(location.search).get('commission') === '0.8'", timeout=10_000)
    wait_settled(page)  # the page has rerun and recorded the move
    page.get_by_role("button", name="Undo").click()
    page.wait_for_function("() => window.flywheelLive.pos[0] === 6", timeout=20_000)
    # the URL follows at the end of the same run (the page writes it last)
    page.wait_for_function("() => !new URLSearchParams(location.search).has('commission')", timeout=10_000)


def test_the_code_and_the_arrays_go_once_and_again_when_the_page_lost_them(page: Page, server: str) -> None:
    """The first payload carries the panel's code and its arrays; once the page has reported that
    it holds them (with a move), the page's reruns carry the header only; a page that lost them
    asks, and the next payload brings them whole: the panel draws what the model computes."""
    received: list[int] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda frame: received.append(len(frame))))
    open_panel(page, f"{server}/?p=baseline")
    first = sum(received)
    held = "() => [window.flywheelParts.code.size, window.flywheelParts.arrays.size, window.flywheelLive.h.static]"
    assert page.evaluate(held) == [1, 1, True]
    received.clear()
    slider = page.get_by_role("slider", name=COMMISSION)
    slider.focus()
    slider.press("ArrowRight")
    wait_settled(page)
    moved = sum(received)
    assert page.evaluate("() => [window.flywheelLive.h.static, window.flywheelLive.h.codeSize]") == [False, 0]
    assert first > 600_000 and moved < first - 600_000, (first, moved)  # the panel's 650 KB went once
    # the page loses what it held; Undo reruns the page, whose payload leaves the parts out
    page.evaluate("() => { window.flywheelParts.code.clear(); window.flywheelParts.arrays.clear(); }")
    page.get_by_role("button", name="Undo").click()
    page.wait_for_function(
        "() => window.flywheelParts.asked === 1 && window.flywheelLive.h.static && window.flywheelLive.pos[0] === 6",
        timeout=30_000,
    )
    wait_ready(page)
    assert page.evaluate(held) == [1, 1, True]
    kpi = KPI_BY_KEY[LIVE_KPIS[0]]
    run = model.run(model.load_scenario("baseline"), months=72)
    want = float(kpi_value(kpi, {kpi.variable: run[kpi.variable]}, 72))
    assert panel(page)["numbers"][0]["value"] == pytest.approx(want, rel=1e-9)


def test_a_move_not_yet_sent_does_not_come_back_after_an_undo(page: Page, server: str) -> None:
    """Undo while the panel still holds a move (pressed less than the settle time before): the
    panel takes the undone position, the address bar follows, and the dropped move never lands."""
    open_panel(page, f"{server}/?p=baseline")
    slider = page.get_by_role("slider", name=COMMISSION)
    slider.focus()
    slider.press("ArrowRight")
    wait_settled(page)  # 0.6 -> 0.7, recorded
    page.evaluate("() => { window.flywheelLive.h.settleMs = 8000; }")  # however slow the click, the move waits
    slider.press("ArrowRight")  # 0.8, not sent yet
    page.wait_for_function("() => new URLSearchParams(location.search).get('commission') === '0.8'", timeout=10_000)
    page.get_by_role("button", name="Undo").click()
    page.wait_for_function("() => window.flywheelLive.pos[0] === 6", timeout=20_000)
    page.wait_for_function("() => !new URLSearchParams(location.search).has('commission')", timeout=10_000)
    time.sleep(9.0)  # longer than the settle time: nothing comes back
    wait_ready(page)
    assert page.evaluate("() => window.flywheelLive.pos[0]") == 6
    assert "commission" not in query(page)


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize("meeting", [False, True])
def test_both_charts_fit_the_screen(browser: Browser, server: str, width: int, height: int, meeting: bool) -> None:
    """Levers, four numbers and two charts above the fold, nothing to scroll sideways; in meeting
    mode the text a room reads is at least 18 px and the numbers 48 px."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    open_panel(page, f"{server}/?p=support_100bn" + ("&meet=1" if meeting else ""))
    geo = page.evaluate(
        """() => {
        const p = window.flywheelLive;
        const r = (n) => n.getBoundingClientRect();
        const px = (n) => parseFloat(getComputedStyle(n).fontSize);
        return {
          plots: p.slotNodes.map(s => ({top: r(s.plot).top, bottom: r(s.plot).bottom, width: r(s.plot).width})),
          levers: p.sliders.map(s => r(s).bottom),
          numbers: p.numbers.map(n => r(n.value).bottom),
          innerWidth, innerHeight, scrollWidth: document.documentElement.scrollWidth,
          main: ((m) => m.scrollWidth - m.clientWidth)(document.querySelector('[data-testid=stMain]')),
          numberPx: px(p.numbers[0].value), labelPx: px(p.root.querySelector('.number-label')),
          leverPx: px(p.root.querySelector('.lever-label')), pickerPx: px(p.slotNodes[0].select),
          legendPx: px(p.slotNodes[0].legend), axisFont: p.plots[0].axes[0].font,
        };
    }"""
    )
    context.close()
    for plot in geo["plots"]:
        assert plot["bottom"] <= geo["innerHeight"], geo
        assert plot["width"] >= (0.3 if width < 1500 else 0.35) * width, geo  # the two charts share the width
    assert max(geo["levers"] + geo["numbers"]) <= geo["innerHeight"]
    assert geo["scrollWidth"] <= geo["innerWidth"] and geo["main"] <= 0, geo
    if meeting:
        assert geo["numberPx"] >= 48 and min(geo["labelPx"], geo["leverPx"], geo["pickerPx"], geo["legendPx"]) >= 18, geo
        assert geo["axisFont"][0].startswith("18px"), geo


def test_a_picker_changes_a_slot_and_the_link_keeps_it(page: Page, server: str) -> None:
    open_panel(page, f"{server}/?p=baseline")
    page.get_by_role("combobox", name="Right chart").select_option("ch_buyers")
    page.wait_for_function("() => new URLSearchParams(location.search).get('charts') === 'ch_gmv_type,ch_buyers'", timeout=10_000)
    assert panel(page)["slots"] == ["ch_gmv_type", "ch_buyers"]
    open_panel(page, page.url)
    assert panel(page)["slots"] == ["ch_gmv_type", "ch_buyers"]
