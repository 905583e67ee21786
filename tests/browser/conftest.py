"""A real Streamlit server on a free loopback port and Debian's Chromium through Playwright."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tools.browser import CHROMIUM, CHROMIUM_ARGS, READY, ROOT, running_app

ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """The app under ``streamlit run`` on a free loopback port; yields the base URL."""
    with running_app(ARTIFACTS / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        raise RuntimeError("browser tests need Debian's chromium at /usr/bin/chromium (scripts/setup.sh dev installs it)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 720}, accept_downloads=True)
    pg = context.new_page()
    yield pg
    context.close()


def wait_ready(page: Page) -> None:
    """Wait until the script has finished running and the app is idle."""
    page.wait_for_selector(READY, timeout=60_000)
