"""The explorer page, top to bottom: ``main`` puts the rooms in page order.

The rooms: ``state`` (the link, session state, language), ``history`` (undo, redo, replay),
``controls`` (sidebar, action row, view row), ``cards`` (KPI cards), ``compare`` (pins and
the reference), ``files`` (share link, downloads, upload), ``messages``, one module per
view under ``views/``, and ``model_cache`` behind all of them.
"""

from __future__ import annotations

import gc

import altair as alt
import streamlit as st

import model
from model.kpis import compare_kpis, effects
from model.params import Params
from model.reference import BOUNDARY
from model.schedule import Schedule

from . import guard, history, live, server, state
from .cards import answer_cards, cards_caption, changed_names, flip_list, kpi_cards
from .compare import compare_panel
from .controls import action_row, controls, lever_notes, view_row
from .files import files_box, share_box
from .messages import forget_stale, show_messages
from .model_cache import pack, presets, run_effect_odds, run_flips, scenario_for, sched_key
from .on_screen import on_screen, preset_reference_title
from .page import set_page_lang
from .texts import field_text, join_list, lang_code, t
from .views.analysis import analysis_view
from .views.calibration import calibration_view
from .views.charts import charts_view
from .views.loops import loops_view
from .views.reference import reference_view
from .views.table import table_view

# Garbage collection.  Streamlit runs a full ``gc.collect(2)`` after every rerun unless
# ``runner.postScriptGC`` is off; with the ~150k objects the imports above leave tracked
# (Altair's schema, pandas, numba, Streamlit itself) that cost ~70-100 ms of server CPU per
# key press, holding the GIL.  ``.streamlit/config.toml`` turns it off, and Python's own
# generational collector keeps collecting cycles as allocations add up.  Freezing what the
# imports made (once per process: this module is imported once) keeps those objects out of
# every later collection too, the occasional automatic full one included, and helps any
# deployment that keeps the forced collection on.  Objects freed by reference count are still
# freed; only cyclic garbage among the frozen objects would stay, and a collection right
# before the freeze leaves none.
server.install()  # what a client sends is checked before Streamlit decodes it (``ui.server``)
gc.collect()
gc.freeze()
# Compile the model's kernel (or load it from numba's disk cache) in the background: the first
# visitor of a new server sees the page at once, single runs use the same loop in plain Python
# meanwhile, and the uncertainty (batches of runs) follows once it is compiled.
model.core.warm_in_background()


def main() -> None:
    alt.data_transformers.disable_max_rows()
    if "initialised" not in st.session_state:
        state.first_run()
    guard.check()  # before anything reads a widget's value: the client's word is checked first
    lg = state.lang()
    set_page_lang(lg)
    meeting = bool(st.session_state.get("meeting", False))
    preset_name = st.session_state["preset"]
    preset = presets()[preset_name]

    if not meeting:
        st.title(t("app_title", lg))
    st.caption(t("tagline", lg) + " · **" + field_text(preset, "title", lg) + "**")
    params = controls(preset)  # the sidebar: the main area's order is unchanged
    schedules = state.current_schedules()
    forget_stale((preset_name, pack(params), sched_key(schedules)))
    show_messages(lg)
    horizon = int(st.session_state["horizon"])
    view = st.session_state["view"]
    history.record((preset_name, pack(params), sched_key(schedules)))
    scenario = scenario_for(preset_name, params, schedules)
    live.mount(live_data(preset_name, params, schedules, horizon, lg))

    def share() -> None:
        share_box(preset_name, params, schedules, horizon, view, lg)
        files_box(scenario, horizon, lg)

    action_row(lg, share)
    view_row(lg)
    # the uncertainty needs batches of runs: on a new server they wait for the compiler (the live
    # panel's own bands do not: the browser runs them)
    compiling = model.core.warming()
    bands = bool(st.session_state.get("bands", True)) and not compiling
    if compiling and st.session_state.get("bands", True):
        compiling_note(lg)
    st.session_state["scenario"] = scenario  # what the downloads would write (read by tests)

    current, reference, others = on_screen(preset_name, params, schedules, lg)
    cur = current.run(horizon)
    changes = changed_names(preset, params, schedules)
    ref_run = reference.run(horizon)
    answering = preset.counterfactual is not None and int(st.session_state.get("ref", 0)) == 0 and not meeting
    answer_box = st.container() if answering else None  # filled last: the cards and charts come first
    cards_caption(horizon=horizon, last_date=str(cur["date"][-1]), reference=reference.line.label, changes=changes, lg=lg)
    if not meeting:  # meeting mode: the live panel's four headline numbers are the cards
        kpi_cards(compare_kpis(cur, ref_run, horizon, attribution=current.attribution(horizon)), lg)
    compare_panel(current, reference, others, lg)
    if view == "table":
        table_view([current, reference, *others], horizon, lg)
    elif view == "analysis":
        analysis_view(scenario, horizon, lg)
    elif view == "loops":
        loops_view(cur, reference, horizon, lg)
    elif view == "reference":
        reference_view(lg)
    elif view == "calibration":
        calibration_view(lg)
    elif not meeting:  # meeting mode: the live panel's two large charts are the charts
        frames = history.replay_frames() if history.take_replay() else []
        charts_view(current, reference, others, horizon, bands, lg, frames=frames)
    if answer_box is not None:  # the answer, its odds and what would flip it (the slow part: after the charts)
        with answer_box:
            odds = run_effect_odds(preset_name, pack(params), sched_key(schedules), horizon) if bands else None
            answer_cards(effects(cur, ref_run, horizon), preset_reference_title(preset_name, lg), horizon, lg, odds)
            if bands:
                flip_list(run_flips(preset_name, pack(params), sched_key(schedules), horizon), params, lg)
    outside = join_list(BOUNDARY[lang_code(lg)], lg)
    st.caption(t("footer", lg, version=model.__version__, start=preset.start, dt=model.DT, outside=outside))
    live_sync(preset_name)  # last: it also writes the URL


@st.fragment(run_every=1.0)
def compiling_note(lg: str) -> None:
    """While a new server compiles the model: say the bands and odds will follow, and rerun the
    page once they can (polled each second; gone once the compiler is done)."""
    if not model.core.warming():
        st.rerun(scope="app")
    st.caption(t("compiling", lg), help=t("compiling_help", lg))


def live_data(preset_name: str, params: Params, schedules: tuple[Schedule, ...], horizon: int, lg: str) -> bytes:
    """The live panel's payload for this run of the page (``ui.live.payload``), one revision more
    than the last: the fragment re-sends it as it is when only the panel's own moves rerun it."""
    preset = presets()[preset_name]
    current, reference, _ = on_screen(preset_name, params, schedules, lg)
    rev = int(st.session_state.get("live_rev", 0)) + 1
    st.session_state["live_rev"] = rev
    return live.payload(
        preset_name=preset_name,
        params=params,
        schedules=schedules,
        horizon=horizon,
        reference=(reference.preset, reference.params, reference.schedules),
        reference_label=reference.line.label,
        current_label=current.line.label,
        lg=lg,
        meeting=bool(st.session_state.get("meeting", False)),
        bands=bool(st.session_state.get("bands", True)) and not model.core.warming(),
        slots=live.current_slots(),
        notes=lever_notes(preset, params, lg),
        rev=rev,
        seen=int(st.session_state.get("live_seen", 0)),
        epoch=live.lever_epoch(),
        have=live.reported_have(),
    )


@st.fragment
def live_sync(preset_name: str) -> None:
    """Where the live panel (``ui.live``) reports once the room stops moving: its levers go to
    session state and the page reruns.  It also writes the URL (``state.sync_url``), last."""
    guard.check()  # this fragment reruns alone: what the client sent is checked here too
    live.sync(settled=lambda: st.rerun(scope="app"))
    preset = presets()[preset_name]
    params = state.current_params(preset)
    state.sync_url(preset_name, params, state.current_schedules(), int(st.session_state["horizon"]), st.session_state["view"])
