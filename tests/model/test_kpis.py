"""The KPI declarations (``model.kpis``): readings at a horizon, batches, and the comparisons with a reference."""

from __future__ import annotations

import math

import numpy as np
import pytest

import model
from model import ParamBatch, integrate
from model.kpis import EXTRA_SUBSIDY_MIN, KPI_BY_KEY, KPIS, SINGLE_RUN, compare_kpis, kpi_value, kpi_values, lookup_kpi

CASES = ["baseline", "support_100bn", "fee_war_matched"]


def series(name: str, months: int) -> dict[str, np.ndarray]:
    """One run as the app holds it: variable → contiguous monthly values, shape (T,)."""
    sc = model.load_scenario(name)
    raw = integrate(sc.params, reference=sc.state, schedules=sc.schedules, months=months)
    return {v: np.ascontiguousarray(a[:, 0]) for v, a in raw.data.items()}


def by_hand(kpi: str, x: dict[str, np.ndarray], h: int) -> float:
    """The card formulas written out (independent of ``model.kpis``): level at h, or the
    trailing-12-month sum annualised over the months there are."""
    h = min(h, len(x["gmv"]) - 1)
    lo = max(0, h - 11)

    def annual(v: str) -> float:
        return float(x[v][lo : h + 1].sum() * 12 / (h + 1 - lo))

    return {
        "gmv_annual": annual("gmv") / 1000,
        "gmv_share": 100 * float(x["gmv"][h] / (x["gmv"][h] + x["gmv_incumbent"][h] + x["gmv_content"][h])),
        "buyers": float(x["buyers"][h]),
        "merchants_head": float(x["merchants_head"][h]),
        "merchants_smb_new": float(x["merchants_smb_new"][h]),
        "merchants_smb_established": float(x["merchants_smb_established"][h]),
        "head_traffic_share": 100 * float(x["head_traffic_share"][h]),
        "smb_gmv_share": 100 * float(x["smb_gmv_share"][h]),
        "two_way_flow_share": 100 * float(x["two_way_flow_share"][h]),
        "platform_revenue": annual("platform_revenue"),
        "platform_profit": annual("platform_profit"),
        "subsidy_spent": float(x["subsidy_spent"][h]),
    }[kpi]


@pytest.mark.parametrize("preset", CASES)
@pytest.mark.parametrize("horizon", [0, 1, 5, 11, 12, 13, 36, 72, 200])
def test_kpi_values_equal_the_formulas_by_hand(preset: str, horizon: int) -> None:
    run = series(preset, 72)
    got = kpi_values(run, horizon)
    assert list(got) == [k.key for k in SINGLE_RUN]
    for key, value in got.items():
        assert value.shape == ()
        np.testing.assert_allclose(float(value), by_hand(key, run, horizon), rtol=1e-12, atol=1e-12, err_msg=key)


@pytest.mark.parametrize("horizon", [0, 12, 36, 72])
def test_compare_kpis_gives_deltas_and_the_per_rmb_efficiency(horizon: int) -> None:
    cur, base = series("support_100bn", 72), series("baseline", 72)
    cards = {c.key: c for c in compare_kpis(cur, base, horizon)}
    for k in SINGLE_RUN:
        c = cards[k.key]
        assert c.value == pytest.approx(by_hand(k.key, cur, horizon), rel=1e-12, abs=1e-12)
        assert c.delta == pytest.approx(by_hand(k.key, cur, horizon) - by_hand(k.key, base, horizon), rel=1e-9, abs=1e-12)
    extra = cur["subsidy_spent"][horizon] - base["subsidy_spent"][horizon]
    if extra <= EXTRA_SUBSIDY_MIN:  # the programme has not spent anything yet: no efficiency cards
        assert "gmv_per_subsidy" not in cards and "profit_per_subsidy" not in cards
        return
    d_gmv = sum(cur["gmv"][m] - base["gmv"][m] for m in range(horizon + 1))
    d_profit = cur["cumulative_profit"][horizon] - base["cumulative_profit"][horizon]
    assert cards["gmv_per_subsidy"].value == pytest.approx(d_gmv / extra, rel=1e-9)
    assert cards["profit_per_subsidy"].value == pytest.approx(d_profit / extra, rel=1e-9)
    assert math.isnan(cards["gmv_per_subsidy"].delta) and math.isnan(cards["profit_per_subsidy"].delta)
    # a programme that pays for itself in GMV but not in profit, at these defaults
    assert cards["gmv_per_subsidy"].value > 0 and cards["profit_per_subsidy"].value < 0


def test_no_efficiency_cards_without_extra_subsidy() -> None:
    base = series("baseline", 36)
    keys = [c.key for c in compare_kpis(base, base, 36)]
    assert keys == [k.key for k in SINGLE_RUN]
    assert all(c.delta == 0.0 for c in compare_kpis(base, base, 36))


def test_batch_columns_equal_single_runs() -> None:
    sc = model.load_scenario("support_100bn")
    commissions = np.array([0.0, 0.006, 0.03])
    batch = ParamBatch.from_arrays(sc.params, {"commission": commissions})
    raw = integrate(batch, reference=sc.state, schedules=sc.schedules, months=48)
    for h in (0, 7, 30, 48):
        got = kpi_values(raw.data, h)
        for i, c in enumerate(commissions):
            one = integrate(sc.params.replace(commission=c), reference=sc.state, schedules=sc.schedules, months=48)
            single = kpi_values({k: v[:, 0] for k, v in one.data.items()}, h)
            for key, values in got.items():
                assert values.shape == (3,)
                np.testing.assert_allclose(values[i], single[key], rtol=1e-12, atol=1e-12, err_msg=f"{key} h={h}")


def test_declarations_complete_and_lookup_suggests() -> None:
    for k in KPIS:
        assert k.label_en and any("\u4e00" <= ch <= "\u9fff" for ch in k.label_zh), k.key
        assert k.variable in {v.name for v in model.VARIABLES}, k.key
        assert bool(k.help_en) == bool(k.help_zh), k.key
    with pytest.raises(ValueError, match=r"unknown KPI 'gmv_anual'; did you mean 'gmv_annual'"):
        lookup_kpi("gmv_anual")
    with pytest.raises(ValueError, match="horizon = -1"):
        kpi_values(series("baseline", 12), -1)
    with pytest.raises(ValueError, match="compares two runs"):
        kpi_value(KPI_BY_KEY["gmv_per_subsidy"], series("baseline", 12), 12)


def test_the_per_rmb_kpis_attribute_against_the_same_scenario_without_the_subsidy() -> None:
    sc = model.load_scenario("baseline").with_overrides(commission=0.015, subsidy_bn_per_year=40.0)
    without = sc.without_subsidy()
    assert without.params["subsidy_bn_per_year"] == 0.0 and without.params["commission"] == 0.015
    cur, ref, alone = model.run(sc), model.run(model.load_scenario("baseline")), model.run(without)
    cards = {k.key: k for k in cur.kpis(72, reference=ref)}
    spent = cur["subsidy_spent"][72]
    assert cards["gmv_per_subsidy"].value == pytest.approx(float(np.sum(cur["gmv"] - alone["gmv"]) / spent), rel=1e-12)
    profit = (cur["cumulative_profit"][72] - alone["cumulative_profit"][72]) / spent
    assert cards["profit_per_subsidy"].value == pytest.approx(float(profit), rel=1e-12)
    # a scheduled subsidy goes with it
    timed = model.load_scenario("baseline").with_schedules([model.Schedule.parse("subsidy_bn_per_year=30@6")])
    assert not timed.without_subsidy().schedules
