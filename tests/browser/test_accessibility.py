"""axe-core (pinned in package.json) audits every view in both languages, in meeting mode too:
no WCAG 2.1 A/AA violation, and the document's language is the reader's."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

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
