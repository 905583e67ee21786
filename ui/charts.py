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


def dashboard_frame(current: Series, base: Series, lang: str = "en") -> pa.Table:
    """Wide monthly rows for every chart: ``date`` and one column per (chart, series, scenario),
    named ``"<chart>|<series label>|<scenario label>"``; each chart folds its own columns.

    An Arrow table (numpy columns, no copy): it goes to the browser as it is.
    """
    cur, ref = t("current", lang), t(BASELINE, lang)
    cols: dict[str, object] = {"date": current["date"]}
    for spec in CHARTS:
        for variable, label in spec.series:
            name = t(label, lang)
            cols[f"{spec.key}|{name}|{cur}"] = current[variable] * spec.scale
            cols[f"{spec.key}|{name}|{ref}"] = base[variable] * spec.scale
    return pa.table(cols)


def line_chart(*, spec: ChartSpec, lang: str = "en", width: int = 320, height: int = 220) -> alt.Chart:
    """One chart of the dashboard, without data: current solid, baseline dashed, a colour per series.

    It reads the ``dashboard_frame`` table and folds its own columns to (series,
    scenario, value) in the browser, so the chart is built once and reused.
    """
    cur, ref = t("current", lang), t(BASELINE, lang)
    series = [t(label, lang) for _, label in spec.series]
    folded: list[Any] = [f"{spec.key}|{s}|{sc}" for s in series for sc in (cur, ref)]
    chart = (
        alt.Chart(title=alt.TitleParams(t(spec.key, lang), anchor="start", offset=6, fontSize=15))
        .transform_fold(folded, as_=["key", "value"])
        .transform_calculate(series="split(datum.key, '|')[1]", scenario="split(datum.key, '|')[2]")
        .mark_line(strokeWidth=2.5)
        .encode(
            x=alt.X("date:T", title=None, axis=alt.Axis(format="%Y", labelAngle=0, tickCount="year")),
            y=alt.Y("value:Q", title=t(spec.axis, lang), scale=alt.Scale(zero=False)),
            color=alt.Color(
                "series:N",
                title=None,
                scale=alt.Scale(domain=series, range=list(PALETTE[: len(series)])),
                legend=alt.Legend(orient="bottom", direction="horizontal", columns=2, labelLimit=200)
                if len(series) > 1
                else None,
            ),
            strokeDash=alt.StrokeDash("scenario:N", scale=alt.Scale(domain=[cur, ref], range=[[1, 0], [6, 4]]), legend=None),
            opacity=alt.Opacity("scenario:N", scale=alt.Scale(domain=[cur, ref], range=[1.0, 0.6]), legend=None),
            tooltip=[
                alt.Tooltip("date:T", format="%Y-%m", title=t("ax_date", lang)),
                alt.Tooltip("series:N", title=t("series", lang)),
                alt.Tooltip("scenario:N", title=t("scenario", lang)),
                alt.Tooltip("value:Q", format=",.2f", title=t(spec.axis, lang)),
            ],
        )
        .properties(width=width, height=height)
    )
    return cast(alt.Chart, chart)


def dashboard(*, lang: str = "en", width: int = 320) -> alt.ConcatChart:
    """Every chart in a two-column grid, sharing one dataset (one element, one data transfer)."""
    grid = alt.concat(*(line_chart(spec=s, lang=lang, width=width) for s in CHARTS), columns=2, spacing=28)
    return cast(alt.ConcatChart, grid.resolve_scale(color="independent", y="independent").resolve_legend(color="independent"))


def dashboard_spec(lang: str = "en", width: int = 320) -> dict[str, object]:
    """The Vega-Lite dict of ``dashboard`` (validated by Altair once), data left out."""
    out = dashboard(lang=lang, width=width).to_dict()
    out.pop("data", None)
    out.pop("datasets", None)
    for view in cast(list[dict[str, object]], out["concat"]):
        view.pop("data", None)  # Altair's "empty" placeholder: the views inherit the top-level data
    return out
