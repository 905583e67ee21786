// GENERATED from model/equations.py by model/codegen.py -- do not edit.
// Regenerate: python scripts/generate_kernel.py (a test checks this file is current).
// The model's time loop for the browser: the same equations, in the same order, as model/_kernel.py.

export const DIGEST = "715b3b8df8949f3a";
export const COLUMNS = [
  "shoppers_0_high_tier",
  "shoppers_0_low_tier",
  "shoppers_0_remote",
  "shoppers_cap_high_tier",
  "shoppers_cap_low_tier",
  "shoppers_cap_remote",
  "shoppers_rate_high_tier",
  "shoppers_rate_low_tier",
  "shoppers_rate_remote",
  "wallet_share_0_high_tier",
  "wallet_share_0_high_tier_incumbent",
  "wallet_share_0_high_tier_content",
  "wallet_share_0_low_tier",
  "wallet_share_0_low_tier_incumbent",
  "wallet_share_0_low_tier_content",
  "wallet_share_0_remote",
  "wallet_share_0_remote_incumbent",
  "wallet_share_0_remote_content",
  "max_reach",
  "bass_p",
  "bass_q",
  "leave_months",
  "adoption_sensitivity",
  "churn_sensitivity",
  "wallet_share_months",
  "network_effect",
  "pass_through",
  "price_comparison",
  "logistics_weight_high_tier",
  "logistics_weight_low_tier",
  "logistics_weight_remote",
  "logistics_half_cost",
  "logistics_months",
  "coupon_reach_high_tier",
  "coupon_reach_low_tier",
  "coupon_reach_remote",
  "start_buyers_frac",
  "start_wallet_share_frac",
  "quality_weight_high_tier",
  "quality_weight_low_tier",
  "quality_weight_remote",
  "price_weight_high_tier",
  "price_weight_low_tier",
  "price_weight_remote",
  "quality_head_high_tier",
  "quality_head_low_tier",
  "quality_head_remote",
  "quality_smb_high_tier",
  "quality_smb_low_tier",
  "quality_smb_remote",
  "quality_farm_high_tier",
  "quality_farm_low_tier",
  "quality_farm_remote",
  "price_ratio_head",
  "price_ratio_smb",
  "price_ratio_farm",
  "long_tail_floor",
  "bid_exponent",
  "merit_exponent",
  "bid_value_head",
  "bid_value_smb",
  "bid_value_farm",
  "bid_margin_response",
  "ad_spend_0",
  "ad_spend_0_incumbent",
  "ad_spend_0_content",
  "ad_weight_head",
  "ad_weight_smb",
  "ad_weight_farm",
  "cpc_pass",
  "auction_elasticity",
  "cpc_months",
  "sellers_head_0",
  "sellers_farm_0",
  "sellers_smb_new_0",
  "sellers_smb_established_0",
  "multihoming_head",
  "multihoming_smb",
  "multihoming_farm",
  "pool_head",
  "pool_smb",
  "pool_farm",
  "gross_margin_head",
  "gross_margin_smb",
  "gross_margin_farm",
  "fixed_cost_head",
  "fixed_cost_smb",
  "fixed_cost_farm",
  "margin_months",
  "effort_switch_months",
  "effort_margin_sensitivity",
  "effort_sales_sensitivity",
  "entry_steepness",
  "entry_threshold",
  "exit_threshold",
  "base_exit_rate_head",
  "base_exit_rate_smb",
  "base_exit_rate_farm",
  "exit_rate_smb_established",
  "distress_exit_rate",
  "new_smb_weight",
  "payment_cost",
  "opex_0",
  "opex_0_incumbent",
  "opex_0_content",
  "acquisition_cost",
  "acquisition_cost_incumbent",
  "acquisition_cost_content",
  "rival_match_share_incumbent",
  "rival_match_share_content",
  "rival_match_months_incumbent",
  "rival_match_months_content",
  "rival_answer_share_incumbent",
  "rival_answer_share_content",
  "rival_share_response_incumbent",
  "rival_share_response_content",
  "content_attraction_gain",
  "content_trend_months",
  "subsidy_start_month",
  "subsidy_taper_months",
  "subsidy_budget_bn",
  "wallet_0_high_tier",
  "wallet_0_low_tier",
  "wallet_0_remote",
  "wallet_growth_rate",
  "effort_0_head",
  "effort_0_head_incumbent",
  "effort_0_head_content",
  "effort_0_smb",
  "effort_0_smb_incumbent",
  "effort_0_smb_content",
  "effort_0_farm",
  "effort_0_farm_incumbent",
  "effort_0_farm_content",
  "seller_count_0_head",
  "seller_count_0_smb",
  "seller_count_0_farm",
  "learning_exponent",
  "graduation_rate",
  "subsidy_end_month",
  "cal_buyers_high_tier",
  "cal_buyers_high_tier_incumbent",
  "cal_buyers_high_tier_content",
  "cal_buyers_low_tier",
  "cal_buyers_low_tier_incumbent",
  "cal_buyers_low_tier_content",
  "cal_buyers_remote",
  "cal_buyers_remote_incumbent",
  "cal_buyers_remote_content",
  "cal_room",
  "cal_room_incumbent",
  "cal_room_content",
  "cal_churn_high_tier",
  "cal_churn_high_tier_incumbent",
  "cal_churn_high_tier_content",
  "cal_churn_low_tier",
  "cal_churn_low_tier_incumbent",
  "cal_churn_low_tier_content",
  "cal_churn_remote",
  "cal_churn_remote_incumbent",
  "cal_churn_remote_content",
  "cal_wallet_asc_high_tier",
  "cal_wallet_asc_high_tier_incumbent",
  "cal_wallet_asc_high_tier_content",
  "cal_wallet_asc_low_tier",
  "cal_wallet_asc_low_tier_incumbent",
  "cal_wallet_asc_low_tier_content",
  "cal_wallet_asc_remote",
  "cal_wallet_asc_remote_incumbent",
  "cal_wallet_asc_remote_content",
  "cal_listings",
  "cal_listings_incumbent",
  "cal_listings_content",
  "cal_ad_load",
  "cal_ad_load_incumbent",
  "cal_ad_load_content",
  "cal_ad_norm",
  "cal_ad_norm_incumbent",
  "cal_ad_norm_content",
  "cal_charge_head",
  "cal_charge_head_incumbent",
  "cal_charge_head_content",
  "cal_charge_smb",
  "cal_charge_smb_incumbent",
  "cal_charge_smb_content",
  "cal_charge_farm",
  "cal_charge_farm_incumbent",
  "cal_charge_farm_content",
  "cal_sales_head",
  "cal_sales_head_incumbent",
  "cal_sales_head_content",
  "cal_sales_smb",
  "cal_sales_smb_incumbent",
  "cal_sales_smb_content",
  "cal_sales_farm",
  "cal_sales_farm_incumbent",
  "cal_sales_farm_content",
  "cal_smb_sales",
  "cal_smb_volume",
  "cal_contribution_head",
  "cal_contribution_head_incumbent",
  "cal_contribution_head_content",
  "cal_contribution_smb",
  "cal_contribution_smb_incumbent",
  "cal_contribution_smb_content",
  "cal_contribution_farm",
  "cal_contribution_farm_incumbent",
  "cal_contribution_farm_content",
  "cal_coupon_base",
  "cal_platform_value_high_tier",
  "cal_platform_value_high_tier_incumbent",
  "cal_platform_value_high_tier_content",
  "cal_platform_value_low_tier",
  "cal_platform_value_low_tier_incumbent",
  "cal_platform_value_low_tier_content",
  "cal_platform_value_remote",
  "cal_platform_value_remote_incumbent",
  "cal_platform_value_remote_content",
  "cal_margin_head",
  "cal_margin_head_incumbent",
  "cal_margin_head_content",
  "cal_margin_smb",
  "cal_margin_smb_incumbent",
  "cal_margin_smb_content",
  "cal_margin_farm",
  "cal_margin_farm_incumbent",
  "cal_margin_farm_content",
  "cal_sales_per_store_head",
  "cal_sales_per_store_head_incumbent",
  "cal_sales_per_store_head_content",
  "cal_sales_per_store_smb",
  "cal_sales_per_store_smb_incumbent",
  "cal_sales_per_store_smb_content",
  "cal_sales_per_store_farm",
  "cal_sales_per_store_farm_incumbent",
  "cal_sales_per_store_farm_content",
  "cal_bid_pressure",
  "cal_bid_pressure_incumbent",
  "cal_bid_pressure_content",
  "cal_focal_net_fee",
  "cal_gmv_share_incumbent",
  "cal_gmv_share_content",
  "cal_entry_rate_head",
  "cal_entry_rate_smb",
  "cal_entry_rate_farm",
  "commission",
  "commission_incumbent",
  "commission_content",
  "fairness",
  "fairness_incumbent",
  "fairness_content",
  "ad_load",
  "ad_load_incumbent",
  "ad_load_content",
  "marketing_bn_per_year",
  "marketing_bn_per_year_incumbent",
  "marketing_bn_per_year_content",
  "subsidy_bn_per_year_incumbent",
  "subsidy_bn_per_year_content",
  "subsidy_bn_per_year",
  "subsidy_share_head",
  "subsidy_share_smb",
  "subsidy_share_farm",
  "subsidy_share_logistics",
  "subsidy_share_coupons",
];
export const OUTPUTS = [
  "shoppers_high_tier",
  "shoppers_low_tier",
  "shoppers_remote",
  "gmv",
  "gmv_incumbent",
  "gmv_content",
  "gmv_high_tier",
  "gmv_low_tier",
  "gmv_remote",
  "gmv_head",
  "gmv_head_incumbent",
  "gmv_head_content",
  "gmv_smb",
  "gmv_smb_incumbent",
  "gmv_smb_content",
  "gmv_farm",
  "gmv_farm_incumbent",
  "gmv_farm_content",
  "gmv_head_high_tier",
  "gmv_head_low_tier",
  "gmv_head_remote",
  "gmv_smb_high_tier",
  "gmv_smb_low_tier",
  "gmv_smb_remote",
  "gmv_farm_high_tier",
  "gmv_farm_low_tier",
  "gmv_farm_remote",
  "gmv_market",
  "gmv_share",
  "gmv_share_incumbent",
  "gmv_share_content",
  "smb_gmv_share",
  "smb_gmv_share_incumbent",
  "smb_gmv_share_content",
  "brand_access",
  "brand_access_incumbent",
  "brand_access_content",
  "upward_flow",
  "upward_flow_incumbent",
  "upward_flow_content",
  "two_way_flow_share",
  "two_way_flow_share_incumbent",
  "two_way_flow_share_content",
  "buyers",
  "buyers_incumbent",
  "buyers_content",
  "buyers_high_tier",
  "buyers_high_tier_incumbent",
  "buyers_high_tier_content",
  "buyers_low_tier",
  "buyers_low_tier_incumbent",
  "buyers_low_tier_content",
  "buyers_remote",
  "buyers_remote_incumbent",
  "buyers_remote_content",
  "wallet_share_high_tier",
  "wallet_share_high_tier_incumbent",
  "wallet_share_high_tier_content",
  "wallet_share_low_tier",
  "wallet_share_low_tier_incumbent",
  "wallet_share_low_tier_content",
  "wallet_share_remote",
  "wallet_share_remote_incumbent",
  "wallet_share_remote_content",
  "relative_price_high_tier",
  "relative_price_low_tier",
  "relative_price_remote",
  "price_head",
  "price_head_incumbent",
  "price_head_content",
  "price_smb",
  "price_smb_incumbent",
  "price_smb_content",
  "price_farm",
  "price_farm_incumbent",
  "price_farm_content",
  "auctioned_share",
  "auctioned_share_incumbent",
  "auctioned_share_content",
  "head_traffic_share",
  "head_traffic_share_incumbent",
  "head_traffic_share_content",
  "cpc_index",
  "cpc_index_incumbent",
  "cpc_index_content",
  "net_commission",
  "net_commission_incumbent",
  "net_commission_content",
  "charge_head",
  "charge_head_incumbent",
  "charge_head_content",
  "charge_smb",
  "charge_smb_incumbent",
  "charge_smb_content",
  "charge_farm",
  "charge_farm_incumbent",
  "charge_farm_content",
  "margin_head",
  "margin_head_incumbent",
  "margin_head_content",
  "margin_smb",
  "margin_smb_incumbent",
  "margin_smb_content",
  "margin_farm",
  "margin_farm_incumbent",
  "margin_farm_content",
  "perceived_margin_head",
  "perceived_margin_head_incumbent",
  "perceived_margin_head_content",
  "perceived_margin_smb",
  "perceived_margin_smb_incumbent",
  "perceived_margin_smb_content",
  "perceived_margin_farm",
  "perceived_margin_farm_incumbent",
  "perceived_margin_farm_content",
  "merchants",
  "merchants_incumbent",
  "merchants_content",
  "effort_head",
  "effort_head_incumbent",
  "effort_head_content",
  "effort_smb",
  "effort_smb_incumbent",
  "effort_smb_content",
  "effort_farm",
  "effort_farm_incumbent",
  "effort_farm_content",
  "merchants_head",
  "merchants_head_incumbent",
  "merchants_head_content",
  "merchants_smb",
  "merchants_smb_incumbent",
  "merchants_smb_content",
  "merchants_farm",
  "merchants_farm_incumbent",
  "merchants_farm_content",
  "merchants_smb_new",
  "merchants_smb_new_incumbent",
  "merchants_smb_new_content",
  "merchants_smb_established",
  "merchants_smb_established_incumbent",
  "merchants_smb_established_content",
  "sellers_head",
  "sellers_smb_new",
  "sellers_smb_established",
  "sellers_farm",
  "merchant_entry_head",
  "merchant_exit_head",
  "merchant_entry_farm",
  "merchant_exit_farm",
  "merchant_entry_smb",
  "merchant_exit_smb_new",
  "merchant_exit_smb_established",
  "smb_graduation",
  "smb_volume",
  "smb_capability",
  "fee_cut_incumbent",
  "fee_cut_content",
  "support_spend_incumbent",
  "support_spend_content",
  "commission_revenue",
  "commission_revenue_incumbent",
  "commission_revenue_content",
  "ad_revenue",
  "ad_revenue_incumbent",
  "ad_revenue_content",
  "platform_revenue",
  "platform_revenue_incumbent",
  "platform_revenue_content",
  "ad_intensity",
  "ad_intensity_incumbent",
  "ad_intensity_content",
  "take_rate",
  "take_rate_incumbent",
  "take_rate_content",
  "marketing_spend",
  "marketing_spend_incumbent",
  "marketing_spend_content",
  "platform_profit",
  "platform_profit_incumbent",
  "platform_profit_content",
  "cumulative_profit",
  "cumulative_profit_incumbent",
  "cumulative_profit_content",
  "subsidy_spend",
  "subsidy_spent",
  "coupon_rate",
  "logistics_coverage",
  "commission",
  "commission_incumbent",
  "commission_content",
  "fairness",
  "fairness_incumbent",
  "fairness_content",
  "subsidy_rate",
];
export const LEVERS = ["commission", "fairness", "ad_load", "subsidy_bn_per_year", "subsidy_share_smb", "subsidy_share_head", "subsidy_share_farm", "subsidy_share_logistics", "subsidy_share_coupons", "marketing_bn_per_year", "commission_incumbent", "commission_content", "fairness_incumbent", "fairness_content", "ad_load_incumbent", "ad_load_content", "subsidy_bn_per_year_incumbent", "subsidy_bn_per_year_content", "marketing_bn_per_year_incumbent", "marketing_bn_per_year_content"];

// Python's min and max of two numbers (the first argument wins a tie or a NaN comparison), as the
// compiled kernel evaluates them
function pyMin(a, b) {
  return b < a ? b : a;
}

function pyMax(a, b) {
  return b > a ? b : a;
}

/** Value at time t of a lever with base value `base` under schedules lo..hi-1 (sorted by `at`):
 *  schedule j takes the lever from its value at at[j] to value[j], linearly over ramp[j] months (a
 *  step when 0); a later schedule takes over from wherever the earlier ones had brought it. */
export function leverAt(base, at, value, ramp, lo, hi, t) {
  let start = base;
  let v = base;
  for (let j = lo; j < hi; j++) {
    if (j > lo) {
      const done = ramp[j - 1] <= 0.0 ? 1.0 : Math.min((at[j] - at[j - 1]) / ramp[j - 1], 1.0);
      start = start + (value[j - 1] - start) * done;
    }
    if (t < at[j]) break;
    const done = ramp[j] <= 0.0 ? 1.0 : Math.min((t - at[j]) / ramp[j], 1.0);
    v = start + (value[j] - start) * done;
  }
  return v;
}

/** Integrate each of the `rows` parameter sets of `inp` (row-major, COLUMNS.length columns)
 *  for `steps` Euler steps of `dt` months, writing the saved variables every `saveEvery`
 *  steps to `out` (row-major [row][saved step][OUTPUTS]).  Lever l follows the schedules
 *  schedBounds[l] .. schedBounds[l + 1] - 1 of the sched* arrays. */
export function kernel(steps, dt, saveEvery, inp, rows, schedAt, schedValue, schedRamp, schedBounds, out) {
  const nIn = 265;
  const nOut = 195;
  const nSaved = Math.floor(steps / saveEvery) + 1;
  for (let i = 0; i < rows; i++) {
    const row = i * nIn;
    const base = i * nSaved * nOut;
    let v_shoppers_0_high_tier = inp[row + 0];
    let v_shoppers_0_low_tier = inp[row + 1];
    let v_shoppers_0_remote = inp[row + 2];
    let v_shoppers_cap_high_tier = inp[row + 3];
    let v_shoppers_cap_low_tier = inp[row + 4];
    let v_shoppers_cap_remote = inp[row + 5];
    let v_shoppers_rate_high_tier = inp[row + 6];
    let v_shoppers_rate_low_tier = inp[row + 7];
    let v_shoppers_rate_remote = inp[row + 8];
    let v_wallet_share_0_high_tier = inp[row + 9];
    let v_wallet_share_0_high_tier_incumbent = inp[row + 10];
    let v_wallet_share_0_high_tier_content = inp[row + 11];
    let v_wallet_share_0_low_tier = inp[row + 12];
    let v_wallet_share_0_low_tier_incumbent = inp[row + 13];
    let v_wallet_share_0_low_tier_content = inp[row + 14];
    let v_wallet_share_0_remote = inp[row + 15];
    let v_wallet_share_0_remote_incumbent = inp[row + 16];
    let v_wallet_share_0_remote_content = inp[row + 17];
    let v_max_reach = inp[row + 18];
    let v_bass_p = inp[row + 19];
    let v_bass_q = inp[row + 20];
    let v_leave_months = inp[row + 21];
    let v_adoption_sensitivity = inp[row + 22];
    let v_churn_sensitivity = inp[row + 23];
    let v_wallet_share_months = inp[row + 24];
    let v_network_effect = inp[row + 25];
    let v_pass_through = inp[row + 26];
    let v_price_comparison = inp[row + 27];
    let v_logistics_weight_high_tier = inp[row + 28];
    let v_logistics_weight_low_tier = inp[row + 29];
    let v_logistics_weight_remote = inp[row + 30];
    let v_logistics_half_cost = inp[row + 31];
    let v_logistics_months = inp[row + 32];
    let v_coupon_reach_high_tier = inp[row + 33];
    let v_coupon_reach_low_tier = inp[row + 34];
    let v_coupon_reach_remote = inp[row + 35];
    let v_start_buyers_frac = inp[row + 36];
    let v_start_wallet_share_frac = inp[row + 37];
    let v_quality_weight_high_tier = inp[row + 38];
    let v_quality_weight_low_tier = inp[row + 39];
    let v_quality_weight_remote = inp[row + 40];
    let v_price_weight_high_tier = inp[row + 41];
    let v_price_weight_low_tier = inp[row + 42];
    let v_price_weight_remote = inp[row + 43];
    let v_quality_head_high_tier = inp[row + 44];
    let v_quality_head_low_tier = inp[row + 45];
    let v_quality_head_remote = inp[row + 46];
    let v_quality_smb_high_tier = inp[row + 47];
    let v_quality_smb_low_tier = inp[row + 48];
    let v_quality_smb_remote = inp[row + 49];
    let v_quality_farm_high_tier = inp[row + 50];
    let v_quality_farm_low_tier = inp[row + 51];
    let v_quality_farm_remote = inp[row + 52];
    let v_price_ratio_head = inp[row + 53];
    let v_price_ratio_smb = inp[row + 54];
    let v_price_ratio_farm = inp[row + 55];
    let v_long_tail_floor = inp[row + 56];
    let v_bid_exponent = inp[row + 57];
    let v_merit_exponent = inp[row + 58];
    let v_bid_value_head = inp[row + 59];
    let v_bid_value_smb = inp[row + 60];
    let v_bid_value_farm = inp[row + 61];
    let v_bid_margin_response = inp[row + 62];
    let v_ad_spend_0 = inp[row + 63];
    let v_ad_spend_0_incumbent = inp[row + 64];
    let v_ad_spend_0_content = inp[row + 65];
    let v_ad_weight_head = inp[row + 66];
    let v_ad_weight_smb = inp[row + 67];
    let v_ad_weight_farm = inp[row + 68];
    let v_cpc_pass = inp[row + 69];
    let v_auction_elasticity = inp[row + 70];
    let v_cpc_months = inp[row + 71];
    let v_sellers_head_0 = inp[row + 72];
    let v_sellers_farm_0 = inp[row + 73];
    let v_sellers_smb_new_0 = inp[row + 74];
    let v_sellers_smb_established_0 = inp[row + 75];
    let v_multihoming_head = inp[row + 76];
    let v_multihoming_smb = inp[row + 77];
    let v_multihoming_farm = inp[row + 78];
    let v_pool_head = inp[row + 79];
    let v_pool_smb = inp[row + 80];
    let v_pool_farm = inp[row + 81];
    let v_gross_margin_head = inp[row + 82];
    let v_gross_margin_smb = inp[row + 83];
    let v_gross_margin_farm = inp[row + 84];
    let v_fixed_cost_head = inp[row + 85];
    let v_fixed_cost_smb = inp[row + 86];
    let v_fixed_cost_farm = inp[row + 87];
    let v_margin_months = inp[row + 88];
    let v_effort_switch_months = inp[row + 89];
    let v_effort_margin_sensitivity = inp[row + 90];
    let v_effort_sales_sensitivity = inp[row + 91];
    let v_entry_steepness = inp[row + 92];
    let v_entry_threshold = inp[row + 93];
    let v_exit_threshold = inp[row + 94];
    let v_base_exit_rate_head = inp[row + 95];
    let v_base_exit_rate_smb = inp[row + 96];
    let v_base_exit_rate_farm = inp[row + 97];
    let v_exit_rate_smb_established = inp[row + 98];
    let v_distress_exit_rate = inp[row + 99];
    let v_new_smb_weight = inp[row + 100];
    let v_payment_cost = inp[row + 101];
    let v_opex_0 = inp[row + 102];
    let v_opex_0_incumbent = inp[row + 103];
    let v_opex_0_content = inp[row + 104];
    let v_acquisition_cost = inp[row + 105];
    let v_acquisition_cost_incumbent = inp[row + 106];
    let v_acquisition_cost_content = inp[row + 107];
    let v_rival_match_share_incumbent = inp[row + 108];
    let v_rival_match_share_content = inp[row + 109];
    let v_rival_match_months_incumbent = inp[row + 110];
    let v_rival_match_months_content = inp[row + 111];
    let v_rival_answer_share_incumbent = inp[row + 112];
    let v_rival_answer_share_content = inp[row + 113];
    let v_rival_share_response_incumbent = inp[row + 114];
    let v_rival_share_response_content = inp[row + 115];
    let v_content_attraction_gain = inp[row + 116];
    let v_content_trend_months = inp[row + 117];
    let v_subsidy_start_month = inp[row + 118];
    let v_subsidy_taper_months = inp[row + 119];
    let v_subsidy_budget_bn = inp[row + 120];
    let v_wallet_0_high_tier = inp[row + 121];
    let v_wallet_0_low_tier = inp[row + 122];
    let v_wallet_0_remote = inp[row + 123];
    let v_wallet_growth_rate = inp[row + 124];
    let v_effort_0_head = inp[row + 125];
    let v_effort_0_head_incumbent = inp[row + 126];
    let v_effort_0_head_content = inp[row + 127];
    let v_effort_0_smb = inp[row + 128];
    let v_effort_0_smb_incumbent = inp[row + 129];
    let v_effort_0_smb_content = inp[row + 130];
    let v_effort_0_farm = inp[row + 131];
    let v_effort_0_farm_incumbent = inp[row + 132];
    let v_effort_0_farm_content = inp[row + 133];
    let v_seller_count_0_head = inp[row + 134];
    let v_seller_count_0_smb = inp[row + 135];
    let v_seller_count_0_farm = inp[row + 136];
    let v_learning_exponent = inp[row + 137];
    let v_graduation_rate = inp[row + 138];
    let v_subsidy_end_month = inp[row + 139];
    let v_cal_buyers_high_tier = inp[row + 140];
    let v_cal_buyers_high_tier_incumbent = inp[row + 141];
    let v_cal_buyers_high_tier_content = inp[row + 142];
    let v_cal_buyers_low_tier = inp[row + 143];
    let v_cal_buyers_low_tier_incumbent = inp[row + 144];
    let v_cal_buyers_low_tier_content = inp[row + 145];
    let v_cal_buyers_remote = inp[row + 146];
    let v_cal_buyers_remote_incumbent = inp[row + 147];
    let v_cal_buyers_remote_content = inp[row + 148];
    let v_cal_room = inp[row + 149];
    let v_cal_room_incumbent = inp[row + 150];
    let v_cal_room_content = inp[row + 151];
    let v_cal_churn_high_tier = inp[row + 152];
    let v_cal_churn_high_tier_incumbent = inp[row + 153];
    let v_cal_churn_high_tier_content = inp[row + 154];
    let v_cal_churn_low_tier = inp[row + 155];
    let v_cal_churn_low_tier_incumbent = inp[row + 156];
    let v_cal_churn_low_tier_content = inp[row + 157];
    let v_cal_churn_remote = inp[row + 158];
    let v_cal_churn_remote_incumbent = inp[row + 159];
    let v_cal_churn_remote_content = inp[row + 160];
    let v_cal_wallet_asc_high_tier = inp[row + 161];
    let v_cal_wallet_asc_high_tier_incumbent = inp[row + 162];
    let v_cal_wallet_asc_high_tier_content = inp[row + 163];
    let v_cal_wallet_asc_low_tier = inp[row + 164];
    let v_cal_wallet_asc_low_tier_incumbent = inp[row + 165];
    let v_cal_wallet_asc_low_tier_content = inp[row + 166];
    let v_cal_wallet_asc_remote = inp[row + 167];
    let v_cal_wallet_asc_remote_incumbent = inp[row + 168];
    let v_cal_wallet_asc_remote_content = inp[row + 169];
    let v_cal_listings = inp[row + 170];
    let v_cal_listings_incumbent = inp[row + 171];
    let v_cal_listings_content = inp[row + 172];
    let v_cal_ad_load = inp[row + 173];
    let v_cal_ad_load_incumbent = inp[row + 174];
    let v_cal_ad_load_content = inp[row + 175];
    let v_cal_ad_norm = inp[row + 176];
    let v_cal_ad_norm_incumbent = inp[row + 177];
    let v_cal_ad_norm_content = inp[row + 178];
    let v_cal_charge_head = inp[row + 179];
    let v_cal_charge_head_incumbent = inp[row + 180];
    let v_cal_charge_head_content = inp[row + 181];
    let v_cal_charge_smb = inp[row + 182];
    let v_cal_charge_smb_incumbent = inp[row + 183];
    let v_cal_charge_smb_content = inp[row + 184];
    let v_cal_charge_farm = inp[row + 185];
    let v_cal_charge_farm_incumbent = inp[row + 186];
    let v_cal_charge_farm_content = inp[row + 187];
    let v_cal_sales_head = inp[row + 188];
    let v_cal_sales_head_incumbent = inp[row + 189];
    let v_cal_sales_head_content = inp[row + 190];
    let v_cal_sales_smb = inp[row + 191];
    let v_cal_sales_smb_incumbent = inp[row + 192];
    let v_cal_sales_smb_content = inp[row + 193];
    let v_cal_sales_farm = inp[row + 194];
    let v_cal_sales_farm_incumbent = inp[row + 195];
    let v_cal_sales_farm_content = inp[row + 196];
    let v_cal_smb_sales = inp[row + 197];
    let v_cal_smb_volume = inp[row + 198];
    let v_cal_contribution_head = inp[row + 199];
    let v_cal_contribution_head_incumbent = inp[row + 200];
    let v_cal_contribution_head_content = inp[row + 201];
    let v_cal_contribution_smb = inp[row + 202];
    let v_cal_contribution_smb_incumbent = inp[row + 203];
    let v_cal_contribution_smb_content = inp[row + 204];
    let v_cal_contribution_farm = inp[row + 205];
    let v_cal_contribution_farm_incumbent = inp[row + 206];
    let v_cal_contribution_farm_content = inp[row + 207];
    let v_cal_coupon_base = inp[row + 208];
    let v_cal_platform_value_high_tier = inp[row + 209];
    let v_cal_platform_value_high_tier_incumbent = inp[row + 210];
    let v_cal_platform_value_high_tier_content = inp[row + 211];
    let v_cal_platform_value_low_tier = inp[row + 212];
    let v_cal_platform_value_low_tier_incumbent = inp[row + 213];
    let v_cal_platform_value_low_tier_content = inp[row + 214];
    let v_cal_platform_value_remote = inp[row + 215];
    let v_cal_platform_value_remote_incumbent = inp[row + 216];
    let v_cal_platform_value_remote_content = inp[row + 217];
    let v_cal_margin_head = inp[row + 218];
    let v_cal_margin_head_incumbent = inp[row + 219];
    let v_cal_margin_head_content = inp[row + 220];
    let v_cal_margin_smb = inp[row + 221];
    let v_cal_margin_smb_incumbent = inp[row + 222];
    let v_cal_margin_smb_content = inp[row + 223];
    let v_cal_margin_farm = inp[row + 224];
    let v_cal_margin_farm_incumbent = inp[row + 225];
    let v_cal_margin_farm_content = inp[row + 226];
    let v_cal_sales_per_store_head = inp[row + 227];
    let v_cal_sales_per_store_head_incumbent = inp[row + 228];
    let v_cal_sales_per_store_head_content = inp[row + 229];
    let v_cal_sales_per_store_smb = inp[row + 230];
    let v_cal_sales_per_store_smb_incumbent = inp[row + 231];
    let v_cal_sales_per_store_smb_content = inp[row + 232];
    let v_cal_sales_per_store_farm = inp[row + 233];
    let v_cal_sales_per_store_farm_incumbent = inp[row + 234];
    let v_cal_sales_per_store_farm_content = inp[row + 235];
    let v_cal_bid_pressure = inp[row + 236];
    let v_cal_bid_pressure_incumbent = inp[row + 237];
    let v_cal_bid_pressure_content = inp[row + 238];
    let v_cal_focal_net_fee = inp[row + 239];
    let v_cal_gmv_share_incumbent = inp[row + 240];
    let v_cal_gmv_share_content = inp[row + 241];
    let v_cal_entry_rate_head = inp[row + 242];
    let v_cal_entry_rate_smb = inp[row + 243];
    let v_cal_entry_rate_farm = inp[row + 244];
    const b_commission = inp[row + 245];
    const b_commission_incumbent = inp[row + 246];
    const b_commission_content = inp[row + 247];
    const b_fairness = inp[row + 248];
    const b_fairness_incumbent = inp[row + 249];
    const b_fairness_content = inp[row + 250];
    const b_ad_load = inp[row + 251];
    const b_ad_load_incumbent = inp[row + 252];
    const b_ad_load_content = inp[row + 253];
    const b_marketing_bn_per_year = inp[row + 254];
    const b_marketing_bn_per_year_incumbent = inp[row + 255];
    const b_marketing_bn_per_year_content = inp[row + 256];
    const b_subsidy_bn_per_year_incumbent = inp[row + 257];
    const b_subsidy_bn_per_year_content = inp[row + 258];
    const b_subsidy_bn_per_year = inp[row + 259];
    const b_subsidy_share_head = inp[row + 260];
    const b_subsidy_share_smb = inp[row + 261];
    const b_subsidy_share_farm = inp[row + 262];
    const b_subsidy_share_logistics = inp[row + 263];
    const b_subsidy_share_coupons = inp[row + 264];
    let v_buyers_high_tier = v_cal_buyers_high_tier * v_start_buyers_frac;
    let v_buyers_high_tier_incumbent = v_cal_buyers_high_tier_incumbent;
    let v_buyers_high_tier_content = v_cal_buyers_high_tier_content;
    let v_buyers_low_tier = v_cal_buyers_low_tier * v_start_buyers_frac;
    let v_buyers_low_tier_incumbent = v_cal_buyers_low_tier_incumbent;
    let v_buyers_low_tier_content = v_cal_buyers_low_tier_content;
    let v_buyers_remote = v_cal_buyers_remote * v_start_buyers_frac;
    let v_buyers_remote_incumbent = v_cal_buyers_remote_incumbent;
    let v_buyers_remote_content = v_cal_buyers_remote_content;
    let v_wallet_share_high_tier = v_wallet_share_0_high_tier * v_start_wallet_share_frac;
    let v_wallet_share_high_tier_incumbent = v_wallet_share_0_high_tier_incumbent;
    let v_wallet_share_high_tier_content = v_wallet_share_0_high_tier_content;
    let v_wallet_share_low_tier = v_wallet_share_0_low_tier * v_start_wallet_share_frac;
    let v_wallet_share_low_tier_incumbent = v_wallet_share_0_low_tier_incumbent;
    let v_wallet_share_low_tier_content = v_wallet_share_0_low_tier_content;
    let v_wallet_share_remote = v_wallet_share_0_remote * v_start_wallet_share_frac;
    let v_wallet_share_remote_incumbent = v_wallet_share_0_remote_incumbent;
    let v_wallet_share_remote_content = v_wallet_share_0_remote_content;
    let v_cpc_index = 1.0;
    let v_cpc_index_incumbent = 1.0;
    let v_cpc_index_content = 1.0;
    let v_recent_sales_head = v_cal_sales_head;
    let v_recent_sales_head_incumbent = v_cal_sales_head_incumbent;
    let v_recent_sales_head_content = v_cal_sales_head_content;
    let v_recent_sales_smb = v_cal_sales_smb;
    let v_recent_sales_smb_incumbent = v_cal_sales_smb_incumbent;
    let v_recent_sales_smb_content = v_cal_sales_smb_content;
    let v_recent_sales_farm = v_cal_sales_farm;
    let v_recent_sales_farm_incumbent = v_cal_sales_farm_incumbent;
    let v_recent_sales_farm_content = v_cal_sales_farm_content;
    let v_perceived_margin_head = v_cal_margin_head;
    let v_perceived_margin_head_incumbent = v_cal_margin_head_incumbent;
    let v_perceived_margin_head_content = v_cal_margin_head_content;
    let v_perceived_margin_smb = v_cal_margin_smb;
    let v_perceived_margin_smb_incumbent = v_cal_margin_smb_incumbent;
    let v_perceived_margin_smb_content = v_cal_margin_smb_content;
    let v_perceived_margin_farm = v_cal_margin_farm;
    let v_perceived_margin_farm_incumbent = v_cal_margin_farm_incumbent;
    let v_perceived_margin_farm_content = v_cal_margin_farm_content;
    let v_effort_head = v_effort_0_head;
    let v_effort_head_incumbent = v_effort_0_head_incumbent;
    let v_effort_head_content = v_effort_0_head_content;
    let v_effort_smb = v_effort_0_smb;
    let v_effort_smb_incumbent = v_effort_0_smb_incumbent;
    let v_effort_smb_content = v_effort_0_smb_content;
    let v_effort_farm = v_effort_0_farm;
    let v_effort_farm_incumbent = v_effort_0_farm_incumbent;
    let v_effort_farm_content = v_effort_0_farm_content;
    let v_sellers_head = v_sellers_head_0;
    let v_sellers_smb_new = v_sellers_smb_new_0;
    let v_sellers_smb_established = v_sellers_smb_established_0;
    let v_sellers_farm = v_sellers_farm_0;
    let v_smb_volume = v_cal_smb_volume;
    let v_fee_cut_incumbent = 0.0;
    let v_fee_cut_content = 0.0;
    let v_rival_answer_incumbent = 0.0;
    let v_rival_answer_content = 0.0;
    let v_cumulative_profit = 0.0;
    let v_cumulative_profit_incumbent = 0.0;
    let v_cumulative_profit_content = 0.0;
    let v_subsidy_spent = 0.0;
    let v_coupon_base = v_cal_coupon_base;
    let v_logistics_coverage = 0.0;
    let v_commission = b_commission;
    const q_commission = schedBounds[1] > schedBounds[0];
    let v_commission_incumbent = b_commission_incumbent;
    const q_commission_incumbent = schedBounds[11] > schedBounds[10];
    let v_commission_content = b_commission_content;
    const q_commission_content = schedBounds[12] > schedBounds[11];
    let v_fairness = b_fairness;
    const q_fairness = schedBounds[2] > schedBounds[1];
    let v_fairness_incumbent = b_fairness_incumbent;
    const q_fairness_incumbent = schedBounds[13] > schedBounds[12];
    let v_fairness_content = b_fairness_content;
    const q_fairness_content = schedBounds[14] > schedBounds[13];
    let v_ad_load = b_ad_load;
    const q_ad_load = schedBounds[3] > schedBounds[2];
    let v_ad_load_incumbent = b_ad_load_incumbent;
    const q_ad_load_incumbent = schedBounds[15] > schedBounds[14];
    let v_ad_load_content = b_ad_load_content;
    const q_ad_load_content = schedBounds[16] > schedBounds[15];
    let v_marketing_bn_per_year = b_marketing_bn_per_year;
    const q_marketing_bn_per_year = schedBounds[10] > schedBounds[9];
    let v_marketing_bn_per_year_incumbent = b_marketing_bn_per_year_incumbent;
    const q_marketing_bn_per_year_incumbent = schedBounds[19] > schedBounds[18];
    let v_marketing_bn_per_year_content = b_marketing_bn_per_year_content;
    const q_marketing_bn_per_year_content = schedBounds[20] > schedBounds[19];
    let v_subsidy_bn_per_year_incumbent = b_subsidy_bn_per_year_incumbent;
    const q_subsidy_bn_per_year_incumbent = schedBounds[17] > schedBounds[16];
    let v_subsidy_bn_per_year_content = b_subsidy_bn_per_year_content;
    const q_subsidy_bn_per_year_content = schedBounds[18] > schedBounds[17];
    let v_subsidy_bn_per_year = b_subsidy_bn_per_year;
    const q_subsidy_bn_per_year = schedBounds[4] > schedBounds[3];
    let v_subsidy_share_head = b_subsidy_share_head;
    const q_subsidy_share_head = schedBounds[6] > schedBounds[5];
    let v_subsidy_share_smb = b_subsidy_share_smb;
    const q_subsidy_share_smb = schedBounds[5] > schedBounds[4];
    let v_subsidy_share_farm = b_subsidy_share_farm;
    const q_subsidy_share_farm = schedBounds[7] > schedBounds[6];
    let v_subsidy_share_logistics = b_subsidy_share_logistics;
    const q_subsidy_share_logistics = schedBounds[8] > schedBounds[7];
    let v_subsidy_share_coupons = b_subsidy_share_coupons;
    const q_subsidy_share_coupons = schedBounds[9] > schedBounds[8];
    let v_shoppers_high_tier = 0.0, v_shoppers_low_tier = 0.0, v_shoppers_remote = 0.0, v_nominal = 0.0, v_wallet_high_tier = 0.0, v_wallet_low_tier = 0.0, v_wallet_remote = 0.0, v_reach_high_tier = 0.0;
    let v_reach_low_tier = 0.0, v_reach_remote = 0.0, v_gmv_high_tier = 0.0, v_gmv_high_tier_incumbent = 0.0, v_gmv_high_tier_content = 0.0, v_gmv_low_tier = 0.0, v_gmv_low_tier_incumbent = 0.0, v_gmv_low_tier_content = 0.0;
    let v_gmv_remote = 0.0, v_gmv = 0.0, v_gmv_remote_incumbent = 0.0, v_gmv_incumbent = 0.0, v_gmv_remote_content = 0.0, v_gmv_content = 0.0, v_safe_gmv = 0.0, v_safe_gmv_incumbent = 0.0;
    let v_safe_gmv_content = 0.0, v_gmv_market = 0.0, v_gmv_share = 0.0, v_gmv_share_incumbent = 0.0, v_gmv_share_content = 0.0, v_buyers = 0.0, v_buyers_incumbent = 0.0, v_buyers_content = 0.0;
    let v_platform_bonus_high_tier = 0.0, v_platform_bonus_high_tier_incumbent = 0.0, v_platform_bonus_low_tier = 0.0, v_platform_bonus_low_tier_incumbent = 0.0, v_platform_bonus_remote = 0.0, v_platform_bonus_remote_incumbent = 0.0, v_room_high_tier = 0.0, v_room_high_tier_incumbent = 0.0;
    let v_room_high_tier_content = 0.0, v_room_low_tier = 0.0, v_room_low_tier_incumbent = 0.0, v_room_low_tier_content = 0.0, v_room_remote = 0.0, v_room_remote_incumbent = 0.0, v_room_remote_content = 0.0, v_coupon_high_tier_incumbent = 0.0;
    let v_coupon_high_tier_content = 0.0, v_coupon_low_tier_incumbent = 0.0, v_coupon_low_tier_content = 0.0, v_coupon_remote_incumbent = 0.0, v_coupon_remote_content = 0.0, v_recent_sales_total = 0.0, v_recent_sales_total_incumbent = 0.0, v_recent_sales_total_content = 0.0;
    let v_presence_head = 0.0, v_presence_head_incumbent = 0.0, v_presence_head_content = 0.0, v_presence_smb = 0.0, v_presence_smb_incumbent = 0.0, v_presence_smb_content = 0.0, v_presence_farm = 0.0, v_presence_farm_incumbent = 0.0;
    let v_presence_farm_content = 0.0, v_merchants_head = 0.0, v_merchants_head_incumbent = 0.0, v_merchants_head_content = 0.0, v_merchants_smb = 0.0, v_merchants_smb_incumbent = 0.0, v_merchants_smb_content = 0.0, v_merchants_farm = 0.0;
    let v_merchants = 0.0, v_merchants_farm_incumbent = 0.0, v_merchants_incumbent = 0.0, v_merchants_farm_content = 0.0, v_merchants_content = 0.0, v_merchants_smb_new = 0.0, v_merchants_smb_new_incumbent = 0.0, v_merchants_smb_new_content = 0.0;
    let v_merchants_smb_established = 0.0, v_merchants_smb_established_incumbent = 0.0, v_merchants_smb_established_content = 0.0, v_listings_head = 0.0, v_listings_head_incumbent = 0.0, v_listings_head_content = 0.0, v_listings_smb = 0.0, v_listings_smb_incumbent = 0.0;
    let v_listings_smb_content = 0.0, v_listings_farm = 0.0, v_listings_farm_incumbent = 0.0, v_listings_farm_content = 0.0, v_listings = 0.0, v_count_share_head = 0.0, v_count_share_smb = 0.0, v_count_share_farm = 0.0;
    let v_listings_incumbent = 0.0, v_count_share_head_incumbent = 0.0, v_count_share_smb_incumbent = 0.0, v_count_share_farm_incumbent = 0.0, v_listings_content = 0.0, v_count_share_head_content = 0.0, v_count_share_smb_content = 0.0, v_count_share_farm_content = 0.0;
    let v_seller_count_head = 0.0, v_seller_count_smb = 0.0, v_seller_count_farm = 0.0, v_market_margin_head = 0.0, v_market_margin_smb = 0.0, v_market_margin_farm = 0.0, v_free_pool_head = 0.0, v_free_pool_smb = 0.0;
    let v_free_pool_farm = 0.0, v_entry_willingness_head = 0.0, v_entry_willingness_smb = 0.0, v_entry_willingness_farm = 0.0, v_distress_exit_head = 0.0, v_distress_exit_smb = 0.0, v_distress_exit_farm = 0.0, v_merchant_entry_head = 0.0;
    let v_merchant_exit_head = 0.0, v_merchant_entry_farm = 0.0, v_merchant_exit_farm = 0.0, v_merchant_entry_smb = 0.0, v_merchant_exit_smb_established = 0.0, v_exit_smb_new_demand = 0.0, v_graduation_demand = 0.0, v_leave_smb_new = 0.0;
    let v_leave_scale = 0.0, v_merchant_exit_smb_new = 0.0, v_smb_graduation = 0.0, v_smb_unit_cost = 0.0, v_smb_capability = 0.0, v_cost_change_head = 0.0, v_cost_change_smb = 0.0, v_cost_change_farm = 0.0;
    let v_content_attraction = 0.0, v_platform_bonus_high_tier_content = 0.0, v_platform_bonus_low_tier_content = 0.0, v_platform_bonus_remote_content = 0.0, v_subsidy_window = 0.0, v_net_commission = 0.0, v_commission_revenue = 0.0, v_net_commission_incumbent = 0.0;
    let v_commission_revenue_incumbent = 0.0, v_net_commission_content = 0.0, v_commission_revenue_content = 0.0, v_auctioned_share = 0.0, v_ad_cost_head = 0.0, v_ad_cost_smb = 0.0, v_ad_cost_farm = 0.0, v_auctioned_share_incumbent = 0.0;
    let v_ad_cost_head_incumbent = 0.0, v_ad_cost_smb_incumbent = 0.0, v_ad_cost_farm_incumbent = 0.0, v_auctioned_share_content = 0.0, v_ad_cost_head_content = 0.0, v_ad_cost_smb_content = 0.0, v_ad_cost_farm_content = 0.0, v_acquisition_high_tier = 0.0;
    let v_acquisition_low_tier = 0.0, v_acquisition_remote = 0.0, v_marketing_spend = 0.0, v_acquisition_high_tier_incumbent = 0.0, v_acquisition_low_tier_incumbent = 0.0, v_acquisition_remote_incumbent = 0.0, v_marketing_spend_incumbent = 0.0, v_acquisition_high_tier_content = 0.0;
    let v_acquisition_low_tier_content = 0.0, v_acquisition_remote_content = 0.0, v_marketing_spend_content = 0.0, v_support_spend_incumbent = 0.0, v_support_rate_head_incumbent = 0.0, v_support_rate_smb_incumbent = 0.0, v_support_rate_farm_incumbent = 0.0, v_charge_head_incumbent = 0.0;
    let v_price_head_incumbent = 0.0, v_price_seen_head_high_tier_incumbent = 0.0, v_price_seen_head_low_tier_incumbent = 0.0, v_price_seen_head_remote_incumbent = 0.0, v_goods_utility_head_high_tier_incumbent = 0.0, v_goods_utility_head_low_tier_incumbent = 0.0, v_goods_utility_head_remote_incumbent = 0.0, v_merit_head_high_tier_incumbent = 0.0;
    let v_merit_head_low_tier_incumbent = 0.0, v_merit_head_remote_incumbent = 0.0, v_merit_weight_head_high_tier_incumbent = 0.0, v_merit_weight_head_low_tier_incumbent = 0.0, v_merit_weight_head_remote_incumbent = 0.0, v_charge_smb_incumbent = 0.0, v_price_smb_incumbent = 0.0, v_price_seen_smb_high_tier_incumbent = 0.0;
    let v_price_seen_smb_low_tier_incumbent = 0.0, v_price_seen_smb_remote_incumbent = 0.0, v_goods_utility_smb_high_tier_incumbent = 0.0, v_goods_utility_smb_low_tier_incumbent = 0.0, v_goods_utility_smb_remote_incumbent = 0.0, v_merit_smb_high_tier_incumbent = 0.0, v_merit_smb_low_tier_incumbent = 0.0, v_merit_smb_remote_incumbent = 0.0;
    let v_merit_weight_smb_high_tier_incumbent = 0.0, v_merit_weight_smb_low_tier_incumbent = 0.0, v_merit_weight_smb_remote_incumbent = 0.0, v_charge_farm_incumbent = 0.0, v_price_farm_incumbent = 0.0, v_price_seen_farm_high_tier_incumbent = 0.0, v_price_seen_farm_low_tier_incumbent = 0.0, v_price_seen_farm_remote_incumbent = 0.0;
    let v_goods_utility_farm_high_tier_incumbent = 0.0, v_goods_utility_farm_low_tier_incumbent = 0.0, v_goods_utility_farm_remote_incumbent = 0.0, v_merit_farm_high_tier_incumbent = 0.0, v_merit_farm_low_tier_incumbent = 0.0, v_merit_farm_remote_incumbent = 0.0, v_merit_weight_farm_high_tier_incumbent = 0.0, v_merit_weight_farm_low_tier_incumbent = 0.0;
    let v_merit_weight_farm_remote_incumbent = 0.0, v_merit_total_high_tier_incumbent = 0.0, v_merit_share_head_high_tier_incumbent = 0.0, v_merit_share_smb_high_tier_incumbent = 0.0, v_merit_share_farm_high_tier_incumbent = 0.0, v_merit_total_low_tier_incumbent = 0.0, v_merit_share_head_low_tier_incumbent = 0.0, v_merit_share_smb_low_tier_incumbent = 0.0;
    let v_merit_share_farm_low_tier_incumbent = 0.0, v_merit_total_remote_incumbent = 0.0, v_merit_share_head_remote_incumbent = 0.0, v_merit_share_smb_remote_incumbent = 0.0, v_merit_share_farm_remote_incumbent = 0.0, v_contribution_head_incumbent = 0.0, v_bid_value_now_head_incumbent = 0.0, v_bid_weight_head_incumbent = 0.0;
    let v_contribution_smb_incumbent = 0.0, v_bid_value_now_smb_incumbent = 0.0, v_bid_weight_smb_incumbent = 0.0, v_contribution_farm_incumbent = 0.0, v_bid_value_now_farm_incumbent = 0.0, v_bid_weight_farm_incumbent = 0.0, v_bid_total_incumbent = 0.0, v_bid_share_head_incumbent = 0.0;
    let v_traffic_head_high_tier_incumbent = 0.0, v_attraction_head_high_tier_incumbent = 0.0, v_traffic_head_low_tier_incumbent = 0.0, v_attraction_head_low_tier_incumbent = 0.0, v_traffic_head_remote_incumbent = 0.0, v_attraction_head_remote_incumbent = 0.0, v_head_traffic_share_incumbent = 0.0, v_bid_share_smb_incumbent = 0.0;
    let v_traffic_smb_high_tier_incumbent = 0.0, v_attraction_smb_high_tier_incumbent = 0.0, v_traffic_smb_low_tier_incumbent = 0.0, v_attraction_smb_low_tier_incumbent = 0.0, v_traffic_smb_remote_incumbent = 0.0, v_attraction_smb_remote_incumbent = 0.0, v_bid_share_farm_incumbent = 0.0, v_traffic_farm_high_tier_incumbent = 0.0;
    let v_attraction_farm_high_tier_incumbent = 0.0, v_attraction_total_high_tier_incumbent = 0.0, v_sales_share_head_high_tier_incumbent = 0.0, v_gmv_head_high_tier_incumbent = 0.0, v_sales_share_smb_high_tier_incumbent = 0.0, v_gmv_smb_high_tier_incumbent = 0.0, v_sales_share_farm_high_tier_incumbent = 0.0, v_gmv_farm_high_tier_incumbent = 0.0;
    let v_upward_flow_incumbent = 0.0, v_relative_price_high_tier_incumbent = 0.0, v_platform_value_high_tier_incumbent = 0.0, v_utility_high_tier_incumbent = 0.0, v_wallet_logit_high_tier_incumbent = 0.0, v_adoption_high_tier_incumbent = 0.0, v_churn_demand_high_tier_incumbent = 0.0, v_churn_high_tier_incumbent = 0.0;
    let v_traffic_farm_low_tier_incumbent = 0.0, v_attraction_farm_low_tier_incumbent = 0.0, v_attraction_total_low_tier_incumbent = 0.0, v_sales_share_head_low_tier_incumbent = 0.0, v_gmv_head_low_tier_incumbent = 0.0, v_sales_share_smb_low_tier_incumbent = 0.0, v_gmv_smb_low_tier_incumbent = 0.0, v_sales_share_farm_low_tier_incumbent = 0.0;
    let v_gmv_farm_low_tier_incumbent = 0.0, v_relative_price_low_tier_incumbent = 0.0, v_platform_value_low_tier_incumbent = 0.0, v_utility_low_tier_incumbent = 0.0, v_wallet_logit_low_tier_incumbent = 0.0, v_adoption_low_tier_incumbent = 0.0, v_churn_demand_low_tier_incumbent = 0.0, v_churn_low_tier_incumbent = 0.0;
    let v_traffic_farm_remote_incumbent = 0.0, v_attraction_farm_remote_incumbent = 0.0, v_attraction_total_remote_incumbent = 0.0, v_sales_share_head_remote_incumbent = 0.0, v_gmv_head_remote_incumbent = 0.0, v_gmv_head_incumbent = 0.0, v_brand_access_incumbent = 0.0, v_two_way_flow_share_incumbent = 0.0;
    let v_sales_share_smb_remote_incumbent = 0.0, v_gmv_smb_remote_incumbent = 0.0, v_gmv_smb_incumbent = 0.0, v_smb_gmv_share_incumbent = 0.0, v_sales_share_farm_remote_incumbent = 0.0, v_gmv_farm_remote_incumbent = 0.0, v_gmv_farm_incumbent = 0.0, v_relative_price_remote_incumbent = 0.0;
    let v_platform_value_remote_incumbent = 0.0, v_utility_remote_incumbent = 0.0, v_wallet_logit_remote_incumbent = 0.0, v_adoption_remote_incumbent = 0.0, v_churn_demand_remote_incumbent = 0.0, v_churn_remote_incumbent = 0.0, v_bid_pressure_raw_incumbent = 0.0, v_cpc_target_incumbent = 0.0;
    let v_cpc_change_incumbent = 0.0, v_recent_sales_change_head_incumbent = 0.0, v_recent_sales_change_smb_incumbent = 0.0, v_recent_sales_change_farm_incumbent = 0.0, v_sales_per_store_head_incumbent = 0.0, v_margin_head_incumbent = 0.0, v_perceived_margin_change_head_incumbent = 0.0, v_effort_pull_head_incumbent = 0.0;
    let v_sales_per_store_smb_incumbent = 0.0, v_margin_smb_incumbent = 0.0, v_perceived_margin_change_smb_incumbent = 0.0, v_effort_pull_smb_incumbent = 0.0, v_sales_per_store_farm_incumbent = 0.0, v_margin_farm_incumbent = 0.0, v_perceived_margin_change_farm_incumbent = 0.0, v_effort_pull_farm_incumbent = 0.0;
    let v_ad_revenue_incumbent = 0.0, v_platform_revenue_incumbent = 0.0, v_ad_intensity_incumbent = 0.0, v_take_rate_incumbent = 0.0, v_support_paid_incumbent = 0.0, v_platform_profit_incumbent = 0.0, v_support_spend_content = 0.0, v_support_rate_head_content = 0.0;
    let v_support_rate_smb_content = 0.0, v_support_rate_farm_content = 0.0, v_charge_head_content = 0.0, v_price_head_content = 0.0, v_price_seen_head_high_tier_content = 0.0, v_price_seen_head_low_tier_content = 0.0, v_price_seen_head_remote_content = 0.0, v_goods_utility_head_high_tier_content = 0.0;
    let v_goods_utility_head_low_tier_content = 0.0, v_goods_utility_head_remote_content = 0.0, v_merit_head_high_tier_content = 0.0, v_merit_head_low_tier_content = 0.0, v_merit_head_remote_content = 0.0, v_merit_weight_head_high_tier_content = 0.0, v_merit_weight_head_low_tier_content = 0.0, v_merit_weight_head_remote_content = 0.0;
    let v_charge_smb_content = 0.0, v_price_smb_content = 0.0, v_price_seen_smb_high_tier_content = 0.0, v_price_seen_smb_low_tier_content = 0.0, v_price_seen_smb_remote_content = 0.0, v_goods_utility_smb_high_tier_content = 0.0, v_goods_utility_smb_low_tier_content = 0.0, v_goods_utility_smb_remote_content = 0.0;
    let v_merit_smb_high_tier_content = 0.0, v_merit_smb_low_tier_content = 0.0, v_merit_smb_remote_content = 0.0, v_merit_weight_smb_high_tier_content = 0.0, v_merit_weight_smb_low_tier_content = 0.0, v_merit_weight_smb_remote_content = 0.0, v_charge_farm_content = 0.0, v_price_farm_content = 0.0;
    let v_price_seen_farm_high_tier_content = 0.0, v_price_seen_farm_low_tier_content = 0.0, v_price_seen_farm_remote_content = 0.0, v_goods_utility_farm_high_tier_content = 0.0, v_goods_utility_farm_low_tier_content = 0.0, v_goods_utility_farm_remote_content = 0.0, v_merit_farm_high_tier_content = 0.0, v_merit_farm_low_tier_content = 0.0;
    let v_merit_farm_remote_content = 0.0, v_merit_weight_farm_high_tier_content = 0.0, v_merit_weight_farm_low_tier_content = 0.0, v_merit_weight_farm_remote_content = 0.0, v_merit_total_high_tier_content = 0.0, v_merit_share_head_high_tier_content = 0.0, v_merit_share_smb_high_tier_content = 0.0, v_merit_share_farm_high_tier_content = 0.0;
    let v_merit_total_low_tier_content = 0.0, v_merit_share_head_low_tier_content = 0.0, v_merit_share_smb_low_tier_content = 0.0, v_merit_share_farm_low_tier_content = 0.0, v_merit_total_remote_content = 0.0, v_merit_share_head_remote_content = 0.0, v_merit_share_smb_remote_content = 0.0, v_merit_share_farm_remote_content = 0.0;
    let v_contribution_head_content = 0.0, v_bid_value_now_head_content = 0.0, v_bid_weight_head_content = 0.0, v_contribution_smb_content = 0.0, v_bid_value_now_smb_content = 0.0, v_bid_weight_smb_content = 0.0, v_contribution_farm_content = 0.0, v_bid_value_now_farm_content = 0.0;
    let v_bid_weight_farm_content = 0.0, v_bid_total_content = 0.0, v_bid_share_head_content = 0.0, v_traffic_head_high_tier_content = 0.0, v_attraction_head_high_tier_content = 0.0, v_traffic_head_low_tier_content = 0.0, v_attraction_head_low_tier_content = 0.0, v_traffic_head_remote_content = 0.0;
    let v_attraction_head_remote_content = 0.0, v_head_traffic_share_content = 0.0, v_bid_share_smb_content = 0.0, v_traffic_smb_high_tier_content = 0.0, v_attraction_smb_high_tier_content = 0.0, v_traffic_smb_low_tier_content = 0.0, v_attraction_smb_low_tier_content = 0.0, v_traffic_smb_remote_content = 0.0;
    let v_attraction_smb_remote_content = 0.0, v_bid_share_farm_content = 0.0, v_traffic_farm_high_tier_content = 0.0, v_attraction_farm_high_tier_content = 0.0, v_attraction_total_high_tier_content = 0.0, v_sales_share_head_high_tier_content = 0.0, v_gmv_head_high_tier_content = 0.0, v_sales_share_smb_high_tier_content = 0.0;
    let v_gmv_smb_high_tier_content = 0.0, v_sales_share_farm_high_tier_content = 0.0, v_gmv_farm_high_tier_content = 0.0, v_upward_flow_content = 0.0, v_relative_price_high_tier_content = 0.0, v_platform_value_high_tier_content = 0.0, v_utility_high_tier_content = 0.0, v_wallet_logit_high_tier_content = 0.0;
    let v_adoption_high_tier_content = 0.0, v_churn_demand_high_tier_content = 0.0, v_churn_high_tier_content = 0.0, v_traffic_farm_low_tier_content = 0.0, v_attraction_farm_low_tier_content = 0.0, v_attraction_total_low_tier_content = 0.0, v_sales_share_head_low_tier_content = 0.0, v_gmv_head_low_tier_content = 0.0;
    let v_sales_share_smb_low_tier_content = 0.0, v_gmv_smb_low_tier_content = 0.0, v_sales_share_farm_low_tier_content = 0.0, v_gmv_farm_low_tier_content = 0.0, v_relative_price_low_tier_content = 0.0, v_platform_value_low_tier_content = 0.0, v_utility_low_tier_content = 0.0, v_wallet_logit_low_tier_content = 0.0;
    let v_adoption_low_tier_content = 0.0, v_churn_demand_low_tier_content = 0.0, v_churn_low_tier_content = 0.0, v_traffic_farm_remote_content = 0.0, v_attraction_farm_remote_content = 0.0, v_attraction_total_remote_content = 0.0, v_sales_share_head_remote_content = 0.0, v_gmv_head_remote_content = 0.0;
    let v_gmv_head_content = 0.0, v_brand_access_content = 0.0, v_two_way_flow_share_content = 0.0, v_sales_share_smb_remote_content = 0.0, v_gmv_smb_remote_content = 0.0, v_gmv_smb_content = 0.0, v_smb_gmv_share_content = 0.0, v_sales_share_farm_remote_content = 0.0;
    let v_gmv_farm_remote_content = 0.0, v_gmv_farm_content = 0.0, v_relative_price_remote_content = 0.0, v_platform_value_remote_content = 0.0, v_utility_remote_content = 0.0, v_wallet_logit_remote_content = 0.0, v_adoption_remote_content = 0.0, v_churn_demand_remote_content = 0.0;
    let v_churn_remote_content = 0.0, v_bid_pressure_raw_content = 0.0, v_cpc_target_content = 0.0, v_cpc_change_content = 0.0, v_recent_sales_change_head_content = 0.0, v_recent_sales_change_smb_content = 0.0, v_recent_sales_change_farm_content = 0.0, v_sales_per_store_head_content = 0.0;
    let v_margin_head_content = 0.0, v_perceived_margin_change_head_content = 0.0, v_effort_pull_head_content = 0.0, v_sales_per_store_smb_content = 0.0, v_margin_smb_content = 0.0, v_perceived_margin_change_smb_content = 0.0, v_effort_pull_smb_content = 0.0, v_sales_per_store_farm_content = 0.0;
    let v_margin_farm_content = 0.0, v_perceived_margin_change_farm_content = 0.0, v_effort_pull_farm_content = 0.0, v_ad_revenue_content = 0.0, v_platform_revenue_content = 0.0, v_ad_intensity_content = 0.0, v_take_rate_content = 0.0, v_support_paid_content = 0.0;
    let v_platform_profit_content = 0.0, v_subsidy_share_total = 0.0, v_subsidy_split_head = 0.0, v_subsidy_split_smb = 0.0, v_subsidy_split_farm = 0.0, v_subsidy_split_logistics = 0.0, v_subsidy_split_coupons = 0.0, v_subsidy_rate = 0.0;
    let v_subsidy_spend = 0.0, v_rival_answer_change_incumbent = 0.0, v_rival_answer_change_content = 0.0, v_support_paid = 0.0, v_support_head = 0.0, v_support_rate_head = 0.0, v_charge_head = 0.0, v_price_head = 0.0;
    let v_contribution_head = 0.0, v_bid_value_now_head = 0.0, v_bid_weight_head = 0.0, v_support_smb = 0.0, v_support_rate_smb = 0.0, v_charge_smb = 0.0, v_price_smb = 0.0, v_price_seen_smb_high_tier = 0.0;
    let v_price_seen_smb_low_tier = 0.0, v_price_seen_smb_remote = 0.0, v_goods_utility_smb_high_tier = 0.0, v_goods_utility_smb_low_tier = 0.0, v_goods_utility_smb_remote = 0.0, v_merit_smb_high_tier = 0.0, v_merit_smb_low_tier = 0.0, v_merit_smb_remote = 0.0;
    let v_merit_weight_smb_high_tier = 0.0, v_merit_weight_smb_low_tier = 0.0, v_merit_weight_smb_remote = 0.0, v_contribution_smb = 0.0, v_bid_value_now_smb = 0.0, v_bid_weight_smb = 0.0, v_support_farm = 0.0, v_support_rate_farm = 0.0;
    let v_charge_farm = 0.0, v_price_farm = 0.0, v_price_seen_farm_high_tier = 0.0, v_price_seen_farm_low_tier = 0.0, v_price_seen_farm_remote = 0.0, v_goods_utility_farm_high_tier = 0.0, v_goods_utility_farm_low_tier = 0.0, v_goods_utility_farm_remote = 0.0;
    let v_merit_farm_high_tier = 0.0, v_merit_farm_low_tier = 0.0, v_merit_farm_remote = 0.0, v_merit_weight_farm_high_tier = 0.0, v_merit_weight_farm_low_tier = 0.0, v_merit_weight_farm_remote = 0.0, v_contribution_farm = 0.0, v_bid_value_now_farm = 0.0;
    let v_bid_weight_farm = 0.0, v_bid_total = 0.0, v_bid_share_head = 0.0, v_bid_share_smb = 0.0, v_bid_share_farm = 0.0, v_bid_pressure_raw = 0.0, v_cpc_target = 0.0, v_cpc_change = 0.0;
    let v_focal_support_rate = 0.0, v_focal_net_fee = 0.0, v_fee_cut_target_incumbent = 0.0, v_fee_cut_target_content = 0.0, v_fee_cut_change_incumbent = 0.0, v_fee_cut_change_content = 0.0, v_coupons = 0.0, v_coupon_rate = 0.0;
    let v_coupon_high_tier = 0.0, v_coupon_low_tier = 0.0, v_coupon_remote = 0.0, v_price_seen_head_high_tier = 0.0, v_price_seen_head_low_tier = 0.0, v_price_seen_head_remote = 0.0, v_goods_utility_head_high_tier = 0.0, v_goods_utility_head_low_tier = 0.0;
    let v_goods_utility_head_remote = 0.0, v_merit_head_high_tier = 0.0, v_merit_head_low_tier = 0.0, v_merit_head_remote = 0.0, v_merit_weight_head_high_tier = 0.0, v_merit_weight_head_low_tier = 0.0, v_merit_weight_head_remote = 0.0, v_merit_total_high_tier = 0.0;
    let v_merit_share_head_high_tier = 0.0, v_traffic_head_high_tier = 0.0, v_attraction_head_high_tier = 0.0, v_merit_share_smb_high_tier = 0.0, v_traffic_smb_high_tier = 0.0, v_attraction_smb_high_tier = 0.0, v_merit_share_farm_high_tier = 0.0, v_traffic_farm_high_tier = 0.0;
    let v_attraction_farm_high_tier = 0.0, v_attraction_total_high_tier = 0.0, v_sales_share_head_high_tier = 0.0, v_gmv_head_high_tier = 0.0, v_sales_share_smb_high_tier = 0.0, v_gmv_smb_high_tier = 0.0, v_sales_share_farm_high_tier = 0.0, v_gmv_farm_high_tier = 0.0;
    let v_upward_flow = 0.0, v_relative_price_high_tier = 0.0, v_platform_value_high_tier = 0.0, v_utility_high_tier = 0.0, v_wallet_logit_high_tier = 0.0, v_wallet_logit_total_high_tier = 0.0, v_wallet_share_target_high_tier = 0.0, v_wallet_share_target_high_tier_incumbent = 0.0;
    let v_wallet_share_target_high_tier_content = 0.0, v_wallet_share_change_high_tier = 0.0, v_wallet_share_change_high_tier_incumbent = 0.0, v_wallet_share_change_high_tier_content = 0.0, v_adoption_high_tier = 0.0, v_churn_demand_high_tier = 0.0, v_churn_high_tier = 0.0, v_merit_total_low_tier = 0.0;
    let v_merit_share_head_low_tier = 0.0, v_traffic_head_low_tier = 0.0, v_attraction_head_low_tier = 0.0, v_merit_share_smb_low_tier = 0.0, v_traffic_smb_low_tier = 0.0, v_attraction_smb_low_tier = 0.0, v_merit_share_farm_low_tier = 0.0, v_traffic_farm_low_tier = 0.0;
    let v_attraction_farm_low_tier = 0.0, v_attraction_total_low_tier = 0.0, v_sales_share_head_low_tier = 0.0, v_gmv_head_low_tier = 0.0, v_sales_share_smb_low_tier = 0.0, v_gmv_smb_low_tier = 0.0, v_sales_share_farm_low_tier = 0.0, v_gmv_farm_low_tier = 0.0;
    let v_relative_price_low_tier = 0.0, v_platform_value_low_tier = 0.0, v_utility_low_tier = 0.0, v_wallet_logit_low_tier = 0.0, v_wallet_logit_total_low_tier = 0.0, v_wallet_share_target_low_tier = 0.0, v_wallet_share_target_low_tier_incumbent = 0.0, v_wallet_share_target_low_tier_content = 0.0;
    let v_wallet_share_change_low_tier = 0.0, v_wallet_share_change_low_tier_incumbent = 0.0, v_wallet_share_change_low_tier_content = 0.0, v_adoption_low_tier = 0.0, v_churn_demand_low_tier = 0.0, v_churn_low_tier = 0.0, v_merit_total_remote = 0.0, v_merit_share_head_remote = 0.0;
    let v_traffic_head_remote = 0.0, v_attraction_head_remote = 0.0, v_head_traffic_share = 0.0, v_merit_share_smb_remote = 0.0, v_traffic_smb_remote = 0.0, v_attraction_smb_remote = 0.0, v_merit_share_farm_remote = 0.0, v_traffic_farm_remote = 0.0;
    let v_attraction_farm_remote = 0.0, v_attraction_total_remote = 0.0, v_sales_share_head_remote = 0.0, v_gmv_head_remote = 0.0, v_gmv_head = 0.0, v_coupon_base_now = 0.0, v_brand_access = 0.0, v_two_way_flow_share = 0.0;
    let v_sales_share_smb_remote = 0.0, v_gmv_smb_remote = 0.0, v_gmv_smb = 0.0, v_smb_gmv_share = 0.0, v_sales_share_farm_remote = 0.0, v_gmv_farm_remote = 0.0, v_gmv_farm = 0.0, v_relative_price_remote = 0.0;
    let v_platform_value_remote = 0.0, v_utility_remote = 0.0, v_wallet_logit_remote = 0.0, v_wallet_logit_total_remote = 0.0, v_wallet_share_target_remote = 0.0, v_wallet_share_target_remote_incumbent = 0.0, v_wallet_share_target_remote_content = 0.0, v_wallet_share_change_remote = 0.0;
    let v_wallet_share_change_remote_incumbent = 0.0, v_wallet_share_change_remote_content = 0.0, v_adoption_remote = 0.0, v_churn_demand_remote = 0.0, v_churn_remote = 0.0, v_recent_sales_change_head = 0.0, v_recent_sales_change_smb = 0.0, v_recent_sales_change_farm = 0.0;
    let v_sales_per_store_head = 0.0, v_margin_head = 0.0, v_perceived_margin_change_head = 0.0, v_effort_pull_head = 0.0, v_effort_pull_total_head = 0.0, v_effort_target_head = 0.0, v_effort_target_head_incumbent = 0.0, v_effort_target_head_content = 0.0;
    let v_effort_change_head = 0.0, v_effort_change_head_incumbent = 0.0, v_effort_change_head_content = 0.0, v_sales_per_store_smb = 0.0, v_margin_smb = 0.0, v_perceived_margin_change_smb = 0.0, v_effort_pull_smb = 0.0, v_effort_pull_total_smb = 0.0;
    let v_effort_target_smb = 0.0, v_effort_target_smb_incumbent = 0.0, v_effort_target_smb_content = 0.0, v_effort_change_smb = 0.0, v_effort_change_smb_incumbent = 0.0, v_effort_change_smb_content = 0.0, v_sales_per_store_farm = 0.0, v_margin_farm = 0.0;
    let v_perceived_margin_change_farm = 0.0, v_effort_pull_farm = 0.0, v_effort_pull_total_farm = 0.0, v_effort_target_farm = 0.0, v_effort_target_farm_incumbent = 0.0, v_effort_target_farm_content = 0.0, v_effort_change_farm = 0.0, v_effort_change_farm_incumbent = 0.0;
    let v_effort_change_farm_content = 0.0, v_smb_volume_growth = 0.0, v_ad_revenue = 0.0, v_platform_revenue = 0.0, v_ad_intensity = 0.0, v_take_rate = 0.0, v_platform_profit = 0.0, v_coupon_base_change = 0.0;
    let v_logistics_spend_yearly = 0.0, v_logistics_target = 0.0, v_logistics_change = 0.0;
    for (let k = 0; k <= steps; k++) {
      const time = k * dt;
      v_shoppers_high_tier = v_shoppers_cap_high_tier * v_shoppers_0_high_tier / pyMax(v_shoppers_0_high_tier + (v_shoppers_cap_high_tier - v_shoppers_0_high_tier) * Math.exp(-v_shoppers_rate_high_tier / 12.0 * time), 1e-09);
      v_shoppers_low_tier = v_shoppers_cap_low_tier * v_shoppers_0_low_tier / pyMax(v_shoppers_0_low_tier + (v_shoppers_cap_low_tier - v_shoppers_0_low_tier) * Math.exp(-v_shoppers_rate_low_tier / 12.0 * time), 1e-09);
      v_shoppers_remote = v_shoppers_cap_remote * v_shoppers_0_remote / pyMax(v_shoppers_0_remote + (v_shoppers_cap_remote - v_shoppers_0_remote) * Math.exp(-v_shoppers_rate_remote / 12.0 * time), 1e-09);
      v_nominal = Math.exp(v_wallet_growth_rate * time);
      v_wallet_high_tier = v_wallet_0_high_tier * v_nominal;
      v_wallet_low_tier = v_wallet_0_low_tier * v_nominal;
      v_wallet_remote = v_wallet_0_remote * v_nominal;
      v_reach_high_tier = v_max_reach * v_shoppers_high_tier;
      v_reach_low_tier = v_max_reach * v_shoppers_low_tier;
      v_reach_remote = v_max_reach * v_shoppers_remote;
      v_gmv_high_tier = v_buyers_high_tier * v_wallet_high_tier * v_wallet_share_high_tier;
      v_gmv_high_tier_incumbent = v_buyers_high_tier_incumbent * v_wallet_high_tier * v_wallet_share_high_tier_incumbent;
      v_gmv_high_tier_content = v_buyers_high_tier_content * v_wallet_high_tier * v_wallet_share_high_tier_content;
      v_gmv_low_tier = v_buyers_low_tier * v_wallet_low_tier * v_wallet_share_low_tier;
      v_gmv_low_tier_incumbent = v_buyers_low_tier_incumbent * v_wallet_low_tier * v_wallet_share_low_tier_incumbent;
      v_gmv_low_tier_content = v_buyers_low_tier_content * v_wallet_low_tier * v_wallet_share_low_tier_content;
      v_gmv_remote = v_buyers_remote * v_wallet_remote * v_wallet_share_remote;
      v_gmv = v_gmv_high_tier + v_gmv_low_tier + v_gmv_remote;
      v_gmv_remote_incumbent = v_buyers_remote_incumbent * v_wallet_remote * v_wallet_share_remote_incumbent;
      v_gmv_incumbent = v_gmv_high_tier_incumbent + v_gmv_low_tier_incumbent + v_gmv_remote_incumbent;
      v_gmv_remote_content = v_buyers_remote_content * v_wallet_remote * v_wallet_share_remote_content;
      v_gmv_content = v_gmv_high_tier_content + v_gmv_low_tier_content + v_gmv_remote_content;
      v_safe_gmv = pyMax(v_gmv, 1e-09);
      v_safe_gmv_incumbent = pyMax(v_gmv_incumbent, 1e-09);
      v_safe_gmv_content = pyMax(v_gmv_content, 1e-09);
      v_gmv_market = v_gmv + v_gmv_incumbent + v_gmv_content;
      v_gmv_share = v_gmv / pyMax(v_gmv_market, 1e-09);
      v_gmv_share_incumbent = v_gmv_incumbent / pyMax(v_gmv_market, 1e-09);
      v_gmv_share_content = v_gmv_content / pyMax(v_gmv_market, 1e-09);
      v_buyers = v_buyers_high_tier + v_buyers_low_tier + v_buyers_remote;
      v_buyers_incumbent = v_buyers_high_tier_incumbent + v_buyers_low_tier_incumbent + v_buyers_remote_incumbent;
      v_buyers_content = v_buyers_high_tier_content + v_buyers_low_tier_content + v_buyers_remote_content;
      v_platform_bonus_high_tier = v_logistics_weight_high_tier * v_logistics_coverage;
      v_platform_bonus_high_tier_incumbent = 0.0;
      v_platform_bonus_low_tier = v_logistics_weight_low_tier * v_logistics_coverage;
      v_platform_bonus_low_tier_incumbent = 0.0;
      v_platform_bonus_remote = v_logistics_weight_remote * v_logistics_coverage;
      v_platform_bonus_remote_incumbent = 0.0;
      v_room_high_tier = pyMax(v_reach_high_tier - v_buyers_high_tier, 0.0);
      v_room_high_tier_incumbent = pyMax(v_reach_high_tier - v_buyers_high_tier_incumbent, 0.0);
      v_room_high_tier_content = pyMax(v_reach_high_tier - v_buyers_high_tier_content, 0.0);
      v_room_low_tier = pyMax(v_reach_low_tier - v_buyers_low_tier, 0.0);
      v_room_low_tier_incumbent = pyMax(v_reach_low_tier - v_buyers_low_tier_incumbent, 0.0);
      v_room_low_tier_content = pyMax(v_reach_low_tier - v_buyers_low_tier_content, 0.0);
      v_room_remote = pyMax(v_reach_remote - v_buyers_remote, 0.0);
      v_room_remote_incumbent = pyMax(v_reach_remote - v_buyers_remote_incumbent, 0.0);
      v_room_remote_content = pyMax(v_reach_remote - v_buyers_remote_content, 0.0);
      v_coupon_high_tier_incumbent = 0.0;
      v_coupon_high_tier_content = 0.0;
      v_coupon_low_tier_incumbent = 0.0;
      v_coupon_low_tier_content = 0.0;
      v_coupon_remote_incumbent = 0.0;
      v_coupon_remote_content = 0.0;
      v_recent_sales_total = pyMax(v_recent_sales_head + v_recent_sales_smb + v_recent_sales_farm, 1e-09);
      v_recent_sales_total_incumbent = pyMax(v_recent_sales_head_incumbent + v_recent_sales_smb_incumbent + v_recent_sales_farm_incumbent, 1e-09);
      v_recent_sales_total_content = pyMax(v_recent_sales_head_content + v_recent_sales_smb_content + v_recent_sales_farm_content, 1e-09);
      v_presence_head = 1.0 - (1.0 - pyMin(pyMax(v_effort_head, 0.0), 1.0)) ** v_multihoming_head;
      v_presence_head_incumbent = 1.0 - (1.0 - pyMin(pyMax(v_effort_head_incumbent, 0.0), 1.0)) ** v_multihoming_head;
      v_presence_head_content = 1.0 - (1.0 - pyMin(pyMax(v_effort_head_content, 0.0), 1.0)) ** v_multihoming_head;
      v_presence_smb = 1.0 - (1.0 - pyMin(pyMax(v_effort_smb, 0.0), 1.0)) ** v_multihoming_smb;
      v_presence_smb_incumbent = 1.0 - (1.0 - pyMin(pyMax(v_effort_smb_incumbent, 0.0), 1.0)) ** v_multihoming_smb;
      v_presence_smb_content = 1.0 - (1.0 - pyMin(pyMax(v_effort_smb_content, 0.0), 1.0)) ** v_multihoming_smb;
      v_presence_farm = 1.0 - (1.0 - pyMin(pyMax(v_effort_farm, 0.0), 1.0)) ** v_multihoming_farm;
      v_presence_farm_incumbent = 1.0 - (1.0 - pyMin(pyMax(v_effort_farm_incumbent, 0.0), 1.0)) ** v_multihoming_farm;
      v_presence_farm_content = 1.0 - (1.0 - pyMin(pyMax(v_effort_farm_content, 0.0), 1.0)) ** v_multihoming_farm;
      v_merchants_head = v_sellers_head * v_presence_head;
      v_merchants_head_incumbent = v_sellers_head * v_presence_head_incumbent;
      v_merchants_head_content = v_sellers_head * v_presence_head_content;
      v_merchants_smb = (v_sellers_smb_new + v_sellers_smb_established) * v_presence_smb;
      v_merchants_smb_incumbent = (v_sellers_smb_new + v_sellers_smb_established) * v_presence_smb_incumbent;
      v_merchants_smb_content = (v_sellers_smb_new + v_sellers_smb_established) * v_presence_smb_content;
      v_merchants_farm = v_sellers_farm * v_presence_farm;
      v_merchants = v_merchants_head + v_merchants_smb + v_merchants_farm;
      v_merchants_farm_incumbent = v_sellers_farm * v_presence_farm_incumbent;
      v_merchants_incumbent = v_merchants_head_incumbent + v_merchants_smb_incumbent + v_merchants_farm_incumbent;
      v_merchants_farm_content = v_sellers_farm * v_presence_farm_content;
      v_merchants_content = v_merchants_head_content + v_merchants_smb_content + v_merchants_farm_content;
      v_merchants_smb_new = v_sellers_smb_new * v_presence_smb;
      v_merchants_smb_new_incumbent = v_sellers_smb_new * v_presence_smb_incumbent;
      v_merchants_smb_new_content = v_sellers_smb_new * v_presence_smb_content;
      v_merchants_smb_established = v_sellers_smb_established * v_presence_smb;
      v_merchants_smb_established_incumbent = v_sellers_smb_established * v_presence_smb_incumbent;
      v_merchants_smb_established_content = v_sellers_smb_established * v_presence_smb_content;
      v_listings_head = v_merchants_head;
      v_listings_head_incumbent = v_merchants_head_incumbent;
      v_listings_head_content = v_merchants_head_content;
      v_listings_smb = v_merchants_smb_established + v_new_smb_weight * v_merchants_smb_new;
      v_listings_smb_incumbent = v_merchants_smb_established_incumbent + v_new_smb_weight * v_merchants_smb_new_incumbent;
      v_listings_smb_content = v_merchants_smb_established_content + v_new_smb_weight * v_merchants_smb_new_content;
      v_listings_farm = v_merchants_farm;
      v_listings_farm_incumbent = v_merchants_farm_incumbent;
      v_listings_farm_content = v_merchants_farm_content;
      v_listings = v_listings_head + v_listings_smb + v_listings_farm;
      v_count_share_head = v_listings_head / pyMax(v_listings, 1e-09);
      v_count_share_smb = v_listings_smb / pyMax(v_listings, 1e-09);
      v_count_share_farm = v_listings_farm / pyMax(v_listings, 1e-09);
      v_listings_incumbent = v_listings_head_incumbent + v_listings_smb_incumbent + v_listings_farm_incumbent;
      v_count_share_head_incumbent = v_listings_head_incumbent / pyMax(v_listings_incumbent, 1e-09);
      v_count_share_smb_incumbent = v_listings_smb_incumbent / pyMax(v_listings_incumbent, 1e-09);
      v_count_share_farm_incumbent = v_listings_farm_incumbent / pyMax(v_listings_incumbent, 1e-09);
      v_listings_content = v_listings_head_content + v_listings_smb_content + v_listings_farm_content;
      v_count_share_head_content = v_listings_head_content / pyMax(v_listings_content, 1e-09);
      v_count_share_smb_content = v_listings_smb_content / pyMax(v_listings_content, 1e-09);
      v_count_share_farm_content = v_listings_farm_content / pyMax(v_listings_content, 1e-09);
      v_seller_count_head = v_sellers_head;
      v_seller_count_smb = v_sellers_smb_new + v_sellers_smb_established;
      v_seller_count_farm = v_sellers_farm;
      v_market_margin_head = v_effort_head * v_perceived_margin_head + v_effort_head_incumbent * v_perceived_margin_head_incumbent + v_effort_head_content * v_perceived_margin_head_content;
      v_market_margin_smb = v_effort_smb * v_perceived_margin_smb + v_effort_smb_incumbent * v_perceived_margin_smb_incumbent + v_effort_smb_content * v_perceived_margin_smb_content;
      v_market_margin_farm = v_effort_farm * v_perceived_margin_farm + v_effort_farm_incumbent * v_perceived_margin_farm_incumbent + v_effort_farm_content * v_perceived_margin_farm_content;
      v_free_pool_head = pyMax(v_pool_head + v_seller_count_0_head - v_seller_count_head, 0.0);
      v_free_pool_smb = pyMax(v_pool_smb + v_seller_count_0_smb - v_seller_count_smb, 0.0);
      v_free_pool_farm = pyMax(v_pool_farm + v_seller_count_0_farm - v_seller_count_farm, 0.0);
      v_entry_willingness_head = 1.0 / (1.0 + Math.exp(-pyMin(pyMax(v_entry_steepness * (v_market_margin_head - v_entry_threshold), -500.0), 500.0)));
      v_entry_willingness_smb = 1.0 / (1.0 + Math.exp(-pyMin(pyMax(v_entry_steepness * (v_market_margin_smb - v_entry_threshold), -500.0), 500.0)));
      v_entry_willingness_farm = 1.0 / (1.0 + Math.exp(-pyMin(pyMax(v_entry_steepness * (v_market_margin_farm - v_entry_threshold), -500.0), 500.0)));
      v_distress_exit_head = v_distress_exit_rate * (1.0 / (1.0 + Math.exp(-pyMin(pyMax(-v_entry_steepness * (v_market_margin_head - v_exit_threshold), -500.0), 500.0))));
      v_distress_exit_smb = v_distress_exit_rate * (1.0 / (1.0 + Math.exp(-pyMin(pyMax(-v_entry_steepness * (v_market_margin_smb - v_exit_threshold), -500.0), 500.0))));
      v_distress_exit_farm = v_distress_exit_rate * (1.0 / (1.0 + Math.exp(-pyMin(pyMax(-v_entry_steepness * (v_market_margin_farm - v_exit_threshold), -500.0), 500.0))));
      v_merchant_entry_head = pyMin(v_cal_entry_rate_head * v_free_pool_head * v_entry_willingness_head, v_free_pool_head / dt);
      v_merchant_exit_head = pyMin(v_sellers_head * (v_base_exit_rate_head + v_distress_exit_head), v_sellers_head / dt);
      v_merchant_entry_farm = pyMin(v_cal_entry_rate_farm * v_free_pool_farm * v_entry_willingness_farm, v_free_pool_farm / dt);
      v_merchant_exit_farm = pyMin(v_sellers_farm * (v_base_exit_rate_farm + v_distress_exit_farm), v_sellers_farm / dt);
      v_merchant_entry_smb = pyMin(v_cal_entry_rate_smb * v_free_pool_smb * v_entry_willingness_smb, v_free_pool_smb / dt);
      v_merchant_exit_smb_established = pyMin(v_sellers_smb_established * (v_exit_rate_smb_established + v_distress_exit_smb), v_sellers_smb_established / dt);
      v_exit_smb_new_demand = v_sellers_smb_new * (v_base_exit_rate_smb + v_distress_exit_smb);
      v_graduation_demand = v_graduation_rate * v_sellers_smb_new;
      v_leave_smb_new = v_exit_smb_new_demand + v_graduation_demand;
      v_leave_scale = (v_leave_smb_new > v_sellers_smb_new / dt ? v_sellers_smb_new / dt / v_leave_smb_new : 1.0);
      v_merchant_exit_smb_new = v_exit_smb_new_demand * v_leave_scale;
      v_smb_graduation = v_graduation_demand * v_leave_scale;
      v_smb_unit_cost = (v_smb_volume / (v_cal_smb_volume + v_cal_smb_sales * time)) ** (-v_learning_exponent);
      v_smb_capability = 1.0 / v_smb_unit_cost;
      v_cost_change_head = 0.0;
      v_cost_change_smb = (1.0 - v_gross_margin_smb) * (v_smb_unit_cost - 1.0);
      v_cost_change_farm = 0.0;
      v_content_attraction = v_content_attraction_gain * (1.0 - Math.exp(-time / v_content_trend_months));
      v_platform_bonus_high_tier_content = v_content_attraction;
      v_platform_bonus_low_tier_content = v_content_attraction;
      v_platform_bonus_remote_content = v_content_attraction;
      v_subsidy_window = (time < v_subsidy_start_month ? 0.0 : (time < v_subsidy_end_month ? 1.0 : (v_subsidy_taper_months > 0.0 ? pyMax(1.0 - (time - v_subsidy_end_month) / v_subsidy_taper_months, 0.0) : 0.0)));
      if (q_commission) {
        v_commission = leverAt(b_commission, schedAt, schedValue, schedRamp, schedBounds[0], schedBounds[1], time);
      }
      v_net_commission = pyMax(v_commission, 0.0);
      v_commission_revenue = v_net_commission * v_gmv;
      if (q_commission_incumbent) {
        v_commission_incumbent = leverAt(b_commission_incumbent, schedAt, schedValue, schedRamp, schedBounds[10], schedBounds[11], time);
      }
      v_net_commission_incumbent = pyMax(v_commission_incumbent - v_fee_cut_incumbent, 0.0);
      v_commission_revenue_incumbent = v_net_commission_incumbent * v_gmv_incumbent;
      if (q_commission_content) {
        v_commission_content = leverAt(b_commission_content, schedAt, schedValue, schedRamp, schedBounds[11], schedBounds[12], time);
      }
      v_net_commission_content = pyMax(v_commission_content - v_fee_cut_content, 0.0);
      v_commission_revenue_content = v_net_commission_content * v_gmv_content;
      if (q_fairness) {
        v_fairness = leverAt(b_fairness, schedAt, schedValue, schedRamp, schedBounds[1], schedBounds[2], time);
      }
      if (q_fairness_incumbent) {
        v_fairness_incumbent = leverAt(b_fairness_incumbent, schedAt, schedValue, schedRamp, schedBounds[12], schedBounds[13], time);
      }
      if (q_fairness_content) {
        v_fairness_content = leverAt(b_fairness_content, schedAt, schedValue, schedRamp, schedBounds[13], schedBounds[14], time);
      }
      if (q_ad_load) {
        v_ad_load = leverAt(b_ad_load, schedAt, schedValue, schedRamp, schedBounds[2], schedBounds[3], time);
      }
      v_auctioned_share = v_ad_load + (1.0 - v_ad_load) * (1.0 - v_long_tail_floor) * (1.0 - v_fairness);
      v_ad_cost_head = v_ad_spend_0 * v_ad_weight_head / v_cal_ad_norm * (v_ad_load / v_cal_ad_load) * v_cpc_index ** v_cpc_pass;
      v_ad_cost_smb = v_ad_spend_0 * v_ad_weight_smb / v_cal_ad_norm * (v_ad_load / v_cal_ad_load) * v_cpc_index ** v_cpc_pass;
      v_ad_cost_farm = v_ad_spend_0 * v_ad_weight_farm / v_cal_ad_norm * (v_ad_load / v_cal_ad_load) * v_cpc_index ** v_cpc_pass;
      if (q_ad_load_incumbent) {
        v_ad_load_incumbent = leverAt(b_ad_load_incumbent, schedAt, schedValue, schedRamp, schedBounds[14], schedBounds[15], time);
      }
      v_auctioned_share_incumbent = v_ad_load_incumbent + (1.0 - v_ad_load_incumbent) * (1.0 - v_long_tail_floor) * (1.0 - v_fairness_incumbent);
      v_ad_cost_head_incumbent = v_ad_spend_0_incumbent * v_ad_weight_head / v_cal_ad_norm_incumbent * (v_ad_load_incumbent / v_cal_ad_load_incumbent) * v_cpc_index_incumbent ** v_cpc_pass;
      v_ad_cost_smb_incumbent = v_ad_spend_0_incumbent * v_ad_weight_smb / v_cal_ad_norm_incumbent * (v_ad_load_incumbent / v_cal_ad_load_incumbent) * v_cpc_index_incumbent ** v_cpc_pass;
      v_ad_cost_farm_incumbent = v_ad_spend_0_incumbent * v_ad_weight_farm / v_cal_ad_norm_incumbent * (v_ad_load_incumbent / v_cal_ad_load_incumbent) * v_cpc_index_incumbent ** v_cpc_pass;
      if (q_ad_load_content) {
        v_ad_load_content = leverAt(b_ad_load_content, schedAt, schedValue, schedRamp, schedBounds[15], schedBounds[16], time);
      }
      v_auctioned_share_content = v_ad_load_content + (1.0 - v_ad_load_content) * (1.0 - v_long_tail_floor) * (1.0 - v_fairness_content);
      v_ad_cost_head_content = v_ad_spend_0_content * v_ad_weight_head / v_cal_ad_norm_content * (v_ad_load_content / v_cal_ad_load_content) * v_cpc_index_content ** v_cpc_pass;
      v_ad_cost_smb_content = v_ad_spend_0_content * v_ad_weight_smb / v_cal_ad_norm_content * (v_ad_load_content / v_cal_ad_load_content) * v_cpc_index_content ** v_cpc_pass;
      v_ad_cost_farm_content = v_ad_spend_0_content * v_ad_weight_farm / v_cal_ad_norm_content * (v_ad_load_content / v_cal_ad_load_content) * v_cpc_index_content ** v_cpc_pass;
      if (q_marketing_bn_per_year) {
        v_marketing_bn_per_year = leverAt(b_marketing_bn_per_year, schedAt, schedValue, schedRamp, schedBounds[9], schedBounds[10], time);
      }
      v_acquisition_high_tier = pyMin(pyMax(v_marketing_bn_per_year, 0.0) / 12.0 * 1000.0 / v_acquisition_cost * v_room_high_tier / v_cal_room, v_room_high_tier / dt);
      v_acquisition_low_tier = pyMin(pyMax(v_marketing_bn_per_year, 0.0) / 12.0 * 1000.0 / v_acquisition_cost * v_room_low_tier / v_cal_room, v_room_low_tier / dt);
      v_acquisition_remote = pyMin(pyMax(v_marketing_bn_per_year, 0.0) / 12.0 * 1000.0 / v_acquisition_cost * v_room_remote / v_cal_room, v_room_remote / dt);
      v_marketing_spend = pyMax(v_marketing_bn_per_year, 0.0) / 12.0;
      if (q_marketing_bn_per_year_incumbent) {
        v_marketing_bn_per_year_incumbent = leverAt(b_marketing_bn_per_year_incumbent, schedAt, schedValue, schedRamp, schedBounds[18], schedBounds[19], time);
      }
      v_acquisition_high_tier_incumbent = pyMin(pyMax(v_marketing_bn_per_year_incumbent, 0.0) / 12.0 * 1000.0 / v_acquisition_cost_incumbent * v_room_high_tier_incumbent / v_cal_room_incumbent, v_room_high_tier_incumbent / dt);
      v_acquisition_low_tier_incumbent = pyMin(pyMax(v_marketing_bn_per_year_incumbent, 0.0) / 12.0 * 1000.0 / v_acquisition_cost_incumbent * v_room_low_tier_incumbent / v_cal_room_incumbent, v_room_low_tier_incumbent / dt);
      v_acquisition_remote_incumbent = pyMin(pyMax(v_marketing_bn_per_year_incumbent, 0.0) / 12.0 * 1000.0 / v_acquisition_cost_incumbent * v_room_remote_incumbent / v_cal_room_incumbent, v_room_remote_incumbent / dt);
      v_marketing_spend_incumbent = pyMax(v_marketing_bn_per_year_incumbent, 0.0) / 12.0;
      if (q_marketing_bn_per_year_content) {
        v_marketing_bn_per_year_content = leverAt(b_marketing_bn_per_year_content, schedAt, schedValue, schedRamp, schedBounds[19], schedBounds[20], time);
      }
      v_acquisition_high_tier_content = pyMin(pyMax(v_marketing_bn_per_year_content, 0.0) / 12.0 * 1000.0 / v_acquisition_cost_content * v_room_high_tier_content / v_cal_room_content, v_room_high_tier_content / dt);
      v_acquisition_low_tier_content = pyMin(pyMax(v_marketing_bn_per_year_content, 0.0) / 12.0 * 1000.0 / v_acquisition_cost_content * v_room_low_tier_content / v_cal_room_content, v_room_low_tier_content / dt);
      v_acquisition_remote_content = pyMin(pyMax(v_marketing_bn_per_year_content, 0.0) / 12.0 * 1000.0 / v_acquisition_cost_content * v_room_remote_content / v_cal_room_content, v_room_remote_content / dt);
      v_marketing_spend_content = pyMax(v_marketing_bn_per_year_content, 0.0) / 12.0;
      if (q_subsidy_bn_per_year_incumbent) {
        v_subsidy_bn_per_year_incumbent = leverAt(b_subsidy_bn_per_year_incumbent, schedAt, schedValue, schedRamp, schedBounds[16], schedBounds[17], time);
      }
      v_support_spend_incumbent = pyMax(v_subsidy_bn_per_year_incumbent, 0.0) / 12.0 + v_rival_answer_incumbent;
      v_support_rate_head_incumbent = pyMin(v_support_spend_incumbent / v_recent_sales_total_incumbent, 0.5);
      v_support_rate_smb_incumbent = pyMin(v_support_spend_incumbent / v_recent_sales_total_incumbent, 0.5);
      v_support_rate_farm_incumbent = pyMin(v_support_spend_incumbent / v_recent_sales_total_incumbent, 0.5);
      v_charge_head_incumbent = v_net_commission_incumbent + v_ad_cost_head_incumbent - v_support_rate_head_incumbent;
      v_price_head_incumbent = pyMin(pyMax(1.0 + v_pass_through * (v_charge_head_incumbent - v_cal_charge_head_incumbent + v_cost_change_head), 0.1), 10.0);
      v_price_seen_head_high_tier_incumbent = v_price_head_incumbent * (1.0 - v_coupon_high_tier_incumbent);
      v_price_seen_head_low_tier_incumbent = v_price_head_incumbent * (1.0 - v_coupon_low_tier_incumbent);
      v_price_seen_head_remote_incumbent = v_price_head_incumbent * (1.0 - v_coupon_remote_incumbent);
      v_goods_utility_head_high_tier_incumbent = pyMin(pyMax(v_quality_weight_high_tier * Math.log(v_quality_head_high_tier) - v_price_weight_high_tier * Math.log(v_price_seen_head_high_tier_incumbent), -20.0), 20.0);
      v_goods_utility_head_low_tier_incumbent = pyMin(pyMax(v_quality_weight_low_tier * Math.log(v_quality_head_low_tier) - v_price_weight_low_tier * Math.log(v_price_seen_head_low_tier_incumbent), -20.0), 20.0);
      v_goods_utility_head_remote_incumbent = pyMin(pyMax(v_quality_weight_remote * Math.log(v_quality_head_remote) - v_price_weight_remote * Math.log(v_price_seen_head_remote_incumbent), -20.0), 20.0);
      v_merit_head_high_tier_incumbent = v_quality_head_high_tier / v_price_seen_head_high_tier_incumbent;
      v_merit_head_low_tier_incumbent = v_quality_head_low_tier / v_price_seen_head_low_tier_incumbent;
      v_merit_head_remote_incumbent = v_quality_head_remote / v_price_seen_head_remote_incumbent;
      v_merit_weight_head_high_tier_incumbent = v_listings_head_incumbent * v_merit_head_high_tier_incumbent ** v_merit_exponent;
      v_merit_weight_head_low_tier_incumbent = v_listings_head_incumbent * v_merit_head_low_tier_incumbent ** v_merit_exponent;
      v_merit_weight_head_remote_incumbent = v_listings_head_incumbent * v_merit_head_remote_incumbent ** v_merit_exponent;
      v_charge_smb_incumbent = v_net_commission_incumbent + v_ad_cost_smb_incumbent - v_support_rate_smb_incumbent;
      v_price_smb_incumbent = pyMin(pyMax(1.0 + v_pass_through * (v_charge_smb_incumbent - v_cal_charge_smb_incumbent + v_cost_change_smb), 0.1), 10.0);
      v_price_seen_smb_high_tier_incumbent = v_price_ratio_smb * v_price_smb_incumbent;
      v_price_seen_smb_low_tier_incumbent = v_price_ratio_smb * v_price_smb_incumbent;
      v_price_seen_smb_remote_incumbent = v_price_ratio_smb * v_price_smb_incumbent;
      v_goods_utility_smb_high_tier_incumbent = pyMin(pyMax(v_quality_weight_high_tier * Math.log(v_quality_smb_high_tier) - v_price_weight_high_tier * Math.log(v_price_seen_smb_high_tier_incumbent), -20.0), 20.0);
      v_goods_utility_smb_low_tier_incumbent = pyMin(pyMax(v_quality_weight_low_tier * Math.log(v_quality_smb_low_tier) - v_price_weight_low_tier * Math.log(v_price_seen_smb_low_tier_incumbent), -20.0), 20.0);
      v_goods_utility_smb_remote_incumbent = pyMin(pyMax(v_quality_weight_remote * Math.log(v_quality_smb_remote) - v_price_weight_remote * Math.log(v_price_seen_smb_remote_incumbent), -20.0), 20.0);
      v_merit_smb_high_tier_incumbent = v_quality_smb_high_tier / v_price_seen_smb_high_tier_incumbent;
      v_merit_smb_low_tier_incumbent = v_quality_smb_low_tier / v_price_seen_smb_low_tier_incumbent;
      v_merit_smb_remote_incumbent = v_quality_smb_remote / v_price_seen_smb_remote_incumbent;
      v_merit_weight_smb_high_tier_incumbent = v_listings_smb_incumbent * v_merit_smb_high_tier_incumbent ** v_merit_exponent;
      v_merit_weight_smb_low_tier_incumbent = v_listings_smb_incumbent * v_merit_smb_low_tier_incumbent ** v_merit_exponent;
      v_merit_weight_smb_remote_incumbent = v_listings_smb_incumbent * v_merit_smb_remote_incumbent ** v_merit_exponent;
      v_charge_farm_incumbent = v_net_commission_incumbent + v_ad_cost_farm_incumbent - v_support_rate_farm_incumbent;
      v_price_farm_incumbent = pyMin(pyMax(1.0 + v_pass_through * (v_charge_farm_incumbent - v_cal_charge_farm_incumbent + v_cost_change_farm), 0.1), 10.0);
      v_price_seen_farm_high_tier_incumbent = v_price_ratio_farm * v_price_farm_incumbent;
      v_price_seen_farm_low_tier_incumbent = v_price_ratio_farm * v_price_farm_incumbent;
      v_price_seen_farm_remote_incumbent = v_price_ratio_farm * v_price_farm_incumbent;
      v_goods_utility_farm_high_tier_incumbent = pyMin(pyMax(v_quality_weight_high_tier * Math.log(v_quality_farm_high_tier) - v_price_weight_high_tier * Math.log(v_price_seen_farm_high_tier_incumbent), -20.0), 20.0);
      v_goods_utility_farm_low_tier_incumbent = pyMin(pyMax(v_quality_weight_low_tier * Math.log(v_quality_farm_low_tier) - v_price_weight_low_tier * Math.log(v_price_seen_farm_low_tier_incumbent), -20.0), 20.0);
      v_goods_utility_farm_remote_incumbent = pyMin(pyMax(v_quality_weight_remote * Math.log(v_quality_farm_remote) - v_price_weight_remote * Math.log(v_price_seen_farm_remote_incumbent), -20.0), 20.0);
      v_merit_farm_high_tier_incumbent = v_quality_farm_high_tier / v_price_seen_farm_high_tier_incumbent;
      v_merit_farm_low_tier_incumbent = v_quality_farm_low_tier / v_price_seen_farm_low_tier_incumbent;
      v_merit_farm_remote_incumbent = v_quality_farm_remote / v_price_seen_farm_remote_incumbent;
      v_merit_weight_farm_high_tier_incumbent = v_listings_farm_incumbent * v_merit_farm_high_tier_incumbent ** v_merit_exponent;
      v_merit_weight_farm_low_tier_incumbent = v_listings_farm_incumbent * v_merit_farm_low_tier_incumbent ** v_merit_exponent;
      v_merit_weight_farm_remote_incumbent = v_listings_farm_incumbent * v_merit_farm_remote_incumbent ** v_merit_exponent;
      v_merit_total_high_tier_incumbent = pyMax(v_merit_weight_head_high_tier_incumbent + v_merit_weight_smb_high_tier_incumbent + v_merit_weight_farm_high_tier_incumbent, 1e-09);
      v_merit_share_head_high_tier_incumbent = v_merit_weight_head_high_tier_incumbent / v_merit_total_high_tier_incumbent;
      v_merit_share_smb_high_tier_incumbent = v_merit_weight_smb_high_tier_incumbent / v_merit_total_high_tier_incumbent;
      v_merit_share_farm_high_tier_incumbent = v_merit_weight_farm_high_tier_incumbent / v_merit_total_high_tier_incumbent;
      v_merit_total_low_tier_incumbent = pyMax(v_merit_weight_head_low_tier_incumbent + v_merit_weight_smb_low_tier_incumbent + v_merit_weight_farm_low_tier_incumbent, 1e-09);
      v_merit_share_head_low_tier_incumbent = v_merit_weight_head_low_tier_incumbent / v_merit_total_low_tier_incumbent;
      v_merit_share_smb_low_tier_incumbent = v_merit_weight_smb_low_tier_incumbent / v_merit_total_low_tier_incumbent;
      v_merit_share_farm_low_tier_incumbent = v_merit_weight_farm_low_tier_incumbent / v_merit_total_low_tier_incumbent;
      v_merit_total_remote_incumbent = pyMax(v_merit_weight_head_remote_incumbent + v_merit_weight_smb_remote_incumbent + v_merit_weight_farm_remote_incumbent, 1e-09);
      v_merit_share_head_remote_incumbent = v_merit_weight_head_remote_incumbent / v_merit_total_remote_incumbent;
      v_merit_share_smb_remote_incumbent = v_merit_weight_smb_remote_incumbent / v_merit_total_remote_incumbent;
      v_merit_share_farm_remote_incumbent = v_merit_weight_farm_remote_incumbent / v_merit_total_remote_incumbent;
      v_contribution_head_incumbent = v_gross_margin_head - v_charge_head_incumbent - v_cost_change_head + (v_price_head_incumbent - 1.0);
      v_bid_value_now_head_incumbent = v_bid_value_head * (pyMax(v_contribution_head_incumbent, 0.005) / pyMax(v_cal_contribution_head_incumbent, 0.005)) ** v_bid_margin_response;
      v_bid_weight_head_incumbent = v_listings_head_incumbent * v_bid_value_now_head_incumbent ** v_bid_exponent;
      v_contribution_smb_incumbent = v_gross_margin_smb - v_charge_smb_incumbent - v_cost_change_smb + (v_price_smb_incumbent - 1.0);
      v_bid_value_now_smb_incumbent = v_bid_value_smb * (pyMax(v_contribution_smb_incumbent, 0.005) / pyMax(v_cal_contribution_smb_incumbent, 0.005)) ** v_bid_margin_response;
      v_bid_weight_smb_incumbent = v_listings_smb_incumbent * v_bid_value_now_smb_incumbent ** v_bid_exponent;
      v_contribution_farm_incumbent = v_gross_margin_farm - v_charge_farm_incumbent - v_cost_change_farm + (v_price_farm_incumbent - 1.0);
      v_bid_value_now_farm_incumbent = v_bid_value_farm * (pyMax(v_contribution_farm_incumbent, 0.005) / pyMax(v_cal_contribution_farm_incumbent, 0.005)) ** v_bid_margin_response;
      v_bid_weight_farm_incumbent = v_listings_farm_incumbent * v_bid_value_now_farm_incumbent ** v_bid_exponent;
      v_bid_total_incumbent = pyMax(v_bid_weight_head_incumbent + v_bid_weight_smb_incumbent + v_bid_weight_farm_incumbent, 1e-09);
      v_bid_share_head_incumbent = v_bid_weight_head_incumbent / v_bid_total_incumbent;
      v_traffic_head_high_tier_incumbent = (1.0 - v_ad_load_incumbent) * (v_long_tail_floor * v_count_share_head_incumbent + (1.0 - v_long_tail_floor) * v_fairness_incumbent * v_merit_share_head_high_tier_incumbent) + v_auctioned_share_incumbent * v_bid_share_head_incumbent;
      v_attraction_head_high_tier_incumbent = v_traffic_head_high_tier_incumbent * Math.exp(v_goods_utility_head_high_tier_incumbent);
      v_traffic_head_low_tier_incumbent = (1.0 - v_ad_load_incumbent) * (v_long_tail_floor * v_count_share_head_incumbent + (1.0 - v_long_tail_floor) * v_fairness_incumbent * v_merit_share_head_low_tier_incumbent) + v_auctioned_share_incumbent * v_bid_share_head_incumbent;
      v_attraction_head_low_tier_incumbent = v_traffic_head_low_tier_incumbent * Math.exp(v_goods_utility_head_low_tier_incumbent);
      v_traffic_head_remote_incumbent = (1.0 - v_ad_load_incumbent) * (v_long_tail_floor * v_count_share_head_incumbent + (1.0 - v_long_tail_floor) * v_fairness_incumbent * v_merit_share_head_remote_incumbent) + v_auctioned_share_incumbent * v_bid_share_head_incumbent;
      v_attraction_head_remote_incumbent = v_traffic_head_remote_incumbent * Math.exp(v_goods_utility_head_remote_incumbent);
      v_head_traffic_share_incumbent = (v_traffic_head_high_tier_incumbent * v_buyers_high_tier_incumbent + v_traffic_head_low_tier_incumbent * v_buyers_low_tier_incumbent + v_traffic_head_remote_incumbent * v_buyers_remote_incumbent) / pyMax(v_buyers_incumbent, 1e-09);
      v_bid_share_smb_incumbent = v_bid_weight_smb_incumbent / v_bid_total_incumbent;
      v_traffic_smb_high_tier_incumbent = (1.0 - v_ad_load_incumbent) * (v_long_tail_floor * v_count_share_smb_incumbent + (1.0 - v_long_tail_floor) * v_fairness_incumbent * v_merit_share_smb_high_tier_incumbent) + v_auctioned_share_incumbent * v_bid_share_smb_incumbent;
      v_attraction_smb_high_tier_incumbent = v_traffic_smb_high_tier_incumbent * Math.exp(v_goods_utility_smb_high_tier_incumbent);
      v_traffic_smb_low_tier_incumbent = (1.0 - v_ad_load_incumbent) * (v_long_tail_floor * v_count_share_smb_incumbent + (1.0 - v_long_tail_floor) * v_fairness_incumbent * v_merit_share_smb_low_tier_incumbent) + v_auctioned_share_incumbent * v_bid_share_smb_incumbent;
      v_attraction_smb_low_tier_incumbent = v_traffic_smb_low_tier_incumbent * Math.exp(v_goods_utility_smb_low_tier_incumbent);
      v_traffic_smb_remote_incumbent = (1.0 - v_ad_load_incumbent) * (v_long_tail_floor * v_count_share_smb_incumbent + (1.0 - v_long_tail_floor) * v_fairness_incumbent * v_merit_share_smb_remote_incumbent) + v_auctioned_share_incumbent * v_bid_share_smb_incumbent;
      v_attraction_smb_remote_incumbent = v_traffic_smb_remote_incumbent * Math.exp(v_goods_utility_smb_remote_incumbent);
      v_bid_share_farm_incumbent = v_bid_weight_farm_incumbent / v_bid_total_incumbent;
      v_traffic_farm_high_tier_incumbent = (1.0 - v_ad_load_incumbent) * (v_long_tail_floor * v_count_share_farm_incumbent + (1.0 - v_long_tail_floor) * v_fairness_incumbent * v_merit_share_farm_high_tier_incumbent) + v_auctioned_share_incumbent * v_bid_share_farm_incumbent;
      v_attraction_farm_high_tier_incumbent = v_traffic_farm_high_tier_incumbent * Math.exp(v_goods_utility_farm_high_tier_incumbent);
      v_attraction_total_high_tier_incumbent = pyMax(v_attraction_head_high_tier_incumbent + v_attraction_smb_high_tier_incumbent + v_attraction_farm_high_tier_incumbent, 1e-09);
      v_sales_share_head_high_tier_incumbent = v_attraction_head_high_tier_incumbent / v_attraction_total_high_tier_incumbent;
      v_gmv_head_high_tier_incumbent = v_gmv_high_tier_incumbent * v_sales_share_head_high_tier_incumbent;
      v_sales_share_smb_high_tier_incumbent = v_attraction_smb_high_tier_incumbent / v_attraction_total_high_tier_incumbent;
      v_gmv_smb_high_tier_incumbent = v_gmv_high_tier_incumbent * v_sales_share_smb_high_tier_incumbent;
      v_sales_share_farm_high_tier_incumbent = v_attraction_farm_high_tier_incumbent / v_attraction_total_high_tier_incumbent;
      v_gmv_farm_high_tier_incumbent = v_gmv_high_tier_incumbent * v_sales_share_farm_high_tier_incumbent;
      v_upward_flow_incumbent = (v_gmv_smb_high_tier_incumbent + v_gmv_farm_high_tier_incumbent) / pyMax(v_gmv_high_tier_incumbent, 1e-09);
      v_relative_price_high_tier_incumbent = v_sales_share_head_high_tier_incumbent * Math.log(v_price_seen_head_high_tier_incumbent / v_price_ratio_head) + v_sales_share_smb_high_tier_incumbent * Math.log(v_price_seen_smb_high_tier_incumbent / v_price_ratio_smb) + v_sales_share_farm_high_tier_incumbent * Math.log(v_price_seen_farm_high_tier_incumbent / v_price_ratio_farm);
      v_platform_value_high_tier_incumbent = Math.log(v_attraction_total_high_tier_incumbent);
      v_utility_high_tier_incumbent = pyMin(pyMax(v_platform_value_high_tier_incumbent - v_cal_platform_value_high_tier_incumbent - v_price_comparison * v_price_weight_high_tier * v_relative_price_high_tier_incumbent + v_network_effect * Math.log(pyMax(v_listings_incumbent, 1e-09) / v_cal_listings_incumbent) + v_platform_bonus_high_tier_incumbent, -20.0), 20.0);
      v_wallet_logit_high_tier_incumbent = Math.exp(v_utility_high_tier_incumbent + v_cal_wallet_asc_high_tier_incumbent);
      v_adoption_high_tier_incumbent = ((v_bass_p + v_bass_q * v_buyers_high_tier_incumbent / pyMax(v_shoppers_high_tier, 1e-09)) * pyMax(v_max_reach * v_shoppers_high_tier - v_buyers_high_tier_incumbent, 0.0) + v_acquisition_high_tier_incumbent) * Math.exp(v_adoption_sensitivity * v_utility_high_tier_incumbent);
      v_churn_demand_high_tier_incumbent = v_cal_churn_high_tier_incumbent * v_buyers_high_tier_incumbent * Math.exp(-v_churn_sensitivity * v_utility_high_tier_incumbent) + pyMax(v_buyers_high_tier_incumbent - v_reach_high_tier, 0.0) / v_leave_months;
      v_churn_high_tier_incumbent = pyMin(v_churn_demand_high_tier_incumbent, v_buyers_high_tier_incumbent / dt);
      v_traffic_farm_low_tier_incumbent = (1.0 - v_ad_load_incumbent) * (v_long_tail_floor * v_count_share_farm_incumbent + (1.0 - v_long_tail_floor) * v_fairness_incumbent * v_merit_share_farm_low_tier_incumbent) + v_auctioned_share_incumbent * v_bid_share_farm_incumbent;
      v_attraction_farm_low_tier_incumbent = v_traffic_farm_low_tier_incumbent * Math.exp(v_goods_utility_farm_low_tier_incumbent);
      v_attraction_total_low_tier_incumbent = pyMax(v_attraction_head_low_tier_incumbent + v_attraction_smb_low_tier_incumbent + v_attraction_farm_low_tier_incumbent, 1e-09);
      v_sales_share_head_low_tier_incumbent = v_attraction_head_low_tier_incumbent / v_attraction_total_low_tier_incumbent;
      v_gmv_head_low_tier_incumbent = v_gmv_low_tier_incumbent * v_sales_share_head_low_tier_incumbent;
      v_sales_share_smb_low_tier_incumbent = v_attraction_smb_low_tier_incumbent / v_attraction_total_low_tier_incumbent;
      v_gmv_smb_low_tier_incumbent = v_gmv_low_tier_incumbent * v_sales_share_smb_low_tier_incumbent;
      v_sales_share_farm_low_tier_incumbent = v_attraction_farm_low_tier_incumbent / v_attraction_total_low_tier_incumbent;
      v_gmv_farm_low_tier_incumbent = v_gmv_low_tier_incumbent * v_sales_share_farm_low_tier_incumbent;
      v_relative_price_low_tier_incumbent = v_sales_share_head_low_tier_incumbent * Math.log(v_price_seen_head_low_tier_incumbent / v_price_ratio_head) + v_sales_share_smb_low_tier_incumbent * Math.log(v_price_seen_smb_low_tier_incumbent / v_price_ratio_smb) + v_sales_share_farm_low_tier_incumbent * Math.log(v_price_seen_farm_low_tier_incumbent / v_price_ratio_farm);
      v_platform_value_low_tier_incumbent = Math.log(v_attraction_total_low_tier_incumbent);
      v_utility_low_tier_incumbent = pyMin(pyMax(v_platform_value_low_tier_incumbent - v_cal_platform_value_low_tier_incumbent - v_price_comparison * v_price_weight_low_tier * v_relative_price_low_tier_incumbent + v_network_effect * Math.log(pyMax(v_listings_incumbent, 1e-09) / v_cal_listings_incumbent) + v_platform_bonus_low_tier_incumbent, -20.0), 20.0);
      v_wallet_logit_low_tier_incumbent = Math.exp(v_utility_low_tier_incumbent + v_cal_wallet_asc_low_tier_incumbent);
      v_adoption_low_tier_incumbent = ((v_bass_p + v_bass_q * v_buyers_low_tier_incumbent / pyMax(v_shoppers_low_tier, 1e-09)) * pyMax(v_max_reach * v_shoppers_low_tier - v_buyers_low_tier_incumbent, 0.0) + v_acquisition_low_tier_incumbent) * Math.exp(v_adoption_sensitivity * v_utility_low_tier_incumbent);
      v_churn_demand_low_tier_incumbent = v_cal_churn_low_tier_incumbent * v_buyers_low_tier_incumbent * Math.exp(-v_churn_sensitivity * v_utility_low_tier_incumbent) + pyMax(v_buyers_low_tier_incumbent - v_reach_low_tier, 0.0) / v_leave_months;
      v_churn_low_tier_incumbent = pyMin(v_churn_demand_low_tier_incumbent, v_buyers_low_tier_incumbent / dt);
      v_traffic_farm_remote_incumbent = (1.0 - v_ad_load_incumbent) * (v_long_tail_floor * v_count_share_farm_incumbent + (1.0 - v_long_tail_floor) * v_fairness_incumbent * v_merit_share_farm_remote_incumbent) + v_auctioned_share_incumbent * v_bid_share_farm_incumbent;
      v_attraction_farm_remote_incumbent = v_traffic_farm_remote_incumbent * Math.exp(v_goods_utility_farm_remote_incumbent);
      v_attraction_total_remote_incumbent = pyMax(v_attraction_head_remote_incumbent + v_attraction_smb_remote_incumbent + v_attraction_farm_remote_incumbent, 1e-09);
      v_sales_share_head_remote_incumbent = v_attraction_head_remote_incumbent / v_attraction_total_remote_incumbent;
      v_gmv_head_remote_incumbent = v_gmv_remote_incumbent * v_sales_share_head_remote_incumbent;
      v_gmv_head_incumbent = v_gmv_head_high_tier_incumbent + v_gmv_head_low_tier_incumbent + v_gmv_head_remote_incumbent;
      v_brand_access_incumbent = (v_gmv_head_low_tier_incumbent + v_gmv_head_remote_incumbent) / pyMax(v_gmv_low_tier_incumbent + v_gmv_remote_incumbent, 1e-09);
      v_two_way_flow_share_incumbent = (v_gmv_head_low_tier_incumbent + v_gmv_head_remote_incumbent + v_gmv_smb_high_tier_incumbent + v_gmv_farm_high_tier_incumbent) / v_safe_gmv_incumbent;
      v_sales_share_smb_remote_incumbent = v_attraction_smb_remote_incumbent / v_attraction_total_remote_incumbent;
      v_gmv_smb_remote_incumbent = v_gmv_remote_incumbent * v_sales_share_smb_remote_incumbent;
      v_gmv_smb_incumbent = v_gmv_smb_high_tier_incumbent + v_gmv_smb_low_tier_incumbent + v_gmv_smb_remote_incumbent;
      v_smb_gmv_share_incumbent = v_gmv_smb_incumbent / v_safe_gmv_incumbent;
      v_sales_share_farm_remote_incumbent = v_attraction_farm_remote_incumbent / v_attraction_total_remote_incumbent;
      v_gmv_farm_remote_incumbent = v_gmv_remote_incumbent * v_sales_share_farm_remote_incumbent;
      v_gmv_farm_incumbent = v_gmv_farm_high_tier_incumbent + v_gmv_farm_low_tier_incumbent + v_gmv_farm_remote_incumbent;
      v_relative_price_remote_incumbent = v_sales_share_head_remote_incumbent * Math.log(v_price_seen_head_remote_incumbent / v_price_ratio_head) + v_sales_share_smb_remote_incumbent * Math.log(v_price_seen_smb_remote_incumbent / v_price_ratio_smb) + v_sales_share_farm_remote_incumbent * Math.log(v_price_seen_farm_remote_incumbent / v_price_ratio_farm);
      v_platform_value_remote_incumbent = Math.log(v_attraction_total_remote_incumbent);
      v_utility_remote_incumbent = pyMin(pyMax(v_platform_value_remote_incumbent - v_cal_platform_value_remote_incumbent - v_price_comparison * v_price_weight_remote * v_relative_price_remote_incumbent + v_network_effect * Math.log(pyMax(v_listings_incumbent, 1e-09) / v_cal_listings_incumbent) + v_platform_bonus_remote_incumbent, -20.0), 20.0);
      v_wallet_logit_remote_incumbent = Math.exp(v_utility_remote_incumbent + v_cal_wallet_asc_remote_incumbent);
      v_adoption_remote_incumbent = ((v_bass_p + v_bass_q * v_buyers_remote_incumbent / pyMax(v_shoppers_remote, 1e-09)) * pyMax(v_max_reach * v_shoppers_remote - v_buyers_remote_incumbent, 0.0) + v_acquisition_remote_incumbent) * Math.exp(v_adoption_sensitivity * v_utility_remote_incumbent);
      v_churn_demand_remote_incumbent = v_cal_churn_remote_incumbent * v_buyers_remote_incumbent * Math.exp(-v_churn_sensitivity * v_utility_remote_incumbent) + pyMax(v_buyers_remote_incumbent - v_reach_remote, 0.0) / v_leave_months;
      v_churn_remote_incumbent = pyMin(v_churn_demand_remote_incumbent, v_buyers_remote_incumbent / dt);
      v_bid_pressure_raw_incumbent = v_auctioned_share_incumbent / v_ad_load_incumbent * (v_listings_head_incumbent * v_bid_value_now_head_incumbent + v_listings_smb_incumbent * v_bid_value_now_smb_incumbent + v_listings_farm_incumbent * v_bid_value_now_farm_incumbent) / pyMax(v_buyers_incumbent, 1e-09);
      v_cpc_target_incumbent = (v_bid_pressure_raw_incumbent / v_cal_bid_pressure_incumbent) ** v_auction_elasticity;
      v_cpc_change_incumbent = (v_cpc_target_incumbent - v_cpc_index_incumbent) / v_cpc_months;
      v_recent_sales_change_head_incumbent = v_gmv_head_incumbent - v_recent_sales_head_incumbent;
      v_recent_sales_change_smb_incumbent = v_gmv_smb_incumbent - v_recent_sales_smb_incumbent;
      v_recent_sales_change_farm_incumbent = v_gmv_farm_incumbent - v_recent_sales_farm_incumbent;
      v_sales_per_store_head_incumbent = v_gmv_head_incumbent / v_nominal / pyMax(v_listings_head_incumbent, 1e-09);
      v_margin_head_incumbent = pyMin(pyMax(v_contribution_head_incumbent - v_fixed_cost_head / pyMax(v_sales_per_store_head_incumbent, 1e-09), -1.0), 1.0);
      v_perceived_margin_change_head_incumbent = (v_margin_head_incumbent - v_perceived_margin_head_incumbent) / v_margin_months;
      v_effort_pull_head_incumbent = v_effort_0_head_incumbent * Math.exp(pyMin(pyMax(v_effort_margin_sensitivity * (v_perceived_margin_head_incumbent - v_cal_margin_head_incumbent) + v_effort_sales_sensitivity * Math.log(pyMax(v_sales_per_store_head_incumbent, 1e-09) / v_cal_sales_per_store_head_incumbent), -20.0), 20.0));
      v_sales_per_store_smb_incumbent = v_gmv_smb_incumbent / v_nominal / pyMax(v_listings_smb_incumbent, 1e-09);
      v_margin_smb_incumbent = pyMin(pyMax(v_contribution_smb_incumbent - v_fixed_cost_smb / pyMax(v_sales_per_store_smb_incumbent, 1e-09), -1.0), 1.0);
      v_perceived_margin_change_smb_incumbent = (v_margin_smb_incumbent - v_perceived_margin_smb_incumbent) / v_margin_months;
      v_effort_pull_smb_incumbent = v_effort_0_smb_incumbent * Math.exp(pyMin(pyMax(v_effort_margin_sensitivity * (v_perceived_margin_smb_incumbent - v_cal_margin_smb_incumbent) + v_effort_sales_sensitivity * Math.log(pyMax(v_sales_per_store_smb_incumbent, 1e-09) / v_cal_sales_per_store_smb_incumbent), -20.0), 20.0));
      v_sales_per_store_farm_incumbent = v_gmv_farm_incumbent / v_nominal / pyMax(v_listings_farm_incumbent, 1e-09);
      v_margin_farm_incumbent = pyMin(pyMax(v_contribution_farm_incumbent - v_fixed_cost_farm / pyMax(v_sales_per_store_farm_incumbent, 1e-09), -1.0), 1.0);
      v_perceived_margin_change_farm_incumbent = (v_margin_farm_incumbent - v_perceived_margin_farm_incumbent) / v_margin_months;
      v_effort_pull_farm_incumbent = v_effort_0_farm_incumbent * Math.exp(pyMin(pyMax(v_effort_margin_sensitivity * (v_perceived_margin_farm_incumbent - v_cal_margin_farm_incumbent) + v_effort_sales_sensitivity * Math.log(pyMax(v_sales_per_store_farm_incumbent, 1e-09) / v_cal_sales_per_store_farm_incumbent), -20.0), 20.0));
      v_ad_revenue_incumbent = v_ad_cost_head_incumbent * v_gmv_head_incumbent + v_ad_cost_smb_incumbent * v_gmv_smb_incumbent + v_ad_cost_farm_incumbent * v_gmv_farm_incumbent;
      v_platform_revenue_incumbent = v_commission_revenue_incumbent + v_ad_revenue_incumbent;
      v_ad_intensity_incumbent = v_ad_revenue_incumbent / v_safe_gmv_incumbent;
      v_take_rate_incumbent = v_platform_revenue_incumbent / v_safe_gmv_incumbent;
      v_support_paid_incumbent = v_support_spend_incumbent;
      v_platform_profit_incumbent = v_platform_revenue_incumbent - v_payment_cost * v_gmv_incumbent - v_opex_0_incumbent * v_nominal - v_marketing_spend_incumbent - v_support_paid_incumbent;
      if (q_subsidy_bn_per_year_content) {
        v_subsidy_bn_per_year_content = leverAt(b_subsidy_bn_per_year_content, schedAt, schedValue, schedRamp, schedBounds[17], schedBounds[18], time);
      }
      v_support_spend_content = pyMax(v_subsidy_bn_per_year_content, 0.0) / 12.0 + v_rival_answer_content;
      v_support_rate_head_content = pyMin(v_support_spend_content / v_recent_sales_total_content, 0.5);
      v_support_rate_smb_content = pyMin(v_support_spend_content / v_recent_sales_total_content, 0.5);
      v_support_rate_farm_content = pyMin(v_support_spend_content / v_recent_sales_total_content, 0.5);
      v_charge_head_content = v_net_commission_content + v_ad_cost_head_content - v_support_rate_head_content;
      v_price_head_content = pyMin(pyMax(1.0 + v_pass_through * (v_charge_head_content - v_cal_charge_head_content + v_cost_change_head), 0.1), 10.0);
      v_price_seen_head_high_tier_content = v_price_head_content * (1.0 - v_coupon_high_tier_content);
      v_price_seen_head_low_tier_content = v_price_head_content * (1.0 - v_coupon_low_tier_content);
      v_price_seen_head_remote_content = v_price_head_content * (1.0 - v_coupon_remote_content);
      v_goods_utility_head_high_tier_content = pyMin(pyMax(v_quality_weight_high_tier * Math.log(v_quality_head_high_tier) - v_price_weight_high_tier * Math.log(v_price_seen_head_high_tier_content), -20.0), 20.0);
      v_goods_utility_head_low_tier_content = pyMin(pyMax(v_quality_weight_low_tier * Math.log(v_quality_head_low_tier) - v_price_weight_low_tier * Math.log(v_price_seen_head_low_tier_content), -20.0), 20.0);
      v_goods_utility_head_remote_content = pyMin(pyMax(v_quality_weight_remote * Math.log(v_quality_head_remote) - v_price_weight_remote * Math.log(v_price_seen_head_remote_content), -20.0), 20.0);
      v_merit_head_high_tier_content = v_quality_head_high_tier / v_price_seen_head_high_tier_content;
      v_merit_head_low_tier_content = v_quality_head_low_tier / v_price_seen_head_low_tier_content;
      v_merit_head_remote_content = v_quality_head_remote / v_price_seen_head_remote_content;
      v_merit_weight_head_high_tier_content = v_listings_head_content * v_merit_head_high_tier_content ** v_merit_exponent;
      v_merit_weight_head_low_tier_content = v_listings_head_content * v_merit_head_low_tier_content ** v_merit_exponent;
      v_merit_weight_head_remote_content = v_listings_head_content * v_merit_head_remote_content ** v_merit_exponent;
      v_charge_smb_content = v_net_commission_content + v_ad_cost_smb_content - v_support_rate_smb_content;
      v_price_smb_content = pyMin(pyMax(1.0 + v_pass_through * (v_charge_smb_content - v_cal_charge_smb_content + v_cost_change_smb), 0.1), 10.0);
      v_price_seen_smb_high_tier_content = v_price_ratio_smb * v_price_smb_content;
      v_price_seen_smb_low_tier_content = v_price_ratio_smb * v_price_smb_content;
      v_price_seen_smb_remote_content = v_price_ratio_smb * v_price_smb_content;
      v_goods_utility_smb_high_tier_content = pyMin(pyMax(v_quality_weight_high_tier * Math.log(v_quality_smb_high_tier) - v_price_weight_high_tier * Math.log(v_price_seen_smb_high_tier_content), -20.0), 20.0);
      v_goods_utility_smb_low_tier_content = pyMin(pyMax(v_quality_weight_low_tier * Math.log(v_quality_smb_low_tier) - v_price_weight_low_tier * Math.log(v_price_seen_smb_low_tier_content), -20.0), 20.0);
      v_goods_utility_smb_remote_content = pyMin(pyMax(v_quality_weight_remote * Math.log(v_quality_smb_remote) - v_price_weight_remote * Math.log(v_price_seen_smb_remote_content), -20.0), 20.0);
      v_merit_smb_high_tier_content = v_quality_smb_high_tier / v_price_seen_smb_high_tier_content;
      v_merit_smb_low_tier_content = v_quality_smb_low_tier / v_price_seen_smb_low_tier_content;
      v_merit_smb_remote_content = v_quality_smb_remote / v_price_seen_smb_remote_content;
      v_merit_weight_smb_high_tier_content = v_listings_smb_content * v_merit_smb_high_tier_content ** v_merit_exponent;
      v_merit_weight_smb_low_tier_content = v_listings_smb_content * v_merit_smb_low_tier_content ** v_merit_exponent;
      v_merit_weight_smb_remote_content = v_listings_smb_content * v_merit_smb_remote_content ** v_merit_exponent;
      v_charge_farm_content = v_net_commission_content + v_ad_cost_farm_content - v_support_rate_farm_content;
      v_price_farm_content = pyMin(pyMax(1.0 + v_pass_through * (v_charge_farm_content - v_cal_charge_farm_content + v_cost_change_farm), 0.1), 10.0);
      v_price_seen_farm_high_tier_content = v_price_ratio_farm * v_price_farm_content;
      v_price_seen_farm_low_tier_content = v_price_ratio_farm * v_price_farm_content;
      v_price_seen_farm_remote_content = v_price_ratio_farm * v_price_farm_content;
      v_goods_utility_farm_high_tier_content = pyMin(pyMax(v_quality_weight_high_tier * Math.log(v_quality_farm_high_tier) - v_price_weight_high_tier * Math.log(v_price_seen_farm_high_tier_content), -20.0), 20.0);
      v_goods_utility_farm_low_tier_content = pyMin(pyMax(v_quality_weight_low_tier * Math.log(v_quality_farm_low_tier) - v_price_weight_low_tier * Math.log(v_price_seen_farm_low_tier_content), -20.0), 20.0);
      v_goods_utility_farm_remote_content = pyMin(pyMax(v_quality_weight_remote * Math.log(v_quality_farm_remote) - v_price_weight_remote * Math.log(v_price_seen_farm_remote_content), -20.0), 20.0);
      v_merit_farm_high_tier_content = v_quality_farm_high_tier / v_price_seen_farm_high_tier_content;
      v_merit_farm_low_tier_content = v_quality_farm_low_tier / v_price_seen_farm_low_tier_content;
      v_merit_farm_remote_content = v_quality_farm_remote / v_price_seen_farm_remote_content;
      v_merit_weight_farm_high_tier_content = v_listings_farm_content * v_merit_farm_high_tier_content ** v_merit_exponent;
      v_merit_weight_farm_low_tier_content = v_listings_farm_content * v_merit_farm_low_tier_content ** v_merit_exponent;
      v_merit_weight_farm_remote_content = v_listings_farm_content * v_merit_farm_remote_content ** v_merit_exponent;
      v_merit_total_high_tier_content = pyMax(v_merit_weight_head_high_tier_content + v_merit_weight_smb_high_tier_content + v_merit_weight_farm_high_tier_content, 1e-09);
      v_merit_share_head_high_tier_content = v_merit_weight_head_high_tier_content / v_merit_total_high_tier_content;
      v_merit_share_smb_high_tier_content = v_merit_weight_smb_high_tier_content / v_merit_total_high_tier_content;
      v_merit_share_farm_high_tier_content = v_merit_weight_farm_high_tier_content / v_merit_total_high_tier_content;
      v_merit_total_low_tier_content = pyMax(v_merit_weight_head_low_tier_content + v_merit_weight_smb_low_tier_content + v_merit_weight_farm_low_tier_content, 1e-09);
      v_merit_share_head_low_tier_content = v_merit_weight_head_low_tier_content / v_merit_total_low_tier_content;
      v_merit_share_smb_low_tier_content = v_merit_weight_smb_low_tier_content / v_merit_total_low_tier_content;
      v_merit_share_farm_low_tier_content = v_merit_weight_farm_low_tier_content / v_merit_total_low_tier_content;
      v_merit_total_remote_content = pyMax(v_merit_weight_head_remote_content + v_merit_weight_smb_remote_content + v_merit_weight_farm_remote_content, 1e-09);
      v_merit_share_head_remote_content = v_merit_weight_head_remote_content / v_merit_total_remote_content;
      v_merit_share_smb_remote_content = v_merit_weight_smb_remote_content / v_merit_total_remote_content;
      v_merit_share_farm_remote_content = v_merit_weight_farm_remote_content / v_merit_total_remote_content;
      v_contribution_head_content = v_gross_margin_head - v_charge_head_content - v_cost_change_head + (v_price_head_content - 1.0);
      v_bid_value_now_head_content = v_bid_value_head * (pyMax(v_contribution_head_content, 0.005) / pyMax(v_cal_contribution_head_content, 0.005)) ** v_bid_margin_response;
      v_bid_weight_head_content = v_listings_head_content * v_bid_value_now_head_content ** v_bid_exponent;
      v_contribution_smb_content = v_gross_margin_smb - v_charge_smb_content - v_cost_change_smb + (v_price_smb_content - 1.0);
      v_bid_value_now_smb_content = v_bid_value_smb * (pyMax(v_contribution_smb_content, 0.005) / pyMax(v_cal_contribution_smb_content, 0.005)) ** v_bid_margin_response;
      v_bid_weight_smb_content = v_listings_smb_content * v_bid_value_now_smb_content ** v_bid_exponent;
      v_contribution_farm_content = v_gross_margin_farm - v_charge_farm_content - v_cost_change_farm + (v_price_farm_content - 1.0);
      v_bid_value_now_farm_content = v_bid_value_farm * (pyMax(v_contribution_farm_content, 0.005) / pyMax(v_cal_contribution_farm_content, 0.005)) ** v_bid_margin_response;
      v_bid_weight_farm_content = v_listings_farm_content * v_bid_value_now_farm_content ** v_bid_exponent;
      v_bid_total_content = pyMax(v_bid_weight_head_content + v_bid_weight_smb_content + v_bid_weight_farm_content, 1e-09);
      v_bid_share_head_content = v_bid_weight_head_content / v_bid_total_content;
      v_traffic_head_high_tier_content = (1.0 - v_ad_load_content) * (v_long_tail_floor * v_count_share_head_content + (1.0 - v_long_tail_floor) * v_fairness_content * v_merit_share_head_high_tier_content) + v_auctioned_share_content * v_bid_share_head_content;
      v_attraction_head_high_tier_content = v_traffic_head_high_tier_content * Math.exp(v_goods_utility_head_high_tier_content);
      v_traffic_head_low_tier_content = (1.0 - v_ad_load_content) * (v_long_tail_floor * v_count_share_head_content + (1.0 - v_long_tail_floor) * v_fairness_content * v_merit_share_head_low_tier_content) + v_auctioned_share_content * v_bid_share_head_content;
      v_attraction_head_low_tier_content = v_traffic_head_low_tier_content * Math.exp(v_goods_utility_head_low_tier_content);
      v_traffic_head_remote_content = (1.0 - v_ad_load_content) * (v_long_tail_floor * v_count_share_head_content + (1.0 - v_long_tail_floor) * v_fairness_content * v_merit_share_head_remote_content) + v_auctioned_share_content * v_bid_share_head_content;
      v_attraction_head_remote_content = v_traffic_head_remote_content * Math.exp(v_goods_utility_head_remote_content);
      v_head_traffic_share_content = (v_traffic_head_high_tier_content * v_buyers_high_tier_content + v_traffic_head_low_tier_content * v_buyers_low_tier_content + v_traffic_head_remote_content * v_buyers_remote_content) / pyMax(v_buyers_content, 1e-09);
      v_bid_share_smb_content = v_bid_weight_smb_content / v_bid_total_content;
      v_traffic_smb_high_tier_content = (1.0 - v_ad_load_content) * (v_long_tail_floor * v_count_share_smb_content + (1.0 - v_long_tail_floor) * v_fairness_content * v_merit_share_smb_high_tier_content) + v_auctioned_share_content * v_bid_share_smb_content;
      v_attraction_smb_high_tier_content = v_traffic_smb_high_tier_content * Math.exp(v_goods_utility_smb_high_tier_content);
      v_traffic_smb_low_tier_content = (1.0 - v_ad_load_content) * (v_long_tail_floor * v_count_share_smb_content + (1.0 - v_long_tail_floor) * v_fairness_content * v_merit_share_smb_low_tier_content) + v_auctioned_share_content * v_bid_share_smb_content;
      v_attraction_smb_low_tier_content = v_traffic_smb_low_tier_content * Math.exp(v_goods_utility_smb_low_tier_content);
      v_traffic_smb_remote_content = (1.0 - v_ad_load_content) * (v_long_tail_floor * v_count_share_smb_content + (1.0 - v_long_tail_floor) * v_fairness_content * v_merit_share_smb_remote_content) + v_auctioned_share_content * v_bid_share_smb_content;
      v_attraction_smb_remote_content = v_traffic_smb_remote_content * Math.exp(v_goods_utility_smb_remote_content);
      v_bid_share_farm_content = v_bid_weight_farm_content / v_bid_total_content;
      v_traffic_farm_high_tier_content = (1.0 - v_ad_load_content) * (v_long_tail_floor * v_count_share_farm_content + (1.0 - v_long_tail_floor) * v_fairness_content * v_merit_share_farm_high_tier_content) + v_auctioned_share_content * v_bid_share_farm_content;
      v_attraction_farm_high_tier_content = v_traffic_farm_high_tier_content * Math.exp(v_goods_utility_farm_high_tier_content);
      v_attraction_total_high_tier_content = pyMax(v_attraction_head_high_tier_content + v_attraction_smb_high_tier_content + v_attraction_farm_high_tier_content, 1e-09);
      v_sales_share_head_high_tier_content = v_attraction_head_high_tier_content / v_attraction_total_high_tier_content;
      v_gmv_head_high_tier_content = v_gmv_high_tier_content * v_sales_share_head_high_tier_content;
      v_sales_share_smb_high_tier_content = v_attraction_smb_high_tier_content / v_attraction_total_high_tier_content;
      v_gmv_smb_high_tier_content = v_gmv_high_tier_content * v_sales_share_smb_high_tier_content;
      v_sales_share_farm_high_tier_content = v_attraction_farm_high_tier_content / v_attraction_total_high_tier_content;
      v_gmv_farm_high_tier_content = v_gmv_high_tier_content * v_sales_share_farm_high_tier_content;
      v_upward_flow_content = (v_gmv_smb_high_tier_content + v_gmv_farm_high_tier_content) / pyMax(v_gmv_high_tier_content, 1e-09);
      v_relative_price_high_tier_content = v_sales_share_head_high_tier_content * Math.log(v_price_seen_head_high_tier_content / v_price_ratio_head) + v_sales_share_smb_high_tier_content * Math.log(v_price_seen_smb_high_tier_content / v_price_ratio_smb) + v_sales_share_farm_high_tier_content * Math.log(v_price_seen_farm_high_tier_content / v_price_ratio_farm);
      v_platform_value_high_tier_content = Math.log(v_attraction_total_high_tier_content);
      v_utility_high_tier_content = pyMin(pyMax(v_platform_value_high_tier_content - v_cal_platform_value_high_tier_content - v_price_comparison * v_price_weight_high_tier * v_relative_price_high_tier_content + v_network_effect * Math.log(pyMax(v_listings_content, 1e-09) / v_cal_listings_content) + v_platform_bonus_high_tier_content, -20.0), 20.0);
      v_wallet_logit_high_tier_content = Math.exp(v_utility_high_tier_content + v_cal_wallet_asc_high_tier_content);
      v_adoption_high_tier_content = ((v_bass_p + v_bass_q * v_buyers_high_tier_content / pyMax(v_shoppers_high_tier, 1e-09)) * pyMax(v_max_reach * v_shoppers_high_tier - v_buyers_high_tier_content, 0.0) + v_acquisition_high_tier_content) * Math.exp(v_adoption_sensitivity * v_utility_high_tier_content);
      v_churn_demand_high_tier_content = v_cal_churn_high_tier_content * v_buyers_high_tier_content * Math.exp(-v_churn_sensitivity * v_utility_high_tier_content) + pyMax(v_buyers_high_tier_content - v_reach_high_tier, 0.0) / v_leave_months;
      v_churn_high_tier_content = pyMin(v_churn_demand_high_tier_content, v_buyers_high_tier_content / dt);
      v_traffic_farm_low_tier_content = (1.0 - v_ad_load_content) * (v_long_tail_floor * v_count_share_farm_content + (1.0 - v_long_tail_floor) * v_fairness_content * v_merit_share_farm_low_tier_content) + v_auctioned_share_content * v_bid_share_farm_content;
      v_attraction_farm_low_tier_content = v_traffic_farm_low_tier_content * Math.exp(v_goods_utility_farm_low_tier_content);
      v_attraction_total_low_tier_content = pyMax(v_attraction_head_low_tier_content + v_attraction_smb_low_tier_content + v_attraction_farm_low_tier_content, 1e-09);
      v_sales_share_head_low_tier_content = v_attraction_head_low_tier_content / v_attraction_total_low_tier_content;
      v_gmv_head_low_tier_content = v_gmv_low_tier_content * v_sales_share_head_low_tier_content;
      v_sales_share_smb_low_tier_content = v_attraction_smb_low_tier_content / v_attraction_total_low_tier_content;
      v_gmv_smb_low_tier_content = v_gmv_low_tier_content * v_sales_share_smb_low_tier_content;
      v_sales_share_farm_low_tier_content = v_attraction_farm_low_tier_content / v_attraction_total_low_tier_content;
      v_gmv_farm_low_tier_content = v_gmv_low_tier_content * v_sales_share_farm_low_tier_content;
      v_relative_price_low_tier_content = v_sales_share_head_low_tier_content * Math.log(v_price_seen_head_low_tier_content / v_price_ratio_head) + v_sales_share_smb_low_tier_content * Math.log(v_price_seen_smb_low_tier_content / v_price_ratio_smb) + v_sales_share_farm_low_tier_content * Math.log(v_price_seen_farm_low_tier_content / v_price_ratio_farm);
      v_platform_value_low_tier_content = Math.log(v_attraction_total_low_tier_content);
      v_utility_low_tier_content = pyMin(pyMax(v_platform_value_low_tier_content - v_cal_platform_value_low_tier_content - v_price_comparison * v_price_weight_low_tier * v_relative_price_low_tier_content + v_network_effect * Math.log(pyMax(v_listings_content, 1e-09) / v_cal_listings_content) + v_platform_bonus_low_tier_content, -20.0), 20.0);
      v_wallet_logit_low_tier_content = Math.exp(v_utility_low_tier_content + v_cal_wallet_asc_low_tier_content);
      v_adoption_low_tier_content = ((v_bass_p + v_bass_q * v_buyers_low_tier_content / pyMax(v_shoppers_low_tier, 1e-09)) * pyMax(v_max_reach * v_shoppers_low_tier - v_buyers_low_tier_content, 0.0) + v_acquisition_low_tier_content) * Math.exp(v_adoption_sensitivity * v_utility_low_tier_content);
      v_churn_demand_low_tier_content = v_cal_churn_low_tier_content * v_buyers_low_tier_content * Math.exp(-v_churn_sensitivity * v_utility_low_tier_content) + pyMax(v_buyers_low_tier_content - v_reach_low_tier, 0.0) / v_leave_months;
      v_churn_low_tier_content = pyMin(v_churn_demand_low_tier_content, v_buyers_low_tier_content / dt);
      v_traffic_farm_remote_content = (1.0 - v_ad_load_content) * (v_long_tail_floor * v_count_share_farm_content + (1.0 - v_long_tail_floor) * v_fairness_content * v_merit_share_farm_remote_content) + v_auctioned_share_content * v_bid_share_farm_content;
      v_attraction_farm_remote_content = v_traffic_farm_remote_content * Math.exp(v_goods_utility_farm_remote_content);
      v_attraction_total_remote_content = pyMax(v_attraction_head_remote_content + v_attraction_smb_remote_content + v_attraction_farm_remote_content, 1e-09);
      v_sales_share_head_remote_content = v_attraction_head_remote_content / v_attraction_total_remote_content;
      v_gmv_head_remote_content = v_gmv_remote_content * v_sales_share_head_remote_content;
      v_gmv_head_content = v_gmv_head_high_tier_content + v_gmv_head_low_tier_content + v_gmv_head_remote_content;
      v_brand_access_content = (v_gmv_head_low_tier_content + v_gmv_head_remote_content) / pyMax(v_gmv_low_tier_content + v_gmv_remote_content, 1e-09);
      v_two_way_flow_share_content = (v_gmv_head_low_tier_content + v_gmv_head_remote_content + v_gmv_smb_high_tier_content + v_gmv_farm_high_tier_content) / v_safe_gmv_content;
      v_sales_share_smb_remote_content = v_attraction_smb_remote_content / v_attraction_total_remote_content;
      v_gmv_smb_remote_content = v_gmv_remote_content * v_sales_share_smb_remote_content;
      v_gmv_smb_content = v_gmv_smb_high_tier_content + v_gmv_smb_low_tier_content + v_gmv_smb_remote_content;
      v_smb_gmv_share_content = v_gmv_smb_content / v_safe_gmv_content;
      v_sales_share_farm_remote_content = v_attraction_farm_remote_content / v_attraction_total_remote_content;
      v_gmv_farm_remote_content = v_gmv_remote_content * v_sales_share_farm_remote_content;
      v_gmv_farm_content = v_gmv_farm_high_tier_content + v_gmv_farm_low_tier_content + v_gmv_farm_remote_content;
      v_relative_price_remote_content = v_sales_share_head_remote_content * Math.log(v_price_seen_head_remote_content / v_price_ratio_head) + v_sales_share_smb_remote_content * Math.log(v_price_seen_smb_remote_content / v_price_ratio_smb) + v_sales_share_farm_remote_content * Math.log(v_price_seen_farm_remote_content / v_price_ratio_farm);
      v_platform_value_remote_content = Math.log(v_attraction_total_remote_content);
      v_utility_remote_content = pyMin(pyMax(v_platform_value_remote_content - v_cal_platform_value_remote_content - v_price_comparison * v_price_weight_remote * v_relative_price_remote_content + v_network_effect * Math.log(pyMax(v_listings_content, 1e-09) / v_cal_listings_content) + v_platform_bonus_remote_content, -20.0), 20.0);
      v_wallet_logit_remote_content = Math.exp(v_utility_remote_content + v_cal_wallet_asc_remote_content);
      v_adoption_remote_content = ((v_bass_p + v_bass_q * v_buyers_remote_content / pyMax(v_shoppers_remote, 1e-09)) * pyMax(v_max_reach * v_shoppers_remote - v_buyers_remote_content, 0.0) + v_acquisition_remote_content) * Math.exp(v_adoption_sensitivity * v_utility_remote_content);
      v_churn_demand_remote_content = v_cal_churn_remote_content * v_buyers_remote_content * Math.exp(-v_churn_sensitivity * v_utility_remote_content) + pyMax(v_buyers_remote_content - v_reach_remote, 0.0) / v_leave_months;
      v_churn_remote_content = pyMin(v_churn_demand_remote_content, v_buyers_remote_content / dt);
      v_bid_pressure_raw_content = v_auctioned_share_content / v_ad_load_content * (v_listings_head_content * v_bid_value_now_head_content + v_listings_smb_content * v_bid_value_now_smb_content + v_listings_farm_content * v_bid_value_now_farm_content) / pyMax(v_buyers_content, 1e-09);
      v_cpc_target_content = (v_bid_pressure_raw_content / v_cal_bid_pressure_content) ** v_auction_elasticity;
      v_cpc_change_content = (v_cpc_target_content - v_cpc_index_content) / v_cpc_months;
      v_recent_sales_change_head_content = v_gmv_head_content - v_recent_sales_head_content;
      v_recent_sales_change_smb_content = v_gmv_smb_content - v_recent_sales_smb_content;
      v_recent_sales_change_farm_content = v_gmv_farm_content - v_recent_sales_farm_content;
      v_sales_per_store_head_content = v_gmv_head_content / v_nominal / pyMax(v_listings_head_content, 1e-09);
      v_margin_head_content = pyMin(pyMax(v_contribution_head_content - v_fixed_cost_head / pyMax(v_sales_per_store_head_content, 1e-09), -1.0), 1.0);
      v_perceived_margin_change_head_content = (v_margin_head_content - v_perceived_margin_head_content) / v_margin_months;
      v_effort_pull_head_content = v_effort_0_head_content * Math.exp(pyMin(pyMax(v_effort_margin_sensitivity * (v_perceived_margin_head_content - v_cal_margin_head_content) + v_effort_sales_sensitivity * Math.log(pyMax(v_sales_per_store_head_content, 1e-09) / v_cal_sales_per_store_head_content), -20.0), 20.0));
      v_sales_per_store_smb_content = v_gmv_smb_content / v_nominal / pyMax(v_listings_smb_content, 1e-09);
      v_margin_smb_content = pyMin(pyMax(v_contribution_smb_content - v_fixed_cost_smb / pyMax(v_sales_per_store_smb_content, 1e-09), -1.0), 1.0);
      v_perceived_margin_change_smb_content = (v_margin_smb_content - v_perceived_margin_smb_content) / v_margin_months;
      v_effort_pull_smb_content = v_effort_0_smb_content * Math.exp(pyMin(pyMax(v_effort_margin_sensitivity * (v_perceived_margin_smb_content - v_cal_margin_smb_content) + v_effort_sales_sensitivity * Math.log(pyMax(v_sales_per_store_smb_content, 1e-09) / v_cal_sales_per_store_smb_content), -20.0), 20.0));
      v_sales_per_store_farm_content = v_gmv_farm_content / v_nominal / pyMax(v_listings_farm_content, 1e-09);
      v_margin_farm_content = pyMin(pyMax(v_contribution_farm_content - v_fixed_cost_farm / pyMax(v_sales_per_store_farm_content, 1e-09), -1.0), 1.0);
      v_perceived_margin_change_farm_content = (v_margin_farm_content - v_perceived_margin_farm_content) / v_margin_months;
      v_effort_pull_farm_content = v_effort_0_farm_content * Math.exp(pyMin(pyMax(v_effort_margin_sensitivity * (v_perceived_margin_farm_content - v_cal_margin_farm_content) + v_effort_sales_sensitivity * Math.log(pyMax(v_sales_per_store_farm_content, 1e-09) / v_cal_sales_per_store_farm_content), -20.0), 20.0));
      v_ad_revenue_content = v_ad_cost_head_content * v_gmv_head_content + v_ad_cost_smb_content * v_gmv_smb_content + v_ad_cost_farm_content * v_gmv_farm_content;
      v_platform_revenue_content = v_commission_revenue_content + v_ad_revenue_content;
      v_ad_intensity_content = v_ad_revenue_content / v_safe_gmv_content;
      v_take_rate_content = v_platform_revenue_content / v_safe_gmv_content;
      v_support_paid_content = v_support_spend_content;
      v_platform_profit_content = v_platform_revenue_content - v_payment_cost * v_gmv_content - v_opex_0_content * v_nominal - v_marketing_spend_content - v_support_paid_content;
      if (q_subsidy_bn_per_year) {
        v_subsidy_bn_per_year = leverAt(b_subsidy_bn_per_year, schedAt, schedValue, schedRamp, schedBounds[3], schedBounds[4], time);
      }
      if (q_subsidy_share_head) {
        v_subsidy_share_head = leverAt(b_subsidy_share_head, schedAt, schedValue, schedRamp, schedBounds[5], schedBounds[6], time);
      }
      if (q_subsidy_share_smb) {
        v_subsidy_share_smb = leverAt(b_subsidy_share_smb, schedAt, schedValue, schedRamp, schedBounds[4], schedBounds[5], time);
      }
      if (q_subsidy_share_farm) {
        v_subsidy_share_farm = leverAt(b_subsidy_share_farm, schedAt, schedValue, schedRamp, schedBounds[6], schedBounds[7], time);
      }
      if (q_subsidy_share_logistics) {
        v_subsidy_share_logistics = leverAt(b_subsidy_share_logistics, schedAt, schedValue, schedRamp, schedBounds[7], schedBounds[8], time);
      }
      if (q_subsidy_share_coupons) {
        v_subsidy_share_coupons = leverAt(b_subsidy_share_coupons, schedAt, schedValue, schedRamp, schedBounds[8], schedBounds[9], time);
      }
      v_subsidy_share_total = v_subsidy_share_head + v_subsidy_share_smb + v_subsidy_share_farm + v_subsidy_share_logistics + v_subsidy_share_coupons;
      v_subsidy_split_head = (v_subsidy_share_total > 0.0 ? v_subsidy_share_head / pyMax(v_subsidy_share_total, 1e-09) : 0.0);
      v_subsidy_split_smb = (v_subsidy_share_total > 0.0 ? v_subsidy_share_smb / pyMax(v_subsidy_share_total, 1e-09) : 0.0);
      v_subsidy_split_farm = (v_subsidy_share_total > 0.0 ? v_subsidy_share_farm / pyMax(v_subsidy_share_total, 1e-09) : 0.0);
      v_subsidy_split_logistics = (v_subsidy_share_total > 0.0 ? v_subsidy_share_logistics / pyMax(v_subsidy_share_total, 1e-09) : 0.0);
      v_subsidy_split_coupons = (v_subsidy_share_total > 0.0 ? v_subsidy_share_coupons / pyMax(v_subsidy_share_total, 1e-09) : 0.0);
      v_subsidy_rate = pyMax(v_subsidy_bn_per_year, 0.0);
      v_subsidy_spend = pyMin(v_subsidy_rate / 12.0 * v_subsidy_window, pyMax(v_subsidy_budget_bn - v_subsidy_spent, 0.0) / dt);
      v_rival_answer_change_incumbent = (v_rival_answer_share_incumbent * v_subsidy_spend - v_rival_answer_incumbent) / v_rival_match_months_incumbent;
      v_rival_answer_change_content = (v_rival_answer_share_content * v_subsidy_spend - v_rival_answer_content) / v_rival_match_months_content;
      v_support_paid = v_subsidy_spend;
      v_support_head = v_subsidy_spend * v_subsidy_split_head;
      v_support_rate_head = pyMin(v_support_head / pyMax(v_recent_sales_head, 1e-09), 0.5);
      v_charge_head = v_net_commission + v_ad_cost_head - v_support_rate_head;
      v_price_head = pyMin(pyMax(1.0 + v_pass_through * (v_charge_head - v_cal_charge_head + v_cost_change_head), 0.1), 10.0);
      v_contribution_head = v_gross_margin_head - v_charge_head - v_cost_change_head + (v_price_head - 1.0);
      v_bid_value_now_head = v_bid_value_head * (pyMax(v_contribution_head, 0.005) / pyMax(v_cal_contribution_head, 0.005)) ** v_bid_margin_response;
      v_bid_weight_head = v_listings_head * v_bid_value_now_head ** v_bid_exponent;
      v_support_smb = v_subsidy_spend * v_subsidy_split_smb;
      v_support_rate_smb = pyMin(v_support_smb / pyMax(v_recent_sales_smb, 1e-09), 0.5);
      v_charge_smb = v_net_commission + v_ad_cost_smb - v_support_rate_smb;
      v_price_smb = pyMin(pyMax(1.0 + v_pass_through * (v_charge_smb - v_cal_charge_smb + v_cost_change_smb), 0.1), 10.0);
      v_price_seen_smb_high_tier = v_price_ratio_smb * v_price_smb;
      v_price_seen_smb_low_tier = v_price_ratio_smb * v_price_smb;
      v_price_seen_smb_remote = v_price_ratio_smb * v_price_smb;
      v_goods_utility_smb_high_tier = pyMin(pyMax(v_quality_weight_high_tier * Math.log(v_quality_smb_high_tier) - v_price_weight_high_tier * Math.log(v_price_seen_smb_high_tier), -20.0), 20.0);
      v_goods_utility_smb_low_tier = pyMin(pyMax(v_quality_weight_low_tier * Math.log(v_quality_smb_low_tier) - v_price_weight_low_tier * Math.log(v_price_seen_smb_low_tier), -20.0), 20.0);
      v_goods_utility_smb_remote = pyMin(pyMax(v_quality_weight_remote * Math.log(v_quality_smb_remote) - v_price_weight_remote * Math.log(v_price_seen_smb_remote), -20.0), 20.0);
      v_merit_smb_high_tier = v_quality_smb_high_tier / v_price_seen_smb_high_tier;
      v_merit_smb_low_tier = v_quality_smb_low_tier / v_price_seen_smb_low_tier;
      v_merit_smb_remote = v_quality_smb_remote / v_price_seen_smb_remote;
      v_merit_weight_smb_high_tier = v_listings_smb * v_merit_smb_high_tier ** v_merit_exponent;
      v_merit_weight_smb_low_tier = v_listings_smb * v_merit_smb_low_tier ** v_merit_exponent;
      v_merit_weight_smb_remote = v_listings_smb * v_merit_smb_remote ** v_merit_exponent;
      v_contribution_smb = v_gross_margin_smb - v_charge_smb - v_cost_change_smb + (v_price_smb - 1.0);
      v_bid_value_now_smb = v_bid_value_smb * (pyMax(v_contribution_smb, 0.005) / pyMax(v_cal_contribution_smb, 0.005)) ** v_bid_margin_response;
      v_bid_weight_smb = v_listings_smb * v_bid_value_now_smb ** v_bid_exponent;
      v_support_farm = v_subsidy_spend * v_subsidy_split_farm;
      v_support_rate_farm = pyMin(v_support_farm / pyMax(v_recent_sales_farm, 1e-09), 0.5);
      v_charge_farm = v_net_commission + v_ad_cost_farm - v_support_rate_farm;
      v_price_farm = pyMin(pyMax(1.0 + v_pass_through * (v_charge_farm - v_cal_charge_farm + v_cost_change_farm), 0.1), 10.0);
      v_price_seen_farm_high_tier = v_price_ratio_farm * v_price_farm;
      v_price_seen_farm_low_tier = v_price_ratio_farm * v_price_farm;
      v_price_seen_farm_remote = v_price_ratio_farm * v_price_farm;
      v_goods_utility_farm_high_tier = pyMin(pyMax(v_quality_weight_high_tier * Math.log(v_quality_farm_high_tier) - v_price_weight_high_tier * Math.log(v_price_seen_farm_high_tier), -20.0), 20.0);
      v_goods_utility_farm_low_tier = pyMin(pyMax(v_quality_weight_low_tier * Math.log(v_quality_farm_low_tier) - v_price_weight_low_tier * Math.log(v_price_seen_farm_low_tier), -20.0), 20.0);
      v_goods_utility_farm_remote = pyMin(pyMax(v_quality_weight_remote * Math.log(v_quality_farm_remote) - v_price_weight_remote * Math.log(v_price_seen_farm_remote), -20.0), 20.0);
      v_merit_farm_high_tier = v_quality_farm_high_tier / v_price_seen_farm_high_tier;
      v_merit_farm_low_tier = v_quality_farm_low_tier / v_price_seen_farm_low_tier;
      v_merit_farm_remote = v_quality_farm_remote / v_price_seen_farm_remote;
      v_merit_weight_farm_high_tier = v_listings_farm * v_merit_farm_high_tier ** v_merit_exponent;
      v_merit_weight_farm_low_tier = v_listings_farm * v_merit_farm_low_tier ** v_merit_exponent;
      v_merit_weight_farm_remote = v_listings_farm * v_merit_farm_remote ** v_merit_exponent;
      v_contribution_farm = v_gross_margin_farm - v_charge_farm - v_cost_change_farm + (v_price_farm - 1.0);
      v_bid_value_now_farm = v_bid_value_farm * (pyMax(v_contribution_farm, 0.005) / pyMax(v_cal_contribution_farm, 0.005)) ** v_bid_margin_response;
      v_bid_weight_farm = v_listings_farm * v_bid_value_now_farm ** v_bid_exponent;
      v_bid_total = pyMax(v_bid_weight_head + v_bid_weight_smb + v_bid_weight_farm, 1e-09);
      v_bid_share_head = v_bid_weight_head / v_bid_total;
      v_bid_share_smb = v_bid_weight_smb / v_bid_total;
      v_bid_share_farm = v_bid_weight_farm / v_bid_total;
      v_bid_pressure_raw = v_auctioned_share / v_ad_load * (v_listings_head * v_bid_value_now_head + v_listings_smb * v_bid_value_now_smb + v_listings_farm * v_bid_value_now_farm) / pyMax(v_buyers, 1e-09);
      v_cpc_target = (v_bid_pressure_raw / v_cal_bid_pressure) ** v_auction_elasticity;
      v_cpc_change = (v_cpc_target - v_cpc_index) / v_cpc_months;
      v_focal_support_rate = (v_support_head + v_support_smb + v_support_farm) / v_recent_sales_total;
      v_focal_net_fee = v_commission - v_focal_support_rate;
      v_fee_cut_target_incumbent = v_rival_match_share_incumbent * pyMax(v_cal_focal_net_fee - v_focal_net_fee, 0.0) + v_rival_share_response_incumbent * pyMax(1.0 - v_gmv_share_incumbent / v_cal_gmv_share_incumbent, 0.0);
      v_fee_cut_target_content = v_rival_match_share_content * pyMax(v_cal_focal_net_fee - v_focal_net_fee, 0.0) + v_rival_share_response_content * pyMax(1.0 - v_gmv_share_content / v_cal_gmv_share_content, 0.0);
      v_fee_cut_change_incumbent = (v_fee_cut_target_incumbent - v_fee_cut_incumbent) / v_rival_match_months_incumbent;
      v_fee_cut_change_content = (v_fee_cut_target_content - v_fee_cut_content) / v_rival_match_months_content;
      v_coupons = v_subsidy_spend * v_subsidy_split_coupons;
      v_coupon_rate = pyMin(pyMax(v_coupons / pyMax(v_coupon_base, 1e-09), 0.0), 0.5);
      v_coupon_high_tier = v_coupon_reach_high_tier * v_coupon_rate;
      v_coupon_low_tier = v_coupon_reach_low_tier * v_coupon_rate;
      v_coupon_remote = v_coupon_reach_remote * v_coupon_rate;
      v_price_seen_head_high_tier = v_price_head * (1.0 - v_coupon_high_tier);
      v_price_seen_head_low_tier = v_price_head * (1.0 - v_coupon_low_tier);
      v_price_seen_head_remote = v_price_head * (1.0 - v_coupon_remote);
      v_goods_utility_head_high_tier = pyMin(pyMax(v_quality_weight_high_tier * Math.log(v_quality_head_high_tier) - v_price_weight_high_tier * Math.log(v_price_seen_head_high_tier), -20.0), 20.0);
      v_goods_utility_head_low_tier = pyMin(pyMax(v_quality_weight_low_tier * Math.log(v_quality_head_low_tier) - v_price_weight_low_tier * Math.log(v_price_seen_head_low_tier), -20.0), 20.0);
      v_goods_utility_head_remote = pyMin(pyMax(v_quality_weight_remote * Math.log(v_quality_head_remote) - v_price_weight_remote * Math.log(v_price_seen_head_remote), -20.0), 20.0);
      v_merit_head_high_tier = v_quality_head_high_tier / v_price_seen_head_high_tier;
      v_merit_head_low_tier = v_quality_head_low_tier / v_price_seen_head_low_tier;
      v_merit_head_remote = v_quality_head_remote / v_price_seen_head_remote;
      v_merit_weight_head_high_tier = v_listings_head * v_merit_head_high_tier ** v_merit_exponent;
      v_merit_weight_head_low_tier = v_listings_head * v_merit_head_low_tier ** v_merit_exponent;
      v_merit_weight_head_remote = v_listings_head * v_merit_head_remote ** v_merit_exponent;
      v_merit_total_high_tier = pyMax(v_merit_weight_head_high_tier + v_merit_weight_smb_high_tier + v_merit_weight_farm_high_tier, 1e-09);
      v_merit_share_head_high_tier = v_merit_weight_head_high_tier / v_merit_total_high_tier;
      v_traffic_head_high_tier = (1.0 - v_ad_load) * (v_long_tail_floor * v_count_share_head + (1.0 - v_long_tail_floor) * v_fairness * v_merit_share_head_high_tier) + v_auctioned_share * v_bid_share_head;
      v_attraction_head_high_tier = v_traffic_head_high_tier * Math.exp(v_goods_utility_head_high_tier);
      v_merit_share_smb_high_tier = v_merit_weight_smb_high_tier / v_merit_total_high_tier;
      v_traffic_smb_high_tier = (1.0 - v_ad_load) * (v_long_tail_floor * v_count_share_smb + (1.0 - v_long_tail_floor) * v_fairness * v_merit_share_smb_high_tier) + v_auctioned_share * v_bid_share_smb;
      v_attraction_smb_high_tier = v_traffic_smb_high_tier * Math.exp(v_goods_utility_smb_high_tier);
      v_merit_share_farm_high_tier = v_merit_weight_farm_high_tier / v_merit_total_high_tier;
      v_traffic_farm_high_tier = (1.0 - v_ad_load) * (v_long_tail_floor * v_count_share_farm + (1.0 - v_long_tail_floor) * v_fairness * v_merit_share_farm_high_tier) + v_auctioned_share * v_bid_share_farm;
      v_attraction_farm_high_tier = v_traffic_farm_high_tier * Math.exp(v_goods_utility_farm_high_tier);
      v_attraction_total_high_tier = pyMax(v_attraction_head_high_tier + v_attraction_smb_high_tier + v_attraction_farm_high_tier, 1e-09);
      v_sales_share_head_high_tier = v_attraction_head_high_tier / v_attraction_total_high_tier;
      v_gmv_head_high_tier = v_gmv_high_tier * v_sales_share_head_high_tier;
      v_sales_share_smb_high_tier = v_attraction_smb_high_tier / v_attraction_total_high_tier;
      v_gmv_smb_high_tier = v_gmv_high_tier * v_sales_share_smb_high_tier;
      v_sales_share_farm_high_tier = v_attraction_farm_high_tier / v_attraction_total_high_tier;
      v_gmv_farm_high_tier = v_gmv_high_tier * v_sales_share_farm_high_tier;
      v_upward_flow = (v_gmv_smb_high_tier + v_gmv_farm_high_tier) / pyMax(v_gmv_high_tier, 1e-09);
      v_relative_price_high_tier = v_sales_share_head_high_tier * Math.log(v_price_seen_head_high_tier / v_price_ratio_head) + v_sales_share_smb_high_tier * Math.log(v_price_seen_smb_high_tier / v_price_ratio_smb) + v_sales_share_farm_high_tier * Math.log(v_price_seen_farm_high_tier / v_price_ratio_farm);
      v_platform_value_high_tier = Math.log(v_attraction_total_high_tier);
      v_utility_high_tier = pyMin(pyMax(v_platform_value_high_tier - v_cal_platform_value_high_tier - v_price_comparison * v_price_weight_high_tier * v_relative_price_high_tier + v_network_effect * Math.log(pyMax(v_listings, 1e-09) / v_cal_listings) + v_platform_bonus_high_tier, -20.0), 20.0);
      v_wallet_logit_high_tier = Math.exp(v_utility_high_tier + v_cal_wallet_asc_high_tier);
      v_wallet_logit_total_high_tier = 1.0 + (v_wallet_logit_high_tier + v_wallet_logit_high_tier_incumbent + v_wallet_logit_high_tier_content);
      v_wallet_share_target_high_tier = v_wallet_logit_high_tier / v_wallet_logit_total_high_tier;
      v_wallet_share_target_high_tier_incumbent = v_wallet_logit_high_tier_incumbent / v_wallet_logit_total_high_tier;
      v_wallet_share_target_high_tier_content = v_wallet_logit_high_tier_content / v_wallet_logit_total_high_tier;
      v_wallet_share_change_high_tier = (v_wallet_share_target_high_tier - v_wallet_share_high_tier) / v_wallet_share_months;
      v_wallet_share_change_high_tier_incumbent = (v_wallet_share_target_high_tier_incumbent - v_wallet_share_high_tier_incumbent) / v_wallet_share_months;
      v_wallet_share_change_high_tier_content = (v_wallet_share_target_high_tier_content - v_wallet_share_high_tier_content) / v_wallet_share_months;
      v_adoption_high_tier = ((v_bass_p + v_bass_q * v_buyers_high_tier / pyMax(v_shoppers_high_tier, 1e-09)) * pyMax(v_max_reach * v_shoppers_high_tier - v_buyers_high_tier, 0.0) + v_acquisition_high_tier) * Math.exp(v_adoption_sensitivity * v_utility_high_tier);
      v_churn_demand_high_tier = v_cal_churn_high_tier * v_buyers_high_tier * Math.exp(-v_churn_sensitivity * v_utility_high_tier) + pyMax(v_buyers_high_tier - v_reach_high_tier, 0.0) / v_leave_months;
      v_churn_high_tier = pyMin(v_churn_demand_high_tier, v_buyers_high_tier / dt);
      v_merit_total_low_tier = pyMax(v_merit_weight_head_low_tier + v_merit_weight_smb_low_tier + v_merit_weight_farm_low_tier, 1e-09);
      v_merit_share_head_low_tier = v_merit_weight_head_low_tier / v_merit_total_low_tier;
      v_traffic_head_low_tier = (1.0 - v_ad_load) * (v_long_tail_floor * v_count_share_head + (1.0 - v_long_tail_floor) * v_fairness * v_merit_share_head_low_tier) + v_auctioned_share * v_bid_share_head;
      v_attraction_head_low_tier = v_traffic_head_low_tier * Math.exp(v_goods_utility_head_low_tier);
      v_merit_share_smb_low_tier = v_merit_weight_smb_low_tier / v_merit_total_low_tier;
      v_traffic_smb_low_tier = (1.0 - v_ad_load) * (v_long_tail_floor * v_count_share_smb + (1.0 - v_long_tail_floor) * v_fairness * v_merit_share_smb_low_tier) + v_auctioned_share * v_bid_share_smb;
      v_attraction_smb_low_tier = v_traffic_smb_low_tier * Math.exp(v_goods_utility_smb_low_tier);
      v_merit_share_farm_low_tier = v_merit_weight_farm_low_tier / v_merit_total_low_tier;
      v_traffic_farm_low_tier = (1.0 - v_ad_load) * (v_long_tail_floor * v_count_share_farm + (1.0 - v_long_tail_floor) * v_fairness * v_merit_share_farm_low_tier) + v_auctioned_share * v_bid_share_farm;
      v_attraction_farm_low_tier = v_traffic_farm_low_tier * Math.exp(v_goods_utility_farm_low_tier);
      v_attraction_total_low_tier = pyMax(v_attraction_head_low_tier + v_attraction_smb_low_tier + v_attraction_farm_low_tier, 1e-09);
      v_sales_share_head_low_tier = v_attraction_head_low_tier / v_attraction_total_low_tier;
      v_gmv_head_low_tier = v_gmv_low_tier * v_sales_share_head_low_tier;
      v_sales_share_smb_low_tier = v_attraction_smb_low_tier / v_attraction_total_low_tier;
      v_gmv_smb_low_tier = v_gmv_low_tier * v_sales_share_smb_low_tier;
      v_sales_share_farm_low_tier = v_attraction_farm_low_tier / v_attraction_total_low_tier;
      v_gmv_farm_low_tier = v_gmv_low_tier * v_sales_share_farm_low_tier;
      v_relative_price_low_tier = v_sales_share_head_low_tier * Math.log(v_price_seen_head_low_tier / v_price_ratio_head) + v_sales_share_smb_low_tier * Math.log(v_price_seen_smb_low_tier / v_price_ratio_smb) + v_sales_share_farm_low_tier * Math.log(v_price_seen_farm_low_tier / v_price_ratio_farm);
      v_platform_value_low_tier = Math.log(v_attraction_total_low_tier);
      v_utility_low_tier = pyMin(pyMax(v_platform_value_low_tier - v_cal_platform_value_low_tier - v_price_comparison * v_price_weight_low_tier * v_relative_price_low_tier + v_network_effect * Math.log(pyMax(v_listings, 1e-09) / v_cal_listings) + v_platform_bonus_low_tier, -20.0), 20.0);
      v_wallet_logit_low_tier = Math.exp(v_utility_low_tier + v_cal_wallet_asc_low_tier);
      v_wallet_logit_total_low_tier = 1.0 + (v_wallet_logit_low_tier + v_wallet_logit_low_tier_incumbent + v_wallet_logit_low_tier_content);
      v_wallet_share_target_low_tier = v_wallet_logit_low_tier / v_wallet_logit_total_low_tier;
      v_wallet_share_target_low_tier_incumbent = v_wallet_logit_low_tier_incumbent / v_wallet_logit_total_low_tier;
      v_wallet_share_target_low_tier_content = v_wallet_logit_low_tier_content / v_wallet_logit_total_low_tier;
      v_wallet_share_change_low_tier = (v_wallet_share_target_low_tier - v_wallet_share_low_tier) / v_wallet_share_months;
      v_wallet_share_change_low_tier_incumbent = (v_wallet_share_target_low_tier_incumbent - v_wallet_share_low_tier_incumbent) / v_wallet_share_months;
      v_wallet_share_change_low_tier_content = (v_wallet_share_target_low_tier_content - v_wallet_share_low_tier_content) / v_wallet_share_months;
      v_adoption_low_tier = ((v_bass_p + v_bass_q * v_buyers_low_tier / pyMax(v_shoppers_low_tier, 1e-09)) * pyMax(v_max_reach * v_shoppers_low_tier - v_buyers_low_tier, 0.0) + v_acquisition_low_tier) * Math.exp(v_adoption_sensitivity * v_utility_low_tier);
      v_churn_demand_low_tier = v_cal_churn_low_tier * v_buyers_low_tier * Math.exp(-v_churn_sensitivity * v_utility_low_tier) + pyMax(v_buyers_low_tier - v_reach_low_tier, 0.0) / v_leave_months;
      v_churn_low_tier = pyMin(v_churn_demand_low_tier, v_buyers_low_tier / dt);
      v_merit_total_remote = pyMax(v_merit_weight_head_remote + v_merit_weight_smb_remote + v_merit_weight_farm_remote, 1e-09);
      v_merit_share_head_remote = v_merit_weight_head_remote / v_merit_total_remote;
      v_traffic_head_remote = (1.0 - v_ad_load) * (v_long_tail_floor * v_count_share_head + (1.0 - v_long_tail_floor) * v_fairness * v_merit_share_head_remote) + v_auctioned_share * v_bid_share_head;
      v_attraction_head_remote = v_traffic_head_remote * Math.exp(v_goods_utility_head_remote);
      v_head_traffic_share = (v_traffic_head_high_tier * v_buyers_high_tier + v_traffic_head_low_tier * v_buyers_low_tier + v_traffic_head_remote * v_buyers_remote) / pyMax(v_buyers, 1e-09);
      v_merit_share_smb_remote = v_merit_weight_smb_remote / v_merit_total_remote;
      v_traffic_smb_remote = (1.0 - v_ad_load) * (v_long_tail_floor * v_count_share_smb + (1.0 - v_long_tail_floor) * v_fairness * v_merit_share_smb_remote) + v_auctioned_share * v_bid_share_smb;
      v_attraction_smb_remote = v_traffic_smb_remote * Math.exp(v_goods_utility_smb_remote);
      v_merit_share_farm_remote = v_merit_weight_farm_remote / v_merit_total_remote;
      v_traffic_farm_remote = (1.0 - v_ad_load) * (v_long_tail_floor * v_count_share_farm + (1.0 - v_long_tail_floor) * v_fairness * v_merit_share_farm_remote) + v_auctioned_share * v_bid_share_farm;
      v_attraction_farm_remote = v_traffic_farm_remote * Math.exp(v_goods_utility_farm_remote);
      v_attraction_total_remote = pyMax(v_attraction_head_remote + v_attraction_smb_remote + v_attraction_farm_remote, 1e-09);
      v_sales_share_head_remote = v_attraction_head_remote / v_attraction_total_remote;
      v_gmv_head_remote = v_gmv_remote * v_sales_share_head_remote;
      v_gmv_head = v_gmv_head_high_tier + v_gmv_head_low_tier + v_gmv_head_remote;
      v_coupon_base_now = v_gmv_head_low_tier + v_gmv_head_remote;
      v_brand_access = (v_gmv_head_low_tier + v_gmv_head_remote) / pyMax(v_gmv_low_tier + v_gmv_remote, 1e-09);
      v_two_way_flow_share = (v_gmv_head_low_tier + v_gmv_head_remote + v_gmv_smb_high_tier + v_gmv_farm_high_tier) / v_safe_gmv;
      v_sales_share_smb_remote = v_attraction_smb_remote / v_attraction_total_remote;
      v_gmv_smb_remote = v_gmv_remote * v_sales_share_smb_remote;
      v_gmv_smb = v_gmv_smb_high_tier + v_gmv_smb_low_tier + v_gmv_smb_remote;
      v_smb_gmv_share = v_gmv_smb / v_safe_gmv;
      v_sales_share_farm_remote = v_attraction_farm_remote / v_attraction_total_remote;
      v_gmv_farm_remote = v_gmv_remote * v_sales_share_farm_remote;
      v_gmv_farm = v_gmv_farm_high_tier + v_gmv_farm_low_tier + v_gmv_farm_remote;
      v_relative_price_remote = v_sales_share_head_remote * Math.log(v_price_seen_head_remote / v_price_ratio_head) + v_sales_share_smb_remote * Math.log(v_price_seen_smb_remote / v_price_ratio_smb) + v_sales_share_farm_remote * Math.log(v_price_seen_farm_remote / v_price_ratio_farm);
      v_platform_value_remote = Math.log(v_attraction_total_remote);
      v_utility_remote = pyMin(pyMax(v_platform_value_remote - v_cal_platform_value_remote - v_price_comparison * v_price_weight_remote * v_relative_price_remote + v_network_effect * Math.log(pyMax(v_listings, 1e-09) / v_cal_listings) + v_platform_bonus_remote, -20.0), 20.0);
      v_wallet_logit_remote = Math.exp(v_utility_remote + v_cal_wallet_asc_remote);
      v_wallet_logit_total_remote = 1.0 + (v_wallet_logit_remote + v_wallet_logit_remote_incumbent + v_wallet_logit_remote_content);
      v_wallet_share_target_remote = v_wallet_logit_remote / v_wallet_logit_total_remote;
      v_wallet_share_target_remote_incumbent = v_wallet_logit_remote_incumbent / v_wallet_logit_total_remote;
      v_wallet_share_target_remote_content = v_wallet_logit_remote_content / v_wallet_logit_total_remote;
      v_wallet_share_change_remote = (v_wallet_share_target_remote - v_wallet_share_remote) / v_wallet_share_months;
      v_wallet_share_change_remote_incumbent = (v_wallet_share_target_remote_incumbent - v_wallet_share_remote_incumbent) / v_wallet_share_months;
      v_wallet_share_change_remote_content = (v_wallet_share_target_remote_content - v_wallet_share_remote_content) / v_wallet_share_months;
      v_adoption_remote = ((v_bass_p + v_bass_q * v_buyers_remote / pyMax(v_shoppers_remote, 1e-09)) * pyMax(v_max_reach * v_shoppers_remote - v_buyers_remote, 0.0) + v_acquisition_remote) * Math.exp(v_adoption_sensitivity * v_utility_remote);
      v_churn_demand_remote = v_cal_churn_remote * v_buyers_remote * Math.exp(-v_churn_sensitivity * v_utility_remote) + pyMax(v_buyers_remote - v_reach_remote, 0.0) / v_leave_months;
      v_churn_remote = pyMin(v_churn_demand_remote, v_buyers_remote / dt);
      v_recent_sales_change_head = v_gmv_head - v_recent_sales_head;
      v_recent_sales_change_smb = v_gmv_smb - v_recent_sales_smb;
      v_recent_sales_change_farm = v_gmv_farm - v_recent_sales_farm;
      v_sales_per_store_head = v_gmv_head / v_nominal / pyMax(v_listings_head, 1e-09);
      v_margin_head = pyMin(pyMax(v_contribution_head - v_fixed_cost_head / pyMax(v_sales_per_store_head, 1e-09), -1.0), 1.0);
      v_perceived_margin_change_head = (v_margin_head - v_perceived_margin_head) / v_margin_months;
      v_effort_pull_head = v_effort_0_head * Math.exp(pyMin(pyMax(v_effort_margin_sensitivity * (v_perceived_margin_head - v_cal_margin_head) + v_effort_sales_sensitivity * Math.log(pyMax(v_sales_per_store_head, 1e-09) / v_cal_sales_per_store_head), -20.0), 20.0));
      v_effort_pull_total_head = pyMax(v_effort_pull_head + v_effort_pull_head_incumbent + v_effort_pull_head_content, 1e-09);
      v_effort_target_head = v_effort_pull_head / v_effort_pull_total_head;
      v_effort_target_head_incumbent = v_effort_pull_head_incumbent / v_effort_pull_total_head;
      v_effort_target_head_content = v_effort_pull_head_content / v_effort_pull_total_head;
      v_effort_change_head = (v_effort_target_head - v_effort_head) / v_effort_switch_months;
      v_effort_change_head_incumbent = (v_effort_target_head_incumbent - v_effort_head_incumbent) / v_effort_switch_months;
      v_effort_change_head_content = (v_effort_target_head_content - v_effort_head_content) / v_effort_switch_months;
      v_sales_per_store_smb = v_gmv_smb / v_nominal / pyMax(v_listings_smb, 1e-09);
      v_margin_smb = pyMin(pyMax(v_contribution_smb - v_fixed_cost_smb / pyMax(v_sales_per_store_smb, 1e-09), -1.0), 1.0);
      v_perceived_margin_change_smb = (v_margin_smb - v_perceived_margin_smb) / v_margin_months;
      v_effort_pull_smb = v_effort_0_smb * Math.exp(pyMin(pyMax(v_effort_margin_sensitivity * (v_perceived_margin_smb - v_cal_margin_smb) + v_effort_sales_sensitivity * Math.log(pyMax(v_sales_per_store_smb, 1e-09) / v_cal_sales_per_store_smb), -20.0), 20.0));
      v_effort_pull_total_smb = pyMax(v_effort_pull_smb + v_effort_pull_smb_incumbent + v_effort_pull_smb_content, 1e-09);
      v_effort_target_smb = v_effort_pull_smb / v_effort_pull_total_smb;
      v_effort_target_smb_incumbent = v_effort_pull_smb_incumbent / v_effort_pull_total_smb;
      v_effort_target_smb_content = v_effort_pull_smb_content / v_effort_pull_total_smb;
      v_effort_change_smb = (v_effort_target_smb - v_effort_smb) / v_effort_switch_months;
      v_effort_change_smb_incumbent = (v_effort_target_smb_incumbent - v_effort_smb_incumbent) / v_effort_switch_months;
      v_effort_change_smb_content = (v_effort_target_smb_content - v_effort_smb_content) / v_effort_switch_months;
      v_sales_per_store_farm = v_gmv_farm / v_nominal / pyMax(v_listings_farm, 1e-09);
      v_margin_farm = pyMin(pyMax(v_contribution_farm - v_fixed_cost_farm / pyMax(v_sales_per_store_farm, 1e-09), -1.0), 1.0);
      v_perceived_margin_change_farm = (v_margin_farm - v_perceived_margin_farm) / v_margin_months;
      v_effort_pull_farm = v_effort_0_farm * Math.exp(pyMin(pyMax(v_effort_margin_sensitivity * (v_perceived_margin_farm - v_cal_margin_farm) + v_effort_sales_sensitivity * Math.log(pyMax(v_sales_per_store_farm, 1e-09) / v_cal_sales_per_store_farm), -20.0), 20.0));
      v_effort_pull_total_farm = pyMax(v_effort_pull_farm + v_effort_pull_farm_incumbent + v_effort_pull_farm_content, 1e-09);
      v_effort_target_farm = v_effort_pull_farm / v_effort_pull_total_farm;
      v_effort_target_farm_incumbent = v_effort_pull_farm_incumbent / v_effort_pull_total_farm;
      v_effort_target_farm_content = v_effort_pull_farm_content / v_effort_pull_total_farm;
      v_effort_change_farm = (v_effort_target_farm - v_effort_farm) / v_effort_switch_months;
      v_effort_change_farm_incumbent = (v_effort_target_farm_incumbent - v_effort_farm_incumbent) / v_effort_switch_months;
      v_effort_change_farm_content = (v_effort_target_farm_content - v_effort_farm_content) / v_effort_switch_months;
      v_smb_volume_growth = (v_gmv_smb / v_price_smb + v_gmv_smb_incumbent / v_price_smb_incumbent + v_gmv_smb_content / v_price_smb_content) / v_nominal;
      v_ad_revenue = v_ad_cost_head * v_gmv_head + v_ad_cost_smb * v_gmv_smb + v_ad_cost_farm * v_gmv_farm;
      v_platform_revenue = v_commission_revenue + v_ad_revenue;
      v_ad_intensity = v_ad_revenue / v_safe_gmv;
      v_take_rate = v_platform_revenue / v_safe_gmv;
      v_platform_profit = v_platform_revenue - v_payment_cost * v_gmv - v_opex_0 * v_nominal - v_marketing_spend - v_support_paid;
      v_coupon_base_change = v_coupon_base_now - v_coupon_base;
      v_logistics_spend_yearly = v_subsidy_spend * v_subsidy_split_logistics * 12.0;
      v_logistics_target = v_logistics_spend_yearly / (v_logistics_spend_yearly + v_logistics_half_cost);
      v_logistics_change = (v_logistics_target - v_logistics_coverage) / v_logistics_months;
      if (k % saveEvery === 0) {
        const o = base + Math.floor(k / saveEvery) * nOut;
        out[o + 0] = v_shoppers_high_tier;
        out[o + 1] = v_shoppers_low_tier;
        out[o + 2] = v_shoppers_remote;
        out[o + 3] = v_gmv;
        out[o + 4] = v_gmv_incumbent;
        out[o + 5] = v_gmv_content;
        out[o + 6] = v_gmv_high_tier;
        out[o + 7] = v_gmv_low_tier;
        out[o + 8] = v_gmv_remote;
        out[o + 9] = v_gmv_head;
        out[o + 10] = v_gmv_head_incumbent;
        out[o + 11] = v_gmv_head_content;
        out[o + 12] = v_gmv_smb;
        out[o + 13] = v_gmv_smb_incumbent;
        out[o + 14] = v_gmv_smb_content;
        out[o + 15] = v_gmv_farm;
        out[o + 16] = v_gmv_farm_incumbent;
        out[o + 17] = v_gmv_farm_content;
        out[o + 18] = v_gmv_head_high_tier;
        out[o + 19] = v_gmv_head_low_tier;
        out[o + 20] = v_gmv_head_remote;
        out[o + 21] = v_gmv_smb_high_tier;
        out[o + 22] = v_gmv_smb_low_tier;
        out[o + 23] = v_gmv_smb_remote;
        out[o + 24] = v_gmv_farm_high_tier;
        out[o + 25] = v_gmv_farm_low_tier;
        out[o + 26] = v_gmv_farm_remote;
        out[o + 27] = v_gmv_market;
        out[o + 28] = v_gmv_share;
        out[o + 29] = v_gmv_share_incumbent;
        out[o + 30] = v_gmv_share_content;
        out[o + 31] = v_smb_gmv_share;
        out[o + 32] = v_smb_gmv_share_incumbent;
        out[o + 33] = v_smb_gmv_share_content;
        out[o + 34] = v_brand_access;
        out[o + 35] = v_brand_access_incumbent;
        out[o + 36] = v_brand_access_content;
        out[o + 37] = v_upward_flow;
        out[o + 38] = v_upward_flow_incumbent;
        out[o + 39] = v_upward_flow_content;
        out[o + 40] = v_two_way_flow_share;
        out[o + 41] = v_two_way_flow_share_incumbent;
        out[o + 42] = v_two_way_flow_share_content;
        out[o + 43] = v_buyers;
        out[o + 44] = v_buyers_incumbent;
        out[o + 45] = v_buyers_content;
        out[o + 46] = v_buyers_high_tier;
        out[o + 47] = v_buyers_high_tier_incumbent;
        out[o + 48] = v_buyers_high_tier_content;
        out[o + 49] = v_buyers_low_tier;
        out[o + 50] = v_buyers_low_tier_incumbent;
        out[o + 51] = v_buyers_low_tier_content;
        out[o + 52] = v_buyers_remote;
        out[o + 53] = v_buyers_remote_incumbent;
        out[o + 54] = v_buyers_remote_content;
        out[o + 55] = v_wallet_share_high_tier;
        out[o + 56] = v_wallet_share_high_tier_incumbent;
        out[o + 57] = v_wallet_share_high_tier_content;
        out[o + 58] = v_wallet_share_low_tier;
        out[o + 59] = v_wallet_share_low_tier_incumbent;
        out[o + 60] = v_wallet_share_low_tier_content;
        out[o + 61] = v_wallet_share_remote;
        out[o + 62] = v_wallet_share_remote_incumbent;
        out[o + 63] = v_wallet_share_remote_content;
        out[o + 64] = v_relative_price_high_tier;
        out[o + 65] = v_relative_price_low_tier;
        out[o + 66] = v_relative_price_remote;
        out[o + 67] = v_price_head;
        out[o + 68] = v_price_head_incumbent;
        out[o + 69] = v_price_head_content;
        out[o + 70] = v_price_smb;
        out[o + 71] = v_price_smb_incumbent;
        out[o + 72] = v_price_smb_content;
        out[o + 73] = v_price_farm;
        out[o + 74] = v_price_farm_incumbent;
        out[o + 75] = v_price_farm_content;
        out[o + 76] = v_auctioned_share;
        out[o + 77] = v_auctioned_share_incumbent;
        out[o + 78] = v_auctioned_share_content;
        out[o + 79] = v_head_traffic_share;
        out[o + 80] = v_head_traffic_share_incumbent;
        out[o + 81] = v_head_traffic_share_content;
        out[o + 82] = v_cpc_index;
        out[o + 83] = v_cpc_index_incumbent;
        out[o + 84] = v_cpc_index_content;
        out[o + 85] = v_net_commission;
        out[o + 86] = v_net_commission_incumbent;
        out[o + 87] = v_net_commission_content;
        out[o + 88] = v_charge_head;
        out[o + 89] = v_charge_head_incumbent;
        out[o + 90] = v_charge_head_content;
        out[o + 91] = v_charge_smb;
        out[o + 92] = v_charge_smb_incumbent;
        out[o + 93] = v_charge_smb_content;
        out[o + 94] = v_charge_farm;
        out[o + 95] = v_charge_farm_incumbent;
        out[o + 96] = v_charge_farm_content;
        out[o + 97] = v_margin_head;
        out[o + 98] = v_margin_head_incumbent;
        out[o + 99] = v_margin_head_content;
        out[o + 100] = v_margin_smb;
        out[o + 101] = v_margin_smb_incumbent;
        out[o + 102] = v_margin_smb_content;
        out[o + 103] = v_margin_farm;
        out[o + 104] = v_margin_farm_incumbent;
        out[o + 105] = v_margin_farm_content;
        out[o + 106] = v_perceived_margin_head;
        out[o + 107] = v_perceived_margin_head_incumbent;
        out[o + 108] = v_perceived_margin_head_content;
        out[o + 109] = v_perceived_margin_smb;
        out[o + 110] = v_perceived_margin_smb_incumbent;
        out[o + 111] = v_perceived_margin_smb_content;
        out[o + 112] = v_perceived_margin_farm;
        out[o + 113] = v_perceived_margin_farm_incumbent;
        out[o + 114] = v_perceived_margin_farm_content;
        out[o + 115] = v_merchants;
        out[o + 116] = v_merchants_incumbent;
        out[o + 117] = v_merchants_content;
        out[o + 118] = v_effort_head;
        out[o + 119] = v_effort_head_incumbent;
        out[o + 120] = v_effort_head_content;
        out[o + 121] = v_effort_smb;
        out[o + 122] = v_effort_smb_incumbent;
        out[o + 123] = v_effort_smb_content;
        out[o + 124] = v_effort_farm;
        out[o + 125] = v_effort_farm_incumbent;
        out[o + 126] = v_effort_farm_content;
        out[o + 127] = v_merchants_head;
        out[o + 128] = v_merchants_head_incumbent;
        out[o + 129] = v_merchants_head_content;
        out[o + 130] = v_merchants_smb;
        out[o + 131] = v_merchants_smb_incumbent;
        out[o + 132] = v_merchants_smb_content;
        out[o + 133] = v_merchants_farm;
        out[o + 134] = v_merchants_farm_incumbent;
        out[o + 135] = v_merchants_farm_content;
        out[o + 136] = v_merchants_smb_new;
        out[o + 137] = v_merchants_smb_new_incumbent;
        out[o + 138] = v_merchants_smb_new_content;
        out[o + 139] = v_merchants_smb_established;
        out[o + 140] = v_merchants_smb_established_incumbent;
        out[o + 141] = v_merchants_smb_established_content;
        out[o + 142] = v_sellers_head;
        out[o + 143] = v_sellers_smb_new;
        out[o + 144] = v_sellers_smb_established;
        out[o + 145] = v_sellers_farm;
        out[o + 146] = v_merchant_entry_head;
        out[o + 147] = v_merchant_exit_head;
        out[o + 148] = v_merchant_entry_farm;
        out[o + 149] = v_merchant_exit_farm;
        out[o + 150] = v_merchant_entry_smb;
        out[o + 151] = v_merchant_exit_smb_new;
        out[o + 152] = v_merchant_exit_smb_established;
        out[o + 153] = v_smb_graduation;
        out[o + 154] = v_smb_volume;
        out[o + 155] = v_smb_capability;
        out[o + 156] = v_fee_cut_incumbent;
        out[o + 157] = v_fee_cut_content;
        out[o + 158] = v_support_spend_incumbent;
        out[o + 159] = v_support_spend_content;
        out[o + 160] = v_commission_revenue;
        out[o + 161] = v_commission_revenue_incumbent;
        out[o + 162] = v_commission_revenue_content;
        out[o + 163] = v_ad_revenue;
        out[o + 164] = v_ad_revenue_incumbent;
        out[o + 165] = v_ad_revenue_content;
        out[o + 166] = v_platform_revenue;
        out[o + 167] = v_platform_revenue_incumbent;
        out[o + 168] = v_platform_revenue_content;
        out[o + 169] = v_ad_intensity;
        out[o + 170] = v_ad_intensity_incumbent;
        out[o + 171] = v_ad_intensity_content;
        out[o + 172] = v_take_rate;
        out[o + 173] = v_take_rate_incumbent;
        out[o + 174] = v_take_rate_content;
        out[o + 175] = v_marketing_spend;
        out[o + 176] = v_marketing_spend_incumbent;
        out[o + 177] = v_marketing_spend_content;
        out[o + 178] = v_platform_profit;
        out[o + 179] = v_platform_profit_incumbent;
        out[o + 180] = v_platform_profit_content;
        out[o + 181] = v_cumulative_profit;
        out[o + 182] = v_cumulative_profit_incumbent;
        out[o + 183] = v_cumulative_profit_content;
        out[o + 184] = v_subsidy_spend;
        out[o + 185] = v_subsidy_spent;
        out[o + 186] = v_coupon_rate;
        out[o + 187] = v_logistics_coverage;
        out[o + 188] = v_commission;
        out[o + 189] = v_commission_incumbent;
        out[o + 190] = v_commission_content;
        out[o + 191] = v_fairness;
        out[o + 192] = v_fairness_incumbent;
        out[o + 193] = v_fairness_content;
        out[o + 194] = v_subsidy_rate;
      }
      if (k === steps) break;
      // ---- Euler step
      v_buyers_high_tier += dt * (v_adoption_high_tier - v_churn_high_tier);
      v_buyers_high_tier_incumbent += dt * (v_adoption_high_tier_incumbent - v_churn_high_tier_incumbent);
      v_buyers_high_tier_content += dt * (v_adoption_high_tier_content - v_churn_high_tier_content);
      v_buyers_low_tier += dt * (v_adoption_low_tier - v_churn_low_tier);
      v_buyers_low_tier_incumbent += dt * (v_adoption_low_tier_incumbent - v_churn_low_tier_incumbent);
      v_buyers_low_tier_content += dt * (v_adoption_low_tier_content - v_churn_low_tier_content);
      v_buyers_remote += dt * (v_adoption_remote - v_churn_remote);
      v_buyers_remote_incumbent += dt * (v_adoption_remote_incumbent - v_churn_remote_incumbent);
      v_buyers_remote_content += dt * (v_adoption_remote_content - v_churn_remote_content);
      v_wallet_share_high_tier += dt * (v_wallet_share_change_high_tier);
      v_wallet_share_high_tier_incumbent += dt * (v_wallet_share_change_high_tier_incumbent);
      v_wallet_share_high_tier_content += dt * (v_wallet_share_change_high_tier_content);
      v_wallet_share_low_tier += dt * (v_wallet_share_change_low_tier);
      v_wallet_share_low_tier_incumbent += dt * (v_wallet_share_change_low_tier_incumbent);
      v_wallet_share_low_tier_content += dt * (v_wallet_share_change_low_tier_content);
      v_wallet_share_remote += dt * (v_wallet_share_change_remote);
      v_wallet_share_remote_incumbent += dt * (v_wallet_share_change_remote_incumbent);
      v_wallet_share_remote_content += dt * (v_wallet_share_change_remote_content);
      v_cpc_index += dt * (v_cpc_change);
      v_cpc_index_incumbent += dt * (v_cpc_change_incumbent);
      v_cpc_index_content += dt * (v_cpc_change_content);
      v_recent_sales_head += dt * (v_recent_sales_change_head);
      v_recent_sales_head_incumbent += dt * (v_recent_sales_change_head_incumbent);
      v_recent_sales_head_content += dt * (v_recent_sales_change_head_content);
      v_recent_sales_smb += dt * (v_recent_sales_change_smb);
      v_recent_sales_smb_incumbent += dt * (v_recent_sales_change_smb_incumbent);
      v_recent_sales_smb_content += dt * (v_recent_sales_change_smb_content);
      v_recent_sales_farm += dt * (v_recent_sales_change_farm);
      v_recent_sales_farm_incumbent += dt * (v_recent_sales_change_farm_incumbent);
      v_recent_sales_farm_content += dt * (v_recent_sales_change_farm_content);
      v_perceived_margin_head += dt * (v_perceived_margin_change_head);
      v_perceived_margin_head_incumbent += dt * (v_perceived_margin_change_head_incumbent);
      v_perceived_margin_head_content += dt * (v_perceived_margin_change_head_content);
      v_perceived_margin_smb += dt * (v_perceived_margin_change_smb);
      v_perceived_margin_smb_incumbent += dt * (v_perceived_margin_change_smb_incumbent);
      v_perceived_margin_smb_content += dt * (v_perceived_margin_change_smb_content);
      v_perceived_margin_farm += dt * (v_perceived_margin_change_farm);
      v_perceived_margin_farm_incumbent += dt * (v_perceived_margin_change_farm_incumbent);
      v_perceived_margin_farm_content += dt * (v_perceived_margin_change_farm_content);
      v_effort_head += dt * (v_effort_change_head);
      v_effort_head_incumbent += dt * (v_effort_change_head_incumbent);
      v_effort_head_content += dt * (v_effort_change_head_content);
      v_effort_smb += dt * (v_effort_change_smb);
      v_effort_smb_incumbent += dt * (v_effort_change_smb_incumbent);
      v_effort_smb_content += dt * (v_effort_change_smb_content);
      v_effort_farm += dt * (v_effort_change_farm);
      v_effort_farm_incumbent += dt * (v_effort_change_farm_incumbent);
      v_effort_farm_content += dt * (v_effort_change_farm_content);
      v_sellers_head += dt * (v_merchant_entry_head - v_merchant_exit_head);
      v_sellers_smb_new += dt * (v_merchant_entry_smb - v_merchant_exit_smb_new - v_smb_graduation);
      v_sellers_smb_established += dt * (v_smb_graduation - v_merchant_exit_smb_established);
      v_sellers_farm += dt * (v_merchant_entry_farm - v_merchant_exit_farm);
      v_smb_volume += dt * (v_smb_volume_growth);
      v_fee_cut_incumbent += dt * (v_fee_cut_change_incumbent);
      v_fee_cut_content += dt * (v_fee_cut_change_content);
      v_rival_answer_incumbent += dt * (v_rival_answer_change_incumbent);
      v_rival_answer_content += dt * (v_rival_answer_change_content);
      v_cumulative_profit += dt * (v_platform_profit);
      v_cumulative_profit_incumbent += dt * (v_platform_profit_incumbent);
      v_cumulative_profit_content += dt * (v_platform_profit_content);
      v_subsidy_spent += dt * (v_subsidy_spend);
      v_coupon_base += dt * (v_coupon_base_change);
      v_logistics_coverage += dt * (v_logistics_change);
    }
  }
}
