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
    for free, x, se in zip(estimation.FREE, fitted.x, fitted.se, strict=True):
        lo, hi = free.bounds
        assert lo <= x <= hi, free.name
        assert math.isfinite(se) and se > 0, free.name
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
