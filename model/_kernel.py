# GENERATED from model/equations.py by model/codegen.py -- do not edit.
# Regenerate: python scripts/generate_kernel.py (a test checks this file is current).
"""The compiled time loop of the model (generated; see ``model.codegen``)."""

import math

import numpy as np
from numba import njit
from numpy.typing import NDArray

Floats = NDArray[np.float64]

DIGEST = "28ac69eabae02b52"
"""SHA-256 (first 16 hex digits) of this file's text after this line: it names the kernel's code."""
COLUMNS = (
    'new_smb_weight',
    'availability_half',
    'bass_p',
    'bass_q',
    'adoption_sensitivity',
    'churn_sensitivity',
    'leave_months',
    'network_effect',
    'pass_through',
    'smb_discount',
    'wallet_share_months',
    'margin_months',
    'cpc_months',
    'rival_match_months',
    'logistics_months',
    'smb_capability_months',
    'cpc_pass',
    'auction_elasticity',
    'bid_margin_response',
    'rival_fee_0',
    'rival_ad_intensity',
    'rival_match_share',
    'smb_scale_elasticity',
    'opex_bn_per_month',
    'exit_rate_smb_established',
    'distress_exit_rate',
    'entry_steepness',
    'entry_threshold',
    'exit_threshold',
    'bid_ratio',
    'merit_exponent',
    'bid_exponent',
    'long_tail_floor',
    'merchants_head_0',
    'merchants_smb_new_0',
    'merchants_smb_established_0',
    'start_buyers_frac',
    'start_wallet_share_frac',
    'max_reach',
    'fairness_ad_relief',
    'subsidy_start_month',
    'subsidy_taper_months',
    'subsidy_budget_bn',
    'logistics_half_cost',
    'ad_intensity_head',
    'ad_intensity_smb',
    'gross_margin_head',
    'gross_margin_smb',
    'fixed_cost_head',
    'fixed_cost_smb',
    'pool_head',
    'pool_smb',
    'base_exit_rate_head',
    'base_exit_rate_smb',
    'price_sensitivity_high_tier',
    'price_sensitivity_low_tier',
    'brand_taste_high_tier',
    'brand_taste_low_tier',
    'logistics_utility_high_tier',
    'logistics_utility_low_tier',
    'conversion_head_high_tier',
    'conversion_head_low_tier',
    'conversion_smb_high_tier',
    'conversion_smb_low_tier',
    'shoppers_0_high_tier',
    'shoppers_0_low_tier',
    'merit_power_high_tier',
    'merit_power_low_tier',
    'cost_share',
    'graduation_rate',
    'shoppers_growth_rate_high_tier',
    'shoppers_growth_rate_low_tier',
    'wallet_0_high_tier',
    'wallet_0_low_tier',
    'wallet_growth_rate',
    'subsidy_end_month',
    'cal_buyers_high_tier',
    'cal_buyers_low_tier',
    'cal_churn_high_tier',
    'cal_churn_low_tier',
    'cal_wallet_share_high_tier',
    'cal_wallet_share_low_tier',
    'cal_logit_wallet_share_high_tier',
    'cal_logit_wallet_share_low_tier',
    'cal_merchants_eff',
    'cal_avail',
    'cal_ad_demand',
    'cal_fairness_factor',
    'cal_head_share_high_tier',
    'cal_head_share_low_tier',
    'cal_margin_head',
    'cal_margin_smb',
    'cal_gmv_smb',
    'cal_gap',
    'cal_commission',
    'cal_buyers_total',
    'cal_entry_rate_head',
    'cal_entry_rate_smb',
    'subsidy_share_head',
    'subsidy_share_smb',
    'subsidy_share_logistics',
    'subsidy_share_coupons',
    'commission',
    'fairness',
    'subsidy_bn_per_year',
)
"""The kernel inputs, in the order of ``inp``'s columns."""
OUTPUTS = (
    'gmv',
    'gmv_high_tier',
    'gmv_low_tier',
    'gmv_head',
    'gmv_smb',
    'buyers',
    'buyers_high_tier',
    'buyers_low_tier',
    'wallet_share_high_tier',
    'wallet_share_low_tier',
    'merchants',
    'merchants_head',
    'merchants_smb_new',
    'merchants_smb_established',
    'head_traffic_share',
    'head_traffic_share_high_tier',
    'head_traffic_share_low_tier',
    'smb_gmv_share',
    'perceived_margin_head',
    'perceived_margin_smb',
    'margin_head',
    'margin_smb',
    'ad_intensity',
    'take_rate',
    'cpc_index',
    'rival_fee',
    'relative_price_high_tier',
    'relative_price_low_tier',
    'commission_revenue',
    'ad_revenue',
    'platform_revenue',
    'platform_profit',
    'cumulative_profit',
    'subsidy_spend',
    'subsidy_spent',
    'logistics_coverage',
    'smb_capability',
    'shoppers_high_tier',
    'shoppers_low_tier',
    'merchant_entry_head',
    'merchant_exit_head',
    'merchant_entry_smb',
    'merchant_exit_smb_new',
    'merchant_exit_smb_established',
    'smb_graduation',
    'commission',
    'fairness',
    'subsidy_rate',
)
"""The saved variables, in the order of ``out``'s last axis."""
LEVERS = ('commission', 'fairness', 'subsidy_bn_per_year', 'subsidy_share_smb', 'subsidy_share_head', 'subsidy_share_logistics', 'subsidy_share_coupons')
"""The schedulable parameters, in the order of ``sched_bounds``."""

@njit(cache=True, nogil=True)
def lever_at(base: float, at: Floats, value: Floats, ramp: Floats, lo: int, hi: int, t: float) -> float:  # pragma: no cover
    """Value at time ``t`` of a lever with base value ``base`` under schedules ``lo:hi`` (sorted by ``at``).

    Schedule j takes the lever from its value at ``at[j]`` to ``value[j]``, linearly over
    ``ramp[j]`` months (a step when 0); a later schedule takes over from wherever the
    earlier ones had brought the lever.
    """
    start = base
    v = base
    for j in range(lo, hi):
        if j > lo:
            done = 1.0 if ramp[j - 1] <= 0.0 else min((at[j] - at[j - 1]) / ramp[j - 1], 1.0)
            start = start + (value[j - 1] - start) * done
        if t < at[j]:
            break
        done = 1.0 if ramp[j] <= 0.0 else min((t - at[j]) / ramp[j], 1.0)
        v = start + (value[j] - start) * done
    return v


@njit(cache=True, nogil=True)
def kernel(  # pragma: no cover - jitted
    steps: int,
    dt: float,
    save_every: int,
    inp: Floats,
    sched_at: Floats,
    sched_value: Floats,
    sched_ramp: Floats,
    sched_bounds: NDArray[np.int64],
    out: Floats,
) -> None:
    """Integrate every row of ``inp`` (one parameter set each) for ``steps`` Euler steps of ``dt``
    months, writing the saved variables every ``save_every`` steps to ``out[i, step // save_every]``.

    Lever l follows the schedules ``sched_bounds[l]:sched_bounds[l + 1]`` of the ``sched_*`` arrays.
    """
    for i in range(inp.shape[0]):
        # ---- constants of this parameter set
        new_smb_weight = inp[i, 0]
        availability_half = inp[i, 1]
        bass_p = inp[i, 2]
        bass_q = inp[i, 3]
        adoption_sensitivity = inp[i, 4]
        churn_sensitivity = inp[i, 5]
        leave_months = inp[i, 6]
        network_effect = inp[i, 7]
        pass_through = inp[i, 8]
        smb_discount = inp[i, 9]
        wallet_share_months = inp[i, 10]
        margin_months = inp[i, 11]
        cpc_months = inp[i, 12]
        rival_match_months = inp[i, 13]
        logistics_months = inp[i, 14]
        smb_capability_months = inp[i, 15]
        cpc_pass = inp[i, 16]
        auction_elasticity = inp[i, 17]
        bid_margin_response = inp[i, 18]
        rival_fee_0 = inp[i, 19]
        rival_ad_intensity = inp[i, 20]
        rival_match_share = inp[i, 21]
        smb_scale_elasticity = inp[i, 22]
        opex_bn_per_month = inp[i, 23]
        exit_rate_smb_established = inp[i, 24]
        distress_exit_rate = inp[i, 25]
        entry_steepness = inp[i, 26]
        entry_threshold = inp[i, 27]
        exit_threshold = inp[i, 28]
        bid_ratio = inp[i, 29]
        merit_exponent = inp[i, 30]
        bid_exponent = inp[i, 31]
        long_tail_floor = inp[i, 32]
        merchants_head_0 = inp[i, 33]
        merchants_smb_new_0 = inp[i, 34]
        merchants_smb_established_0 = inp[i, 35]
        start_buyers_frac = inp[i, 36]
        start_wallet_share_frac = inp[i, 37]
        max_reach = inp[i, 38]
        fairness_ad_relief = inp[i, 39]
        subsidy_start_month = inp[i, 40]
        subsidy_taper_months = inp[i, 41]
        subsidy_budget_bn = inp[i, 42]
        logistics_half_cost = inp[i, 43]
        ad_intensity_head = inp[i, 44]
        ad_intensity_smb = inp[i, 45]
        gross_margin_head = inp[i, 46]
        gross_margin_smb = inp[i, 47]
        fixed_cost_head = inp[i, 48]
        fixed_cost_smb = inp[i, 49]
        pool_head = inp[i, 50]
        pool_smb = inp[i, 51]
        base_exit_rate_head = inp[i, 52]
        base_exit_rate_smb = inp[i, 53]
        price_sensitivity_high_tier = inp[i, 54]
        price_sensitivity_low_tier = inp[i, 55]
        brand_taste_high_tier = inp[i, 56]
        brand_taste_low_tier = inp[i, 57]
        logistics_utility_high_tier = inp[i, 58]
        logistics_utility_low_tier = inp[i, 59]
        conversion_head_high_tier = inp[i, 60]
        conversion_head_low_tier = inp[i, 61]
        conversion_smb_high_tier = inp[i, 62]
        conversion_smb_low_tier = inp[i, 63]
        shoppers_0_high_tier = inp[i, 64]
        shoppers_0_low_tier = inp[i, 65]
        merit_power_high_tier = inp[i, 66]
        merit_power_low_tier = inp[i, 67]
        cost_share = inp[i, 68]
        graduation_rate = inp[i, 69]
        shoppers_growth_rate_high_tier = inp[i, 70]
        shoppers_growth_rate_low_tier = inp[i, 71]
        wallet_0_high_tier = inp[i, 72]
        wallet_0_low_tier = inp[i, 73]
        wallet_growth_rate = inp[i, 74]
        subsidy_end_month = inp[i, 75]
        cal_buyers_high_tier = inp[i, 76]
        cal_buyers_low_tier = inp[i, 77]
        cal_churn_high_tier = inp[i, 78]
        cal_churn_low_tier = inp[i, 79]
        cal_wallet_share_high_tier = inp[i, 80]
        cal_wallet_share_low_tier = inp[i, 81]
        cal_logit_wallet_share_high_tier = inp[i, 82]
        cal_logit_wallet_share_low_tier = inp[i, 83]
        cal_merchants_eff = inp[i, 84]
        cal_avail = inp[i, 85]
        cal_ad_demand = inp[i, 86]
        cal_fairness_factor = inp[i, 87]
        cal_head_share_high_tier = inp[i, 88]
        cal_head_share_low_tier = inp[i, 89]
        cal_margin_head = inp[i, 90]
        cal_margin_smb = inp[i, 91]
        cal_gmv_smb = inp[i, 92]
        cal_gap = inp[i, 93]
        cal_commission = inp[i, 94]
        cal_buyers_total = inp[i, 95]
        cal_entry_rate_head = inp[i, 96]
        cal_entry_rate_smb = inp[i, 97]
        _base_subsidy_share_head = inp[i, 98]
        _base_subsidy_share_smb = inp[i, 99]
        _base_subsidy_share_logistics = inp[i, 100]
        _base_subsidy_share_coupons = inp[i, 101]
        _base_commission = inp[i, 102]
        _base_fairness = inp[i, 103]
        _base_subsidy_bn_per_year = inp[i, 104]
        # ---- stocks at their initial values
        buyers_high_tier = cal_buyers_high_tier * start_buyers_frac
        buyers_low_tier = cal_buyers_low_tier * start_buyers_frac
        wallet_share_high_tier = cal_wallet_share_high_tier * start_wallet_share_frac
        wallet_share_low_tier = cal_wallet_share_low_tier * start_wallet_share_frac
        merchants_head = merchants_head_0
        merchants_smb_new = merchants_smb_new_0
        merchants_smb_established = merchants_smb_established_0
        perceived_margin_head = cal_margin_head
        perceived_margin_smb = cal_margin_smb
        cpc_index = 1.0
        rival_fee = rival_fee_0
        cumulative_profit = 0.0
        subsidy_spent = 0.0
        logistics_coverage = 0.0
        smb_capability = 1.0
        _start_perceived_margin_gap = 0.0
        # ---- levers: their base value, or their schedules where they have any
        subsidy_share_head = _base_subsidy_share_head
        _scheduled_subsidy_share_head = sched_bounds[5] > sched_bounds[4]
        subsidy_share_smb = _base_subsidy_share_smb
        _scheduled_subsidy_share_smb = sched_bounds[4] > sched_bounds[3]
        subsidy_share_logistics = _base_subsidy_share_logistics
        _scheduled_subsidy_share_logistics = sched_bounds[6] > sched_bounds[5]
        subsidy_share_coupons = _base_subsidy_share_coupons
        _scheduled_subsidy_share_coupons = sched_bounds[7] > sched_bounds[6]
        commission = _base_commission
        _scheduled_commission = sched_bounds[1] > sched_bounds[0]
        fairness = _base_fairness
        _scheduled_fairness = sched_bounds[2] > sched_bounds[1]
        subsidy_bn_per_year = _base_subsidy_bn_per_year
        _scheduled_subsidy_bn_per_year = sched_bounds[3] > sched_bounds[2]
        for k in range(steps + 1):
            time = k * dt
            if _scheduled_subsidy_share_head:
                subsidy_share_head = lever_at(_base_subsidy_share_head, sched_at, sched_value, sched_ramp, sched_bounds[4], sched_bounds[5], time)
            if _scheduled_subsidy_share_smb:
                subsidy_share_smb = lever_at(_base_subsidy_share_smb, sched_at, sched_value, sched_ramp, sched_bounds[3], sched_bounds[4], time)
            if _scheduled_subsidy_share_logistics:
                subsidy_share_logistics = lever_at(_base_subsidy_share_logistics, sched_at, sched_value, sched_ramp, sched_bounds[5], sched_bounds[6], time)
            if _scheduled_subsidy_share_coupons:
                subsidy_share_coupons = lever_at(_base_subsidy_share_coupons, sched_at, sched_value, sched_ramp, sched_bounds[6], sched_bounds[7], time)
            subsidy_share_total = subsidy_share_head + subsidy_share_smb + subsidy_share_logistics + subsidy_share_coupons
            subsidy_split_head = (subsidy_share_head / max(subsidy_share_total, 1e-09) if subsidy_share_total > 0.0 else 0.0)
            subsidy_split_smb = (subsidy_share_smb / max(subsidy_share_total, 1e-09) if subsidy_share_total > 0.0 else 0.0)
            subsidy_split_logistics = (subsidy_share_logistics / max(subsidy_share_total, 1e-09) if subsidy_share_total > 0.0 else 0.0)
            subsidy_split_coupons = (subsidy_share_coupons / max(subsidy_share_total, 1e-09) if subsidy_share_total > 0.0 else 0.0)
            buyers = buyers_high_tier + buyers_low_tier
            merchants = merchants_head + merchants_smb_new + merchants_smb_established
            merchants_smb_effective = merchants_smb_established + new_smb_weight * merchants_smb_new
            merchants_effective = max(merchants_head + merchants_smb_effective, 1e-09)
            availability_raw = merchants_effective / (merchants_effective + availability_half)
            availability = availability_raw / cal_avail
            merchant_count_head = merchants_head
            merchant_count_smb = merchants_smb_effective
            merchant_stock_head = merchants_head
            merchant_stock_smb = merchants_smb_new + merchants_smb_established
            smb_quality_weight = merchants_smb_effective * smb_capability ** merit_exponent
            merit_share_smb_high_tier = smb_quality_weight / max(smb_quality_weight + merchants_head * merit_power_high_tier, 1e-09)
            merit_share_smb_low_tier = smb_quality_weight / max(smb_quality_weight + merchants_head * merit_power_low_tier, 1e-09)
            count_share_smb = merchants_smb_effective / merchants_effective
            perceived_margin_gap = perceived_margin_head - perceived_margin_smb
            if k == 0:
                _start_perceived_margin_gap = perceived_margin_gap
            bid = bid_ratio * math.exp(min(max(bid_margin_response * (perceived_margin_gap - _start_perceived_margin_gap), -20.0), 20.0))
            bid_share_smb = merchants_smb_effective / max(merchants_smb_effective + merchants_head * bid ** bid_exponent, 1e-09)
            ad_demand = merchants_head * bid + merchants_smb_effective
            cpc_target = (ad_demand / cal_ad_demand) ** auction_elasticity / max(buyers / cal_buyers_total, 0.01)
            cpc_change = (cpc_target - cpc_index) / cpc_months
            variety = network_effect * math.log(merchants_effective / cal_merchants_eff)
            rival_undercut = rival_fee_0 - rival_fee
            subsidy_window = (0.0 if time < subsidy_start_month else (1.0 if time < subsidy_end_month else (max(1.0 - (time - subsidy_end_month) / subsidy_taper_months, 0.0) if subsidy_taper_months > 0.0 else 0.0)))
            shoppers_high_tier = shoppers_0_high_tier * math.exp(shoppers_growth_rate_high_tier * time)
            reach_high_tier = max_reach * shoppers_high_tier
            shoppers_low_tier = shoppers_0_low_tier * math.exp(shoppers_growth_rate_low_tier * time)
            reach_low_tier = max_reach * shoppers_low_tier
            wallet_high_tier = wallet_0_high_tier * math.exp(wallet_growth_rate * time)
            gmv_high_tier = buyers_high_tier * wallet_high_tier * wallet_share_high_tier * availability
            wallet_low_tier = wallet_0_low_tier * math.exp(wallet_growth_rate * time)
            gmv_low_tier = buyers_low_tier * wallet_low_tier * wallet_share_low_tier * availability
            free_pool_head = max(pool_head - merchant_stock_head, 0.0)
            free_pool_smb = max(pool_smb - merchant_stock_smb, 0.0)
            entry_willingness_head = 1.0 / (1.0 + math.exp(-min(max(entry_steepness * (perceived_margin_head - entry_threshold - rival_undercut), -500.0), 500.0)))
            merchant_entry_head = min(cal_entry_rate_head * free_pool_head * entry_willingness_head, free_pool_head / dt)
            entry_willingness_smb = 1.0 / (1.0 + math.exp(-min(max(entry_steepness * (perceived_margin_smb - entry_threshold - rival_undercut), -500.0), 500.0)))
            merchant_entry_smb = min(cal_entry_rate_smb * free_pool_smb * entry_willingness_smb, free_pool_smb / dt)
            distress_exit_head = distress_exit_rate * (1.0 / (1.0 + math.exp(-min(max(-entry_steepness * (perceived_margin_head - exit_threshold), -500.0), 500.0))))
            merchant_exit_head = min(merchants_head * (base_exit_rate_head + distress_exit_head), merchants_head / dt)
            distress_exit_smb = distress_exit_rate * (1.0 / (1.0 + math.exp(-min(max(-entry_steepness * (perceived_margin_smb - exit_threshold), -500.0), 500.0))))
            merchant_exit_smb_established = min(merchants_smb_established * (exit_rate_smb_established + distress_exit_smb), merchants_smb_established / dt)
            exit_smb_new_demand = merchants_smb_new * (base_exit_rate_smb + distress_exit_smb)
            graduation_demand = graduation_rate * merchants_smb_new
            leave_smb_new = exit_smb_new_demand + graduation_demand
            leave_scale = (merchants_smb_new / dt / leave_smb_new if leave_smb_new > merchants_smb_new / dt else 1.0)
            merchant_exit_smb_new = exit_smb_new_demand * leave_scale
            smb_graduation = graduation_demand * leave_scale
            if _scheduled_commission:
                commission = lever_at(_base_commission, sched_at, sched_value, sched_ramp, sched_bounds[0], sched_bounds[1], time)
            if _scheduled_fairness:
                fairness = lever_at(_base_fairness, sched_at, sched_value, sched_ramp, sched_bounds[1], sched_bounds[2], time)
            smb_traffic_share_high_tier = long_tail_floor * count_share_smb + (1.0 - long_tail_floor) * (fairness * merit_share_smb_high_tier + (1.0 - fairness) * bid_share_smb)
            head_traffic_share_high_tier = 1.0 - smb_traffic_share_high_tier
            smb_sales_share_high_tier = smb_traffic_share_high_tier * conversion_smb_high_tier / (head_traffic_share_high_tier * conversion_head_high_tier + smb_traffic_share_high_tier * conversion_smb_high_tier)
            smb_traffic_share_low_tier = long_tail_floor * count_share_smb + (1.0 - long_tail_floor) * (fairness * merit_share_smb_low_tier + (1.0 - fairness) * bid_share_smb)
            head_traffic_share_low_tier = 1.0 - smb_traffic_share_low_tier
            smb_sales_share_low_tier = smb_traffic_share_low_tier * conversion_smb_low_tier / (head_traffic_share_low_tier * conversion_head_low_tier + smb_traffic_share_low_tier * conversion_smb_low_tier)
            gmv_head = gmv_high_tier * (1.0 - smb_sales_share_high_tier) + gmv_low_tier * (1.0 - smb_sales_share_low_tier)
            gmv_smb = gmv_high_tier * smb_sales_share_high_tier + gmv_low_tier * smb_sales_share_low_tier
            gmv = gmv_head + gmv_smb
            safe_gmv = max(gmv, 1e-09)
            safe_gmv_head = max(gmv_head, 1e-09)
            safe_gmv_smb = max(gmv_smb, 1e-09)
            head_traffic_share = (head_traffic_share_high_tier * buyers_high_tier + head_traffic_share_low_tier * buyers_low_tier) / max(buyers, 1e-09)
            smb_gmv_share = gmv_smb / safe_gmv
            ad_relief_raw = 1.0 - fairness_ad_relief * fairness
            ad_relief = ad_relief_raw / cal_fairness_factor
            ad_scale = ad_relief * cpc_index ** cpc_pass
            ad_cost_head = ad_intensity_head * ad_scale
            ad_cost_smb = ad_intensity_smb * ad_scale
            commission_revenue = commission * gmv
            ad_revenue = ad_cost_head * gmv_head + ad_cost_smb * gmv_smb
            ad_intensity = ad_revenue / safe_gmv
            platform_revenue = commission * gmv + ad_revenue
            take_rate = platform_revenue / safe_gmv
            smb_capability_change = ((max(gmv_smb, 0.0) / cal_gmv_smb) ** smb_scale_elasticity - smb_capability) / smb_capability_months
            if _scheduled_subsidy_bn_per_year:
                subsidy_bn_per_year = lever_at(_base_subsidy_bn_per_year, sched_at, sched_value, sched_ramp, sched_bounds[2], sched_bounds[3], time)
            subsidy_rate = max(subsidy_bn_per_year, 0.0)
            subsidy_spend = min(subsidy_rate / 12.0 * subsidy_window, max(subsidy_budget_bn - subsidy_spent, 0.0) / dt)
            platform_profit = platform_revenue - cost_share * gmv - opex_bn_per_month - subsidy_spend
            subsidy_merchant_head = subsidy_spend * subsidy_split_head
            margin_head = min(max(gross_margin_head - commission - ad_cost_head + subsidy_merchant_head / safe_gmv_head - fixed_cost_head * merchant_count_head / safe_gmv_head, -1.0), 1.0)
            perceived_margin_change_head = (margin_head - perceived_margin_head) / margin_months
            subsidy_merchant_smb = subsidy_spend * subsidy_split_smb
            margin_smb = min(max(gross_margin_smb - commission - ad_cost_smb + subsidy_merchant_smb / safe_gmv_smb - fixed_cost_smb * merchant_count_smb / safe_gmv_smb, -1.0), 1.0)
            perceived_margin_change_smb = (margin_smb - perceived_margin_smb) / margin_months
            merchant_subsidy_rate = (subsidy_merchant_head + subsidy_merchant_smb) / safe_gmv
            fee = commission + ad_revenue / safe_gmv - merchant_subsidy_rate
            fee_gap = fee - rival_fee - rival_ad_intensity
            rival_fee_target = max(rival_fee_0 - rival_match_share * max(cal_commission - (commission - merchant_subsidy_rate), 0.0), 0.0)
            rival_fee_change = (rival_fee_target - rival_fee) / rival_match_months
            logistics_spend_yearly = subsidy_spend * subsidy_split_logistics * 12.0
            logistics_target = logistics_spend_yearly / (logistics_spend_yearly + logistics_half_cost)
            coupons = subsidy_spend * subsidy_split_coupons
            price_gap = pass_through * (fee_gap - cal_gap) - coupons / safe_gmv
            relative_price_high_tier = price_gap - smb_discount * (smb_traffic_share_high_tier - (1.0 - cal_head_share_high_tier))
            utility_high_tier = min(max(-price_sensitivity_high_tier * relative_price_high_tier + variety + brand_taste_high_tier * (head_traffic_share_high_tier - cal_head_share_high_tier) + logistics_utility_high_tier * logistics_coverage, -20.0), 20.0)
            wallet_share_target_high_tier = 1.0 / (1.0 + math.exp(-min(max(utility_high_tier + cal_logit_wallet_share_high_tier, -500.0), 500.0)))
            wallet_share_change_high_tier = (wallet_share_target_high_tier - wallet_share_high_tier) / wallet_share_months
            adoption_high_tier = (bass_p + bass_q * buyers_high_tier / max(shoppers_high_tier, 1e-09)) * max(max_reach * shoppers_high_tier - buyers_high_tier, 0.0) * math.exp(adoption_sensitivity * utility_high_tier)
            churn_demand_high_tier = cal_churn_high_tier * buyers_high_tier * math.exp(-churn_sensitivity * utility_high_tier) + max(buyers_high_tier - reach_high_tier, 0.0) / leave_months
            churn_high_tier = min(churn_demand_high_tier, buyers_high_tier / dt)
            relative_price_low_tier = price_gap - smb_discount * (smb_traffic_share_low_tier - (1.0 - cal_head_share_low_tier))
            utility_low_tier = min(max(-price_sensitivity_low_tier * relative_price_low_tier + variety + brand_taste_low_tier * (head_traffic_share_low_tier - cal_head_share_low_tier) + logistics_utility_low_tier * logistics_coverage, -20.0), 20.0)
            wallet_share_target_low_tier = 1.0 / (1.0 + math.exp(-min(max(utility_low_tier + cal_logit_wallet_share_low_tier, -500.0), 500.0)))
            wallet_share_change_low_tier = (wallet_share_target_low_tier - wallet_share_low_tier) / wallet_share_months
            adoption_low_tier = (bass_p + bass_q * buyers_low_tier / max(shoppers_low_tier, 1e-09)) * max(max_reach * shoppers_low_tier - buyers_low_tier, 0.0) * math.exp(adoption_sensitivity * utility_low_tier)
            churn_demand_low_tier = cal_churn_low_tier * buyers_low_tier * math.exp(-churn_sensitivity * utility_low_tier) + max(buyers_low_tier - reach_low_tier, 0.0) / leave_months
            churn_low_tier = min(churn_demand_low_tier, buyers_low_tier / dt)
            logistics_change = (logistics_target - logistics_coverage) / logistics_months
            if k % save_every == 0:
                t = k // save_every
                out[i, t, 0] = gmv
                out[i, t, 1] = gmv_high_tier
                out[i, t, 2] = gmv_low_tier
                out[i, t, 3] = gmv_head
                out[i, t, 4] = gmv_smb
                out[i, t, 5] = buyers
                out[i, t, 6] = buyers_high_tier
                out[i, t, 7] = buyers_low_tier
                out[i, t, 8] = wallet_share_high_tier
                out[i, t, 9] = wallet_share_low_tier
                out[i, t, 10] = merchants
                out[i, t, 11] = merchants_head
                out[i, t, 12] = merchants_smb_new
                out[i, t, 13] = merchants_smb_established
                out[i, t, 14] = head_traffic_share
                out[i, t, 15] = head_traffic_share_high_tier
                out[i, t, 16] = head_traffic_share_low_tier
                out[i, t, 17] = smb_gmv_share
                out[i, t, 18] = perceived_margin_head
                out[i, t, 19] = perceived_margin_smb
                out[i, t, 20] = margin_head
                out[i, t, 21] = margin_smb
                out[i, t, 22] = ad_intensity
                out[i, t, 23] = take_rate
                out[i, t, 24] = cpc_index
                out[i, t, 25] = rival_fee
                out[i, t, 26] = relative_price_high_tier
                out[i, t, 27] = relative_price_low_tier
                out[i, t, 28] = commission_revenue
                out[i, t, 29] = ad_revenue
                out[i, t, 30] = platform_revenue
                out[i, t, 31] = platform_profit
                out[i, t, 32] = cumulative_profit
                out[i, t, 33] = subsidy_spend
                out[i, t, 34] = subsidy_spent
                out[i, t, 35] = logistics_coverage
                out[i, t, 36] = smb_capability
                out[i, t, 37] = shoppers_high_tier
                out[i, t, 38] = shoppers_low_tier
                out[i, t, 39] = merchant_entry_head
                out[i, t, 40] = merchant_exit_head
                out[i, t, 41] = merchant_entry_smb
                out[i, t, 42] = merchant_exit_smb_new
                out[i, t, 43] = merchant_exit_smb_established
                out[i, t, 44] = smb_graduation
                out[i, t, 45] = commission
                out[i, t, 46] = fairness
                out[i, t, 47] = subsidy_rate
            if k == steps:
                break
            # ---- Euler step
            buyers_high_tier += dt * (adoption_high_tier - churn_high_tier)
            buyers_low_tier += dt * (adoption_low_tier - churn_low_tier)
            wallet_share_high_tier += dt * (wallet_share_change_high_tier)
            wallet_share_low_tier += dt * (wallet_share_change_low_tier)
            merchants_head += dt * (merchant_entry_head - merchant_exit_head)
            merchants_smb_new += dt * (merchant_entry_smb - merchant_exit_smb_new - smb_graduation)
            merchants_smb_established += dt * (smb_graduation - merchant_exit_smb_established)
            perceived_margin_head += dt * (perceived_margin_change_head)
            perceived_margin_smb += dt * (perceived_margin_change_smb)
            cpc_index += dt * (cpc_change)
            rival_fee += dt * (rival_fee_change)
            cumulative_profit += dt * (platform_profit)
            subsidy_spent += dt * (subsidy_spend)
            logistics_coverage += dt * (logistics_change)
            smb_capability += dt * (smb_capability_change)
