"""Accessibility: colour contrast of the chart palette and the loop diagram (WCAG 2.1)."""

from __future__ import annotations

from ui import cld
from ui.charts import CHARTS, PALETTE


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
