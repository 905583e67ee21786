"""The Streamlit page through AppTest (no browser)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import model

pytestmark = pytest.mark.app
APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")


def test_app_runs_and_shows_the_baseline() -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert at.title[0].value == "Flywheel Explorer"
    assert any(model.__version__ in c.value for c in at.caption)
    assert len(at.get("vega_lite_chart")) == 1
