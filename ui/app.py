"""The explorer page: controls from the registry, KPI cards, charts, share link, files."""

from __future__ import annotations

import functools
import math
import time
from dataclasses import dataclass, replace
from typing import Literal

import altair as alt
import numpy as np
import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

import model
from model.analysis import PolicyMap, TornadoBar, monte_carlo, policy_map, tornado
from model.core import integrate
from model.errors import InputError
from model.kpis import KPI_BY_KEY, Kpi, KpiValue, compare_kpis
from model.loops import LOOPS, loop_changes
from model.output import month_dates, run, to_csv
from model.params import Params
from model.reference import BOUNDARY, calibration_rows
from model.reference import markdown as reference_markdown
from model.registry import GROUP_LABELS, PARAM_BY_NAME, PARAMETERS, Param
from model.scenario import Scenario, load_text, to_toml
from model.schedule import Schedule

from . import urlstate as us
from .charts import (
    CHARTS,
    CURRENT,
    MEETING_CHARTS,
    Line,
    current_line,
    dashboard_datasets,
    dashboard_spec,
    pin_line,
    policy_map_chart,
    reference_line,
    tornado_chart,
)
from .cld import change_text, loop_title
from .cld import dot as cld_dot
from .texts import error_text, t

LEVERS = tuple(p for p in PARAMETERS if p.ui == "lever")
ADVANCED = tuple(p for p in PARAMETERS if p.ui == "advanced")
SHOWN = LEVERS + ADVANCED
# Always on screen and bound to the URL by Streamlit: the three levers a meeting drives.
MAIN_LEVERS = tuple(p for p in LEVERS if p.name in ("commission", "fairness", "subsidy_bn_per_year"))
# The subsidy's timing, budget and split: one click away, in a panel built only while open.
DESIGN = tuple(p for p in LEVERS if p not in MAIN_LEVERS)
# Script-managed sliders (session state, written to the URL by ``sync_url``), by panel key.
PANELS = {"design_open": DESIGN, "advanced_open": ADVANCED}
MANAGED = DESIGN + ADVANCED
SCHEDULABLE = tuple(p for p in LEVERS if p.schedulable)
MC_DRAWS, MC_SEED = 200, 20251122
REPLAY_PAUSE = 0.08  # seconds between replay frames
SUBSIDY_SPLIT = ("subsidy_share_smb", "subsidy_share_head", "subsidy_share_logistics", "subsidy_share_coupons")


# ------------------------------------------------------------------ model, cached
@functools.cache
def presets() -> dict[str, Scenario]:
    """The preset library, read once per process (files under scenarios/; immutable)."""
    return {s.name: s for s in model.presets()}


def series(preset: str, params: Params, schedules: tuple[Schedule, ...], months: int) -> dict[str, np.ndarray]:
    """One run as variable → monthly values (plus ``date``), from the cache when seen before."""
    # The cache key is the frozen parameter values packed as float64 bytes: exact (bit for
    # bit) and hashed in one step, where a tuple of 88 floats costs st.cache_data ~3 ms.
    return run_series(preset, pack(params), sched_key(schedules), months)


def pack(params: Params) -> bytes:
    return np.asarray(params.values, dtype=np.float64).tobytes()


def unpack(values: bytes) -> Params:
    return Params(tuple(np.frombuffer(values, dtype=np.float64).tolist()))


def sched_key(schedules: tuple[Schedule, ...]) -> str:
    """Schedules as exact canonical text (model units; order-free across levers), for cache keys."""
    return ";".join(sorted(s.to_text() for s in schedules))


def unsched(key: str) -> tuple[Schedule, ...]:
    return tuple(Schedule.parse(x) for x in key.split(";") if x)


@st.cache_data(max_entries=512, show_spinner=False)
def run_series(preset: str, values: bytes, schedules: str, months: int) -> dict[str, np.ndarray]:
    """One run keyed by the preset, the packed parameter values, the schedules and the horizon."""
    sc = presets()[preset]
    raw = integrate(unpack(values), reference=sc.state, schedules=unsched(schedules), months=months, dt=model.DT)
    out = {v: np.ascontiguousarray(a[:, 0]) for v, a in raw.data.items()}
    out["date"] = dates(sc.start, months + 1)
    return out


@st.cache_data(max_entries=128, show_spinner=False)
def run_bands(preset: str, values: bytes, schedules: str, months: int) -> dict[str, np.ndarray]:
    """p10/p50/p90 of every variable over the uncertain assumptions (seeded: same link, same bands)."""
    sc = replace(presets()[preset], params=unpack(values), schedules=unsched(schedules))
    return dict(monte_carlo(sc, months=months, draws=MC_DRAWS, seed=MC_SEED).data)


@functools.cache
def dates(start: str, n: int) -> np.ndarray:
    """The month dates of a run (read-only, shared)."""
    out = np.array(month_dates(start, n))
    out.flags.writeable = False
    return out


def scenario_for(preset: str, params: Params, schedules: tuple[Schedule, ...] | None = None) -> Scenario:
    """The preset with the run parameters ``params`` and ``schedules`` (default: the
    preset's own); its reference state unchanged."""
    base = presets()[preset]
    if schedules is None or sched_key(tuple(schedules)) == sched_key(base.schedules):
        schedules = base.schedules  # the preset's own, in its file order (as the command line writes them)
    return replace(base, params=params, schedules=tuple(schedules))


# ------------------------------------------------------------------ state
def lang() -> str:
    """The page language (``lang=zh`` in the URL)."""
    return "zh" if st.query_params.get(us.LANG_KEY) == "zh" else "en"


def on_lang_change() -> None:
    """Switch the language: only the ``lang`` key of the URL changes; the scenario stays."""
    if st.session_state.get("lang_choice") == "zh":
        st.query_params[us.LANG_KEY] = "zh"
    elif us.LANG_KEY in st.query_params:
        del st.query_params[us.LANG_KEY]
    # Choice widgets send their option back as its *shown* text, which the switch changes:
    # re-set their values so the page receives them in the new language.
    for key in ("preset", "view", "an_kpi", "map_x", "map_y", "ref_choice"):
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def label(p: Param, lg: str) -> str:
    return p.label_zh if lg == "zh" else p.label_en


def help_text(p: Param, lg: str) -> str:
    text = p.help_zh if lg == "zh" else p.help_en
    lo, hi, _ = us.display_range(p)
    return f"{text} ({lo:g}–{hi:g} {p.shown_unit})"


def set_widgets_to(preset: str) -> None:
    """Move every parameter slider, and the schedules, to the preset's."""
    params = presets()[preset].params
    for p in SHOWN:
        st.session_state[p.name] = us.to_display(p, params[p.name])
    set_schedules_to(presets()[preset].schedules, params)


# ------------------------------------------------------------------ schedules (one per lever in the UI)
def set_schedules_to(schedules: tuple[Schedule, ...], params: Params) -> None:
    by_lever = {s.param: s for s in reversed(schedules)}  # the first of each lever
    for p in SCHEDULABLE:
        s = by_lever.get(p.name)
        st.session_state[f"ph_{p.name}"] = s is not None
        st.session_state[f"ph_{p.name}_value"] = us.to_display(p, s.value if s else params[p.name])
        st.session_state[f"ph_{p.name}_at"] = int(s.at_month) if s else 12
        st.session_state[f"ph_{p.name}_ramp"] = int(s.ramp_months) if s else 0


def current_schedules() -> tuple[Schedule, ...]:
    """The schedules set in the time-phasing panel (kept in session state while it is closed)."""
    out = []
    for p in SCHEDULABLE:
        if st.session_state.get(f"ph_{p.name}"):
            out.append(
                Schedule(
                    param=p.name,
                    value=us.from_display(p, float(st.session_state[f"ph_{p.name}_value"])),
                    at_month=float(st.session_state[f"ph_{p.name}_at"]),
                    ramp_months=float(st.session_state[f"ph_{p.name}_ramp"]),
                )
            )
    return tuple(out)


def phase_panel(preset: Scenario, lg: str) -> None:
    """Optional schedules: each lever can move to a new value from a month, stepwise or over a ramp."""
    # A constant title: Streamlit remounts (and closes) an expander whose label changes.
    box = st.expander(t("phasing", lg), key="phase_open", on_change="rerun")
    if not box.open:
        return
    with box:
        st.caption(t("phasing_help", lg))
        for p in SCHEDULABLE:
            keep: Literal["session"] = "session"
            on = st.toggle(t("phase_lever", lg, lever=label(p, lg)), key=f"ph_{p.name}", persist_state=keep)
            if on:
                lo, hi, step = us.display_range(p)
                st.slider(t("phase_to", lg), lo, hi, step=step, key=f"ph_{p.name}_value", persist_state=keep)
                st.slider(t("phase_at", lg), 0, 120, key=f"ph_{p.name}_at", persist_state=keep)
                st.slider(t("phase_ramp", lg), 0, 60, key=f"ph_{p.name}_ramp", help=t("phase_ramp_help", lg), persist_state=keep)


def on_preset_change() -> None:
    set_widgets_to(st.session_state["preset"])


def on_reset_preset() -> None:
    set_widgets_to(st.session_state["preset"])


def on_reset_all() -> None:
    st.session_state["preset"] = us.DEFAULT_PRESET
    st.session_state["horizon"] = us.DEFAULT_HORIZON
    st.session_state["view"] = us.VIEWS[0]
    st.session_state["pins"] = []
    st.session_state["ref"] = 0
    st.session_state["bands"] = True
    set_widgets_to(us.DEFAULT_PRESET)


def first_run() -> None:
    """Once per session: read the link, remember what could not be used, seed the controls."""
    query = st.query_params.to_dict()
    link = us.read_link(query, presets())
    st.session_state["url_issues"] = list(link.issues)
    st.session_state["preset"] = link.preset
    st.session_state["horizon"] = link.horizon
    st.session_state["view"] = link.view
    st.session_state["bands"] = link.bands
    st.session_state["meeting"] = link.meeting
    for p in MANAGED:
        if p.name in link.values:
            st.session_state[p.name] = us.to_display(p, link.values[p.name])
    set_schedules_to(link.schedules, presets()[link.preset].params)
    st.session_state["pins"] = list(link.pins)
    st.session_state["ref"] = link.ref
    shown = {p.name for p in SHOWN}
    for key in list(query):
        if key not in us.META_KEYS and key not in shown:
            del st.query_params[key]  # unknown or not adjustable here: reported, then dropped
    st.session_state["initialised"] = True


def sync_url(preset: str, params: Params, schedules: tuple[Schedule, ...], horizon: int, view: str) -> None:
    """Write the script-managed keys (the bound lever sliders write their own)."""
    want = {us.PRESET_KEY: preset, us.VERSION_KEY: model.__version__}
    want |= extra_query(preset, schedules)
    diff = params.diff(presets()[preset].params)
    for p in MANAGED:
        if p.name in diff:
            want[p.name] = us.format_display(p, us.to_display(p, diff[p.name]))
    if horizon != us.DEFAULT_HORIZON:
        want[us.HORIZON_KEY] = str(horizon)
    if view != us.VIEWS[0]:
        want[us.VIEW_KEY] = view
    managed = (
        us.BANDS_KEY,
        us.MEETING_KEY,
        us.PRESET_KEY,
        us.HORIZON_KEY,
        us.VIEW_KEY,
        us.VERSION_KEY,
        us.SCHEDULE_KEY,
        us.REF_KEY,
        *us.PIN_KEYS,
    )
    for key in (*managed, *(p.name for p in MANAGED)):
        if key in want and st.query_params.get(key) != want[key]:
            st.query_params[key] = want[key]
        elif key not in want and key in st.query_params:
            del st.query_params[key]


def extra_query(preset: str, schedules: tuple[Schedule, ...]) -> dict[str, str]:
    """The URL entries beyond the parameters: schedules that differ from the preset's, pins, reference."""
    out: dict[str, str] = {}
    if sched_key(schedules) != sched_key(presets()[preset].schedules):
        out[us.SCHEDULE_KEY] = us.encode_schedules(schedules) or "none"
    for key, pin in zip(us.PIN_KEYS, pins(), strict=False):
        out[key] = us.encode_pin(pin, presets()[pin.preset].params)
    if st.session_state.get("ref", 0):
        out[us.REF_KEY] = str(st.session_state["ref"])
    if not st.session_state.get("bands", True):
        out[us.BANDS_KEY] = "0"
    if st.session_state.get("meeting", False):
        out[us.MEETING_KEY] = "1"
    return out


def pins() -> list[us.Pin]:
    return list(st.session_state.get("pins", []))


# ------------------------------------------------------------------ undo, redo, replay
HISTORY_MAX = 50
State = tuple[str, bytes, str]  # (preset, packed parameter values, schedules key)


def record(state: State) -> None:
    """Remember each new setting once (a new change after an undo drops the redo branch)."""
    history: list[State] = st.session_state.setdefault("history", [])
    k = int(st.session_state.get("history_at", -1))
    if 0 <= k < len(history) and history[k] == state:
        return
    del history[k + 1 :]
    history.append(state)
    del history[:-HISTORY_MAX]
    st.session_state["history_at"] = len(history) - 1


def apply_state(state: State) -> None:
    """Move every control to a remembered setting."""
    preset, values, sched = state
    params = unpack(values)
    st.session_state["preset"] = preset
    for p in SHOWN:
        st.session_state[p.name] = us.to_display(p, params[p.name])
    set_schedules_to(unsched(sched), params)


def on_undo() -> None:
    k = int(st.session_state.get("history_at", 0))
    if k > 0:
        st.session_state["history_at"] = k - 1
        apply_state(st.session_state["history"][k - 1])


def on_redo() -> None:
    k = int(st.session_state.get("history_at", 0))
    history = st.session_state.get("history", [])
    if k + 1 < len(history):
        st.session_state["history_at"] = k + 1
        apply_state(history[k + 1])


def on_replay() -> None:
    st.session_state["replay"] = True


def replay_frames(n: int = 12) -> list[Params]:
    """Parameter sets from the previous setting to the current one (same preset), for replay."""
    history: list[State] = st.session_state.get("history", [])
    k = int(st.session_state.get("history_at", -1))
    if k < 1 or history[k - 1][0] != history[k][0]:
        return []
    a = np.frombuffer(history[k - 1][1], dtype=np.float64)
    b = np.frombuffer(history[k][1], dtype=np.float64)
    return [Params(tuple((a + (b - a) * (i / n)).tolist())) for i in range(1, n)]


def action_row(lg: str) -> DeltaGenerator:
    """Undo, redo, replay, meeting mode and bands in one row (returned: the app adds share and files)."""
    history = st.session_state.get("history", [])
    k = int(st.session_state.get("history_at", -1))
    row = st.container(horizontal=True, vertical_alignment="center", gap="small")
    row.button(t("undo", lg), on_click=on_undo, disabled=k < 1, icon=":material/undo:", key="undo")
    row.button(t("redo", lg), on_click=on_redo, disabled=k + 1 >= len(history), icon=":material/redo:", key="redo")
    row.button(
        t("replay", lg), on_click=on_replay, disabled=k < 1, icon=":material/replay:", key="replay_btn", help=t("replay_help", lg)
    )
    row.toggle(t("meeting", lg), key="meeting", help=t("meeting_help", lg))
    row.toggle(t("bands", lg), key="bands", help=t("bands_help", lg, n=MC_DRAWS))
    return row


# ------------------------------------------------------------------ controls
def slider(p: Param, default: float, lg: str, *, bound: bool = True) -> float:
    """A slider for ``p`` in display units, keyed by the parameter's name.

    ``bound``: Streamlit syncs it with the URL (the default is the preset value, so
    the URL holds only changes).  Unbound sliders keep their value in session state
    (no ``value=``), which survives reruns while a collapsed expander hides them.
    """
    lo, hi, step = us.display_range(p)
    decimals = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    fmt = f"%.{decimals}f" + ("%%" if p.display_unit == "%" else "")
    if not bound and p.name not in st.session_state:
        st.session_state[p.name] = us.to_display(p, default)
    value = st.slider(
        label(p, lg),
        min_value=lo,
        max_value=hi,
        value=us.to_display(p, default) if bound else None,
        step=step,
        format=fmt,
        key=p.name,
        help=help_text(p, lg),
        bind="query-params" if bound else None,
        persist_state=None if bound else "session",
    )
    return us.snap_display(p, float(value))  # a bound slider takes a link's value as typed: same precision as the check


def panel(key: str, title: str, preset: Scenario, lg: str, caption: str = "") -> dict[str, float]:
    """A collapsible group of script-managed sliders, built only while open (most reruns skip it).

    The values live in session state either way (the page's "changed" line names any
    that differ from the preset). The title stays constant: Streamlit remounts, and so
    closes, an expander whose label changes.
    """
    params = PANELS[key]
    values = {p.name: float(st.session_state.setdefault(p.name, us.to_display(p, preset.params[p.name]))) for p in params}
    box = st.expander(title, key=key, on_change="rerun")
    if not box.open:
        return values
    with box:
        if caption:
            st.caption(caption)
        group = ""
        for p in params:
            if p.group != group and len({q.group for q in params}) > 1:
                en, zh = GROUP_LABELS[p.group]
                st.markdown(f"**{zh if lg == 'zh' else en}**")
            if p.name == SUBSIDY_SPLIT[0]:
                st.markdown(f"**{t('subsidy_split', lg)}**")
            group = p.group
            values[p.name] = slider(p, preset.params[p.name], lg, bound=False)
    return values


def controls(preset: Scenario, lever_box: DeltaGenerator | None = None) -> Params:
    """The sidebar: preset picker, levers, advanced assumptions, resets. Returns the run parameters."""
    lg = lang()
    sb = st.sidebar
    names = list(presets())
    st.session_state["lang_choice"] = lg
    sb.segmented_control(
        "Language / 语言",
        ["en", "zh"],
        key="lang_choice",
        format_func=lambda code: {"en": "English", "zh": "中文"}[code],
        on_change=on_lang_change,
        required=True,
        label_visibility="collapsed",
    )
    sb.selectbox(
        t("preset", lg),
        names,
        key="preset",
        format_func=lambda n: presets()[n].title_zh if lg == "zh" else presets()[n].title_en,
        on_change=on_preset_change,
    )
    shown: dict[str, float] = {}
    with sb:
        st.caption(preset.question_zh if lg == "zh" else preset.question_en)
        if lever_box is None:
            st.subheader(t("levers", lg))
            for p in MAIN_LEVERS:
                shown[p.name] = slider(p, preset.params[p.name], lg)
        else:  # meeting mode: the main levers large, across the page
            cols = lever_box.columns(len(MAIN_LEVERS), gap="large")
            for col, p in zip(cols, MAIN_LEVERS, strict=True):
                with col:
                    shown[p.name] = slider(p, preset.params[p.name], lg)
        shown |= panel("design_open", t("subsidy_design", lg), preset, lg)
        phase_panel(preset, lg)
        shown |= panel("advanced_open", t("advanced", lg), preset, lg, caption=t("advanced_help", lg))
        c1, c2 = st.columns(2)
        c1.button(t("reset_preset", lg), on_click=on_reset_preset, width="stretch")
        c2.button(t("reset_all", lg), on_click=on_reset_all, width="stretch")
    changes = {}
    for p in SHOWN:
        if us.to_display(p, preset.params[p.name]) != us.snap_display(p, shown[p.name]):
            changes[p.name] = us.from_display(p, shown[p.name])
    return preset.params.replace(**changes)


# ------------------------------------------------------------------ output
def fmt_number(value: float, unit: str) -> str:
    digits = 2 if abs(value) < 10 else 1 if abs(value) < 1000 else 0
    return f"{value:,.{digits}f}"


def kpi_cards(cards: list[KpiValue], lg: str, *, big: bool = False) -> None:
    row = st.container(horizontal=True, gap="medium" if big else "small")
    for k in cards:
        unit = t("u_" + k.unit, lg)
        delta = None
        if not math.isnan(k.delta):
            d_unit = t("u_pp", lg) if k.unit == "percent" else unit
            delta = f"{k.delta:+,.2f} {d_unit}" if abs(k.delta) < 100 else f"{k.delta:+,.0f} {d_unit}"
        color: Literal["normal", "off"] = "normal" if k.kpi.higher_is_better else "off"
        row.metric(
            f"{kpi_name(k.kpi, lg)} ({unit})",
            fmt_number(k.value, k.unit),
            delta=delta,
            delta_color=color,
            help=(k.kpi.help_zh if lg == "zh" else k.kpi.help_en) or None,
            border=True,
            width="stretch" if big else 190,
        )


# ------------------------------------------------------------------ scenarios on screen
@dataclass(frozen=True, slots=True)
class Entry:
    """A scenario on screen: its line style and label, and what to run."""

    line: Line
    preset: str
    params: Params
    schedules: tuple[Schedule, ...]

    def run(self, months: int) -> dict[str, np.ndarray]:
        return series(self.preset, self.params, self.schedules, months)


def on_screen(preset_name: str, params: Params, schedules: tuple[Schedule, ...], lg: str) -> tuple[Entry, Entry, list[Entry]]:
    """(current, reference, other pinned scenarios): the reference is the preset or a pin."""
    preset = presets()[preset_name]
    current = Entry(current_line(t("current", lg)), preset_name, params, schedules)
    ref_k = int(st.session_state.get("ref", 0))
    reference = Entry(
        reference_line(t("baseline", lg) + ("：" if lg == "zh" else ": ") + (preset.title_zh if lg == "zh" else preset.title_en)),
        preset_name,
        preset.params,
        preset.schedules,
    )
    others = []
    for k, pin in enumerate(pins(), start=1):
        if k == ref_k:
            tag = f"（{t('reference', lg)}）" if lg == "zh" else f" ({t('reference', lg)})"
            reference = Entry(reference_line(pin.name + tag), pin.preset, pin.params, pin.schedules)
        else:
            others.append(Entry(pin_line(k, pin.name), pin.preset, pin.params, pin.schedules))
    return current, reference, others


@functools.lru_cache(maxsize=64)
def cached_dashboard(lines: tuple[Line, ...], bands: bool, phases: bool, lang: str, meeting: bool = False) -> dict[str, object]:
    """The charts are built (and validated) with Altair once per set of lines; reruns only send data."""
    return dashboard_spec(lines, bands=bands, phases=phases, lang=lang, meeting=meeting)


def phase_windows(sc: Scenario, schedules: tuple[Schedule, ...]) -> list[tuple[str, str]]:
    """(start, end) dates of each schedule, for the shaded bands on the charts."""
    out = []
    for s in schedules:
        start = month_dates(sc.start, int(s.at_month) + int(s.ramp_months) + 1)
        out.append((start[int(s.at_month)], start[int(s.at_month) + int(s.ramp_months)]))
    return out


def charts(
    current: Entry,
    reference: Entry,
    others: list[Entry],
    horizon: int,
    bands: bool,
    lg: str,
    *,
    meeting: bool = False,
    frames: list[Params] | None = None,
) -> None:
    """The chart grid (three large charts in meeting mode). ``frames``: replay, drawing the
    current scenario at each of these settings in turn before the final one."""
    only = MEETING_CHARTS if meeting else ()
    spec = dict(
        cached_dashboard((current.line, reference.line, *(e.line for e in others)), bands, bool(current.schedules), lg, meeting)
    )
    box = st.empty()
    for frame in frames or []:
        moving = replace(current, params=frame)
        runs = [
            (current.line, moving.run(horizon)),
            (reference.line, reference.run(horizon)),
            *((e.line, e.run(horizon)) for e in others),
        ]
        band_frame = run_bands(current.preset, pack(frame), sched_key(current.schedules), horizon) if bands else None
        box.vega_lite_chart(
            None,
            spec
            | {
                "datasets": dashboard_datasets(
                    runs, band_frame, phase_windows(presets()[current.preset], current.schedules), only
                )
            },
            width="content",
        )
        time.sleep(REPLAY_PAUSE)
    cur = current.run(horizon)
    runs = [(current.line, cur), (reference.line, reference.run(horizon)), *((e.line, e.run(horizon)) for e in others)]
    band_data = None
    if bands:
        band_data = run_bands(current.preset, pack(current.params), sched_key(current.schedules), horizon)
    # ``spec`` is a shallow copy: the cached spec is shared by every session
    spec["datasets"] = dashboard_datasets(runs, band_data, phase_windows(presets()[current.preset], current.schedules), only)
    end = str(cur["date"][-1])[:7]
    titles = ", ".join(t(c.key, lg) for c in CHARTS)
    box.vega_lite_chart(
        None,
        spec,
        width="content",
        alt=t("chart_alt", lg, title=titles, start=str(cur["date"][0])[:7], end=end),
    )


def table(entries: list[Entry], horizon: int, lg: str) -> None:
    """Every charted series of every scenario on screen, monthly (the charts' text alternative)."""
    names = list(dict.fromkeys(v for spec in CHARTS for v, _ in spec.series))
    first = entries[0].run(horizon)
    cols: dict[str, object] = {"date": first["date"]}
    for e in entries:
        run_ = e.run(horizon)
        suffix = "" if e.line.id == CURRENT else f" ({e.line.label})"
        cols |= {n + suffix: run_[n] for n in names}
    st.caption(t("table_caption", lg))
    st.dataframe(pd.DataFrame(cols), hide_index=True, width="stretch", height=420)


# ------------------------------------------------------------------ pin and compare
def on_pin() -> None:
    sc: Scenario | None = st.session_state.get("scenario")
    current = pins()
    if sc is None or len(current) >= len(us.PIN_KEYS):
        return
    name = us.clean_name(str(st.session_state.get("pin_name", ""))) or f"{t('scenario', lang())} {len(current) + 1}"
    current.append(us.Pin(name=name, preset=sc.name, params=sc.params, schedules=tuple(sc.schedules)))
    st.session_state["pins"] = current
    st.session_state["pin_name"] = ""


def on_unpin(k: int) -> None:
    current = pins()
    del current[k - 1]
    st.session_state["pins"] = current
    ref = int(st.session_state.get("ref", 0))
    st.session_state["ref"] = 0 if ref == k else ref - 1 if ref > k else ref


def on_ref_change() -> None:
    st.session_state["ref"] = int(st.session_state["ref_choice"])


def md_escape(text: str) -> str:
    """User text shown through Markdown: every Markdown/HTML control character escaped."""
    return "".join("\\" + ch if ch in "\\`*_{}[]()<>#+-.!|~$&" else ch for ch in text)


def compare_panel(current: Entry, reference: Entry, others: list[Entry], lg: str) -> None:
    """Pin the current settings under a name; choose the reference; compare KPIs at chosen months."""
    n = len(pins())
    box = st.expander(t("compare", lg), key="compare_open", on_change="rerun", icon=":material/push_pin:")
    if not box.open:
        return
    with box:
        row = st.container(horizontal=True, vertical_alignment="bottom")
        row.text_input(t("pin_name", lg), key="pin_name", max_chars=us.MAX_NAME_CHARS, placeholder=t("pin_placeholder", lg))
        row.button(t("pin", lg), on_click=on_pin, disabled=n >= len(us.PIN_KEYS), icon=":material/push_pin:")
        if n >= len(us.PIN_KEYS):
            st.caption(t("pin_full", lg))
        for k, pin in enumerate(pins(), start=1):
            line = st.container(horizontal=True, vertical_alignment="center")
            changed = len(pin.params.diff(presets()[pin.preset].params)) + len(pin.schedules)
            base_title = presets()[pin.preset].title_en if lg == "en" else presets()[pin.preset].title_zh
            line.markdown(f"**{k}. {md_escape(pin.name)}** · {md_escape(base_title)} · {t('n_changed', lg, n=changed)}")
            line.button(t("unpin", lg), key=f"unpin_{k}", on_click=on_unpin, args=(k,), icon=":material/close:")
        labels = [t("baseline", lg)] + [f"{k}. {p.name}" for k, p in enumerate(pins(), start=1)]
        st.radio(
            t("reference_pick", lg),
            range(len(labels)),
            index=int(st.session_state.get("ref", 0)),
            format_func=lambda i: md_escape(labels[i]),
            key="ref_choice",
            on_change=on_ref_change,
            horizontal=True,
            help=t("reference_help", lg),
        )
        months = st.multiselect(t("compare_months", lg), us.HORIZONS, default=[12, 36, 72], key="cmp_h", persist_state="session")
        st.dataframe(compare_table([current, reference, *others], sorted(months), lg), hide_index=True, width="stretch")


def compare_table(entries: list[Entry], months: list[int], lg: str) -> pd.DataFrame:
    """KPI levels and deltas against the reference (``entries[1]``), one row per scenario and month."""
    rows = []
    if not months:
        return pd.DataFrame()
    longest = max(months)
    ref_run = entries[1].run(longest)
    for e in entries:
        run_ = e.run(longest)
        for h in months:
            row: dict[str, object] = {t("scenario", lg): e.line.label, t("month", lg): h}
            for k in compare_kpis(run_, ref_run, h):
                unit = t("u_" + k.unit, lg)
                row[f"{kpi_name(k.kpi, lg)} ({unit})"] = round(k.value, 3)
                if not math.isnan(k.delta) and e is not entries[1]:
                    row[f"Δ {kpi_name(k.kpi, lg)}"] = round(k.delta, 3)
            rows.append(row)
    return pd.DataFrame(rows)


# ------------------------------------------------------------------ inside the model: loops, reference, calibration
def loops_view(cur: dict[str, np.ndarray], reference: Entry, horizon: int, lg: str) -> None:
    """The causal-loop diagram, each loop marked stronger or weaker than in the reference."""
    changes = loop_changes(cur, reference.run(horizon), horizon)
    st.caption(t("loops_help", lg, h=horizon, ref=md_escape(reference.line.label)))
    st.graphviz_chart(cld_dot(lg, changes), width="stretch")  # its text alternative: the table below
    rows = [
        {
            t("loop", lg): loop_title(loop, lg),
            t("loop_change", lg): change_text(changes[loop.key], lg)[0],
        }
        for loop in LOOPS
    ]
    st.caption(t("loops_table", lg))  # the diagram's text alternative
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


@functools.lru_cache(maxsize=4)
def reference_page(lang: str) -> str:
    """The model reference, generated from the registry and the equations in ``model.core``."""
    return reference_markdown("zh" if lang == "zh" else "en")


@functools.lru_cache(maxsize=4)
def calibration_frame(lang: str) -> pd.DataFrame:
    return pd.DataFrame(calibration_rows("zh" if lang == "zh" else "en"))


def calibration_view(lg: str) -> None:
    """Model against the facts in data/facts.csv, with tolerance and source."""
    st.caption(t("calibration_help", lg))
    frame = calibration_frame(lg)
    shown = pd.DataFrame(
        {
            t("cal_preset", lg): frame["preset_title"],
            t("cal_metric", lg): frame["metric"] + " · " + frame["period"].astype(str),
            t("cal_model", lg): frame["model"].round(1),
            t("cal_fact", lg): frame["fact"].round(1),
            t("cal_unit", lg): frame["unit"],
            t("cal_error", lg): (100 * frame["rel_error"]).round(1),
            t("cal_tolerance", lg): (100 * frame["tolerance"]).round(0),
            t("cal_result", lg): frame["passed"].map({True: "✓ " + t("cal_pass", lg), False: "✗ " + t("cal_fail", lg)}),
            t("cal_source", lg): frame["url"].where(frame["url"] != "", frame["source"]),
        }
    )
    st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        column_config={t("cal_source", lg): st.column_config.LinkColumn(t("cal_source", lg))},
    )


# ------------------------------------------------------------------ analysis: tornado and policy map
KPI_KEYS = (
    "gmv_annual",
    "buyers",
    "merchants_smb_new",
    "merchants_smb_established",
    "head_traffic_share",
    "smb_gmv_share",
    "platform_revenue",
    "platform_profit",
)


@st.cache_data(max_entries=64, show_spinner=False)
def run_tornado(preset: str, values: bytes, schedules: str, kpi: str, horizon: int) -> list[TornadoBar]:
    sc = replace(presets()[preset], params=unpack(values), schedules=unsched(schedules))
    return tornado(sc, kpi, horizon)


@st.cache_data(max_entries=64, show_spinner=False)
def run_policy_map(preset: str, values: bytes, schedules: str, x: str, y: str, kpi: str, horizon: int) -> PolicyMap:
    sc = replace(presets()[preset], params=unpack(values), schedules=unsched(schedules))
    return policy_map(sc, x, y, kpi, horizon)


def kpi_name(k: Kpi, lg: str) -> str:
    return k.label_zh if lg == "zh" else k.label_en


def kpi_label(key: str, lg: str) -> str:
    k = KPI_BY_KEY[key]
    return f"{kpi_name(k, lg)} ({t('u_' + k.unit, lg)})"


def on_map_click() -> None:
    """A clicked policy-map cell moves the two levers there."""
    event = st.session_state.get("policy_map")
    points = (getattr(event, "selection", None) or {}).get("cell", []) if event is not None else []
    if not points:
        return
    x, y = st.session_state["map_x"], st.session_state["map_y"]
    for name, field in ((x, "x"), (y, "y")):
        p = PARAM_BY_NAME[name]
        lo, hi, step = us.display_range(p)
        st.session_state[name] = us.snap_display(p, min(hi, max(lo, round(float(points[0][field]) / step) * step)))


def analysis_view(sc: Scenario, horizon: int, lg: str) -> None:
    """Which assumption matters most (tornado), and where in the policy space a KPI is best (map)."""
    keep: Literal["session"] = "session"
    row = st.container(horizontal=True)
    kpi = row.selectbox(t("an_kpi", lg), KPI_KEYS, format_func=lambda k: kpi_label(k, lg), key="an_kpi", persist_state=keep)
    left, right = st.columns([1, 1.25], gap="large")
    bars = run_tornado(sc.name, pack(sc.params), sched_key(sc.schedules), kpi, horizon)
    with left:
        st.markdown(f"**{t('tornado', lg)}**")
        st.caption(t("tornado_help", lg, h=horizon))
        frame = pd.DataFrame(
            [
                {
                    "name": label(PARAM_BY_NAME[b.name], lg),
                    "low": b.kpi_low,
                    "high": b.kpi_high,
                    "range": f"{us.format_display(PARAM_BY_NAME[b.name], us.to_display(PARAM_BY_NAME[b.name], b.low))}"
                    f"–{us.format_display(PARAM_BY_NAME[b.name], us.to_display(PARAM_BY_NAME[b.name], b.high))}"
                    f" {PARAM_BY_NAME[b.name].shown_unit}",
                }
                for b in bars
            ]
        )
        base = bars[0].kpi_base if bars else 0.0
        top = bars[0] if bars else None
        summary = (
            t(
                "tornado_alt",
                lg,
                kpi=kpi_label(kpi, lg),
                name=label(PARAM_BY_NAME[top.name], lg),
                lo=f"{top.kpi_low:,.3f}",
                hi=f"{top.kpi_high:,.3f}",
            )
            if top
            else ""
        )
        st.altair_chart(tornado_chart(frame, base, kpi_label(kpi, lg), lg), width="stretch", alt=summary)
    with right:
        st.markdown(f"**{t('policy_map', lg)}**")
        names = [p.name for p in LEVERS]
        c1, c2 = st.columns(2)
        x = c1.selectbox(
            t("map_x", lg),
            names,
            index=names.index("commission"),
            key="map_x",
            format_func=lambda n: label(PARAM_BY_NAME[n], lg),
            persist_state=keep,
        )
        y = c2.selectbox(
            t("map_y", lg),
            names,
            index=names.index("fairness"),
            key="map_y",
            format_func=lambda n: label(PARAM_BY_NAME[n], lg),
            persist_state=keep,
        )
        if x == y:
            st.warning(t("map_same", lg))
            return
        pm = run_policy_map(sc.name, pack(sc.params), sched_key(sc.schedules), x, y, kpi, horizon)
        px, py = PARAM_BY_NAME[x], PARAM_BY_NAME[y]
        gx, gy = np.meshgrid([round(us.to_display(px, v), 4) for v in pm.xs], [round(us.to_display(py, v), 4) for v in pm.ys])
        grid = pd.DataFrame({"x": gx.ravel(), "y": gy.ravel(), "value": pm.values.ravel()})
        here = pd.DataFrame({"x": [us.to_display(px, sc.params[x])], "y": [us.to_display(py, sc.params[y])]})
        best = grid.iloc[int(np.argmax(grid["value"].to_numpy()))]
        st.caption(
            t(
                "map_help",
                lg,
                h=horizon,
                kpi=kpi_label(kpi, lg),
                bx=f"{best['x']:g}",
                by=f"{best['y']:g}",
                best=f"{best['value']:,.2f}",
            )
        )
        st.altair_chart(
            alt=t(
                "map_alt", lg, kpi=kpi_label(kpi, lg), x=label(px, lg), y=label(py, lg), bx=f"{best['x']:g}", by=f"{best['y']:g}"
            ),
            altair_chart=policy_map_chart(
                grid, here, label(px, lg) + f" ({px.shown_unit})", label(py, lg) + f" ({py.shown_unit})", kpi_label(kpi, lg)
            ),
            on_select=on_map_click,
            selection_mode="cell",
            key="policy_map",
            width="content",
        )


def share_box(preset: str, params: Params, schedules: tuple[Schedule, ...], horizon: int, view: str, lg: str) -> None:
    query = us.share_query(preset, params, presets()[preset].params, horizon, view) | extra_query(preset, schedules)
    if lg == "zh":
        query[us.LANG_KEY] = "zh"
    box = st.popover(t("share", lg), icon=":material/link:", key="share_open", on_change="rerun")
    if not box.open:
        return  # built only when opened
    with box:
        st.caption(t("share_help", lg))
        st.code(us.share_url(st.context.url or "http://localhost:8501/", query), language=None, wrap_lines=True)


def scenario_csv(scenario: Scenario, months: int) -> str:
    """The scenario's CSV, exactly as ``python -m model run`` writes it."""
    return to_csv([(scenario.name, run(scenario, months=months))])


def scenario_and_baseline_csv(scenario: Scenario, months: int, pinned: list[us.Pin] | None = None) -> str:
    """The scenario, its preset baseline and every pinned scenario in one CSV (same long
    format, scenario column filled; pinned names are user text, neutralised by ``to_csv``)."""
    base = presets()[scenario.name]
    results = [(scenario.name, run(scenario, months=months)), (f"{base.name}-baseline", run(base, months=months))]
    for pin in pinned or []:
        pinned_sc = replace(presets()[pin.preset], params=pin.params, schedules=pin.schedules)
        results.append((pin.name, run(pinned_sc, months=months)))
    return to_csv(results)


def files(scenario: Scenario, months: int, lg: str) -> None:
    box = st.popover(t("downloads", lg), icon=":material/download:", key="files_open", on_change="rerun")
    if not box.open:
        return  # built only when opened
    pinned = pins()
    with box:
        st.download_button(
            t("dl_csv", lg),
            data=lambda: scenario_csv(scenario, months),
            file_name=f"{scenario.name}.csv",
            mime="text/csv",
            key="dl_csv",
            on_click="ignore",
            width="stretch",
        )
        st.download_button(
            t("dl_csv_both", lg),
            data=lambda: scenario_and_baseline_csv(scenario, months, pinned),
            file_name=f"{scenario.name}-and-baseline.csv",
            mime="text/csv",
            key="dl_csv_both",
            on_click="ignore",
            width="stretch",
        )
        st.download_button(
            t("dl_toml", lg),
            data=lambda: to_toml(scenario),
            file_name=f"{scenario.name}.toml",
            mime="application/toml",
            key="dl_toml",
            on_click="ignore",
            width="stretch",
        )
        st.file_uploader(
            t("upload", lg), type=["toml"], key="upload", on_change=on_upload, help=t("upload_help", lg), max_upload_size=1
        )


def on_upload() -> None:
    """Restore a scenario file: validate it whole, then move the controls; on any error change nothing.

    The file's name and every reason are user text: escaped before they reach Markdown."""
    lg = lang()
    up = st.session_state.get("upload")
    if up is None:
        return
    name = md_escape(us.clean_name(str(up.name))[: us.MAX_NAME_CHARS] or "?")

    def refuse(err: Exception) -> None:
        reason = error_text(err, lg, where=False).removesuffix("; ignored").removesuffix("，已忽略").rstrip(".?")
        st.session_state["upload_msg"] = ("error", t("upload_bad", lg, name=name, reason=md_escape(reason)))

    try:
        data = up.getvalue()
        if not data.strip():
            raise InputError("file_empty", "the file is empty")
        if len(data) > MAX_UPLOAD_BYTES:
            kib = MAX_UPLOAD_BYTES // 1024
            raise InputError("file_too_large", f"the file is larger than {kib} KiB", kib=kib)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError("not_utf8", "not UTF-8 text") from None
        if "\0" in text:
            raise InputError("not_text", "not a text file (it contains NUL characters)")
        sc = load_text(text, str(up.name).rsplit(".", 1)[0], str(up.name))
    except RecursionError:
        refuse(InputError("too_nested", "too deeply nested"))
        return
    except (ValueError, MemoryError) as exc:
        refuse(exc)
        return
    target = next((n for n in (sc.preset, sc.name) if n in presets()), st.session_state["preset"])
    base = presets()[target]
    notes = [t("upload_ok", lg, name=name)]
    state_diff = sc.state.diff(base.state)
    wanted = {**state_diff, **sc.params.diff(base.params)}
    not_shown = sorted(k for k in wanted if k not in {p.name for p in SHOWN})
    if not_shown:
        names = ", ".join(not_shown)
        refuse(InputError("not_in_app", f"these settings cannot be changed in the app: {names}", names=names))
        return
    schedules, bad = us.fit_schedules(sc.schedules, "schedule")
    if bad:
        zh = lg == "zh"
        sep = ("；", "：") if zh else ("; ", ": ")
        refuse(ValueError(sep[0].join(f"{i.value}{sep[1]}{i.reason_zh if zh else i.reason_en}" for i in bad)))
        return
    if state_diff:
        notes.append(t("upload_state", lg, name=name, fields=", ".join(sorted(state_diff))))
    if schedules:
        notes.append(t("upload_schedules", lg, name=name, n=len(schedules)))
    st.session_state["preset"] = target
    set_widgets_to(target)
    for p in SHOWN:
        if p.name in wanted:
            st.session_state[p.name] = us.to_display(p, wanted[p.name])
    set_schedules_to(schedules, base.params)
    st.session_state["upload_msg"] = ("info", " ".join(notes))


def show_messages(lg: str) -> None:
    issues: list[us.Issue] = st.session_state.get("url_issues", [])
    if issues:
        # Field and value are the link's own text: escaped, never inside a code span (a backtick would end it).
        lines = [
            f"- **{md_escape(i.field)}** = {md_escape(i.value) or '∅'}: {md_escape(i.reason_zh if lg == 'zh' else i.reason_en)}"
            for i in issues
        ]
        st.warning(t("url_issues", lg) + "\n" + "\n".join(lines), icon=":material/link_off:")
    msg = st.session_state.get("upload_msg")
    if msg:
        kind, text = msg
        (st.error if kind == "error" else st.info)(text)


MAX_UPLOAD_BYTES = 64 * 1024  # a scenario file is a few KiB; the server refuses anything over 1 MB (config)
MEETING_KPIS = ("gmv_annual", "buyers", "smb_gmv_share", "platform_profit")


def main() -> None:
    alt.data_transformers.disable_max_rows()
    if "initialised" not in st.session_state:
        first_run()
    lg = lang()
    meeting = bool(st.session_state.get("meeting", False))
    preset_name = st.session_state["preset"]
    preset = presets()[preset_name]

    st.title(t("app_title", lg))
    st.caption(t("tagline", lg) + " · **" + (preset.title_zh if lg == "zh" else preset.title_en) + "**")
    show_messages(lg)
    actions = st.container()  # filled once this run's setting is recorded (undo/redo know it)
    params = controls(preset, st.container(border=True) if meeting else None)
    schedules = current_schedules()
    horizon = int(st.session_state["horizon"])
    view = st.session_state["view"]
    record((preset_name, pack(params), sched_key(schedules)))
    scenario = scenario_for(preset_name, params, schedules)
    with actions:
        row = action_row(lg)
    with row:
        share_box(preset_name, params, schedules, horizon, view, lg)
        files(scenario, horizon, lg)

    top = st.columns([1.0, 6.0], vertical_alignment="bottom")
    top[0].selectbox(t("horizon", lg), us.HORIZONS, key="horizon", help=t("horizon_help", lg))
    top[1].segmented_control(
        t("view", lg),
        us.VIEWS,
        key="view",
        format_func=lambda v: t("view_" + v, lg),
        required=True,
    )
    bands = bool(st.session_state.get("bands", True))
    st.session_state["scenario"] = scenario  # what the downloads would write (read by tests)

    current, reference, others = on_screen(preset_name, params, schedules, lg)
    cur = current.run(horizon)
    changes = list(params.diff(preset.params)) + [s.param + "@" for s in schedules if s not in preset.schedules]
    st.caption(
        t("kpis_at", lg, h=horizon, date=str(cur["date"][-1])[:7], ref=md_escape(reference.line.label))
        + " · "
        + (
            t("changed", lg) + ("：" if lg == "zh" else ": ") + ", ".join(f"`{k}`" for k in changes)
            if changes
            else t("no_changes", lg)
        )
    )
    cards = compare_kpis(cur, reference.run(horizon), horizon)
    kpi_cards([k for k in cards if k.key in MEETING_KPIS] if meeting else cards, lg, big=meeting)
    compare_panel(current, reference, others, lg)
    if view == "table":
        table([current, reference, *others], horizon, lg)
    elif view == "analysis":
        analysis_view(scenario, horizon, lg)
    elif view == "loops":
        loops_view(cur, reference, horizon, lg)
    elif view == "reference":
        st.markdown(reference_page(lg))
    elif view == "calibration":
        calibration_view(lg)
    else:
        frames = replay_frames() if st.session_state.pop("replay", False) else []
        charts(current, reference, others, horizon, bands, lg, meeting=meeting, frames=frames)
    outside = ("、" if lg == "zh" else ", ").join(BOUNDARY["zh" if lg == "zh" else "en"])
    st.caption(t("footer", lg, version=model.__version__, start=preset.start, dt=model.DT, outside=outside))
    sync_url(preset_name, params, schedules, horizon, view)
