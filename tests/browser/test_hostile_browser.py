"""Hostile input as the browser sees it: markup in a link stays text, an oversized upload is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Dialog, Page

from tests.browser.conftest import ARTIFACTS, wait_ready
from tests.browser.test_app_browser import open_app, query, settled

pytestmark = pytest.mark.browser
# A pinned scenario named <img src=x onerror=alert(1)> [link](javascript:alert(2)), an unknown key
# carrying a script tag, a markdown/HTML value, and a schedule past the panel's range.
HOSTILE = (
    "/?p=baseline&commission=2"
    "&s1=%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E%2520%255Bl%255D(javascript%253Aalert(2)),baseline,fairness=0.3"
    "&%3Cscript%3Ealert(3)%3C%2Fscript%3E=1&fairness=%3Cb%3Ebold%3C%2Fb%3E&sched=commission%3D2%40500"
)


def test_markup_in_a_link_is_shown_as_text_and_never_runs(server: str, page: Page) -> None:
    dialogs: list[str] = []

    def on_dialog(d: Dialog) -> None:
        dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    open_app(page, server + HOSTILE)
    settled(page)
    warning = page.locator('[data-testid="stAlert"]').first.inner_text().replace("\u2060", "")  # word joiners
    assert "<script>alert(3)</script>" in warning and "<b>bold</b>" in warning and "commission=2@500" in warning
    page.get_by_text("Compare scenarios").click()
    wait_ready(page)
    page.get_by_text("<img src=x onerror=alert(1)>", exact=False).first.wait_for()
    assert page.locator('img[src="x"]').count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("b", has_text="bold").count() == 0
    assert page.locator('[data-testid="stException"]').count() == 0
    assert dialogs == []
    assert query(page)["commission"] == "2"  # the valid part of the link is kept
    page.locator('[data-testid="stAlert"]').first.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "hostile-link.png"))


def test_an_upload_over_the_size_limit_is_refused_and_changes_nothing(server: str, page: Page, tmp_path: Path) -> None:
    open_app(page, f"{server}/?p=support_100bn&commission=2")
    before = settled(page)
    big = tmp_path / "huge.toml"
    big.write_bytes(b"# padding\n" * 150_000)  # 1.5 MB, over server.maxUploadSize = 1 MB
    page.get_by_role("button", name="Downloads").click()
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(big)
    page.get_by_text("File must be 1.0MB or smaller").wait_for(timeout=10_000)
    page.keyboard.press("Escape")
    assert settled(page) == before
    assert query(page)["commission"] == "2"
    assert page.locator('[data-testid="stException"]').count() == 0


# A pinned scenario named with Streamlit's own Markdown extras (a colour directive, an emoji
# shortcode, autolinks), and an unknown link key carrying more (an icon, a URL): both are shown,
# in the reference caption and the warning box.
NAME = "www.e.vl :red[x] :skull: a@e.vl"
KEY = ":material/delete: https://e.vl/a"


def test_streamlit_markdown_extras_in_user_text_are_shown_as_typed(server: str, page: Page) -> None:
    """No link, colour, icon or emoji made of a pin's name or a link's key: the text reads as
    typed (word joiners aside: ``ui.texts.md_escape``)."""
    from urllib.parse import quote

    pin = quote(quote(NAME, safe=""), safe="")  # a pin's name is percent-encoded inside its value
    open_app(page, f"{server}/?p=baseline&s1={pin},baseline,fairness=0.3&ref=1&{quote(KEY, safe='')}=1")
    settled(page)
    main = page.locator('[data-testid="stMain"]')
    text = main.inner_text().replace("\u2060", "")
    assert NAME in text and KEY in text, text[:1500]
    assert main.locator("a[href*='e.vl'], a[href^='mailto']").count() == 0
    assert main.locator('[data-testid="stIconMaterial"]', has_text="delete").count() == 0
    assert "💀" not in text
    assert main.locator("span[style*='color']", has_text="x").count() == 0
