"""Chart builders: tidy DataFrames in, Altair charts out (no Streamlit here).

Every chart draws the current scenario as solid lines and the baseline as a
dashed "ghost" of the same colour, against a date axis, in one colour-blind-safe
palette (Okabe & Ito).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

import altair as alt
import numpy as np
import pyarrow as pa

from .texts import t

# Okabe-Ito: distinguishable with the common colour-vision deficiencies
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
CURRENT, BASELINE = "current", "baseline"
Series = Mapping[str, np.ndarray]  # a run: variable name → monthly values (and "date", "month")


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """Which variables one chart draws, their series labels, scale and axis."""

    key: str  # title key in ui.texts
    series: tuple[tuple[str, str], ...]  # (variable, series label key)
    axis: str  # axis title key
    scale: float = 1.0


CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("ch_gmv", (("gmv", "s_gmv"),), "ax_bn_month"),
    ChartSpec("ch_gmv_tier", (("gmv_high_tier", "s_high"), ("gmv_low_tier", "s_low")), "ax_bn_month"),
    ChartSpec("ch_gmv_type", (("gmv_head", "s_head"), ("gmv_smb", "s_smb")), "ax_bn_month"),
    ChartSpec("ch_buyers", (("buyers_high_tier", "s_high"), ("buyers_low_tier", "s_low")), "ax_m_people"),
    ChartSpec(
        "ch_merchants",
        (("merchants_head", "s_head"), ("merchants_smb_new", "s_smb_new"), ("merchants_smb_established", "s_smb_est")),
        "ax_m_merchants",
    ),
    ChartSpec(
        "ch_traffic",
        (
            ("head_traffic_share", "s_head_traffic"),
            ("head_traffic_share_high_tier", "s_head_traffic_h"),
            ("head_traffic_share_low_tier", "s_head_traffic_l"),
            ("smb_gmv_share", "s_smb_gmv"),
        ),
        "ax_percent",
        100.0,
    ),
    ChartSpec("ch_revenue", (("commission_revenue", "s_commission"), ("ad_revenue", "s_ads")), "ax_bn_month"),
    ChartSpec("ch_profit", (("platform_profit", "s_profit"), ("subsidy_spent", "s_subsidy")), "ax_bn"),
    ChartSpec(
        "ch_margins", (("perceived_margin_head", "s_margin_head"), ("perceived_margin_smb", "s_margin_smb")), "ax_margin", 100.0
    ),
)


# The lines of every chart, drawn in this order (the current scenario on top).
LAYERS = (BASELINE, CURRENT)
STYLE: dict[str, dict[str, Any]] = {
    BASELINE: {"strokeDash": [6, 4], "opacity": 0.6},
    CURRENT: {},
}


def dataset_name(chart: str, scenario: str) -> str:
    return f"{chart}|{scenario}"


def dashboard_datasets(current: Series, base: Series) -> dict[str, pa.Table]:
    """One long table per (chart, scenario): ``date`` (epoch ms), ``series`` (index), ``value``.

    Dates go as numbers and series as small integers labelled by the chart's scale, so
    the browser parses nothing per row (it evaluates Vega expressions with an
    interpreter; per-row string work dominated a redraw).
    """
    out: dict[str, pa.Table] = {}
    for scenario, run in ((BASELINE, base), (CURRENT, current)):
        ms = _epoch_ms(run["date"])
        for spec in CHARTS:
            n = len(spec.series)
            out[dataset_name(spec.key, scenario)] = pa.table(
                {
                    "date": np.tile(ms, n),
                    "series": np.repeat(np.arange(n, dtype=np.int8), len(ms)),
                    "value": np.concatenate([run[var] * spec.scale for var, _ in spec.series]),
                }
            )
    return out


def _epoch_ms(dates: np.ndarray) -> np.ndarray:
    return np.asarray(dates, dtype="datetime64[ms]").astype(np.float64)


def line_chart(*, spec: ChartSpec, lang: str = "en", width: int = 320, height: int = 220) -> alt.LayerChart:
    """One chart of the dashboard, without data: one line layer per scenario (baseline
    dashed and faded), a colour per series, reading the named datasets of
    ``dashboard_datasets``.
    """
    labels = [t(label, lang) for _, label in spec.series]
    # series index → label, in the legend and the tooltip (a handful of evaluations, not per row)
    label_expr = "[" + ",".join(repr(x) for x in labels) + "][datum.value]"
    color = alt.Color(
        "series:O",
        title=None,
        scale=alt.Scale(domain=list(range(len(labels))), range=list(PALETTE[: len(labels)])),
        legend=alt.Legend(
            orient="bottom", direction="horizontal", columns=2, labelLimit=200, labelExpr=label_expr, symbolOpacity=1
        )
        if len(labels) > 1
        else None,
    )
    layers = []
    for scenario in LAYERS:
        layer = (
            alt.Chart(alt.NamedData(name=dataset_name(spec.key, scenario), format={"parse": {"date": None}}))
            .mark_line(strokeWidth=2.5, **STYLE[scenario])
            .encode(
                x=alt.X("date:T", title=None, axis=alt.Axis(format="%Y", labelAngle=0, tickCount="year")),
                y=alt.Y("value:Q", title=t(spec.axis, lang), scale=alt.Scale(zero=False)),
                color=color,
                tooltip=[
                    alt.Tooltip("date:T", format="%Y-%m", title=t("ax_date", lang)),
                    alt.Tooltip("value:Q", format=",.2f", title=t(scenario, lang) + " · " + t(spec.axis, lang)),
                ],
            )
        )
        layers.append(layer)
    chart = alt.layer(*layers, title=alt.TitleParams(t(spec.key, lang), anchor="start", offset=6, fontSize=15))
    return cast(alt.LayerChart, chart.properties(width=width, height=height))


def dashboard(*, lang: str = "en", width: int = 320) -> alt.ConcatChart:
    """Every chart in a two-column grid (one element, one message per rerun)."""
    grid = alt.concat(*(line_chart(spec=s, lang=lang, width=width) for s in CHARTS), columns=2, spacing=28)
    return cast(alt.ConcatChart, grid.resolve_scale(color="independent", y="independent").resolve_legend(color="independent"))


def dashboard_spec(lang: str = "en", width: int = 320) -> dict[str, object]:
    """The Vega-Lite dict of ``dashboard`` (validated by Altair once), data left out:
    the app adds ``datasets`` (``dashboard_datasets``) on each rerun."""
    out = dashboard(lang=lang, width=width).to_dict()
    # The line-style key for every chart (colours have per-chart legends): part of the
    # cached spec, so it costs a rerun nothing.
    out["title"] = {
        "text": "━ " + t(CURRENT, lang) + "    ┅ " + t(BASELINE, lang),
        "anchor": "start",
        "fontSize": 13,
        "fontWeight": "normal",
        "offset": 12,
    }
    out.pop("datasets", None)
    return out
