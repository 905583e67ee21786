"""What only a browser shows: the live URL, keyboard on sliders, a real download, a fresh reload."""

from __future__ import annotations

import subprocess
import sys
import time
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import Browser, Page

import model
from tests.app.screen import UNITS, shown
from tests.browser.conftest import ARTIFACTS, ROOT, wait_ready
from ui.cards import ANSWER_MARK

pytestmark = pytest.mark.browser
COMMISSION = "Commission (technical service fee)"
SETS = ("--set", "fairness=0.55", "--set", "pass_through=0.65")


def kpis(page: Page) -> dict[str, str]:
    """KPI label → value text, as shown (the KPI cards, not a preset's answer cards)."""
    page.wait_for_selector('[data-testid="stMetric"]')
    out = {}
    for card in page.locator('[data-testid="stMetric"]').all():
        name = card.locator('[data-testid="stMetricLabel"]').inner_text().strip()
        if not name.startswith(ANSWER_MARK):
            out[name] = card.locator('[data-testid="stMetricValue"]').inner_text().strip()
    return out


def open_app(page: Page, url: str) -> None:
    """Open the app and wait for its charts: the chart grid (Vega), or in meeting mode the live panel's."""
    page.goto(url)
    wait_ready(page)
    page.wait_for_selector("svg.marks" if "meet=1" not in url else ".live[data-state=ready] canvas", timeout=30_000)


def settled(page: Page, timeout: float = 20.0) -> dict[str, str]:
    """The KPI cards once the app is idle and they read the same twice, 300 ms apart."""
    deadline = time.monotonic() + timeout
    last: dict[str, str] | None = None
    while time.monotonic() < deadline:
        wait_ready(page)
        now = kpis(page)
        if now == last:
            return now
        last = now
        time.sleep(0.3)
    raise AssertionError("the KPI cards did not settle")


def wait_for_change(page: Page, before: dict[str, str], timeout: float = 20.0) -> dict[str, str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        wait_ready(page)
        if kpis(page) != before:
            return settled(page)
        time.sleep(0.05)
    raise AssertionError("the KPI cards did not change")


def query(page: Page) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlparse(page.url).query).items()}


def test_shared_url_shows_the_scenario(server: str, page: Page) -> None:
    open_app(page, f"{server}/?p=support_100bn&commission=2&h=36")
    cards = settled(page)
    preset = model.load_scenario("support_100bn")
    res = model.run(preset.with_overrides(commission=0.02), months=36)
    # every card as drawn: the direct run's KPI at month 36 (flows: the 12 months 25..36), against the
    # preset's counterfactual (no programme)
    reference = model.run(preset.counterfactual_scenario(), months=36)
    want = {f"{k.kpi.label_en} ({UNITS[k.unit]})": shown(k.value) for k in res.kpis(36, reference=reference)}
    assert cards == want
    gmv = float(res["gmv"][25:37].sum()) / 1000  # by hand: RMB bn per month over months 25..36 → RMB tn per year
    assert cards["GMV (annual rate) (RMB tn/yr)"] == f"{gmv:.2f}"
    assert query(page)["p"] == "support_100bn"
    assert query(page)["commission"] == "2"
    assert query(page)["v"] == model.__version__
    assert page.locator('[data-testid="stException"]').count() == 0


def test_keyboard_moves_a_slider_kpis_and_url_follow_without_flooding_history(server: str, page: Page) -> None:
    open_app(page, f"{server}/?p=baseline")
    history = page.evaluate("history.length")
    before = settled(page)
    slider = page.get_by_role("slider", name=COMMISSION)
    for i in range(5):
        slider.press("ArrowRight")
        before = wait_for_change(page, before)
        assert float(query(page)["commission"]) == pytest.approx(0.6 + 0.1 * (i + 1))
    assert page.evaluate("history.length") == history  # the URL was replaced, not pushed
    assert next(v for k, v in before.items() if k.startswith("Platform revenue")) != ""


def test_downloaded_csv_equals_the_command_line(server: str, page: Page) -> None:
    open_app(page, f"{server}/?p=monetise_harder&fairness=0.55&pass_through=65&h=48")
    assert page.locator('[data-testid="stAlert"]').count() == 0  # every value in the link was used
    page.get_by_role("button", name="Downloads").click()
    with page.expect_download() as info:
        page.get_by_role("button", name="Scenario CSV", exact=True).click()
    path = ARTIFACTS / "download.csv"
    info.value.save_as(path)
    cli = subprocess.run(
        [sys.executable, "-m", "model", "run", "monetise_harder", *SETS, "--months", "48"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert path.read_text(encoding="utf-8") == cli


def test_fresh_page_from_the_url_shows_the_same_numbers(server: str, browser: Browser, page: Page) -> None:
    open_app(page, f"{server}/?p=fee_war_matched")
    before = settled(page)
    page.get_by_role("slider", name="Traffic fairness").press("ArrowLeft")
    after = wait_for_change(page, before)
    url = page.url
    assert "fairness=0.65" in url
    fresh = browser.new_context(viewport={"width": 1280, "height": 720})
    other = fresh.new_page()
    try:
        open_app(other, url)
        assert settled(other) == after
        assert other.get_by_role("slider", name="Traffic fairness").get_attribute("aria-valuetext") == "0.65"
    finally:
        fresh.close()


def test_full_page_screenshot(server: str, browser: Browser) -> None:
    ctx = browser.new_context(viewport={"width": 1280, "height": 2300})
    page = ctx.new_page()
    try:
        open_app(page, f"{server}/?p=support_100bn&commission=1.5&subsidy_bn_per_year=60&s1=No%2520subsidy,baseline")
        time.sleep(1.0)  # let the chart transitions settle
        page.screenshot(path=str(ARTIFACTS / "app-full.png"), full_page=True)
        page.set_viewport_size({"width": 1280, "height": 720})
        page.screenshot(path=str(ARTIFACTS / "app-1280x720.png"))
    finally:
        ctx.close()


def pin(page: Page, name: str) -> None:
    box = page.get_by_label("Name for the current settings")
    box.fill(name)
    box.press("Enter")
    wait_ready(page)
    page.get_by_role("button", name="Pin", exact=True).click()
    page.get_by_text(name, exact=False).first.wait_for(timeout=20_000)
    wait_ready(page)


def legend_labels(page: Page) -> str:
    page.wait_for_selector("svg.marks text")
    return str(page.evaluate("() => Array.from(document.querySelectorAll('svg.marks text')).map(t => t.textContent).join(' | ')"))


def test_pin_two_scenarios_reload_the_url_and_see_both(server: str, browser: Browser, page: Page) -> None:
    open_app(page, f"{server}/?p=baseline")
    page.get_by_text("Compare scenarios").click()
    page.get_by_label("Name for the current settings").wait_for(timeout=20_000)
    before = settled(page)
    page.get_by_role("slider", name=COMMISSION).press("ArrowRight")
    wait_for_change(page, before)
    pin(page, "Fee up <b>")
    page.get_by_role("slider", name="Traffic fairness").press("ArrowRight")
    wait_ready(page)
    pin(page, "Fairer")
    deadline = time.monotonic() + 20
    while "s2" not in query(page) and time.monotonic() < deadline:
        time.sleep(0.1)
    q = query(page)
    assert q["s1"].startswith("Fee%20up%20%3Cb%3E,baseline,commission=0.7") and q["s2"].startswith("Fairer,baseline")
    url = page.url
    fresh = browser.new_context(viewport={"width": 1280, "height": 1400})
    other = fresh.new_page()
    try:
        open_app(other, url)
        labels = legend_labels(other)
        assert "Fee up <b>" in labels and "Fairer" in labels  # drawn as plain text in the charts' legend
        other.get_by_text("Compare scenarios").click()
        other.get_by_text("Fee up <b>", exact=False).first.wait_for(timeout=20_000)  # listed in the panel
        other.screenshot(path=str(ARTIFACTS / "compare-two-pins.png"), full_page=True)
    finally:
        fresh.close()


def test_clicking_a_policy_map_cell_moves_the_two_levers(server: str, page: Page) -> None:
    page.set_viewport_size({"width": 1280, "height": 1400})
    page.goto(f"{server}/?p=baseline&view=analysis")
    wait_ready(page)
    page.wait_for_function(
        "() => Array.from(document.querySelectorAll('svg.marks'))"
        ".some(s => s.querySelectorAll('g.mark-rect.role-mark path').length === 525)",
        timeout=60_000,
    )
    # the heatmap's cells (the tornado's bars are rect marks too, in another chart), scrolled into view
    page.evaluate(
        """() => Array.from(document.querySelectorAll('svg.marks'))
            .find(svg => svg.querySelectorAll('g.mark-rect.role-mark path').length === 25 * 21)
            .scrollIntoView({block: 'center'})"""
    )
    boxes = page.evaluate(
        """() => Array.from(document.querySelectorAll('svg.marks'))
            .map(svg => Array.from(svg.querySelectorAll('g.mark-rect.role-mark path')))
            .filter(cells => cells.length === 25 * 21)[0]
            .map((p, i) => { const r = p.getBoundingClientRect(); return [i, r.x + r.width / 2, r.y + r.height / 2]; })"""
    )
    assert len(boxes) == 25 * 21
    # the top-right corner cell: highest commission (15 %) and highest fairness (1)
    _, x, y = max(boxes, key=lambda b: b[1] - b[2])
    page.mouse.click(x, y)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        wait_ready(page)
        q = query(page)
        if q.get("commission") == "15" and q.get("fairness") == "1":
            break
        time.sleep(0.2)
    assert query(page).get("commission") == "15" and query(page).get("fairness") == "1"
    slider = page.get_by_role("slider", name=COMMISSION)
    deadline = time.monotonic() + 10
    while slider.get_attribute("aria-valuetext") != "15.0%" and time.monotonic() < deadline:
        time.sleep(0.2)
    page.screenshot(path=str(ARTIFACTS / "policy-map-click.png"), full_page=True)
    assert slider.get_attribute("aria-valuetext") == "15.0%"


def kpi_numbers(page: Page) -> list[str]:
    """The KPI values in page order (labels change with the language, numbers must not)."""
    settled(page)
    return [v.inner_text().strip() for v in page.locator('[data-testid="stMetricValue"]').all()]


def as_number(text: str) -> float:
    return float(text.replace("−", "-").replace(",", ""))


def same_in_chinese_units(english: list[str], chinese: list[str]) -> bool:
    """The same numbers, each counted as Chinese counts it: RMB bn → 亿元 (×10), millions → 万 (×100)."""
    if len(english) != len(chinese):
        return False
    for e, z in zip(english, chinese, strict=True):
        a, b = as_number(e), as_number(z)
        digits = len(e.split(".")[1]) if "." in e else 0
        if not any(abs(f * a - b) <= f * 0.51 * 10**-digits for f in (1, 10, 100)):
            return False
    return True


def test_language_switch_keeps_the_numbers_and_undo_redo_work(server: str, page: Page) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    open_app(page, f"{server}/?p=support_100bn&commission=1.5&fairness=0.8")
    english = kpi_numbers(page)
    page.screenshot(path=str(ARTIFACTS / "lang-en.png"), full_page=True)
    page.get_by_text("中文", exact=True).click()
    page.get_by_text("电商飞轮模拟器").wait_for(timeout=20_000)
    wait_ready(page)
    assert same_in_chinese_units(english, kpi_numbers(page))
    q = query(page)
    assert q["lang"] == "zh" and q["commission"] == "1.5" and q["fairness"] == "0.8" and q["p"] == "support_100bn"
    page.screenshot(path=str(ARTIFACTS / "lang-zh.png"), full_page=True)
    # undo / redo a slider move (labels in Chinese now)
    before = settled(page)
    page.get_by_role("slider", name="佣金率（技术服务费率）").press("ArrowRight")
    moved = wait_for_change(page, before)
    page.get_by_role("button", name="撤销").click()
    assert wait_for_change(page, moved) == before
    page.get_by_role("button", name="重做").click()
    assert wait_for_change(page, before) == moved


def test_meeting_mode_screenshot(server: str, browser: Browser) -> None:
    ctx = browser.new_context(viewport={"width": 1280, "height": 720})
    page = ctx.new_page()
    try:
        open_app(page, f"{server}/?p=support_100bn&meet=1&lang=zh")
        assert page.get_by_role("slider", name="佣金率（技术服务费率）").is_visible()  # on the page, sidebar closed
        time.sleep(1.0)
        page.screenshot(path=str(ARTIFACTS / "meeting-zh-1280x720.png"), full_page=True)
    finally:
        ctx.close()


CHART_PATHS = "() => Array.from(document.querySelectorAll('svg.marks path')).map(p => p.getAttribute('d') || '').join('|')"


def test_key_presses_and_replay_swap_the_chart_data_in_place(server: str, page: Page) -> None:
    """The chart grid is one Vega view that stays mounted: a rerun swaps its data (the same SVG
    root, new line paths) instead of rebuilding the view; replay draws its frames into it too."""
    open_app(page, f"{server}/?p=baseline&bands=0")
    page.evaluate("() => { window.__chartRoot = document.querySelector('svg.marks'); }")
    slider = page.get_by_role("slider", name=COMMISSION)
    for _ in range(8):
        paths = page.evaluate(CHART_PATHS)
        slider.press("ArrowRight")
        page.wait_for_function(f"(before) => ({CHART_PATHS})() !== before", arg=paths, timeout=20_000)
        wait_ready(page)
        time.sleep(0.3)  # any remount would have happened by now
        assert page.evaluate("() => document.querySelector('svg.marks') === window.__chartRoot"), "the chart was rebuilt"
    final = page.evaluate(CHART_PATHS)
    # record every state the lines pass through during the replay (polled each animation frame)
    page.evaluate(
        f"""() => {{ window.__seen = new Set(); const grab = () => {{ window.__seen.add(({CHART_PATHS})());
            if (!window.__stop) requestAnimationFrame(grab); }}; grab(); }}"""
    )
    page.get_by_role("button", name="Replay last change").click()
    page.wait_for_function(f"(want) => ({CHART_PATHS})() === want && window.__seen.size > 3", arg=final, timeout=20_000)
    wait_ready(page)
    frames = page.evaluate("() => { window.__stop = true; return window.__seen.size; }")
    assert frames >= 5, f"replay showed {frames} states"  # 11 frames from the previous setting, then the final one
    assert page.evaluate(f"() => ({CHART_PATHS})()") == final
    assert page.evaluate("() => document.querySelector('svg.marks') === window.__chartRoot")
    assert page.locator('[data-testid="stException"]').count() == 0


def test_a_preset_reads_its_answer_and_its_attribution_on_the_page(server: str, page: Page) -> None:
    """As drawn in Chromium: the answer cards with their odds; a scheduled lever's note under its
    slider; the per-RMB cards against the same settings without the subsidy."""
    open_app(page, f"{server}/?p=fee_war_no_match&fairness=0.9&subsidy_bn_per_year=40&h=48")
    cards = settled(page)
    page.get_by_text("Scheduled: 0% from month 3; this slider sets the months before").wait_for(timeout=20_000)
    sc = model.load_scenario("fee_war_no_match").with_overrides(fairness=0.9, subsidy_bn_per_year=40.0)
    cur, without = model.run(sc, months=48), model.run(sc.without_subsidy(), months=48)
    per_rmb = float((cur["gmv"][:49] - without["gmv"][:49]).sum() / cur["subsidy_spent"][48])
    assert cards["ΔGMV per RMB of subsidy (RMB per RMB)"] == shown(per_rmb)
    answer = page.locator('[data-testid="stMetric"]').filter(has_text=ANSWER_MARK + "GMV (annual rate)").first
    answer.wait_for(timeout=30_000)
    odds = answer.locator('[data-testid="stMetricDelta"]').inner_text()
    assert ">0:" in odds and "…" in odds, odds
    page.get_by_text("What would flip it").first.wait_for(timeout=30_000)


LABEL_PX = """(k) => {
  const svg = document.querySelectorAll('[data-testid="stGraphVizChart"] svg')[k];
  if (!svg) return null;
  const texts = Array.from(svg.querySelectorAll('text'));
  // each label's font size in screen pixels: the size the page's style gives it (Streamlit's own
  // rule would make every label 0.6 rem; ui.page restores Graphviz's) in user units, times the
  // scale from those units to the screen (the viewBox fitted to the column, any transform)
  const sizes = texts.map(t => parseFloat(getComputedStyle(t).fontSize) * Math.hypot(t.getScreenCTM().a, t.getScreenCTM().b));
  return {min: Math.min(...sizes), n: sizes.length, width: svg.getBoundingClientRect().width,
          pageWidth: document.documentElement.scrollWidth, texts: texts.map(t => t.textContent).join(' ')};
}"""


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_loop_overview_reads_at_14_px_on_a_1280x720_screen(server: str, browser: Browser, lang: str) -> None:
    """The loops view opens on the loop-level overview: at 1280x720 every label is drawn at 14 px
    or more, nothing scrolls sideways, and the full diagram waits behind its expander."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 720})
    page = ctx.new_page()
    try:
        page.goto(f"{server}/?p=support_100bn&view=loops&lang={lang}")
        wait_ready(page)
        page.wait_for_selector('[data-testid="stGraphVizChart"] svg text', timeout=30_000)
        got = page.evaluate(LABEL_PX, 0)
        assert got is not None and got["n"] > 40, got
        assert got["min"] >= 14.0, got
        assert got["pageWidth"] <= 1280, got
        assert ("R1" in got["texts"]) and ("gmv_smb" not in got["texts"])
        assert page.locator('[data-testid="stGraphVizChart"]').count() == 1  # the full diagram is on demand
        page.locator('[data-testid="stGraphVizChart"]').scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / f"loops-{lang}-1280x720.png"))
        # the full diagram: at its own size (labels >= 13 px) in a box that scrolls, not the page
        page.get_by_text("The full diagram" if lang == "en" else "完整因果图").click()
        page.wait_for_function("document.querySelectorAll('[data-testid=\"stGraphVizChart\"] svg').length == 2", timeout=30_000)
        full = page.evaluate(LABEL_PX, 1)
        assert full["min"] >= 13.0 and full["width"] > 1280 and full["pageWidth"] <= 1280, full
        assert "gmv_smb" not in full["texts"] and len(full["texts"]) > len(got["texts"])
    finally:
        ctx.close()


CUT_TEXT = """() => Array.from(document.querySelectorAll('body *')).filter(e => {
  const r = e.getBoundingClientRect();
  const shown = r.width > 0 && r.right > 0 && r.left < innerWidth && getComputedStyle(e).visibility !== 'hidden';
  return shown && getComputedStyle(e).textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1
    && e.textContent.trim() && !e.closest('[title]') && !e.closest('[data-baseweb="select"]');
}).map(e => e.textContent.trim().slice(0, 80))"""


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_label_is_cut_short_at_1280x720(server: str, browser: Browser, lang: str) -> None:
    """Nothing on screen ends in an ellipsis with no way to read the rest (KPI card labels wrap);
    a select box's chosen option, which its list shows in full, is the one exception."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 720})
    page = ctx.new_page()
    try:
        for query in ("view=charts", "view=analysis", "view=calibration", "meet=1"):
            page.goto(f"{server}/?p=support_100bn&lang={lang}&{query}")
            wait_ready(page)
            page.wait_for_selector(".live[data-state=ready] canvas", timeout=30_000)
            assert page.evaluate(CUT_TEXT) == [], query
    finally:
        ctx.close()
