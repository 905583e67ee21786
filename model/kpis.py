"""The key performance indicators, declared once, and their values at a horizon (vectorised).

A KPI is read from a run's monthly series at a month index ``h`` (0 … months), one of::

    level        x[h] · scale                                   (stocks, shares, cumulative sums)
    annual rate  Σ x[lo … h] · 12 / (h + 1 - lo) · scale,  lo = max(0, h - 11)
                 (a monthly flow summed over the trailing 12 months; annualised
                 over the months there are when h < 11)

The same code serves one run (series of shape (T,)) and a batch (shape (T, N)):
the app's KPI cards, the KPI table (``python -m model kpis`` and the app's download),
the Monte Carlo bands, the tornado chart and the policy map all read these declarations.

Two KPIs attribute a run's subsidy (``per_extra_subsidy``): the change in a reading per RMB of
subsidy spent up to month h, against the *same* scenario without the subsidy (its rate at 0 and
its schedules gone, ``Scenario.without_subsidy``) -- so a commission or fairness change made
alongside is not divided by the subsidy::

    cumulative   Σ (x - x_0)[0 … h] / (Spent - Spent_0)[h]     (ΔGMV per RMB of subsidy)
    level        (x - x_0)[h] / (Spent - Spent_0)[h]           (Δcumulative profit per RMB)

They exist only where the run spends more than that (``EXTRA_SUBSIDY_MIN``).  ``compare_kpis``
takes the no-subsidy run as ``attribution``; without one it falls back to the reference.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

import numpy as np

from .params import FloatArray

Unit = Literal["tn_per_year", "bn_per_year", "bn", "m_people", "m_merchants", "percent", "rmb_per_rmb"]
How = Literal["level", "annual_rate", "cumulative"]

UNIT_TEXT: MappingProxyType[str, str] = MappingProxyType(
    {
        "tn_per_year": "RMB tn per year",
        "bn_per_year": "RMB bn per year",
        "bn": "RMB bn",
        "m_people": "M people",
        "m_merchants": "M merchants",
        "percent": "%",
        "rmb_per_rmb": "RMB per RMB",
    }
)
"""Each display unit in words (the KPI table's unit column; the app words them in both languages)."""

EXTRA_SUBSIDY_MIN = 1e-9
"""RMB bn: below this much extra subsidy the per-RMB KPIs are undefined (not shown)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Kpi:
    """One KPI.

    Attributes:
        key: identifier (also the UI's text key ``k_<key>``).
        label_en, label_zh: short labels.
        unit: display unit key (the UI's ``u_<unit>`` text): RMB tn/yr, RMB bn/yr,
            RMB bn, million people, million merchants, or percent.
        higher_is_better: direction of a good change; ``None`` when it depends on the question.
        variable: the run variable it reads (``model.equations.VARIABLES``).
        how: ``"level"`` (value at the month), ``"annual_rate"`` (trailing-12-month sum,
            annualised) or ``"cumulative"`` (sum of the monthly values from month 0).
        scale: factor from the variable's model unit to ``unit`` (1/1000: bn → tn; 100: fraction → %).
        per_extra_subsidy: a comparison with a reference run: the change in the reading per
            RMB of extra subsidy spent (see the module docstring).
        help_en, help_zh: one-line explanation (shown as the card's help), or ``""``.
    """

    key: str
    label_en: str
    label_zh: str
    unit: Unit
    higher_is_better: bool | None
    variable: str
    how: How
    scale: float = 1.0
    per_extra_subsidy: bool = False
    help_en: str = ""
    help_zh: str = ""


_PER_RMB_HELP = (
    "Cumulative change up to the horizon against the same scenario without the subsidy, divided by the"
    " subsidy spent (other changes to the levers are not counted).",
    "截至所选月份，与不含扶持的同一情景相比的累计变化，除以扶持支出（其他杠杆的改动不计入）。",
)

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
        key="gmv_share",
        label_en="Share of the three platforms' GMV",
        label_zh="三家平台GMV中的份额",
        unit="percent",
        higher_is_better=True,
        variable="gmv_share",
        how="level",
        scale=100.0,
        help_en="The focal platform's GMV over the GMV of all three platforms (it competes with a Taobao/Tmall-like"
        " incumbent and a Douyin-like content platform).",
        help_zh="本平台GMV占三家平台GMV之和的比例（与淘宝天猫型平台和抖音型内容平台竞争）。",
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
        key="two_way_flow_share",
        label_en="Two-way flow (share of GMV)",
        label_zh="双向流动（占GMV）",
        unit="percent",
        higher_is_better=True,
        variable="two_way_flow_share",
        how="level",
        scale=100.0,
        help_en="消费平权: GMV that crosses tiers — brand goods bought by lower-tier and remote buyers plus small"
        " merchants' and farm goods bought by higher-tier buyers.",
        help_zh="消费平权：跨层级流动的GMV——下沉与偏远买家购买的品牌商品，加上一二线买家购买的中小商家与农产品。",
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
    Kpi(
        key="gmv_per_subsidy",
        label_en="ΔGMV per RMB of subsidy",
        label_zh="每元扶持带来的GMV增量",
        unit="rmb_per_rmb",
        higher_is_better=True,
        variable="gmv",
        how="cumulative",
        per_extra_subsidy=True,
        help_en=_PER_RMB_HELP[0],
        help_zh=_PER_RMB_HELP[1],
    ),
    Kpi(
        key="profit_per_subsidy",
        label_en="Δprofit per RMB of subsidy",
        label_zh="每元扶持带来的利润变化",
        unit="rmb_per_rmb",
        higher_is_better=True,
        variable="cumulative_profit",
        how="level",
        per_extra_subsidy=True,
        help_en=_PER_RMB_HELP[0],
        help_zh=_PER_RMB_HELP[1],
    ),
)

KPI_BY_KEY: MappingProxyType[str, Kpi] = MappingProxyType({k.key: k for k in KPIS})
if len(KPI_BY_KEY) != len(KPIS):  # pragma: no cover - declaration error
    raise RuntimeError("duplicate KPI key in KPIS")


def _level(key: str, en: str, zh: str, unit: Unit, variable: str | None = None, scale: float = 1.0) -> Kpi:
    return Kpi(
        key=key, label_en=en, label_zh=zh, unit=unit, higher_is_better=True, variable=variable or key, how="level", scale=scale
    )


EFFECTS: tuple[Kpi, ...] = (
    KPI_BY_KEY["gmv_annual"],
    _level("cumulative_profit", "Cumulative profit from month 0", "自第0个月起的累计利润", "bn"),
    _level("merchants_head", "Head-brand merchants", "头部品牌商家", "m_merchants"),
    _level("merchants_smb", "Small merchants", "中小商家", "m_merchants"),
    _level("merchants_farm", "Farm producers", "农产品商家", "m_merchants"),
    _level("buyers_high_tier", "Buyers, higher-tier cities", "一二线城市买家", "m_people"),
    _level("buyers_low_tier", "Buyers, lower-tier cities", "下沉市场买家", "m_people"),
    _level("buyers_remote", "Buyers, remote areas", "偏远地区买家", "m_people"),
    KPI_BY_KEY["subsidy_spent"],
    KPI_BY_KEY["two_way_flow_share"],
)
"""The headline effects of a question (a preset against its counterfactual, ``effects``): GMV,
cumulative profit, merchants by type, buyers by tier, subsidy spent and the two-way flow."""


def effects(current: Mapping[str, FloatArray], reference: Mapping[str, FloatArray], horizon: int) -> list[KpiValue]:
    """Each of ``EFFECTS`` at month ``horizon`` in one run: ``value`` in the current run, ``delta``
    the effect (current − reference).  Series of shape (T,)."""
    out = []
    for k in EFFECTS:
        value = float(_read(k, current[k.variable], horizon))
        out.append(KpiValue(kpi=k, value=value, delta=value - float(_read(k, reference[k.variable], horizon))))
    return out


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


def _read(kpi: Kpi, x: FloatArray, horizon: int) -> FloatArray:
    """The reading of ``kpi`` from series ``x`` (shape (T,) or (T, N)) at month ``horizon``."""
    h = horizon_index(horizon, x.shape[0])
    if kpi.how == "level":
        return np.asarray(x[h] * kpi.scale)
    if kpi.how == "cumulative":
        return np.asarray(x[: h + 1].sum(axis=0) * kpi.scale)
    lo = max(0, h - 11)
    return np.asarray(x[lo : h + 1].sum(axis=0) * 12 / (h + 1 - lo) * kpi.scale)


def kpi_value(kpi: Kpi, data: Mapping[str, FloatArray], horizon: int) -> FloatArray:
    """One single-run KPI at month ``horizon`` (see ``kpi_values``)."""
    if kpi.per_extra_subsidy:
        raise ValueError(f"KPI {kpi.key!r} compares two runs: use compare_kpis(current, reference, horizon)")
    return _read(kpi, data[kpi.variable], horizon)


SINGLE_RUN: tuple[Kpi, ...] = tuple(k for k in KPIS if not k.per_extra_subsidy)
"""The KPIs of one run (every KPI but the per-RMB-of-subsidy comparisons)."""


def kpi_values(data: Mapping[str, FloatArray], horizon: int) -> dict[str, FloatArray]:
    """Every single-run KPI at month ``horizon``, in display units.

    Args:
        data: run variable → monthly series, shape (T,) for one run or (T, N) for a
            batch (``RawRun.data``, ``Result.raw.data``, or the app's per-run dict).
        horizon: month index h, 0 … T - 1; a larger h reads the last month (as the app).

    Returns:
        KPI key → value: a 0-d array (shape ()) per KPI for (T,) input (``float(v)``
        gives the number), an array of shape (N,) for (T, N) input.
    """
    return {k.key: kpi_value(k, data, horizon) for k in SINGLE_RUN}


def extra_subsidy(current: Mapping[str, FloatArray], reference: Mapping[str, FloatArray], horizon: int) -> FloatArray:
    """RMB bn of subsidy spent up to month ``horizon`` beyond the reference's."""
    h = horizon_index(horizon, min(current["subsidy_spent"].shape[0], reference["subsidy_spent"].shape[0]))
    return np.asarray(current["subsidy_spent"][h] - reference["subsidy_spent"][h])


@dataclass(frozen=True, slots=True)
class KpiValue:
    """One KPI of a run against a reference: ``value`` and ``delta`` (value − reference's value)
    in the KPI's display unit; ``delta`` is nan for the per-RMB-of-subsidy comparisons."""

    kpi: Kpi
    value: float
    delta: float

    @property
    def key(self) -> str:
        return self.kpi.key

    @property
    def unit(self) -> Unit:
        return self.kpi.unit


def compare_kpis(
    current: Mapping[str, FloatArray],
    reference: Mapping[str, FloatArray],
    horizon: int,
    *,
    attribution: Mapping[str, FloatArray] | None = None,
) -> list[KpiValue]:
    """Every KPI of one run against a reference at month ``horizon``, in declaration order.

    The per-RMB-of-subsidy KPIs compare the run with ``attribution`` (the same scenario without
    the subsidy; default: the reference) and are included only when the run spends more than
    ``EXTRA_SUBSIDY_MIN`` beyond it by then.  Series of shape (T,); the runs may differ in
    length (the horizon is clipped to the shorter).
    """
    base = reference if attribution is None else attribution
    n = min(current[SINGLE_RUN[0].variable].shape[0], reference[SINGLE_RUN[0].variable].shape[0], base["gmv"].shape[0])
    h = horizon_index(horizon, n)
    out = []
    extra = float(extra_subsidy(current, base, h))
    for k in KPIS:
        if not k.per_extra_subsidy:
            cur, ref = float(_read(k, current[k.variable], h)), float(_read(k, reference[k.variable], h))
            out.append(KpiValue(k, cur, cur - ref))
        elif extra > EXTRA_SUBSIDY_MIN:
            gain = _read(k, current[k.variable][: h + 1] - base[k.variable][: h + 1], h)
            out.append(KpiValue(k, float(gain) / extra, float("nan")))
    return out
