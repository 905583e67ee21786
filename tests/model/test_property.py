"""Property test: any parameter set inside the declared ranges gives a sane run."""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model import PARAMETERS, Params, Scenario, Schedule, integrate, presets, run
from model.analysis import monte_carlo, policy_map, tornado
from model.schedule import MAX_MONTH

pytestmark = pytest.mark.slow
_P = ("", "_incumbent", "_content")
SHARES = tuple(f"{n}{p}" for n in ("head_traffic_share", "smb_gmv_share", "gmv_share", "two_way_flow_share") for p in _P)
FRACTIONS = (
    *SHARES,
    *(f"wallet_share_{s}" for s in ("high_tier", "low_tier", "remote")),
    *(f"effort_{k}{p}" for k in ("head", "smb", "farm") for p in _P),
    "logistics_coverage",
)
STOCKS = (
    *(f"buyers_{s}" for s in ("high_tier", "low_tier", "remote")),
    "sellers_head",
    "sellers_smb_new",
    "sellers_smb_established",
    "sellers_farm",
    *(f"cpc_index{p}" for p in _P),
    *(f"net_commission{p}" for p in _P),
    "subsidy_spent",
    "smb_capability",
)


@st.composite
def param_sets(draw: st.DrawFn) -> Params:
    values = tuple(draw(st.floats(p.min, p.max, allow_nan=False)) for p in PARAMETERS)
    return Params(values)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(run=param_sets(), reference=st.one_of(st.none(), param_sets()))
def test_any_declared_parameters_give_finite_nonnegative_runs(run: Params, reference: Params | None) -> None:
    # reference None → shock on the default equilibrium; else calibrated at the drawn state
    raw = integrate(run, reference=reference, months=72).data
    for name, series in raw.items():
        assert np.all(np.isfinite(series)), name
    for name in STOCKS:
        assert np.all(raw[name] >= 0), name
    for name in FRACTIONS:
        assert np.all((raw[name] >= 0) & (raw[name] <= 1)), name


# ------------------------------------------------------------------ edges, schedules, the Monte Carlo path
# Every declared range at its ends, in combination, with lever schedules, through the paths the
# app uses (run from a preset's reference state; the batch Monte Carlo; tornado; policy map).
# Warnings are errors here: nothing (overflow, invalid value, division by zero) may escape.
PRESETS = {sc.name: sc for sc in presets()}
SCHEDULABLE = [p for p in PARAMETERS if p.schedulable]


def assert_sane(data: Mapping[str, np.ndarray], where: str) -> None:
    for name, series in data.items():
        assert np.all(np.isfinite(series)), (where, name)
    for name in STOCKS:
        assert np.all(data[name] >= 0), (where, name)
    for name in FRACTIONS:
        assert np.all((data[name] >= 0) & (data[name] <= 1 + 1e-12)), (where, name)


@pytest.mark.parametrize("edge", ["min", "max"])
@pytest.mark.parametrize("param", [p.name for p in PARAMETERS])
def test_each_parameter_at_each_end_of_its_range(param: str, edge: str) -> None:
    p = next(q for q in PARAMETERS if q.name == param)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for sc in PRESETS.values():
            res = run(sc.with_overrides({param: getattr(p, edge)}), months=120)
            assert_sane(res.raw.data, f"{sc.name}: {param}={edge}")


@st.composite
def edge_scenarios(draw: st.DrawFn) -> Scenario:
    """A preset with each policy parameter at its min, max or preset value, and up to three schedules."""
    sc = PRESETS[draw(st.sampled_from(sorted(PRESETS)))]
    overrides = {}
    for p in PARAMETERS:
        choice = draw(st.sampled_from(["keep", "keep", "min", "max"]))
        if choice != "keep":
            overrides[p.name] = getattr(p, choice)
    schedules = []
    for p in draw(st.lists(st.sampled_from(SCHEDULABLE), max_size=3)):
        value = draw(st.one_of(st.sampled_from([p.min, p.max]), st.floats(p.min, p.max)))
        at = draw(st.one_of(st.sampled_from([0.0, MAX_MONTH]), st.floats(0, MAX_MONTH)))
        ramp = draw(st.one_of(st.sampled_from([0.0, MAX_MONTH]), st.floats(0, MAX_MONTH)))
        schedules.append(Schedule(param=p.name, value=value, at_month=at, ramp_months=ramp))
    return replace(sc.with_overrides(overrides), schedules=tuple(schedules))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sc=edge_scenarios())
def test_edge_combinations_with_schedules_give_sane_runs(sc: Scenario) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        res = run(sc, months=120)
    assert_sane(res.raw.data, "run")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sc=edge_scenarios())
def test_monte_carlo_tornado_and_policy_map_at_the_edges(sc: Scenario) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        bands = monte_carlo(sc, months=72, draws=40)
        bars = tornado(sc, "gmv_annual", 72)
        grid = policy_map(sc, "commission", "fairness", "platform_profit", 72, nx=5, ny=4)
    assert_sane({k: v for k, v in bands.data.items()}, "monte carlo")
    for name, q in bands.data.items():
        assert np.all(q[0] <= q[1] + 1e-9) and np.all(q[1] <= q[2] + 1e-9), name
    assert all(np.isfinite(v).all() for v in bands.kpis.values())
    assert all(math.isfinite(b.kpi_low) and math.isfinite(b.kpi_high) and math.isfinite(b.kpi_base) for b in bars)
    assert np.all(np.isfinite(grid.values))
