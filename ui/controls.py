"""The controls: the sidebar (language, preset, levers, panels, resets), the action row and the view row.

Sliders are generated from the registry (label, range, step, unit and help in the page
language).  The three main levers are the live panel's (``ui.live``); the sliders in the
subsidy-design, time-phasing and advanced panels keep their values in session state and are
built only while their panel is open (most reruns skip them).  ``controls`` returns the run
parameters: the preset's, with every shown value that differs from it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import streamlit as st

from model.params import Params
from model.registry import GROUP_LABELS, Param
from model.scenario import Scenario

from . import history
from . import urlstate as us
from .guard import LANGUAGE_LABEL
from .model_cache import MC_DRAWS, presets, series
from .parameters import MAIN_LEVERS, PANELS, SCHEDULABLE, SUBSIDY_SPLIT
from .state import current_params, current_schedules, lang, on_lang_change, on_preset_change, on_reset_all, on_reset_preset
from .texts import field_text, label, lang_code, pick, said, shown_factor, shown_unit, step_decimals, t, unit_factor

LANGUAGE_NAMES = {"en": "English", "zh": "中文"}


def help_text(p: Param, lg: str) -> str:
    """A slider's help: the parameter's help text and its range in display units."""
    lo, hi, _ = us.display_range(p)
    unit = p.shown_unit
    return f"{field_text(p, 'help', lg)} ({said(lo, unit, lg)}–{said(hi, unit, lg)} {shown_unit(unit, lg)})"


def display_slider(text: str, p: Param, key: str, lg: str, help: str | None = None) -> float:
    """A slider of ``p``'s display value kept in ``st.session_state[key]`` (the value the link
    writes).  Where the page counts the unit differently (亿元 for RMB bn in Chinese:
    ``ui.texts.shown_factor``), the widget is a second key holding the counted value, kept in
    step both ways: a move writes the display value back, a change from elsewhere (a link, undo,
    a reset) moves the widget before it is drawn.  ``value`` is the current value: Streamlit
    puts it back for a value sent from outside the range or not finite (``ui.guard``)."""
    lo, hi, step = us.display_range(p)
    factor = shown_factor(p.shown_unit, lg)
    decimals = step_decimals(step * factor)
    fmt = f"%.{decimals}f" + ("%%" if p.display_unit == "%" else "")
    if factor == 1.0:
        now = float(st.session_state[key])
        value = st.slider(text, lo, hi, now, step=step, format=fmt, key=key, help=help, persist_state="session")
        return us.snap_display(p, float(value))
    counted = f"{key}@{lang_code(lg)}"
    want = round(float(st.session_state[key]) * factor, decimals + 3)
    if st.session_state.get(counted) != want:
        st.session_state[counted] = want
    low, high = round(lo * factor, decimals), round(hi * factor, decimals)
    st.slider(
        text,
        low,
        high,
        min(high, max(low, want)),
        step=round(step * factor, decimals + 3),
        format=fmt,
        key=counted,
        help=help,
        on_change=_uncount,
        args=(p, key, counted, factor),
        persist_state="session",
    )
    return us.snap_display(p, float(st.session_state[key]))


def _uncount(p: Param, key: str, counted: str, factor: float) -> None:
    st.session_state[key] = us.snap_display(p, float(st.session_state[counted]) / factor)


def slider(p: Param, default: float, lg: str) -> float:
    """A slider for ``p`` in display units, keyed by the parameter's name.  Its value lives in
    session state (no ``value=``), which survives reruns while a collapsed expander hides it;
    ``ui.state.sync_url`` writes it to the URL."""
    if p.name not in st.session_state:
        st.session_state[p.name] = us.to_display(p, default)
    value = display_slider(label(p, lg), p, p.name, lg, help=help_text(p, lg))
    schedule = next((x for x in current_schedules() if x.param == p.name), None)
    if schedule is not None:  # the slider sets the months before the schedule takes over
        shown = said(us.to_display(p, schedule.value), p.shown_unit, lg) + shown_unit(p.shown_unit, lg)
        ramp = t("ramp_part", lg, n=f"{schedule.ramp_months:g}") if schedule.ramp_months > 0 else ""
        st.caption(t("scheduled_note", lg, value=shown, at=f"{schedule.at_month:g}", ramp=ramp))
    return value


def budget_note(preset: Scenario, params: Params, lg: str) -> str:
    """When the budget cap stops the subsidy more than a month before its planned end (within the
    horizon): which month it runs out, else ""."""
    run = series(preset.name, params, current_schedules(), int(st.session_state["horizon"]))
    budget = params["subsidy_budget_bn"]
    out = (run["subsidy_spent"] >= budget - 1e-6).nonzero()[0]
    if params["subsidy_bn_per_year"] <= 0 or not len(out):
        return ""
    end = params["subsidy_start_month"] + params["subsidy_months"] + params["subsidy_taper_months"]
    month = int(out[0])
    if month >= end - 1:
        return ""
    return t("budget_binds", lg, budget=f"{budget * unit_factor('u_bn', lg):g}", m=month, early=f"{end - month:g}")


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
                st.markdown(f"**{pick(GROUP_LABELS[p.group], lg)}**")
            if p.name == SUBSIDY_SPLIT[0]:
                st.markdown(f"**{t('subsidy_split', lg)}**")
            group = p.group
            values[p.name] = slider(p, preset.params[p.name], lg)
    return values


def phase_panel(lg: str) -> None:
    """Optional schedules: each lever can move to a new value from a month, stepwise or over a ramp."""
    # A constant title: Streamlit remounts (and closes) an expander whose label changes.
    box = st.expander(t("phasing", lg), key="phase_open", on_change="rerun")
    if not box.open:
        return
    with box:
        st.caption(t("phasing_help", lg))
        for p in SCHEDULABLE:
            if p.group == "rival" and p is next(q for q in SCHEDULABLE if q.group == "rival"):
                st.markdown(f"**{t('rivals', lg)}**")
            keep: Literal["session"] = "session"
            on = st.toggle(t("phase_lever", lg, lever=label(p, lg)), key=f"ph_{p.name}", persist_state=keep)
            if on:
                display_slider(t("phase_to", lg), p, f"ph_{p.name}_value", lg)
                at, ramp = (int(st.session_state[f"ph_{p.name}_{k}"]) for k in ("at", "ramp"))
                st.slider(t("phase_at", lg), 0, us.PHASE_AT_MAX, at, key=f"ph_{p.name}_at", persist_state=keep)
                st.slider(
                    t("phase_ramp", lg),
                    0,
                    us.PHASE_RAMP_MAX,
                    ramp,
                    key=f"ph_{p.name}_ramp",
                    help=t("phase_ramp_help", lg),
                    persist_state=keep,
                )


def controls(preset: Scenario) -> Params:
    """The sidebar: language, preset picker, the panels of further levers and assumptions, resets.
    Returns the run parameters (the main levers are the live panel's: ``ui.live``)."""
    lg = lang()
    sb = st.sidebar
    st.session_state["lang_choice"] = lg
    sb.segmented_control(
        LANGUAGE_LABEL,
        list(LANGUAGE_NAMES),
        key="lang_choice",
        format_func=LANGUAGE_NAMES.__getitem__,
        on_change=on_lang_change,
        required=True,
        label_visibility="collapsed",
    )
    sb.selectbox(
        t("preset", lg),
        list(presets()),
        key="preset",
        format_func=lambda n: field_text(presets()[n], "title", lg),
        on_change=on_preset_change,
    )
    with sb:
        st.caption(field_text(preset, "question", lg))
        panel("design_open", t("subsidy_design", lg), preset, lg)
        phase_panel(lg)
        panel("rivals_open", t("rivals", lg), preset, lg, caption=t("rivals_help", lg))
        panel("advanced_open", t("advanced", lg), preset, lg, caption=t("advanced_help", lg))
        # one a row: side by side, the sidebar cuts "Reset to preset" short
        st.button(t("reset_preset", lg), on_click=on_reset_preset, width="stretch")
        st.button(t("reset_all", lg), on_click=on_reset_all, width="stretch")
    return current_params(preset)


def lever_notes(preset: Scenario, params: Params, lg: str) -> dict[str, str]:
    """What the live panel says under a main lever: that a schedule takes over from a month, that
    the budget stops the subsidy early."""
    notes: dict[str, str] = {}
    for p in MAIN_LEVERS:
        schedule = next((x for x in current_schedules() if x.param == p.name), None)
        if schedule is not None:  # the slider sets the months before the schedule takes over
            shown = said(us.to_display(p, schedule.value), p.shown_unit, lg) + shown_unit(p.shown_unit, lg)
            ramp = t("ramp_part", lg, n=f"{schedule.ramp_months:g}") if schedule.ramp_months > 0 else ""
            notes[p.name] = t("scheduled_note", lg, value=shown, at=f"{schedule.at_month:g}", ramp=ramp)
    budget = budget_note(preset, params, lg)
    if budget:
        notes["subsidy_bn_per_year"] = (notes.get("subsidy_bn_per_year", "") + " " + budget).strip()
    return notes


def action_row(lg: str, share: Callable[[], None]) -> None:
    """Share and downloads first (``share`` adds them: the next Tab stops after the live panel),
    then undo, redo, replay, meeting mode and bands, in one row."""
    k, n = history.position()
    row = st.container(horizontal=True, vertical_alignment="center", gap="small")
    with row:
        share()
    row.button(t("undo", lg), on_click=history.on_undo, disabled=k < 1, icon=":material/undo:", key="undo")
    row.button(t("redo", lg), on_click=history.on_redo, disabled=k + 1 >= n, icon=":material/redo:", key="redo")
    row.button(
        t("replay", lg),
        on_click=history.on_replay,
        disabled=k < 1,
        icon=":material/replay:",
        key="replay_btn",
        help=t("replay_help", lg),
    )
    row.toggle(t("meeting", lg), key="meeting", help=t("meeting_help", lg))
    row.toggle(t("bands", lg), key="bands", help=t("bands_help", lg, n=MC_DRAWS))


def view_row(lg: str) -> None:
    """The horizon and the view switch, side by side above the cards."""
    top = st.columns([1.0, 6.0], vertical_alignment="bottom")
    top[0].selectbox(t("horizon", lg), us.HORIZONS, key="horizon", help=t("horizon_help", lg))
    top[1].segmented_control(t("view", lg), us.VIEWS, key="view", format_func=lambda v: t("view_" + v, lg), required=True)
