"""Integrator invariants: equilibrium start, mass balance, dt halving, batch = single, purity."""

from __future__ import annotations

import numpy as np
import pytest

import model
from model import ParamBatch, Params, integrate
from model.equations import NO_GROWTH, VARIABLES

STOCKS = [v.name for v in VARIABLES if v.kind == "stock" and not v.name.startswith(("cumulative_profit", "smb_volume"))]
"""The saved stocks that hold still at a reference state (not the running sums of profit and output)."""


@pytest.mark.parametrize("preset", ["baseline", "bid_incumbent", "pdd_2024_fee_waiver"])
def test_equilibrium_start_holds_still(preset: str) -> None:
    state = model.load_scenario(preset).state.replace(**NO_GROWTH)
    raw = integrate(state, reference=state, months=72)
    for name in STOCKS:
        series = raw.data[name][:, 0]
        assert np.allclose(series, series[0], rtol=1e-9, atol=1e-12), name


def test_implied_churn_is_plausible() -> None:
    churn_per_year = model.calibrate(ParamBatch.of(Params())).vector("cal_churn_{s}{_p}") * 12
    assert churn_per_year.shape == (1, 9)
    # churn replaces word of mouth and marketing's acquisitions, which go where the room to win is
    assert np.all((churn_per_year > 0.005) & (churn_per_year < 0.5))


def test_merchant_mass_balance_and_subsidy_budget() -> None:
    sc = model.load_scenario("support_100bn").with_overrides(subsidy_bn_per_year=80.0, subsidy_budget_bn=150.0)
    raw = integrate(sc.params, reference=sc.state, months=72, save_every=1)
    d = {k: v[:, 0] for k, v in raw.data.items()}
    dt = model.DT
    head = np.diff(d["sellers_head"]) - dt * (d["merchant_entry_head"] - d["merchant_exit_head"])[:-1]
    farm = np.diff(d["sellers_farm"]) - dt * (d["merchant_entry_farm"] - d["merchant_exit_farm"])[:-1]
    new = np.diff(d["sellers_smb_new"]) - dt * (d["merchant_entry_smb"] - d["merchant_exit_smb_new"] - d["smb_graduation"])[:-1]
    est = np.diff(d["sellers_smb_established"]) - dt * (d["smb_graduation"] - d["merchant_exit_smb_established"])[:-1]
    for residual in (head, farm, new, est):
        assert np.max(np.abs(residual)) < 1e-12
    spent = d["subsidy_spent"]
    assert np.allclose(np.diff(spent), dt * d["subsidy_spend"][:-1], atol=1e-12)
    assert spent.max() <= 150.0 + 1e-9
    assert spent[-1] == pytest.approx(150.0)  # 80 bn/yr for 36 months would exceed the cap


@pytest.mark.parametrize("preset", ["baseline", "support_100bn", "monetise_harder", "history"])
def test_dt_halving_changes_key_outputs_by_less_than_half_a_percent(preset: str) -> None:
    sc = model.load_scenario(preset)
    a = integrate(sc.params, reference=sc.state, schedules=sc.schedules, dt=0.25)
    b = integrate(sc.params, reference=sc.state, schedules=sc.schedules, dt=0.125)
    # the history's challenger phase (GMV more than doubles a year) is the stiffest: within 1 %
    bound = 0.01 if sc.history else 0.005
    for name in ("gmv", "buyers", "merchants", "platform_profit", "head_traffic_share", "cumulative_profit"):
        x, y = a.data[name][:, 0], b.data[name][:, 0]
        # relative to the series' scale: profit may cross zero
        assert np.max(np.abs(x - y)) / np.max(np.abs(y)) < bound, name


def test_batch_equals_single_runs() -> None:
    sets = [Params().replace(network_effect=v, commission=c) for v, c in [(0.15, 0.0), (0.3, 0.02), (0.6, 0.1)]]
    batch = integrate(sets)
    for i, p in enumerate(sets):
        single = integrate(p)
        for name in ("gmv", "merchants", "platform_profit"):
            assert np.array_equal(batch.data[name][:, i], single.data[name][:, 0])


def test_large_batch_split_over_threads_equals_serial() -> None:
    rng = np.random.default_rng(1)
    arrays = {"network_effect": rng.uniform(0.15, 0.6, 300), "pass_through": rng.uniform(0.3, 0.8, 300)}
    batch = integrate(ParamBatch.from_arrays(Params(), arrays))
    for i in (0, 149, 150, 299):
        single = integrate(Params().replace(network_effect=arrays["network_effect"][i], pass_through=arrays["pass_through"][i]))
        assert np.array_equal(batch.data["gmv"][:, i], single.data["gmv"][:, 0])


def test_run_is_pure_and_repeatable() -> None:
    p = Params().replace(fairness=0.4)
    before = p.values
    a, b = integrate(p), integrate(p)
    assert p.values == before
    assert all(np.array_equal(a.data[k], b.data[k]) for k in a.data)


def test_batch_arrays_validated() -> None:
    with pytest.raises(ValueError, match="network_effect"):
        ParamBatch.from_arrays(Params(), {"network_effect": [0.2, 0.9]})


def test_months_must_fit_the_step() -> None:
    with pytest.raises(ValueError, match="multiple of dt"):
        integrate(Params(), months=10.1)
