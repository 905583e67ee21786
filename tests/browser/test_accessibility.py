"""axe-core (pinned in package.json) audits every view in both languages, in meeting mode too:
no WCAG 2.1 A/AA violation, and the document's language is the reader's."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.conftest import wait_ready
from tools.browser import ROOT

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

PAGES = [
    ("p=support_100bn", "en"),  # a question: its answer cards, odds and flips
    ("p=support_100bn&lang=zh", "zh-CN"),
    ("p=baseline&view=analysis", "en"),
    ("p=baseline&view=analysis&lang=zh", "zh-CN"),
    ("p=baseline&view=table&lang=zh", "zh-CN"),
    ("p=baseline&view=loops", "en"),
    ("p=baseline&view=reference&lang=zh", "zh-CN"),
    ("p=baseline&view=calibration", "en"),
    ("p=support_100bn&meet=1&lang=zh", "zh-CN"),
]


@pytest.mark.parametrize(("query", "lang"), PAGES)
def test_no_accessibility_violations_and_the_readers_language(server: str, page: Page, query: str, lang: str) -> None:
    if not AXE.exists():
        raise RuntimeError("axe-core is missing: scripts/setup.sh dev installs it (npm ci)")
    page.goto(f"{server}/?{query}")
    wait_ready(page)
    page.wait_for_timeout(1500)  # charts and the answer's odds drawn
    # the page's language is set by a component once it mounts: on a loaded machine that can come
    # after the first idle moment (CI of 5a575eb read "en" here once, at load 6)
    page.wait_for_function("l => document.documentElement.lang === l", arg=lang, timeout=30_000)
    assert page.evaluate("document.documentElement.lang") == lang
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        """async (tags) => {
            const r = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return r.violations.map(v => `${v.id} (${v.nodes.length}): ${v.nodes[0].failureSummary}`);
        }""",
        TAGS,
    )
    assert violations == [], "\n".join(violations)


# the text of the focused element, inside a components-v2 element's shadow root too
FOCUSED = """() => { let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a ? (a.innerText || a.getAttribute('aria-label') || '').trim() : ''; }"""


def test_share_and_downloads_by_keyboard_alone(server: str, browser: Browser) -> None:
    """From the live panel's last control, the next Tab is the share button; Enter opens it and
    its visible copy button takes the focus, whose Enter puts the link on the clipboard; the
    downloads are the next Tab, Enter opens them on the first file, and Enter downloads it."""
    context = browser.new_context(viewport={"width": 1280, "height": 720}, accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    try:
        page.goto(f"{server}/?p=support_100bn&commission=2")
        wait_ready(page)
        page.wait_for_function("() => window.flywheelLive && window.flywheelLive.root.dataset.state === 'ready'")
        page.get_by_role("combobox", name="Right chart").focus()
        page.keyboard.press("Tab")
        assert "Share" in page.evaluate(FOCUSED)
        page.keyboard.press("Enter")
        copy = page.get_by_role("button", name="Copy link")
        copy.wait_for(state="visible", timeout=20_000)
        page.wait_for_function(f"() => ({FOCUSED})() === 'Copy link'", timeout=10_000)  # it takes the focus
        page.keyboard.press("Enter")
        page.get_by_role("status").filter(has_text="Copied").wait_for(timeout=10_000)
        link = page.evaluate("navigator.clipboard.readText()")
        assert "p=support_100bn" in link and "commission=2" in link
        page.keyboard.press("Escape")
        wait_ready(page)
        page.get_by_role("button", name="Share this scenario").focus()
        page.keyboard.press("Tab")
        assert "Downloads" in page.evaluate(FOCUSED)
        page.keyboard.press("Enter")
        first = page.get_by_role("button", name="Scenario CSV")
        first.wait_for(state="visible", timeout=20_000)
        page.wait_for_function(f"() => ({FOCUSED})() === 'Scenario CSV'", timeout=10_000)  # the first download
        with page.expect_download(timeout=30_000) as got:
            page.keyboard.press("Enter")
        assert got.value.suggested_filename.endswith(".csv")
    finally:
        context.close()
