"""The key performance indicators, declared once, and their values at a horizon (vectorised).

A KPI is read from a run's monthly series at a month index ``h`` (0 … months), one of::

    level        x[h] · scale                                   (stocks, shares, cumulative sums)
    annual rate  Σ x[lo … h] · 12 / (h + 1 - lo) · scale,  lo = max(0, h - 11)
                 (a monthly flow summed over the trailing 12 months; annualised
                 over the months there are when h < 11)

The same code serves one run (series of shape (T,)) and a batch (shape (T, N)):
the app's KPI cards, the Monte Carlo bands, the tornado chart and the policy map
all read these declarations.  The KPIs that compare two runs (ΔGMV and Δprofit
per RMB of extra subsidy) need a baseline and stay with the caller.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

import numpy as np

from .params import FloatArray

Unit = Literal["tn_per_year", "bn_per_year", "bn", "m_people", "m_merchants", "percent"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Kpi:
    """One KPI.

    Attributes:
        key: identifier (also the UI's text key ``k_<key>``).
        label_en, label_zh: short labels.
        unit: display unit key (the UI's ``u_<unit>`` text): RMB tn/yr, RMB bn/yr,
            RMB bn, million people, million merchants, or percent.
        higher_is_better: direction of a good change; ``None`` when it depends on the question.
        variable: the run variable it reads (``registry.VARIABLES``).
        how: ``"level"`` (value at the month) or ``"annual_rate"`` (trailing-12-month sum, annualised).
        scale: factor from the variable's model unit to ``unit`` (1/1000: bn → tn; 100: fraction → %).
    """

    key: str
    label_en: str
    label_zh: str
    unit: Unit
    higher_is_better: bool | None
    variable: str
    how: Literal["level", "annual_rate"]
    scale: float = 1.0


KPIS: tuple[Kpi, ...] = (
    Kpi(
        key="gmv_annual",
        label_en="GMV (annual rate)",
        label_zh="GMV（年化）",
        unit="tn_per_year",
        higher_is_better=True,
        variable="gmv",
        how="annual_rate",
        scale=1e-3,
    ),
    Kpi(
        key="buyers",
        label_en="Active buyers",
        label_zh="活跃买家",
        unit="m_people",
        higher_is_better=True,
        variable="buyers",
        how="level",
    ),
    Kpi(
        key="merchants_head",
        label_en="Head-brand merchants",
        label_zh="头部品牌商家",
        unit="m_merchants",
        higher_is_better=True,
        variable="merchants_head",
        how="level",
    ),
    Kpi(
        key="merchants_smb_new",
        label_en="New small merchants",
        label_zh="新入驻中小商家",
        unit="m_merchants",
        higher_is_better=True,
        variable="merchants_smb_new",
        how="level",
    ),
    Kpi(
        key="merchants_smb_established",
        label_en="Established small merchants",
        label_zh="成熟中小商家",
        unit="m_merchants",
        higher_is_better=True,
        variable="merchants_smb_established",
        how="level",
    ),
    Kpi(
        key="head_traffic_share",
        label_en="Head-brand traffic share",
        label_zh="头部品牌流量占比",
        unit="percent",
        higher_is_better=None,
        variable="head_traffic_share",
        how="level",
        scale=100.0,
    ),
    Kpi(
        key="smb_gmv_share",
        label_en="SMB share of GMV",
        label_zh="中小商家GMV占比",
        unit="percent",
        higher_is_better=None,
        variable="smb_gmv_share",
        how="level",
        scale=100.0,
    ),
    Kpi(
        key="platform_revenue",
        label_en="Platform revenue (annual)",
        label_zh="平台收入（年化）",
        unit="bn_per_year",
        higher_is_better=True,
        variable="platform_revenue",
        how="annual_rate",
    ),
    Kpi(
        key="platform_profit",
        label_en="Platform profit (annual)",
        label_zh="平台利润（年化）",
        unit="bn_per_year",
        higher_is_better=True,
        variable="platform_profit",
        how="annual_rate",
    ),
    Kpi(
        key="subsidy_spent",
        label_en="Subsidy spent (cumulative)",
        label_zh="累计扶持支出",
        unit="bn",
        higher_is_better=None,
        variable="subsidy_spent",
        how="level",
    ),
)

KPI_BY_KEY: MappingProxyType[str, Kpi] = MappingProxyType({k.key: k for k in KPIS})
if len(KPI_BY_KEY) != len(KPIS):  # pragma: no cover - declaration error
    raise RuntimeError("duplicate KPI key in KPIS")


def lookup_kpi(key: str) -> Kpi:
    """The declaration of KPI ``key``, or ``ValueError`` with a did-you-mean."""
    from .params import unknown_name_message

    try:
        return KPI_BY_KEY[key]
    except KeyError:
        raise ValueError(unknown_name_message(key, KPI_BY_KEY, "KPI")) from None


def horizon_index(horizon: int, n_months: int) -> int:
    """The month index read for ``horizon``: clipped to the last saved month, as in the app.

    Args:
        horizon: month (0 = the start).
        n_months: number of saved months T (months + 1).
    """
    if isinstance(horizon, bool) or not isinstance(horizon, (int, np.integer)) or horizon < 0:
        raise ValueError(f"horizon = {horizon!r} must be a whole month >= 0")
    return min(int(horizon), n_months - 1)


def kpi_value(kpi: Kpi, data: Mapping[str, FloatArray], horizon: int) -> FloatArray:
    """One KPI at month ``horizon`` (see ``kpi_values``)."""
    x = data[kpi.variable]
    h = horizon_index(horizon, x.shape[0])
    if kpi.how == "level":
        return np.asarray(x[h] * kpi.scale)
    lo = max(0, h - 11)
    return np.asarray(x[lo : h + 1].sum(axis=0) * 12 / (h + 1 - lo) * kpi.scale)


def kpi_values(data: Mapping[str, FloatArray], horizon: int) -> dict[str, FloatArray]:
    """Every KPI at month ``horizon``, in display units.

    Args:
        data: run variable → monthly series, shape (T,) for one run or (T, N) for a
            batch (``RawRun.data``, ``Result.raw.data``, or the app's per-run dict).
        horizon: month index h, 0 … T - 1; a larger h reads the last month (as the app).

    Returns:
        KPI key → value: a 0-d array (shape ()) per KPI for (T,) input (``float(v)``
        gives the number), an array of shape (N,) for (T, N) input.
    """
    return {k.key: kpi_value(k, data, horizon) for k in KPIS}
