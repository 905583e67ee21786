"""The parameter and variable declarations, and validation built from them (fastest tests)."""

from __future__ import annotations

import math

import pytest

from model import PARAMETERS, VARIABLES, Params
from model.core import OUTPUTS
from model.params import check_value
from model.registry import GROUPS, PARAM_BY_NAME, Param, check_dist

FIXED_PARAMS = {
    "commission",
    "fairness",
    "subsidy_bn_per_year",
    "subsidy_start_month",
    "subsidy_months",
    "subsidy_taper_months",
    "subsidy_budget_bn",
    "rival_match_share_incumbent",
    "rival_match_share_content",
    "commission_incumbent",
    "commission_content",
    "fairness_incumbent",
    "ad_load",
    "marketing_bn_per_year",
    "network_effect",
    "pass_through",
}
FIXED_VARIABLES = {
    "gmv",
    "buyers_high_tier",
    "buyers_low_tier",
    "merchants_head",
    "merchants_smb_new",
    "merchants_smb_established",
    "head_traffic_share",
    "smb_gmv_share",
    "wallet_share_high_tier",
    "wallet_share_low_tier",
    "commission_revenue",
    "ad_revenue",
    "platform_revenue",
    "platform_profit",
    "subsidy_spent",
    "cpc_index",
    "gmv_incumbent",
    "gmv_content",
    "gmv_share",
    "gmv_share_incumbent",
    "merchants_head_content",
    "merchants_smb_incumbent",
    "two_way_flow_share",
    "platform_profit_incumbent",
}


def test_public_names_exist() -> None:
    assert FIXED_PARAMS <= set(PARAM_BY_NAME)
    assert FIXED_VARIABLES <= {v.name for v in VARIABLES}


def test_every_parameter_is_fully_declared() -> None:
    for p in PARAMETERS:
        assert p.min <= p.default <= p.max, p.name
        assert p.step > 0 and p.step <= (p.max - p.min), p.name
        assert p.group in GROUPS
        for text in (p.unit, p.label_en, p.label_zh, p.help_en, p.help_zh, p.symbol):
            assert text.strip(), p.name
        assert any("\u4e00" <= ch <= "\u9fff" for ch in p.label_zh + p.help_zh), p.name


def test_model_md_ranges_kept() -> None:
    c = PARAM_BY_NAME["commission"]
    assert (c.min, c.default, c.max) == (0.0, 0.006, 0.15)
    f = PARAM_BY_NAME["fairness"]
    assert (f.min, f.default, f.max) == (0.0, 0.7, 1.0)
    n = PARAM_BY_NAME["network_effect"]
    assert (n.min, n.declared, n.max) == (0.15, 0.3, 0.6)  # the default is the history's estimate
    assert abs(n.default - 0.3) < 0.1
    r = PARAM_BY_NAME["pass_through"]
    assert (r.min, r.default, r.max) == (0.3, 0.5, 0.8)
    assert PARAM_BY_NAME["exit_threshold"].max < PARAM_BY_NAME["entry_threshold"].min  # hysteresis band


def test_variables_declared_once_and_match_the_kernel() -> None:
    names = [v.name for v in VARIABLES]
    assert len(names) == len(set(names))
    assert set(names) == set(OUTPUTS)
    for v in VARIABLES:
        assert v.unit and v.label_en and v.label_zh


def test_out_of_range_names_parameter_value_and_range() -> None:
    with pytest.raises(ValueError, match=r"'commission'.*0\.5.*\[0, 0\.15\]"):
        Params().replace(commission=0.5)


def test_unknown_name_suggests() -> None:
    with pytest.raises(ValueError, match="did you mean 'commission'"):
        Params().replace(comission=0.01)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, "0.1", None, True])
def test_non_numbers_and_non_finite_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="fairness"):
        check_value("fairness", bad)


def test_params_immutable_hashable_and_by_value() -> None:
    a = Params()
    b = a.replace(fairness=0.5)
    assert a["fairness"] == 0.7 and b["fairness"] == 0.5
    assert hash(Params()) == hash(a) and a == Params()
    assert b.diff(a) == {"fairness": 0.5}
    assert len({a, b, Params.from_mapping({"fairness": 0.5})}) == 2


def test_unchecked_only_for_extremes() -> None:
    p = Params.unchecked({"commission": 0.5})
    assert p["commission"] == 0.5
    with pytest.raises(ValueError, match="unknown parameter 'nope'"):
        Params.unchecked({"nope": 1.0})


KEY_UNCERTAIN = {
    "network_effect",
    "pass_through",
    "margin_months",
    "entry_steepness",
    "price_comparison",
    "effort_margin_sensitivity",
    "quality_smb_high_tier",
    "quality_smb_low_tier",
}


def test_every_uncertain_parameter_has_a_valid_distribution() -> None:
    uncertain = {p.name for p in PARAMETERS if p.uncertain}
    assert KEY_UNCERTAIN <= uncertain
    for p in PARAMETERS:
        if not p.uncertain:
            assert p.dist is None, p.name
            continue
        assert p.dist is not None, p.name
        kind, low, mode, high = p.dist
        assert check_dist(p, p.dist) == p.dist
        if kind == "triangular":
            assert p.min <= low <= mode <= high <= p.max and low < high, p.name
            assert mode == p.default, p.name
        elif kind == "normal":  # an estimate: its mean is the default, its declared value is kept
            assert p.min <= low <= mode <= high <= p.max and low < high and mode == p.default, p.name
            assert p.declared is not None and "estimated from the calibrated history" in p.source, p.name
            continue
        else:
            assert kind == "uniform" and math.isnan(mode) and p.min <= low < high <= p.max, p.name
        assert "dist " in p.source, p.name  # the source says why


def _param(**kw: object) -> Param:
    base: dict[str, object] = dict(
        name="x", symbol="x", unit="-", min=0.0, default=1.0, max=2.0, step=0.1, group="consumers",
        label_en="x", label_zh="x", help_en="x", help_zh="x",
    )  # fmt: skip
    return Param(**{**base, **kw})  # type: ignore[arg-type]


def test_distribution_declaration_validated() -> None:
    assert _param(uncertain=True, dist=("triangular", 0.5, 1.0, 2.0)).dist == ("triangular", 0.5, 1.0, 2.0)
    assert _param(uncertain=True, dist=("uniform", 0.5, math.nan, 1.5)).uncertain
    assert _param(uncertain=True, dist=("normal", 0.5, 1.0, 1.5)).dist == ("normal", 0.5, 1.0, 1.5)
    bad = [
        (("triangular", 1.2, 1.0, 2.0), "low <= mode"),  # low above the mode
        (("triangular", 0.0, 1.0, 2.5), "high <= 2"),  # beyond max
        (("triangular", 0.5, 0.9, 1.5), "not the default"),  # mode off the default
        (("lognormal", 0.5, 1.0, 1.5), "kind one of"),
        (("normal", 0.5, 1.0, 0.5), "low <= mean <= high"),
        (("normal", 0.5, 0.9, 1.5), "not the default"),
        (("uniform", 0.5, 1.0, 1.5), "no mode"),
        (("triangular", 0.5, math.nan, 1.5), "low <= mode"),
        (("triangular", 0.5, 1.0), "kind one of"),
    ]
    for dist, message in bad:
        with pytest.raises(ValueError, match=message):
            _param(uncertain=True, dist=dist)
    with pytest.raises(ValueError, match="needs a dist"):
        _param(uncertain=True)
    with pytest.raises(ValueError, match="needs a dist"):
        _param(dist=("triangular", 0.5, 1.0, 1.5))
