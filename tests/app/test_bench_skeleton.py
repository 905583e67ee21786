"""bench/skeleton_app.py has the app's element tree (kinds, nesting, counts), so the bench's
"same page, no work" row measures the page the app really shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

pytestmark = pytest.mark.app
ROOT = Path(__file__).resolve().parents[2]


def shape(node: object) -> object:
    """The element tree as nested (type, children) tuples; labels and values ignored."""
    children = getattr(node, "children", None)
    kids = [shape(c) for c in children.values()] if isinstance(children, dict) else []
    return (getattr(node, "type", type(node).__name__), tuple(kids))


def rerun_tree(script: str, query: dict[str, str]) -> object:
    at = AppTest.from_file(str(ROOT / script), default_timeout=60)
    for k, v in query.items():
        at.query_params[k] = v
    at.run()
    at.session_state["commission"] = 1.0  # what a settled move in the live panel does (ui.live.on_levers)
    at.run()
    assert not at.exception
    return shape(at._tree)


def test_the_skeleton_has_the_apps_element_tree() -> None:
    assert rerun_tree("bench/skeleton_app.py", {}) == rerun_tree("streamlit_app.py", {"bands": "0"})
