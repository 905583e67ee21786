# GENERATED from model/equations.py by model/codegen.py -- do not edit.
# Regenerate: python scripts/generate_kernel.py (a test checks this file is current).
"""The compiled time loop of the model (generated; see ``model.codegen``)."""

import math

import numpy as np
from numba import njit
from numpy.typing import NDArray

Floats = NDArray[np.float64]

DIGEST = "e773c806d51102dd"
"""SHA-256 (first 16 hex digits) of this file's text after this line: it names the kernel's code."""
COLUMNS = (
    'shoppers_0_high_tier',
    'shoppers_0_low_tier',
    'shoppers_0_remote',
    'shoppers_cap_high_tier',
    'shoppers_cap_low_tier',
    'shoppers_cap_remote',
    'shoppers_rate_high_tier',
    'shoppers_rate_low_tier',
    'shoppers_rate_remote',
    'wallet_share_0_high_tier',
    'wallet_share_0_high_tier_incumbent',
    'wallet_share_0_high_tier_content',
    'wallet_share_0_low_tier',
    'wallet_share_0_low_tier_incumbent',
    'wallet_share_0_low_tier_content',
    'wallet_share_0_remote',
    'wallet_share_0_remote_incumbent',
    'wallet_share_0_remote_content',
    'max_reach',
    'bass_p',
    'bass_q',
    'leave_months',
    'adoption_sensitivity',
    'churn_sensitivity',
    'wallet_share_months',
    'network_effect',
    'pass_through',
    'price_comparison',
    'logistics_weight_high_tier',
    'logistics_weight_low_tier',
    'logistics_weight_remote',
    'logistics_half_cost',
    'logistics_months',
    'coupon_reach_high_tier',
    'coupon_reach_low_tier',
    'coupon_reach_remote',
    'start_buyers_frac',
    'start_wallet_share_frac',
    'quality_weight_high_tier',
    'quality_weight_low_tier',
    'quality_weight_remote',
    'price_weight_high_tier',
    'price_weight_low_tier',
    'price_weight_remote',
    'quality_head_high_tier',
    'quality_head_low_tier',
    'quality_head_remote',
    'quality_smb_high_tier',
    'quality_smb_low_tier',
    'quality_smb_remote',
    'quality_farm_high_tier',
    'quality_farm_low_tier',
    'quality_farm_remote',
    'price_ratio_head',
    'price_ratio_smb',
    'price_ratio_farm',
    'long_tail_floor',
    'bid_exponent',
    'merit_exponent',
    'bid_value_head',
    'bid_value_smb',
    'bid_value_farm',
    'bid_margin_response',
    'ad_spend_0',
    'ad_spend_0_incumbent',
    'ad_spend_0_content',
    'ad_weight_head',
    'ad_weight_smb',
    'ad_weight_farm',
    'cpc_pass',
    'auction_elasticity',
    'cpc_months',
    'sellers_head_0',
    'sellers_farm_0',
    'sellers_smb_new_0',
    'sellers_smb_established_0',
    'multihoming_head',
    'multihoming_smb',
    'multihoming_farm',
    'pool_head',
    'pool_smb',
    'pool_farm',
    'gross_margin_head',
    'gross_margin_smb',
    'gross_margin_farm',
    'fixed_cost_head',
    'fixed_cost_smb',
    'fixed_cost_farm',
    'margin_months',
    'effort_switch_months',
    'effort_margin_sensitivity',
    'effort_sales_sensitivity',
    'entry_steepness',
    'entry_threshold',
    'exit_threshold',
    'base_exit_rate_head',
    'base_exit_rate_smb',
    'base_exit_rate_farm',
    'exit_rate_smb_established',
    'distress_exit_rate',
    'new_smb_weight',
    'payment_cost',
    'opex_0',
    'opex_0_incumbent',
    'opex_0_content',
    'acquisition_cost',
    'acquisition_cost_incumbent',
    'acquisition_cost_content',
    'rival_match_share_incumbent',
    'rival_match_share_content',
    'rival_match_months_incumbent',
    'rival_match_months_content',
    'rival_answer_share_incumbent',
    'rival_answer_share_content',
    'rival_share_response_incumbent',
    'rival_share_response_content',
    'content_attraction_gain',
    'content_trend_months',
    'subsidy_start_month',
    'subsidy_taper_months',
    'subsidy_budget_bn',
    'wallet_0_high_tier',
    'wallet_0_low_tier',
    'wallet_0_remote',
    'wallet_growth_rate',
    'effort_0_head',
    'effort_0_head_incumbent',
    'effort_0_head_content',
    'effort_0_smb',
    'effort_0_smb_incumbent',
    'effort_0_smb_content',
    'effort_0_farm',
    'effort_0_farm_incumbent',
    'effort_0_farm_content',
    'seller_count_0_head',
    'seller_count_0_smb',
    'seller_count_0_farm',
    'learning_exponent',
    'graduation_rate',
    'subsidy_end_month',
    'cal_buyers_high_tier',
    'cal_buyers_high_tier_incumbent',
    'cal_buyers_high_tier_content',
    'cal_buyers_low_tier',
    'cal_buyers_low_tier_incumbent',
    'cal_buyers_low_tier_content',
    'cal_buyers_remote',
    'cal_buyers_remote_incumbent',
    'cal_buyers_remote_content',
    'cal_room',
    'cal_room_incumbent',
    'cal_room_content',
    'cal_churn_high_tier',
    'cal_churn_high_tier_incumbent',
    'cal_churn_high_tier_content',
    'cal_churn_low_tier',
    'cal_churn_low_tier_incumbent',
    'cal_churn_low_tier_content',
    'cal_churn_remote',
    'cal_churn_remote_incumbent',
    'cal_churn_remote_content',
    'cal_wallet_asc_high_tier',
    'cal_wallet_asc_high_tier_incumbent',
    'cal_wallet_asc_high_tier_content',
    'cal_wallet_asc_low_tier',
    'cal_wallet_asc_low_tier_incumbent',
    'cal_wallet_asc_low_tier_content',
    'cal_wallet_asc_remote',
    'cal_wallet_asc_remote_incumbent',
    'cal_wallet_asc_remote_content',
    'cal_listings',
    'cal_listings_incumbent',
    'cal_listings_content',
    'cal_ad_load',
    'cal_ad_load_incumbent',
    'cal_ad_load_content',
    'cal_ad_norm',
    'cal_ad_norm_incumbent',
    'cal_ad_norm_content',
    'cal_charge_head',
    'cal_charge_head_incumbent',
    'cal_charge_head_content',
    'cal_charge_smb',
    'cal_charge_smb_incumbent',
    'cal_charge_smb_content',
    'cal_charge_farm',
    'cal_charge_farm_incumbent',
    'cal_charge_farm_content',
    'cal_sales_head',
    'cal_sales_head_incumbent',
    'cal_sales_head_content',
    'cal_sales_smb',
    'cal_sales_smb_incumbent',
    'cal_sales_smb_content',
    'cal_sales_farm',
    'cal_sales_farm_incumbent',
    'cal_sales_farm_content',
    'cal_smb_sales',
    'cal_smb_volume',
    'cal_contribution_head',
    'cal_contribution_head_incumbent',
    'cal_contribution_head_content',
    'cal_contribution_smb',
    'cal_contribution_smb_incumbent',
    'cal_contribution_smb_content',
    'cal_contribution_farm',
    'cal_contribution_farm_incumbent',
    'cal_contribution_farm_content',
    'cal_coupon_base',
    'cal_platform_value_high_tier',
    'cal_platform_value_high_tier_incumbent',
    'cal_platform_value_high_tier_content',
    'cal_platform_value_low_tier',
    'cal_platform_value_low_tier_incumbent',
    'cal_platform_value_low_tier_content',
    'cal_platform_value_remote',
    'cal_platform_value_remote_incumbent',
    'cal_platform_value_remote_content',
    'cal_margin_head',
    'cal_margin_head_incumbent',
    'cal_margin_head_content',
    'cal_margin_smb',
    'cal_margin_smb_incumbent',
    'cal_margin_smb_content',
    'cal_margin_farm',
    'cal_margin_farm_incumbent',
    'cal_margin_farm_content',
    'cal_sales_per_store_head',
    'cal_sales_per_store_head_incumbent',
    'cal_sales_per_store_head_content',
    'cal_sales_per_store_smb',
    'cal_sales_per_store_smb_incumbent',
    'cal_sales_per_store_smb_content',
    'cal_sales_per_store_farm',
    'cal_sales_per_store_farm_incumbent',
    'cal_sales_per_store_farm_content',
    'cal_bid_pressure',
    'cal_bid_pressure_incumbent',
    'cal_bid_pressure_content',
    'cal_focal_net_fee',
    'cal_gmv_share_incumbent',
    'cal_gmv_share_content',
    'cal_entry_rate_head',
    'cal_entry_rate_smb',
    'cal_entry_rate_farm',
    'commission',
    'commission_incumbent',
    'commission_content',
    'fairness',
    'fairness_incumbent',
    'fairness_content',
    'ad_load',
    'ad_load_incumbent',
    'ad_load_content',
    'marketing_bn_per_year',
    'marketing_bn_per_year_incumbent',
    'marketing_bn_per_year_content',
    'subsidy_bn_per_year_incumbent',
    'subsidy_bn_per_year_content',
    'subsidy_bn_per_year',
    'subsidy_share_head',
    'subsidy_share_smb',
    'subsidy_share_farm',
    'subsidy_share_logistics',
    'subsidy_share_coupons',
)
"""The kernel inputs, in the order of ``inp``'s columns."""
OUTPUTS = (
    'shoppers_high_tier',
    'shoppers_low_tier',
    'shoppers_remote',
    'gmv',
    'gmv_incumbent',
    'gmv_content',
    'gmv_high_tier',
    'gmv_low_tier',
    'gmv_remote',
    'gmv_head',
    'gmv_head_incumbent',
    'gmv_head_content',
    'gmv_smb',
    'gmv_smb_incumbent',
    'gmv_smb_content',
    'gmv_farm',
    'gmv_farm_incumbent',
    'gmv_farm_content',
    'gmv_head_high_tier',
    'gmv_head_low_tier',
    'gmv_head_remote',
    'gmv_smb_high_tier',
    'gmv_smb_low_tier',
    'gmv_smb_remote',
    'gmv_farm_high_tier',
    'gmv_farm_low_tier',
    'gmv_farm_remote',
    'gmv_market',
    'gmv_share',
    'gmv_share_incumbent',
    'gmv_share_content',
    'smb_gmv_share',
    'smb_gmv_share_incumbent',
    'smb_gmv_share_content',
    'brand_access',
    'brand_access_incumbent',
    'brand_access_content',
    'upward_flow',
    'upward_flow_incumbent',
    'upward_flow_content',
    'two_way_flow_share',
    'two_way_flow_share_incumbent',
    'two_way_flow_share_content',
    'buyers',
    'buyers_incumbent',
    'buyers_content',
    'buyers_high_tier',
    'buyers_high_tier_incumbent',
    'buyers_high_tier_content',
    'buyers_low_tier',
    'buyers_low_tier_incumbent',
    'buyers_low_tier_content',
    'buyers_remote',
    'buyers_remote_incumbent',
    'buyers_remote_content',
    'wallet_share_high_tier',
    'wallet_share_high_tier_incumbent',
    'wallet_share_high_tier_content',
    'wallet_share_low_tier',
    'wallet_share_low_tier_incumbent',
    'wallet_share_low_tier_content',
    'wallet_share_remote',
    'wallet_share_remote_incumbent',
    'wallet_share_remote_content',
    'relative_price_high_tier',
    'relative_price_low_tier',
    'relative_price_remote',
    'price_head',
    'price_head_incumbent',
    'price_head_content',
    'price_smb',
    'price_smb_incumbent',
    'price_smb_content',
    'price_farm',
    'price_farm_incumbent',
    'price_farm_content',
    'auctioned_share',
    'auctioned_share_incumbent',
    'auctioned_share_content',
    'head_traffic_share',
    'head_traffic_share_incumbent',
    'head_traffic_share_content',
    'cpc_index',
    'cpc_index_incumbent',
    'cpc_index_content',
    'net_commission',
    'net_commission_incumbent',
    'net_commission_content',
    'charge_head',
    'charge_head_incumbent',
    'charge_head_content',
    'charge_smb',
    'charge_smb_incumbent',
    'charge_smb_content',
    'charge_farm',
    'charge_farm_incumbent',
    'charge_farm_content',
    'margin_head',
    'margin_head_incumbent',
    'margin_head_content',
    'margin_smb',
    'margin_smb_incumbent',
    'margin_smb_content',
    'margin_farm',
    'margin_farm_incumbent',
    'margin_farm_content',
    'perceived_margin_head',
    'perceived_margin_head_incumbent',
    'perceived_margin_head_content',
    'perceived_margin_smb',
    'perceived_margin_smb_incumbent',
    'perceived_margin_smb_content',
    'perceived_margin_farm',
    'perceived_margin_farm_incumbent',
    'perceived_margin_farm_content',
    'merchants',
    'merchants_incumbent',
    'merchants_content',
    'effort_head',
    'effort_head_incumbent',
    'effort_head_content',
    'effort_smb',
    'effort_smb_incumbent',
    'effort_smb_content',
    'effort_farm',
    'effort_farm_incumbent',
    'effort_farm_content',
    'merchants_head',
    'merchants_head_incumbent',
    'merchants_head_content',
    'merchants_smb',
    'merchants_smb_incumbent',
    'merchants_smb_content',
    'merchants_farm',
    'merchants_farm_incumbent',
    'merchants_farm_content',
    'merchants_smb_new',
    'merchants_smb_new_incumbent',
    'merchants_smb_new_content',
    'merchants_smb_established',
    'merchants_smb_established_incumbent',
    'merchants_smb_established_content',
    'sellers_head',
    'sellers_smb_new',
    'sellers_smb_established',
    'sellers_farm',
    'merchant_entry_head',
    'merchant_exit_head',
    'merchant_entry_farm',
    'merchant_exit_farm',
    'merchant_entry_smb',
    'merchant_exit_smb_new',
    'merchant_exit_smb_established',
    'smb_graduation',
    'smb_volume',
    'smb_capability',
    'fee_cut_incumbent',
    'fee_cut_content',
    'support_spend_incumbent',
    'support_spend_content',
    'commission_revenue',
    'commission_revenue_incumbent',
    'commission_revenue_content',
    'ad_revenue',
    'ad_revenue_incumbent',
    'ad_revenue_content',
    'platform_revenue',
    'platform_revenue_incumbent',
    'platform_revenue_content',
    'ad_intensity',
    'ad_intensity_incumbent',
    'ad_intensity_content',
    'take_rate',
    'take_rate_incumbent',
    'take_rate_content',
    'marketing_spend',
    'marketing_spend_incumbent',
    'marketing_spend_content',
    'platform_profit',
    'platform_profit_incumbent',
    'platform_profit_content',
    'cumulative_profit',
    'cumulative_profit_incumbent',
    'cumulative_profit_content',
    'subsidy_spend',
    'subsidy_spent',
    'coupon_rate',
    'logistics_coverage',
    'commission',
    'commission_incumbent',
    'commission_content',
    'fairness',
    'fairness_incumbent',
    'fairness_content',
    'subsidy_rate',
)
"""The saved variables, in the order of ``out``'s last axis."""
LEVERS = ('commission', 'fairness', 'ad_load', 'subsidy_bn_per_year', 'subsidy_share_smb', 'subsidy_share_head', 'subsidy_share_farm', 'subsidy_share_logistics', 'subsidy_share_coupons', 'marketing_bn_per_year', 'commission_incumbent', 'commission_content', 'fairness_incumbent', 'fairness_content', 'ad_load_incumbent', 'ad_load_content', 'subsidy_bn_per_year_incumbent', 'subsidy_bn_per_year_content', 'marketing_bn_per_year_incumbent', 'marketing_bn_per_year_content')
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


@njit(cache=True, nogil=True, error_model="numpy")
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
        shoppers_0_high_tier = inp[i, 0]
        shoppers_0_low_tier = inp[i, 1]
        shoppers_0_remote = inp[i, 2]
        shoppers_cap_high_tier = inp[i, 3]
        shoppers_cap_low_tier = inp[i, 4]
        shoppers_cap_remote = inp[i, 5]
        shoppers_rate_high_tier = inp[i, 6]
        shoppers_rate_low_tier = inp[i, 7]
        shoppers_rate_remote = inp[i, 8]
        wallet_share_0_high_tier = inp[i, 9]
        wallet_share_0_high_tier_incumbent = inp[i, 10]
        wallet_share_0_high_tier_content = inp[i, 11]
        wallet_share_0_low_tier = inp[i, 12]
        wallet_share_0_low_tier_incumbent = inp[i, 13]
        wallet_share_0_low_tier_content = inp[i, 14]
        wallet_share_0_remote = inp[i, 15]
        wallet_share_0_remote_incumbent = inp[i, 16]
        wallet_share_0_remote_content = inp[i, 17]
        max_reach = inp[i, 18]
        bass_p = inp[i, 19]
        bass_q = inp[i, 20]
        leave_months = inp[i, 21]
        adoption_sensitivity = inp[i, 22]
        churn_sensitivity = inp[i, 23]
        wallet_share_months = inp[i, 24]
        network_effect = inp[i, 25]
        pass_through = inp[i, 26]
        price_comparison = inp[i, 27]
        logistics_weight_high_tier = inp[i, 28]
        logistics_weight_low_tier = inp[i, 29]
        logistics_weight_remote = inp[i, 30]
        logistics_half_cost = inp[i, 31]
        logistics_months = inp[i, 32]
        coupon_reach_high_tier = inp[i, 33]
        coupon_reach_low_tier = inp[i, 34]
        coupon_reach_remote = inp[i, 35]
        start_buyers_frac = inp[i, 36]
        start_wallet_share_frac = inp[i, 37]
        quality_weight_high_tier = inp[i, 38]
        quality_weight_low_tier = inp[i, 39]
        quality_weight_remote = inp[i, 40]
        price_weight_high_tier = inp[i, 41]
        price_weight_low_tier = inp[i, 42]
        price_weight_remote = inp[i, 43]
        quality_head_high_tier = inp[i, 44]
        quality_head_low_tier = inp[i, 45]
        quality_head_remote = inp[i, 46]
        quality_smb_high_tier = inp[i, 47]
        quality_smb_low_tier = inp[i, 48]
        quality_smb_remote = inp[i, 49]
        quality_farm_high_tier = inp[i, 50]
        quality_farm_low_tier = inp[i, 51]
        quality_farm_remote = inp[i, 52]
        price_ratio_head = inp[i, 53]
        price_ratio_smb = inp[i, 54]
        price_ratio_farm = inp[i, 55]
        long_tail_floor = inp[i, 56]
        bid_exponent = inp[i, 57]
        merit_exponent = inp[i, 58]
        bid_value_head = inp[i, 59]
        bid_value_smb = inp[i, 60]
        bid_value_farm = inp[i, 61]
        bid_margin_response = inp[i, 62]
        ad_spend_0 = inp[i, 63]
        ad_spend_0_incumbent = inp[i, 64]
        ad_spend_0_content = inp[i, 65]
        ad_weight_head = inp[i, 66]
        ad_weight_smb = inp[i, 67]
        ad_weight_farm = inp[i, 68]
        cpc_pass = inp[i, 69]
        auction_elasticity = inp[i, 70]
        cpc_months = inp[i, 71]
        sellers_head_0 = inp[i, 72]
        sellers_farm_0 = inp[i, 73]
        sellers_smb_new_0 = inp[i, 74]
        sellers_smb_established_0 = inp[i, 75]
        multihoming_head = inp[i, 76]
        multihoming_smb = inp[i, 77]
        multihoming_farm = inp[i, 78]
        pool_head = inp[i, 79]
        pool_smb = inp[i, 80]
        pool_farm = inp[i, 81]
        gross_margin_head = inp[i, 82]
        gross_margin_smb = inp[i, 83]
        gross_margin_farm = inp[i, 84]
        fixed_cost_head = inp[i, 85]
        fixed_cost_smb = inp[i, 86]
        fixed_cost_farm = inp[i, 87]
        margin_months = inp[i, 88]
        effort_switch_months = inp[i, 89]
        effort_margin_sensitivity = inp[i, 90]
        effort_sales_sensitivity = inp[i, 91]
        entry_steepness = inp[i, 92]
        entry_threshold = inp[i, 93]
        exit_threshold = inp[i, 94]
        base_exit_rate_head = inp[i, 95]
        base_exit_rate_smb = inp[i, 96]
        base_exit_rate_farm = inp[i, 97]
        exit_rate_smb_established = inp[i, 98]
        distress_exit_rate = inp[i, 99]
        new_smb_weight = inp[i, 100]
        payment_cost = inp[i, 101]
        opex_0 = inp[i, 102]
        opex_0_incumbent = inp[i, 103]
        opex_0_content = inp[i, 104]
        acquisition_cost = inp[i, 105]
        acquisition_cost_incumbent = inp[i, 106]
        acquisition_cost_content = inp[i, 107]
        rival_match_share_incumbent = inp[i, 108]
        rival_match_share_content = inp[i, 109]
        rival_match_months_incumbent = inp[i, 110]
        rival_match_months_content = inp[i, 111]
        rival_answer_share_incumbent = inp[i, 112]
        rival_answer_share_content = inp[i, 113]
        rival_share_response_incumbent = inp[i, 114]
        rival_share_response_content = inp[i, 115]
        content_attraction_gain = inp[i, 116]
        content_trend_months = inp[i, 117]
        subsidy_start_month = inp[i, 118]
        subsidy_taper_months = inp[i, 119]
        subsidy_budget_bn = inp[i, 120]
        wallet_0_high_tier = inp[i, 121]
        wallet_0_low_tier = inp[i, 122]
        wallet_0_remote = inp[i, 123]
        wallet_growth_rate = inp[i, 124]
        effort_0_head = inp[i, 125]
        effort_0_head_incumbent = inp[i, 126]
        effort_0_head_content = inp[i, 127]
        effort_0_smb = inp[i, 128]
        effort_0_smb_incumbent = inp[i, 129]
        effort_0_smb_content = inp[i, 130]
        effort_0_farm = inp[i, 131]
        effort_0_farm_incumbent = inp[i, 132]
        effort_0_farm_content = inp[i, 133]
        seller_count_0_head = inp[i, 134]
        seller_count_0_smb = inp[i, 135]
        seller_count_0_farm = inp[i, 136]
        learning_exponent = inp[i, 137]
        graduation_rate = inp[i, 138]
        subsidy_end_month = inp[i, 139]
        cal_buyers_high_tier = inp[i, 140]
        cal_buyers_high_tier_incumbent = inp[i, 141]
        cal_buyers_high_tier_content = inp[i, 142]
        cal_buyers_low_tier = inp[i, 143]
        cal_buyers_low_tier_incumbent = inp[i, 144]
        cal_buyers_low_tier_content = inp[i, 145]
        cal_buyers_remote = inp[i, 146]
        cal_buyers_remote_incumbent = inp[i, 147]
        cal_buyers_remote_content = inp[i, 148]
        cal_room = inp[i, 149]
        cal_room_incumbent = inp[i, 150]
        cal_room_content = inp[i, 151]
        cal_churn_high_tier = inp[i, 152]
        cal_churn_high_tier_incumbent = inp[i, 153]
        cal_churn_high_tier_content = inp[i, 154]
        cal_churn_low_tier = inp[i, 155]
        cal_churn_low_tier_incumbent = inp[i, 156]
        cal_churn_low_tier_content = inp[i, 157]
        cal_churn_remote = inp[i, 158]
        cal_churn_remote_incumbent = inp[i, 159]
        cal_churn_remote_content = inp[i, 160]
        cal_wallet_asc_high_tier = inp[i, 161]
        cal_wallet_asc_high_tier_incumbent = inp[i, 162]
        cal_wallet_asc_high_tier_content = inp[i, 163]
        cal_wallet_asc_low_tier = inp[i, 164]
        cal_wallet_asc_low_tier_incumbent = inp[i, 165]
        cal_wallet_asc_low_tier_content = inp[i, 166]
        cal_wallet_asc_remote = inp[i, 167]
        cal_wallet_asc_remote_incumbent = inp[i, 168]
        cal_wallet_asc_remote_content = inp[i, 169]
        cal_listings = inp[i, 170]
        cal_listings_incumbent = inp[i, 171]
        cal_listings_content = inp[i, 172]
        cal_ad_load = inp[i, 173]
        cal_ad_load_incumbent = inp[i, 174]
        cal_ad_load_content = inp[i, 175]
        cal_ad_norm = inp[i, 176]
        cal_ad_norm_incumbent = inp[i, 177]
        cal_ad_norm_content = inp[i, 178]
        cal_charge_head = inp[i, 179]
        cal_charge_head_incumbent = inp[i, 180]
        cal_charge_head_content = inp[i, 181]
        cal_charge_smb = inp[i, 182]
        cal_charge_smb_incumbent = inp[i, 183]
        cal_charge_smb_content = inp[i, 184]
        cal_charge_farm = inp[i, 185]
        cal_charge_farm_incumbent = inp[i, 186]
        cal_charge_farm_content = inp[i, 187]
        cal_sales_head = inp[i, 188]
        cal_sales_head_incumbent = inp[i, 189]
        cal_sales_head_content = inp[i, 190]
        cal_sales_smb = inp[i, 191]
        cal_sales_smb_incumbent = inp[i, 192]
        cal_sales_smb_content = inp[i, 193]
        cal_sales_farm = inp[i, 194]
        cal_sales_farm_incumbent = inp[i, 195]
        cal_sales_farm_content = inp[i, 196]
        cal_smb_sales = inp[i, 197]
        cal_smb_volume = inp[i, 198]
        cal_contribution_head = inp[i, 199]
        cal_contribution_head_incumbent = inp[i, 200]
        cal_contribution_head_content = inp[i, 201]
        cal_contribution_smb = inp[i, 202]
        cal_contribution_smb_incumbent = inp[i, 203]
        cal_contribution_smb_content = inp[i, 204]
        cal_contribution_farm = inp[i, 205]
        cal_contribution_farm_incumbent = inp[i, 206]
        cal_contribution_farm_content = inp[i, 207]
        cal_coupon_base = inp[i, 208]
        cal_platform_value_high_tier = inp[i, 209]
        cal_platform_value_high_tier_incumbent = inp[i, 210]
        cal_platform_value_high_tier_content = inp[i, 211]
        cal_platform_value_low_tier = inp[i, 212]
        cal_platform_value_low_tier_incumbent = inp[i, 213]
        cal_platform_value_low_tier_content = inp[i, 214]
        cal_platform_value_remote = inp[i, 215]
        cal_platform_value_remote_incumbent = inp[i, 216]
        cal_platform_value_remote_content = inp[i, 217]
        cal_margin_head = inp[i, 218]
        cal_margin_head_incumbent = inp[i, 219]
        cal_margin_head_content = inp[i, 220]
        cal_margin_smb = inp[i, 221]
        cal_margin_smb_incumbent = inp[i, 222]
        cal_margin_smb_content = inp[i, 223]
        cal_margin_farm = inp[i, 224]
        cal_margin_farm_incumbent = inp[i, 225]
        cal_margin_farm_content = inp[i, 226]
        cal_sales_per_store_head = inp[i, 227]
        cal_sales_per_store_head_incumbent = inp[i, 228]
        cal_sales_per_store_head_content = inp[i, 229]
        cal_sales_per_store_smb = inp[i, 230]
        cal_sales_per_store_smb_incumbent = inp[i, 231]
        cal_sales_per_store_smb_content = inp[i, 232]
        cal_sales_per_store_farm = inp[i, 233]
        cal_sales_per_store_farm_incumbent = inp[i, 234]
        cal_sales_per_store_farm_content = inp[i, 235]
        cal_bid_pressure = inp[i, 236]
        cal_bid_pressure_incumbent = inp[i, 237]
        cal_bid_pressure_content = inp[i, 238]
        cal_focal_net_fee = inp[i, 239]
        cal_gmv_share_incumbent = inp[i, 240]
        cal_gmv_share_content = inp[i, 241]
        cal_entry_rate_head = inp[i, 242]
        cal_entry_rate_smb = inp[i, 243]
        cal_entry_rate_farm = inp[i, 244]
        _base_commission = inp[i, 245]
        _base_commission_incumbent = inp[i, 246]
        _base_commission_content = inp[i, 247]
        _base_fairness = inp[i, 248]
        _base_fairness_incumbent = inp[i, 249]
        _base_fairness_content = inp[i, 250]
        _base_ad_load = inp[i, 251]
        _base_ad_load_incumbent = inp[i, 252]
        _base_ad_load_content = inp[i, 253]
        _base_marketing_bn_per_year = inp[i, 254]
        _base_marketing_bn_per_year_incumbent = inp[i, 255]
        _base_marketing_bn_per_year_content = inp[i, 256]
        _base_subsidy_bn_per_year_incumbent = inp[i, 257]
        _base_subsidy_bn_per_year_content = inp[i, 258]
        _base_subsidy_bn_per_year = inp[i, 259]
        _base_subsidy_share_head = inp[i, 260]
        _base_subsidy_share_smb = inp[i, 261]
        _base_subsidy_share_farm = inp[i, 262]
        _base_subsidy_share_logistics = inp[i, 263]
        _base_subsidy_share_coupons = inp[i, 264]
        # ---- stocks at their initial values
        buyers_high_tier = cal_buyers_high_tier * start_buyers_frac
        buyers_high_tier_incumbent = cal_buyers_high_tier_incumbent
        buyers_high_tier_content = cal_buyers_high_tier_content
        buyers_low_tier = cal_buyers_low_tier * start_buyers_frac
        buyers_low_tier_incumbent = cal_buyers_low_tier_incumbent
        buyers_low_tier_content = cal_buyers_low_tier_content
        buyers_remote = cal_buyers_remote * start_buyers_frac
        buyers_remote_incumbent = cal_buyers_remote_incumbent
        buyers_remote_content = cal_buyers_remote_content
        wallet_share_high_tier = wallet_share_0_high_tier * start_wallet_share_frac
        wallet_share_high_tier_incumbent = wallet_share_0_high_tier_incumbent
        wallet_share_high_tier_content = wallet_share_0_high_tier_content
        wallet_share_low_tier = wallet_share_0_low_tier * start_wallet_share_frac
        wallet_share_low_tier_incumbent = wallet_share_0_low_tier_incumbent
        wallet_share_low_tier_content = wallet_share_0_low_tier_content
        wallet_share_remote = wallet_share_0_remote * start_wallet_share_frac
        wallet_share_remote_incumbent = wallet_share_0_remote_incumbent
        wallet_share_remote_content = wallet_share_0_remote_content
        cpc_index = 1.0
        cpc_index_incumbent = 1.0
        cpc_index_content = 1.0
        recent_sales_head = cal_sales_head
        recent_sales_head_incumbent = cal_sales_head_incumbent
        recent_sales_head_content = cal_sales_head_content
        recent_sales_smb = cal_sales_smb
        recent_sales_smb_incumbent = cal_sales_smb_incumbent
        recent_sales_smb_content = cal_sales_smb_content
        recent_sales_farm = cal_sales_farm
        recent_sales_farm_incumbent = cal_sales_farm_incumbent
        recent_sales_farm_content = cal_sales_farm_content
        perceived_margin_head = cal_margin_head
        perceived_margin_head_incumbent = cal_margin_head_incumbent
        perceived_margin_head_content = cal_margin_head_content
        perceived_margin_smb = cal_margin_smb
        perceived_margin_smb_incumbent = cal_margin_smb_incumbent
        perceived_margin_smb_content = cal_margin_smb_content
        perceived_margin_farm = cal_margin_farm
        perceived_margin_farm_incumbent = cal_margin_farm_incumbent
        perceived_margin_farm_content = cal_margin_farm_content
        effort_head = effort_0_head
        effort_head_incumbent = effort_0_head_incumbent
        effort_head_content = effort_0_head_content
        effort_smb = effort_0_smb
        effort_smb_incumbent = effort_0_smb_incumbent
        effort_smb_content = effort_0_smb_content
        effort_farm = effort_0_farm
        effort_farm_incumbent = effort_0_farm_incumbent
        effort_farm_content = effort_0_farm_content
        sellers_head = sellers_head_0
        sellers_smb_new = sellers_smb_new_0
        sellers_smb_established = sellers_smb_established_0
        sellers_farm = sellers_farm_0
        smb_volume = cal_smb_volume
        fee_cut_incumbent = 0.0
        fee_cut_content = 0.0
        rival_answer_incumbent = 0.0
        rival_answer_content = 0.0
        cumulative_profit = 0.0
        cumulative_profit_incumbent = 0.0
        cumulative_profit_content = 0.0
        subsidy_spent = 0.0
        coupon_base = cal_coupon_base
        logistics_coverage = 0.0
        # ---- levers: their base value, or their schedules where they have any
        commission = _base_commission
        _scheduled_commission = sched_bounds[1] > sched_bounds[0]
        commission_incumbent = _base_commission_incumbent
        _scheduled_commission_incumbent = sched_bounds[11] > sched_bounds[10]
        commission_content = _base_commission_content
        _scheduled_commission_content = sched_bounds[12] > sched_bounds[11]
        fairness = _base_fairness
        _scheduled_fairness = sched_bounds[2] > sched_bounds[1]
        fairness_incumbent = _base_fairness_incumbent
        _scheduled_fairness_incumbent = sched_bounds[13] > sched_bounds[12]
        fairness_content = _base_fairness_content
        _scheduled_fairness_content = sched_bounds[14] > sched_bounds[13]
        ad_load = _base_ad_load
        _scheduled_ad_load = sched_bounds[3] > sched_bounds[2]
        ad_load_incumbent = _base_ad_load_incumbent
        _scheduled_ad_load_incumbent = sched_bounds[15] > sched_bounds[14]
        ad_load_content = _base_ad_load_content
        _scheduled_ad_load_content = sched_bounds[16] > sched_bounds[15]
        marketing_bn_per_year = _base_marketing_bn_per_year
        _scheduled_marketing_bn_per_year = sched_bounds[10] > sched_bounds[9]
        marketing_bn_per_year_incumbent = _base_marketing_bn_per_year_incumbent
        _scheduled_marketing_bn_per_year_incumbent = sched_bounds[19] > sched_bounds[18]
        marketing_bn_per_year_content = _base_marketing_bn_per_year_content
        _scheduled_marketing_bn_per_year_content = sched_bounds[20] > sched_bounds[19]
        subsidy_bn_per_year_incumbent = _base_subsidy_bn_per_year_incumbent
        _scheduled_subsidy_bn_per_year_incumbent = sched_bounds[17] > sched_bounds[16]
        subsidy_bn_per_year_content = _base_subsidy_bn_per_year_content
        _scheduled_subsidy_bn_per_year_content = sched_bounds[18] > sched_bounds[17]
        subsidy_bn_per_year = _base_subsidy_bn_per_year
        _scheduled_subsidy_bn_per_year = sched_bounds[4] > sched_bounds[3]
        subsidy_share_head = _base_subsidy_share_head
        _scheduled_subsidy_share_head = sched_bounds[6] > sched_bounds[5]
        subsidy_share_smb = _base_subsidy_share_smb
        _scheduled_subsidy_share_smb = sched_bounds[5] > sched_bounds[4]
        subsidy_share_farm = _base_subsidy_share_farm
        _scheduled_subsidy_share_farm = sched_bounds[7] > sched_bounds[6]
        subsidy_share_logistics = _base_subsidy_share_logistics
        _scheduled_subsidy_share_logistics = sched_bounds[8] > sched_bounds[7]
        subsidy_share_coupons = _base_subsidy_share_coupons
        _scheduled_subsidy_share_coupons = sched_bounds[9] > sched_bounds[8]
        for k in range(steps + 1):
            time = k * dt
            shoppers_high_tier = shoppers_cap_high_tier * shoppers_0_high_tier / max(shoppers_0_high_tier + (shoppers_cap_high_tier - shoppers_0_high_tier) * math.exp(-shoppers_rate_high_tier / 12.0 * time), 1e-09)
            shoppers_low_tier = shoppers_cap_low_tier * shoppers_0_low_tier / max(shoppers_0_low_tier + (shoppers_cap_low_tier - shoppers_0_low_tier) * math.exp(-shoppers_rate_low_tier / 12.0 * time), 1e-09)
            shoppers_remote = shoppers_cap_remote * shoppers_0_remote / max(shoppers_0_remote + (shoppers_cap_remote - shoppers_0_remote) * math.exp(-shoppers_rate_remote / 12.0 * time), 1e-09)
            nominal = math.exp(wallet_growth_rate * time)
            wallet_high_tier = wallet_0_high_tier * nominal
            wallet_low_tier = wallet_0_low_tier * nominal
            wallet_remote = wallet_0_remote * nominal
            reach_high_tier = max_reach * shoppers_high_tier
            reach_low_tier = max_reach * shoppers_low_tier
            reach_remote = max_reach * shoppers_remote
            gmv_high_tier = buyers_high_tier * wallet_high_tier * wallet_share_high_tier
            gmv_high_tier_incumbent = buyers_high_tier_incumbent * wallet_high_tier * wallet_share_high_tier_incumbent
            gmv_high_tier_content = buyers_high_tier_content * wallet_high_tier * wallet_share_high_tier_content
            gmv_low_tier = buyers_low_tier * wallet_low_tier * wallet_share_low_tier
            gmv_low_tier_incumbent = buyers_low_tier_incumbent * wallet_low_tier * wallet_share_low_tier_incumbent
            gmv_low_tier_content = buyers_low_tier_content * wallet_low_tier * wallet_share_low_tier_content
            gmv_remote = buyers_remote * wallet_remote * wallet_share_remote
            gmv = gmv_high_tier + gmv_low_tier + gmv_remote
            gmv_remote_incumbent = buyers_remote_incumbent * wallet_remote * wallet_share_remote_incumbent
            gmv_incumbent = gmv_high_tier_incumbent + gmv_low_tier_incumbent + gmv_remote_incumbent
            gmv_remote_content = buyers_remote_content * wallet_remote * wallet_share_remote_content
            gmv_content = gmv_high_tier_content + gmv_low_tier_content + gmv_remote_content
            safe_gmv = max(gmv, 1e-09)
            safe_gmv_incumbent = max(gmv_incumbent, 1e-09)
            safe_gmv_content = max(gmv_content, 1e-09)
            gmv_market = gmv + gmv_incumbent + gmv_content
            gmv_share = gmv / max(gmv_market, 1e-09)
            gmv_share_incumbent = gmv_incumbent / max(gmv_market, 1e-09)
            gmv_share_content = gmv_content / max(gmv_market, 1e-09)
            buyers = buyers_high_tier + buyers_low_tier + buyers_remote
            buyers_incumbent = buyers_high_tier_incumbent + buyers_low_tier_incumbent + buyers_remote_incumbent
            buyers_content = buyers_high_tier_content + buyers_low_tier_content + buyers_remote_content
            platform_bonus_high_tier = logistics_weight_high_tier * logistics_coverage
            platform_bonus_high_tier_incumbent = 0.0
            platform_bonus_low_tier = logistics_weight_low_tier * logistics_coverage
            platform_bonus_low_tier_incumbent = 0.0
            platform_bonus_remote = logistics_weight_remote * logistics_coverage
            platform_bonus_remote_incumbent = 0.0
            room_high_tier = max(reach_high_tier - buyers_high_tier, 0.0)
            room_high_tier_incumbent = max(reach_high_tier - buyers_high_tier_incumbent, 0.0)
            room_high_tier_content = max(reach_high_tier - buyers_high_tier_content, 0.0)
            room_low_tier = max(reach_low_tier - buyers_low_tier, 0.0)
            room_low_tier_incumbent = max(reach_low_tier - buyers_low_tier_incumbent, 0.0)
            room_low_tier_content = max(reach_low_tier - buyers_low_tier_content, 0.0)
            room_remote = max(reach_remote - buyers_remote, 0.0)
            room_remote_incumbent = max(reach_remote - buyers_remote_incumbent, 0.0)
            room_remote_content = max(reach_remote - buyers_remote_content, 0.0)
            coupon_high_tier_incumbent = 0.0
            coupon_high_tier_content = 0.0
            coupon_low_tier_incumbent = 0.0
            coupon_low_tier_content = 0.0
            coupon_remote_incumbent = 0.0
            coupon_remote_content = 0.0
            recent_sales_total = max(recent_sales_head + recent_sales_smb + recent_sales_farm, 1e-09)
            recent_sales_total_incumbent = max(recent_sales_head_incumbent + recent_sales_smb_incumbent + recent_sales_farm_incumbent, 1e-09)
            recent_sales_total_content = max(recent_sales_head_content + recent_sales_smb_content + recent_sales_farm_content, 1e-09)
            presence_head = 1.0 - (1.0 - min(max(effort_head, 0.0), 1.0)) ** multihoming_head
            presence_head_incumbent = 1.0 - (1.0 - min(max(effort_head_incumbent, 0.0), 1.0)) ** multihoming_head
            presence_head_content = 1.0 - (1.0 - min(max(effort_head_content, 0.0), 1.0)) ** multihoming_head
            presence_smb = 1.0 - (1.0 - min(max(effort_smb, 0.0), 1.0)) ** multihoming_smb
            presence_smb_incumbent = 1.0 - (1.0 - min(max(effort_smb_incumbent, 0.0), 1.0)) ** multihoming_smb
            presence_smb_content = 1.0 - (1.0 - min(max(effort_smb_content, 0.0), 1.0)) ** multihoming_smb
            presence_farm = 1.0 - (1.0 - min(max(effort_farm, 0.0), 1.0)) ** multihoming_farm
            presence_farm_incumbent = 1.0 - (1.0 - min(max(effort_farm_incumbent, 0.0), 1.0)) ** multihoming_farm
            presence_farm_content = 1.0 - (1.0 - min(max(effort_farm_content, 0.0), 1.0)) ** multihoming_farm
            merchants_head = sellers_head * presence_head
            merchants_head_incumbent = sellers_head * presence_head_incumbent
            merchants_head_content = sellers_head * presence_head_content
            merchants_smb = (sellers_smb_new + sellers_smb_established) * presence_smb
            merchants_smb_incumbent = (sellers_smb_new + sellers_smb_established) * presence_smb_incumbent
            merchants_smb_content = (sellers_smb_new + sellers_smb_established) * presence_smb_content
            merchants_farm = sellers_farm * presence_farm
            merchants = merchants_head + merchants_smb + merchants_farm
            merchants_farm_incumbent = sellers_farm * presence_farm_incumbent
            merchants_incumbent = merchants_head_incumbent + merchants_smb_incumbent + merchants_farm_incumbent
            merchants_farm_content = sellers_farm * presence_farm_content
            merchants_content = merchants_head_content + merchants_smb_content + merchants_farm_content
            merchants_smb_new = sellers_smb_new * presence_smb
            merchants_smb_new_incumbent = sellers_smb_new * presence_smb_incumbent
            merchants_smb_new_content = sellers_smb_new * presence_smb_content
            merchants_smb_established = sellers_smb_established * presence_smb
            merchants_smb_established_incumbent = sellers_smb_established * presence_smb_incumbent
            merchants_smb_established_content = sellers_smb_established * presence_smb_content
            listings_head = merchants_head
            listings_head_incumbent = merchants_head_incumbent
            listings_head_content = merchants_head_content
            listings_smb = merchants_smb_established + new_smb_weight * merchants_smb_new
            listings_smb_incumbent = merchants_smb_established_incumbent + new_smb_weight * merchants_smb_new_incumbent
            listings_smb_content = merchants_smb_established_content + new_smb_weight * merchants_smb_new_content
            listings_farm = merchants_farm
            listings_farm_incumbent = merchants_farm_incumbent
            listings_farm_content = merchants_farm_content
            listings = listings_head + listings_smb + listings_farm
            count_share_head = listings_head / max(listings, 1e-09)
            count_share_smb = listings_smb / max(listings, 1e-09)
            count_share_farm = listings_farm / max(listings, 1e-09)
            listings_incumbent = listings_head_incumbent + listings_smb_incumbent + listings_farm_incumbent
            count_share_head_incumbent = listings_head_incumbent / max(listings_incumbent, 1e-09)
            count_share_smb_incumbent = listings_smb_incumbent / max(listings_incumbent, 1e-09)
            count_share_farm_incumbent = listings_farm_incumbent / max(listings_incumbent, 1e-09)
            listings_content = listings_head_content + listings_smb_content + listings_farm_content
            count_share_head_content = listings_head_content / max(listings_content, 1e-09)
            count_share_smb_content = listings_smb_content / max(listings_content, 1e-09)
            count_share_farm_content = listings_farm_content / max(listings_content, 1e-09)
            seller_count_head = sellers_head
            seller_count_smb = sellers_smb_new + sellers_smb_established
            seller_count_farm = sellers_farm
            market_margin_head = effort_head * perceived_margin_head + effort_head_incumbent * perceived_margin_head_incumbent + effort_head_content * perceived_margin_head_content
            market_margin_smb = effort_smb * perceived_margin_smb + effort_smb_incumbent * perceived_margin_smb_incumbent + effort_smb_content * perceived_margin_smb_content
            market_margin_farm = effort_farm * perceived_margin_farm + effort_farm_incumbent * perceived_margin_farm_incumbent + effort_farm_content * perceived_margin_farm_content
            free_pool_head = max(pool_head + seller_count_0_head - seller_count_head, 0.0)
            free_pool_smb = max(pool_smb + seller_count_0_smb - seller_count_smb, 0.0)
            free_pool_farm = max(pool_farm + seller_count_0_farm - seller_count_farm, 0.0)
            entry_willingness_head = 1.0 / (1.0 + math.exp(-min(max(entry_steepness * (market_margin_head - entry_threshold), -500.0), 500.0)))
            entry_willingness_smb = 1.0 / (1.0 + math.exp(-min(max(entry_steepness * (market_margin_smb - entry_threshold), -500.0), 500.0)))
            entry_willingness_farm = 1.0 / (1.0 + math.exp(-min(max(entry_steepness * (market_margin_farm - entry_threshold), -500.0), 500.0)))
            distress_exit_head = distress_exit_rate * (1.0 / (1.0 + math.exp(-min(max(-entry_steepness * (market_margin_head - exit_threshold), -500.0), 500.0))))
            distress_exit_smb = distress_exit_rate * (1.0 / (1.0 + math.exp(-min(max(-entry_steepness * (market_margin_smb - exit_threshold), -500.0), 500.0))))
            distress_exit_farm = distress_exit_rate * (1.0 / (1.0 + math.exp(-min(max(-entry_steepness * (market_margin_farm - exit_threshold), -500.0), 500.0))))
            merchant_entry_head = min(cal_entry_rate_head * free_pool_head * entry_willingness_head, free_pool_head / dt)
            merchant_exit_head = min(sellers_head * (base_exit_rate_head + distress_exit_head), sellers_head / dt)
            merchant_entry_farm = min(cal_entry_rate_farm * free_pool_farm * entry_willingness_farm, free_pool_farm / dt)
            merchant_exit_farm = min(sellers_farm * (base_exit_rate_farm + distress_exit_farm), sellers_farm / dt)
            merchant_entry_smb = min(cal_entry_rate_smb * free_pool_smb * entry_willingness_smb, free_pool_smb / dt)
            merchant_exit_smb_established = min(sellers_smb_established * (exit_rate_smb_established + distress_exit_smb), sellers_smb_established / dt)
            exit_smb_new_demand = sellers_smb_new * (base_exit_rate_smb + distress_exit_smb)
            graduation_demand = graduation_rate * sellers_smb_new
            leave_smb_new = exit_smb_new_demand + graduation_demand
            leave_scale = (sellers_smb_new / dt / leave_smb_new if leave_smb_new > sellers_smb_new / dt else 1.0)
            merchant_exit_smb_new = exit_smb_new_demand * leave_scale
            smb_graduation = graduation_demand * leave_scale
            smb_unit_cost = (smb_volume / (cal_smb_volume + cal_smb_sales * time)) ** (-learning_exponent)
            smb_capability = 1.0 / smb_unit_cost
            cost_change_head = 0.0
            cost_change_smb = (1.0 - gross_margin_smb) * (smb_unit_cost - 1.0)
            cost_change_farm = 0.0
            content_attraction = content_attraction_gain * (1.0 - math.exp(-time / content_trend_months))
            platform_bonus_high_tier_content = content_attraction
            platform_bonus_low_tier_content = content_attraction
            platform_bonus_remote_content = content_attraction
            subsidy_window = (0.0 if time < subsidy_start_month else (1.0 if time < subsidy_end_month else (max(1.0 - (time - subsidy_end_month) / subsidy_taper_months, 0.0) if subsidy_taper_months > 0.0 else 0.0)))
            if _scheduled_commission:
                commission = lever_at(_base_commission, sched_at, sched_value, sched_ramp, sched_bounds[0], sched_bounds[1], time)
            net_commission = max(commission, 0.0)
            commission_revenue = net_commission * gmv
            if _scheduled_commission_incumbent:
                commission_incumbent = lever_at(_base_commission_incumbent, sched_at, sched_value, sched_ramp, sched_bounds[10], sched_bounds[11], time)
            net_commission_incumbent = max(commission_incumbent - fee_cut_incumbent, 0.0)
            commission_revenue_incumbent = net_commission_incumbent * gmv_incumbent
            if _scheduled_commission_content:
                commission_content = lever_at(_base_commission_content, sched_at, sched_value, sched_ramp, sched_bounds[11], sched_bounds[12], time)
            net_commission_content = max(commission_content - fee_cut_content, 0.0)
            commission_revenue_content = net_commission_content * gmv_content
            if _scheduled_fairness:
                fairness = lever_at(_base_fairness, sched_at, sched_value, sched_ramp, sched_bounds[1], sched_bounds[2], time)
            if _scheduled_fairness_incumbent:
                fairness_incumbent = lever_at(_base_fairness_incumbent, sched_at, sched_value, sched_ramp, sched_bounds[12], sched_bounds[13], time)
            if _scheduled_fairness_content:
                fairness_content = lever_at(_base_fairness_content, sched_at, sched_value, sched_ramp, sched_bounds[13], sched_bounds[14], time)
            if _scheduled_ad_load:
                ad_load = lever_at(_base_ad_load, sched_at, sched_value, sched_ramp, sched_bounds[2], sched_bounds[3], time)
            auctioned_share = ad_load + (1.0 - ad_load) * (1.0 - long_tail_floor) * (1.0 - fairness)
            ad_cost_head = ad_spend_0 * ad_weight_head / cal_ad_norm * (ad_load / cal_ad_load) * cpc_index ** cpc_pass
            ad_cost_smb = ad_spend_0 * ad_weight_smb / cal_ad_norm * (ad_load / cal_ad_load) * cpc_index ** cpc_pass
            ad_cost_farm = ad_spend_0 * ad_weight_farm / cal_ad_norm * (ad_load / cal_ad_load) * cpc_index ** cpc_pass
            if _scheduled_ad_load_incumbent:
                ad_load_incumbent = lever_at(_base_ad_load_incumbent, sched_at, sched_value, sched_ramp, sched_bounds[14], sched_bounds[15], time)
            auctioned_share_incumbent = ad_load_incumbent + (1.0 - ad_load_incumbent) * (1.0 - long_tail_floor) * (1.0 - fairness_incumbent)
            ad_cost_head_incumbent = ad_spend_0_incumbent * ad_weight_head / cal_ad_norm_incumbent * (ad_load_incumbent / cal_ad_load_incumbent) * cpc_index_incumbent ** cpc_pass
            ad_cost_smb_incumbent = ad_spend_0_incumbent * ad_weight_smb / cal_ad_norm_incumbent * (ad_load_incumbent / cal_ad_load_incumbent) * cpc_index_incumbent ** cpc_pass
            ad_cost_farm_incumbent = ad_spend_0_incumbent * ad_weight_farm / cal_ad_norm_incumbent * (ad_load_incumbent / cal_ad_load_incumbent) * cpc_index_incumbent ** cpc_pass
            if _scheduled_ad_load_content:
                ad_load_content = lever_at(_base_ad_load_content, sched_at, sched_value, sched_ramp, sched_bounds[15], sched_bounds[16], time)
            auctioned_share_content = ad_load_content + (1.0 - ad_load_content) * (1.0 - long_tail_floor) * (1.0 - fairness_content)
            ad_cost_head_content = ad_spend_0_content * ad_weight_head / cal_ad_norm_content * (ad_load_content / cal_ad_load_content) * cpc_index_content ** cpc_pass
            ad_cost_smb_content = ad_spend_0_content * ad_weight_smb / cal_ad_norm_content * (ad_load_content / cal_ad_load_content) * cpc_index_content ** cpc_pass
            ad_cost_farm_content = ad_spend_0_content * ad_weight_farm / cal_ad_norm_content * (ad_load_content / cal_ad_load_content) * cpc_index_content ** cpc_pass
            if _scheduled_marketing_bn_per_year:
                marketing_bn_per_year = lever_at(_base_marketing_bn_per_year, sched_at, sched_value, sched_ramp, sched_bounds[9], sched_bounds[10], time)
            acquisition_high_tier = min(max(marketing_bn_per_year, 0.0) / 12.0 * 1000.0 / acquisition_cost * room_high_tier / cal_room, room_high_tier / dt)
            acquisition_low_tier = min(max(marketing_bn_per_year, 0.0) / 12.0 * 1000.0 / acquisition_cost * room_low_tier / cal_room, room_low_tier / dt)
            acquisition_remote = min(max(marketing_bn_per_year, 0.0) / 12.0 * 1000.0 / acquisition_cost * room_remote / cal_room, room_remote / dt)
            marketing_spend = max(marketing_bn_per_year, 0.0) / 12.0
            if _scheduled_marketing_bn_per_year_incumbent:
                marketing_bn_per_year_incumbent = lever_at(_base_marketing_bn_per_year_incumbent, sched_at, sched_value, sched_ramp, sched_bounds[18], sched_bounds[19], time)
            acquisition_high_tier_incumbent = min(max(marketing_bn_per_year_incumbent, 0.0) / 12.0 * 1000.0 / acquisition_cost_incumbent * room_high_tier_incumbent / cal_room_incumbent, room_high_tier_incumbent / dt)
            acquisition_low_tier_incumbent = min(max(marketing_bn_per_year_incumbent, 0.0) / 12.0 * 1000.0 / acquisition_cost_incumbent * room_low_tier_incumbent / cal_room_incumbent, room_low_tier_incumbent / dt)
            acquisition_remote_incumbent = min(max(marketing_bn_per_year_incumbent, 0.0) / 12.0 * 1000.0 / acquisition_cost_incumbent * room_remote_incumbent / cal_room_incumbent, room_remote_incumbent / dt)
            marketing_spend_incumbent = max(marketing_bn_per_year_incumbent, 0.0) / 12.0
            if _scheduled_marketing_bn_per_year_content:
                marketing_bn_per_year_content = lever_at(_base_marketing_bn_per_year_content, sched_at, sched_value, sched_ramp, sched_bounds[19], sched_bounds[20], time)
            acquisition_high_tier_content = min(max(marketing_bn_per_year_content, 0.0) / 12.0 * 1000.0 / acquisition_cost_content * room_high_tier_content / cal_room_content, room_high_tier_content / dt)
            acquisition_low_tier_content = min(max(marketing_bn_per_year_content, 0.0) / 12.0 * 1000.0 / acquisition_cost_content * room_low_tier_content / cal_room_content, room_low_tier_content / dt)
            acquisition_remote_content = min(max(marketing_bn_per_year_content, 0.0) / 12.0 * 1000.0 / acquisition_cost_content * room_remote_content / cal_room_content, room_remote_content / dt)
            marketing_spend_content = max(marketing_bn_per_year_content, 0.0) / 12.0
            if _scheduled_subsidy_bn_per_year_incumbent:
                subsidy_bn_per_year_incumbent = lever_at(_base_subsidy_bn_per_year_incumbent, sched_at, sched_value, sched_ramp, sched_bounds[16], sched_bounds[17], time)
            support_spend_incumbent = max(subsidy_bn_per_year_incumbent, 0.0) / 12.0 + rival_answer_incumbent
            support_rate_head_incumbent = min(support_spend_incumbent / recent_sales_total_incumbent, 0.5)
            support_rate_smb_incumbent = min(support_spend_incumbent / recent_sales_total_incumbent, 0.5)
            support_rate_farm_incumbent = min(support_spend_incumbent / recent_sales_total_incumbent, 0.5)
            charge_head_incumbent = net_commission_incumbent + ad_cost_head_incumbent - support_rate_head_incumbent
            price_head_incumbent = min(max(1.0 + pass_through * (charge_head_incumbent - cal_charge_head_incumbent + cost_change_head), 0.1), 10.0)
            price_seen_head_high_tier_incumbent = price_head_incumbent * (1.0 - coupon_high_tier_incumbent)
            price_seen_head_low_tier_incumbent = price_head_incumbent * (1.0 - coupon_low_tier_incumbent)
            price_seen_head_remote_incumbent = price_head_incumbent * (1.0 - coupon_remote_incumbent)
            goods_utility_head_high_tier_incumbent = min(max(quality_weight_high_tier * math.log(quality_head_high_tier) - price_weight_high_tier * math.log(price_seen_head_high_tier_incumbent), -20.0), 20.0)
            goods_utility_head_low_tier_incumbent = min(max(quality_weight_low_tier * math.log(quality_head_low_tier) - price_weight_low_tier * math.log(price_seen_head_low_tier_incumbent), -20.0), 20.0)
            goods_utility_head_remote_incumbent = min(max(quality_weight_remote * math.log(quality_head_remote) - price_weight_remote * math.log(price_seen_head_remote_incumbent), -20.0), 20.0)
            merit_head_high_tier_incumbent = quality_head_high_tier / price_seen_head_high_tier_incumbent
            merit_head_low_tier_incumbent = quality_head_low_tier / price_seen_head_low_tier_incumbent
            merit_head_remote_incumbent = quality_head_remote / price_seen_head_remote_incumbent
            merit_weight_head_high_tier_incumbent = listings_head_incumbent * merit_head_high_tier_incumbent ** merit_exponent
            merit_weight_head_low_tier_incumbent = listings_head_incumbent * merit_head_low_tier_incumbent ** merit_exponent
            merit_weight_head_remote_incumbent = listings_head_incumbent * merit_head_remote_incumbent ** merit_exponent
            charge_smb_incumbent = net_commission_incumbent + ad_cost_smb_incumbent - support_rate_smb_incumbent
            price_smb_incumbent = min(max(1.0 + pass_through * (charge_smb_incumbent - cal_charge_smb_incumbent + cost_change_smb), 0.1), 10.0)
            price_seen_smb_high_tier_incumbent = price_ratio_smb * price_smb_incumbent
            price_seen_smb_low_tier_incumbent = price_ratio_smb * price_smb_incumbent
            price_seen_smb_remote_incumbent = price_ratio_smb * price_smb_incumbent
            goods_utility_smb_high_tier_incumbent = min(max(quality_weight_high_tier * math.log(quality_smb_high_tier) - price_weight_high_tier * math.log(price_seen_smb_high_tier_incumbent), -20.0), 20.0)
            goods_utility_smb_low_tier_incumbent = min(max(quality_weight_low_tier * math.log(quality_smb_low_tier) - price_weight_low_tier * math.log(price_seen_smb_low_tier_incumbent), -20.0), 20.0)
            goods_utility_smb_remote_incumbent = min(max(quality_weight_remote * math.log(quality_smb_remote) - price_weight_remote * math.log(price_seen_smb_remote_incumbent), -20.0), 20.0)
            merit_smb_high_tier_incumbent = quality_smb_high_tier / price_seen_smb_high_tier_incumbent
            merit_smb_low_tier_incumbent = quality_smb_low_tier / price_seen_smb_low_tier_incumbent
            merit_smb_remote_incumbent = quality_smb_remote / price_seen_smb_remote_incumbent
            merit_weight_smb_high_tier_incumbent = listings_smb_incumbent * merit_smb_high_tier_incumbent ** merit_exponent
            merit_weight_smb_low_tier_incumbent = listings_smb_incumbent * merit_smb_low_tier_incumbent ** merit_exponent
            merit_weight_smb_remote_incumbent = listings_smb_incumbent * merit_smb_remote_incumbent ** merit_exponent
            charge_farm_incumbent = net_commission_incumbent + ad_cost_farm_incumbent - support_rate_farm_incumbent
            price_farm_incumbent = min(max(1.0 + pass_through * (charge_farm_incumbent - cal_charge_farm_incumbent + cost_change_farm), 0.1), 10.0)
            price_seen_farm_high_tier_incumbent = price_ratio_farm * price_farm_incumbent
            price_seen_farm_low_tier_incumbent = price_ratio_farm * price_farm_incumbent
            price_seen_farm_remote_incumbent = price_ratio_farm * price_farm_incumbent
            goods_utility_farm_high_tier_incumbent = min(max(quality_weight_high_tier * math.log(quality_farm_high_tier) - price_weight_high_tier * math.log(price_seen_farm_high_tier_incumbent), -20.0), 20.0)
            goods_utility_farm_low_tier_incumbent = min(max(quality_weight_low_tier * math.log(quality_farm_low_tier) - price_weight_low_tier * math.log(price_seen_farm_low_tier_incumbent), -20.0), 20.0)
            goods_utility_farm_remote_incumbent = min(max(quality_weight_remote * math.log(quality_farm_remote) - price_weight_remote * math.log(price_seen_farm_remote_incumbent), -20.0), 20.0)
            merit_farm_high_tier_incumbent = quality_farm_high_tier / price_seen_farm_high_tier_incumbent
            merit_farm_low_tier_incumbent = quality_farm_low_tier / price_seen_farm_low_tier_incumbent
            merit_farm_remote_incumbent = quality_farm_remote / price_seen_farm_remote_incumbent
            merit_weight_farm_high_tier_incumbent = listings_farm_incumbent * merit_farm_high_tier_incumbent ** merit_exponent
            merit_weight_farm_low_tier_incumbent = listings_farm_incumbent * merit_farm_low_tier_incumbent ** merit_exponent
            merit_weight_farm_remote_incumbent = listings_farm_incumbent * merit_farm_remote_incumbent ** merit_exponent
            merit_total_high_tier_incumbent = max(merit_weight_head_high_tier_incumbent + merit_weight_smb_high_tier_incumbent + merit_weight_farm_high_tier_incumbent, 1e-09)
            merit_share_head_high_tier_incumbent = merit_weight_head_high_tier_incumbent / merit_total_high_tier_incumbent
            merit_share_smb_high_tier_incumbent = merit_weight_smb_high_tier_incumbent / merit_total_high_tier_incumbent
            merit_share_farm_high_tier_incumbent = merit_weight_farm_high_tier_incumbent / merit_total_high_tier_incumbent
            merit_total_low_tier_incumbent = max(merit_weight_head_low_tier_incumbent + merit_weight_smb_low_tier_incumbent + merit_weight_farm_low_tier_incumbent, 1e-09)
            merit_share_head_low_tier_incumbent = merit_weight_head_low_tier_incumbent / merit_total_low_tier_incumbent
            merit_share_smb_low_tier_incumbent = merit_weight_smb_low_tier_incumbent / merit_total_low_tier_incumbent
            merit_share_farm_low_tier_incumbent = merit_weight_farm_low_tier_incumbent / merit_total_low_tier_incumbent
            merit_total_remote_incumbent = max(merit_weight_head_remote_incumbent + merit_weight_smb_remote_incumbent + merit_weight_farm_remote_incumbent, 1e-09)
            merit_share_head_remote_incumbent = merit_weight_head_remote_incumbent / merit_total_remote_incumbent
            merit_share_smb_remote_incumbent = merit_weight_smb_remote_incumbent / merit_total_remote_incumbent
            merit_share_farm_remote_incumbent = merit_weight_farm_remote_incumbent / merit_total_remote_incumbent
            contribution_head_incumbent = gross_margin_head - charge_head_incumbent - cost_change_head + (price_head_incumbent - 1.0)
            bid_value_now_head_incumbent = bid_value_head * (max(contribution_head_incumbent, 0.005) / max(cal_contribution_head_incumbent, 0.005)) ** bid_margin_response
            bid_weight_head_incumbent = listings_head_incumbent * bid_value_now_head_incumbent ** bid_exponent
            contribution_smb_incumbent = gross_margin_smb - charge_smb_incumbent - cost_change_smb + (price_smb_incumbent - 1.0)
            bid_value_now_smb_incumbent = bid_value_smb * (max(contribution_smb_incumbent, 0.005) / max(cal_contribution_smb_incumbent, 0.005)) ** bid_margin_response
            bid_weight_smb_incumbent = listings_smb_incumbent * bid_value_now_smb_incumbent ** bid_exponent
            contribution_farm_incumbent = gross_margin_farm - charge_farm_incumbent - cost_change_farm + (price_farm_incumbent - 1.0)
            bid_value_now_farm_incumbent = bid_value_farm * (max(contribution_farm_incumbent, 0.005) / max(cal_contribution_farm_incumbent, 0.005)) ** bid_margin_response
            bid_weight_farm_incumbent = listings_farm_incumbent * bid_value_now_farm_incumbent ** bid_exponent
            bid_total_incumbent = max(bid_weight_head_incumbent + bid_weight_smb_incumbent + bid_weight_farm_incumbent, 1e-09)
            bid_share_head_incumbent = bid_weight_head_incumbent / bid_total_incumbent
            traffic_head_high_tier_incumbent = (1.0 - ad_load_incumbent) * (long_tail_floor * count_share_head_incumbent + (1.0 - long_tail_floor) * fairness_incumbent * merit_share_head_high_tier_incumbent) + auctioned_share_incumbent * bid_share_head_incumbent
            attraction_head_high_tier_incumbent = traffic_head_high_tier_incumbent * math.exp(goods_utility_head_high_tier_incumbent)
            traffic_head_low_tier_incumbent = (1.0 - ad_load_incumbent) * (long_tail_floor * count_share_head_incumbent + (1.0 - long_tail_floor) * fairness_incumbent * merit_share_head_low_tier_incumbent) + auctioned_share_incumbent * bid_share_head_incumbent
            attraction_head_low_tier_incumbent = traffic_head_low_tier_incumbent * math.exp(goods_utility_head_low_tier_incumbent)
            traffic_head_remote_incumbent = (1.0 - ad_load_incumbent) * (long_tail_floor * count_share_head_incumbent + (1.0 - long_tail_floor) * fairness_incumbent * merit_share_head_remote_incumbent) + auctioned_share_incumbent * bid_share_head_incumbent
            attraction_head_remote_incumbent = traffic_head_remote_incumbent * math.exp(goods_utility_head_remote_incumbent)
            head_traffic_share_incumbent = (traffic_head_high_tier_incumbent * buyers_high_tier_incumbent + traffic_head_low_tier_incumbent * buyers_low_tier_incumbent + traffic_head_remote_incumbent * buyers_remote_incumbent) / max(buyers_incumbent, 1e-09)
            bid_share_smb_incumbent = bid_weight_smb_incumbent / bid_total_incumbent
            traffic_smb_high_tier_incumbent = (1.0 - ad_load_incumbent) * (long_tail_floor * count_share_smb_incumbent + (1.0 - long_tail_floor) * fairness_incumbent * merit_share_smb_high_tier_incumbent) + auctioned_share_incumbent * bid_share_smb_incumbent
            attraction_smb_high_tier_incumbent = traffic_smb_high_tier_incumbent * math.exp(goods_utility_smb_high_tier_incumbent)
            traffic_smb_low_tier_incumbent = (1.0 - ad_load_incumbent) * (long_tail_floor * count_share_smb_incumbent + (1.0 - long_tail_floor) * fairness_incumbent * merit_share_smb_low_tier_incumbent) + auctioned_share_incumbent * bid_share_smb_incumbent
            attraction_smb_low_tier_incumbent = traffic_smb_low_tier_incumbent * math.exp(goods_utility_smb_low_tier_incumbent)
            traffic_smb_remote_incumbent = (1.0 - ad_load_incumbent) * (long_tail_floor * count_share_smb_incumbent + (1.0 - long_tail_floor) * fairness_incumbent * merit_share_smb_remote_incumbent) + auctioned_share_incumbent * bid_share_smb_incumbent
            attraction_smb_remote_incumbent = traffic_smb_remote_incumbent * math.exp(goods_utility_smb_remote_incumbent)
            bid_share_farm_incumbent = bid_weight_farm_incumbent / bid_total_incumbent
            traffic_farm_high_tier_incumbent = (1.0 - ad_load_incumbent) * (long_tail_floor * count_share_farm_incumbent + (1.0 - long_tail_floor) * fairness_incumbent * merit_share_farm_high_tier_incumbent) + auctioned_share_incumbent * bid_share_farm_incumbent
            attraction_farm_high_tier_incumbent = traffic_farm_high_tier_incumbent * math.exp(goods_utility_farm_high_tier_incumbent)
            attraction_total_high_tier_incumbent = max(attraction_head_high_tier_incumbent + attraction_smb_high_tier_incumbent + attraction_farm_high_tier_incumbent, 1e-09)
            sales_share_head_high_tier_incumbent = attraction_head_high_tier_incumbent / attraction_total_high_tier_incumbent
            gmv_head_high_tier_incumbent = gmv_high_tier_incumbent * sales_share_head_high_tier_incumbent
            sales_share_smb_high_tier_incumbent = attraction_smb_high_tier_incumbent / attraction_total_high_tier_incumbent
            gmv_smb_high_tier_incumbent = gmv_high_tier_incumbent * sales_share_smb_high_tier_incumbent
            sales_share_farm_high_tier_incumbent = attraction_farm_high_tier_incumbent / attraction_total_high_tier_incumbent
            gmv_farm_high_tier_incumbent = gmv_high_tier_incumbent * sales_share_farm_high_tier_incumbent
            upward_flow_incumbent = (gmv_smb_high_tier_incumbent + gmv_farm_high_tier_incumbent) / max(gmv_high_tier_incumbent, 1e-09)
            relative_price_high_tier_incumbent = sales_share_head_high_tier_incumbent * math.log(price_seen_head_high_tier_incumbent / price_ratio_head) + sales_share_smb_high_tier_incumbent * math.log(price_seen_smb_high_tier_incumbent / price_ratio_smb) + sales_share_farm_high_tier_incumbent * math.log(price_seen_farm_high_tier_incumbent / price_ratio_farm)
            platform_value_high_tier_incumbent = math.log(attraction_total_high_tier_incumbent)
            utility_high_tier_incumbent = min(max(platform_value_high_tier_incumbent - cal_platform_value_high_tier_incumbent - price_comparison * price_weight_high_tier * relative_price_high_tier_incumbent + network_effect * math.log(max(listings_incumbent, 1e-09) / cal_listings_incumbent) + platform_bonus_high_tier_incumbent, -20.0), 20.0)
            wallet_logit_high_tier_incumbent = math.exp(utility_high_tier_incumbent + cal_wallet_asc_high_tier_incumbent)
            adoption_high_tier_incumbent = ((bass_p + bass_q * buyers_high_tier_incumbent / max(shoppers_high_tier, 1e-09)) * max(max_reach * shoppers_high_tier - buyers_high_tier_incumbent, 0.0) + acquisition_high_tier_incumbent) * math.exp(adoption_sensitivity * utility_high_tier_incumbent)
            churn_demand_high_tier_incumbent = cal_churn_high_tier_incumbent * buyers_high_tier_incumbent * math.exp(-churn_sensitivity * utility_high_tier_incumbent) + max(buyers_high_tier_incumbent - reach_high_tier, 0.0) / leave_months
            churn_high_tier_incumbent = min(churn_demand_high_tier_incumbent, buyers_high_tier_incumbent / dt)
            traffic_farm_low_tier_incumbent = (1.0 - ad_load_incumbent) * (long_tail_floor * count_share_farm_incumbent + (1.0 - long_tail_floor) * fairness_incumbent * merit_share_farm_low_tier_incumbent) + auctioned_share_incumbent * bid_share_farm_incumbent
            attraction_farm_low_tier_incumbent = traffic_farm_low_tier_incumbent * math.exp(goods_utility_farm_low_tier_incumbent)
            attraction_total_low_tier_incumbent = max(attraction_head_low_tier_incumbent + attraction_smb_low_tier_incumbent + attraction_farm_low_tier_incumbent, 1e-09)
            sales_share_head_low_tier_incumbent = attraction_head_low_tier_incumbent / attraction_total_low_tier_incumbent
            gmv_head_low_tier_incumbent = gmv_low_tier_incumbent * sales_share_head_low_tier_incumbent
            sales_share_smb_low_tier_incumbent = attraction_smb_low_tier_incumbent / attraction_total_low_tier_incumbent
            gmv_smb_low_tier_incumbent = gmv_low_tier_incumbent * sales_share_smb_low_tier_incumbent
            sales_share_farm_low_tier_incumbent = attraction_farm_low_tier_incumbent / attraction_total_low_tier_incumbent
            gmv_farm_low_tier_incumbent = gmv_low_tier_incumbent * sales_share_farm_low_tier_incumbent
            relative_price_low_tier_incumbent = sales_share_head_low_tier_incumbent * math.log(price_seen_head_low_tier_incumbent / price_ratio_head) + sales_share_smb_low_tier_incumbent * math.log(price_seen_smb_low_tier_incumbent / price_ratio_smb) + sales_share_farm_low_tier_incumbent * math.log(price_seen_farm_low_tier_incumbent / price_ratio_farm)
            platform_value_low_tier_incumbent = math.log(attraction_total_low_tier_incumbent)
            utility_low_tier_incumbent = min(max(platform_value_low_tier_incumbent - cal_platform_value_low_tier_incumbent - price_comparison * price_weight_low_tier * relative_price_low_tier_incumbent + network_effect * math.log(max(listings_incumbent, 1e-09) / cal_listings_incumbent) + platform_bonus_low_tier_incumbent, -20.0), 20.0)
            wallet_logit_low_tier_incumbent = math.exp(utility_low_tier_incumbent + cal_wallet_asc_low_tier_incumbent)
            adoption_low_tier_incumbent = ((bass_p + bass_q * buyers_low_tier_incumbent / max(shoppers_low_tier, 1e-09)) * max(max_reach * shoppers_low_tier - buyers_low_tier_incumbent, 0.0) + acquisition_low_tier_incumbent) * math.exp(adoption_sensitivity * utility_low_tier_incumbent)
            churn_demand_low_tier_incumbent = cal_churn_low_tier_incumbent * buyers_low_tier_incumbent * math.exp(-churn_sensitivity * utility_low_tier_incumbent) + max(buyers_low_tier_incumbent - reach_low_tier, 0.0) / leave_months
            churn_low_tier_incumbent = min(churn_demand_low_tier_incumbent, buyers_low_tier_incumbent / dt)
            traffic_farm_remote_incumbent = (1.0 - ad_load_incumbent) * (long_tail_floor * count_share_farm_incumbent + (1.0 - long_tail_floor) * fairness_incumbent * merit_share_farm_remote_incumbent) + auctioned_share_incumbent * bid_share_farm_incumbent
            attraction_farm_remote_incumbent = traffic_farm_remote_incumbent * math.exp(goods_utility_farm_remote_incumbent)
            attraction_total_remote_incumbent = max(attraction_head_remote_incumbent + attraction_smb_remote_incumbent + attraction_farm_remote_incumbent, 1e-09)
            sales_share_head_remote_incumbent = attraction_head_remote_incumbent / attraction_total_remote_incumbent
            gmv_head_remote_incumbent = gmv_remote_incumbent * sales_share_head_remote_incumbent
            gmv_head_incumbent = gmv_head_high_tier_incumbent + gmv_head_low_tier_incumbent + gmv_head_remote_incumbent
            brand_access_incumbent = (gmv_head_low_tier_incumbent + gmv_head_remote_incumbent) / max(gmv_low_tier_incumbent + gmv_remote_incumbent, 1e-09)
            two_way_flow_share_incumbent = (gmv_head_low_tier_incumbent + gmv_head_remote_incumbent + gmv_smb_high_tier_incumbent + gmv_farm_high_tier_incumbent) / safe_gmv_incumbent
            sales_share_smb_remote_incumbent = attraction_smb_remote_incumbent / attraction_total_remote_incumbent
            gmv_smb_remote_incumbent = gmv_remote_incumbent * sales_share_smb_remote_incumbent
            gmv_smb_incumbent = gmv_smb_high_tier_incumbent + gmv_smb_low_tier_incumbent + gmv_smb_remote_incumbent
            smb_gmv_share_incumbent = gmv_smb_incumbent / safe_gmv_incumbent
            sales_share_farm_remote_incumbent = attraction_farm_remote_incumbent / attraction_total_remote_incumbent
            gmv_farm_remote_incumbent = gmv_remote_incumbent * sales_share_farm_remote_incumbent
            gmv_farm_incumbent = gmv_farm_high_tier_incumbent + gmv_farm_low_tier_incumbent + gmv_farm_remote_incumbent
            relative_price_remote_incumbent = sales_share_head_remote_incumbent * math.log(price_seen_head_remote_incumbent / price_ratio_head) + sales_share_smb_remote_incumbent * math.log(price_seen_smb_remote_incumbent / price_ratio_smb) + sales_share_farm_remote_incumbent * math.log(price_seen_farm_remote_incumbent / price_ratio_farm)
            platform_value_remote_incumbent = math.log(attraction_total_remote_incumbent)
            utility_remote_incumbent = min(max(platform_value_remote_incumbent - cal_platform_value_remote_incumbent - price_comparison * price_weight_remote * relative_price_remote_incumbent + network_effect * math.log(max(listings_incumbent, 1e-09) / cal_listings_incumbent) + platform_bonus_remote_incumbent, -20.0), 20.0)
            wallet_logit_remote_incumbent = math.exp(utility_remote_incumbent + cal_wallet_asc_remote_incumbent)
            adoption_remote_incumbent = ((bass_p + bass_q * buyers_remote_incumbent / max(shoppers_remote, 1e-09)) * max(max_reach * shoppers_remote - buyers_remote_incumbent, 0.0) + acquisition_remote_incumbent) * math.exp(adoption_sensitivity * utility_remote_incumbent)
            churn_demand_remote_incumbent = cal_churn_remote_incumbent * buyers_remote_incumbent * math.exp(-churn_sensitivity * utility_remote_incumbent) + max(buyers_remote_incumbent - reach_remote, 0.0) / leave_months
            churn_remote_incumbent = min(churn_demand_remote_incumbent, buyers_remote_incumbent / dt)
            bid_pressure_raw_incumbent = auctioned_share_incumbent / ad_load_incumbent * (listings_head_incumbent * bid_value_now_head_incumbent + listings_smb_incumbent * bid_value_now_smb_incumbent + listings_farm_incumbent * bid_value_now_farm_incumbent) / max(buyers_incumbent, 1e-09)
            cpc_target_incumbent = (bid_pressure_raw_incumbent / cal_bid_pressure_incumbent) ** auction_elasticity
            cpc_change_incumbent = (cpc_target_incumbent - cpc_index_incumbent) / cpc_months
            recent_sales_change_head_incumbent = gmv_head_incumbent - recent_sales_head_incumbent
            recent_sales_change_smb_incumbent = gmv_smb_incumbent - recent_sales_smb_incumbent
            recent_sales_change_farm_incumbent = gmv_farm_incumbent - recent_sales_farm_incumbent
            sales_per_store_head_incumbent = gmv_head_incumbent / nominal / max(listings_head_incumbent, 1e-09)
            margin_head_incumbent = min(max(contribution_head_incumbent - fixed_cost_head / max(sales_per_store_head_incumbent, 1e-09), -1.0), 1.0)
            perceived_margin_change_head_incumbent = (margin_head_incumbent - perceived_margin_head_incumbent) / margin_months
            effort_pull_head_incumbent = effort_0_head_incumbent * math.exp(min(max(effort_margin_sensitivity * (perceived_margin_head_incumbent - cal_margin_head_incumbent) + effort_sales_sensitivity * math.log(max(sales_per_store_head_incumbent, 1e-09) / cal_sales_per_store_head_incumbent), -20.0), 20.0))
            sales_per_store_smb_incumbent = gmv_smb_incumbent / nominal / max(listings_smb_incumbent, 1e-09)
            margin_smb_incumbent = min(max(contribution_smb_incumbent - fixed_cost_smb / max(sales_per_store_smb_incumbent, 1e-09), -1.0), 1.0)
            perceived_margin_change_smb_incumbent = (margin_smb_incumbent - perceived_margin_smb_incumbent) / margin_months
            effort_pull_smb_incumbent = effort_0_smb_incumbent * math.exp(min(max(effort_margin_sensitivity * (perceived_margin_smb_incumbent - cal_margin_smb_incumbent) + effort_sales_sensitivity * math.log(max(sales_per_store_smb_incumbent, 1e-09) / cal_sales_per_store_smb_incumbent), -20.0), 20.0))
            sales_per_store_farm_incumbent = gmv_farm_incumbent / nominal / max(listings_farm_incumbent, 1e-09)
            margin_farm_incumbent = min(max(contribution_farm_incumbent - fixed_cost_farm / max(sales_per_store_farm_incumbent, 1e-09), -1.0), 1.0)
            perceived_margin_change_farm_incumbent = (margin_farm_incumbent - perceived_margin_farm_incumbent) / margin_months
            effort_pull_farm_incumbent = effort_0_farm_incumbent * math.exp(min(max(effort_margin_sensitivity * (perceived_margin_farm_incumbent - cal_margin_farm_incumbent) + effort_sales_sensitivity * math.log(max(sales_per_store_farm_incumbent, 1e-09) / cal_sales_per_store_farm_incumbent), -20.0), 20.0))
            ad_revenue_incumbent = ad_cost_head_incumbent * gmv_head_incumbent + ad_cost_smb_incumbent * gmv_smb_incumbent + ad_cost_farm_incumbent * gmv_farm_incumbent
            platform_revenue_incumbent = commission_revenue_incumbent + ad_revenue_incumbent
            ad_intensity_incumbent = ad_revenue_incumbent / safe_gmv_incumbent
            take_rate_incumbent = platform_revenue_incumbent / safe_gmv_incumbent
            support_paid_incumbent = support_spend_incumbent
            platform_profit_incumbent = platform_revenue_incumbent - payment_cost * gmv_incumbent - opex_0_incumbent * nominal - marketing_spend_incumbent - support_paid_incumbent
            if _scheduled_subsidy_bn_per_year_content:
                subsidy_bn_per_year_content = lever_at(_base_subsidy_bn_per_year_content, sched_at, sched_value, sched_ramp, sched_bounds[17], sched_bounds[18], time)
            support_spend_content = max(subsidy_bn_per_year_content, 0.0) / 12.0 + rival_answer_content
            support_rate_head_content = min(support_spend_content / recent_sales_total_content, 0.5)
            support_rate_smb_content = min(support_spend_content / recent_sales_total_content, 0.5)
            support_rate_farm_content = min(support_spend_content / recent_sales_total_content, 0.5)
            charge_head_content = net_commission_content + ad_cost_head_content - support_rate_head_content
            price_head_content = min(max(1.0 + pass_through * (charge_head_content - cal_charge_head_content + cost_change_head), 0.1), 10.0)
            price_seen_head_high_tier_content = price_head_content * (1.0 - coupon_high_tier_content)
            price_seen_head_low_tier_content = price_head_content * (1.0 - coupon_low_tier_content)
            price_seen_head_remote_content = price_head_content * (1.0 - coupon_remote_content)
            goods_utility_head_high_tier_content = min(max(quality_weight_high_tier * math.log(quality_head_high_tier) - price_weight_high_tier * math.log(price_seen_head_high_tier_content), -20.0), 20.0)
            goods_utility_head_low_tier_content = min(max(quality_weight_low_tier * math.log(quality_head_low_tier) - price_weight_low_tier * math.log(price_seen_head_low_tier_content), -20.0), 20.0)
            goods_utility_head_remote_content = min(max(quality_weight_remote * math.log(quality_head_remote) - price_weight_remote * math.log(price_seen_head_remote_content), -20.0), 20.0)
            merit_head_high_tier_content = quality_head_high_tier / price_seen_head_high_tier_content
            merit_head_low_tier_content = quality_head_low_tier / price_seen_head_low_tier_content
            merit_head_remote_content = quality_head_remote / price_seen_head_remote_content
            merit_weight_head_high_tier_content = listings_head_content * merit_head_high_tier_content ** merit_exponent
            merit_weight_head_low_tier_content = listings_head_content * merit_head_low_tier_content ** merit_exponent
            merit_weight_head_remote_content = listings_head_content * merit_head_remote_content ** merit_exponent
            charge_smb_content = net_commission_content + ad_cost_smb_content - support_rate_smb_content
            price_smb_content = min(max(1.0 + pass_through * (charge_smb_content - cal_charge_smb_content + cost_change_smb), 0.1), 10.0)
            price_seen_smb_high_tier_content = price_ratio_smb * price_smb_content
            price_seen_smb_low_tier_content = price_ratio_smb * price_smb_content
            price_seen_smb_remote_content = price_ratio_smb * price_smb_content
            goods_utility_smb_high_tier_content = min(max(quality_weight_high_tier * math.log(quality_smb_high_tier) - price_weight_high_tier * math.log(price_seen_smb_high_tier_content), -20.0), 20.0)
            goods_utility_smb_low_tier_content = min(max(quality_weight_low_tier * math.log(quality_smb_low_tier) - price_weight_low_tier * math.log(price_seen_smb_low_tier_content), -20.0), 20.0)
            goods_utility_smb_remote_content = min(max(quality_weight_remote * math.log(quality_smb_remote) - price_weight_remote * math.log(price_seen_smb_remote_content), -20.0), 20.0)
            merit_smb_high_tier_content = quality_smb_high_tier / price_seen_smb_high_tier_content
            merit_smb_low_tier_content = quality_smb_low_tier / price_seen_smb_low_tier_content
            merit_smb_remote_content = quality_smb_remote / price_seen_smb_remote_content
            merit_weight_smb_high_tier_content = listings_smb_content * merit_smb_high_tier_content ** merit_exponent
            merit_weight_smb_low_tier_content = listings_smb_content * merit_smb_low_tier_content ** merit_exponent
            merit_weight_smb_remote_content = listings_smb_content * merit_smb_remote_content ** merit_exponent
            charge_farm_content = net_commission_content + ad_cost_farm_content - support_rate_farm_content
            price_farm_content = min(max(1.0 + pass_through * (charge_farm_content - cal_charge_farm_content + cost_change_farm), 0.1), 10.0)
            price_seen_farm_high_tier_content = price_ratio_farm * price_farm_content
            price_seen_farm_low_tier_content = price_ratio_farm * price_farm_content
            price_seen_farm_remote_content = price_ratio_farm * price_farm_content
            goods_utility_farm_high_tier_content = min(max(quality_weight_high_tier * math.log(quality_farm_high_tier) - price_weight_high_tier * math.log(price_seen_farm_high_tier_content), -20.0), 20.0)
            goods_utility_farm_low_tier_content = min(max(quality_weight_low_tier * math.log(quality_farm_low_tier) - price_weight_low_tier * math.log(price_seen_farm_low_tier_content), -20.0), 20.0)
            goods_utility_farm_remote_content = min(max(quality_weight_remote * math.log(quality_farm_remote) - price_weight_remote * math.log(price_seen_farm_remote_content), -20.0), 20.0)
            merit_farm_high_tier_content = quality_farm_high_tier / price_seen_farm_high_tier_content
            merit_farm_low_tier_content = quality_farm_low_tier / price_seen_farm_low_tier_content
            merit_farm_remote_content = quality_farm_remote / price_seen_farm_remote_content
            merit_weight_farm_high_tier_content = listings_farm_content * merit_farm_high_tier_content ** merit_exponent
            merit_weight_farm_low_tier_content = listings_farm_content * merit_farm_low_tier_content ** merit_exponent
            merit_weight_farm_remote_content = listings_farm_content * merit_farm_remote_content ** merit_exponent
            merit_total_high_tier_content = max(merit_weight_head_high_tier_content + merit_weight_smb_high_tier_content + merit_weight_farm_high_tier_content, 1e-09)
            merit_share_head_high_tier_content = merit_weight_head_high_tier_content / merit_total_high_tier_content
            merit_share_smb_high_tier_content = merit_weight_smb_high_tier_content / merit_total_high_tier_content
            merit_share_farm_high_tier_content = merit_weight_farm_high_tier_content / merit_total_high_tier_content
            merit_total_low_tier_content = max(merit_weight_head_low_tier_content + merit_weight_smb_low_tier_content + merit_weight_farm_low_tier_content, 1e-09)
            merit_share_head_low_tier_content = merit_weight_head_low_tier_content / merit_total_low_tier_content
            merit_share_smb_low_tier_content = merit_weight_smb_low_tier_content / merit_total_low_tier_content
            merit_share_farm_low_tier_content = merit_weight_farm_low_tier_content / merit_total_low_tier_content
            merit_total_remote_content = max(merit_weight_head_remote_content + merit_weight_smb_remote_content + merit_weight_farm_remote_content, 1e-09)
            merit_share_head_remote_content = merit_weight_head_remote_content / merit_total_remote_content
            merit_share_smb_remote_content = merit_weight_smb_remote_content / merit_total_remote_content
            merit_share_farm_remote_content = merit_weight_farm_remote_content / merit_total_remote_content
            contribution_head_content = gross_margin_head - charge_head_content - cost_change_head + (price_head_content - 1.0)
            bid_value_now_head_content = bid_value_head * (max(contribution_head_content, 0.005) / max(cal_contribution_head_content, 0.005)) ** bid_margin_response
            bid_weight_head_content = listings_head_content * bid_value_now_head_content ** bid_exponent
            contribution_smb_content = gross_margin_smb - charge_smb_content - cost_change_smb + (price_smb_content - 1.0)
            bid_value_now_smb_content = bid_value_smb * (max(contribution_smb_content, 0.005) / max(cal_contribution_smb_content, 0.005)) ** bid_margin_response
            bid_weight_smb_content = listings_smb_content * bid_value_now_smb_content ** bid_exponent
            contribution_farm_content = gross_margin_farm - charge_farm_content - cost_change_farm + (price_farm_content - 1.0)
            bid_value_now_farm_content = bid_value_farm * (max(contribution_farm_content, 0.005) / max(cal_contribution_farm_content, 0.005)) ** bid_margin_response
            bid_weight_farm_content = listings_farm_content * bid_value_now_farm_content ** bid_exponent
            bid_total_content = max(bid_weight_head_content + bid_weight_smb_content + bid_weight_farm_content, 1e-09)
            bid_share_head_content = bid_weight_head_content / bid_total_content
            traffic_head_high_tier_content = (1.0 - ad_load_content) * (long_tail_floor * count_share_head_content + (1.0 - long_tail_floor) * fairness_content * merit_share_head_high_tier_content) + auctioned_share_content * bid_share_head_content
            attraction_head_high_tier_content = traffic_head_high_tier_content * math.exp(goods_utility_head_high_tier_content)
            traffic_head_low_tier_content = (1.0 - ad_load_content) * (long_tail_floor * count_share_head_content + (1.0 - long_tail_floor) * fairness_content * merit_share_head_low_tier_content) + auctioned_share_content * bid_share_head_content
            attraction_head_low_tier_content = traffic_head_low_tier_content * math.exp(goods_utility_head_low_tier_content)
            traffic_head_remote_content = (1.0 - ad_load_content) * (long_tail_floor * count_share_head_content + (1.0 - long_tail_floor) * fairness_content * merit_share_head_remote_content) + auctioned_share_content * bid_share_head_content
            attraction_head_remote_content = traffic_head_remote_content * math.exp(goods_utility_head_remote_content)
            head_traffic_share_content = (traffic_head_high_tier_content * buyers_high_tier_content + traffic_head_low_tier_content * buyers_low_tier_content + traffic_head_remote_content * buyers_remote_content) / max(buyers_content, 1e-09)
            bid_share_smb_content = bid_weight_smb_content / bid_total_content
            traffic_smb_high_tier_content = (1.0 - ad_load_content) * (long_tail_floor * count_share_smb_content + (1.0 - long_tail_floor) * fairness_content * merit_share_smb_high_tier_content) + auctioned_share_content * bid_share_smb_content
            attraction_smb_high_tier_content = traffic_smb_high_tier_content * math.exp(goods_utility_smb_high_tier_content)
            traffic_smb_low_tier_content = (1.0 - ad_load_content) * (long_tail_floor * count_share_smb_content + (1.0 - long_tail_floor) * fairness_content * merit_share_smb_low_tier_content) + auctioned_share_content * bid_share_smb_content
            attraction_smb_low_tier_content = traffic_smb_low_tier_content * math.exp(goods_utility_smb_low_tier_content)
            traffic_smb_remote_content = (1.0 - ad_load_content) * (long_tail_floor * count_share_smb_content + (1.0 - long_tail_floor) * fairness_content * merit_share_smb_remote_content) + auctioned_share_content * bid_share_smb_content
            attraction_smb_remote_content = traffic_smb_remote_content * math.exp(goods_utility_smb_remote_content)
            bid_share_farm_content = bid_weight_farm_content / bid_total_content
            traffic_farm_high_tier_content = (1.0 - ad_load_content) * (long_tail_floor * count_share_farm_content + (1.0 - long_tail_floor) * fairness_content * merit_share_farm_high_tier_content) + auctioned_share_content * bid_share_farm_content
            attraction_farm_high_tier_content = traffic_farm_high_tier_content * math.exp(goods_utility_farm_high_tier_content)
            attraction_total_high_tier_content = max(attraction_head_high_tier_content + attraction_smb_high_tier_content + attraction_farm_high_tier_content, 1e-09)
            sales_share_head_high_tier_content = attraction_head_high_tier_content / attraction_total_high_tier_content
            gmv_head_high_tier_content = gmv_high_tier_content * sales_share_head_high_tier_content
            sales_share_smb_high_tier_content = attraction_smb_high_tier_content / attraction_total_high_tier_content
            gmv_smb_high_tier_content = gmv_high_tier_content * sales_share_smb_high_tier_content
            sales_share_farm_high_tier_content = attraction_farm_high_tier_content / attraction_total_high_tier_content
            gmv_farm_high_tier_content = gmv_high_tier_content * sales_share_farm_high_tier_content
            upward_flow_content = (gmv_smb_high_tier_content + gmv_farm_high_tier_content) / max(gmv_high_tier_content, 1e-09)
            relative_price_high_tier_content = sales_share_head_high_tier_content * math.log(price_seen_head_high_tier_content / price_ratio_head) + sales_share_smb_high_tier_content * math.log(price_seen_smb_high_tier_content / price_ratio_smb) + sales_share_farm_high_tier_content * math.log(price_seen_farm_high_tier_content / price_ratio_farm)
            platform_value_high_tier_content = math.log(attraction_total_high_tier_content)
            utility_high_tier_content = min(max(platform_value_high_tier_content - cal_platform_value_high_tier_content - price_comparison * price_weight_high_tier * relative_price_high_tier_content + network_effect * math.log(max(listings_content, 1e-09) / cal_listings_content) + platform_bonus_high_tier_content, -20.0), 20.0)
            wallet_logit_high_tier_content = math.exp(utility_high_tier_content + cal_wallet_asc_high_tier_content)
            adoption_high_tier_content = ((bass_p + bass_q * buyers_high_tier_content / max(shoppers_high_tier, 1e-09)) * max(max_reach * shoppers_high_tier - buyers_high_tier_content, 0.0) + acquisition_high_tier_content) * math.exp(adoption_sensitivity * utility_high_tier_content)
            churn_demand_high_tier_content = cal_churn_high_tier_content * buyers_high_tier_content * math.exp(-churn_sensitivity * utility_high_tier_content) + max(buyers_high_tier_content - reach_high_tier, 0.0) / leave_months
            churn_high_tier_content = min(churn_demand_high_tier_content, buyers_high_tier_content / dt)
            traffic_farm_low_tier_content = (1.0 - ad_load_content) * (long_tail_floor * count_share_farm_content + (1.0 - long_tail_floor) * fairness_content * merit_share_farm_low_tier_content) + auctioned_share_content * bid_share_farm_content
            attraction_farm_low_tier_content = traffic_farm_low_tier_content * math.exp(goods_utility_farm_low_tier_content)
            attraction_total_low_tier_content = max(attraction_head_low_tier_content + attraction_smb_low_tier_content + attraction_farm_low_tier_content, 1e-09)
            sales_share_head_low_tier_content = attraction_head_low_tier_content / attraction_total_low_tier_content
            gmv_head_low_tier_content = gmv_low_tier_content * sales_share_head_low_tier_content
            sales_share_smb_low_tier_content = attraction_smb_low_tier_content / attraction_total_low_tier_content
            gmv_smb_low_tier_content = gmv_low_tier_content * sales_share_smb_low_tier_content
            sales_share_farm_low_tier_content = attraction_farm_low_tier_content / attraction_total_low_tier_content
            gmv_farm_low_tier_content = gmv_low_tier_content * sales_share_farm_low_tier_content
            relative_price_low_tier_content = sales_share_head_low_tier_content * math.log(price_seen_head_low_tier_content / price_ratio_head) + sales_share_smb_low_tier_content * math.log(price_seen_smb_low_tier_content / price_ratio_smb) + sales_share_farm_low_tier_content * math.log(price_seen_farm_low_tier_content / price_ratio_farm)
            platform_value_low_tier_content = math.log(attraction_total_low_tier_content)
            utility_low_tier_content = min(max(platform_value_low_tier_content - cal_platform_value_low_tier_content - price_comparison * price_weight_low_tier * relative_price_low_tier_content + network_effect * math.log(max(listings_content, 1e-09) / cal_listings_content) + platform_bonus_low_tier_content, -20.0), 20.0)
            wallet_logit_low_tier_content = math.exp(utility_low_tier_content + cal_wallet_asc_low_tier_content)
            adoption_low_tier_content = ((bass_p + bass_q * buyers_low_tier_content / max(shoppers_low_tier, 1e-09)) * max(max_reach * shoppers_low_tier - buyers_low_tier_content, 0.0) + acquisition_low_tier_content) * math.exp(adoption_sensitivity * utility_low_tier_content)
            churn_demand_low_tier_content = cal_churn_low_tier_content * buyers_low_tier_content * math.exp(-churn_sensitivity * utility_low_tier_content) + max(buyers_low_tier_content - reach_low_tier, 0.0) / leave_months
            churn_low_tier_content = min(churn_demand_low_tier_content, buyers_low_tier_content / dt)
            traffic_farm_remote_content = (1.0 - ad_load_content) * (long_tail_floor * count_share_farm_content + (1.0 - long_tail_floor) * fairness_content * merit_share_farm_remote_content) + auctioned_share_content * bid_share_farm_content
            attraction_farm_remote_content = traffic_farm_remote_content * math.exp(goods_utility_farm_remote_content)
            attraction_total_remote_content = max(attraction_head_remote_content + attraction_smb_remote_content + attraction_farm_remote_content, 1e-09)
            sales_share_head_remote_content = attraction_head_remote_content / attraction_total_remote_content
            gmv_head_remote_content = gmv_remote_content * sales_share_head_remote_content
            gmv_head_content = gmv_head_high_tier_content + gmv_head_low_tier_content + gmv_head_remote_content
            brand_access_content = (gmv_head_low_tier_content + gmv_head_remote_content) / max(gmv_low_tier_content + gmv_remote_content, 1e-09)
            two_way_flow_share_content = (gmv_head_low_tier_content + gmv_head_remote_content + gmv_smb_high_tier_content + gmv_farm_high_tier_content) / safe_gmv_content
            sales_share_smb_remote_content = attraction_smb_remote_content / attraction_total_remote_content
            gmv_smb_remote_content = gmv_remote_content * sales_share_smb_remote_content
            gmv_smb_content = gmv_smb_high_tier_content + gmv_smb_low_tier_content + gmv_smb_remote_content
            smb_gmv_share_content = gmv_smb_content / safe_gmv_content
            sales_share_farm_remote_content = attraction_farm_remote_content / attraction_total_remote_content
            gmv_farm_remote_content = gmv_remote_content * sales_share_farm_remote_content
            gmv_farm_content = gmv_farm_high_tier_content + gmv_farm_low_tier_content + gmv_farm_remote_content
            relative_price_remote_content = sales_share_head_remote_content * math.log(price_seen_head_remote_content / price_ratio_head) + sales_share_smb_remote_content * math.log(price_seen_smb_remote_content / price_ratio_smb) + sales_share_farm_remote_content * math.log(price_seen_farm_remote_content / price_ratio_farm)
            platform_value_remote_content = math.log(attraction_total_remote_content)
            utility_remote_content = min(max(platform_value_remote_content - cal_platform_value_remote_content - price_comparison * price_weight_remote * relative_price_remote_content + network_effect * math.log(max(listings_content, 1e-09) / cal_listings_content) + platform_bonus_remote_content, -20.0), 20.0)
            wallet_logit_remote_content = math.exp(utility_remote_content + cal_wallet_asc_remote_content)
            adoption_remote_content = ((bass_p + bass_q * buyers_remote_content / max(shoppers_remote, 1e-09)) * max(max_reach * shoppers_remote - buyers_remote_content, 0.0) + acquisition_remote_content) * math.exp(adoption_sensitivity * utility_remote_content)
            churn_demand_remote_content = cal_churn_remote_content * buyers_remote_content * math.exp(-churn_sensitivity * utility_remote_content) + max(buyers_remote_content - reach_remote, 0.0) / leave_months
            churn_remote_content = min(churn_demand_remote_content, buyers_remote_content / dt)
            bid_pressure_raw_content = auctioned_share_content / ad_load_content * (listings_head_content * bid_value_now_head_content + listings_smb_content * bid_value_now_smb_content + listings_farm_content * bid_value_now_farm_content) / max(buyers_content, 1e-09)
            cpc_target_content = (bid_pressure_raw_content / cal_bid_pressure_content) ** auction_elasticity
            cpc_change_content = (cpc_target_content - cpc_index_content) / cpc_months
            recent_sales_change_head_content = gmv_head_content - recent_sales_head_content
            recent_sales_change_smb_content = gmv_smb_content - recent_sales_smb_content
            recent_sales_change_farm_content = gmv_farm_content - recent_sales_farm_content
            sales_per_store_head_content = gmv_head_content / nominal / max(listings_head_content, 1e-09)
            margin_head_content = min(max(contribution_head_content - fixed_cost_head / max(sales_per_store_head_content, 1e-09), -1.0), 1.0)
            perceived_margin_change_head_content = (margin_head_content - perceived_margin_head_content) / margin_months
            effort_pull_head_content = effort_0_head_content * math.exp(min(max(effort_margin_sensitivity * (perceived_margin_head_content - cal_margin_head_content) + effort_sales_sensitivity * math.log(max(sales_per_store_head_content, 1e-09) / cal_sales_per_store_head_content), -20.0), 20.0))
            sales_per_store_smb_content = gmv_smb_content / nominal / max(listings_smb_content, 1e-09)
            margin_smb_content = min(max(contribution_smb_content - fixed_cost_smb / max(sales_per_store_smb_content, 1e-09), -1.0), 1.0)
            perceived_margin_change_smb_content = (margin_smb_content - perceived_margin_smb_content) / margin_months
            effort_pull_smb_content = effort_0_smb_content * math.exp(min(max(effort_margin_sensitivity * (perceived_margin_smb_content - cal_margin_smb_content) + effort_sales_sensitivity * math.log(max(sales_per_store_smb_content, 1e-09) / cal_sales_per_store_smb_content), -20.0), 20.0))
            sales_per_store_farm_content = gmv_farm_content / nominal / max(listings_farm_content, 1e-09)
            margin_farm_content = min(max(contribution_farm_content - fixed_cost_farm / max(sales_per_store_farm_content, 1e-09), -1.0), 1.0)
            perceived_margin_change_farm_content = (margin_farm_content - perceived_margin_farm_content) / margin_months
            effort_pull_farm_content = effort_0_farm_content * math.exp(min(max(effort_margin_sensitivity * (perceived_margin_farm_content - cal_margin_farm_content) + effort_sales_sensitivity * math.log(max(sales_per_store_farm_content, 1e-09) / cal_sales_per_store_farm_content), -20.0), 20.0))
            ad_revenue_content = ad_cost_head_content * gmv_head_content + ad_cost_smb_content * gmv_smb_content + ad_cost_farm_content * gmv_farm_content
            platform_revenue_content = commission_revenue_content + ad_revenue_content
            ad_intensity_content = ad_revenue_content / safe_gmv_content
            take_rate_content = platform_revenue_content / safe_gmv_content
            support_paid_content = support_spend_content
            platform_profit_content = platform_revenue_content - payment_cost * gmv_content - opex_0_content * nominal - marketing_spend_content - support_paid_content
            if _scheduled_subsidy_bn_per_year:
                subsidy_bn_per_year = lever_at(_base_subsidy_bn_per_year, sched_at, sched_value, sched_ramp, sched_bounds[3], sched_bounds[4], time)
            if _scheduled_subsidy_share_head:
                subsidy_share_head = lever_at(_base_subsidy_share_head, sched_at, sched_value, sched_ramp, sched_bounds[5], sched_bounds[6], time)
            if _scheduled_subsidy_share_smb:
                subsidy_share_smb = lever_at(_base_subsidy_share_smb, sched_at, sched_value, sched_ramp, sched_bounds[4], sched_bounds[5], time)
            if _scheduled_subsidy_share_farm:
                subsidy_share_farm = lever_at(_base_subsidy_share_farm, sched_at, sched_value, sched_ramp, sched_bounds[6], sched_bounds[7], time)
            if _scheduled_subsidy_share_logistics:
                subsidy_share_logistics = lever_at(_base_subsidy_share_logistics, sched_at, sched_value, sched_ramp, sched_bounds[7], sched_bounds[8], time)
            if _scheduled_subsidy_share_coupons:
                subsidy_share_coupons = lever_at(_base_subsidy_share_coupons, sched_at, sched_value, sched_ramp, sched_bounds[8], sched_bounds[9], time)
            subsidy_share_total = subsidy_share_head + subsidy_share_smb + subsidy_share_farm + subsidy_share_logistics + subsidy_share_coupons
            subsidy_split_head = (subsidy_share_head / max(subsidy_share_total, 1e-09) if subsidy_share_total > 0.0 else 0.0)
            subsidy_split_smb = (subsidy_share_smb / max(subsidy_share_total, 1e-09) if subsidy_share_total > 0.0 else 0.0)
            subsidy_split_farm = (subsidy_share_farm / max(subsidy_share_total, 1e-09) if subsidy_share_total > 0.0 else 0.0)
            subsidy_split_logistics = (subsidy_share_logistics / max(subsidy_share_total, 1e-09) if subsidy_share_total > 0.0 else 0.0)
            subsidy_split_coupons = (subsidy_share_coupons / max(subsidy_share_total, 1e-09) if subsidy_share_total > 0.0 else 0.0)
            subsidy_rate = max(subsidy_bn_per_year, 0.0)
            subsidy_spend = min(subsidy_rate / 12.0 * subsidy_window, max(subsidy_budget_bn - subsidy_spent, 0.0) / dt)
            rival_answer_change_incumbent = (rival_answer_share_incumbent * subsidy_spend - rival_answer_incumbent) / rival_match_months_incumbent
            rival_answer_change_content = (rival_answer_share_content * subsidy_spend - rival_answer_content) / rival_match_months_content
            support_paid = subsidy_spend
            support_head = subsidy_spend * subsidy_split_head
            support_rate_head = min(support_head / max(recent_sales_head, 1e-09), 0.5)
            charge_head = net_commission + ad_cost_head - support_rate_head
            price_head = min(max(1.0 + pass_through * (charge_head - cal_charge_head + cost_change_head), 0.1), 10.0)
            contribution_head = gross_margin_head - charge_head - cost_change_head + (price_head - 1.0)
            bid_value_now_head = bid_value_head * (max(contribution_head, 0.005) / max(cal_contribution_head, 0.005)) ** bid_margin_response
            bid_weight_head = listings_head * bid_value_now_head ** bid_exponent
            support_smb = subsidy_spend * subsidy_split_smb
            support_rate_smb = min(support_smb / max(recent_sales_smb, 1e-09), 0.5)
            charge_smb = net_commission + ad_cost_smb - support_rate_smb
            price_smb = min(max(1.0 + pass_through * (charge_smb - cal_charge_smb + cost_change_smb), 0.1), 10.0)
            price_seen_smb_high_tier = price_ratio_smb * price_smb
            price_seen_smb_low_tier = price_ratio_smb * price_smb
            price_seen_smb_remote = price_ratio_smb * price_smb
            goods_utility_smb_high_tier = min(max(quality_weight_high_tier * math.log(quality_smb_high_tier) - price_weight_high_tier * math.log(price_seen_smb_high_tier), -20.0), 20.0)
            goods_utility_smb_low_tier = min(max(quality_weight_low_tier * math.log(quality_smb_low_tier) - price_weight_low_tier * math.log(price_seen_smb_low_tier), -20.0), 20.0)
            goods_utility_smb_remote = min(max(quality_weight_remote * math.log(quality_smb_remote) - price_weight_remote * math.log(price_seen_smb_remote), -20.0), 20.0)
            merit_smb_high_tier = quality_smb_high_tier / price_seen_smb_high_tier
            merit_smb_low_tier = quality_smb_low_tier / price_seen_smb_low_tier
            merit_smb_remote = quality_smb_remote / price_seen_smb_remote
            merit_weight_smb_high_tier = listings_smb * merit_smb_high_tier ** merit_exponent
            merit_weight_smb_low_tier = listings_smb * merit_smb_low_tier ** merit_exponent
            merit_weight_smb_remote = listings_smb * merit_smb_remote ** merit_exponent
            contribution_smb = gross_margin_smb - charge_smb - cost_change_smb + (price_smb - 1.0)
            bid_value_now_smb = bid_value_smb * (max(contribution_smb, 0.005) / max(cal_contribution_smb, 0.005)) ** bid_margin_response
            bid_weight_smb = listings_smb * bid_value_now_smb ** bid_exponent
            support_farm = subsidy_spend * subsidy_split_farm
            support_rate_farm = min(support_farm / max(recent_sales_farm, 1e-09), 0.5)
            charge_farm = net_commission + ad_cost_farm - support_rate_farm
            price_farm = min(max(1.0 + pass_through * (charge_farm - cal_charge_farm + cost_change_farm), 0.1), 10.0)
            price_seen_farm_high_tier = price_ratio_farm * price_farm
            price_seen_farm_low_tier = price_ratio_farm * price_farm
            price_seen_farm_remote = price_ratio_farm * price_farm
            goods_utility_farm_high_tier = min(max(quality_weight_high_tier * math.log(quality_farm_high_tier) - price_weight_high_tier * math.log(price_seen_farm_high_tier), -20.0), 20.0)
            goods_utility_farm_low_tier = min(max(quality_weight_low_tier * math.log(quality_farm_low_tier) - price_weight_low_tier * math.log(price_seen_farm_low_tier), -20.0), 20.0)
            goods_utility_farm_remote = min(max(quality_weight_remote * math.log(quality_farm_remote) - price_weight_remote * math.log(price_seen_farm_remote), -20.0), 20.0)
            merit_farm_high_tier = quality_farm_high_tier / price_seen_farm_high_tier
            merit_farm_low_tier = quality_farm_low_tier / price_seen_farm_low_tier
            merit_farm_remote = quality_farm_remote / price_seen_farm_remote
            merit_weight_farm_high_tier = listings_farm * merit_farm_high_tier ** merit_exponent
            merit_weight_farm_low_tier = listings_farm * merit_farm_low_tier ** merit_exponent
            merit_weight_farm_remote = listings_farm * merit_farm_remote ** merit_exponent
            contribution_farm = gross_margin_farm - charge_farm - cost_change_farm + (price_farm - 1.0)
            bid_value_now_farm = bid_value_farm * (max(contribution_farm, 0.005) / max(cal_contribution_farm, 0.005)) ** bid_margin_response
            bid_weight_farm = listings_farm * bid_value_now_farm ** bid_exponent
            bid_total = max(bid_weight_head + bid_weight_smb + bid_weight_farm, 1e-09)
            bid_share_head = bid_weight_head / bid_total
            bid_share_smb = bid_weight_smb / bid_total
            bid_share_farm = bid_weight_farm / bid_total
            bid_pressure_raw = auctioned_share / ad_load * (listings_head * bid_value_now_head + listings_smb * bid_value_now_smb + listings_farm * bid_value_now_farm) / max(buyers, 1e-09)
            cpc_target = (bid_pressure_raw / cal_bid_pressure) ** auction_elasticity
            cpc_change = (cpc_target - cpc_index) / cpc_months
            focal_support_rate = (support_head + support_smb + support_farm) / recent_sales_total
            focal_net_fee = commission - focal_support_rate
            fee_cut_target_incumbent = rival_match_share_incumbent * max(cal_focal_net_fee - focal_net_fee, 0.0) + rival_share_response_incumbent * max(1.0 - gmv_share_incumbent / cal_gmv_share_incumbent, 0.0)
            fee_cut_target_content = rival_match_share_content * max(cal_focal_net_fee - focal_net_fee, 0.0) + rival_share_response_content * max(1.0 - gmv_share_content / cal_gmv_share_content, 0.0)
            fee_cut_change_incumbent = (fee_cut_target_incumbent - fee_cut_incumbent) / rival_match_months_incumbent
            fee_cut_change_content = (fee_cut_target_content - fee_cut_content) / rival_match_months_content
            coupons = subsidy_spend * subsidy_split_coupons
            coupon_rate = min(max(coupons / max(coupon_base, 1e-09), 0.0), 0.5)
            coupon_high_tier = coupon_reach_high_tier * coupon_rate
            coupon_low_tier = coupon_reach_low_tier * coupon_rate
            coupon_remote = coupon_reach_remote * coupon_rate
            price_seen_head_high_tier = price_head * (1.0 - coupon_high_tier)
            price_seen_head_low_tier = price_head * (1.0 - coupon_low_tier)
            price_seen_head_remote = price_head * (1.0 - coupon_remote)
            goods_utility_head_high_tier = min(max(quality_weight_high_tier * math.log(quality_head_high_tier) - price_weight_high_tier * math.log(price_seen_head_high_tier), -20.0), 20.0)
            goods_utility_head_low_tier = min(max(quality_weight_low_tier * math.log(quality_head_low_tier) - price_weight_low_tier * math.log(price_seen_head_low_tier), -20.0), 20.0)
            goods_utility_head_remote = min(max(quality_weight_remote * math.log(quality_head_remote) - price_weight_remote * math.log(price_seen_head_remote), -20.0), 20.0)
            merit_head_high_tier = quality_head_high_tier / price_seen_head_high_tier
            merit_head_low_tier = quality_head_low_tier / price_seen_head_low_tier
            merit_head_remote = quality_head_remote / price_seen_head_remote
            merit_weight_head_high_tier = listings_head * merit_head_high_tier ** merit_exponent
            merit_weight_head_low_tier = listings_head * merit_head_low_tier ** merit_exponent
            merit_weight_head_remote = listings_head * merit_head_remote ** merit_exponent
            merit_total_high_tier = max(merit_weight_head_high_tier + merit_weight_smb_high_tier + merit_weight_farm_high_tier, 1e-09)
            merit_share_head_high_tier = merit_weight_head_high_tier / merit_total_high_tier
            traffic_head_high_tier = (1.0 - ad_load) * (long_tail_floor * count_share_head + (1.0 - long_tail_floor) * fairness * merit_share_head_high_tier) + auctioned_share * bid_share_head
            attraction_head_high_tier = traffic_head_high_tier * math.exp(goods_utility_head_high_tier)
            merit_share_smb_high_tier = merit_weight_smb_high_tier / merit_total_high_tier
            traffic_smb_high_tier = (1.0 - ad_load) * (long_tail_floor * count_share_smb + (1.0 - long_tail_floor) * fairness * merit_share_smb_high_tier) + auctioned_share * bid_share_smb
            attraction_smb_high_tier = traffic_smb_high_tier * math.exp(goods_utility_smb_high_tier)
            merit_share_farm_high_tier = merit_weight_farm_high_tier / merit_total_high_tier
            traffic_farm_high_tier = (1.0 - ad_load) * (long_tail_floor * count_share_farm + (1.0 - long_tail_floor) * fairness * merit_share_farm_high_tier) + auctioned_share * bid_share_farm
            attraction_farm_high_tier = traffic_farm_high_tier * math.exp(goods_utility_farm_high_tier)
            attraction_total_high_tier = max(attraction_head_high_tier + attraction_smb_high_tier + attraction_farm_high_tier, 1e-09)
            sales_share_head_high_tier = attraction_head_high_tier / attraction_total_high_tier
            gmv_head_high_tier = gmv_high_tier * sales_share_head_high_tier
            sales_share_smb_high_tier = attraction_smb_high_tier / attraction_total_high_tier
            gmv_smb_high_tier = gmv_high_tier * sales_share_smb_high_tier
            sales_share_farm_high_tier = attraction_farm_high_tier / attraction_total_high_tier
            gmv_farm_high_tier = gmv_high_tier * sales_share_farm_high_tier
            upward_flow = (gmv_smb_high_tier + gmv_farm_high_tier) / max(gmv_high_tier, 1e-09)
            relative_price_high_tier = sales_share_head_high_tier * math.log(price_seen_head_high_tier / price_ratio_head) + sales_share_smb_high_tier * math.log(price_seen_smb_high_tier / price_ratio_smb) + sales_share_farm_high_tier * math.log(price_seen_farm_high_tier / price_ratio_farm)
            platform_value_high_tier = math.log(attraction_total_high_tier)
            utility_high_tier = min(max(platform_value_high_tier - cal_platform_value_high_tier - price_comparison * price_weight_high_tier * relative_price_high_tier + network_effect * math.log(max(listings, 1e-09) / cal_listings) + platform_bonus_high_tier, -20.0), 20.0)
            wallet_logit_high_tier = math.exp(utility_high_tier + cal_wallet_asc_high_tier)
            wallet_logit_total_high_tier = 1.0 + (wallet_logit_high_tier + wallet_logit_high_tier_incumbent + wallet_logit_high_tier_content)
            wallet_share_target_high_tier = wallet_logit_high_tier / wallet_logit_total_high_tier
            wallet_share_target_high_tier_incumbent = wallet_logit_high_tier_incumbent / wallet_logit_total_high_tier
            wallet_share_target_high_tier_content = wallet_logit_high_tier_content / wallet_logit_total_high_tier
            wallet_share_change_high_tier = (wallet_share_target_high_tier - wallet_share_high_tier) / wallet_share_months
            wallet_share_change_high_tier_incumbent = (wallet_share_target_high_tier_incumbent - wallet_share_high_tier_incumbent) / wallet_share_months
            wallet_share_change_high_tier_content = (wallet_share_target_high_tier_content - wallet_share_high_tier_content) / wallet_share_months
            adoption_high_tier = ((bass_p + bass_q * buyers_high_tier / max(shoppers_high_tier, 1e-09)) * max(max_reach * shoppers_high_tier - buyers_high_tier, 0.0) + acquisition_high_tier) * math.exp(adoption_sensitivity * utility_high_tier)
            churn_demand_high_tier = cal_churn_high_tier * buyers_high_tier * math.exp(-churn_sensitivity * utility_high_tier) + max(buyers_high_tier - reach_high_tier, 0.0) / leave_months
            churn_high_tier = min(churn_demand_high_tier, buyers_high_tier / dt)
            merit_total_low_tier = max(merit_weight_head_low_tier + merit_weight_smb_low_tier + merit_weight_farm_low_tier, 1e-09)
            merit_share_head_low_tier = merit_weight_head_low_tier / merit_total_low_tier
            traffic_head_low_tier = (1.0 - ad_load) * (long_tail_floor * count_share_head + (1.0 - long_tail_floor) * fairness * merit_share_head_low_tier) + auctioned_share * bid_share_head
            attraction_head_low_tier = traffic_head_low_tier * math.exp(goods_utility_head_low_tier)
            merit_share_smb_low_tier = merit_weight_smb_low_tier / merit_total_low_tier
            traffic_smb_low_tier = (1.0 - ad_load) * (long_tail_floor * count_share_smb + (1.0 - long_tail_floor) * fairness * merit_share_smb_low_tier) + auctioned_share * bid_share_smb
            attraction_smb_low_tier = traffic_smb_low_tier * math.exp(goods_utility_smb_low_tier)
            merit_share_farm_low_tier = merit_weight_farm_low_tier / merit_total_low_tier
            traffic_farm_low_tier = (1.0 - ad_load) * (long_tail_floor * count_share_farm + (1.0 - long_tail_floor) * fairness * merit_share_farm_low_tier) + auctioned_share * bid_share_farm
            attraction_farm_low_tier = traffic_farm_low_tier * math.exp(goods_utility_farm_low_tier)
            attraction_total_low_tier = max(attraction_head_low_tier + attraction_smb_low_tier + attraction_farm_low_tier, 1e-09)
            sales_share_head_low_tier = attraction_head_low_tier / attraction_total_low_tier
            gmv_head_low_tier = gmv_low_tier * sales_share_head_low_tier
            sales_share_smb_low_tier = attraction_smb_low_tier / attraction_total_low_tier
            gmv_smb_low_tier = gmv_low_tier * sales_share_smb_low_tier
            sales_share_farm_low_tier = attraction_farm_low_tier / attraction_total_low_tier
            gmv_farm_low_tier = gmv_low_tier * sales_share_farm_low_tier
            relative_price_low_tier = sales_share_head_low_tier * math.log(price_seen_head_low_tier / price_ratio_head) + sales_share_smb_low_tier * math.log(price_seen_smb_low_tier / price_ratio_smb) + sales_share_farm_low_tier * math.log(price_seen_farm_low_tier / price_ratio_farm)
            platform_value_low_tier = math.log(attraction_total_low_tier)
            utility_low_tier = min(max(platform_value_low_tier - cal_platform_value_low_tier - price_comparison * price_weight_low_tier * relative_price_low_tier + network_effect * math.log(max(listings, 1e-09) / cal_listings) + platform_bonus_low_tier, -20.0), 20.0)
            wallet_logit_low_tier = math.exp(utility_low_tier + cal_wallet_asc_low_tier)
            wallet_logit_total_low_tier = 1.0 + (wallet_logit_low_tier + wallet_logit_low_tier_incumbent + wallet_logit_low_tier_content)
            wallet_share_target_low_tier = wallet_logit_low_tier / wallet_logit_total_low_tier
            wallet_share_target_low_tier_incumbent = wallet_logit_low_tier_incumbent / wallet_logit_total_low_tier
            wallet_share_target_low_tier_content = wallet_logit_low_tier_content / wallet_logit_total_low_tier
            wallet_share_change_low_tier = (wallet_share_target_low_tier - wallet_share_low_tier) / wallet_share_months
            wallet_share_change_low_tier_incumbent = (wallet_share_target_low_tier_incumbent - wallet_share_low_tier_incumbent) / wallet_share_months
            wallet_share_change_low_tier_content = (wallet_share_target_low_tier_content - wallet_share_low_tier_content) / wallet_share_months
            adoption_low_tier = ((bass_p + bass_q * buyers_low_tier / max(shoppers_low_tier, 1e-09)) * max(max_reach * shoppers_low_tier - buyers_low_tier, 0.0) + acquisition_low_tier) * math.exp(adoption_sensitivity * utility_low_tier)
            churn_demand_low_tier = cal_churn_low_tier * buyers_low_tier * math.exp(-churn_sensitivity * utility_low_tier) + max(buyers_low_tier - reach_low_tier, 0.0) / leave_months
            churn_low_tier = min(churn_demand_low_tier, buyers_low_tier / dt)
            merit_total_remote = max(merit_weight_head_remote + merit_weight_smb_remote + merit_weight_farm_remote, 1e-09)
            merit_share_head_remote = merit_weight_head_remote / merit_total_remote
            traffic_head_remote = (1.0 - ad_load) * (long_tail_floor * count_share_head + (1.0 - long_tail_floor) * fairness * merit_share_head_remote) + auctioned_share * bid_share_head
            attraction_head_remote = traffic_head_remote * math.exp(goods_utility_head_remote)
            head_traffic_share = (traffic_head_high_tier * buyers_high_tier + traffic_head_low_tier * buyers_low_tier + traffic_head_remote * buyers_remote) / max(buyers, 1e-09)
            merit_share_smb_remote = merit_weight_smb_remote / merit_total_remote
            traffic_smb_remote = (1.0 - ad_load) * (long_tail_floor * count_share_smb + (1.0 - long_tail_floor) * fairness * merit_share_smb_remote) + auctioned_share * bid_share_smb
            attraction_smb_remote = traffic_smb_remote * math.exp(goods_utility_smb_remote)
            merit_share_farm_remote = merit_weight_farm_remote / merit_total_remote
            traffic_farm_remote = (1.0 - ad_load) * (long_tail_floor * count_share_farm + (1.0 - long_tail_floor) * fairness * merit_share_farm_remote) + auctioned_share * bid_share_farm
            attraction_farm_remote = traffic_farm_remote * math.exp(goods_utility_farm_remote)
            attraction_total_remote = max(attraction_head_remote + attraction_smb_remote + attraction_farm_remote, 1e-09)
            sales_share_head_remote = attraction_head_remote / attraction_total_remote
            gmv_head_remote = gmv_remote * sales_share_head_remote
            gmv_head = gmv_head_high_tier + gmv_head_low_tier + gmv_head_remote
            coupon_base_now = gmv_head_low_tier + gmv_head_remote
            brand_access = (gmv_head_low_tier + gmv_head_remote) / max(gmv_low_tier + gmv_remote, 1e-09)
            two_way_flow_share = (gmv_head_low_tier + gmv_head_remote + gmv_smb_high_tier + gmv_farm_high_tier) / safe_gmv
            sales_share_smb_remote = attraction_smb_remote / attraction_total_remote
            gmv_smb_remote = gmv_remote * sales_share_smb_remote
            gmv_smb = gmv_smb_high_tier + gmv_smb_low_tier + gmv_smb_remote
            smb_gmv_share = gmv_smb / safe_gmv
            sales_share_farm_remote = attraction_farm_remote / attraction_total_remote
            gmv_farm_remote = gmv_remote * sales_share_farm_remote
            gmv_farm = gmv_farm_high_tier + gmv_farm_low_tier + gmv_farm_remote
            relative_price_remote = sales_share_head_remote * math.log(price_seen_head_remote / price_ratio_head) + sales_share_smb_remote * math.log(price_seen_smb_remote / price_ratio_smb) + sales_share_farm_remote * math.log(price_seen_farm_remote / price_ratio_farm)
            platform_value_remote = math.log(attraction_total_remote)
            utility_remote = min(max(platform_value_remote - cal_platform_value_remote - price_comparison * price_weight_remote * relative_price_remote + network_effect * math.log(max(listings, 1e-09) / cal_listings) + platform_bonus_remote, -20.0), 20.0)
            wallet_logit_remote = math.exp(utility_remote + cal_wallet_asc_remote)
            wallet_logit_total_remote = 1.0 + (wallet_logit_remote + wallet_logit_remote_incumbent + wallet_logit_remote_content)
            wallet_share_target_remote = wallet_logit_remote / wallet_logit_total_remote
            wallet_share_target_remote_incumbent = wallet_logit_remote_incumbent / wallet_logit_total_remote
            wallet_share_target_remote_content = wallet_logit_remote_content / wallet_logit_total_remote
            wallet_share_change_remote = (wallet_share_target_remote - wallet_share_remote) / wallet_share_months
            wallet_share_change_remote_incumbent = (wallet_share_target_remote_incumbent - wallet_share_remote_incumbent) / wallet_share_months
            wallet_share_change_remote_content = (wallet_share_target_remote_content - wallet_share_remote_content) / wallet_share_months
            adoption_remote = ((bass_p + bass_q * buyers_remote / max(shoppers_remote, 1e-09)) * max(max_reach * shoppers_remote - buyers_remote, 0.0) + acquisition_remote) * math.exp(adoption_sensitivity * utility_remote)
            churn_demand_remote = cal_churn_remote * buyers_remote * math.exp(-churn_sensitivity * utility_remote) + max(buyers_remote - reach_remote, 0.0) / leave_months
            churn_remote = min(churn_demand_remote, buyers_remote / dt)
            recent_sales_change_head = gmv_head - recent_sales_head
            recent_sales_change_smb = gmv_smb - recent_sales_smb
            recent_sales_change_farm = gmv_farm - recent_sales_farm
            sales_per_store_head = gmv_head / nominal / max(listings_head, 1e-09)
            margin_head = min(max(contribution_head - fixed_cost_head / max(sales_per_store_head, 1e-09), -1.0), 1.0)
            perceived_margin_change_head = (margin_head - perceived_margin_head) / margin_months
            effort_pull_head = effort_0_head * math.exp(min(max(effort_margin_sensitivity * (perceived_margin_head - cal_margin_head) + effort_sales_sensitivity * math.log(max(sales_per_store_head, 1e-09) / cal_sales_per_store_head), -20.0), 20.0))
            effort_pull_total_head = max(effort_pull_head + effort_pull_head_incumbent + effort_pull_head_content, 1e-09)
            effort_target_head = effort_pull_head / effort_pull_total_head
            effort_target_head_incumbent = effort_pull_head_incumbent / effort_pull_total_head
            effort_target_head_content = effort_pull_head_content / effort_pull_total_head
            effort_change_head = (effort_target_head - effort_head) / effort_switch_months
            effort_change_head_incumbent = (effort_target_head_incumbent - effort_head_incumbent) / effort_switch_months
            effort_change_head_content = (effort_target_head_content - effort_head_content) / effort_switch_months
            sales_per_store_smb = gmv_smb / nominal / max(listings_smb, 1e-09)
            margin_smb = min(max(contribution_smb - fixed_cost_smb / max(sales_per_store_smb, 1e-09), -1.0), 1.0)
            perceived_margin_change_smb = (margin_smb - perceived_margin_smb) / margin_months
            effort_pull_smb = effort_0_smb * math.exp(min(max(effort_margin_sensitivity * (perceived_margin_smb - cal_margin_smb) + effort_sales_sensitivity * math.log(max(sales_per_store_smb, 1e-09) / cal_sales_per_store_smb), -20.0), 20.0))
            effort_pull_total_smb = max(effort_pull_smb + effort_pull_smb_incumbent + effort_pull_smb_content, 1e-09)
            effort_target_smb = effort_pull_smb / effort_pull_total_smb
            effort_target_smb_incumbent = effort_pull_smb_incumbent / effort_pull_total_smb
            effort_target_smb_content = effort_pull_smb_content / effort_pull_total_smb
            effort_change_smb = (effort_target_smb - effort_smb) / effort_switch_months
            effort_change_smb_incumbent = (effort_target_smb_incumbent - effort_smb_incumbent) / effort_switch_months
            effort_change_smb_content = (effort_target_smb_content - effort_smb_content) / effort_switch_months
            sales_per_store_farm = gmv_farm / nominal / max(listings_farm, 1e-09)
            margin_farm = min(max(contribution_farm - fixed_cost_farm / max(sales_per_store_farm, 1e-09), -1.0), 1.0)
            perceived_margin_change_farm = (margin_farm - perceived_margin_farm) / margin_months
            effort_pull_farm = effort_0_farm * math.exp(min(max(effort_margin_sensitivity * (perceived_margin_farm - cal_margin_farm) + effort_sales_sensitivity * math.log(max(sales_per_store_farm, 1e-09) / cal_sales_per_store_farm), -20.0), 20.0))
            effort_pull_total_farm = max(effort_pull_farm + effort_pull_farm_incumbent + effort_pull_farm_content, 1e-09)
            effort_target_farm = effort_pull_farm / effort_pull_total_farm
            effort_target_farm_incumbent = effort_pull_farm_incumbent / effort_pull_total_farm
            effort_target_farm_content = effort_pull_farm_content / effort_pull_total_farm
            effort_change_farm = (effort_target_farm - effort_farm) / effort_switch_months
            effort_change_farm_incumbent = (effort_target_farm_incumbent - effort_farm_incumbent) / effort_switch_months
            effort_change_farm_content = (effort_target_farm_content - effort_farm_content) / effort_switch_months
            smb_volume_growth = (gmv_smb / price_smb + gmv_smb_incumbent / price_smb_incumbent + gmv_smb_content / price_smb_content) / nominal
            ad_revenue = ad_cost_head * gmv_head + ad_cost_smb * gmv_smb + ad_cost_farm * gmv_farm
            platform_revenue = commission_revenue + ad_revenue
            ad_intensity = ad_revenue / safe_gmv
            take_rate = platform_revenue / safe_gmv
            platform_profit = platform_revenue - payment_cost * gmv - opex_0 * nominal - marketing_spend - support_paid
            coupon_base_change = coupon_base_now - coupon_base
            logistics_spend_yearly = subsidy_spend * subsidy_split_logistics * 12.0
            logistics_target = logistics_spend_yearly / (logistics_spend_yearly + logistics_half_cost)
            logistics_change = (logistics_target - logistics_coverage) / logistics_months
            if k % save_every == 0:
                t = k // save_every
                out[i, t, 0] = shoppers_high_tier
                out[i, t, 1] = shoppers_low_tier
                out[i, t, 2] = shoppers_remote
                out[i, t, 3] = gmv
                out[i, t, 4] = gmv_incumbent
                out[i, t, 5] = gmv_content
                out[i, t, 6] = gmv_high_tier
                out[i, t, 7] = gmv_low_tier
                out[i, t, 8] = gmv_remote
                out[i, t, 9] = gmv_head
                out[i, t, 10] = gmv_head_incumbent
                out[i, t, 11] = gmv_head_content
                out[i, t, 12] = gmv_smb
                out[i, t, 13] = gmv_smb_incumbent
                out[i, t, 14] = gmv_smb_content
                out[i, t, 15] = gmv_farm
                out[i, t, 16] = gmv_farm_incumbent
                out[i, t, 17] = gmv_farm_content
                out[i, t, 18] = gmv_head_high_tier
                out[i, t, 19] = gmv_head_low_tier
                out[i, t, 20] = gmv_head_remote
                out[i, t, 21] = gmv_smb_high_tier
                out[i, t, 22] = gmv_smb_low_tier
                out[i, t, 23] = gmv_smb_remote
                out[i, t, 24] = gmv_farm_high_tier
                out[i, t, 25] = gmv_farm_low_tier
                out[i, t, 26] = gmv_farm_remote
                out[i, t, 27] = gmv_market
                out[i, t, 28] = gmv_share
                out[i, t, 29] = gmv_share_incumbent
                out[i, t, 30] = gmv_share_content
                out[i, t, 31] = smb_gmv_share
                out[i, t, 32] = smb_gmv_share_incumbent
                out[i, t, 33] = smb_gmv_share_content
                out[i, t, 34] = brand_access
                out[i, t, 35] = brand_access_incumbent
                out[i, t, 36] = brand_access_content
                out[i, t, 37] = upward_flow
                out[i, t, 38] = upward_flow_incumbent
                out[i, t, 39] = upward_flow_content
                out[i, t, 40] = two_way_flow_share
                out[i, t, 41] = two_way_flow_share_incumbent
                out[i, t, 42] = two_way_flow_share_content
                out[i, t, 43] = buyers
                out[i, t, 44] = buyers_incumbent
                out[i, t, 45] = buyers_content
                out[i, t, 46] = buyers_high_tier
                out[i, t, 47] = buyers_high_tier_incumbent
                out[i, t, 48] = buyers_high_tier_content
                out[i, t, 49] = buyers_low_tier
                out[i, t, 50] = buyers_low_tier_incumbent
                out[i, t, 51] = buyers_low_tier_content
                out[i, t, 52] = buyers_remote
                out[i, t, 53] = buyers_remote_incumbent
                out[i, t, 54] = buyers_remote_content
                out[i, t, 55] = wallet_share_high_tier
                out[i, t, 56] = wallet_share_high_tier_incumbent
                out[i, t, 57] = wallet_share_high_tier_content
                out[i, t, 58] = wallet_share_low_tier
                out[i, t, 59] = wallet_share_low_tier_incumbent
                out[i, t, 60] = wallet_share_low_tier_content
                out[i, t, 61] = wallet_share_remote
                out[i, t, 62] = wallet_share_remote_incumbent
                out[i, t, 63] = wallet_share_remote_content
                out[i, t, 64] = relative_price_high_tier
                out[i, t, 65] = relative_price_low_tier
                out[i, t, 66] = relative_price_remote
                out[i, t, 67] = price_head
                out[i, t, 68] = price_head_incumbent
                out[i, t, 69] = price_head_content
                out[i, t, 70] = price_smb
                out[i, t, 71] = price_smb_incumbent
                out[i, t, 72] = price_smb_content
                out[i, t, 73] = price_farm
                out[i, t, 74] = price_farm_incumbent
                out[i, t, 75] = price_farm_content
                out[i, t, 76] = auctioned_share
                out[i, t, 77] = auctioned_share_incumbent
                out[i, t, 78] = auctioned_share_content
                out[i, t, 79] = head_traffic_share
                out[i, t, 80] = head_traffic_share_incumbent
                out[i, t, 81] = head_traffic_share_content
                out[i, t, 82] = cpc_index
                out[i, t, 83] = cpc_index_incumbent
                out[i, t, 84] = cpc_index_content
                out[i, t, 85] = net_commission
                out[i, t, 86] = net_commission_incumbent
                out[i, t, 87] = net_commission_content
                out[i, t, 88] = charge_head
                out[i, t, 89] = charge_head_incumbent
                out[i, t, 90] = charge_head_content
                out[i, t, 91] = charge_smb
                out[i, t, 92] = charge_smb_incumbent
                out[i, t, 93] = charge_smb_content
                out[i, t, 94] = charge_farm
                out[i, t, 95] = charge_farm_incumbent
                out[i, t, 96] = charge_farm_content
                out[i, t, 97] = margin_head
                out[i, t, 98] = margin_head_incumbent
                out[i, t, 99] = margin_head_content
                out[i, t, 100] = margin_smb
                out[i, t, 101] = margin_smb_incumbent
                out[i, t, 102] = margin_smb_content
                out[i, t, 103] = margin_farm
                out[i, t, 104] = margin_farm_incumbent
                out[i, t, 105] = margin_farm_content
                out[i, t, 106] = perceived_margin_head
                out[i, t, 107] = perceived_margin_head_incumbent
                out[i, t, 108] = perceived_margin_head_content
                out[i, t, 109] = perceived_margin_smb
                out[i, t, 110] = perceived_margin_smb_incumbent
                out[i, t, 111] = perceived_margin_smb_content
                out[i, t, 112] = perceived_margin_farm
                out[i, t, 113] = perceived_margin_farm_incumbent
                out[i, t, 114] = perceived_margin_farm_content
                out[i, t, 115] = merchants
                out[i, t, 116] = merchants_incumbent
                out[i, t, 117] = merchants_content
                out[i, t, 118] = effort_head
                out[i, t, 119] = effort_head_incumbent
                out[i, t, 120] = effort_head_content
                out[i, t, 121] = effort_smb
                out[i, t, 122] = effort_smb_incumbent
                out[i, t, 123] = effort_smb_content
                out[i, t, 124] = effort_farm
                out[i, t, 125] = effort_farm_incumbent
                out[i, t, 126] = effort_farm_content
                out[i, t, 127] = merchants_head
                out[i, t, 128] = merchants_head_incumbent
                out[i, t, 129] = merchants_head_content
                out[i, t, 130] = merchants_smb
                out[i, t, 131] = merchants_smb_incumbent
                out[i, t, 132] = merchants_smb_content
                out[i, t, 133] = merchants_farm
                out[i, t, 134] = merchants_farm_incumbent
                out[i, t, 135] = merchants_farm_content
                out[i, t, 136] = merchants_smb_new
                out[i, t, 137] = merchants_smb_new_incumbent
                out[i, t, 138] = merchants_smb_new_content
                out[i, t, 139] = merchants_smb_established
                out[i, t, 140] = merchants_smb_established_incumbent
                out[i, t, 141] = merchants_smb_established_content
                out[i, t, 142] = sellers_head
                out[i, t, 143] = sellers_smb_new
                out[i, t, 144] = sellers_smb_established
                out[i, t, 145] = sellers_farm
                out[i, t, 146] = merchant_entry_head
                out[i, t, 147] = merchant_exit_head
                out[i, t, 148] = merchant_entry_farm
                out[i, t, 149] = merchant_exit_farm
                out[i, t, 150] = merchant_entry_smb
                out[i, t, 151] = merchant_exit_smb_new
                out[i, t, 152] = merchant_exit_smb_established
                out[i, t, 153] = smb_graduation
                out[i, t, 154] = smb_volume
                out[i, t, 155] = smb_capability
                out[i, t, 156] = fee_cut_incumbent
                out[i, t, 157] = fee_cut_content
                out[i, t, 158] = support_spend_incumbent
                out[i, t, 159] = support_spend_content
                out[i, t, 160] = commission_revenue
                out[i, t, 161] = commission_revenue_incumbent
                out[i, t, 162] = commission_revenue_content
                out[i, t, 163] = ad_revenue
                out[i, t, 164] = ad_revenue_incumbent
                out[i, t, 165] = ad_revenue_content
                out[i, t, 166] = platform_revenue
                out[i, t, 167] = platform_revenue_incumbent
                out[i, t, 168] = platform_revenue_content
                out[i, t, 169] = ad_intensity
                out[i, t, 170] = ad_intensity_incumbent
                out[i, t, 171] = ad_intensity_content
                out[i, t, 172] = take_rate
                out[i, t, 173] = take_rate_incumbent
                out[i, t, 174] = take_rate_content
                out[i, t, 175] = marketing_spend
                out[i, t, 176] = marketing_spend_incumbent
                out[i, t, 177] = marketing_spend_content
                out[i, t, 178] = platform_profit
                out[i, t, 179] = platform_profit_incumbent
                out[i, t, 180] = platform_profit_content
                out[i, t, 181] = cumulative_profit
                out[i, t, 182] = cumulative_profit_incumbent
                out[i, t, 183] = cumulative_profit_content
                out[i, t, 184] = subsidy_spend
                out[i, t, 185] = subsidy_spent
                out[i, t, 186] = coupon_rate
                out[i, t, 187] = logistics_coverage
                out[i, t, 188] = commission
                out[i, t, 189] = commission_incumbent
                out[i, t, 190] = commission_content
                out[i, t, 191] = fairness
                out[i, t, 192] = fairness_incumbent
                out[i, t, 193] = fairness_content
                out[i, t, 194] = subsidy_rate
            if k == steps:
                break
            # ---- Euler step
            buyers_high_tier += dt * (adoption_high_tier - churn_high_tier)
            buyers_high_tier_incumbent += dt * (adoption_high_tier_incumbent - churn_high_tier_incumbent)
            buyers_high_tier_content += dt * (adoption_high_tier_content - churn_high_tier_content)
            buyers_low_tier += dt * (adoption_low_tier - churn_low_tier)
            buyers_low_tier_incumbent += dt * (adoption_low_tier_incumbent - churn_low_tier_incumbent)
            buyers_low_tier_content += dt * (adoption_low_tier_content - churn_low_tier_content)
            buyers_remote += dt * (adoption_remote - churn_remote)
            buyers_remote_incumbent += dt * (adoption_remote_incumbent - churn_remote_incumbent)
            buyers_remote_content += dt * (adoption_remote_content - churn_remote_content)
            wallet_share_high_tier += dt * (wallet_share_change_high_tier)
            wallet_share_high_tier_incumbent += dt * (wallet_share_change_high_tier_incumbent)
            wallet_share_high_tier_content += dt * (wallet_share_change_high_tier_content)
            wallet_share_low_tier += dt * (wallet_share_change_low_tier)
            wallet_share_low_tier_incumbent += dt * (wallet_share_change_low_tier_incumbent)
            wallet_share_low_tier_content += dt * (wallet_share_change_low_tier_content)
            wallet_share_remote += dt * (wallet_share_change_remote)
            wallet_share_remote_incumbent += dt * (wallet_share_change_remote_incumbent)
            wallet_share_remote_content += dt * (wallet_share_change_remote_content)
            cpc_index += dt * (cpc_change)
            cpc_index_incumbent += dt * (cpc_change_incumbent)
            cpc_index_content += dt * (cpc_change_content)
            recent_sales_head += dt * (recent_sales_change_head)
            recent_sales_head_incumbent += dt * (recent_sales_change_head_incumbent)
            recent_sales_head_content += dt * (recent_sales_change_head_content)
            recent_sales_smb += dt * (recent_sales_change_smb)
            recent_sales_smb_incumbent += dt * (recent_sales_change_smb_incumbent)
            recent_sales_smb_content += dt * (recent_sales_change_smb_content)
            recent_sales_farm += dt * (recent_sales_change_farm)
            recent_sales_farm_incumbent += dt * (recent_sales_change_farm_incumbent)
            recent_sales_farm_content += dt * (recent_sales_change_farm_content)
            perceived_margin_head += dt * (perceived_margin_change_head)
            perceived_margin_head_incumbent += dt * (perceived_margin_change_head_incumbent)
            perceived_margin_head_content += dt * (perceived_margin_change_head_content)
            perceived_margin_smb += dt * (perceived_margin_change_smb)
            perceived_margin_smb_incumbent += dt * (perceived_margin_change_smb_incumbent)
            perceived_margin_smb_content += dt * (perceived_margin_change_smb_content)
            perceived_margin_farm += dt * (perceived_margin_change_farm)
            perceived_margin_farm_incumbent += dt * (perceived_margin_change_farm_incumbent)
            perceived_margin_farm_content += dt * (perceived_margin_change_farm_content)
            effort_head += dt * (effort_change_head)
            effort_head_incumbent += dt * (effort_change_head_incumbent)
            effort_head_content += dt * (effort_change_head_content)
            effort_smb += dt * (effort_change_smb)
            effort_smb_incumbent += dt * (effort_change_smb_incumbent)
            effort_smb_content += dt * (effort_change_smb_content)
            effort_farm += dt * (effort_change_farm)
            effort_farm_incumbent += dt * (effort_change_farm_incumbent)
            effort_farm_content += dt * (effort_change_farm_content)
            sellers_head += dt * (merchant_entry_head - merchant_exit_head)
            sellers_smb_new += dt * (merchant_entry_smb - merchant_exit_smb_new - smb_graduation)
            sellers_smb_established += dt * (smb_graduation - merchant_exit_smb_established)
            sellers_farm += dt * (merchant_entry_farm - merchant_exit_farm)
            smb_volume += dt * (smb_volume_growth)
            fee_cut_incumbent += dt * (fee_cut_change_incumbent)
            fee_cut_content += dt * (fee_cut_change_content)
            rival_answer_incumbent += dt * (rival_answer_change_incumbent)
            rival_answer_content += dt * (rival_answer_change_content)
            cumulative_profit += dt * (platform_profit)
            cumulative_profit_incumbent += dt * (platform_profit_incumbent)
            cumulative_profit_content += dt * (platform_profit_content)
            subsidy_spent += dt * (subsidy_spend)
            coupon_base += dt * (coupon_base_change)
            logistics_coverage += dt * (logistics_change)
