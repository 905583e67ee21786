"""Key performance indicators at a horizon, for a run against its baseline (pure pandas)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

Series = Mapping[str, np.ndarray]


@dataclass(frozen=True, slots=True)
class Kpi:
    """One KPI card: value and delta against the baseline, in display units."""

    key: str
    value: float
    delta: float
    unit: str  # display unit key (see ui.texts.UNITS)
    higher_is_better: bool | None = True


def _last12(frame: Series, col: str, h: int) -> float:
    """Sum of a monthly flow over the 12 months ending at month h (annual rate)."""
    lo = max(0, h - 11)
    return float(frame[col][lo : h + 1].sum() * 12 / (h + 1 - lo))


def kpis(current: Series, base: Series, horizon: int) -> list[Kpi]:
    """The KPI cards at month ``horizon`` (runs as variable → monthly values)."""
    h = min(horizon, len(current["gmv"]) - 1, len(base["gmv"]) - 1)

    def at(frame: Series, col: str) -> float:
        return float(frame[col][h])

    def card(key: str, cur: float, ref: float, unit: str, better: bool | None = True) -> Kpi:
        return Kpi(key=key, value=cur, delta=cur - ref, unit=unit, higher_is_better=better)

    out = [
        card("gmv_annual", _last12(current, "gmv", h) / 1000, _last12(base, "gmv", h) / 1000, "tn_per_year"),
        card("buyers", at(current, "buyers"), at(base, "buyers"), "m_people"),
        card("merchants_head", at(current, "merchants_head"), at(base, "merchants_head"), "m_merchants"),
        card("merchants_smb_new", at(current, "merchants_smb_new"), at(base, "merchants_smb_new"), "m_merchants"),
        card(
            "merchants_smb_established",
            at(current, "merchants_smb_established"),
            at(base, "merchants_smb_established"),
            "m_merchants",
        ),
        card(
            "head_traffic_share",
            100 * at(current, "head_traffic_share"),
            100 * at(base, "head_traffic_share"),
            "percent",
            None,
        ),
        card("smb_gmv_share", 100 * at(current, "smb_gmv_share"), 100 * at(base, "smb_gmv_share"), "percent", None),
        card("platform_revenue", _last12(current, "platform_revenue", h), _last12(base, "platform_revenue", h), "bn_per_year"),
        card("platform_profit", _last12(current, "platform_profit", h), _last12(base, "platform_profit", h), "bn_per_year"),
        card("subsidy_spent", at(current, "subsidy_spent"), at(base, "subsidy_spent"), "bn", None),
    ]
    extra = subsidy_efficiency(current, base, h)
    if extra is not None:
        out += extra
    return out


def subsidy_efficiency(current: Series, base: Series, h: int) -> list[Kpi] | None:
    """ΔGMV and Δprofit per RMB of extra subsidy, cumulated to month h; None without extra subsidy."""
    extra = float(current["subsidy_spent"][h] - base["subsidy_spent"][h])
    if extra <= 1e-9:
        return None
    d_gmv = float((current["gmv"][: h + 1] - base["gmv"][: h + 1]).sum())
    d_profit = float(current["cumulative_profit"][h] - base["cumulative_profit"][h])
    return [
        Kpi(key="gmv_per_subsidy", value=d_gmv / extra, delta=float("nan"), unit="rmb_per_rmb"),
        Kpi(key="profit_per_subsidy", value=d_profit / extra, delta=float("nan"), unit="rmb_per_rmb"),
    ]
