"""Accessibility: colour contrast, and a text alternative for every chart."""

from __future__ import annotations

import pytest

from ui import cld
from ui.charts import CHARTS, PALETTE

from .test_app import new_app


def luminance(hex_colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str = "#FFFFFF") -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_chart_line_colours_stand_out_from_the_background() -> None:
    # WCAG 2.1 1.4.11: graphical objects need 3:1 against their background
    used = max(len(spec.series) for spec in CHARTS)
    for colour in PALETTE[:used]:
        assert contrast(colour) >= 3.0, colour


def test_diagram_text_colours_are_readable() -> None:
    # WCAG 2.1 1.4.3: small text needs 4.5:1
    for colour in (cld.BLUE, cld.VERMILLION, cld.GREY):
        assert contrast(colour) >= 4.5, colour
    assert contrast("#000000", cld.LEVER_FILL) >= 4.5  # black text on the lever fill


@pytest.mark.app
@pytest.mark.parametrize("view", ["charts", "analysis"])
def test_every_chart_has_a_text_alternative(view: str) -> None:
    at = new_app({"p": "support_100bn", "view": view}, advanced=False)
    charts = at.get("vega_lite_chart") + at.get("arrow_vega_lite_chart")
    assert charts
    for chart in charts:
        assert len(chart.proto.alt) > 20, chart.proto.alt


@pytest.mark.app
def test_the_loop_diagram_has_a_table_beside_it() -> None:
    at = new_app({"p": "support_100bn", "view": "loops"}, advanced=False)
    assert at.get("graphviz_chart")
    assert any("Loop" in d.value.columns and len(d.value) >= 9 for d in at.dataframe)
