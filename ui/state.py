"""The page's state: read once from the link, kept in session state, written back to the URL.

``first_run`` reads the link (``ui.urlstate.read_link``) into session state on a session's
first run; ``sync_url`` writes every parameter, schedule and setting back on every run (the live
panel's fragment runs it alone after each settled move).  Also here: the page language, the preset picker's and the reset
buttons' callbacks, and the time-phasing panel's schedules as session state holds them.
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.state.query_params import CLIENT_STATE_QUERY_STRING_MAX_FIELDS as MAX_LINK_FIELDS
from streamlit.runtime.state.query_params import CLIENT_STATE_QUERY_STRING_MAX_LENGTH as MAX_LINK_CHARS

import model
from model.params import Params
from model.scenario import Scenario
from model.schedule import Schedule

from . import guard
from . import urlstate as us
from .model_cache import presets, sched_key
from .parameters import DEFAULT_SLOTS, MANAGED, SCHEDULABLE, SHOWN

LINK_FIELD, NOT_SHOWN = "URL", "…"  # a link not read at all: named as a whole, its text not repeated
# Choice widgets whose options are shown as text in the page language.
CHOICE_WIDGETS = ("preset", "view", "an_kpi", "map_x", "map_y", "ref_choice")


def lang() -> str:
    """The page language (``lang=zh`` in the URL)."""
    return us.lang_of(st.query_params.get(us.LANG_KEY))


@guard.guarded
def on_lang_change() -> None:
    """Switch the language: only the ``lang`` key of the URL changes; the scenario stays."""
    choice = us.lang_of(st.session_state.get("lang_choice"))
    if choice != us.DEFAULT_LANG:
        st.query_params[us.LANG_KEY] = choice
    elif us.LANG_KEY in st.query_params:
        del st.query_params[us.LANG_KEY]
    # Choice widgets send their option back as its *shown* text, which the switch changes:
    # re-set their values so the page receives them in the new language.
    for key in CHOICE_WIDGETS:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def pins() -> list[us.Pin]:
    """The pinned scenarios (a copy: callbacks change the list in session state)."""
    return list(st.session_state.get("pins", []))


# ------------------------------------------------------------------ controls to a setting
def set_widgets_to(preset: str) -> None:
    """Move every parameter slider, and the schedules, to the preset's."""
    params = presets()[preset].params
    for p in SHOWN:
        st.session_state[p.name] = us.to_display(p, params[p.name])
    set_schedules_to(presets()[preset].schedules, params)


def set_schedules_to(schedules: tuple[Schedule, ...], params: Params) -> None:
    """The time-phasing panel's rows (one per lever) to ``schedules``; levers without one off."""
    by_lever = {s.param: s for s in reversed(schedules)}  # the first of each lever
    for p in SCHEDULABLE:
        s = by_lever.get(p.name)
        st.session_state[f"ph_{p.name}"] = s is not None
        st.session_state[f"ph_{p.name}_value"] = us.to_display(p, s.value if s else params[p.name])
        st.session_state[f"ph_{p.name}_at"] = int(s.at_month) if s else 12
        st.session_state[f"ph_{p.name}_ramp"] = int(s.ramp_months) if s else 0


def current_params(preset: Scenario) -> Params:
    """The run parameters as the controls have them: the preset's, with every shown value (session
    state, in display units) that differs from it; a value not yet in session state is the preset's."""
    changes = {}
    for p in SHOWN:
        here = us.to_display(p, preset.params[p.name])
        shown = us.snap_display(p, float(st.session_state.setdefault(p.name, here)))
        if here != shown:
            changes[p.name] = us.from_display(p, shown)
    return preset.params.replace(**changes)


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


@guard.guarded
def on_preset_change() -> None:
    set_widgets_to(st.session_state["preset"])


@guard.guarded
def on_reset_preset() -> None:
    set_widgets_to(st.session_state["preset"])


def on_reset_all() -> None:
    for key in ("url_issues", "upload_msg"):  # what the link or an upload said goes too
        st.session_state.pop(key, None)
    st.session_state["preset"] = us.DEFAULT_PRESET
    st.session_state["horizon"] = us.DEFAULT_HORIZON
    st.session_state["view"] = us.VIEWS[0]
    st.session_state["pins"] = []
    st.session_state["ref"] = 0
    st.session_state["bands"] = True
    st.session_state.pop("slots", None)
    set_widgets_to(us.DEFAULT_PRESET)


# ------------------------------------------------------------------ the link
def first_run() -> None:
    """Once per session: read the link, remember what could not be used, seed the controls."""
    query = {k: st.query_params.get_all(k) for k in st.query_params}  # every value of a repeated key
    link = us.read_link(query, presets())
    issues = list(link.issues)
    dropped = st.session_state.pop(guard.LINK_DROPPED, None)  # ``ui.server`` saw a link Streamlit did not read
    if dropped is not None:
        fields, chars = dropped
        limits = {"max_fields": MAX_LINK_FIELDS, "max_chars": MAX_LINK_CHARS}
        issues.insert(0, us.Issue(LINK_FIELD, NOT_SHOWN, "link_dropped", {"fields": fields, "chars": chars, **limits}))
    st.session_state["url_issues"] = issues
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
    if link.slots is not None:
        st.session_state["slots"] = link.slots
    # unknown keys and parameters not adjustable here are reported; ``sync_url`` drops them at
    # the end of this run, in its one write
    st.session_state["initialised"] = True


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
    slots = st.session_state.get("slots")
    if isinstance(slots, tuple) and slots != DEFAULT_SLOTS:
        out[us.CHARTS_KEY] = ",".join(slots)
    return out


MANAGED_KEYS = (
    us.BANDS_KEY,
    us.MEETING_KEY,
    us.CHARTS_KEY,
    us.PRESET_KEY,
    us.HORIZON_KEY,
    us.VIEW_KEY,
    us.VERSION_KEY,
    us.SCHEDULE_KEY,
    us.REF_KEY,
    *us.PIN_KEYS,
    *(p.name for p in MANAGED),
)


def sync_url(preset: str, params: Params, schedules: tuple[Schedule, ...], horizon: int, view: str) -> None:
    """Write every script-managed key that differs from what the URL has, in one write."""
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
    # one write (each sends the whole query string to the page): the managed keys as wanted, in
    # the order they had, new ones after; of the others only the link's own (``lang``) stay:
    # unknown keys and parameters not adjustable here were reported by the first run
    current = st.query_params.to_dict()
    managed = set(MANAGED_KEYS)
    final = {
        k: (want[k] if k in managed else v) for k, v in current.items() if k in want or (k not in managed and k in us.META_KEYS)
    }
    final |= {k: want[k] for k in MANAGED_KEYS if k in want and k not in final}
    if final != current:
        st.query_params.from_dict(final)
