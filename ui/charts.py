"""Chart builders: tidy DataFrames in, Altair charts out (no Streamlit here).

Every chart draws the current scenario as solid lines and the baseline as a
dashed "ghost" of the same colour, against a date axis, in one colour-blind-safe
palette (Okabe & Ito).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

import altair as alt
import numpy as np
import pandas as pd
import pyarrow as pa

from .texts import t, unit_factor

# Okabe-Ito: distinguishable with the common colour-vision deficiencies
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
CURRENT, BASELINE = "current", "baseline"
_BLUE, _VERMILLION, _GREEN, _PURPLE, _ORANGE, _SKY, _BLACK = PALETTE
# One colour per thing, in every chart (the Vega grid and the live panel): a buyer tier, a merchant
# type or a platform keeps its colour wherever it is drawn; within a chart the colours differ.
# Families that never share a chart reuse the palette (a tier and a platform may both be blue).
SERIES_COLOURS: dict[str, str] = {
    # buyer tiers
    "s_high": _BLUE,
    "s_low": _VERMILLION,
    "s_remote": _GREEN,
    # merchant types (the traffic and margin charts keep them: head purple, SMB orange, farm green)
    "s_head": _PURPLE,
    "s_smb": _ORANGE,
    "s_smb_est": _ORANGE,
    "s_smb_new": _SKY,
    "s_farm": _GREEN,
    "s_margin_head": _PURPLE,
    "s_margin_smb": _ORANGE,
    "s_head_traffic": _PURPLE,
    "s_smb_gmv": _ORANGE,
    "s_auctioned": _BLACK,
    "s_two_way": _SKY,
    # platforms
    "s_focal": _VERMILLION,
    "s_incumbent": _BLUE,
    "s_content": _BLACK,
    # money
    "s_gmv": _BLUE,
    "s_commission": _BLUE,
    "s_ads": _PURPLE,
    "s_profit": _BLACK,
    "s_subsidy": _VERMILLION,
}
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
    ChartSpec(
        "ch_share",
        (("gmv_share", "s_focal"), ("gmv_share_incumbent", "s_incumbent"), ("gmv_share_content", "s_content")),
        "ax_percent",
        100.0,
    ),
    ChartSpec("ch_gmv_tier", (("gmv_high_tier", "s_high"), ("gmv_low_tier", "s_low"), ("gmv_remote", "s_remote")), "ax_bn_month"),
    ChartSpec("ch_gmv_type", (("gmv_head", "s_head"), ("gmv_smb", "s_smb"), ("gmv_farm", "s_farm")), "ax_bn_month"),
    ChartSpec(
        "ch_buyers",
        (("buyers_high_tier", "s_high"), ("buyers_low_tier", "s_low"), ("buyers_remote", "s_remote")),
        "ax_m_people",
    ),
    ChartSpec(
        "ch_merchants",
        (
            ("merchants_head", "s_head"),
            ("merchants_smb_new", "s_smb_new"),
            ("merchants_smb_established", "s_smb_est"),
            ("merchants_farm", "s_farm"),
        ),
        "ax_m_merchants",
    ),
    ChartSpec(
        "ch_multihoming",
        (("merchants_smb", "s_focal"), ("merchants_smb_incumbent", "s_incumbent"), ("merchants_smb_content", "s_content")),
        "ax_m_merchants",
    ),
    ChartSpec(
        "ch_traffic",
        (
            ("head_traffic_share", "s_head_traffic"),
            ("auctioned_share", "s_auctioned"),
            ("smb_gmv_share", "s_smb_gmv"),
            ("two_way_flow_share", "s_two_way"),
        ),
        "ax_percent",
        100.0,
    ),
    ChartSpec("ch_revenue", (("commission_revenue", "s_commission"), ("ad_revenue", "s_ads")), "ax_bn_month"),
    ChartSpec("ch_profit", (("platform_profit", "s_profit"), ("subsidy_spent", "s_subsidy")), "ax_bn"),
    ChartSpec(
        "ch_margins",
        (
            ("perceived_margin_head", "s_margin_head"),
            ("perceived_margin_smb", "s_margin_smb"),
            ("perceived_margin_farm", "s_farm"),
        ),
        "ax_margin",
        100.0,
    ),
)


@dataclass(frozen=True, slots=True)
class Line:
    """One scenario's lines on every chart: its dataset id, legend label and line style."""

    id: str  # "current", "reference" or "pin1" … "pin4"
    label: str  # legend text (a pinned scenario's name is user text: Vega draws it as plain text)
    dash: tuple[int, ...] = ()
    opacity: float = 1.0
    width: float = 2.5


# Line styles, told apart by dash pattern (colour stays the series): solid current,
# dashed reference, and four more patterns for pinned scenarios.
PIN_DASHES = ((1, 3), (10, 3, 2, 3), (14, 5), (4, 2, 1, 2, 1, 2))
REFERENCE_DASH = (6, 4)
PHASES = "phases"  # dataset of the current scenario's lever schedules (start, end) in epoch ms


def current_line(label: str) -> Line:
    return Line(CURRENT, label)


def reference_line(label: str) -> Line:
    return Line(BASELINE, label, REFERENCE_DASH, 0.65)


def pin_line(k: int, label: str) -> Line:
    """The style of pinned scenario ``k`` (1-based)."""
    return Line(f"pin{k}", label, PIN_DASHES[(k - 1) % len(PIN_DASHES)], 0.9, 2.0)


def dataset_name(chart: str, line: str) -> str:
    return f"{chart}|{line}"


def dashboard_datasets(
    runs: Sequence[tuple[Line, Series]],
    bands: Mapping[str, np.ndarray] | None = None,
    phases: list[tuple[str, str]] | None = None,
    lang: str = "en",
    *,
    bands_later: bool = False,
) -> dict[str, pa.Table]:
    """The data of every chart, in the units its axis names in ``lang``: one long table per
    (chart, line id) with ``date`` (epoch ms),
    ``series`` (index) and ``value``; with ``bands`` (variable → (3, T) p10/p50/p90 on the
    dates of ``runs["current"]``) one more per chart with ``lo``, ``mid``, ``hi``; and the
    ``phases`` table of schedule windows.  ``bands_later``: the band tables with no rows (a
    replay's frames: the lines move, the band of the setting they end on comes with the last).

    Dates go as numbers and series as small integers labelled by the chart's scale, so
    the browser parses nothing per row (it evaluates Vega expressions with an
    interpreter; per-row string work dominated a redraw).
    """
    out: dict[str, pa.Table] = {}
    for line, run in runs:
        ms = _epoch_ms(run["date"])
        for spec in CHARTS:
            n = len(spec.series)
            n_rows = n * len(ms)
            out[dataset_name(spec.key, line.id)] = pa.table(
                {
                    "date": np.tile(ms, n),
                    "series": np.repeat(np.arange(n, dtype=np.int8), len(ms)),
                    "value": np.concatenate([run[var][: len(ms)] * chart_scale(spec, lang) for var, _ in spec.series]),
                    # the scenario's name, dictionary-encoded: one string, not one per row
                    "scenario": pa.DictionaryArray.from_arrays(np.zeros(n_rows, dtype=np.int8), [line.label]),
                }
            )
    if bands_later:
        for spec in CHARTS:
            out[dataset_name(spec.key, "band")] = pa.table(
                {
                    "date": pa.array([], pa.int64()),
                    "series": pa.array([], pa.int8()),
                    **{k: pa.array([], pa.float64()) for k in ("lo", "mid", "hi")},
                }
            )
    elif bands is not None:
        ms = _epoch_ms(dict((ln.id, r) for ln, r in runs)[CURRENT]["date"])
        for spec in CHARTS:
            n = len(spec.series)
            q = np.concatenate([bands[var][:, : len(ms)] * chart_scale(spec, lang) for var, _ in spec.series], axis=1)
            out[dataset_name(spec.key, "band")] = pa.table(
                {
                    "date": np.tile(ms, n),
                    "series": np.repeat(np.arange(n, dtype=np.int8), len(ms)),
                    "lo": q[0],
                    "mid": q[1],
                    "hi": q[2],
                }
            )
    rows = phases or []
    out[PHASES] = pa.table(
        {
            "start": _epoch_ms(np.array([r[0] for r in rows], dtype="datetime64[ms]")),
            "end": _epoch_ms(np.array([r[1] for r in rows], dtype="datetime64[ms]")),
        }
    )
    return out


def chart_scale(spec: ChartSpec, lang: str) -> float:
    """From a variable's model unit to the unit its axis names in ``lang`` (``ui.texts.unit_factor``)."""
    return spec.scale * unit_factor(spec.axis, lang)


def _epoch_ms(dates: np.ndarray) -> np.ndarray:
    return np.asarray(dates, dtype="datetime64[ms]").astype(np.float64)


def line_chart(
    *,
    spec: ChartSpec,
    lines: tuple[Line, ...],
    bands: bool = False,
    phases: bool = False,
    lang: str = "en",
    width: int = 320,
    height: int = 220,
) -> alt.LayerChart:
    """One chart of the dashboard, without data: the schedule windows shaded, the
    uncertainty band of the current scenario (optional), then one line layer per
    scenario (``lines`` drawn in reverse, so the first is on top); a colour per series,
    a dash pattern per scenario.  Reads the named datasets of ``dashboard_datasets``.
    """
    labels = [t(label, lang) for _, label in spec.series]
    # series index → label, in the legend (a handful of evaluations, not per row)
    label_expr = "[" + ",".join(repr(x) for x in labels) + "][datum.value]"
    color = alt.Color(
        "series:O",
        title=None,
        scale=alt.Scale(domain=list(range(len(labels))), range=[SERIES_COLOURS[key] for _, key in spec.series]),
        legend=alt.Legend(
            orient="bottom", direction="horizontal", columns=2, labelLimit=200, labelExpr=label_expr, symbolOpacity=1
        )
        if len(labels) > 1
        else None,
    )
    x = alt.X("date:T", title=None, axis=alt.Axis(format="%Y", labelAngle=0, tickCount="year"))
    # Dates arrive as epoch milliseconds: nothing for the browser to parse per row.
    no_parse = {"parse": {"date": None}}
    layers: list[Any] = [
        alt.Chart(alt.NamedData(name=PHASES)).mark_rect(color="#000000", opacity=0.07).encode(x=alt.X("start:T"), x2="end:T"),
        alt.Chart(alt.NamedData(name=PHASES)).mark_rule(color="#555555", strokeDash=[2, 2]).encode(x=alt.X("start:T")),
    ]
    if not phases:
        layers = []
    if bands:
        # (an explicit no-parse here trips Vega-Lite's area mark: "Illegal format pattern: date:null")
        band = alt.Chart(alt.NamedData(name=dataset_name(spec.key, "band")))
        layers.append(band.mark_area(opacity=0.18).encode(x=x, y=alt.Y("lo:Q"), y2="hi:Q", color=color))
        layers.append(band.mark_line(strokeWidth=1, opacity=0.8, strokeDash=[1, 1]).encode(x=x, y="mid:Q", color=color))
    dash_legend = alt.Legend(
        title=None,
        orient="top",
        direction="horizontal",
        symbolStrokeColor="#444",
        symbolType="stroke",
        symbolSize=900,
        symbolStrokeWidth=2.5,
        labelLimit=260,
    )
    dash_scale = alt.Scale(domain=[ln.label for ln in lines], range=[list(ln.dash) or [1, 0] for ln in lines])
    for line in reversed(lines):
        layers.append(
            alt.Chart(alt.NamedData(name=dataset_name(spec.key, line.id), format=no_parse))
            .mark_line(strokeWidth=line.width, opacity=line.opacity)
            .encode(
                x=x,
                y=alt.Y("value:Q", title=t(spec.axis, lang), scale=alt.Scale(zero=False)),
                color=color,
                strokeDash=alt.StrokeDash("scenario:N", legend=dash_legend, scale=dash_scale),
                tooltip=[
                    alt.Tooltip("date:T", format="%Y-%m", title=t("ax_date", lang)),
                    alt.Tooltip("value:Q", format=",.2f", title=line.label + " · " + t(spec.axis, lang)),
                ],
            )
        )
    chart = alt.layer(*layers, title=alt.TitleParams(t(spec.key, lang), anchor="start", offset=6, fontSize=15))
    return cast(alt.LayerChart, chart.properties(width=width, height=height))


def dashboard(
    *,
    lines: tuple[Line, ...],
    bands: bool = False,
    phases: bool = False,
    lang: str = "en",
    width: int = 320,
    height: int = 220,
) -> alt.ConcatChart:
    """Every chart in a grid of two columns (one element, one message per rerun)."""
    grid = alt.concat(
        *(line_chart(spec=s, lines=lines, bands=bands, phases=phases, lang=lang, width=width, height=height) for s in CHARTS),
        columns=2,
        spacing=28,
    )
    grid = grid.resolve_scale(color="independent", y="independent", strokeDash="shared")
    return cast(alt.ConcatChart, grid.resolve_legend(color="independent", strokeDash="shared"))


def dashboard_spec(
    lines: tuple[Line, ...],
    bands: bool = False,
    phases: bool = False,
    lang: str = "en",
    width: int = 320,
) -> dict[str, object]:
    """The Vega-Lite dict of ``dashboard`` (validated by Altair once per set of lines),
    data left out: the app adds ``datasets`` (``dashboard_datasets``) on each rerun.
    ``phases``: shade the schedule windows (only when there are schedules).  Meeting mode draws
    no grid: its two large charts are the live panel's (``ui.live``)."""
    out: dict[str, object] = dashboard(lines=lines, bands=bands, phases=phases, lang=lang, width=width).to_dict()
    out.pop("datasets", None)
    return out


def tornado_chart(frame: pd.DataFrame, base: float, kpi: str, lang: str = "en", *, zero: bool = False) -> alt.LayerChart:
    """Swing of a KPI from each uncertain assumption at its low and high value, widest first.

    ``frame``: columns name, low, high (the KPI at the assumption's low and high value),
    range (the assumption's low–high as text).  ``zero``: an effect's tornado: a dashed
    vermillion rule at 0 (a bar that crosses it holds a flip of the answer).
    """
    order = list(frame["name"])
    y = alt.Y("name:N", sort=order, title=None, axis=alt.Axis(labelLimit=220))
    long = frame.melt(id_vars=["name", "range"], value_vars=["low", "high"], var_name="end", value_name="kpi")
    long["end"] = long["end"].map({"low": t("at_low", lang), "high": t("at_high", lang)})
    long["base"] = base
    bars = (
        alt.Chart(long)
        .mark_bar(height=14)
        .encode(
            y=y,
            x=alt.X("base:Q", title=kpi, scale=alt.Scale(zero=False)),
            x2="kpi:Q",
            color=alt.Color(
                "end:N",
                title=None,
                scale=alt.Scale(domain=[t("at_low", lang), t("at_high", lang)], range=[PALETTE[0], PALETTE[1]]),
                legend=alt.Legend(orient="bottom", labelLimit=240, columns=1),
            ),
            tooltip=[
                alt.Tooltip("name:N", title=t("assumption", lang)),
                alt.Tooltip("range:N", title=t("tested_range", lang)),
                alt.Tooltip("end:N", title=" "),
                alt.Tooltip("kpi:Q", format=",.3f", title=kpi),
            ],
        )
    )
    rule = alt.Chart(pd.DataFrame({"base": [base]})).mark_rule(color="#000000").encode(x="base:Q")
    layers: list[Any] = [bars, rule]
    if zero:
        layers.append(
            alt.Chart(pd.DataFrame({"zero": [0.0]})).mark_rule(color=PALETTE[1], strokeDash=[4, 3], size=2).encode(x="zero:Q")
        )
    return cast(alt.LayerChart, alt.layer(*layers).properties(height=alt.Step(26)))


def policy_map_chart(grid: pd.DataFrame, here: pd.DataFrame, x_title: str, y_title: str, kpi: str) -> alt.LayerChart:
    """Heatmap of a KPI over two levers (``grid``: x, y, value in display units), the current
    setting ringed; a click selects a cell (Streamlit returns its x and y)."""
    cell = alt.selection_point(name="cell", fields=["x", "y"], on="click", clear=False)
    heat = (
        alt.Chart(grid)
        .mark_rect()
        .encode(
            x=alt.X("x:O", title=x_title, axis=alt.Axis(labelAngle=0, labelOverlap=False, values=_every(grid["x"], 6))),
            y=alt.Y("y:O", title=y_title, sort="descending", axis=alt.Axis(labelOverlap=False, values=_every(grid["y"], 5))),
            color=alt.Color("value:Q", title=kpi, scale=alt.Scale(scheme="viridis"), legend=alt.Legend(orient="right")),
            stroke=alt.condition(cell, alt.value("#ffffff"), alt.value(None)),
            tooltip=[
                alt.Tooltip("x:Q", title=x_title),
                alt.Tooltip("y:Q", title=y_title),
                alt.Tooltip("value:Q", format=",.3f", title=kpi),
            ],
        )
        .add_params(cell)
    )
    mark = (
        alt.Chart(here)
        .mark_point(shape="circle", size=160, filled=False, strokeWidth=3, color="#ff0000")
        .encode(x="x:O", y=alt.Y("y:O", sort="descending"))
    )
    return cast(alt.LayerChart, alt.layer(heat, mark).properties(width=460, height=380))


def _every(values: pd.Series, n: int) -> list[float]:
    """Every ``n``-th distinct value (axis labels for a dense grid)."""
    distinct = sorted(set(values.tolist()))
    return distinct[::n] + ([distinct[-1]] if (len(distinct) - 1) % n else [])
