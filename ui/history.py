"""Undo, redo and replay: every setting the page has shown, in session state.

A setting is ``(preset, packed parameter values, schedules key)``; ``record`` remembers each
new one once per run (a change after an undo drops the redo branch), the undo and redo
buttons move the controls back and forth along the list, and ``replay_frames`` gives the
parameter sets from the previous setting to the current one for the replay animation.
"""

from __future__ import annotations

import math
import time

import numpy as np
import streamlit as st

from model.params import Params

from . import urlstate as us
from .model_cache import unpack, unsched
from .parameters import SHOWN
from .state import set_schedules_to

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


def position() -> tuple[int, int]:
    """(index of the current setting, number of settings remembered)."""
    return int(st.session_state.get("history_at", -1)), len(st.session_state.get("history", []))


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


REPLAY_EVERY_S = 5.0  # a replay draws a dozen frames (ten clicks in a row: 1.2 s of server CPU): one per session this often


def on_replay() -> None:
    """Replay the last change, at most once every ``REPLAY_EVERY_S`` seconds a session (a click or
    a forged message more often is answered with a note, not a replay)."""
    now = time.monotonic()
    last = float(st.session_state.get("replay_at", -math.inf))
    if now - last < REPLAY_EVERY_S:
        st.session_state["replay_wait"] = math.ceil(REPLAY_EVERY_S - (now - last))
        return
    st.session_state["replay_at"] = now
    st.session_state["replay"] = True


def take_replay() -> bool:
    """Whether the replay button was pressed for this run (then cleared)."""
    return bool(st.session_state.pop("replay", False))


def replay_frames(n: int = 12) -> list[Params]:
    """Parameter sets from the previous setting to the current one (same preset), for replay."""
    history: list[State] = st.session_state.get("history", [])
    k = int(st.session_state.get("history_at", -1))
    if k < 1 or history[k - 1][0] != history[k][0]:
        return []
    a = np.frombuffer(history[k - 1][1], dtype=np.float64)
    b = np.frombuffer(history[k][1], dtype=np.float64)
    return [Params(tuple((a + (b - a) * (i / n)).tolist())) for i in range(1, n)]
