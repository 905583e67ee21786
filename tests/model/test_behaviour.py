"""Behaviour reproduction and extreme conditions (model.md; Sterman, Business Dynamics, ch. 21)."""

from __future__ import annotations

import numpy as np
import pytest

import model
from model import ParamBatch, Params, Schedule, integrate
from model.facts import compare
from tests.conftest import preset_run

pytestmark = pytest.mark.slow
STOCKS = ("buyers_high_tier", "buyers_low_tier", "merchants_head", "merchants_smb_new", "merchants_smb_established")


def _yearly(res: model.Result, variable: str, years: int) -> np.ndarray:
    return np.array([res.annual(variable, y) for y in range(years)])


# ---------------------------------------------------------------- behaviour 1, 2
def test_concave_growth_from_a_2020_like_start() -> None:
    res = preset_run("start_2020")
    gmv = _yearly(res, "gmv", 6)
    growth = gmv[1:] / gmv[:-1] - 1
    assert np.all(growth > 0)
    assert np.all(np.diff(growth) < 0), growth


def test_2021_to_2024_levels_within_25_percent_of_the_facts() -> None:
    table = compare()
    rows = table[(table.preset == "start_2020") & table.id.isin(["pdd_gmv_2021", "pdd_gmv_2024", "pdd_buyers_2021"])]
    assert len(rows) == 3
    assert (rows.rel_error.abs() <= 0.25).all(), rows[["id", "fact", "model", "rel_error"]]


def test_buyers_saturate_before_gmv() -> None:
    res = preset_run("start_2020")
    buyers_dec = np.array([res["buyers"][12 * y + 11] for y in range(5)])
    buyer_growth = buyers_dec[1:] / buyers_dec[:-1] - 1  # 2021..2024
    gmv_growth = _yearly(res, "gmv", 5)[1:] / _yearly(res, "gmv", 5)[:-1] - 1
    # within 2-3 years (2022-2023) reach grows < 5 %/yr while GMV still grows > 10 %/yr
    assert any(b < 0.05 and g > 0.10 for b, g in zip(buyer_growth[1:3], gmv_growth[1:3], strict=True))


# ------------------------------------------------------------------ behaviour 3
def test_revenue_vs_commission_is_an_inverted_u_in_the_long_run_only() -> None:
    commissions = np.linspace(0.0, 0.15, 16)
    raw = integrate(ParamBatch.from_arrays(Params(), {"commission": commissions}))
    rev6, rev60 = raw.data["platform_revenue"][6], raw.data["platform_revenue"][60]
    smb60 = raw.data["merchants_smb_new"][60] + raw.data["merchants_smb_established"][60]
    assert np.all(np.diff(rev6) > 0)
    peak = int(np.argmax(rev60))
    assert 0 < peak < len(commissions) - 1, commissions[peak]
    assert np.all(np.diff(smb60) < 0)


# ------------------------------------------------------------------ behaviour 4
def test_temporary_smb_subsidy_leaves_lasting_merchants() -> None:
    subsidy = {
        "subsidy_bn_per_year": 40.0,
        "subsidy_start_month": 0.0,
        "subsidy_months": 24.0,
        "subsidy_budget_bn": 500.0,
        "subsidy_share_smb": 1.0,
        "subsidy_share_head": 0.0,
        "subsidy_share_logistics": 0.0,
        "subsidy_share_coupons": 0.0,
    }
    base = integrate(Params()).data
    sub = integrate(Params().replace(**subsidy)).data
    smb = lambda d: d["merchants_smb_new"][:, 0] + d["merchants_smb_established"][:, 0]
    uplift = smb(sub) - smb(base)
    peak = uplift.max()
    assert peak > 0.3
    remaining = uplift[24 + 24] / peak
    assert 0.25 <= remaining <= 0.70, remaining


# ------------------------------------------------------------------ behaviour 5
def test_fairness_moves_traffic_smb_share_wallets_and_barely_ads() -> None:
    raw = integrate(ParamBatch.from_arrays(Params(), {"fairness": [0.0, 0.7, 1.0]})).data
    head = raw["head_traffic_share"]
    assert 0.75 <= head[0, 0] and head[72, 0] <= 0.90
    assert 0.20 <= head[72, 2] and head[0, 2] <= 0.45
    assert np.all(np.diff(head[[0, 12, 72]], axis=1) < 0)  # monotone in F
    assert np.all(np.diff(raw["smb_gmv_share"][[12, 72]], axis=1) > 0)
    rise_low = raw["wallet_share_low_tier"][72, 2] - raw["wallet_share_low_tier"][72, 0]
    rise_high = raw["wallet_share_high_tier"][72, 2] - raw["wallet_share_high_tier"][72, 0]
    assert rise_low > rise_high
    ads = raw["ad_intensity"]
    assert np.max(np.abs(ads[:, 2] - ads[:, 0])) < 0.01


# ------------------------------------------------------------ extreme conditions
def _assert_sane(data: dict[str, np.ndarray]) -> None:
    for name, series in data.items():
        assert np.all(np.isfinite(series)), name
    for name in STOCKS:
        assert np.all(data[name] >= 0), name


def test_commission_fifty_percent_empties_the_platform() -> None:
    raw = integrate(Params.unchecked({"commission": 0.5}), months=120).data
    base = integrate(Params(), months=120).data
    _assert_sane(raw)
    assert raw["merchants"][-1, 0] < 0.1 * base["merchants"][-1, 0]
    assert raw["gmv"][-1, 0] < 0.05 * base["gmv"][-1, 0]


def test_no_shoppers_means_no_buyers_and_merchants_leave() -> None:
    raw = integrate(Params.unchecked({"shoppers_high_tier": 0.0, "shoppers_low_tier": 0.0})).data
    _assert_sane(raw)
    assert raw["buyers"][24, 0] < 0.05 * raw["buyers"][0, 0]  # gone within a few τ_leave
    assert raw["gmv"][-1, 0] < 1e-3 * raw["gmv"][0, 0]
    assert raw["merchants"][-1, 0] < 0.05 * raw["merchants"][0, 0]


def test_huge_subsidy_keeps_merchants_within_the_pools() -> None:
    p = Params.unchecked(
        {"subsidy_bn_per_year": 5000.0, "subsidy_budget_bn": 1e6, "subsidy_start_month": 0.0, "subsidy_months": 72}
    )
    raw = integrate(p, months=72).data
    _assert_sane(raw)
    assert raw["merchants_head"].max() <= Params()["pool_head"]
    assert (raw["merchants_smb_new"] + raw["merchants_smb_established"]).max() <= Params()["pool_smb"]


@pytest.mark.parametrize("fairness", [0.0, 1.0])
def test_traffic_shares_are_shares_at_the_fairness_extremes(fairness: float) -> None:
    raw = integrate(Params().replace(fairness=fairness)).data
    for name in ("head_traffic_share", "head_traffic_share_high_tier", "head_traffic_share_low_tier", "smb_gmv_share"):
        assert np.all((raw[name] >= 0) & (raw[name] <= 1)), name
    assert np.allclose(raw["gmv_head"] + raw["gmv_smb"], raw["gmv"], rtol=1e-12)
    assert np.allclose(raw["gmv_high_tier"] + raw["gmv_low_tier"], raw["gmv"], rtol=1e-12)


def test_every_lever_schedule_combination_stays_sane() -> None:
    scheds = [
        Schedule(param="commission", value=0.15, at_month=6, ramp_months=12),
        Schedule(param="fairness", value=0.0, at_month=12),
        Schedule(param="subsidy_bn_per_year", value=150.0, at_month=0, ramp_months=6),
    ]
    raw = integrate(Params().replace(subsidy_start_month=0, subsidy_budget_bn=500), schedules=scheds, months=120).data
    _assert_sane(raw)
