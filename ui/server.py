"""What the server takes from a client before Streamlit acts on it (issue 16).

Streamlit handles each websocket message (``BackMsg``) in ``AppSession.handle_backmsg``. Two of
its paths trust the client more than a public link can:

- ``clear_cache`` empties ``st.cache_data`` and ``st.cache_resource`` for every user of the
  process (the model's cached runs, the presets), so any anonymous client can make every page
  slow. The page has no button that sends it (the toolbar is minimal): it is refused.
- Widget states are decoded before any script code runs, and three shapes raise inside Streamlit
  (the run then ends with a traceback):
  - a component's ``json_value`` that is not JSON, or is nested deeper than Python's recursion limit
    (``json.loads`` in ``streamlit.runtime.state.common.unpack_widget_state_value``);
  - a chart selection that is not a JSON object with an object under ``selection``
    (``VegaChartsSerde.deserialize``);
  - a state whose id is not a widget id (``$$ID-…``): ``filtered_state`` then fails on it.
  Such a state is dropped here, and so are oversized arrays and strings and a flood of states.
  The widget keeps the value it had, and the page says a value was refused (``ui.guard``).
- A link of more than 1,000 fields or 512 Ki characters is not read at all
  (``streamlit.runtime.state.query_params.sanitize_query_string``): the page would open the preset
  and say nothing. The page is told (``ui.state.first_run``).

``install`` wraps the handler once per process. It is called when ``ui.app`` is first imported,
in the first run of a new process. Before that, nothing is cached, and no client has been sent a
widget id. Values that pass here are still checked against the page's own options
(``ui.guard.check``).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState, WidgetStates
from streamlit.runtime.app_session import AppSession
from streamlit.runtime.state.query_params import CLIENT_STATE_QUERY_STRING_MAX_FIELDS as MAX_LINK_FIELDS
from streamlit.runtime.state.query_params import CLIENT_STATE_QUERY_STRING_MAX_LENGTH as MAX_LINK_CHARS

from . import urlstate as us
from .guard import DROPPED, LINK_DROPPED

LOG = logging.getLogger(__name__)
MAX_WIDGETS = 512  # widget states in one rerun (the page has ~60 widgets at most)
MAX_ITEMS = 64  # items in an array state (a multiselect of ten horizons, a two-ended slider)
MAX_TEXT = 16_384  # characters in a string state (the page's longest: a 40-character pin name)
MAX_JSON = 65_536  # characters of a component's JSON state (the live panel's: ~100 bytes)
SELECTIONS = ("policy_map",)  # the page's charts with a selection (``on_select``): JSON text in ``string_value``
_MARK = "_flywheel_checked"


def key_of(widget_id: str) -> str:
    """The page's key of a widget id (``$$ID-<hash>-<key>``), else the id."""
    return widget_id.split("-", 2)[2] if widget_id.startswith("$$ID-") and widget_id.count("-") >= 2 else widget_id


def problem(w: WidgetState) -> str:
    """Why a widget state is refused before Streamlit decodes it: a wording code of
    ``ui.texts.ISSUES`` (``state_unknown``, ``state_not_json``, ``state_too_big``), or "" if it is not."""
    kind = w.WhichOneof("value")
    if not w.id.startswith("$$ID-"):
        return "state_unknown"
    if kind == "string_value" and key_of(w.id) in SELECTIONS:
        if len(w.string_value) > MAX_JSON:
            return "state_too_big"
        try:
            parsed = json.loads(w.string_value)
        except (ValueError, RecursionError):
            return "state_not_json"
        if not isinstance(parsed, dict) or not isinstance(parsed.get("selection", {}), dict):
            return "state_not_json"
    elif kind in ("json_value", "json_trigger_value"):
        text = getattr(w, kind)
        if len(text) > MAX_JSON:
            return "state_too_big"
        try:
            json.loads(text)
        except (ValueError, RecursionError):
            return "state_not_json"
    elif kind in ("double_array_value", "int_array_value", "string_array_value", "string_trigger_value"):
        data = getattr(w, kind).data
        if len(data) > MAX_ITEMS or (kind == "string_array_value" and any(len(x) > MAX_TEXT for x in data)):
            return "state_too_big"
    elif kind == "string_value" and len(w.string_value) > MAX_TEXT:
        return "state_too_big"
    return ""


def clean(states: WidgetStates) -> list[tuple[str, str]]:
    """Drop the widget states Streamlit would choke on (``problem``), and any beyond ``MAX_WIDGETS``;
    return (widget key, wording code) for each dropped state."""
    kept: list[WidgetState] = []
    dropped: list[tuple[str, str]] = []
    for i, w in enumerate(states.widgets):
        why = problem(w) if i < MAX_WIDGETS else "state_too_big"
        if why:
            dropped.append((key_of(w.id)[: us.MAX_VALUE_CHARS], why))
        else:
            kept.append(w)
    if dropped:
        del states.widgets[:]
        states.widgets.extend(kept)
    return dropped


def _tell(session: AppSession, key: str, value: object) -> None:
    """Leave a note where the page's next run words it (``DROPPED``: ``ui.guard.check``;
    ``LINK_DROPPED``: ``ui.state.first_run``)."""
    try:
        state: Any = session.session_state
        if key == DROPPED:
            earlier = list(state[DROPPED]) if DROPPED in state else []
            value = (earlier + list(value))[:64]  # type: ignore[call-overload]
        state[key] = value
    except Exception:  # the message is a courtesy: the refusal stands without it
        LOG.debug("could not leave a note in session state", exc_info=True)


def dropped_link(query: str) -> tuple[int, int] | None:
    """(fields, characters) of a query string Streamlit will not read at all (more than
    ``MAX_LINK_FIELDS`` fields or ``MAX_LINK_CHARS`` characters: it then passes the page an empty
    query), else None."""
    fields = query.count("&") + 1 if query else 0
    return (fields, len(query)) if len(query) > MAX_LINK_CHARS or fields > MAX_LINK_FIELDS else None


def install() -> None:
    """Wrap ``AppSession.handle_backmsg`` (once per process)."""
    original = AppSession.handle_backmsg
    if getattr(original, _MARK, False):
        return

    def handle_backmsg(self: AppSession, msg: BackMsg) -> None:
        kind = msg.WhichOneof("type")
        if kind == "clear_cache":
            LOG.warning("refused a clear_cache request from session %s: caches are shared by every user", self.id)
            return
        if kind == "rerun_script":
            dropped = clean(msg.rerun_script.widget_states)
            if dropped:
                LOG.warning("session %s: dropped %d widget state(s), the first %s: %s", self.id, len(dropped), *dropped[0])
                _tell(self, DROPPED, dropped)
            link = dropped_link(msg.rerun_script.query_string)
            if link is not None:  # Streamlit reads none of it, silently: the page says so
                _tell(self, LINK_DROPPED, link)
        original(self, msg)

    setattr(handle_backmsg, _MARK, True)
    AppSession.handle_backmsg = handle_backmsg  # type: ignore[method-assign]
