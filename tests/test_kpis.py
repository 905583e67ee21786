"""The KPI declarations in ``model.kpis`` against the app's card formulas (``ui/kpi.py``)."""

from __future__ import annotations

import numpy as np
import pytest

import model
from model import ParamBatch, integrate
from model.kpis import KPI_BY_KEY, KPIS, kpi_values, lookup_kpi
from ui import kpi as ui_kpi

CASES = ["baseline", "support_100bn", "fee_war_matched"]


def series(name: str, months: int) -> dict[str, np.ndarray]:
    """One run as the app holds it: variable → contiguous monthly values, shape (T,)."""
    sc = model.load_scenario(name)
    raw = integrate(sc.params, reference=sc.state, schedules=sc.schedules, months=months)
    return {v: np.ascontiguousarray(a[:, 0]) for v, a in raw.data.items()}


@pytest.mark.parametrize("preset", CASES)
@pytest.mark.parametrize("horizon", [0, 1, 5, 11, 12, 13, 36, 72, 200])
def test_kpi_values_equal_the_app_cards(preset: str, horizon: int) -> None:
    run = series(preset, 72)
    base = series("baseline", 72)
    cards = {c.key: c for c in ui_kpi.kpis(run, base, horizon)}
    got = kpi_values(run, horizon)
    assert list(got) == [k.key for k in KPIS]
    assert set(cards) - set(got) <= {"gmv_per_subsidy", "profit_per_subsidy"}  # those compare two runs
    for key, value in got.items():
        assert value.shape == ()
        card = cards[key]
        np.testing.assert_allclose(float(value), card.value, rtol=1e-12, atol=1e-12, err_msg=key)
        assert KPI_BY_KEY[key].unit == card.unit, key
        assert KPI_BY_KEY[key].higher_is_better == card.higher_is_better, key


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
        assert k.variable in model.registry.VARIABLE_BY_NAME, k.key
    with pytest.raises(ValueError, match=r"unknown KPI 'gmv_anual'; did you mean 'gmv_annual'"):
        lookup_kpi("gmv_anual")
    with pytest.raises(ValueError, match="horizon = -1"):
        kpi_values(series("baseline", 12), -1)
