"""The analysis view: which uncertain assumption matters most (tornado) and a KPI over two levers (policy map).

Clicking a cell of the policy map moves the two levers there (``on_map_click``).
"""

from __future__ import annotations

import math
from typing import Literal

import numpy as np
import pandas as pd
import streamlit as st

from model.analysis import TornadoBar
from model.kpis import EFFECTS, KPI_BY_KEY
from model.registry import PARAM_BY_NAME, Param
from model.scenario import Scenario

from .. import guard
from .. import urlstate as us
from ..cards import kpi_label
from ..charts import policy_map_chart, tornado_chart
from ..guard import EFFECT_KEYS, KPI_KEYS, MAP_DEFAULTS, MAP_LEVERS
from ..model_cache import pack, run_effect_tornado, run_policy_map, run_tornado, sched_key
from ..state import lang
from ..texts import field_text, label, md_escape, said, shown_factor, shown_unit, t, unit_factor


@guard.guarded
def on_map_click() -> None:
    """A clicked policy-map cell moves the two levers there.  The cell is the client's word: a
    point that is not two finite numbers moves nothing, and each is held to its lever's range."""
    event = st.session_state.get("policy_map")
    selection = getattr(event, "selection", None) if event is not None else None
    points = selection.get("cell") if isinstance(selection, dict) else None
    point = points[0] if isinstance(points, list) and points else None
    if not isinstance(point, dict):
        return
    moves = {}
    for key, field in (("map_x", "x"), ("map_y", "y")):
        p = PARAM_BY_NAME[st.session_state.get(key, MAP_DEFAULTS[key])]
        raw = point.get(field)
        if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
            name = label(p, lang())
            guard.refuse(name, raw, "not_a_cell", {})
            return
        lo, hi, step = us.display_range(p)
        shown = min(hi, max(lo, float(raw) / shown_factor(p.shown_unit, lang())))  # the axis counts as the page does
        moves[p.name] = us.snap_display(p, min(hi, max(lo, round(shown / step) * step)))
    st.session_state.update(moves)


def shown_range(name: str, low: float, high: float, lg: str) -> str:
    """An assumption's tested low–high in display units, e.g. ``3–18 months``."""
    p = PARAM_BY_NAME[name]
    lo, hi = (said(us.to_display(p, v), p.shown_unit, lg) for v in (low, high))
    return f"{lo}–{hi} {shown_unit(p.shown_unit, lg)}"


def axis_title(p: Param, lg: str) -> str:
    """A policy-map axis: the lever's label and its display unit, e.g. ``Commission (%)``."""
    return f"{label(p, lg)} ({shown_unit(p.shown_unit, lg)})"


def effect_tornado_panel(sc: Scenario, horizon: int, lg: str) -> None:
    """What moves the preset's answer: the tornado of one headline effect against its counterfactual,
    with a rule at 0 (a bar crossing it is a flip), and the flips of that effect in words."""
    keep: Literal["session"] = "session"
    effect = st.selectbox(
        t("an_effect", lg), EFFECT_KEYS, format_func=lambda k: effect_label(k, lg), key="an_effect", persist_state=keep
    )
    effect = guard.kept("an_effect", effect)
    bars = run_effect_tornado(sc.name, pack(sc.params), sched_key(sc.schedules), effect, horizon)
    title = field_text(sc.counterfactual_scenario(), "title", lg)
    st.markdown(f"**{t('effect_tornado', lg, cf=md_escape(title))}**")
    st.caption(t("effect_tornado_help", lg, h=horizon))
    crossing = [b for b in bars if min(b.kpi_low, b.kpi_high, b.kpi_base) < 0 < max(b.kpi_low, b.kpi_high, b.kpi_base)]
    k = next(e for e in EFFECTS if e.key == effect)
    f = unit_factor("u_" + k.unit, lg)
    frame = _tornado_frame(bars, lg, f)
    name = effect_label(effect, lg)
    alt_text = t("effect_tornado_alt", lg, effect=name, n=len(crossing))
    base = f * bars[0].kpi_base if bars else 0.0
    st.altair_chart(tornado_chart(frame, base, name, lg, zero=True), width="stretch", alt=alt_text)


def _tornado_frame(bars: list[TornadoBar], lg: str, f: float = 1.0) -> pd.DataFrame:
    """The tornado's bars, the KPI in the unit its label names (``f``: ``ui.texts.unit_factor``)."""
    return pd.DataFrame(
        [
            {
                "name": label(PARAM_BY_NAME[b.name], lg),
                "low": f * b.kpi_low,
                "high": f * b.kpi_high,
                "range": shown_range(b.name, b.low, b.high, lg),
            }
            for b in bars
        ]
    )


def effect_label(key: str, lg: str) -> str:
    """An effect's label with its unit: ``Δ Cumulative profit from month 0 (RMB bn)``."""
    k = next(e for e in EFFECTS if e.key == key)
    unit = t("u_pp", lg) if k.unit == "percent" else t("u_" + k.unit, lg)
    return f"Δ {label(k, lg)} ({unit})"


def tornado_panel(bars: list[TornadoBar], kpi: str, horizon: int, lg: str) -> None:
    st.markdown(f"**{t('tornado', lg)}**")
    st.caption(t("tornado_help", lg, h=horizon))
    f = unit_factor("u_" + KPI_BY_KEY[kpi].unit, lg)
    frame = _tornado_frame(bars, lg, f)
    base = f * bars[0].kpi_base if bars else 0.0
    top = bars[0] if bars else None
    summary = (
        t(
            "tornado_alt",
            lg,
            kpi=kpi_label(kpi, lg),
            name=label(PARAM_BY_NAME[top.name], lg),
            lo=f"{f * top.kpi_low:,.3f}",
            hi=f"{f * top.kpi_high:,.3f}",
        )
        if top
        else ""
    )
    st.altair_chart(tornado_chart(frame, base, kpi_label(kpi, lg), lg), width="stretch", alt=summary)


def policy_map_panel(sc: Scenario, kpi: str, horizon: int, lg: str) -> None:
    keep: Literal["session"] = "session"
    st.markdown(f"**{t('policy_map', lg)}**")
    x, y = (
        guard.kept(
            key,
            col.selectbox(
                t(key, lg),
                MAP_LEVERS,
                index=MAP_LEVERS.index(default),
                key=key,
                format_func=lambda n: label(PARAM_BY_NAME[n], lg),
                persist_state=keep,
            ),
        )
        for col, (key, default) in zip(st.columns(2), MAP_DEFAULTS.items(), strict=True)
    )
    if x == y:
        st.warning(t("map_same", lg))
        return
    pm = run_policy_map(sc.name, pack(sc.params), sched_key(sc.schedules), x, y, kpi, horizon)
    px, py = PARAM_BY_NAME[x], PARAM_BY_NAME[y]
    fx, fy = shown_factor(px.shown_unit, lg), shown_factor(py.shown_unit, lg)  # 亿元 in Chinese
    xs = [round(fx * us.to_display(px, v), 4) for v in pm.xs]
    gx, gy = np.meshgrid(xs, [round(fy * us.to_display(py, v), 4) for v in pm.ys])
    f = unit_factor("u_" + KPI_BY_KEY[kpi].unit, lg)
    grid = pd.DataFrame({"x": gx.ravel(), "y": gy.ravel(), "value": f * pm.values.ravel()})
    here = pd.DataFrame({"x": [fx * us.to_display(px, sc.params[x])], "y": [fy * us.to_display(py, sc.params[y])]})
    best = grid.iloc[int(np.argmax(grid["value"].to_numpy()))]
    bx, by = f"{best['x']:g}", f"{best['y']:g}"
    st.caption(t("map_help", lg, h=horizon, kpi=kpi_label(kpi, lg), bx=bx, by=by, best=f"{best['value']:,.2f}"))
    st.altair_chart(
        alt=t("map_alt", lg, kpi=kpi_label(kpi, lg), x=label(px, lg), y=label(py, lg), bx=bx, by=by),
        altair_chart=policy_map_chart(grid, here, axis_title(px, lg), axis_title(py, lg), kpi_label(kpi, lg)),
        on_select=on_map_click,
        selection_mode="cell",
        key="policy_map",
        width="content",
    )


def analysis_view(sc: Scenario, horizon: int, lg: str) -> None:
    """Which assumption matters most (tornado), and where in the policy space a KPI is best (map)."""
    keep: Literal["session"] = "session"
    row = st.container(horizontal=True)
    kpi = row.selectbox(t("an_kpi", lg), KPI_KEYS, format_func=lambda k: kpi_label(k, lg), key="an_kpi", persist_state=keep)
    kpi = guard.kept("an_kpi", kpi)
    left, right = st.columns([1, 1.25], gap="large")
    bars = run_tornado(sc.name, pack(sc.params), sched_key(sc.schedules), kpi, horizon)
    with left:
        if sc.counterfactual is not None:  # a question: what moves its answer, then the KPI's level
            effect_tornado_panel(sc, horizon, lg)
        tornado_panel(bars, kpi, horizon, lg)
    with right:
        policy_map_panel(sc, kpi, horizon, lg)
