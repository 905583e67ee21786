"""The model calls the page makes, cached: runs, uncertainty bands, tornado, policy map, presets.

Every cached function is keyed by its real inputs in a compact, exact form: the parameter
values packed as float64 bytes (``pack``; a tuple of 88 floats costs ``st.cache_data`` about
3 ms to hash) and the schedules as canonical text (``sched_key``).  Cached values are shared
by every session: treat them as read-only.
"""

from __future__ import annotations

import functools
from dataclasses import replace

import numpy as np
import streamlit as st

import model
from model.analysis import (
    Flip,
    PolicyMap,
    TornadoBar,
    effect_tornado,
    flips,
    monte_carlo,
    paired_effects,
    policy_map,
    tornado,
)
from model.core import integrate
from model.output import month_dates
from model.params import Params
from model.scenario import Scenario
from model.schedule import Schedule

MC_DRAWS, MC_SEED = 200, 20251122  # uncertainty bands: draws of the uncertain assumptions, fixed seed


@functools.cache
def presets() -> dict[str, Scenario]:
    """The preset library, read once per process (files under scenarios/; immutable)."""
    return {s.name: s for s in model.presets()}


def pack(params: Params) -> bytes:
    """Parameter values as a cache key: float64 bytes, exact bit for bit, hashed in one step."""
    return np.asarray(params.values, dtype=np.float64).tobytes()


def unpack(values: bytes) -> Params:
    return Params(tuple(np.frombuffer(values, dtype=np.float64).tolist()))


def sched_key(schedules: tuple[Schedule, ...]) -> str:
    """Schedules as exact canonical text (model units; order-free across levers), for cache keys."""
    return ";".join(sorted(s.to_text() for s in schedules))


def unsched(key: str) -> tuple[Schedule, ...]:
    return tuple(Schedule.parse(x) for x in key.split(";") if x)


def series(preset: str, params: Params, schedules: tuple[Schedule, ...], months: int) -> dict[str, np.ndarray]:
    """One run as variable → monthly values (plus ``date``), from the cache when seen before."""
    return run_series(preset, pack(params), sched_key(schedules), months)


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


@st.cache_data(max_entries=64, show_spinner=False)
def run_effect_odds(preset: str, values: bytes, schedules: str, horizon: int) -> dict[str, tuple[float, float, float]]:
    """The answer's odds: effect key → (p10, p90, share of draws above 0) over ``MC_DRAWS`` paired
    draws of the scenario against the preset's counterfactual (seeded: same link, same odds)."""
    preset_sc = presets()[preset]
    sc = replace(preset_sc, params=unpack(values), schedules=unsched(schedules))
    pe = paired_effects(sc, horizon, counterfactual=preset_sc.counterfactual_scenario(), draws=MC_DRAWS, seed=MC_SEED)
    return {k: (e.p10, e.p90, e.share_positive) for k, e in pe.effects.items()}


@st.cache_data(max_entries=64, show_spinner=False)
def run_flips(preset: str, values: bytes, schedules: str, horizon: int) -> list[Flip]:
    """What would flip the answer's effects (``model.analysis.flips``) against the preset's counterfactual."""
    preset_sc = presets()[preset]
    sc = replace(preset_sc, params=unpack(values), schedules=unsched(schedules))
    return flips(sc, horizon, counterfactual=preset_sc.counterfactual_scenario(), tolerance=1e-3)


@st.cache_data(max_entries=64, show_spinner=False)
def run_effect_tornado(preset: str, values: bytes, schedules: str, effect: str, horizon: int) -> list[TornadoBar]:
    """What moves the answer's ``effect`` against the preset's counterfactual (``model.analysis.effect_tornado``)."""
    preset_sc = presets()[preset]
    sc = replace(preset_sc, params=unpack(values), schedules=unsched(schedules))
    return effect_tornado(sc, effect, horizon, counterfactual=preset_sc.counterfactual_scenario())


@st.cache_data(max_entries=64, show_spinner=False)
def run_tornado(preset: str, values: bytes, schedules: str, kpi: str, horizon: int) -> list[TornadoBar]:
    """The swing of ``kpi`` at ``horizon`` from each uncertain assumption at its low and high value."""
    sc = replace(presets()[preset], params=unpack(values), schedules=unsched(schedules))
    return tornado(sc, kpi, horizon)


@st.cache_data(max_entries=64, show_spinner=False)
def run_policy_map(preset: str, values: bytes, schedules: str, x: str, y: str, kpi: str, horizon: int) -> PolicyMap:
    """``kpi`` at ``horizon`` over a grid of the levers ``x`` and ``y``."""
    sc = replace(presets()[preset], params=unpack(values), schedules=unsched(schedules))
    return policy_map(sc, x, y, kpi, horizon)


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
