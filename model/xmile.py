"""XMILE 1.0 export of the full model: ``to_xmile(scenario)`` → the text of a ``.xmile`` file.

The export is one run of one scenario, written as standard stocks, flows and
auxiliaries that any XMILE tool (Stella, PySD, ...) integrates with the same
Euler scheme, ``dt`` and horizon as ``core.integrate``:

* **Constants** are the kernel's own inputs, taken from ``core._inputs`` (the
  function that feeds ``core._kernel``), so they cannot drift from the model.  A
  kernel input that is a plain copy of a registry parameter is written under the
  parameter's name, with its registry unit and label (``_PARAM_OF`` maps them; a
  test checks every mapping against ``core._inputs``).  The rest is **computed in
  Python and written as numbers**: the reference equilibrium and calibrated rates
  of ``core.calibrate`` (the ``cal_*`` constants: initial stocks, churn and entry
  rates, the t0 references) and a few conversions (monthly growth rates,
  normalised subsidy shares).  Changing a parameter inside the XMILE file
  therefore never recalibrates, exactly as in our runs; to change the reference
  state, export again.  Registry parameters that reach the equations only through
  such computed constants are written too (the scenario's full parameter set) and
  their documentation says so.
* **Schedules** (step / ramp levers) become ``IF THEN ELSE`` on ``TIME``,
  reproducing ``schedule.lever_at``.
* **Dynamics** come from one structured declaration, ``_EQUATIONS``: the
  kernel's per-step equations in the kernel's own order and operand order, with
  segments and merchant types unrolled into scalar variables (``…_high_tier``,
  ``…_low_tier``, ``…_head``, ``…_smb``).  Variables that ``core.Out`` saves carry
  its names and the registry's units.  The drift guard is numerical:
  ``tests/test_xmile.py`` runs the export of every preset in PySD and compares
  every saved variable with ``core.integrate``.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import numpy as np

from . import __version__
from .core import _EPS, DT, _calibrated, _In, _inputs
from .params import FloatArray, ParamBatch
from .registry import PARAM_BY_NAME, PARAMETERS, VARIABLE_BY_NAME
from .scenario import Scenario

XMILE_NS = "http://docs.oasis-open.org/xmile/ns/XMILE/v1.0"

SEG = ("high_tier", "low_tier")  # index 0, 1 of a per-segment kernel array
TYP = ("head", "smb")  # index 0, 1 of a per-merchant-type kernel array

# Kernel inputs that are plain copies of registry parameters (checked by a test).
_PARAM_OF: dict[str, str | tuple[str, str]] = {
    "zeta": "new_smb_weight",
    "m_half": "availability_half",
    "bass_p": "bass_p",
    "bass_q": "bass_q",
    "beta_a": "adoption_sensitivity",
    "beta_c": "churn_sensitivity",
    "tau_leave": "leave_months",
    "beta_v": "network_effect",
    "rho": "pass_through",
    "d_s": "smb_discount",
    "tau_w": "wallet_share_months",
    "tau_perc": "margin_months",
    "tau_cpc": "cpc_months",
    "tau_match": "rival_match_months",
    "tau_log": "logistics_months",
    "tau_q": "smb_capability_months",
    "nu": "cpc_pass",
    "eps_cpc": "auction_elasticity",
    "psi": "bid_margin_response",
    "rival0": "rival_fee",
    "rival_ads": "rival_ad_intensity",
    "mu": "rival_match_share",
    "phi": "smb_scale_elasticity",
    "opex": "opex_bn_per_month",
    "x_e": "exit_rate_smb_established",
    "x_pi": "distress_exit_rate",
    "k_e": "entry_steepness",
    "r_in": "entry_threshold",
    "r_out": "exit_threshold",
    "bid_ratio": "bid_ratio",
    "gamma": "merit_exponent",
    "alpha": "bid_exponent",
    "tail": "long_tail_floor",
    "m0_k": "merchants_head",
    "m0_sn": "merchants_smb_new",
    "m0_se": "merchants_smb_established",
    "start_b": "start_buyers_frac",
    "start_w": "start_wallet_share_frac",
    "max_reach": "max_reach",
    "comm0": "commission",
    "fair0": "fairness",
    "rate0": "subsidy_bn_per_year",
    "theta": "fairness_ad_relief",
    "sub_start": "subsidy_start_month",
    "sub_taper": "subsidy_taper_months",
    "budget": "subsidy_budget_bn",
    "log_half": "logistics_half_cost",
    "a0": ("ad_intensity_head", "ad_intensity_smb"),
    "gm": ("gross_margin_head", "gross_margin_smb"),
    "fc": ("fixed_cost_head", "fixed_cost_smb"),
    "pool": ("pool_head", "pool_smb"),
    "base_exit": ("exit_rate_head", "exit_rate_smb_new"),
    "beta_p": ("price_sensitivity_high_tier", "price_sensitivity_low_tier"),
    "beta_b": ("brand_taste_high_tier", "brand_taste_low_tier"),
    "conv_k": ("conversion_head_high_tier", "conversion_head_low_tier"),
    "conv_s": ("conversion_smb_high_tier", "conversion_smb_low_tier"),
    "n0": ("shoppers_high_tier", "shoppers_low_tier"),
}

# Kernel inputs computed in Python (calibration and conversions): XMILE name stem, unit, meaning.
_COMPUTED: dict[str, tuple[str, str, str]] = {
    "grad_rate": ("cal_graduation_rate", "per month", "calibrated graduation rate g / graduation_months"),
    "cost_share": ("cost_share", "fraction of GMV", "payment_cost + user_acquisition"),
    "c_m_eff": ("cal_merchants_eff", "M merchants", "reference effective merchants M_eff,0"),
    "c_avail": ("cal_avail", "dimensionless", "reference availability M_eff,0 / (M_eff,0 + M_half)"),
    "c_ad_demand": ("cal_ad_demand", "M merchants", "reference ad demand M_K,0 b_0 + M_S,0"),
    "c_gap": ("cal_gap", "fraction of GMV", "reference fee gap to the rival"),
    "c_gmv_smb": ("cal_gmv_smb", "RMB bn per month", "reference SMB GMV"),
    "c_comm": ("cal_commission", "fraction of GMV", "reference commission"),
    "c_buyers_total": ("cal_buyers_total", "M people", "reference total buyers"),
    "beta_log": ("logistics_utility", "utility", "logistics effect on utility (0 for the higher tier)"),
    "merit_pow": ("merit_power", "dimensionless", "merit ratio ^ merit exponent"),
    "c_buyers": ("cal_buyers", "M people", "reference equilibrium buyers"),
    "c_wshare": ("cal_wallet_share", "fraction", "reference wallet share"),
    "c_logit_w": ("cal_logit_wallet_share", "dimensionless", "logit of the reference wallet share"),
    "c_churn": ("cal_churn", "per month", "calibrated churn rate c0"),
    "c_entry": ("cal_entry_rate", "per month", "calibrated entry rate per free merchant"),
    "c_margin": ("cal_margin", "fraction of sales", "reference merchant margin"),
    "c_head": ("cal_head_share", "fraction", "reference head-brand traffic share"),
    "n_growth": ("shopper_growth_rate", "per month", "ln(1 + yearly shopper growth) / 12"),
    "wal0": ("wallet_0", "RMB bn per M people per month", "wallet per shopper at t0, monthly"),
    "wal_growth": ("wallet_growth_rate", "per month", "ln(1 + yearly wallet growth) / 12"),
    "c_fair_factor": ("cal_fairness_factor", "dimensionless", "reference 1 - θ F0"),
    "sub_end": ("subsidy_end_month", "month", "subsidy_start_month + subsidy_months"),
    "shares": ("subsidy_split", "fraction", "subsidy shares normalised to sum to 1"),
}
_SHARE_SUFFIX = ("head", "smb", "logistics", "coupons")
_SEGMENT_FIELDS = frozenset(
    {"beta_p", "beta_b", "beta_log", "merit_pow", "conv_k", "conv_s", "c_buyers", "c_wshare", "c_logit_w", "c_churn"}
    | {"c_head", "n0", "n_growth", "wal0"}
)


@dataclass(frozen=True, slots=True)
class Var:
    """One XMILE variable: ``kind`` is ``stock``, ``flow`` or ``aux``; ``eqn`` is XMILE text with
    ``{field}`` placeholders for kernel inputs (resolved to their XMILE names) and ``$s`` / ``$j``
    for the segment / merchant-type suffix (expanded by ``_per``)."""

    name: str
    kind: str
    eqn: str
    unit: str = ""
    inflows: tuple[str, ...] = ()
    outflows: tuple[str, ...] = ()


def _sig(x: str) -> str:
    """``core._sigmoid``: logistic with its argument clipped to [-500, 500]."""
    return f"(1 / (1 + EXP(-MIN(MAX({x}, -500), 500))))"


def _per(suffixes: tuple[str, ...], *vs: Var) -> list[Var]:
    """Unroll variables over segments (``$s``) or merchant types (``$j``)."""
    out = []
    for suf in suffixes:

        def sub(text: str, suf: str = suf) -> str:
            return text.replace("$s", suf).replace("$j", suf)

        for v in vs:
            out.append(
                Var(sub(v.name), v.kind, sub(v.eqn), v.unit, tuple(sub(x) for x in v.inflows), tuple(sub(x) for x in v.outflows))
            )
    return out


EPS = repr(_EPS)

# The kernel's per-step equations (core._kernel), in its order.  Initial values of stocks are their eqn.
_EQUATIONS: tuple[Var, ...] = (
    # ---- exogenous: shoppers, wallets, levers, subsidy
    *_per(
        SEG,
        Var("shoppers_$s", "aux", "{n0_$s} * EXP({n_growth_$s} * TIME)"),
        Var("wallet_$s", "aux", "{wal0_$s} * EXP({wal_growth} * TIME)", "RMB bn per M people per month"),
    ),
    Var("commission", "aux", "<lever:comm>"),
    Var("fairness", "aux", "<lever:fair>"),
    Var("subsidy_rate", "aux", "MAX(<lever:rate>, 0)"),
    Var(
        "subsidy_window",
        "aux",
        "IF TIME < {sub_start} THEN 0 ELSE (IF TIME < {sub_end} THEN 1 ELSE "
        "(IF {sub_taper} > 0 THEN MAX(1 - (TIME - {sub_end}) / {sub_taper}, 0) ELSE 0))",
        "dimensionless",
    ),
    Var("subsidy_spend", "flow", "MIN(subsidy_rate / 12 * subsidy_window, MAX({budget} - subsidy_spent, 0) / {dt})"),
    Var("subsidy_merchant_head", "aux", "subsidy_spend * {shares_head}", "RMB bn per month"),
    Var("subsidy_merchant_smb", "aux", "subsidy_spend * {shares_smb}", "RMB bn per month"),
    Var("logistics_spend_yearly", "aux", "subsidy_spend * {shares_logistics} * 12", "RMB bn per year"),
    Var("logistics_target", "aux", "logistics_spend_yearly / (logistics_spend_yearly + {log_half})", "index 0-1"),
    Var("coupons", "aux", "subsidy_spend * {shares_coupons}", "RMB bn per month"),
    Var("ad_relief", "aux", "(1 - {theta} * fairness) / {c_fair_factor}", "dimensionless"),
    # ---- traffic allocation and GMV
    Var("merchants_smb_effective", "aux", "merchants_smb_established + {zeta} * merchants_smb_new", "M merchants"),
    Var("merchants_effective", "aux", f"MAX(merchants_head + merchants_smb_effective, {EPS})", "M merchants"),
    Var("merchants", "aux", "merchants_head + merchants_smb_new + merchants_smb_established"),
    Var(
        "bid",
        "aux",
        "{bid_ratio} * EXP(MIN(MAX({psi} * (perceived_margin_head - perceived_margin_smb - margin_gap_0), -20), 20))",
        "dimensionless",
    ),
    Var("margin_gap_0", "aux", "{c_margin_head} - {c_margin_smb}", "fraction of sales"),
    Var(
        "bid_share_smb",
        "aux",
        f"merchants_smb_effective / MAX(merchants_smb_effective + merchants_head * bid ^ {{alpha}}, {EPS})",
        "fraction",
    ),
    Var("count_share_smb", "aux", "merchants_smb_effective / merchants_effective", "fraction"),
    Var("smb_quality_weight", "aux", "merchants_smb_effective * smb_capability ^ {gamma}", "M merchants"),
    Var(
        "availability",
        "aux",
        "merchants_effective / (merchants_effective + {m_half}) / {c_avail}",
        "dimensionless",
    ),
    *_per(
        SEG,
        Var(
            "merit_share_smb_$s",
            "aux",
            f"smb_quality_weight / MAX(smb_quality_weight + merchants_head * {{merit_pow_$s}}, {EPS})",
            "fraction",
        ),
        Var(
            "smb_traffic_share_$s",
            "aux",
            "{tail} * count_share_smb + (1 - {tail}) * (fairness * merit_share_smb_$s + (1 - fairness) * bid_share_smb)",
            "fraction",
        ),
        Var("head_traffic_share_$s", "aux", "1 - smb_traffic_share_$s"),
        Var("gmv_$s", "aux", "buyers_$s * wallet_$s * wallet_share_$s * availability"),
        Var(
            "smb_sales_share_$s",
            "aux",
            "smb_traffic_share_$s * {conv_s_$s} / (head_traffic_share_$s * {conv_k_$s} + smb_traffic_share_$s * {conv_s_$s})",
            "fraction",
        ),
    ),
    Var("gmv_smb", "aux", "gmv_high_tier * smb_sales_share_high_tier + gmv_low_tier * smb_sales_share_low_tier"),
    Var(
        "gmv_head",
        "aux",
        "gmv_high_tier * (1 - smb_sales_share_high_tier) + gmv_low_tier * (1 - smb_sales_share_low_tier)",
    ),
    Var("buyers", "aux", "buyers_high_tier + buyers_low_tier"),
    Var("gmv", "aux", "gmv_head + gmv_smb"),
    Var("safe_gmv", "aux", f"MAX(gmv, {EPS})", "RMB bn per month"),
    Var("ad_scale", "aux", "ad_relief * cpc_index ^ {nu}", "dimensionless"),
    *_per(TYP, Var("ad_intensity_$j", "aux", "{a0_$j} * ad_scale", "fraction of GMV")),
    Var("ad_revenue", "aux", "ad_intensity_head * gmv_head + ad_intensity_smb * gmv_smb"),
    Var("merchant_subsidy_rate", "aux", "(subsidy_merchant_head + subsidy_merchant_smb) / safe_gmv", "fraction of GMV"),
    # ---- consumers
    Var("fee", "aux", "commission + ad_revenue / safe_gmv - merchant_subsidy_rate", "fraction of GMV"),
    Var(
        "price_gap",
        "aux",
        "{rho} * (fee - rival_fee - {rival_ads} - {c_gap}) - coupons / safe_gmv",
        "log price ratio",
    ),
    Var("variety", "aux", "{beta_v} * LN(merchants_effective / {c_m_eff})", "utility"),
    *_per(
        SEG,
        Var(
            "relative_price_$s",
            "aux",
            "price_gap - {d_s} * (smb_traffic_share_$s - (1 - {c_head_$s}))",
        ),
        Var(
            "utility_$s",
            "aux",
            "MIN(MAX(-{beta_p_$s} * relative_price_$s + variety + {beta_b_$s} * (head_traffic_share_$s - {c_head_$s})"
            " + {beta_log_$s} * logistics_coverage, -20), 20)",
            "utility",
        ),
        Var("wallet_share_target_$s", "aux", _sig("utility_$s + {c_logit_w_$s}"), "fraction"),
        Var("reach_$s", "aux", "{max_reach} * shoppers_$s", "M people"),
        Var(
            "adoption_$s",
            "flow",
            f"({{bass_p}} + {{bass_q}} * buyers_$s / MAX(shoppers_$s, {EPS})) * MAX(reach_$s - buyers_$s, 0)"
            " * EXP({beta_a} * utility_$s)",
            "M people per month",
        ),
        Var(
            "churn_demand_$s",
            "aux",
            "{c_churn_$s} * buyers_$s * EXP(-{beta_c} * utility_$s) + MAX(buyers_$s - reach_$s, 0) / {tau_leave}",
            "M people per month",
        ),
        Var("churn_$s", "flow", "MIN(churn_demand_$s, buyers_$s / {dt})", "M people per month"),
        Var("wallet_share_change_$s", "flow", "(wallet_share_target_$s - wallet_share_$s) / {tau_w}", "fraction per month"),
    ),
    # ---- merchants
    Var("rival_undercut", "aux", "{rival0} - rival_fee", "fraction of GMV"),
    Var("merchant_count_head", "aux", "merchants_head", "M merchants"),
    Var("merchant_count_smb", "aux", "merchants_smb_effective", "M merchants"),
    Var("merchant_stock_head", "aux", "merchants_head", "M merchants"),
    Var("merchant_stock_smb", "aux", "merchants_smb_new + merchants_smb_established", "M merchants"),
    *_per(
        TYP,
        Var("safe_gmv_$j", "aux", f"MAX(gmv_$j, {EPS})", "RMB bn per month"),
        Var(
            "margin_$j",
            "aux",
            "MIN(MAX({gm_$j} - commission - ad_intensity_$j + subsidy_merchant_$j / safe_gmv_$j"
            " - {fc_$j} * merchant_count_$j / safe_gmv_$j, -1), 1)",
        ),
        Var("free_pool_$j", "aux", "MAX({pool_$j} - merchant_stock_$j, 0)", "M merchants"),
        Var(
            "merchant_entry_$j",
            "flow",
            "MIN({c_entry_$j} * free_pool_$j * "
            + _sig("{k_e} * (perceived_margin_$j - {r_in} - rival_undercut)")
            + ", free_pool_$j / {dt})",
        ),
        Var("distress_exit_$j", "aux", "{x_pi} * " + _sig("-{k_e} * (perceived_margin_$j - {r_out})"), "per month"),
        Var(
            "perceived_margin_change_$j", "flow", "(margin_$j - perceived_margin_$j) / {tau_perc}", "fraction of sales per month"
        ),
    ),
    Var("merchant_exit_head", "flow", "MIN(merchants_head * ({base_exit_head} + distress_exit_head), merchants_head / {dt})"),
    Var("exit_smb_new_demand", "aux", "merchants_smb_new * ({base_exit_smb} + distress_exit_smb)", "M merchants per month"),
    Var("graduation_demand", "aux", "{grad_rate} * merchants_smb_new", "M merchants per month"),
    Var("leave_smb_new", "aux", "exit_smb_new_demand + graduation_demand", "M merchants per month"),
    Var(
        "leave_scale",
        "aux",
        "IF leave_smb_new > merchants_smb_new / {dt} THEN merchants_smb_new / {dt} / leave_smb_new ELSE 1",
        "dimensionless",
    ),
    Var("merchant_exit_smb_new", "flow", "exit_smb_new_demand * leave_scale"),
    Var("smb_graduation", "flow", "graduation_demand * leave_scale"),
    Var(
        "merchant_exit_smb_established",
        "flow",
        "MIN(merchants_smb_established * ({x_e} + distress_exit_smb), merchants_smb_established / {dt})",
    ),
    # ---- ads, rival, platform
    Var(
        "cpc_target",
        "aux",
        "((merchants_head * bid + merchants_smb_effective) / {c_ad_demand}) ^ {eps_cpc} / MAX(buyers / {c_buyers_total}, 0.01)",
        "index",
    ),
    Var("cpc_change", "flow", "(cpc_target - cpc_index) / {tau_cpc}", "index per month"),
    Var(
        "rival_fee_target",
        "aux",
        "MAX({rival0} - {mu} * MAX({c_comm} - (commission - merchant_subsidy_rate), 0), 0)",
        "fraction of GMV",
    ),
    Var("rival_fee_change", "flow", "(rival_fee_target - rival_fee) / {tau_match}", "fraction of GMV per month"),
    Var("logistics_change", "flow", "(logistics_target - logistics_coverage) / {tau_log}", "index per month"),
    Var(
        "smb_capability_change",
        "flow",
        "((MAX(gmv_smb, 0) / {c_gmv_smb}) ^ {phi} - smb_capability) / {tau_q}",
        "index per month",
    ),
    Var("commission_revenue", "aux", "commission * gmv"),
    Var("platform_revenue", "aux", "commission * gmv + ad_revenue"),
    Var("platform_profit", "flow", "platform_revenue - {cost_share} * gmv - {opex} - subsidy_spend"),
    # ---- reporting auxiliaries saved by core.Out
    Var(
        "head_traffic_share",
        "aux",
        f"(head_traffic_share_high_tier * buyers_high_tier + head_traffic_share_low_tier * buyers_low_tier) / MAX(buyers, {EPS})",
    ),
    Var("smb_gmv_share", "aux", "gmv_smb / safe_gmv"),
    Var("ad_intensity", "aux", "ad_revenue / safe_gmv"),
    Var("take_rate", "aux", "platform_revenue / safe_gmv"),
    # ---- stocks (eqn = initial value)
    *_per(
        SEG,
        Var("buyers_$s", "stock", "{c_buyers_$s} * {start_b}", inflows=("adoption_$s",), outflows=("churn_$s",)),
        Var("wallet_share_$s", "stock", "{c_wshare_$s} * {start_w}", inflows=("wallet_share_change_$s",)),
    ),
    *_per(TYP, Var("perceived_margin_$j", "stock", "{c_margin_$j}", inflows=("perceived_margin_change_$j",))),
    Var("merchants_head", "stock", "{m0_k}", inflows=("merchant_entry_head",), outflows=("merchant_exit_head",)),
    Var(
        "merchants_smb_new",
        "stock",
        "{m0_sn}",
        inflows=("merchant_entry_smb",),
        outflows=("merchant_exit_smb_new", "smb_graduation"),
    ),
    Var(
        "merchants_smb_established",
        "stock",
        "{m0_se}",
        inflows=("smb_graduation",),
        outflows=("merchant_exit_smb_established",),
    ),
    Var("cpc_index", "stock", "1", inflows=("cpc_change",)),
    Var("rival_fee", "stock", "{rival0}", inflows=("rival_fee_change",)),
    Var("logistics_coverage", "stock", "0", inflows=("logistics_change",)),
    Var("smb_capability", "stock", "1", inflows=("smb_capability_change",)),
    Var("cumulative_profit", "stock", "0", inflows=("platform_profit",)),
    Var("subsidy_spent", "stock", "0", inflows=("subsidy_spend",)),
)


_VARIABLE_NAMES = frozenset(v.name for v in _EQUATIONS)


def _num(v: float) -> str:
    """Exact decimal text of a float (round-trips)."""
    if not math.isfinite(v):
        raise ValueError(f"cannot export the non-finite value {v!r}")
    return repr(float(v))


def lever_equation(base: str, at: FloatArray, value: FloatArray, ramp: FloatArray) -> str:
    """XMILE text of ``schedule.lever_at(base, at, value, ramp, TIME)`` (schedules sorted by ``at``).

    Segment j runs from ``start_j`` (where the earlier schedules left the lever, a number
    computed here as ``lever_at`` computes it) to ``value[j]``; it holds from ``at[j]`` until
    the next schedule starts.
    """
    n = len(at)
    if n == 0:
        return base
    starts: list[str] = []
    for j in range(n):
        if j == 0:
            starts.append(base)
        else:
            done_prev = 1.0 if ramp[j - 1] <= 0.0 else min((at[j] - at[j - 1]) / ramp[j - 1], 1.0)
            # start_j = start_{j-1} + (value_{j-1} - start_{j-1}) * done_{j-1}, kept as text so that
            # a base given by name (the parameter) stays live in the file
            starts.append(f"({starts[j - 1]} + ({_num(value[j - 1])} - {starts[j - 1]}) * {_num(done_prev)})")

    def seg(j: int) -> str:
        done = "1" if ramp[j] <= 0.0 else f"MIN((TIME - {_num(at[j])}) / {_num(ramp[j])}, 1)"
        return f"({starts[j]} + ({_num(value[j])} - {starts[j]}) * {done})"

    expr = seg(n - 1)
    for j in range(n - 1, 0, -1):
        expr = f"(IF TIME < {_num(at[j])} THEN {seg(j - 1)} ELSE {expr})"
    return f"(IF TIME < {_num(at[0])} THEN {base} ELSE {expr})"


def _names(z: _In) -> tuple[dict[str, str], list[tuple[str, float, str, str]], set[str]]:
    """Placeholder → XMILE name, the constants to declare (name, value, unit, doc), and the
    registry parameters the equations use by name."""
    names: dict[str, str] = {}
    consts: list[tuple[str, float, str, str]] = []
    used_params: set[str] = set()

    for field, arr in z._asdict().items():
        if field.endswith(("_at", "_val", "_ramp")):
            continue  # schedules: written into the lever equations
        a = np.asarray(arr)[0]
        if field in _PARAM_OF:
            src = _PARAM_OF[field]
            pair = (src,) if isinstance(src, str) else src
            sufs = ("",) if isinstance(src, str) else (SEG if field in _SEGMENT_FIELDS else TYP)
            vals = [float(a)] if isinstance(src, str) else [float(a[0]), float(a[1])]
            for p, suf, v in zip(pair, sufs, vals, strict=True):
                xname = parameter_name(p)
                names[field + (f"_{suf}" if suf else "")] = xname
                if p not in used_params:
                    used_params.add(p)
                    q = PARAM_BY_NAME[p]
                    consts.append((xname, v, q.unit, f"{q.label_en} ({q.symbol}); registry parameter {p}"))
            continue
        stem, unit, doc = _COMPUTED[field]
        doc = f"{doc}; computed in Python by model.core (calibrate / _inputs), not recalculated here"
        if a.ndim == 0:
            names[field] = stem
            consts.append((stem, float(a), unit, doc))
        else:
            axis: tuple[str, ...] = _SHARE_SUFFIX if field == "shares" else (SEG if field in _SEGMENT_FIELDS else TYP)
            for k, suf in enumerate(axis):
                names[f"{field}_{suf}"] = f"{stem}_{suf}"
                consts.append((f"{stem}_{suf}", float(a[k]), unit, doc))
    return names, consts, used_params


def to_xmile(scenario: Scenario, months: int = 72, dt: float = DT) -> str:
    """The XMILE 1.0 text of ``scenario`` run for ``months`` with Euler steps of ``dt``."""
    steps = round(months / dt)
    if steps < 1 or abs(steps * dt - months) > 1e-9:
        raise ValueError(f"months = {months!r} must be a positive multiple of dt = {dt!r}")
    p = ParamBatch.of(scenario.params)
    cal = _calibrated(scenario.state.values)
    z = _inputs(p, cal, scenario.schedules)
    names, consts, used_params = _names(z)
    # XMILE's DT builtin, as a constant equal to sim_specs' dt: PySD 3.14 does not know DT.
    names["dt"] = "dt_months"
    consts.append(("dt_months", dt, "months", "the time step, equal to sim_specs dt (stands in for the DT builtin)"))
    for q, value in zip(PARAMETERS, scenario.params.values, strict=True):
        if q.name not in used_params:
            xname = parameter_name(q.name)
            consts.append(
                (
                    xname,
                    value,
                    q.unit,
                    f"{q.label_en} ({q.symbol}); registry parameter {q.name}; enters only through constants computed "
                    "in Python (re-export to change it)",
                )
            )

    declared = [c[0] for c in consts] + [v.name for v in _EQUATIONS]
    if len(set(declared)) != len(declared):
        raise AssertionError(f"duplicate XMILE names: {sorted({n for n in declared if declared.count(n) > 1})}")

    def resolve(eqn: str) -> str:
        for key in ("comm", "fair", "rate"):
            if f"<lever:{key}>" in eqn:
                at, val, ramp = (np.asarray(getattr(z, f"{key}_{part}")) for part in ("at", "val", "ramp"))
                eqn = eqn.replace(f"<lever:{key}>", lever_equation(names[f"{key}0"], at, val, ramp))
        return re.sub(r"\{(\w+)\}", lambda m: names[m.group(1)], eqn)

    root = ET.Element("xmile", {"version": "1.0", "xmlns": XMILE_NS})
    header = ET.SubElement(root, "header")
    ET.SubElement(header, "vendor").text = "Flywheel Explorer"
    ET.SubElement(header, "product", {"version": __version__, "lang": "en"}).text = "Flywheel Explorer model"
    ET.SubElement(header, "name").text = scenario.name
    specs = ET.SubElement(root, "sim_specs", {"method": "Euler", "time_units": "months"})
    ET.SubElement(specs, "start").text = "0"
    ET.SubElement(specs, "stop").text = f"{months:g}"
    ET.SubElement(specs, "dt").text = _num(dt)
    mdl = ET.SubElement(root, "model")
    ET.SubElement(mdl, "doc").text = _doc(scenario, months, dt)
    variables = ET.SubElement(mdl, "variables")
    for name, value, const_unit, doc in consts:
        el = ET.SubElement(variables, "aux", {"name": name})
        ET.SubElement(el, "doc").text = doc
        ET.SubElement(el, "eqn").text = _num(value)
        if const_unit:
            ET.SubElement(el, "units").text = const_unit
    for v in _EQUATIONS:
        el = ET.SubElement(variables, v.kind, {"name": v.name})
        known = VARIABLE_BY_NAME.get(v.name)
        if known is not None:
            ET.SubElement(el, "doc").text = known.label_en
        ET.SubElement(el, "eqn").text = resolve(v.eqn)
        for f in v.inflows:
            ET.SubElement(el, "inflow").text = f
        for f in v.outflows:
            ET.SubElement(el, "outflow").text = f
        unit = known.unit if known is not None else v.unit
        if unit:
            ET.SubElement(el, "units").text = unit
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _doc(s: Scenario, months: int, dt: float) -> str:
    lines = [
        f"Flywheel Explorer model {__version__}, scenario {s.name!r} (start {s.start}), {months} months, Euler dt = {dt:g}.",
        "Initial values, calibrated rates and t0 references (cal_*) are computed in Python by model.core.calibrate",
        "at the scenario's reference state and written here as numbers: changing a parameter in this file does not",
        "recalibrate (as in the model itself). Re-export with `python -m model xmile` to change the reference state.",
    ]
    for name, v in s.state.diff(s.params).items():
        lines.append(f"reference state: {name} = {v!r} (the run uses {s.params[name]!r})")
    for sch in s.schedules:
        lines.append(f"schedule: {sch.to_text()}")
    return "\n".join(lines)


def parameter_name(param: str) -> str:
    """The XMILE name of registry parameter ``param``: its own name, or ``<name>_0`` where a
    variable of the model has that name (``commission`` is the lever's time path, ``commission_0``
    the parameter)."""
    return param if param not in _VARIABLE_NAMES else f"{param}_0"


def stock_names() -> list[str]:
    """Names of the exported stocks."""
    return [v.name for v in _EQUATIONS if v.kind == "stock"]


def variable_names() -> list[str]:
    """Names of every exported stock, flow and auxiliary (constants excluded)."""
    return [v.name for v in _EQUATIONS]


__all__ = ["XMILE_NS", "lever_equation", "parameter_name", "stock_names", "to_xmile", "variable_names"]
