"""Calibration facts (``data/facts.csv``) lined up against model runs.

Each comparable fact has one rule here: which preset, which model quantity,
and the tolerance (relative) the model must stay within.  Tolerances follow the
fact's confidence: disclosed figures ±25 % (model.md behaviour test 1), press
estimates and unverified claims wider.  Facts without a rule are context only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .output import Result, run
from .resources import DATA_DIR
from .scenario import load_scenario

HISTORY = "history"
PDD_GMV_2024 = 5200.0  # RMB bn, facts.csv pdd_gmv_2024 (the press estimate the ad rate is read against)

FACTS_CSV = DATA_DIR / "facts.csv"


@dataclass(frozen=True, slots=True)
class Rule:
    """How one fact is compared with the model."""

    fact_id: str
    preset: str
    quantity: str  # human description of the model quantity
    value: Callable[[Result], float]
    tolerance: float  # allowed |model / fact - 1|
    scale: float = 1.0  # fact units → model units
    sigma: float = 0.0  # the fit's error scale when the model quantity is not quite the fact's (0: by confidence)
    why: str = ""  # why sigma and tolerance differ from the fact's confidence


def _dec(variable: str, year_index: int) -> Callable[[Result], float]:
    return lambda r: float(r[variable][12 * year_index + 11])


def _year(variable: str, year_index: int) -> Callable[[Result], float]:
    return lambda r: r.annual(variable, year_index)


def _at(variable: str, month: int, factor: float = 1.0) -> Callable[[Result], float]:
    return lambda r: float(r[variable][month]) * factor


RULES: tuple[Rule, ...] = (
    # the calibrated history (2018-01 on): the targets of the fit (model.estimation)
    *(Rule(f"pdd_gmv_{y}", HISTORY, f"GMV summed over {y}", _year("gmv", y - 2018), 0.25) for y in (2018, 2019, 2020, 2021)),
    Rule("pdd_gmv_2024", HISTORY, "GMV summed over 2024", _year("gmv", 6), 0.25),
    *(
        Rule(f"pdd_buyers_{y}", HISTORY, f"active buyers, December {y}", _dec("buyers", y - 2018), 0.25)
        for y in (2018, 2019, 2020, 2021)
    ),
    Rule("pdd_merchants_2020", HISTORY, "merchants, December 2020", _dec("merchants", 2), 0.25),
    Rule(
        "pdd_spend_2021",
        HISTORY,
        "GMV 2021 / buyers Dec 2021 (RMB)",
        lambda r: r.annual("gmv", 3) / float(r["buyers"][47]) * 1000.0,
        0.25,
    ),
    Rule("pdd_monetisation_2020", HISTORY, "take rate mid-2020 (% of GMV)", _at("take_rate", 30, 100.0), 0.25),
    Rule("pdd_monetisation_2021", HISTORY, "take rate mid-2021 (% of GMV)", _at("take_rate", 42, 100.0), 0.25),
    Rule(
        "pdd_oms_2024",
        HISTORY,
        "ad revenue per GMV in 2024 × the 5,200 bn press GMV",
        lambda r: r.annual("ad_revenue", 6) / r.annual("gmv", 6) * PDD_GMV_2024,
        0.25,
        sigma=0.10,
        why="the ad rate is what the take rate carries: 197.9 bn on the 5,200 bn press estimate of GMV"
        " (3.8 %, within the 3.8-4.3 % of domestic GMV the source gives); the level would inherit the"
        " GMV estimate's error",
    ),
    Rule(
        "cn_online_shoppers_2024",
        HISTORY,
        "online shoppers, December 2024",
        lambda r: float(sum(r[f"shoppers_{s}"][83] for s in ("high_tier", "low_tier", "remote"))),
        0.15,
        sigma=0.10,
        why="CNNIC counts fewer online shoppers than Pinduoduo's own annual active buyers (842 M against 869 M"
        " in 2021): the model's addressable shoppers sit above the survey",
    ),
    Rule("douyin_gmv_2024", HISTORY, "the content platform's GMV summed over 2024", _year("gmv_content", 6), 0.25),
    Rule(
        "douyin_growth_2024",
        HISTORY,
        "the content platform's GMV growth in 2024 (%)",
        lambda r: (r.annual("gmv_content", 6) / r.annual("gmv_content", 5) - 1.0) * 100.0,
        0.25,
    ),
    Rule(
        "head_traffic_share_bid",
        HISTORY,
        "the bid-ranked incumbent's head-brand traffic share, December 2024 (%)",
        _at("head_traffic_share_incumbent", 83, 100.0),
        0.5,
        why="an unverified claim of seed 000 (confidence low): a wide band; the calibrated history leaves"
        " the incumbent's head brands with less of its traffic than the claim",
    ),
    Rule(
        "alibaba_gmv_fy2021",
        HISTORY,
        "the incumbent's GMV summed April 2020 to March 2021",
        lambda r: float(r["gmv_incumbent"][27:39].sum()),
        0.25,
    ),
    Rule(
        "alibaba_cmr_ratio",
        HISTORY,
        "the incumbent's take rate mid-2024 (% of GMV)",
        _at("take_rate_incumbent", 78, 100.0),
        0.15,
    ),
    # 2025 baseline (2025-01 = the end-2024 run rate)
    Rule("pdd_gmv_2024", "baseline", "GMV at month 0 × 12", _at("gmv", 0, 12.0), 0.25),
    Rule("pdd_oms_2024", "baseline", "ad revenue at month 0 × 12", _at("ad_revenue", 0, 12.0), 0.25),
    Rule("pdd_fee_2024", "baseline", "commission (% of GMV)", _at("commission", 0, 100.0), 0.01),
    Rule(
        "cn_online_shoppers_2024",
        "baseline",
        "online shoppers at month 0",
        lambda r: float(r["shoppers_high_tier"][0] + r["shoppers_low_tier"][0] + r["shoppers_remote"][0]),
        0.15,
        why="as in the history: the model's addressable shoppers sit above the CNNIC survey",
    ),
    Rule(
        "head_traffic_share_bid",
        "baseline",
        "the bid-ranked incumbent's head-brand traffic share (%)",
        _at("head_traffic_share_incumbent", 0, 100.0),
        0.5,
        why="an unverified claim of seed 000 (confidence low): a wide band; the calibrated history leaves"
        " the incumbent's head brands with less of its traffic than the claim",
    ),
    Rule(
        "alibaba_cmr_ratio",
        "baseline",
        "the incumbent's take rate: commission + ads (% of GMV)",
        _at("take_rate_incumbent", 0, 100.0),
        0.15,
    ),
    Rule("douyin_gmv_2024", "baseline", "the content platform's GMV at month 0 × 12", _at("gmv_content", 0, 12.0), 0.25),
)


def load_facts(path: Path = FACTS_CSV) -> pd.DataFrame:
    """The facts table with its provenance columns (source, confidence, note)."""
    return pd.read_csv(path, dtype={"period": str})


def compare(months: int = 84) -> pd.DataFrame:
    """One row per rule: fact, model value, relative error, tolerance, within tolerance."""
    facts = load_facts().set_index("id")
    runs: dict[str, Result] = {}
    rows = []
    for rule in RULES:
        if rule.preset not in runs:
            runs[rule.preset] = run(load_scenario(rule.preset), months=months)
        fact = facts.loc[rule.fact_id]
        target = float(str(fact["value"])) * rule.scale
        model = rule.value(runs[rule.preset])
        err = model / target - 1.0
        rows.append(
            {
                "id": rule.fact_id,
                "preset": rule.preset,
                "metric": fact["metric"],
                "period": fact["period"],
                "fact": target,
                "unit": fact["unit"],
                "model_quantity": rule.quantity,
                "model": model,
                "rel_error": err,
                "tolerance": rule.tolerance,
                "within": abs(err) <= rule.tolerance,
                "confidence": fact["confidence"],
                "source": fact["source"],
            }
        )
    return pd.DataFrame(rows)
