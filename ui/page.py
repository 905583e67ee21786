"""The page itself: what the document says about the app beyond Streamlit's elements.

``set_page_lang`` keeps ``<html lang>`` in the reader's language (screen readers pick their voice
and hyphenation by it; axe-core checks that it is valid), through a components-v2 element that
runs in the page (no iframe) and draws nothing; the same element carries the page's few style
rules (``_PAGE_CSS``).
"""

from __future__ import annotations

import streamlit as st

from .texts import lang_code

# The page's frame, compact enough that the live panel's levers, numbers and both charts fit a
# 1280x720 projector: less blank space above the first element than Streamlit's 6 rem.  KPI card
# labels wrap (Streamlit cuts them with an ellipsis and no way to read the rest).  Graphviz labels
# keep their own sizes (Streamlit's rule draws every one at 0.6 rem, 9.6 px), and the full loop
# diagram is drawn at its own size in a box that scrolls.  The element does not isolate its
# styles, so these rules reach the page.
_PAGE_CSS = """
[data-testid="stMainBlockContainer"] { padding-top: 2.6rem; padding-bottom: 3rem; }
[data-testid="stMainBlockContainer"] h1 { font-size: 2rem; padding: 0 0 0.25rem; }
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] * { white-space: normal; overflow: visible; text-overflow: clip; }
[data-testid="stGraphVizChart"] svg, [data-testid="stGraphVizChart"] svg * { font-size: revert-layer; }
.st-key-full_diagram [data-testid="stGraphVizChart"] { overflow: auto; max-height: 75vh; }
.st-key-full_diagram [data-testid="stGraphVizChart"] svg { max-width: none; width: revert-layer; height: revert-layer; }
"""

_PAGE_LANG = st.components.v2.component(
    "flywheel_page_lang",
    html="<span hidden></span>",
    css=_PAGE_CSS,
    isolate_styles=False,
    js=(
        "export default function (component) {"
        " const lang = component.data && component.data.lang;"
        " if (lang && document.documentElement.lang !== lang) document.documentElement.lang = lang;"
        " }"
    ),
)

HTML_LANG = {"en": "en", "zh": "zh-CN"}
"""The document language per UI language (BCP 47)."""


def set_page_lang(lg: str) -> None:
    """Set the document's language to the UI's (once per run; a no-op when it already is)."""
    with st.sidebar:
        _PAGE_LANG(data={"lang": HTML_LANG[lang_code(lg)]}, key="page_lang")
