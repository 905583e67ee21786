"""The flywheel model: equations, equilibrium calibration and the Euler integrator.

Indices: segment s in (H, L) = higher-tier / lower-tier+rural buyers; merchant
type i in (K, S) = head brands / small merchants.  Arrays carry a leading batch
dimension N, then the segment or type dimension of size 2.  Time in months,
money in RMB bn, people and merchants in millions.

Stocks (12 core + 2 optional + cumulative profit for reporting only)::

    B_s      active buyers                 dB/dt  = adopt_s - churn_s
    W_s      wallet share                  dW/dt  = (W*_s - W_s) / τ_w
    M_K      head merchants                dM_K/dt  = entry_K - exit_K
    M_Sn     new small merchants           dM_Sn/dt = entry_S - exit_Sn - grad
    M_Se     established small merchants   dM_Se/dt = grad - exit_Se
    π*_i     perceived margin              dπ*/dt = (r_i - π*_i) / τ_perc
    CPC      click-price index             dCPC/dt = (CPC* - CPC) / τ_cpc
    τ_comp   rival fee                     dτ_comp/dt = (τ_comp* - τ_comp) / τ_match
    Spent    subsidy spent                 dSpent/dt = spend  (spend stops at the budget)
    L_cov    remote logistics coverage     dL/dt = (S_log/(S_log+κ_log) - L) / τ_log
    Q_S      SMB capability                dQ/dt = ((GMV_S/GMV_S,0)^φ - Q) / τ_Q
    CumProfit (reporting only)             dCum/dt = profit

Auxiliaries::

    M_S     = M_Se + ζ M_Sn;   M_eff = M_K + M_S
    x^merit_S,s = M_S Q^γ / (M_S Q^γ + M_K m_s^γ)
    b       = b_K/b_S · exp(ψ ((π*_K - π*_S) - (π*_K,0 - π*_S,0)))
    x^bid_S = M_S / (M_S + M_K b^α)
    x_S,s   = λ M_S/M_eff + (1-λ) [F x^merit_S,s + (1-F) x^bid_S];  x_K,s = 1 - x_S,s
    avail   = (M_eff/(M_eff+M_half)) / (M_eff,0/(M_eff,0+M_half))
    GMV_s   = B_s Wal_s W_s avail / 12
    GMV_i   = Σ_s GMV_s x_i,s conv_i,s / Σ_j x_j,s conv_j,s
    a_i     = a0_i (1 - θF)/(1 - θF_0) CPC^ν
    fee     = τ_c + Σ a_i GMV_i / GMV - merchant subsidy / GMV
    lnP_s   = ρ (fee - τ_comp - a_comp - gap_0) - d_S (x_S,s - x_S,s,0) - coupons / GMV
    U_s     = -β_p,s lnP_s + β_v ln(M_eff/M_eff,0) + β_b,s (x_K,s - x_K,s,0) + β_log L [s = L]
    W*_s    = logistic(U_s + logit W_s,0)
    adopt_s = (p + q B_s/N_s) max(0, σ N_s - B_s) e^{β_a U_s}
    churn_s = c0_s B_s e^{-β_c U_s} + max(0, B_s - σ N_s)/τ_leave
    r_i     = m_i - τ_c - a_i + subsidy_i/GMV_i - FC_i M_i / GMV_i
    entry_i = e_i max(0, P_i - M_i) logistic(k (π*_i - r_entry - (τ_comp0 - τ_comp)))
    exit    = M (x_base + x_π logistic(-k (π* - r_exit)))
    grad    = g M_Sn / τ_grad
    CPC*    = ((M_K b + M_S)/(M_K,0 b_0 + M_S,0))^ε / (B/B_0)
    τ_comp* = max(0, τ_comp0 - μ max(0, τ_c,0 - (τ_c - merchant subsidy/GMV)))
    revenue = τ_c GMV + Σ a_i GMV_i;  profit = revenue - (c_pay + ua) GMV - opex - spend

Calibration (``calibrate``): with the reference parameters, the calibrated
rates c0_s, e_i and g are solved in closed form so that every stock is still at
t0 (only the exogenous growth of shoppers and wallets moves it).  Runs never
recalibrate at changed values: overrides and schedules act as policy shocks on
the reference equilibrium.  Subsidies are policies: the calibrated state has none.

Guards (Sterman ch. 14): exponents of utility are clipped to [-20, 20], the
margin to [-1, 1], the buyer base for the click price to >= 1 % of t0, and
every outflow to what the stock holds in one step and every merchant entry
to the free pool.
"""

from __future__ import annotations

import functools
import itertools
import math
import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from enum import IntEnum, auto
from typing import NamedTuple

import numpy as np
from numba import njit

from .params import FloatArray, ParamBatch, Params
from .registry import PARAMETERS
from .schedule import Schedule, lever_at, lever_table

DT = 0.25
_EPS = 1e-9


def _logistic(x: FloatArray) -> FloatArray:
    """Logistic function; never exactly 0 or 1 inside [-500, 500] (calibration divides by it)."""
    return 1.0 / (1.0 + np.exp(-np.clip(x, -500.0, 500.0)))


def _pair(p: ParamBatch, a: str, b: str) -> FloatArray:
    """Two scalar parameters stacked on a last axis of size 2: shape (N, 2)."""
    return np.stack([p[a], p[b]], axis=-1)


@dataclass(frozen=True, slots=True)
class Calibration:
    """The reference equilibrium and the calibrated rates (all arrays over the batch)."""

    buyers: FloatArray  # (N, 2) B_s,0
    wallet_share: FloatArray  # (N, 2) W_s,0
    churn: FloatArray  # (N, 2) c0_s per month
    entry_rate: FloatArray  # (N, 2) e_K, e_S per month per free merchant
    graduation: FloatArray  # (N,) g
    margin: FloatArray  # (N, 2) r_i,0
    head_share: FloatArray  # (N, 2) x_K,s,0
    merchants_eff: FloatArray  # (N,) M_eff,0
    avail: FloatArray  # (N,) M_eff,0 / (M_eff,0 + M_half)
    ad_demand: FloatArray  # (N,) M_K,0 b_0 + M_S,0
    gap: FloatArray  # (N,) fee gap to the rival at t0
    gmv_smb: FloatArray  # (N,) GMV_S,0
    fairness_factor: FloatArray  # (N,) 1 - θ F_0
    commission: FloatArray  # (N,) τ_c,0
    rival_fee: FloatArray  # (N,) τ_comp0 of the reference


def _traffic(m_k: FloatArray, m_s: FloatArray, q: FloatArray, bid: FloatArray, fair: FloatArray, c: _Const) -> FloatArray:
    """SMB traffic share per segment, shape (N, 2)."""
    ms_q = (m_s * q**c.gamma)[:, None]
    merit = ms_q / (ms_q + m_k[:, None] * c.merit_pow)
    bid_s = m_s / (m_s + m_k * bid**c.alpha)
    mixed = fair[:, None] * merit + ((1.0 - fair) * bid_s)[:, None]
    return (c.tail * (m_s / (m_s + m_k)))[:, None] + c.one_minus_tail[:, None] * mixed


@dataclass(frozen=True, slots=True)
class _Const:
    """Parameter arrays the step function uses, precomputed once per run."""

    gamma: FloatArray
    alpha: FloatArray
    merit_pow: FloatArray  # (N, 2) m_s^γ
    tail: FloatArray
    one_minus_tail: FloatArray
    conv_k: FloatArray  # (N, 2) over segments
    conv_s: FloatArray


def _consts(p: ParamBatch) -> _Const:
    gamma = p["merit_exponent"]
    return _Const(
        gamma=gamma,
        alpha=p["bid_exponent"],
        merit_pow=_pair(p, "merit_ratio_high_tier", "merit_ratio_low_tier") ** gamma[:, None],
        tail=p["long_tail_floor"],
        one_minus_tail=1.0 - p["long_tail_floor"],
        conv_k=_pair(p, "conversion_head_high_tier", "conversion_head_low_tier"),
        conv_s=_pair(p, "conversion_smb_high_tier", "conversion_smb_low_tier"),
    )


def _split(gmv_s: FloatArray, x_s: FloatArray, c: _Const) -> tuple[FloatArray, FloatArray]:
    """GMV by merchant type (head, SMB) from segment GMV and SMB traffic shares."""
    wk = (1.0 - x_s) * c.conv_k
    ws = x_s * c.conv_s
    gmv_smb = (gmv_s * ws / (wk + ws)).sum(axis=1)
    return gmv_s.sum(axis=1) - gmv_smb, gmv_smb


def calibrate(ref: ParamBatch) -> Calibration:
    """Solve the reference equilibrium in closed form (vectorised over the batch)."""
    c = _consts(ref)
    n_s = _pair(ref, "shoppers_high_tier", "shoppers_low_tier")
    reach = ref["max_reach"][:, None] * n_s
    buyers = _pair(ref, "active_share_high_tier", "active_share_low_tier") * reach
    adopt = (ref["bass_p"][:, None] + ref["bass_q"][:, None] * buyers / n_s) * (reach - buyers)
    churn = adopt / buyers
    w0 = _pair(ref, "wallet_share_high_tier_0", "wallet_share_low_tier_0")
    # The merchants are calibrated against the platform's sales at the start
    # (which may sit below the consumer equilibrium, in a challenger start).
    b_start = buyers * ref["start_buyers_frac"][:, None]
    w_start = w0 * ref["start_wallet_share_frac"][:, None]
    wal = _pair(ref, "wallet_high_tier", "wallet_low_tier")
    gmv_s = b_start * wal * w_start / 12.0

    m_k = ref["merchants_head"]
    m_sn = ref["merchants_smb_new"]
    m_se = ref["merchants_smb_established"]
    m_s = m_se + ref["new_smb_weight"] * m_sn
    x_s = _traffic(m_k, m_s, np.ones_like(m_k), ref["bid_ratio"], ref["fairness"], c)
    gmv_k, gmv_smb = _split(gmv_s, x_s, c)
    comm = ref["commission"]
    margin = np.stack(
        [
            ref["gross_margin_head"] - comm - ref["ad_intensity_head"] - ref["fixed_cost_head"] * m_k / gmv_k,
            ref["gross_margin_smb"] - comm - ref["ad_intensity_smb"] - ref["fixed_cost_smb"] * m_s / gmv_smb,
        ],
        axis=-1,
    ).clip(-1.0, 1.0)
    k = ref["entry_steepness"][:, None]
    exit_frac = np.stack([ref["exit_rate_head"], ref["exit_rate_smb_new"]], axis=-1) + ref["distress_exit_rate"][
        :, None
    ] * _logistic(-k * (margin - ref["exit_threshold"][:, None]))
    exit_se = m_se * (ref["exit_rate_smb_established"] + exit_frac[:, 1] - ref["exit_rate_smb_new"])
    grad = exit_se  # established SMB hold still: graduation replaces their exits
    graduation = grad * ref["graduation_months"] / m_sn
    entry = np.stack([m_k * exit_frac[:, 0], m_sn * exit_frac[:, 1] + grad], axis=-1)
    free = np.stack([ref["pool_head"] - m_k, ref["pool_smb"] - m_sn - m_se], axis=-1)
    entry_rate = entry / (free * _logistic(k * (margin - ref["entry_threshold"][:, None])))

    gmv = gmv_k + gmv_smb
    ads = (ref["ad_intensity_head"] * gmv_k + ref["ad_intensity_smb"] * gmv_smb) / gmv
    m_eff = m_k + m_s
    return Calibration(
        buyers=buyers,
        wallet_share=w0,
        churn=churn,
        entry_rate=entry_rate,
        graduation=graduation,
        margin=margin,
        head_share=1.0 - x_s,
        merchants_eff=m_eff,
        avail=m_eff / (m_eff + ref["availability_half"]),
        ad_demand=m_k * ref["bid_ratio"] + m_s,
        gap=comm + ads - ref["rival_fee"] - ref["rival_ad_intensity"],
        gmv_smb=gmv_smb,
        fairness_factor=1.0 - ref["fairness_ad_relief"] * ref["fairness"],
        commission=comm,
        rival_fee=ref["rival_fee"],
    )


class Out(IntEnum):
    """Slots of the saved series in the kernel's output array (names as in ``registry.VARIABLES``)."""

    gmv = 0
    gmv_high_tier = auto()
    gmv_low_tier = auto()
    gmv_head = auto()
    gmv_smb = auto()
    buyers = auto()
    buyers_high_tier = auto()
    buyers_low_tier = auto()
    wallet_share_high_tier = auto()
    wallet_share_low_tier = auto()
    merchants = auto()
    merchants_head = auto()
    merchants_smb_new = auto()
    merchants_smb_established = auto()
    head_traffic_share = auto()
    head_traffic_share_high_tier = auto()
    head_traffic_share_low_tier = auto()
    smb_gmv_share = auto()
    perceived_margin_head = auto()
    perceived_margin_smb = auto()
    margin_head = auto()
    margin_smb = auto()
    ad_intensity = auto()
    take_rate = auto()
    cpc_index = auto()
    rival_fee = auto()
    relative_price_high_tier = auto()
    relative_price_low_tier = auto()
    commission_revenue = auto()
    ad_revenue = auto()
    platform_revenue = auto()
    platform_profit = auto()
    cumulative_profit = auto()
    subsidy_spend = auto()
    subsidy_spent = auto()
    logistics_coverage = auto()
    smb_capability = auto()
    shoppers_high_tier = auto()
    shoppers_low_tier = auto()
    merchant_entry_head = auto()
    merchant_exit_head = auto()
    merchant_entry_smb = auto()
    merchant_exit_smb_new = auto()
    merchant_exit_smb_established = auto()
    smb_graduation = auto()
    commission = auto()
    fairness = auto()
    subsidy_rate = auto()


OUTPUTS: tuple[str, ...] = tuple(o.name for o in Out)


class _In(NamedTuple):
    """Everything the kernel reads: per-element arrays (N,) or (N, 2), paths (T, N[, 2])."""

    # per element, (N,)
    zeta: FloatArray
    m_half: FloatArray
    grad_rate: FloatArray
    bass_p: FloatArray
    bass_q: FloatArray
    beta_a: FloatArray
    beta_c: FloatArray
    tau_leave: FloatArray
    beta_v: FloatArray
    rho: FloatArray
    d_s: FloatArray
    tau_w: FloatArray
    tau_perc: FloatArray
    tau_cpc: FloatArray
    tau_match: FloatArray
    tau_log: FloatArray
    tau_q: FloatArray
    nu: FloatArray
    eps_cpc: FloatArray
    psi: FloatArray
    rival0: FloatArray
    rival_ads: FloatArray
    mu: FloatArray
    phi: FloatArray
    cost_share: FloatArray
    opex: FloatArray
    x_e: FloatArray
    x_pi: FloatArray
    k_e: FloatArray
    r_in: FloatArray
    r_out: FloatArray
    bid_ratio: FloatArray
    gamma: FloatArray
    alpha: FloatArray
    tail: FloatArray
    m0_k: FloatArray
    m0_sn: FloatArray
    m0_se: FloatArray
    start_b: FloatArray
    start_w: FloatArray
    # calibration, (N,)
    c_m_eff: FloatArray
    c_avail: FloatArray
    c_ad_demand: FloatArray
    c_gap: FloatArray
    c_gmv_smb: FloatArray
    c_comm: FloatArray
    c_buyers_total: FloatArray
    # per element and segment or type, (N, 2)
    a0: FloatArray
    gm: FloatArray
    fc: FloatArray
    pool: FloatArray
    base_exit: FloatArray
    beta_p: FloatArray
    beta_b: FloatArray
    beta_log: FloatArray
    merit_pow: FloatArray
    conv_k: FloatArray
    conv_s: FloatArray
    c_buyers: FloatArray
    c_wshare: FloatArray
    c_logit_w: FloatArray
    c_churn: FloatArray
    c_entry: FloatArray
    c_margin: FloatArray
    c_head: FloatArray
    # exogenous inputs, (N,) and (N, 2)
    n0: FloatArray  # shoppers at t0
    n_growth: FloatArray  # ln(1 + growth) per month
    wal0: FloatArray  # wallet per shopper, RMB bn per M people per month
    wal_growth: FloatArray  # ln(1 + growth) per month, (N,)
    max_reach: FloatArray
    comm0: FloatArray
    fair0: FloatArray
    rate0: FloatArray
    theta: FloatArray
    c_fair_factor: FloatArray
    sub_start: FloatArray
    sub_end: FloatArray
    sub_taper: FloatArray
    budget: FloatArray
    shares: FloatArray  # (N, 4): head, SMB, logistics, coupons, normalised
    log_half: FloatArray
    # lever schedules (shared by the batch): at_month, value, ramp_months
    comm_at: FloatArray
    comm_val: FloatArray
    comm_ramp: FloatArray
    fair_at: FloatArray
    fair_val: FloatArray
    fair_ramp: FloatArray
    rate_at: FloatArray
    rate_val: FloatArray
    rate_ramp: FloatArray


@njit(cache=True, nogil=True)
def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-min(max(x, -500.0), 500.0)))


@njit(cache=True, nogil=True)
def _kernel(steps: int, dt: float, save_every: int, z: _In, out: FloatArray) -> None:  # pragma: no cover - jitted
    n = z.zeta.shape[0]
    for i in range(n):
        b = z.c_buyers[i] * z.start_b[i]
        w = z.c_wshare[i] * z.start_w[i]
        perc = z.c_margin[i].copy()
        xs = np.empty(2)
        gmv_s = np.empty(2)
        ln_p = np.empty(2)
        head = np.empty(2)
        w_target = np.empty(2)
        net = np.empty(2)
        gmv_i = np.empty(2)
        ad_i = np.empty(2)
        margin = np.empty(2)
        entry = np.empty(2)
        exit_frac = np.empty(2)
        m_k = z.m0_k[i]
        m_sn = z.m0_sn[i]
        m_se = z.m0_se[i]
        cpc = 1.0
        rival = z.rival0[i]
        cov = 0.0
        cap = 1.0
        cum = 0.0
        spent = 0.0
        margin_gap0 = z.c_margin[i, 0] - z.c_margin[i, 1]
        n_s = np.empty(2)
        wal = np.empty(2)
        for k in range(steps + 1):
            tk = k * dt
            # ---- exogenous: shoppers, wallets, levers, subsidy
            for s in range(2):
                n_s[s] = z.n0[i, s] * math.exp(z.n_growth[i, s] * tk)
                wal[s] = z.wal0[i, s] * math.exp(z.wal_growth[i] * tk)
            comm = lever_at(z.comm0[i], z.comm_at, z.comm_val, z.comm_ramp, tk)
            fair = lever_at(z.fair0[i], z.fair_at, z.fair_val, z.fair_ramp, tk)
            rate = max(lever_at(z.rate0[i], z.rate_at, z.rate_val, z.rate_ramp, tk), 0.0)
            if tk < z.sub_start[i]:
                window = 0.0
            elif tk < z.sub_end[i]:
                window = 1.0
            elif z.sub_taper[i] > 0.0:
                window = max(1.0 - (tk - z.sub_end[i]) / z.sub_taper[i], 0.0)
            else:
                window = 0.0
            spend = min(rate / 12.0 * window, max(z.budget[i] - spent, 0.0) / dt)
            sub_k = spend * z.shares[i, 0]
            sub_s = spend * z.shares[i, 1]
            log_yr = spend * z.shares[i, 2] * 12.0
            log_target = log_yr / (log_yr + z.log_half[i])
            coupon = spend * z.shares[i, 3]
            relief = (1.0 - z.theta[i] * fair) / z.c_fair_factor[i]
            # ---- traffic allocation and GMV
            m_s = m_se + z.zeta[i] * m_sn
            m_eff = max(m_k + m_s, _EPS)
            bid = z.bid_ratio[i] * math.exp(min(max(z.psi[i] * (perc[0] - perc[1] - margin_gap0), -20.0), 20.0))
            bid_s = m_s / max(m_s + m_k * bid ** z.alpha[i], _EPS)
            cnt_s = m_s / m_eff
            ms_q = m_s * cap ** z.gamma[i]
            avail = m_eff / (m_eff + z.m_half[i]) / z.c_avail[i]
            gmv_k = 0.0
            gmv_smb = 0.0
            b_tot = 0.0
            for s in range(2):
                merit = ms_q / max(ms_q + m_k * z.merit_pow[i, s], _EPS)
                xs[s] = z.tail[i] * cnt_s + (1.0 - z.tail[i]) * (fair * merit + (1.0 - fair) * bid_s)
                head[s] = 1.0 - xs[s]
                gmv_s[s] = b[s] * wal[s] * w[s] * avail
                wk = head[s] * z.conv_k[i, s]
                ws = xs[s] * z.conv_s[i, s]
                share_s = ws / (wk + ws)
                gmv_smb += gmv_s[s] * share_s
                gmv_k += gmv_s[s] * (1.0 - share_s)
                b_tot += b[s]
            gmv = gmv_k + gmv_smb
            gmv_i[0] = gmv_k
            gmv_i[1] = gmv_smb
            safe_gmv = max(gmv, _EPS)
            ad_scale = relief * cpc ** z.nu[i]
            ad_rev = 0.0
            for j in range(2):
                ad_i[j] = z.a0[i, j] * ad_scale
                ad_rev += ad_i[j] * gmv_i[j]
            sub_rate = (sub_k + sub_s) / safe_gmv
            # ---- consumers
            fee = comm + ad_rev / safe_gmv - sub_rate
            gap = z.rho[i] * (fee - rival - z.rival_ads[i] - z.c_gap[i]) - coupon / safe_gmv
            variety = z.beta_v[i] * math.log(m_eff / z.c_m_eff[i])
            adopt_tot = 0.0
            for s in range(2):
                ln_p[s] = gap - z.d_s[i] * (xs[s] - (1.0 - z.c_head[i, s]))
                u = -z.beta_p[i, s] * ln_p[s] + variety + z.beta_b[i, s] * (head[s] - z.c_head[i, s]) + z.beta_log[i, s] * cov
                u = min(max(u, -20.0), 20.0)
                w_target[s] = _sigmoid(u + z.c_logit_w[i, s])
                reach = z.max_reach[i] * n_s[s]
                adopt = (z.bass_p[i] + z.bass_q[i] * b[s] / max(n_s[s], _EPS)) * max(reach - b[s], 0.0)
                adopt *= math.exp(z.beta_a[i] * u)
                churn = z.c_churn[i, s] * b[s] * math.exp(-z.beta_c[i] * u) + max(b[s] - reach, 0.0) / z.tau_leave[i]
                net[s] = adopt - min(churn, b[s] / dt)
                adopt_tot += adopt
            # ---- merchants
            undercut = z.rival0[i] - rival
            for j in range(2):
                count = m_k if j == 0 else m_s
                safe = max(gmv_i[j], _EPS)
                sub_j = sub_k if j == 0 else sub_s
                r = z.gm[i, j] - comm - ad_i[j] + sub_j / safe - z.fc[i, j] * count / safe
                margin[j] = min(max(r, -1.0), 1.0)
                stock = m_k if j == 0 else m_sn + m_se
                free = max(z.pool[i, j] - stock, 0.0)
                # an inflow never fills more than the free pool in one step
                entry[j] = min(z.c_entry[i, j] * free * _sigmoid(z.k_e[i] * (perc[j] - z.r_in[i] - undercut)), free / dt)
                exit_frac[j] = z.x_pi[i] * _sigmoid(-z.k_e[i] * (perc[j] - z.r_out[i]))
            exit_k = min(m_k * (z.base_exit[i, 0] + exit_frac[0]), m_k / dt)
            exit_sn = m_sn * (z.base_exit[i, 1] + exit_frac[1])
            grad = z.grad_rate[i] * m_sn
            leave_sn = exit_sn + grad
            if leave_sn > m_sn / dt:
                scale = m_sn / dt / leave_sn
                exit_sn *= scale
                grad *= scale
            exit_se = min(m_se * (z.x_e[i] + exit_frac[1]), m_se / dt)
            # ---- ads, rival, platform
            cpc_target = ((m_k * bid + m_s) / z.c_ad_demand[i]) ** z.eps_cpc[i] / max(b_tot / z.c_buyers_total[i], 0.01)
            rival_target = max(z.rival0[i] - z.mu[i] * max(z.c_comm[i] - (comm - sub_rate), 0.0), 0.0)
            revenue = comm * gmv + ad_rev
            profit = revenue - z.cost_share[i] * gmv - z.opex[i] - spend

            if k % save_every == 0:
                t = k // save_every
                out[i, t, Out.gmv] = gmv
                out[i, t, Out.gmv_high_tier] = gmv_s[0]
                out[i, t, Out.gmv_low_tier] = gmv_s[1]
                out[i, t, Out.gmv_head] = gmv_k
                out[i, t, Out.gmv_smb] = gmv_smb
                out[i, t, Out.buyers] = b_tot
                out[i, t, Out.buyers_high_tier] = b[0]
                out[i, t, Out.buyers_low_tier] = b[1]
                out[i, t, Out.wallet_share_high_tier] = w[0]
                out[i, t, Out.wallet_share_low_tier] = w[1]
                out[i, t, Out.merchants] = m_k + m_sn + m_se
                out[i, t, Out.merchants_head] = m_k
                out[i, t, Out.merchants_smb_new] = m_sn
                out[i, t, Out.merchants_smb_established] = m_se
                out[i, t, Out.head_traffic_share] = (head[0] * b[0] + head[1] * b[1]) / max(b_tot, _EPS)
                out[i, t, Out.head_traffic_share_high_tier] = head[0]
                out[i, t, Out.head_traffic_share_low_tier] = head[1]
                out[i, t, Out.smb_gmv_share] = gmv_smb / safe_gmv
                out[i, t, Out.perceived_margin_head] = perc[0]
                out[i, t, Out.perceived_margin_smb] = perc[1]
                out[i, t, Out.margin_head] = margin[0]
                out[i, t, Out.margin_smb] = margin[1]
                out[i, t, Out.ad_intensity] = ad_rev / safe_gmv
                out[i, t, Out.take_rate] = revenue / safe_gmv
                out[i, t, Out.cpc_index] = cpc
                out[i, t, Out.rival_fee] = rival
                out[i, t, Out.relative_price_high_tier] = ln_p[0]
                out[i, t, Out.relative_price_low_tier] = ln_p[1]
                out[i, t, Out.commission_revenue] = comm * gmv
                out[i, t, Out.ad_revenue] = ad_rev
                out[i, t, Out.platform_revenue] = revenue
                out[i, t, Out.platform_profit] = profit
                out[i, t, Out.cumulative_profit] = cum
                out[i, t, Out.subsidy_spend] = spend
                out[i, t, Out.subsidy_spent] = spent
                out[i, t, Out.logistics_coverage] = cov
                out[i, t, Out.smb_capability] = cap
                out[i, t, Out.shoppers_high_tier] = n_s[0]
                out[i, t, Out.shoppers_low_tier] = n_s[1]
                out[i, t, Out.merchant_entry_head] = entry[0]
                out[i, t, Out.merchant_exit_head] = exit_k
                out[i, t, Out.merchant_entry_smb] = entry[1]
                out[i, t, Out.merchant_exit_smb_new] = exit_sn
                out[i, t, Out.merchant_exit_smb_established] = exit_se
                out[i, t, Out.smb_graduation] = grad
                out[i, t, Out.commission] = comm
                out[i, t, Out.fairness] = fair
                out[i, t, Out.subsidy_rate] = rate
            if k == steps:
                break

            # ---- Euler step
            for s in range(2):
                b[s] += dt * net[s]
                w[s] += dt * (w_target[s] - w[s]) / z.tau_w[i]
                perc[s] += dt * (margin[s] - perc[s]) / z.tau_perc[i]
            m_k += dt * (entry[0] - exit_k)
            m_sn += dt * (entry[1] - exit_sn - grad)
            m_se += dt * (grad - exit_se)
            cpc += dt * (cpc_target - cpc) / z.tau_cpc[i]
            rival += dt * (rival_target - rival) / z.tau_match[i]
            cov += dt * (log_target - cov) / z.tau_log[i]
            cap += dt * ((max(gmv_smb, 0.0) / z.c_gmv_smb[i]) ** z.phi[i] - cap) / z.tau_q[i]
            cum += dt * profit
            spent += dt * spend


@dataclass(frozen=True, slots=True)
class RawRun:
    """Saved time series: ``data[name]`` has shape (T_saved, N); ``t`` in months."""

    t: FloatArray
    data: dict[str, FloatArray]
    calibration: Calibration


def _inputs(p: ParamBatch, cal: Calibration, schedules: Sequence[Schedule]) -> _In:
    """The kernel's inputs: parameter arrays, calibration and schedules, one layout always."""
    n = p.size
    shares = np.stack(
        [p["subsidy_share_head"], p["subsidy_share_smb"], p["subsidy_share_logistics"], p["subsidy_share_coupons"]],
        axis=-1,
    )
    total = shares.sum(axis=-1, keepdims=True)
    shares = np.where(total > 0, shares / np.maximum(total, _EPS), 0.0)
    comm_at, comm_val, comm_ramp = lever_table(schedules, "commission")
    fair_at, fair_val, fair_ramp = lever_table(schedules, "fairness")
    rate_at, rate_val, rate_ramp = lever_table(schedules, "subsidy_bn_per_year")
    c = _consts(p)
    fields: dict[str, FloatArray] = dict(
        zeta=p["new_smb_weight"],
        m_half=p["availability_half"],
        grad_rate=cal.graduation / p["graduation_months"],
        bass_p=p["bass_p"],
        bass_q=p["bass_q"],
        beta_a=p["adoption_sensitivity"],
        beta_c=p["churn_sensitivity"],
        tau_leave=p["leave_months"],
        beta_v=p["network_effect"],
        rho=p["pass_through"],
        d_s=p["smb_discount"],
        tau_w=p["wallet_share_months"],
        tau_perc=p["margin_months"],
        tau_cpc=p["cpc_months"],
        tau_match=p["rival_match_months"],
        tau_log=p["logistics_months"],
        tau_q=p["smb_capability_months"],
        nu=p["cpc_pass"],
        eps_cpc=p["auction_elasticity"],
        psi=p["bid_margin_response"],
        rival0=p["rival_fee"],
        rival_ads=p["rival_ad_intensity"],
        mu=p["rival_match_share"],
        phi=p["smb_scale_elasticity"],
        cost_share=p["payment_cost"] + p["user_acquisition"],
        opex=p["opex_bn_per_month"],
        x_e=p["exit_rate_smb_established"],
        x_pi=p["distress_exit_rate"],
        k_e=p["entry_steepness"],
        r_in=p["entry_threshold"],
        r_out=p["exit_threshold"],
        bid_ratio=p["bid_ratio"],
        gamma=c.gamma,
        alpha=c.alpha,
        tail=c.tail,
        m0_k=p["merchants_head"],
        m0_sn=p["merchants_smb_new"],
        m0_se=p["merchants_smb_established"],
        start_b=p["start_buyers_frac"],
        start_w=p["start_wallet_share_frac"],
        c_m_eff=cal.merchants_eff,
        c_avail=cal.avail,
        c_ad_demand=cal.ad_demand,
        c_gap=cal.gap,
        c_gmv_smb=cal.gmv_smb,
        c_comm=cal.commission,
        c_buyers_total=cal.buyers.sum(axis=1),
        a0=_pair(p, "ad_intensity_head", "ad_intensity_smb"),
        gm=_pair(p, "gross_margin_head", "gross_margin_smb"),
        fc=_pair(p, "fixed_cost_head", "fixed_cost_smb"),
        pool=_pair(p, "pool_head", "pool_smb"),
        base_exit=_pair(p, "exit_rate_head", "exit_rate_smb_new"),
        beta_p=_pair(p, "price_sensitivity_high_tier", "price_sensitivity_low_tier"),
        beta_b=_pair(p, "brand_taste_high_tier", "brand_taste_low_tier"),
        beta_log=np.stack([np.zeros(n), p["logistics_effect"]], axis=-1),
        merit_pow=c.merit_pow,
        conv_k=c.conv_k,
        conv_s=c.conv_s,
        c_buyers=cal.buyers,
        c_wshare=cal.wallet_share,
        c_logit_w=np.log(cal.wallet_share / (1.0 - cal.wallet_share)),
        c_churn=cal.churn,
        c_entry=cal.entry_rate,
        c_margin=cal.margin,
        c_head=cal.head_share,
        n0=_pair(p, "shoppers_high_tier", "shoppers_low_tier"),
        n_growth=np.log1p(_pair(p, "shoppers_growth_high_tier", "shoppers_growth_low_tier")) / 12.0,
        wal0=_pair(p, "wallet_high_tier", "wallet_low_tier") / 12.0,
        wal_growth=np.log1p(p["wallet_growth"]) / 12.0,
        max_reach=p["max_reach"],
        comm0=p["commission"],
        fair0=p["fairness"],
        rate0=p["subsidy_bn_per_year"],
        theta=p["fairness_ad_relief"],
        c_fair_factor=cal.fairness_factor,
        sub_start=p["subsidy_start_month"],
        sub_end=p["subsidy_start_month"] + p["subsidy_months"],
        sub_taper=p["subsidy_taper_months"],
        budget=p["subsidy_budget_bn"],
        shares=shares,
        log_half=p["logistics_half_cost"],
        comm_at=comm_at,
        comm_val=comm_val,
        comm_ramp=comm_ramp,
        fair_at=fair_at,
        fair_val=fair_val,
        fair_ramp=fair_ramp,
        rate_at=rate_at,
        rate_val=rate_val,
        rate_ramp=rate_ramp,
    )
    # One memory layout for every call, so the compiled kernel is reused (no recompiles).
    return _In(**{k: np.ascontiguousarray(v, dtype=np.float64) for k, v in fields.items()})


def integrate(
    params: Params | Sequence[Params] | ParamBatch,
    *,
    reference: Params | Sequence[Params] | ParamBatch | None = None,
    schedules: Sequence[Schedule] = (),
    months: float = 72,
    dt: float = DT,
    save_every: int | None = None,
) -> RawRun:
    """Run the model with Euler steps of ``dt`` months and return the saved series.

    Args:
        params: the run's parameters: one set, a sequence, or a ``ParamBatch``.
        reference: the parameters of the calibrated reference state (default: the
            registry defaults); a single set broadcasts over the batch.
        schedules: lever schedules (shared by the whole batch).
        months: horizon in months.
        dt: time step in months.
        save_every: save one point every this many steps (default: monthly).
    """
    p = ParamBatch.of(params)
    ref: ParamBatch | None
    ref_values: tuple[float, ...] | None
    if reference is None or isinstance(reference, Params):
        ref_values = (reference or Params.default()).values
        ref = None
        n = p.size
    else:
        ref = ParamBatch.of(reference)
        ref_values = tuple(float(ref[q.name][0]) for q in PARAMETERS) if ref.size == 1 else None
        n = max(p.size, ref.size)
    p = p.broadcast(n)
    steps = round(months / dt)
    if steps < 1 or abs(steps * dt - months) > 1e-9:
        raise ValueError(f"months = {months!r} must be a positive multiple of dt = {dt!r}")
    if save_every is None:
        save_every = max(1, round(1.0 / dt))
    if ref_values is not None:  # one reference state for the whole batch: solved once, remembered
        cal = _broadcast(_calibrated(ref_values), n)
    elif ref is not None:
        cal = calibrate(ref.broadcast(n))
    else:  # pragma: no cover - every path above sets one of the two
        raise AssertionError("no reference state")
    z = _inputs(p, cal, schedules)
    out = np.empty((n, steps // save_every + 1, len(Out)))
    workers = min(_THREADS, n // _MIN_CHUNK)
    if workers <= 1:
        _kernel(steps, dt, save_every, z, out)
    else:  # the kernel releases the GIL: split the batch over the cores
        bounds = np.linspace(0, n, workers + 1).astype(int)
        parts = [(lo, hi) for lo, hi in itertools.pairwise(bounds)]
        list(_pool().map(lambda b: _kernel(steps, dt, save_every, _chunk(z, *b), out[b[0] : b[1]]), parts))
    t = np.arange(out.shape[1], dtype=np.float64) * (dt * save_every)
    return RawRun(t=t, data={o.name: out[:, :, o].T for o in Out}, calibration=cal)


@functools.lru_cache(maxsize=64)
def _calibrated(reference: tuple[float, ...]) -> Calibration:
    """The calibration of one reference state (read-only arrays, shared by every run from it)."""
    cal = calibrate(ParamBatch.of(Params(reference)))
    for name in Calibration.__slots__:
        getattr(cal, name).flags.writeable = False
    return cal


def _broadcast(cal: Calibration, n: int) -> Calibration:
    """A single-state calibration repeated over a batch of ``n`` (views, no copies)."""
    if n == 1:
        return cal
    return Calibration(**{f: np.broadcast_to(v, (n, *v.shape[1:])) for f in Calibration.__slots__ for v in [getattr(cal, f)]})


_THREADS = max(1, min(os.cpu_count() or 1, 8))
_MIN_CHUNK = 64


@functools.cache
def _pool() -> ThreadPoolExecutor:
    """One shared thread pool for batch runs (created on first use)."""
    return ThreadPoolExecutor(max_workers=_THREADS, thread_name_prefix="flywheel")


_SHARED = frozenset(f"{lever}_{part}" for lever in ("comm", "fair", "rate") for part in ("at", "val", "ramp"))


def _chunk(z: _In, lo: int, hi: int) -> _In:
    """Batch elements ``lo:hi`` of the kernel inputs (the shared schedules pass whole)."""
    return _In(**{k: v if k in _SHARED else v[lo:hi] for k, v in z._asdict().items()})
