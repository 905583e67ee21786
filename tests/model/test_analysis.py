"""Monte Carlo bands, tornado and policy map (``model.analysis``) against direct single runs."""

from __future__ import annotations

import functools
from dataclasses import replace

import numpy as np
import pytest

import model
from model import integrate
from model.analysis import (
    QUANTILES,
    Bands,
    monte_carlo,
    policy_map,
    quantile_function,
    scenario_dists,
    tornado,
)
from model.equations import VARIABLE_BY_NAME
from model.estimation import FREE, STATE_MAP
from model.kpis import kpi_values
from model.registry import PARAM_BY_NAME, PARAMETERS
from model.scenario import Scenario

UNCERTAIN = [p.name for p in PARAMETERS if p.uncertain]


def kpi_of(sc: Scenario, key: str, horizon: int, **overrides: float) -> float:
    """A KPI of one direct run of ``sc`` with ``overrides`` (validated) in its run parameters."""
    params = sc.params.replace(**overrides)
    raw = integrate(params, reference=sc.state, schedules=sc.schedules, months=max(horizon, 1))
    return float(kpi_values({k: v[:, 0] for k, v in raw.data.items()}, horizon)[key])


@functools.cache
def scenario(name: str) -> Scenario:
    return model.load_scenario(name)


@functools.cache
def bands(name: str, seed: int = 7, months: int = 36, draws: int = 60) -> Bands:
    return monte_carlo(scenario(name), months=months, draws=draws, seed=seed)


# ------------------------------------------------------------------ distributions
def test_scenario_dists_are_the_registry_dists_at_the_defaults() -> None:
    assert scenario_dists(model.Params()) == {p.name: p.dist for p in PARAMETERS if p.uncertain}


def test_scenario_dists_follow_a_scenario_value() -> None:
    sc = scenario("history")  # wallet_share_months estimated ≈ 60, above the 3/6/18 dist
    v = sc.params["wallet_share_months"]
    assert v > 50
    d = scenario_dists(sc.params)
    assert d["wallet_share_months"] == ("triangular", 3.0, v, v)  # widened to hold the value, its mode
    moved = scenario_dists(sc.params.replace(network_effect=0.5))
    _, low, _, high = PARAM_BY_NAME["network_effect"].dist  # the fit's normal, centred on the value set
    assert moved["network_effect"] == ("normal", low, 0.5, max(high, 0.5))


def test_quantile_function_is_the_triangular_law() -> None:
    u = (np.arange(200_000) + 0.5) / 200_000
    for a, c, b in [(0.15, 0.3, 0.6), (0.0, 0.0, 1.0), (0.0, 1.0, 1.0), (2.0, 4.0, 9.0)]:
        x = quantile_function(("triangular", a, c, b), u)
        assert np.all(np.diff(x) >= 0) and x.min() >= a and x.max() <= b
        assert x.mean() == pytest.approx((a + b + c) / 3, abs=1e-6 * (b - a))
        assert np.mean(x <= c) == pytest.approx((c - a) / (b - a), abs=1e-5)  # mass left of the mode
    x = quantile_function(("uniform", 1.0, float("nan"), 3.0), u)
    assert x.mean() == pytest.approx(2.0) and x.min() >= 1.0 and x.max() <= 3.0
    assert np.all(quantile_function(("triangular", 0.4, 0.4, 0.4), u) == 0.4)


# ------------------------------------------------------------------ Monte Carlo
@pytest.mark.parametrize("name", ["baseline", "fee_war_matched", "history"])
def test_bands_are_ordered_and_shaped(name: str) -> None:
    b = bands(name)
    assert b.quantiles == QUANTILES == (0.1, 0.5, 0.9)
    assert b.draws == 60 and b.seed == 7
    assert np.array_equal(b.t, np.arange(37.0))
    assert set(b.data) == set(VARIABLE_BY_NAME)
    for var, q in b.data.items():
        assert q.shape == (3, 37), var
        assert np.all(np.isfinite(q)), var
        assert np.all(q[0] <= q[1]) and np.all(q[1] <= q[2]), var
    sc = scenario(name)
    # drawn from the fit's covariance: the history's estimates; a 2025 start's state (and shared estimates)
    fitted = {n for f in FREE for n in f.names} if sc.history else set(STATE_MAP) | {"network_effect"}
    assert set(UNCERTAIN) - fitted <= set(b.samples) <= set(UNCERTAIN) | fitted
    if not sc.history:  # the calibrated start is uncertain too: the history's end, draw by draw
        assert {"active_share_low_tier", "merchants_total_smb_established", "ad_spend"} <= set(b.samples)
    for p_name, values in b.samples.items():
        p = PARAM_BY_NAME[p_name]
        _, low, _, high = scenario_dists(sc.params)[p_name] if p_name not in fitted else ("", p.min, 0, p.max)
        assert values.shape == (60,) and np.all((values >= low) & (values <= high)), p_name
    assert all(v.shape == (60,) for v in b.kpis.values())
    # the draws' KPIs are the runs the bands summarise (buyers: a level KPI in model units), and the band has width
    assert np.quantile(b.kpis["buyers"], 0.5) == pytest.approx(b.data["buyers"][1, -1], rel=1e-12)
    assert np.ptp(b.data["gmv"][:, -1]) > 0


def test_same_seed_same_bits_other_seed_other_bands() -> None:
    sc = scenario("fee_war_matched")
    a = monte_carlo(sc, months=24, draws=40, seed=11)
    b = monte_carlo(sc, months=24, draws=40, seed=11)
    c = monte_carlo(sc, months=24, draws=40, seed=12)
    for var in a.data:
        assert np.array_equal(a.data[var], b.data[var]), var
    for name in a.samples:
        assert np.array_equal(a.samples[name], b.samples[name])
        assert not np.array_equal(a.samples[name], c.samples[name])
    assert not np.array_equal(a.data["gmv"], c.data["gmv"])


def test_variables_subset() -> None:
    b = monte_carlo(scenario("baseline"), months=12, draws=10, variables=["gmv", "buyers"])
    assert list(b.data) == ["gmv", "buyers"]


@pytest.mark.parametrize("name", ["baseline", "fee_war_matched", "history"])
def test_zero_width_distributions_collapse_to_the_single_run(name: str) -> None:
    sc = scenario(name).with_overrides(network_effect=0.45)
    point = {n: ("triangular", sc.params[n], sc.params[n], sc.params[n]) for n in UNCERTAIN}
    b = monte_carlo(sc, months=36, draws=17, seed=3, dists=point)
    single = model.run(sc, months=36)
    for var, q in b.data.items():
        for row in q:
            np.testing.assert_allclose(row, single[var], rtol=1e-12, atol=1e-12, err_msg=var)


def test_draw_equals_its_direct_run() -> None:
    """A draw of the bands is the direct run with the draw's assumptions, from the reference state
    recalibrated with them."""
    sc = scenario("fee_war_matched")
    b = monte_carlo(sc, months=24, draws=5, seed=5)
    for i in (0, 4):
        draw = {n: float(v[i]) for n, v in b.samples.items()}  # the assumptions and the calibrated start
        recalibrated = replace(sc, state=sc.state.replace(**draw))
        direct = kpi_of(recalibrated, "gmv_annual", 24, **draw)
        assert b.kpis["gmv_annual"][i] == pytest.approx(direct, rel=1e-9)


# ------------------------------------------------------------------ tornado
@pytest.mark.parametrize(("name", "key", "horizon"), [("baseline", "gmv_annual", 72), ("fee_war_matched", "platform_profit", 30)])
def test_tornado_equals_direct_runs(name: str, key: str, horizon: int) -> None:
    sc = scenario(name)
    bars = tornado(sc, key, horizon)
    assert sorted(b.name for b in bars) == sorted(UNCERTAIN)
    swings = [b.swing for b in bars]
    assert swings == sorted(swings, reverse=True)
    dists = scenario_dists(sc.params)
    base = kpi_of(sc, key, horizon)
    for bar in bars:
        assert (bar.low, bar.high) == (dists[bar.name][1], dists[bar.name][3])
        assert bar.kpi_base == pytest.approx(base, rel=1e-9)
        assert bar.kpi_low == pytest.approx(kpi_of(sc, key, horizon, **{bar.name: bar.low}), rel=1e-9)
        assert bar.kpi_high == pytest.approx(kpi_of(sc, key, horizon, **{bar.name: bar.high}), rel=1e-9)
    assert bars[0].swing > 0


def test_tornado_values_do_not_depend_on_the_run_length() -> None:
    sc = scenario("fee_war_matched")
    assert tornado(sc, "buyers", 12) == tornado(sc, "buyers", 12, months=48)


def test_tornado_with_own_ranges() -> None:
    sc = scenario("baseline")
    bars = tornado(sc, "smb_gmv_share", 24, dists={"pass_through": ("uniform", 0.4, float("nan"), 0.6)})
    assert [(b.name, b.low, b.high) for b in bars] == [("pass_through", 0.4, 0.6)]


# ------------------------------------------------------------------ policy map
def test_policy_map_cells_equal_direct_runs() -> None:
    sc = scenario("fee_war_matched")
    pm = policy_map(sc, "commission", "fairness", "platform_profit", 36, nx=6, ny=5)
    assert pm.values.shape == (5, 6) and pm.xs.shape == (6,) and pm.ys.shape == (5,)
    assert (pm.x, pm.y, pm.kpi, pm.horizon) == ("commission", "fairness", "platform_profit", 36)
    assert (pm.xs[0], pm.xs[-1], pm.ys[0], pm.ys[-1]) == (0.0, 0.15, 0.0, 1.0)  # registry ranges
    for j, i in [(0, 0), (4, 5), (2, 3), (0, 5), (4, 0)]:
        direct = kpi_of(sc, "platform_profit", 36, commission=float(pm.xs[i]), fairness=float(pm.ys[j]))
        assert pm.values[j, i] == pytest.approx(direct, rel=1e-9), (j, i)


def test_policy_map_ranges_and_any_two_parameters() -> None:
    sc = scenario("baseline")
    pm = policy_map(sc, "network_effect", "subsidy_bn_per_year", "merchants_smb_new", 24, nx=3, ny=4, y_range=(0.0, 60.0))
    assert np.allclose(pm.xs, [0.15, 0.375, 0.6]) and np.allclose(pm.ys, [0.0, 20.0, 40.0, 60.0])
    direct = kpi_of(sc, "merchants_smb_new", 24, network_effect=0.6, subsidy_bn_per_year=40.0)
    assert pm.values[2, 2] == pytest.approx(direct, rel=1e-9)
    assert np.all(np.diff(pm.values, axis=0) > 0)  # more subsidy, more new small merchants


def test_policy_map_full_grid() -> None:
    pm = policy_map(scenario("baseline"), "commission", "fairness", "gmv_annual", 72)
    assert pm.values.shape == (21, 25) and np.all(np.isfinite(pm.values))
    assert np.all(np.diff(pm.values, axis=1) < 0)  # GMV falls with commission at every fairness


# ------------------------------------------------------------------ bad input
def test_bad_names_and_values_raise_naming_them() -> None:
    sc = scenario("baseline")
    cases = [
        (lambda: policy_map(sc, "comission", "fairness", "gmv_annual", 12), r"'comission'.*did you mean 'commission'"),
        (lambda: policy_map(sc, "commission", "fairnes", "gmv_annual", 12), r"'fairnes'"),
        (lambda: policy_map(sc, "fairness", "fairness", "gmv_annual", 12), r"two different parameters.*'fairness'"),
        (lambda: policy_map(sc, "commission", "fairness", "gmv", 12), r"unknown KPI 'gmv'"),
        (lambda: policy_map(sc, "commission", "fairness", "buyers", 12, x_range=(0.0, 0.5)), r"'commission'.*0\.5"),
        (lambda: policy_map(sc, "commission", "fairness", "buyers", 12, x_range=(0.1, 0.05)), r"x_range.*'commission'"),
        (lambda: policy_map(sc, "commission", "fairness", "buyers", 12, nx=0), r"nx = 0"),
        (lambda: tornado(sc, "profit", 12), r"unknown KPI 'profit'"),
        (lambda: tornado(sc, "buyers", 13, months=12), r"horizon = 13"),
        (lambda: tornado(sc, "buyers", -1), r"horizon = -1"),
        (lambda: tornado(sc, "buyers", 12, dists={"network_efect": ("uniform", 0.2, float("nan"), 0.3)}), r"'network_efect'"),
        (lambda: tornado(sc, "buyers", 12, dists={"network_effect": ("triangular", 0.1, 0.3, 0.6)}), r"network_effect.*0\.1"),
        (lambda: monte_carlo(sc, months=12, draws=10, variables=["gmvv"]), r"unknown variable 'gmvv'"),
        (lambda: monte_carlo(sc, months=12, draws=0), r"draws = 0"),
    ]
    for call, message in cases:
        with pytest.raises(ValueError, match=message):
            call()


@pytest.mark.parametrize("shape", [(5, 7, 200), (3, 4, 201), (2, 3, 1), (2, 2, 2), (4, 5, 57)])
def test_the_bands_percentiles_are_numpys_bit_for_bit(shape: tuple[int, ...]) -> None:
    from model.analysis import QUANTILES, _percentiles

    x = np.random.default_rng(sum(shape)).standard_normal(shape)
    want = np.percentile(x, [100 * q for q in QUANTILES], axis=-1)
    assert np.array_equal(_percentiles(x.copy(), QUANTILES), want)
    x[0, 0, 0] = np.nan  # numpy's answer with a NaN: NaN where it is, the rest unchanged
    np.testing.assert_array_equal(_percentiles(x.copy(), QUANTILES), np.percentile(x, [100 * q for q in QUANTILES], axis=-1))


# ---------------------------------------------------------------- paired effects (scenario vs counterfactual)
def test_paired_effects_equal_direct_differences_draw_by_draw() -> None:
    """Draw i's effect is the scenario minus its counterfactual, both run with draw i's assumptions
    from the reference state recalibrated at draw i."""
    from model.analysis import paired_effects
    from model.kpis import EFFECTS, kpi_value

    sc = model.load_scenario("support_100bn")
    cf = sc.counterfactual_scenario()
    pe = paired_effects(sc, 48, draws=24, seed=5)
    assert set(pe.effects) == {k.key for k in EFFECTS}
    for i in (0, 7, 23):
        draw = {name: float(v[i]) for name, v in pe.samples.items()}
        state = sc.state.replace(**draw)
        a = model.integrate(sc.params.replace(**draw), reference=state, schedules=sc.schedules, months=48).data
        b = model.integrate(cf.params.replace(**draw), reference=state, schedules=cf.schedules, months=48).data
        for k in EFFECTS:
            want = float(kpi_value(k, a, 48)[0] - kpi_value(k, b, 48)[0])
            assert pe.effects[k.key].effect[i] == pytest.approx(want, rel=1e-9, abs=1e-9), (i, k.key)
    central = model.run(sc, months=48)
    assert pe.effects["subsidy_spent"].central == pytest.approx(float(central["subsidy_spent"][48]))


def test_a_recalibrated_draw_holds_still_without_policy() -> None:
    """Why the state is recalibrated per draw: with the declared growth off, a run with no policy
    holds still in every draw (drawn as a shock on the fixed state, entry steepness alone would
    move merchants)."""
    from model.analysis import quantile_function, scenario_dists, uniforms
    from model.equations import NO_GROWTH

    base = model.load_scenario("baseline").with_overrides(**NO_GROWTH)
    state = base.state.replace(**NO_GROWTH)
    table = list(scenario_dists(base.params).items())
    u = uniforms(len(table), 16, 3)
    samples = {name: quantile_function(d, u[i]) for i, (name, d) in enumerate(table)}
    run_b = model.ParamBatch.from_arrays(base.params, samples).broadcast(16)
    ref_b = model.ParamBatch.from_arrays(state, samples).broadcast(16)
    still = model.integrate(run_b, reference=ref_b, months=36).data["merchants"]
    np.testing.assert_allclose(still[36], still[0], rtol=1e-9)
    shocked = model.integrate(run_b, reference=state, months=36).data["merchants"]
    assert np.max(np.abs(shocked[36] / shocked[0] - 1)) > 0.01


def test_latin_hypercube_keeps_the_odds_steadier_than_plain_sampling() -> None:
    """p10 and p90 of the programme's headline effects over twenty seeds of 200 draws: with a Latin
    hypercube they move less than with plain pseudo-random draws -- summed over the effects
    (relative to their size) by more than 15 %, and both tails of "does it pay back"."""
    from model.analysis import paired_effects

    sc = model.load_scenario("support_100bn")
    spread, profit = {}, {}
    for sampling in ("lhs", "random"):
        runs = [paired_effects(sc, 36, draws=200, seed=seed, sampling=sampling) for seed in range(20)]
        total = 0.0
        for key in runs[0].effects:
            if key == "subsidy_spent":  # the budget: the same in every draw
                continue
            tails = np.array([(r.effects[key].p10, r.effects[key].p90) for r in runs])
            relative = tails.std(axis=0) / np.abs(tails.mean(axis=0))
            total += float(relative.sum())
            if key == "cumulative_profit":
                profit[sampling] = relative
        spread[sampling] = total
    assert spread["lhs"] < 0.85 * spread["random"], spread
    assert np.all(profit["lhs"] < profit["random"]), profit


def test_latin_hypercube_draws_are_stratified() -> None:
    from model.analysis import uniforms

    u = uniforms(3, 50, seed=1)
    for row in u:  # one draw in each of the 50 equal bins
        assert sorted(np.floor(row * 50).astype(int)) == list(range(50))
    assert np.array_equal(u, uniforms(3, 50, seed=1))
    with pytest.raises(ValueError, match="sampling"):
        uniforms(3, 5, 1, "sobol")  # type: ignore[arg-type]


def test_the_programme_pays_in_gmv_in_every_draw_but_not_in_profit() -> None:
    from model.analysis import paired_effects

    pe = paired_effects(model.load_scenario("support_100bn"), 72)
    gmv, profit = pe.effects["gmv_annual"], pe.effects["cumulative_profit"]
    assert gmv.share_positive == 1.0 and gmv.p10 > 0
    assert 0.0 < profit.share_positive < 1.0  # whether it pays back by month 72 is uncertain
    assert pe.effects["subsidy_spent"].p10 == pytest.approx(100.0)


def test_what_would_flip_it_really_flips_the_sign() -> None:
    """Each flip's bracket is a pair of real runs with the effect of opposite signs, inside the
    assumption's range; at the scenario's own value the effect has its central sign."""
    from model.analysis import flips
    from model.kpis import EFFECTS, kpi_value

    sc = model.load_scenario("support_100bn")
    cf = sc.counterfactual_scenario()
    found = flips(sc, 72)
    assert found, "千亿扶持's profit effect turns on contestable assumptions"
    by_key = {k.key: k for k in EFFECTS}
    assert any(f.effect == "cumulative_profit" for f in found)
    for f in found[:4]:
        assert f.low <= f.bracket[0] < f.bracket[1] <= f.high
        assert f.bracket[1] - f.bracket[0] <= 1e-4 * (f.high - f.low) * 1.01
        signs = []
        for x in f.bracket:
            state = sc.state.replace(**{f.param: x})
            a = model.integrate(sc.params.replace(**{f.param: x}), reference=state, schedules=sc.schedules, months=72).data
            b = model.integrate(cf.params.replace(**{f.param: x}), reference=state, schedules=cf.schedules, months=72).data
            k = by_key[f.effect]
            signs.append(np.sign(float(kpi_value(k, a, 72)[0] - kpi_value(k, b, 72)[0])))
        assert signs[0] == -signs[1] != 0, f
        assert (signs[1] != np.sign(f.central)) == f.above, f  # the side the flip lies on
    assert flips(model.load_scenario("fee_war_no_match"), 72) == []  # a robust answer: nothing flips it


def test_the_effect_tornado_is_the_answer_at_each_end_and_its_crossings_are_flips() -> None:
    from model.analysis import effect_tornado, flips
    from model.kpis import EFFECTS, kpi_value

    sc = model.load_scenario("support_100bn")
    cf = sc.counterfactual_scenario()
    bars = effect_tornado(sc, "cumulative_profit", 72)
    assert sorted(b.name for b in bars) == sorted(UNCERTAIN)
    assert [b.swing for b in bars] == sorted((b.swing for b in bars), reverse=True)
    k = next(e for e in EFFECTS if e.key == "cumulative_profit")
    top = bars[0]
    for x, got in ((top.low, top.kpi_low), (top.high, top.kpi_high)):
        state = sc.state.replace(**{top.name: x})
        a = model.integrate(sc.params.replace(**{top.name: x}), reference=state, schedules=sc.schedules, months=72).data
        b = model.integrate(cf.params.replace(**{top.name: x}), reference=state, schedules=cf.schedules, months=72).data
        assert got == pytest.approx(float(kpi_value(k, a, 72)[0] - kpi_value(k, b, 72)[0]), rel=1e-9)
    flipping = {f.param for f in flips(sc, 72) if f.effect == "cumulative_profit"}
    for bar in bars:
        if bar.kpi_low * bar.kpi_high < 0:  # the two ends disagree: the scan found where
            assert bar.name in flipping, bar.name
    with pytest.raises(ValueError, match="effect"):
        effect_tornado(sc, "gmv", 72)


def test_a_2025_start_draws_its_state_from_the_fit() -> None:
    """The Monte Carlo of a 2025 preset draws where the calibrated history ends: each draw is the
    history run with a draw of the estimates (the fit's covariance), read in January 2025, with that
    draw's network effect; a starting-state value the scenario sets itself is not drawn."""
    from model import estimation
    from model.analysis import draw_samples, uniforms

    sc = scenario("support_100bn")
    s = draw_samples(sc, 200, 20251122)
    table = [n for n in UNCERTAIN if n != "network_effect"]
    u = uniforms(len(table) + len(FREE), 200, 20251122)
    x = estimation.draws(u[len(table) :])
    hist = model.load_scenario("history")
    for i in (0, 117):  # the draw's history, run directly
        est = {n: float(v[i]) for n, v in x.items()}
        h = model.run(replace(hist, state=hist.state.replace(**est), params=hist.state.replace(**est)), months=84)
        assert float(s["merchants_total_smb_established"][i]) == pytest.approx(float(h["sellers_smb_established"][84]), rel=1e-9)
        assert float(s["wallet_share_low_tier_0"][i]) == pytest.approx(float(h["wallet_share_low_tier"][84]), rel=1e-9)
        assert float(s["network_effect"][i]) == pytest.approx(est["network_effect"], rel=1e-12)
    end = estimation.read()["state"]["2025-01"]
    for name in ("active_share_low_tier", "merchants_total_smb_established", "pool_smb", "ad_spend"):
        assert np.median(s[name]) == pytest.approx(end[name], rel=0.05), name  # centred on the recorded start
        assert np.ptp(s[name]) > 0, name
    own = replace(sc, state=sc.state.replace(pool_smb=20.0), params=sc.params.replace(pool_smb=20.0))
    assert "pool_smb" not in draw_samples(own, 50, 1) and "pool_head" in draw_samples(own, 50, 1)
    moved = sc.with_overrides(network_effect=0.45)  # the draws move with the scenario's value
    assert np.median(draw_samples(moved, 200, 20251122)["network_effect"]) == pytest.approx(
        np.median(s["network_effect"]) + 0.45 - sc.params["network_effect"], abs=0.01
    )
