"""The parameter and variable declarations, and validation built from them (fastest tests)."""

from __future__ import annotations

import math

import pytest

from model import PARAMETERS, VARIABLES, Params
from model.core import OUTPUTS
from model.params import check_value
from model.registry import GROUPS, PARAM_BY_NAME

FIXED_PARAMS = {
    "commission",
    "fairness",
    "subsidy_bn_per_year",
    "subsidy_start_month",
    "subsidy_months",
    "subsidy_taper_months",
    "subsidy_budget_bn",
    "rival_match_share",
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
    assert (n.min, n.default, n.max) == (0.15, 0.3, 0.6)
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
