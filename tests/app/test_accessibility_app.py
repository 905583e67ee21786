"""Accessibility through AppTest: a text alternative for every chart, a table beside the loop diagram."""

from __future__ import annotations

import pytest

from .test_app import new_app

pytestmark = pytest.mark.app


@pytest.mark.parametrize("view", ["charts", "analysis"])
def test_every_chart_has_a_text_alternative(view: str) -> None:
    at = new_app({"p": "support_100bn", "view": view}, advanced=False)
    charts = at.get("vega_lite_chart") + at.get("arrow_vega_lite_chart")
    assert charts
    for chart in charts:
        assert len(chart.proto.alt) > 20, chart.proto.alt


def test_the_loop_diagram_has_a_table_beside_it() -> None:
    at = new_app({"p": "support_100bn", "view": "loops"}, advanced=False)
    assert at.get("graphviz_chart")
    assert any("Loop" in d.value.columns and len(d.value) >= 9 for d in at.dataframe)
