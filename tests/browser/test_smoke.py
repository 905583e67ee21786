"""The page renders in a real browser: title, a drawn chart, no exception; screenshot kept."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

import model
from tests.browser.conftest import ARTIFACTS, wait_ready

pytestmark = pytest.mark.browser


def test_page_renders_the_baseline_chart(server: str, page: Page) -> None:
    page.goto(server)
    wait_ready(page)
    page.wait_for_selector("svg.marks", timeout=30_000)
    assert page.get_by_role("heading", name="Flywheel Explorer").is_visible()
    assert page.get_by_text(f"Model {model.__version__}", exact=False).first.is_visible()
    assert page.locator('[data-testid="stException"]').count() == 0
    page.screenshot(path=str(ARTIFACTS / "smoke.png"), full_page=True)
