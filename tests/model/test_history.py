"""The calibrated history: fitted by one deterministic command, its residuals and end state as recorded."""

from __future__ import annotations

import math

import numpy as np
import pytest

import model
from model import estimation
from model.cli import main
from model.facts import compare


@pytest.fixture(scope="module")
def fitted() -> estimation.Fit:
    return estimation.fit()


def test_calibrate_is_deterministic_and_the_committed_file_is_its_output(fitted: estimation.Fit) -> None:
    again = estimation.fit()
    assert np.array_equal(fitted.x, again.x)
    assert estimation.to_toml(fitted) == estimation.to_toml(again)
    assert main(["calibrate", "--check"]) == 0  # data/calibration.toml is what the fit gives


def test_estimates_lie_in_their_ranges_with_finite_standard_errors(fitted: estimation.Fit) -> None:
    lows, highs = (np.array([f.bounds[i] for f in estimation.FREE]) for i in (0, 1))
    held = estimation.at_bound((fitted.x - lows) / (highs - lows))
    for free, x, se, on_bound in zip(estimation.FREE, fitted.x, fitted.se, held, strict=True):
        lo, hi = free.bounds
        assert lo <= x <= hi, free.name
        # inside its range: a positive standard error; on a bound: held there, none
        assert (se == 0.0) if on_bound else (math.isfinite(se) and se > 0), free.name
    assert held.sum() <= 3  # most estimates are pinned by the facts, not by their ranges
    assert np.allclose(fitted.cov, fitted.cov.T) and np.all(np.linalg.eigvalsh(fitted.cov) >= -1e-12)
    assert fitted.cost < 5.0  # ½ Σ (weighted residual)²: the facts are reproduced, not only approached


def test_the_history_preset_runs_with_the_estimates() -> None:
    doc = estimation.read()
    sc = model.load_scenario("history")
    assert sc.history and sc.start == "2018-01"
    for e in doc["estimate"]:
        for name in e["names"]:
            assert sc.state[name] == pytest.approx(e["value"], rel=1e-12), name


def test_residuals_are_the_facts_against_the_history_run(fitted: estimation.Fit) -> None:
    table = compare().set_index(["id", "preset"])
    for tg, v, r in zip(fitted.targets, fitted.model_values, fitted.residuals, strict=True):
        row = table.loc[(tg.fact_id, "history")]
        assert v == pytest.approx(row["model"], rel=1e-9), tg.fact_id
        assert r == pytest.approx(math.log(row["model"] / row["fact"]) / tg.sigma, rel=1e-9, abs=1e-9)
        assert bool(row["within"]), tg.fact_id  # every disclosed series within its tolerance


def test_sigma_follows_the_facts_confidence() -> None:
    by_id = {t.fact_id: t.sigma for t in estimation.targets()}
    assert by_id["pdd_gmv_2019"] == estimation.CONFIDENCE_SIGMA["high"]
    assert by_id["pdd_gmv_2024"] == estimation.CONFIDENCE_SIGMA["low-medium"]
    assert by_id["douyin_gmv_2024"] == estimation.CONFIDENCE_SIGMA["medium"]
    assert by_id["head_traffic_share_bid"] == estimation.CONFIDENCE_SIGMA["low"]


def test_the_recorded_end_state_is_the_history_in_january_2025() -> None:
    end = estimation.read()["state"]["2025-01"]
    r = model.run(model.load_scenario("history"), months=84)
    assert end["shoppers_low_tier"] == pytest.approx(float(r["shoppers_low_tier"][84]), rel=1e-12)
    assert end["wallet_share_low_tier_content_0"] == pytest.approx(float(r["wallet_share_low_tier_content"][84]), rel=1e-12)
    assert end["merchants_total_smb_established"] == pytest.approx(float(r["sellers_smb_established"][84]), rel=1e-12)
    assert end["ad_spend"] == pytest.approx(float(r["ad_intensity"][84]), rel=1e-12)
    assert set(end) == set(estimation.STATE_MAP)


def test_the_historys_bands_draw_the_estimates_from_the_fit() -> None:
    from model.analysis import monte_carlo, uniforms

    doc = estimation.read()
    cov = np.asarray(doc["fit"]["cov"])
    u = uniforms(len(estimation.FREE), 4000, seed=3)
    x = estimation.draws(u)
    names = [e["names"][0] for e in doc["estimate"]]
    for i, e in enumerate(doc["estimate"]):  # well inside its range: the fit's mean and standard error
        lo, hi = e["bounds"]
        if e["se"] > 0 and lo + 3 * e["se"] < e["value"] < hi - 3 * e["se"]:
            assert np.mean(x[names[i]]) == pytest.approx(e["value"], abs=0.05 * e["se"])
            assert np.std(x[names[i]]) == pytest.approx(e["se"], rel=0.05)
        if e["se"] == 0:  # held on its bound
            assert np.all(x[names[i]] == e["value"])
    a, b = names.index("start_buyers_frac"), names.index("start_wallet_share_frac")
    r_fit = cov[a, b] / np.sqrt(cov[a, a] * cov[b, b])
    assert np.corrcoef(x[names[a]], x[names[b]])[0, 1] == pytest.approx(r_fit, abs=0.05)  # correlated, as fitted
    bands = monte_carlo(model.load_scenario("history"), months=84, draws=200, variables=["gmv", "buyers"])
    for name in names:
        assert name in bands.samples
    for year, fact in ((0, 471.6), (1, 1006.6), (2, 1667.6), (3, 2441.0)):  # disclosed GMV inside p10-p90
        lo, hi = (float(bands.data["gmv"][q][12 * year : 12 * year + 12].sum()) for q in (0, 2))
        assert lo <= fact <= hi, (2018 + year, lo, fact, hi)


def test_the_network_effect_is_the_models_own_estimate() -> None:
    from model.registry import PARAM_BY_NAME

    e = next(e for e in estimation.read()["estimate"] if e["names"] == ["network_effect"])
    assert e["shared"]
    p = PARAM_BY_NAME["network_effect"]
    assert p.default == e["value"] and p.declared == 0.3
    assert p.dist == ("normal", max(p.min, e["value"] - 2 * e["se"]), e["value"], min(p.max, e["value"] + 2 * e["se"]))
    shared = [f.name for f in estimation.FREE if f.shared]
    assert shared == ["network_effect"]  # the others describe the history only


def _stocks_at(r: model.Result, m: int) -> dict[str, float]:
    """The run's starting-state stocks at month ``m``: buyers, wallet shares, merchants' effort and
    sellers (every platform and segment), shoppers, and what the first month sells and earns."""
    names = [
        n
        for n in r.raw.data
        if n.startswith(("buyers_", "wallet_share_", "effort_", "sellers_", "shoppers_"))
        or n in ("gmv", "gmv_incumbent", "gmv_content", "take_rate", "take_rate_incumbent", "ad_revenue")
    ]
    return {n: float(r[n][m]) for n in names}


def test_every_preset_starts_where_the_history_is_at_its_start() -> None:
    """All presets agree about January 2025: month 0 of every 2025 preset is month 84 of the
    calibrated history, stock by stock (and the 2024 fee-waiver preset is its month 72); the
    month's GMV, ad revenue and take rates too, read off the preset's counterfactual (its policy taken
    away; a policy acting from month 0 moves month 0's flows, not its stocks)."""
    hist = model.run(model.load_scenario("history"), months=84)
    others = [sc for sc in model.presets() if not sc.history]
    assert len(others) == 11
    for sc in others:
        m = estimation.month_index(estimation.HISTORY_START, sc.start)
        assert m == (72 if sc.name == "pdd_2024_fee_waiver" else 84), sc.name
        start, then = _stocks_at(model.run(sc.counterfactual_scenario(), months=1), 0), _stocks_at(hist, m)
        assert len(start) > 40
        for name, v in start.items():
            assert v == pytest.approx(then[name], rel=1e-9, abs=1e-12), (sc.name, name)
    # the registry defaults are the history's January 2025; the declared values stay on record
    from model.registry import PARAM_BY_NAME

    end = estimation.read()["state"]["2025-01"]
    for name, v in end.items():
        p = PARAM_BY_NAME[name]
        assert p.default == v and p.declared is not None, name
