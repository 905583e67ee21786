// GENERATED from model/equations.py by model/codegen.py -- do not edit.
// Regenerate: python scripts/generate_kernel.py (a test checks this file is current).
// The model's time loop for the browser: the same equations, in the same order, as model/_kernel.py.

export const DIGEST = "1d2a40e6bcc10af8";
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

// ---- one row's start: the stocks' initial values, the levers at their base values, the rest 0
function kStart(x) {
  x[285] = x[140] * x[36];  // buyers_high_tier
  x[286] = x[141];  // buyers_high_tier_incumbent
  x[287] = x[142];  // buyers_high_tier_content
  x[288] = x[143] * x[36];  // buyers_low_tier
  x[289] = x[144];  // buyers_low_tier_incumbent
  x[290] = x[145];  // buyers_low_tier_content
  x[291] = x[146] * x[36];  // buyers_remote
  x[292] = x[147];  // buyers_remote_incumbent
  x[293] = x[148];  // buyers_remote_content
  x[294] = x[9] * x[37];  // wallet_share_high_tier
  x[295] = x[10];  // wallet_share_high_tier_incumbent
  x[296] = x[11];  // wallet_share_high_tier_content
  x[297] = x[12] * x[37];  // wallet_share_low_tier
  x[298] = x[13];  // wallet_share_low_tier_incumbent
  x[299] = x[14];  // wallet_share_low_tier_content
  x[300] = x[15] * x[37];  // wallet_share_remote
  x[301] = x[16];  // wallet_share_remote_incumbent
  x[302] = x[17];  // wallet_share_remote_content
  x[303] = 1.0;  // cpc_index
  x[304] = 1.0;  // cpc_index_incumbent
  x[305] = 1.0;  // cpc_index_content
  x[306] = x[188];  // recent_sales_head
  x[307] = x[189];  // recent_sales_head_incumbent
  x[308] = x[190];  // recent_sales_head_content
  x[309] = x[191];  // recent_sales_smb
  x[310] = x[192];  // recent_sales_smb_incumbent
  x[311] = x[193];  // recent_sales_smb_content
  x[312] = x[194];  // recent_sales_farm
  x[313] = x[195];  // recent_sales_farm_incumbent
  x[314] = x[196];  // recent_sales_farm_content
  x[315] = x[218];  // perceived_margin_head
  x[316] = x[219];  // perceived_margin_head_incumbent
  x[317] = x[220];  // perceived_margin_head_content
  x[318] = x[221];  // perceived_margin_smb
  x[319] = x[222];  // perceived_margin_smb_incumbent
  x[320] = x[223];  // perceived_margin_smb_content
  x[321] = x[224];  // perceived_margin_farm
  x[322] = x[225];  // perceived_margin_farm_incumbent
  x[323] = x[226];  // perceived_margin_farm_content
  x[324] = x[125];  // effort_head
  x[325] = x[126];  // effort_head_incumbent
  x[326] = x[127];  // effort_head_content
  x[327] = x[128];  // effort_smb
  x[328] = x[129];  // effort_smb_incumbent
  x[329] = x[130];  // effort_smb_content
  x[330] = x[131];  // effort_farm
  x[331] = x[132];  // effort_farm_incumbent
  x[332] = x[133];  // effort_farm_content
  x[333] = x[72];  // sellers_head
  x[334] = x[74];  // sellers_smb_new
  x[335] = x[75];  // sellers_smb_established
  x[336] = x[73];  // sellers_farm
  x[337] = x[198];  // smb_volume
  x[338] = 0.0;  // fee_cut_incumbent
  x[339] = 0.0;  // fee_cut_content
  x[340] = 0.0;  // rival_answer_incumbent
  x[341] = 0.0;  // rival_answer_content
  x[342] = 0.0;  // cumulative_profit
  x[343] = 0.0;  // cumulative_profit_incumbent
  x[344] = 0.0;  // cumulative_profit_content
  x[345] = 0.0;  // subsidy_spent
  x[346] = x[208];  // coupon_base
  x[347] = 0.0;  // logistics_coverage
  x[265] = x[245];
  x[266] = x[246];
  x[267] = x[247];
  x[268] = x[248];
  x[269] = x[249];
  x[270] = x[250];
  x[271] = x[251];
  x[272] = x[252];
  x[273] = x[253];
  x[274] = x[254];
  x[275] = x[255];
  x[276] = x[256];
  x[277] = x[257];
  x[278] = x[258];
  x[279] = x[259];
  x[280] = x[260];
  x[281] = x[261];
  x[282] = x[262];
  x[283] = x[263];
  x[284] = x[264];
}

// ---- the levers at time t (a lever without schedules keeps its base value)
function kLevers(x, time, k, schedAt, schedValue, schedRamp, schedBounds) {
  if (schedBounds[1] > schedBounds[0]) {
    x[265] = leverAt(x[245], schedAt, schedValue, schedRamp, schedBounds[0], schedBounds[1], time);
  }
  if (schedBounds[11] > schedBounds[10]) {
    x[266] = leverAt(x[246], schedAt, schedValue, schedRamp, schedBounds[10], schedBounds[11], time);
  }
  if (schedBounds[12] > schedBounds[11]) {
    x[267] = leverAt(x[247], schedAt, schedValue, schedRamp, schedBounds[11], schedBounds[12], time);
  }
  if (schedBounds[2] > schedBounds[1]) {
    x[268] = leverAt(x[248], schedAt, schedValue, schedRamp, schedBounds[1], schedBounds[2], time);
  }
  if (schedBounds[13] > schedBounds[12]) {
    x[269] = leverAt(x[249], schedAt, schedValue, schedRamp, schedBounds[12], schedBounds[13], time);
  }
  if (schedBounds[14] > schedBounds[13]) {
    x[270] = leverAt(x[250], schedAt, schedValue, schedRamp, schedBounds[13], schedBounds[14], time);
  }
  if (schedBounds[3] > schedBounds[2]) {
    x[271] = leverAt(x[251], schedAt, schedValue, schedRamp, schedBounds[2], schedBounds[3], time);
  }
  if (schedBounds[15] > schedBounds[14]) {
    x[272] = leverAt(x[252], schedAt, schedValue, schedRamp, schedBounds[14], schedBounds[15], time);
  }
  if (schedBounds[16] > schedBounds[15]) {
    x[273] = leverAt(x[253], schedAt, schedValue, schedRamp, schedBounds[15], schedBounds[16], time);
  }
  if (schedBounds[10] > schedBounds[9]) {
    x[274] = leverAt(x[254], schedAt, schedValue, schedRamp, schedBounds[9], schedBounds[10], time);
  }
  if (schedBounds[19] > schedBounds[18]) {
    x[275] = leverAt(x[255], schedAt, schedValue, schedRamp, schedBounds[18], schedBounds[19], time);
  }
  if (schedBounds[20] > schedBounds[19]) {
    x[276] = leverAt(x[256], schedAt, schedValue, schedRamp, schedBounds[19], schedBounds[20], time);
  }
  if (schedBounds[17] > schedBounds[16]) {
    x[277] = leverAt(x[257], schedAt, schedValue, schedRamp, schedBounds[16], schedBounds[17], time);
  }
  if (schedBounds[18] > schedBounds[17]) {
    x[278] = leverAt(x[258], schedAt, schedValue, schedRamp, schedBounds[17], schedBounds[18], time);
  }
  if (schedBounds[4] > schedBounds[3]) {
    x[279] = leverAt(x[259], schedAt, schedValue, schedRamp, schedBounds[3], schedBounds[4], time);
  }
  if (schedBounds[6] > schedBounds[5]) {
    x[280] = leverAt(x[260], schedAt, schedValue, schedRamp, schedBounds[5], schedBounds[6], time);
  }
  if (schedBounds[5] > schedBounds[4]) {
    x[281] = leverAt(x[261], schedAt, schedValue, schedRamp, schedBounds[4], schedBounds[5], time);
  }
  if (schedBounds[7] > schedBounds[6]) {
    x[282] = leverAt(x[262], schedAt, schedValue, schedRamp, schedBounds[6], schedBounds[7], time);
  }
  if (schedBounds[8] > schedBounds[7]) {
    x[283] = leverAt(x[263], schedAt, schedValue, schedRamp, schedBounds[7], schedBounds[8], time);
  }
  if (schedBounds[9] > schedBounds[8]) {
    x[284] = leverAt(x[264], schedAt, schedValue, schedRamp, schedBounds[8], schedBounds[9], time);
  }
}

function kStep0(x, time, dt, k) {
  x[348] = x[3] * x[0] / pyMax(x[0] + (x[3] - x[0]) * Math.exp(-x[6] / 12.0 * time), 1e-09);  // shoppers_high_tier
  x[349] = x[4] * x[1] / pyMax(x[1] + (x[4] - x[1]) * Math.exp(-x[7] / 12.0 * time), 1e-09);  // shoppers_low_tier
  x[350] = x[5] * x[2] / pyMax(x[2] + (x[5] - x[2]) * Math.exp(-x[8] / 12.0 * time), 1e-09);  // shoppers_remote
  x[351] = Math.exp(x[124] * time);  // nominal
  x[352] = x[121] * x[351];  // wallet_high_tier
  x[353] = x[122] * x[351];  // wallet_low_tier
  x[354] = x[123] * x[351];  // wallet_remote
  x[355] = x[18] * x[348];  // reach_high_tier
  x[356] = x[18] * x[349];  // reach_low_tier
  x[357] = x[18] * x[350];  // reach_remote
  x[358] = x[285] * x[352] * x[294];  // gmv_high_tier
  x[359] = x[286] * x[352] * x[295];  // gmv_high_tier_incumbent
  x[360] = x[287] * x[352] * x[296];  // gmv_high_tier_content
  x[361] = x[288] * x[353] * x[297];  // gmv_low_tier
  x[362] = x[289] * x[353] * x[298];  // gmv_low_tier_incumbent
  x[363] = x[290] * x[353] * x[299];  // gmv_low_tier_content
  x[364] = x[291] * x[354] * x[300];  // gmv_remote
  x[365] = x[358] + x[361] + x[364];  // gmv
  x[366] = x[292] * x[354] * x[301];  // gmv_remote_incumbent
  x[367] = x[359] + x[362] + x[366];  // gmv_incumbent
  x[368] = x[293] * x[354] * x[302];  // gmv_remote_content
  x[369] = x[360] + x[363] + x[368];  // gmv_content
  x[370] = pyMax(x[365], 1e-09);  // safe_gmv
  x[371] = pyMax(x[367], 1e-09);  // safe_gmv_incumbent
  x[372] = pyMax(x[369], 1e-09);  // safe_gmv_content
  x[373] = x[365] + x[367] + x[369];  // gmv_market
  x[374] = x[365] / pyMax(x[373], 1e-09);  // gmv_share
  x[375] = x[367] / pyMax(x[373], 1e-09);  // gmv_share_incumbent
  x[376] = x[369] / pyMax(x[373], 1e-09);  // gmv_share_content
  x[377] = x[285] + x[288] + x[291];  // buyers
  x[378] = x[286] + x[289] + x[292];  // buyers_incumbent
  x[379] = x[287] + x[290] + x[293];  // buyers_content
}

function kStep1(x, time, dt, k) {
  x[380] = x[28] * x[347];  // platform_bonus_high_tier
  x[381] = 0.0;  // platform_bonus_high_tier_incumbent
  x[382] = x[29] * x[347];  // platform_bonus_low_tier
  x[383] = 0.0;  // platform_bonus_low_tier_incumbent
  x[384] = x[30] * x[347];  // platform_bonus_remote
  x[385] = 0.0;  // platform_bonus_remote_incumbent
  x[386] = pyMax(x[355] - x[285], 0.0);  // room_high_tier
  x[387] = pyMax(x[355] - x[286], 0.0);  // room_high_tier_incumbent
  x[388] = pyMax(x[355] - x[287], 0.0);  // room_high_tier_content
  x[389] = pyMax(x[356] - x[288], 0.0);  // room_low_tier
  x[390] = pyMax(x[356] - x[289], 0.0);  // room_low_tier_incumbent
  x[391] = pyMax(x[356] - x[290], 0.0);  // room_low_tier_content
  x[392] = pyMax(x[357] - x[291], 0.0);  // room_remote
  x[393] = pyMax(x[357] - x[292], 0.0);  // room_remote_incumbent
  x[394] = pyMax(x[357] - x[293], 0.0);  // room_remote_content
  x[395] = 0.0;  // coupon_high_tier_incumbent
  x[396] = 0.0;  // coupon_high_tier_content
  x[397] = 0.0;  // coupon_low_tier_incumbent
  x[398] = 0.0;  // coupon_low_tier_content
  x[399] = 0.0;  // coupon_remote_incumbent
  x[400] = 0.0;  // coupon_remote_content
  x[401] = pyMax(x[306] + x[309] + x[312], 1e-09);  // recent_sales_total
  x[402] = pyMax(x[307] + x[310] + x[313], 1e-09);  // recent_sales_total_incumbent
  x[403] = pyMax(x[308] + x[311] + x[314], 1e-09);  // recent_sales_total_content
  x[404] = 1.0 - (1.0 - pyMin(pyMax(x[324], 0.0), 1.0)) ** x[76];  // presence_head
  x[405] = 1.0 - (1.0 - pyMin(pyMax(x[325], 0.0), 1.0)) ** x[76];  // presence_head_incumbent
  x[406] = 1.0 - (1.0 - pyMin(pyMax(x[326], 0.0), 1.0)) ** x[76];  // presence_head_content
  x[407] = 1.0 - (1.0 - pyMin(pyMax(x[327], 0.0), 1.0)) ** x[77];  // presence_smb
  x[408] = 1.0 - (1.0 - pyMin(pyMax(x[328], 0.0), 1.0)) ** x[77];  // presence_smb_incumbent
  x[409] = 1.0 - (1.0 - pyMin(pyMax(x[329], 0.0), 1.0)) ** x[77];  // presence_smb_content
  x[410] = 1.0 - (1.0 - pyMin(pyMax(x[330], 0.0), 1.0)) ** x[78];  // presence_farm
  x[411] = 1.0 - (1.0 - pyMin(pyMax(x[331], 0.0), 1.0)) ** x[78];  // presence_farm_incumbent
}

function kStep2(x, time, dt, k) {
  x[412] = 1.0 - (1.0 - pyMin(pyMax(x[332], 0.0), 1.0)) ** x[78];  // presence_farm_content
  x[413] = x[333] * x[404];  // merchants_head
  x[414] = x[333] * x[405];  // merchants_head_incumbent
  x[415] = x[333] * x[406];  // merchants_head_content
  x[416] = (x[334] + x[335]) * x[407];  // merchants_smb
  x[417] = (x[334] + x[335]) * x[408];  // merchants_smb_incumbent
  x[418] = (x[334] + x[335]) * x[409];  // merchants_smb_content
  x[419] = x[336] * x[410];  // merchants_farm
  x[420] = x[413] + x[416] + x[419];  // merchants
  x[421] = x[336] * x[411];  // merchants_farm_incumbent
  x[422] = x[414] + x[417] + x[421];  // merchants_incumbent
  x[423] = x[336] * x[412];  // merchants_farm_content
  x[424] = x[415] + x[418] + x[423];  // merchants_content
  x[425] = x[334] * x[407];  // merchants_smb_new
  x[426] = x[334] * x[408];  // merchants_smb_new_incumbent
  x[427] = x[334] * x[409];  // merchants_smb_new_content
  x[428] = x[335] * x[407];  // merchants_smb_established
  x[429] = x[335] * x[408];  // merchants_smb_established_incumbent
  x[430] = x[335] * x[409];  // merchants_smb_established_content
  x[431] = x[413];  // listings_head
  x[432] = x[414];  // listings_head_incumbent
  x[433] = x[415];  // listings_head_content
  x[434] = x[428] + x[100] * x[425];  // listings_smb
  x[435] = x[429] + x[100] * x[426];  // listings_smb_incumbent
  x[436] = x[430] + x[100] * x[427];  // listings_smb_content
  x[437] = x[419];  // listings_farm
  x[438] = x[421];  // listings_farm_incumbent
  x[439] = x[423];  // listings_farm_content
  x[440] = x[431] + x[434] + x[437];  // listings
  x[441] = x[431] / pyMax(x[440], 1e-09);  // count_share_head
  x[442] = x[434] / pyMax(x[440], 1e-09);  // count_share_smb
  x[443] = x[437] / pyMax(x[440], 1e-09);  // count_share_farm
}

function kStep3(x, time, dt, k) {
  x[444] = x[432] + x[435] + x[438];  // listings_incumbent
  x[445] = x[432] / pyMax(x[444], 1e-09);  // count_share_head_incumbent
  x[446] = x[435] / pyMax(x[444], 1e-09);  // count_share_smb_incumbent
  x[447] = x[438] / pyMax(x[444], 1e-09);  // count_share_farm_incumbent
  x[448] = x[433] + x[436] + x[439];  // listings_content
  x[449] = x[433] / pyMax(x[448], 1e-09);  // count_share_head_content
  x[450] = x[436] / pyMax(x[448], 1e-09);  // count_share_smb_content
  x[451] = x[439] / pyMax(x[448], 1e-09);  // count_share_farm_content
  x[452] = x[333];  // seller_count_head
  x[453] = x[334] + x[335];  // seller_count_smb
  x[454] = x[336];  // seller_count_farm
  x[455] = x[324] * x[315] + x[325] * x[316] + x[326] * x[317];  // market_margin_head
  x[456] = x[327] * x[318] + x[328] * x[319] + x[329] * x[320];  // market_margin_smb
  x[457] = x[330] * x[321] + x[331] * x[322] + x[332] * x[323];  // market_margin_farm
  x[458] = pyMax(x[79] + x[134] - x[452], 0.0);  // free_pool_head
  x[459] = pyMax(x[80] + x[135] - x[453], 0.0);  // free_pool_smb
  x[460] = pyMax(x[81] + x[136] - x[454], 0.0);  // free_pool_farm
  x[461] = 1.0 / (1.0 + Math.exp(-pyMin(pyMax(x[92] * (x[455] - x[93]), -500.0), 500.0)));  // entry_willingness_head
  x[462] = 1.0 / (1.0 + Math.exp(-pyMin(pyMax(x[92] * (x[456] - x[93]), -500.0), 500.0)));  // entry_willingness_smb
  x[463] = 1.0 / (1.0 + Math.exp(-pyMin(pyMax(x[92] * (x[457] - x[93]), -500.0), 500.0)));  // entry_willingness_farm
  x[464] = x[99] * (1.0 / (1.0 + Math.exp(-pyMin(pyMax(-x[92] * (x[455] - x[94]), -500.0), 500.0))));  // distress_exit_head
  x[465] = x[99] * (1.0 / (1.0 + Math.exp(-pyMin(pyMax(-x[92] * (x[456] - x[94]), -500.0), 500.0))));  // distress_exit_smb
  x[466] = x[99] * (1.0 / (1.0 + Math.exp(-pyMin(pyMax(-x[92] * (x[457] - x[94]), -500.0), 500.0))));  // distress_exit_farm
  x[467] = pyMin(x[242] * x[458] * x[461], x[458] / dt);  // merchant_entry_head
  x[468] = pyMin(x[333] * (x[95] + x[464]), x[333] / dt);  // merchant_exit_head
  x[469] = pyMin(x[244] * x[460] * x[463], x[460] / dt);  // merchant_entry_farm
  x[470] = pyMin(x[336] * (x[97] + x[466]), x[336] / dt);  // merchant_exit_farm
  x[471] = pyMin(x[243] * x[459] * x[462], x[459] / dt);  // merchant_entry_smb
  x[472] = pyMin(x[335] * (x[98] + x[465]), x[335] / dt);  // merchant_exit_smb_established
  x[473] = x[334] * (x[96] + x[465]);  // exit_smb_new_demand
  x[474] = x[138] * x[334];  // graduation_demand
  x[475] = x[473] + x[474];  // leave_smb_new
}

function kStep4(x, time, dt, k) {
  x[476] = (x[475] > x[334] / dt ? x[334] / dt / x[475] : 1.0);  // leave_scale
  x[477] = x[473] * x[476];  // merchant_exit_smb_new
  x[478] = x[474] * x[476];  // smb_graduation
  x[479] = (x[337] / (x[198] + x[197] * time)) ** (-x[137]);  // smb_unit_cost
  x[480] = 1.0 / x[479];  // smb_capability
  x[481] = 0.0;  // cost_change_head
  x[482] = (1.0 - x[83]) * (x[479] - 1.0);  // cost_change_smb
  x[483] = 0.0;  // cost_change_farm
  x[484] = x[116] * (1.0 - Math.exp(-time / x[117]));  // content_attraction
  x[485] = x[484];  // platform_bonus_high_tier_content
  x[486] = x[484];  // platform_bonus_low_tier_content
  x[487] = x[484];  // platform_bonus_remote_content
  x[488] = (time < x[118] ? 0.0 : (time < x[139] ? 1.0 : (x[119] > 0.0 ? pyMax(1.0 - (time - x[139]) / x[119], 0.0) : 0.0)));  // subsidy_window
  x[489] = pyMax(x[265], 0.0);  // net_commission
  x[490] = x[489] * x[365];  // commission_revenue
  x[491] = pyMax(x[266] - x[338], 0.0);  // net_commission_incumbent
  x[492] = x[491] * x[367];  // commission_revenue_incumbent
  x[493] = pyMax(x[267] - x[339], 0.0);  // net_commission_content
  x[494] = x[493] * x[369];  // commission_revenue_content
  x[495] = x[271] + (1.0 - x[271]) * (1.0 - x[56]) * (1.0 - x[268]);  // auctioned_share
  x[496] = x[63] * x[66] / x[176] * (x[271] / x[173]) * x[303] ** x[69];  // ad_cost_head
  x[497] = x[63] * x[67] / x[176] * (x[271] / x[173]) * x[303] ** x[69];  // ad_cost_smb
  x[498] = x[63] * x[68] / x[176] * (x[271] / x[173]) * x[303] ** x[69];  // ad_cost_farm
  x[499] = x[272] + (1.0 - x[272]) * (1.0 - x[56]) * (1.0 - x[269]);  // auctioned_share_incumbent
  x[500] = x[64] * x[66] / x[177] * (x[272] / x[174]) * x[304] ** x[69];  // ad_cost_head_incumbent
  x[501] = x[64] * x[67] / x[177] * (x[272] / x[174]) * x[304] ** x[69];  // ad_cost_smb_incumbent
  x[502] = x[64] * x[68] / x[177] * (x[272] / x[174]) * x[304] ** x[69];  // ad_cost_farm_incumbent
  x[503] = x[273] + (1.0 - x[273]) * (1.0 - x[56]) * (1.0 - x[270]);  // auctioned_share_content
  x[504] = x[65] * x[66] / x[178] * (x[273] / x[175]) * x[305] ** x[69];  // ad_cost_head_content
  x[505] = x[65] * x[67] / x[178] * (x[273] / x[175]) * x[305] ** x[69];  // ad_cost_smb_content
  x[506] = x[65] * x[68] / x[178] * (x[273] / x[175]) * x[305] ** x[69];  // ad_cost_farm_content
  x[507] = pyMin(pyMax(x[274], 0.0) / 12.0 * 1000.0 / x[105] * x[386] / x[149], x[386] / dt);  // acquisition_high_tier
}

function kStep5(x, time, dt, k) {
  x[508] = pyMin(pyMax(x[274], 0.0) / 12.0 * 1000.0 / x[105] * x[389] / x[149], x[389] / dt);  // acquisition_low_tier
  x[509] = pyMin(pyMax(x[274], 0.0) / 12.0 * 1000.0 / x[105] * x[392] / x[149], x[392] / dt);  // acquisition_remote
  x[510] = pyMax(x[274], 0.0) / 12.0;  // marketing_spend
  x[511] = pyMin(pyMax(x[275], 0.0) / 12.0 * 1000.0 / x[106] * x[387] / x[150], x[387] / dt);  // acquisition_high_tier_incumbent
  x[512] = pyMin(pyMax(x[275], 0.0) / 12.0 * 1000.0 / x[106] * x[390] / x[150], x[390] / dt);  // acquisition_low_tier_incumbent
  x[513] = pyMin(pyMax(x[275], 0.0) / 12.0 * 1000.0 / x[106] * x[393] / x[150], x[393] / dt);  // acquisition_remote_incumbent
  x[514] = pyMax(x[275], 0.0) / 12.0;  // marketing_spend_incumbent
  x[515] = pyMin(pyMax(x[276], 0.0) / 12.0 * 1000.0 / x[107] * x[388] / x[151], x[388] / dt);  // acquisition_high_tier_content
  x[516] = pyMin(pyMax(x[276], 0.0) / 12.0 * 1000.0 / x[107] * x[391] / x[151], x[391] / dt);  // acquisition_low_tier_content
  x[517] = pyMin(pyMax(x[276], 0.0) / 12.0 * 1000.0 / x[107] * x[394] / x[151], x[394] / dt);  // acquisition_remote_content
  x[518] = pyMax(x[276], 0.0) / 12.0;  // marketing_spend_content
  x[519] = pyMax(x[277], 0.0) / 12.0 + x[340];  // support_spend_incumbent
  x[520] = pyMin(x[519] / x[402], 0.5);  // support_rate_head_incumbent
  x[521] = pyMin(x[519] / x[402], 0.5);  // support_rate_smb_incumbent
  x[522] = pyMin(x[519] / x[402], 0.5);  // support_rate_farm_incumbent
  x[523] = x[491] + x[500] - x[520];  // charge_head_incumbent
  x[524] = pyMin(pyMax(1.0 + x[26] * (x[523] - x[180] + x[481]), 0.1), 10.0);  // price_head_incumbent
  x[525] = x[524] * (1.0 - x[395]);  // price_seen_head_high_tier_incumbent
  x[526] = x[524] * (1.0 - x[397]);  // price_seen_head_low_tier_incumbent
  x[527] = x[524] * (1.0 - x[399]);  // price_seen_head_remote_incumbent
  x[528] = pyMin(pyMax(x[38] * Math.log(x[44]) - x[41] * Math.log(x[525]), -20.0), 20.0);  // goods_utility_head_high_tier_incumbent
  x[529] = pyMin(pyMax(x[39] * Math.log(x[45]) - x[42] * Math.log(x[526]), -20.0), 20.0);  // goods_utility_head_low_tier_incumbent
  x[530] = pyMin(pyMax(x[40] * Math.log(x[46]) - x[43] * Math.log(x[527]), -20.0), 20.0);  // goods_utility_head_remote_incumbent
  x[531] = x[44] / x[525];  // merit_head_high_tier_incumbent
  x[532] = x[45] / x[526];  // merit_head_low_tier_incumbent
  x[533] = x[46] / x[527];  // merit_head_remote_incumbent
  x[534] = x[432] * x[531] ** x[58];  // merit_weight_head_high_tier_incumbent
  x[535] = x[432] * x[532] ** x[58];  // merit_weight_head_low_tier_incumbent
  x[536] = x[432] * x[533] ** x[58];  // merit_weight_head_remote_incumbent
  x[537] = x[491] + x[501] - x[521];  // charge_smb_incumbent
  x[538] = pyMin(pyMax(1.0 + x[26] * (x[537] - x[183] + x[482]), 0.1), 10.0);  // price_smb_incumbent
  x[539] = x[54] * x[538];  // price_seen_smb_high_tier_incumbent
}

function kStep6(x, time, dt, k) {
  x[540] = x[54] * x[538];  // price_seen_smb_low_tier_incumbent
  x[541] = x[54] * x[538];  // price_seen_smb_remote_incumbent
  x[542] = pyMin(pyMax(x[38] * Math.log(x[47]) - x[41] * Math.log(x[539]), -20.0), 20.0);  // goods_utility_smb_high_tier_incumbent
  x[543] = pyMin(pyMax(x[39] * Math.log(x[48]) - x[42] * Math.log(x[540]), -20.0), 20.0);  // goods_utility_smb_low_tier_incumbent
  x[544] = pyMin(pyMax(x[40] * Math.log(x[49]) - x[43] * Math.log(x[541]), -20.0), 20.0);  // goods_utility_smb_remote_incumbent
  x[545] = x[47] / x[539];  // merit_smb_high_tier_incumbent
  x[546] = x[48] / x[540];  // merit_smb_low_tier_incumbent
  x[547] = x[49] / x[541];  // merit_smb_remote_incumbent
  x[548] = x[435] * x[545] ** x[58];  // merit_weight_smb_high_tier_incumbent
  x[549] = x[435] * x[546] ** x[58];  // merit_weight_smb_low_tier_incumbent
  x[550] = x[435] * x[547] ** x[58];  // merit_weight_smb_remote_incumbent
  x[551] = x[491] + x[502] - x[522];  // charge_farm_incumbent
  x[552] = pyMin(pyMax(1.0 + x[26] * (x[551] - x[186] + x[483]), 0.1), 10.0);  // price_farm_incumbent
  x[553] = x[55] * x[552];  // price_seen_farm_high_tier_incumbent
  x[554] = x[55] * x[552];  // price_seen_farm_low_tier_incumbent
  x[555] = x[55] * x[552];  // price_seen_farm_remote_incumbent
  x[556] = pyMin(pyMax(x[38] * Math.log(x[50]) - x[41] * Math.log(x[553]), -20.0), 20.0);  // goods_utility_farm_high_tier_incumbent
  x[557] = pyMin(pyMax(x[39] * Math.log(x[51]) - x[42] * Math.log(x[554]), -20.0), 20.0);  // goods_utility_farm_low_tier_incumbent
  x[558] = pyMin(pyMax(x[40] * Math.log(x[52]) - x[43] * Math.log(x[555]), -20.0), 20.0);  // goods_utility_farm_remote_incumbent
  x[559] = x[50] / x[553];  // merit_farm_high_tier_incumbent
  x[560] = x[51] / x[554];  // merit_farm_low_tier_incumbent
  x[561] = x[52] / x[555];  // merit_farm_remote_incumbent
  x[562] = x[438] * x[559] ** x[58];  // merit_weight_farm_high_tier_incumbent
  x[563] = x[438] * x[560] ** x[58];  // merit_weight_farm_low_tier_incumbent
  x[564] = x[438] * x[561] ** x[58];  // merit_weight_farm_remote_incumbent
  x[565] = pyMax(x[534] + x[548] + x[562], 1e-09);  // merit_total_high_tier_incumbent
  x[566] = x[534] / x[565];  // merit_share_head_high_tier_incumbent
  x[567] = x[548] / x[565];  // merit_share_smb_high_tier_incumbent
  x[568] = x[562] / x[565];  // merit_share_farm_high_tier_incumbent
  x[569] = pyMax(x[535] + x[549] + x[563], 1e-09);  // merit_total_low_tier_incumbent
  x[570] = x[535] / x[569];  // merit_share_head_low_tier_incumbent
  x[571] = x[549] / x[569];  // merit_share_smb_low_tier_incumbent
}

function kStep7(x, time, dt, k) {
  x[572] = x[563] / x[569];  // merit_share_farm_low_tier_incumbent
  x[573] = pyMax(x[536] + x[550] + x[564], 1e-09);  // merit_total_remote_incumbent
  x[574] = x[536] / x[573];  // merit_share_head_remote_incumbent
  x[575] = x[550] / x[573];  // merit_share_smb_remote_incumbent
  x[576] = x[564] / x[573];  // merit_share_farm_remote_incumbent
  x[577] = x[82] - x[523] - x[481] + (x[524] - 1.0);  // contribution_head_incumbent
  x[578] = x[59] * (pyMax(x[577], 0.005) / pyMax(x[200], 0.005)) ** x[62];  // bid_value_now_head_incumbent
  x[579] = x[432] * x[578] ** x[57];  // bid_weight_head_incumbent
  x[580] = x[83] - x[537] - x[482] + (x[538] - 1.0);  // contribution_smb_incumbent
  x[581] = x[60] * (pyMax(x[580], 0.005) / pyMax(x[203], 0.005)) ** x[62];  // bid_value_now_smb_incumbent
  x[582] = x[435] * x[581] ** x[57];  // bid_weight_smb_incumbent
  x[583] = x[84] - x[551] - x[483] + (x[552] - 1.0);  // contribution_farm_incumbent
  x[584] = x[61] * (pyMax(x[583], 0.005) / pyMax(x[206], 0.005)) ** x[62];  // bid_value_now_farm_incumbent
  x[585] = x[438] * x[584] ** x[57];  // bid_weight_farm_incumbent
  x[586] = pyMax(x[579] + x[582] + x[585], 1e-09);  // bid_total_incumbent
  x[587] = x[579] / x[586];  // bid_share_head_incumbent
  x[588] = (1.0 - x[272]) * (x[56] * x[445] + (1.0 - x[56]) * x[269] * x[566]) + x[499] * x[587];  // traffic_head_high_tier_incumbent
  x[589] = x[588] * Math.exp(x[528]);  // attraction_head_high_tier_incumbent
  x[590] = (1.0 - x[272]) * (x[56] * x[445] + (1.0 - x[56]) * x[269] * x[570]) + x[499] * x[587];  // traffic_head_low_tier_incumbent
  x[591] = x[590] * Math.exp(x[529]);  // attraction_head_low_tier_incumbent
  x[592] = (1.0 - x[272]) * (x[56] * x[445] + (1.0 - x[56]) * x[269] * x[574]) + x[499] * x[587];  // traffic_head_remote_incumbent
  x[593] = x[592] * Math.exp(x[530]);  // attraction_head_remote_incumbent
  x[594] = (x[588] * x[286] + x[590] * x[289] + x[592] * x[292]) / pyMax(x[378], 1e-09);  // head_traffic_share_incumbent
  x[595] = x[582] / x[586];  // bid_share_smb_incumbent
  x[596] = (1.0 - x[272]) * (x[56] * x[446] + (1.0 - x[56]) * x[269] * x[567]) + x[499] * x[595];  // traffic_smb_high_tier_incumbent
  x[597] = x[596] * Math.exp(x[542]);  // attraction_smb_high_tier_incumbent
  x[598] = (1.0 - x[272]) * (x[56] * x[446] + (1.0 - x[56]) * x[269] * x[571]) + x[499] * x[595];  // traffic_smb_low_tier_incumbent
  x[599] = x[598] * Math.exp(x[543]);  // attraction_smb_low_tier_incumbent
  x[600] = (1.0 - x[272]) * (x[56] * x[446] + (1.0 - x[56]) * x[269] * x[575]) + x[499] * x[595];  // traffic_smb_remote_incumbent
  x[601] = x[600] * Math.exp(x[544]);  // attraction_smb_remote_incumbent
  x[602] = x[585] / x[586];  // bid_share_farm_incumbent
  x[603] = (1.0 - x[272]) * (x[56] * x[447] + (1.0 - x[56]) * x[269] * x[568]) + x[499] * x[602];  // traffic_farm_high_tier_incumbent
}

function kStep8(x, time, dt, k) {
  x[604] = x[603] * Math.exp(x[556]);  // attraction_farm_high_tier_incumbent
  x[605] = pyMax(x[589] + x[597] + x[604], 1e-09);  // attraction_total_high_tier_incumbent
  x[606] = x[589] / x[605];  // sales_share_head_high_tier_incumbent
  x[607] = x[359] * x[606];  // gmv_head_high_tier_incumbent
  x[608] = x[597] / x[605];  // sales_share_smb_high_tier_incumbent
  x[609] = x[359] * x[608];  // gmv_smb_high_tier_incumbent
  x[610] = x[604] / x[605];  // sales_share_farm_high_tier_incumbent
  x[611] = x[359] * x[610];  // gmv_farm_high_tier_incumbent
  x[612] = (x[609] + x[611]) / pyMax(x[359], 1e-09);  // upward_flow_incumbent
  x[613] = x[606] * Math.log(x[525] / x[53]) + x[608] * Math.log(x[539] / x[54]) + x[610] * Math.log(x[553] / x[55]);  // relative_price_high_tier_incumbent
  x[614] = Math.log(x[605]);  // platform_value_high_tier_incumbent
  x[615] = pyMin(pyMax(x[614] - x[210] - x[27] * x[41] * x[613] + x[25] * Math.log(pyMax(x[444], 1e-09) / x[171]) + x[381], -20.0), 20.0);  // utility_high_tier_incumbent
  x[616] = Math.exp(x[615] + x[162]);  // wallet_logit_high_tier_incumbent
  x[617] = ((x[19] + x[20] * x[286] / pyMax(x[348], 1e-09)) * pyMax(x[18] * x[348] - x[286], 0.0) + x[511]) * Math.exp(x[22] * x[615]);  // adoption_high_tier_incumbent
  x[618] = x[153] * x[286] * Math.exp(-x[23] * x[615]) + pyMax(x[286] - x[355], 0.0) / x[21];  // churn_demand_high_tier_incumbent
  x[619] = pyMin(x[618], x[286] / dt);  // churn_high_tier_incumbent
  x[620] = (1.0 - x[272]) * (x[56] * x[447] + (1.0 - x[56]) * x[269] * x[572]) + x[499] * x[602];  // traffic_farm_low_tier_incumbent
  x[621] = x[620] * Math.exp(x[557]);  // attraction_farm_low_tier_incumbent
  x[622] = pyMax(x[591] + x[599] + x[621], 1e-09);  // attraction_total_low_tier_incumbent
  x[623] = x[591] / x[622];  // sales_share_head_low_tier_incumbent
  x[624] = x[362] * x[623];  // gmv_head_low_tier_incumbent
  x[625] = x[599] / x[622];  // sales_share_smb_low_tier_incumbent
  x[626] = x[362] * x[625];  // gmv_smb_low_tier_incumbent
  x[627] = x[621] / x[622];  // sales_share_farm_low_tier_incumbent
  x[628] = x[362] * x[627];  // gmv_farm_low_tier_incumbent
  x[629] = x[623] * Math.log(x[526] / x[53]) + x[625] * Math.log(x[540] / x[54]) + x[627] * Math.log(x[554] / x[55]);  // relative_price_low_tier_incumbent
  x[630] = Math.log(x[622]);  // platform_value_low_tier_incumbent
  x[631] = pyMin(pyMax(x[630] - x[213] - x[27] * x[42] * x[629] + x[25] * Math.log(pyMax(x[444], 1e-09) / x[171]) + x[383], -20.0), 20.0);  // utility_low_tier_incumbent
  x[632] = Math.exp(x[631] + x[165]);  // wallet_logit_low_tier_incumbent
  x[633] = ((x[19] + x[20] * x[289] / pyMax(x[349], 1e-09)) * pyMax(x[18] * x[349] - x[289], 0.0) + x[512]) * Math.exp(x[22] * x[631]);  // adoption_low_tier_incumbent
  x[634] = x[156] * x[289] * Math.exp(-x[23] * x[631]) + pyMax(x[289] - x[356], 0.0) / x[21];  // churn_demand_low_tier_incumbent
  x[635] = pyMin(x[634], x[289] / dt);  // churn_low_tier_incumbent
}

function kStep9(x, time, dt, k) {
  x[636] = (1.0 - x[272]) * (x[56] * x[447] + (1.0 - x[56]) * x[269] * x[576]) + x[499] * x[602];  // traffic_farm_remote_incumbent
  x[637] = x[636] * Math.exp(x[558]);  // attraction_farm_remote_incumbent
  x[638] = pyMax(x[593] + x[601] + x[637], 1e-09);  // attraction_total_remote_incumbent
  x[639] = x[593] / x[638];  // sales_share_head_remote_incumbent
  x[640] = x[366] * x[639];  // gmv_head_remote_incumbent
  x[641] = x[607] + x[624] + x[640];  // gmv_head_incumbent
  x[642] = (x[624] + x[640]) / pyMax(x[362] + x[366], 1e-09);  // brand_access_incumbent
  x[643] = (x[624] + x[640] + x[609] + x[611]) / x[371];  // two_way_flow_share_incumbent
  x[644] = x[601] / x[638];  // sales_share_smb_remote_incumbent
  x[645] = x[366] * x[644];  // gmv_smb_remote_incumbent
  x[646] = x[609] + x[626] + x[645];  // gmv_smb_incumbent
  x[647] = x[646] / x[371];  // smb_gmv_share_incumbent
  x[648] = x[637] / x[638];  // sales_share_farm_remote_incumbent
  x[649] = x[366] * x[648];  // gmv_farm_remote_incumbent
  x[650] = x[611] + x[628] + x[649];  // gmv_farm_incumbent
  x[651] = x[639] * Math.log(x[527] / x[53]) + x[644] * Math.log(x[541] / x[54]) + x[648] * Math.log(x[555] / x[55]);  // relative_price_remote_incumbent
  x[652] = Math.log(x[638]);  // platform_value_remote_incumbent
  x[653] = pyMin(pyMax(x[652] - x[216] - x[27] * x[43] * x[651] + x[25] * Math.log(pyMax(x[444], 1e-09) / x[171]) + x[385], -20.0), 20.0);  // utility_remote_incumbent
  x[654] = Math.exp(x[653] + x[168]);  // wallet_logit_remote_incumbent
  x[655] = ((x[19] + x[20] * x[292] / pyMax(x[350], 1e-09)) * pyMax(x[18] * x[350] - x[292], 0.0) + x[513]) * Math.exp(x[22] * x[653]);  // adoption_remote_incumbent
  x[656] = x[159] * x[292] * Math.exp(-x[23] * x[653]) + pyMax(x[292] - x[357], 0.0) / x[21];  // churn_demand_remote_incumbent
  x[657] = pyMin(x[656], x[292] / dt);  // churn_remote_incumbent
  x[658] = x[499] / x[272] * (x[432] * x[578] + x[435] * x[581] + x[438] * x[584]) / pyMax(x[378], 1e-09);  // bid_pressure_raw_incumbent
  x[659] = (x[658] / x[237]) ** x[70];  // cpc_target_incumbent
  x[660] = (x[659] - x[304]) / x[71];  // cpc_change_incumbent
  x[661] = x[641] - x[307];  // recent_sales_change_head_incumbent
  x[662] = x[646] - x[310];  // recent_sales_change_smb_incumbent
  x[663] = x[650] - x[313];  // recent_sales_change_farm_incumbent
  x[664] = x[641] / x[351] / pyMax(x[432], 1e-09);  // sales_per_store_head_incumbent
  x[665] = pyMin(pyMax(x[577] - x[85] / pyMax(x[664], 1e-09), -1.0), 1.0);  // margin_head_incumbent
  x[666] = (x[665] - x[316]) / x[88];  // perceived_margin_change_head_incumbent
  x[667] = x[126] * Math.exp(pyMin(pyMax(x[90] * (x[316] - x[219]) + x[91] * Math.log(pyMax(x[664], 1e-09) / x[228]), -20.0), 20.0));  // effort_pull_head_incumbent
}

function kStep10(x, time, dt, k) {
  x[668] = x[646] / x[351] / pyMax(x[435], 1e-09);  // sales_per_store_smb_incumbent
  x[669] = pyMin(pyMax(x[580] - x[86] / pyMax(x[668], 1e-09), -1.0), 1.0);  // margin_smb_incumbent
  x[670] = (x[669] - x[319]) / x[88];  // perceived_margin_change_smb_incumbent
  x[671] = x[129] * Math.exp(pyMin(pyMax(x[90] * (x[319] - x[222]) + x[91] * Math.log(pyMax(x[668], 1e-09) / x[231]), -20.0), 20.0));  // effort_pull_smb_incumbent
  x[672] = x[650] / x[351] / pyMax(x[438], 1e-09);  // sales_per_store_farm_incumbent
  x[673] = pyMin(pyMax(x[583] - x[87] / pyMax(x[672], 1e-09), -1.0), 1.0);  // margin_farm_incumbent
  x[674] = (x[673] - x[322]) / x[88];  // perceived_margin_change_farm_incumbent
  x[675] = x[132] * Math.exp(pyMin(pyMax(x[90] * (x[322] - x[225]) + x[91] * Math.log(pyMax(x[672], 1e-09) / x[234]), -20.0), 20.0));  // effort_pull_farm_incumbent
  x[676] = x[500] * x[641] + x[501] * x[646] + x[502] * x[650];  // ad_revenue_incumbent
  x[677] = x[492] + x[676];  // platform_revenue_incumbent
  x[678] = x[676] / x[371];  // ad_intensity_incumbent
  x[679] = x[677] / x[371];  // take_rate_incumbent
  x[680] = x[519];  // support_paid_incumbent
  x[681] = x[677] - x[101] * x[367] - x[103] * x[351] - x[514] - x[680];  // platform_profit_incumbent
  x[682] = pyMax(x[278], 0.0) / 12.0 + x[341];  // support_spend_content
  x[683] = pyMin(x[682] / x[403], 0.5);  // support_rate_head_content
  x[684] = pyMin(x[682] / x[403], 0.5);  // support_rate_smb_content
  x[685] = pyMin(x[682] / x[403], 0.5);  // support_rate_farm_content
  x[686] = x[493] + x[504] - x[683];  // charge_head_content
  x[687] = pyMin(pyMax(1.0 + x[26] * (x[686] - x[181] + x[481]), 0.1), 10.0);  // price_head_content
  x[688] = x[687] * (1.0 - x[396]);  // price_seen_head_high_tier_content
  x[689] = x[687] * (1.0 - x[398]);  // price_seen_head_low_tier_content
  x[690] = x[687] * (1.0 - x[400]);  // price_seen_head_remote_content
  x[691] = pyMin(pyMax(x[38] * Math.log(x[44]) - x[41] * Math.log(x[688]), -20.0), 20.0);  // goods_utility_head_high_tier_content
  x[692] = pyMin(pyMax(x[39] * Math.log(x[45]) - x[42] * Math.log(x[689]), -20.0), 20.0);  // goods_utility_head_low_tier_content
  x[693] = pyMin(pyMax(x[40] * Math.log(x[46]) - x[43] * Math.log(x[690]), -20.0), 20.0);  // goods_utility_head_remote_content
  x[694] = x[44] / x[688];  // merit_head_high_tier_content
  x[695] = x[45] / x[689];  // merit_head_low_tier_content
  x[696] = x[46] / x[690];  // merit_head_remote_content
  x[697] = x[433] * x[694] ** x[58];  // merit_weight_head_high_tier_content
  x[698] = x[433] * x[695] ** x[58];  // merit_weight_head_low_tier_content
  x[699] = x[433] * x[696] ** x[58];  // merit_weight_head_remote_content
}

function kStep11(x, time, dt, k) {
  x[700] = x[493] + x[505] - x[684];  // charge_smb_content
  x[701] = pyMin(pyMax(1.0 + x[26] * (x[700] - x[184] + x[482]), 0.1), 10.0);  // price_smb_content
  x[702] = x[54] * x[701];  // price_seen_smb_high_tier_content
  x[703] = x[54] * x[701];  // price_seen_smb_low_tier_content
  x[704] = x[54] * x[701];  // price_seen_smb_remote_content
  x[705] = pyMin(pyMax(x[38] * Math.log(x[47]) - x[41] * Math.log(x[702]), -20.0), 20.0);  // goods_utility_smb_high_tier_content
  x[706] = pyMin(pyMax(x[39] * Math.log(x[48]) - x[42] * Math.log(x[703]), -20.0), 20.0);  // goods_utility_smb_low_tier_content
  x[707] = pyMin(pyMax(x[40] * Math.log(x[49]) - x[43] * Math.log(x[704]), -20.0), 20.0);  // goods_utility_smb_remote_content
  x[708] = x[47] / x[702];  // merit_smb_high_tier_content
  x[709] = x[48] / x[703];  // merit_smb_low_tier_content
  x[710] = x[49] / x[704];  // merit_smb_remote_content
  x[711] = x[436] * x[708] ** x[58];  // merit_weight_smb_high_tier_content
  x[712] = x[436] * x[709] ** x[58];  // merit_weight_smb_low_tier_content
  x[713] = x[436] * x[710] ** x[58];  // merit_weight_smb_remote_content
  x[714] = x[493] + x[506] - x[685];  // charge_farm_content
  x[715] = pyMin(pyMax(1.0 + x[26] * (x[714] - x[187] + x[483]), 0.1), 10.0);  // price_farm_content
  x[716] = x[55] * x[715];  // price_seen_farm_high_tier_content
  x[717] = x[55] * x[715];  // price_seen_farm_low_tier_content
  x[718] = x[55] * x[715];  // price_seen_farm_remote_content
  x[719] = pyMin(pyMax(x[38] * Math.log(x[50]) - x[41] * Math.log(x[716]), -20.0), 20.0);  // goods_utility_farm_high_tier_content
  x[720] = pyMin(pyMax(x[39] * Math.log(x[51]) - x[42] * Math.log(x[717]), -20.0), 20.0);  // goods_utility_farm_low_tier_content
  x[721] = pyMin(pyMax(x[40] * Math.log(x[52]) - x[43] * Math.log(x[718]), -20.0), 20.0);  // goods_utility_farm_remote_content
  x[722] = x[50] / x[716];  // merit_farm_high_tier_content
  x[723] = x[51] / x[717];  // merit_farm_low_tier_content
  x[724] = x[52] / x[718];  // merit_farm_remote_content
  x[725] = x[439] * x[722] ** x[58];  // merit_weight_farm_high_tier_content
  x[726] = x[439] * x[723] ** x[58];  // merit_weight_farm_low_tier_content
  x[727] = x[439] * x[724] ** x[58];  // merit_weight_farm_remote_content
  x[728] = pyMax(x[697] + x[711] + x[725], 1e-09);  // merit_total_high_tier_content
  x[729] = x[697] / x[728];  // merit_share_head_high_tier_content
  x[730] = x[711] / x[728];  // merit_share_smb_high_tier_content
  x[731] = x[725] / x[728];  // merit_share_farm_high_tier_content
}

function kStep12(x, time, dt, k) {
  x[732] = pyMax(x[698] + x[712] + x[726], 1e-09);  // merit_total_low_tier_content
  x[733] = x[698] / x[732];  // merit_share_head_low_tier_content
  x[734] = x[712] / x[732];  // merit_share_smb_low_tier_content
  x[735] = x[726] / x[732];  // merit_share_farm_low_tier_content
  x[736] = pyMax(x[699] + x[713] + x[727], 1e-09);  // merit_total_remote_content
  x[737] = x[699] / x[736];  // merit_share_head_remote_content
  x[738] = x[713] / x[736];  // merit_share_smb_remote_content
  x[739] = x[727] / x[736];  // merit_share_farm_remote_content
  x[740] = x[82] - x[686] - x[481] + (x[687] - 1.0);  // contribution_head_content
  x[741] = x[59] * (pyMax(x[740], 0.005) / pyMax(x[201], 0.005)) ** x[62];  // bid_value_now_head_content
  x[742] = x[433] * x[741] ** x[57];  // bid_weight_head_content
  x[743] = x[83] - x[700] - x[482] + (x[701] - 1.0);  // contribution_smb_content
  x[744] = x[60] * (pyMax(x[743], 0.005) / pyMax(x[204], 0.005)) ** x[62];  // bid_value_now_smb_content
  x[745] = x[436] * x[744] ** x[57];  // bid_weight_smb_content
  x[746] = x[84] - x[714] - x[483] + (x[715] - 1.0);  // contribution_farm_content
  x[747] = x[61] * (pyMax(x[746], 0.005) / pyMax(x[207], 0.005)) ** x[62];  // bid_value_now_farm_content
  x[748] = x[439] * x[747] ** x[57];  // bid_weight_farm_content
  x[749] = pyMax(x[742] + x[745] + x[748], 1e-09);  // bid_total_content
  x[750] = x[742] / x[749];  // bid_share_head_content
  x[751] = (1.0 - x[273]) * (x[56] * x[449] + (1.0 - x[56]) * x[270] * x[729]) + x[503] * x[750];  // traffic_head_high_tier_content
  x[752] = x[751] * Math.exp(x[691]);  // attraction_head_high_tier_content
  x[753] = (1.0 - x[273]) * (x[56] * x[449] + (1.0 - x[56]) * x[270] * x[733]) + x[503] * x[750];  // traffic_head_low_tier_content
  x[754] = x[753] * Math.exp(x[692]);  // attraction_head_low_tier_content
  x[755] = (1.0 - x[273]) * (x[56] * x[449] + (1.0 - x[56]) * x[270] * x[737]) + x[503] * x[750];  // traffic_head_remote_content
  x[756] = x[755] * Math.exp(x[693]);  // attraction_head_remote_content
  x[757] = (x[751] * x[287] + x[753] * x[290] + x[755] * x[293]) / pyMax(x[379], 1e-09);  // head_traffic_share_content
  x[758] = x[745] / x[749];  // bid_share_smb_content
  x[759] = (1.0 - x[273]) * (x[56] * x[450] + (1.0 - x[56]) * x[270] * x[730]) + x[503] * x[758];  // traffic_smb_high_tier_content
  x[760] = x[759] * Math.exp(x[705]);  // attraction_smb_high_tier_content
  x[761] = (1.0 - x[273]) * (x[56] * x[450] + (1.0 - x[56]) * x[270] * x[734]) + x[503] * x[758];  // traffic_smb_low_tier_content
  x[762] = x[761] * Math.exp(x[706]);  // attraction_smb_low_tier_content
  x[763] = (1.0 - x[273]) * (x[56] * x[450] + (1.0 - x[56]) * x[270] * x[738]) + x[503] * x[758];  // traffic_smb_remote_content
}

function kStep13(x, time, dt, k) {
  x[764] = x[763] * Math.exp(x[707]);  // attraction_smb_remote_content
  x[765] = x[748] / x[749];  // bid_share_farm_content
  x[766] = (1.0 - x[273]) * (x[56] * x[451] + (1.0 - x[56]) * x[270] * x[731]) + x[503] * x[765];  // traffic_farm_high_tier_content
  x[767] = x[766] * Math.exp(x[719]);  // attraction_farm_high_tier_content
  x[768] = pyMax(x[752] + x[760] + x[767], 1e-09);  // attraction_total_high_tier_content
  x[769] = x[752] / x[768];  // sales_share_head_high_tier_content
  x[770] = x[360] * x[769];  // gmv_head_high_tier_content
  x[771] = x[760] / x[768];  // sales_share_smb_high_tier_content
  x[772] = x[360] * x[771];  // gmv_smb_high_tier_content
  x[773] = x[767] / x[768];  // sales_share_farm_high_tier_content
  x[774] = x[360] * x[773];  // gmv_farm_high_tier_content
  x[775] = (x[772] + x[774]) / pyMax(x[360], 1e-09);  // upward_flow_content
  x[776] = x[769] * Math.log(x[688] / x[53]) + x[771] * Math.log(x[702] / x[54]) + x[773] * Math.log(x[716] / x[55]);  // relative_price_high_tier_content
  x[777] = Math.log(x[768]);  // platform_value_high_tier_content
  x[778] = pyMin(pyMax(x[777] - x[211] - x[27] * x[41] * x[776] + x[25] * Math.log(pyMax(x[448], 1e-09) / x[172]) + x[485], -20.0), 20.0);  // utility_high_tier_content
  x[779] = Math.exp(x[778] + x[163]);  // wallet_logit_high_tier_content
  x[780] = ((x[19] + x[20] * x[287] / pyMax(x[348], 1e-09)) * pyMax(x[18] * x[348] - x[287], 0.0) + x[515]) * Math.exp(x[22] * x[778]);  // adoption_high_tier_content
  x[781] = x[154] * x[287] * Math.exp(-x[23] * x[778]) + pyMax(x[287] - x[355], 0.0) / x[21];  // churn_demand_high_tier_content
  x[782] = pyMin(x[781], x[287] / dt);  // churn_high_tier_content
  x[783] = (1.0 - x[273]) * (x[56] * x[451] + (1.0 - x[56]) * x[270] * x[735]) + x[503] * x[765];  // traffic_farm_low_tier_content
  x[784] = x[783] * Math.exp(x[720]);  // attraction_farm_low_tier_content
  x[785] = pyMax(x[754] + x[762] + x[784], 1e-09);  // attraction_total_low_tier_content
  x[786] = x[754] / x[785];  // sales_share_head_low_tier_content
  x[787] = x[363] * x[786];  // gmv_head_low_tier_content
  x[788] = x[762] / x[785];  // sales_share_smb_low_tier_content
  x[789] = x[363] * x[788];  // gmv_smb_low_tier_content
  x[790] = x[784] / x[785];  // sales_share_farm_low_tier_content
  x[791] = x[363] * x[790];  // gmv_farm_low_tier_content
  x[792] = x[786] * Math.log(x[689] / x[53]) + x[788] * Math.log(x[703] / x[54]) + x[790] * Math.log(x[717] / x[55]);  // relative_price_low_tier_content
  x[793] = Math.log(x[785]);  // platform_value_low_tier_content
  x[794] = pyMin(pyMax(x[793] - x[214] - x[27] * x[42] * x[792] + x[25] * Math.log(pyMax(x[448], 1e-09) / x[172]) + x[486], -20.0), 20.0);  // utility_low_tier_content
  x[795] = Math.exp(x[794] + x[166]);  // wallet_logit_low_tier_content
}

function kStep14(x, time, dt, k) {
  x[796] = ((x[19] + x[20] * x[290] / pyMax(x[349], 1e-09)) * pyMax(x[18] * x[349] - x[290], 0.0) + x[516]) * Math.exp(x[22] * x[794]);  // adoption_low_tier_content
  x[797] = x[157] * x[290] * Math.exp(-x[23] * x[794]) + pyMax(x[290] - x[356], 0.0) / x[21];  // churn_demand_low_tier_content
  x[798] = pyMin(x[797], x[290] / dt);  // churn_low_tier_content
  x[799] = (1.0 - x[273]) * (x[56] * x[451] + (1.0 - x[56]) * x[270] * x[739]) + x[503] * x[765];  // traffic_farm_remote_content
  x[800] = x[799] * Math.exp(x[721]);  // attraction_farm_remote_content
  x[801] = pyMax(x[756] + x[764] + x[800], 1e-09);  // attraction_total_remote_content
  x[802] = x[756] / x[801];  // sales_share_head_remote_content
  x[803] = x[368] * x[802];  // gmv_head_remote_content
  x[804] = x[770] + x[787] + x[803];  // gmv_head_content
  x[805] = (x[787] + x[803]) / pyMax(x[363] + x[368], 1e-09);  // brand_access_content
  x[806] = (x[787] + x[803] + x[772] + x[774]) / x[372];  // two_way_flow_share_content
  x[807] = x[764] / x[801];  // sales_share_smb_remote_content
  x[808] = x[368] * x[807];  // gmv_smb_remote_content
  x[809] = x[772] + x[789] + x[808];  // gmv_smb_content
  x[810] = x[809] / x[372];  // smb_gmv_share_content
  x[811] = x[800] / x[801];  // sales_share_farm_remote_content
  x[812] = x[368] * x[811];  // gmv_farm_remote_content
  x[813] = x[774] + x[791] + x[812];  // gmv_farm_content
  x[814] = x[802] * Math.log(x[690] / x[53]) + x[807] * Math.log(x[704] / x[54]) + x[811] * Math.log(x[718] / x[55]);  // relative_price_remote_content
  x[815] = Math.log(x[801]);  // platform_value_remote_content
  x[816] = pyMin(pyMax(x[815] - x[217] - x[27] * x[43] * x[814] + x[25] * Math.log(pyMax(x[448], 1e-09) / x[172]) + x[487], -20.0), 20.0);  // utility_remote_content
  x[817] = Math.exp(x[816] + x[169]);  // wallet_logit_remote_content
  x[818] = ((x[19] + x[20] * x[293] / pyMax(x[350], 1e-09)) * pyMax(x[18] * x[350] - x[293], 0.0) + x[517]) * Math.exp(x[22] * x[816]);  // adoption_remote_content
  x[819] = x[160] * x[293] * Math.exp(-x[23] * x[816]) + pyMax(x[293] - x[357], 0.0) / x[21];  // churn_demand_remote_content
  x[820] = pyMin(x[819], x[293] / dt);  // churn_remote_content
  x[821] = x[503] / x[273] * (x[433] * x[741] + x[436] * x[744] + x[439] * x[747]) / pyMax(x[379], 1e-09);  // bid_pressure_raw_content
  x[822] = (x[821] / x[238]) ** x[70];  // cpc_target_content
  x[823] = (x[822] - x[305]) / x[71];  // cpc_change_content
  x[824] = x[804] - x[308];  // recent_sales_change_head_content
  x[825] = x[809] - x[311];  // recent_sales_change_smb_content
  x[826] = x[813] - x[314];  // recent_sales_change_farm_content
  x[827] = x[804] / x[351] / pyMax(x[433], 1e-09);  // sales_per_store_head_content
}

function kStep15(x, time, dt, k) {
  x[828] = pyMin(pyMax(x[740] - x[85] / pyMax(x[827], 1e-09), -1.0), 1.0);  // margin_head_content
  x[829] = (x[828] - x[317]) / x[88];  // perceived_margin_change_head_content
  x[830] = x[127] * Math.exp(pyMin(pyMax(x[90] * (x[317] - x[220]) + x[91] * Math.log(pyMax(x[827], 1e-09) / x[229]), -20.0), 20.0));  // effort_pull_head_content
  x[831] = x[809] / x[351] / pyMax(x[436], 1e-09);  // sales_per_store_smb_content
  x[832] = pyMin(pyMax(x[743] - x[86] / pyMax(x[831], 1e-09), -1.0), 1.0);  // margin_smb_content
  x[833] = (x[832] - x[320]) / x[88];  // perceived_margin_change_smb_content
  x[834] = x[130] * Math.exp(pyMin(pyMax(x[90] * (x[320] - x[223]) + x[91] * Math.log(pyMax(x[831], 1e-09) / x[232]), -20.0), 20.0));  // effort_pull_smb_content
  x[835] = x[813] / x[351] / pyMax(x[439], 1e-09);  // sales_per_store_farm_content
  x[836] = pyMin(pyMax(x[746] - x[87] / pyMax(x[835], 1e-09), -1.0), 1.0);  // margin_farm_content
  x[837] = (x[836] - x[323]) / x[88];  // perceived_margin_change_farm_content
  x[838] = x[133] * Math.exp(pyMin(pyMax(x[90] * (x[323] - x[226]) + x[91] * Math.log(pyMax(x[835], 1e-09) / x[235]), -20.0), 20.0));  // effort_pull_farm_content
  x[839] = x[504] * x[804] + x[505] * x[809] + x[506] * x[813];  // ad_revenue_content
  x[840] = x[494] + x[839];  // platform_revenue_content
  x[841] = x[839] / x[372];  // ad_intensity_content
  x[842] = x[840] / x[372];  // take_rate_content
  x[843] = x[682];  // support_paid_content
  x[844] = x[840] - x[101] * x[369] - x[104] * x[351] - x[518] - x[843];  // platform_profit_content
  x[845] = x[280] + x[281] + x[282] + x[283] + x[284];  // subsidy_share_total
  x[846] = (x[845] > 0.0 ? x[280] / pyMax(x[845], 1e-09) : 0.0);  // subsidy_split_head
  x[847] = (x[845] > 0.0 ? x[281] / pyMax(x[845], 1e-09) : 0.0);  // subsidy_split_smb
  x[848] = (x[845] > 0.0 ? x[282] / pyMax(x[845], 1e-09) : 0.0);  // subsidy_split_farm
  x[849] = (x[845] > 0.0 ? x[283] / pyMax(x[845], 1e-09) : 0.0);  // subsidy_split_logistics
  x[850] = (x[845] > 0.0 ? x[284] / pyMax(x[845], 1e-09) : 0.0);  // subsidy_split_coupons
  x[851] = pyMax(x[279], 0.0);  // subsidy_rate
  x[852] = pyMin(x[851] / 12.0 * x[488], pyMax(x[120] - x[345], 0.0) / dt);  // subsidy_spend
  x[853] = (x[112] * x[852] - x[340]) / x[110];  // rival_answer_change_incumbent
  x[854] = (x[113] * x[852] - x[341]) / x[111];  // rival_answer_change_content
  x[855] = x[852];  // support_paid
  x[856] = x[852] * x[846];  // support_head
  x[857] = pyMin(x[856] / pyMax(x[306], 1e-09), 0.5);  // support_rate_head
  x[858] = x[489] + x[496] - x[857];  // charge_head
  x[859] = pyMin(pyMax(1.0 + x[26] * (x[858] - x[179] + x[481]), 0.1), 10.0);  // price_head
}

function kStep16(x, time, dt, k) {
  x[860] = x[82] - x[858] - x[481] + (x[859] - 1.0);  // contribution_head
  x[861] = x[59] * (pyMax(x[860], 0.005) / pyMax(x[199], 0.005)) ** x[62];  // bid_value_now_head
  x[862] = x[431] * x[861] ** x[57];  // bid_weight_head
  x[863] = x[852] * x[847];  // support_smb
  x[864] = pyMin(x[863] / pyMax(x[309], 1e-09), 0.5);  // support_rate_smb
  x[865] = x[489] + x[497] - x[864];  // charge_smb
  x[866] = pyMin(pyMax(1.0 + x[26] * (x[865] - x[182] + x[482]), 0.1), 10.0);  // price_smb
  x[867] = x[54] * x[866];  // price_seen_smb_high_tier
  x[868] = x[54] * x[866];  // price_seen_smb_low_tier
  x[869] = x[54] * x[866];  // price_seen_smb_remote
  x[870] = pyMin(pyMax(x[38] * Math.log(x[47]) - x[41] * Math.log(x[867]), -20.0), 20.0);  // goods_utility_smb_high_tier
  x[871] = pyMin(pyMax(x[39] * Math.log(x[48]) - x[42] * Math.log(x[868]), -20.0), 20.0);  // goods_utility_smb_low_tier
  x[872] = pyMin(pyMax(x[40] * Math.log(x[49]) - x[43] * Math.log(x[869]), -20.0), 20.0);  // goods_utility_smb_remote
  x[873] = x[47] / x[867];  // merit_smb_high_tier
  x[874] = x[48] / x[868];  // merit_smb_low_tier
  x[875] = x[49] / x[869];  // merit_smb_remote
  x[876] = x[434] * x[873] ** x[58];  // merit_weight_smb_high_tier
  x[877] = x[434] * x[874] ** x[58];  // merit_weight_smb_low_tier
  x[878] = x[434] * x[875] ** x[58];  // merit_weight_smb_remote
  x[879] = x[83] - x[865] - x[482] + (x[866] - 1.0);  // contribution_smb
  x[880] = x[60] * (pyMax(x[879], 0.005) / pyMax(x[202], 0.005)) ** x[62];  // bid_value_now_smb
  x[881] = x[434] * x[880] ** x[57];  // bid_weight_smb
  x[882] = x[852] * x[848];  // support_farm
  x[883] = pyMin(x[882] / pyMax(x[312], 1e-09), 0.5);  // support_rate_farm
  x[884] = x[489] + x[498] - x[883];  // charge_farm
  x[885] = pyMin(pyMax(1.0 + x[26] * (x[884] - x[185] + x[483]), 0.1), 10.0);  // price_farm
  x[886] = x[55] * x[885];  // price_seen_farm_high_tier
  x[887] = x[55] * x[885];  // price_seen_farm_low_tier
  x[888] = x[55] * x[885];  // price_seen_farm_remote
  x[889] = pyMin(pyMax(x[38] * Math.log(x[50]) - x[41] * Math.log(x[886]), -20.0), 20.0);  // goods_utility_farm_high_tier
  x[890] = pyMin(pyMax(x[39] * Math.log(x[51]) - x[42] * Math.log(x[887]), -20.0), 20.0);  // goods_utility_farm_low_tier
  x[891] = pyMin(pyMax(x[40] * Math.log(x[52]) - x[43] * Math.log(x[888]), -20.0), 20.0);  // goods_utility_farm_remote
}

function kStep17(x, time, dt, k) {
  x[892] = x[50] / x[886];  // merit_farm_high_tier
  x[893] = x[51] / x[887];  // merit_farm_low_tier
  x[894] = x[52] / x[888];  // merit_farm_remote
  x[895] = x[437] * x[892] ** x[58];  // merit_weight_farm_high_tier
  x[896] = x[437] * x[893] ** x[58];  // merit_weight_farm_low_tier
  x[897] = x[437] * x[894] ** x[58];  // merit_weight_farm_remote
  x[898] = x[84] - x[884] - x[483] + (x[885] - 1.0);  // contribution_farm
  x[899] = x[61] * (pyMax(x[898], 0.005) / pyMax(x[205], 0.005)) ** x[62];  // bid_value_now_farm
  x[900] = x[437] * x[899] ** x[57];  // bid_weight_farm
  x[901] = pyMax(x[862] + x[881] + x[900], 1e-09);  // bid_total
  x[902] = x[862] / x[901];  // bid_share_head
  x[903] = x[881] / x[901];  // bid_share_smb
  x[904] = x[900] / x[901];  // bid_share_farm
  x[905] = x[495] / x[271] * (x[431] * x[861] + x[434] * x[880] + x[437] * x[899]) / pyMax(x[377], 1e-09);  // bid_pressure_raw
  x[906] = (x[905] / x[236]) ** x[70];  // cpc_target
  x[907] = (x[906] - x[303]) / x[71];  // cpc_change
  x[908] = (x[856] + x[863] + x[882]) / x[401];  // focal_support_rate
  x[909] = x[265] - x[908];  // focal_net_fee
  x[910] = x[108] * pyMax(x[239] - x[909], 0.0) + x[114] * pyMax(1.0 - x[375] / x[240], 0.0);  // fee_cut_target_incumbent
  x[911] = x[109] * pyMax(x[239] - x[909], 0.0) + x[115] * pyMax(1.0 - x[376] / x[241], 0.0);  // fee_cut_target_content
  x[912] = (x[910] - x[338]) / x[110];  // fee_cut_change_incumbent
  x[913] = (x[911] - x[339]) / x[111];  // fee_cut_change_content
  x[914] = x[852] * x[850];  // coupons
  x[915] = pyMin(pyMax(x[914] / pyMax(x[346], 1e-09), 0.0), 0.5);  // coupon_rate
  x[916] = x[33] * x[915];  // coupon_high_tier
  x[917] = x[34] * x[915];  // coupon_low_tier
  x[918] = x[35] * x[915];  // coupon_remote
  x[919] = x[859] * (1.0 - x[916]);  // price_seen_head_high_tier
  x[920] = x[859] * (1.0 - x[917]);  // price_seen_head_low_tier
  x[921] = x[859] * (1.0 - x[918]);  // price_seen_head_remote
  x[922] = pyMin(pyMax(x[38] * Math.log(x[44]) - x[41] * Math.log(x[919]), -20.0), 20.0);  // goods_utility_head_high_tier
  x[923] = pyMin(pyMax(x[39] * Math.log(x[45]) - x[42] * Math.log(x[920]), -20.0), 20.0);  // goods_utility_head_low_tier
}

function kStep18(x, time, dt, k) {
  x[924] = pyMin(pyMax(x[40] * Math.log(x[46]) - x[43] * Math.log(x[921]), -20.0), 20.0);  // goods_utility_head_remote
  x[925] = x[44] / x[919];  // merit_head_high_tier
  x[926] = x[45] / x[920];  // merit_head_low_tier
  x[927] = x[46] / x[921];  // merit_head_remote
  x[928] = x[431] * x[925] ** x[58];  // merit_weight_head_high_tier
  x[929] = x[431] * x[926] ** x[58];  // merit_weight_head_low_tier
  x[930] = x[431] * x[927] ** x[58];  // merit_weight_head_remote
  x[931] = pyMax(x[928] + x[876] + x[895], 1e-09);  // merit_total_high_tier
  x[932] = x[928] / x[931];  // merit_share_head_high_tier
  x[933] = (1.0 - x[271]) * (x[56] * x[441] + (1.0 - x[56]) * x[268] * x[932]) + x[495] * x[902];  // traffic_head_high_tier
  x[934] = x[933] * Math.exp(x[922]);  // attraction_head_high_tier
  x[935] = x[876] / x[931];  // merit_share_smb_high_tier
  x[936] = (1.0 - x[271]) * (x[56] * x[442] + (1.0 - x[56]) * x[268] * x[935]) + x[495] * x[903];  // traffic_smb_high_tier
  x[937] = x[936] * Math.exp(x[870]);  // attraction_smb_high_tier
  x[938] = x[895] / x[931];  // merit_share_farm_high_tier
  x[939] = (1.0 - x[271]) * (x[56] * x[443] + (1.0 - x[56]) * x[268] * x[938]) + x[495] * x[904];  // traffic_farm_high_tier
  x[940] = x[939] * Math.exp(x[889]);  // attraction_farm_high_tier
  x[941] = pyMax(x[934] + x[937] + x[940], 1e-09);  // attraction_total_high_tier
  x[942] = x[934] / x[941];  // sales_share_head_high_tier
  x[943] = x[358] * x[942];  // gmv_head_high_tier
  x[944] = x[937] / x[941];  // sales_share_smb_high_tier
  x[945] = x[358] * x[944];  // gmv_smb_high_tier
  x[946] = x[940] / x[941];  // sales_share_farm_high_tier
  x[947] = x[358] * x[946];  // gmv_farm_high_tier
  x[948] = (x[945] + x[947]) / pyMax(x[358], 1e-09);  // upward_flow
  x[949] = x[942] * Math.log(x[919] / x[53]) + x[944] * Math.log(x[867] / x[54]) + x[946] * Math.log(x[886] / x[55]);  // relative_price_high_tier
  x[950] = Math.log(x[941]);  // platform_value_high_tier
  x[951] = pyMin(pyMax(x[950] - x[209] - x[27] * x[41] * x[949] + x[25] * Math.log(pyMax(x[440], 1e-09) / x[170]) + x[380], -20.0), 20.0);  // utility_high_tier
  x[952] = Math.exp(x[951] + x[161]);  // wallet_logit_high_tier
  x[953] = 1.0 + (x[952] + x[616] + x[779]);  // wallet_logit_total_high_tier
  x[954] = x[952] / x[953];  // wallet_share_target_high_tier
  x[955] = x[616] / x[953];  // wallet_share_target_high_tier_incumbent
}

function kStep19(x, time, dt, k) {
  x[956] = x[779] / x[953];  // wallet_share_target_high_tier_content
  x[957] = (x[954] - x[294]) / x[24];  // wallet_share_change_high_tier
  x[958] = (x[955] - x[295]) / x[24];  // wallet_share_change_high_tier_incumbent
  x[959] = (x[956] - x[296]) / x[24];  // wallet_share_change_high_tier_content
  x[960] = ((x[19] + x[20] * x[285] / pyMax(x[348], 1e-09)) * pyMax(x[18] * x[348] - x[285], 0.0) + x[507]) * Math.exp(x[22] * x[951]);  // adoption_high_tier
  x[961] = x[152] * x[285] * Math.exp(-x[23] * x[951]) + pyMax(x[285] - x[355], 0.0) / x[21];  // churn_demand_high_tier
  x[962] = pyMin(x[961], x[285] / dt);  // churn_high_tier
  x[963] = pyMax(x[929] + x[877] + x[896], 1e-09);  // merit_total_low_tier
  x[964] = x[929] / x[963];  // merit_share_head_low_tier
  x[965] = (1.0 - x[271]) * (x[56] * x[441] + (1.0 - x[56]) * x[268] * x[964]) + x[495] * x[902];  // traffic_head_low_tier
  x[966] = x[965] * Math.exp(x[923]);  // attraction_head_low_tier
  x[967] = x[877] / x[963];  // merit_share_smb_low_tier
  x[968] = (1.0 - x[271]) * (x[56] * x[442] + (1.0 - x[56]) * x[268] * x[967]) + x[495] * x[903];  // traffic_smb_low_tier
  x[969] = x[968] * Math.exp(x[871]);  // attraction_smb_low_tier
  x[970] = x[896] / x[963];  // merit_share_farm_low_tier
  x[971] = (1.0 - x[271]) * (x[56] * x[443] + (1.0 - x[56]) * x[268] * x[970]) + x[495] * x[904];  // traffic_farm_low_tier
  x[972] = x[971] * Math.exp(x[890]);  // attraction_farm_low_tier
  x[973] = pyMax(x[966] + x[969] + x[972], 1e-09);  // attraction_total_low_tier
  x[974] = x[966] / x[973];  // sales_share_head_low_tier
  x[975] = x[361] * x[974];  // gmv_head_low_tier
  x[976] = x[969] / x[973];  // sales_share_smb_low_tier
  x[977] = x[361] * x[976];  // gmv_smb_low_tier
  x[978] = x[972] / x[973];  // sales_share_farm_low_tier
  x[979] = x[361] * x[978];  // gmv_farm_low_tier
  x[980] = x[974] * Math.log(x[920] / x[53]) + x[976] * Math.log(x[868] / x[54]) + x[978] * Math.log(x[887] / x[55]);  // relative_price_low_tier
  x[981] = Math.log(x[973]);  // platform_value_low_tier
  x[982] = pyMin(pyMax(x[981] - x[212] - x[27] * x[42] * x[980] + x[25] * Math.log(pyMax(x[440], 1e-09) / x[170]) + x[382], -20.0), 20.0);  // utility_low_tier
  x[983] = Math.exp(x[982] + x[164]);  // wallet_logit_low_tier
  x[984] = 1.0 + (x[983] + x[632] + x[795]);  // wallet_logit_total_low_tier
  x[985] = x[983] / x[984];  // wallet_share_target_low_tier
  x[986] = x[632] / x[984];  // wallet_share_target_low_tier_incumbent
  x[987] = x[795] / x[984];  // wallet_share_target_low_tier_content
}

function kStep20(x, time, dt, k) {
  x[988] = (x[985] - x[297]) / x[24];  // wallet_share_change_low_tier
  x[989] = (x[986] - x[298]) / x[24];  // wallet_share_change_low_tier_incumbent
  x[990] = (x[987] - x[299]) / x[24];  // wallet_share_change_low_tier_content
  x[991] = ((x[19] + x[20] * x[288] / pyMax(x[349], 1e-09)) * pyMax(x[18] * x[349] - x[288], 0.0) + x[508]) * Math.exp(x[22] * x[982]);  // adoption_low_tier
  x[992] = x[155] * x[288] * Math.exp(-x[23] * x[982]) + pyMax(x[288] - x[356], 0.0) / x[21];  // churn_demand_low_tier
  x[993] = pyMin(x[992], x[288] / dt);  // churn_low_tier
  x[994] = pyMax(x[930] + x[878] + x[897], 1e-09);  // merit_total_remote
  x[995] = x[930] / x[994];  // merit_share_head_remote
  x[996] = (1.0 - x[271]) * (x[56] * x[441] + (1.0 - x[56]) * x[268] * x[995]) + x[495] * x[902];  // traffic_head_remote
  x[997] = x[996] * Math.exp(x[924]);  // attraction_head_remote
  x[998] = (x[933] * x[285] + x[965] * x[288] + x[996] * x[291]) / pyMax(x[377], 1e-09);  // head_traffic_share
  x[999] = x[878] / x[994];  // merit_share_smb_remote
  x[1000] = (1.0 - x[271]) * (x[56] * x[442] + (1.0 - x[56]) * x[268] * x[999]) + x[495] * x[903];  // traffic_smb_remote
  x[1001] = x[1000] * Math.exp(x[872]);  // attraction_smb_remote
  x[1002] = x[897] / x[994];  // merit_share_farm_remote
  x[1003] = (1.0 - x[271]) * (x[56] * x[443] + (1.0 - x[56]) * x[268] * x[1002]) + x[495] * x[904];  // traffic_farm_remote
  x[1004] = x[1003] * Math.exp(x[891]);  // attraction_farm_remote
  x[1005] = pyMax(x[997] + x[1001] + x[1004], 1e-09);  // attraction_total_remote
  x[1006] = x[997] / x[1005];  // sales_share_head_remote
  x[1007] = x[364] * x[1006];  // gmv_head_remote
  x[1008] = x[943] + x[975] + x[1007];  // gmv_head
  x[1009] = x[975] + x[1007];  // coupon_base_now
  x[1010] = (x[975] + x[1007]) / pyMax(x[361] + x[364], 1e-09);  // brand_access
  x[1011] = (x[975] + x[1007] + x[945] + x[947]) / x[370];  // two_way_flow_share
  x[1012] = x[1001] / x[1005];  // sales_share_smb_remote
  x[1013] = x[364] * x[1012];  // gmv_smb_remote
  x[1014] = x[945] + x[977] + x[1013];  // gmv_smb
  x[1015] = x[1014] / x[370];  // smb_gmv_share
  x[1016] = x[1004] / x[1005];  // sales_share_farm_remote
  x[1017] = x[364] * x[1016];  // gmv_farm_remote
  x[1018] = x[947] + x[979] + x[1017];  // gmv_farm
  x[1019] = x[1006] * Math.log(x[921] / x[53]) + x[1012] * Math.log(x[869] / x[54]) + x[1016] * Math.log(x[888] / x[55]);  // relative_price_remote
}

function kStep21(x, time, dt, k) {
  x[1020] = Math.log(x[1005]);  // platform_value_remote
  x[1021] = pyMin(pyMax(x[1020] - x[215] - x[27] * x[43] * x[1019] + x[25] * Math.log(pyMax(x[440], 1e-09) / x[170]) + x[384], -20.0), 20.0);  // utility_remote
  x[1022] = Math.exp(x[1021] + x[167]);  // wallet_logit_remote
  x[1023] = 1.0 + (x[1022] + x[654] + x[817]);  // wallet_logit_total_remote
  x[1024] = x[1022] / x[1023];  // wallet_share_target_remote
  x[1025] = x[654] / x[1023];  // wallet_share_target_remote_incumbent
  x[1026] = x[817] / x[1023];  // wallet_share_target_remote_content
  x[1027] = (x[1024] - x[300]) / x[24];  // wallet_share_change_remote
  x[1028] = (x[1025] - x[301]) / x[24];  // wallet_share_change_remote_incumbent
  x[1029] = (x[1026] - x[302]) / x[24];  // wallet_share_change_remote_content
  x[1030] = ((x[19] + x[20] * x[291] / pyMax(x[350], 1e-09)) * pyMax(x[18] * x[350] - x[291], 0.0) + x[509]) * Math.exp(x[22] * x[1021]);  // adoption_remote
  x[1031] = x[158] * x[291] * Math.exp(-x[23] * x[1021]) + pyMax(x[291] - x[357], 0.0) / x[21];  // churn_demand_remote
  x[1032] = pyMin(x[1031], x[291] / dt);  // churn_remote
  x[1033] = x[1008] - x[306];  // recent_sales_change_head
  x[1034] = x[1014] - x[309];  // recent_sales_change_smb
  x[1035] = x[1018] - x[312];  // recent_sales_change_farm
  x[1036] = x[1008] / x[351] / pyMax(x[431], 1e-09);  // sales_per_store_head
  x[1037] = pyMin(pyMax(x[860] - x[85] / pyMax(x[1036], 1e-09), -1.0), 1.0);  // margin_head
  x[1038] = (x[1037] - x[315]) / x[88];  // perceived_margin_change_head
  x[1039] = x[125] * Math.exp(pyMin(pyMax(x[90] * (x[315] - x[218]) + x[91] * Math.log(pyMax(x[1036], 1e-09) / x[227]), -20.0), 20.0));  // effort_pull_head
  x[1040] = pyMax(x[1039] + x[667] + x[830], 1e-09);  // effort_pull_total_head
  x[1041] = x[1039] / x[1040];  // effort_target_head
  x[1042] = x[667] / x[1040];  // effort_target_head_incumbent
  x[1043] = x[830] / x[1040];  // effort_target_head_content
  x[1044] = (x[1041] - x[324]) / x[89];  // effort_change_head
  x[1045] = (x[1042] - x[325]) / x[89];  // effort_change_head_incumbent
  x[1046] = (x[1043] - x[326]) / x[89];  // effort_change_head_content
  x[1047] = x[1014] / x[351] / pyMax(x[434], 1e-09);  // sales_per_store_smb
  x[1048] = pyMin(pyMax(x[879] - x[86] / pyMax(x[1047], 1e-09), -1.0), 1.0);  // margin_smb
  x[1049] = (x[1048] - x[318]) / x[88];  // perceived_margin_change_smb
  x[1050] = x[128] * Math.exp(pyMin(pyMax(x[90] * (x[318] - x[221]) + x[91] * Math.log(pyMax(x[1047], 1e-09) / x[230]), -20.0), 20.0));  // effort_pull_smb
  x[1051] = pyMax(x[1050] + x[671] + x[834], 1e-09);  // effort_pull_total_smb
}

function kStep22(x, time, dt, k) {
  x[1052] = x[1050] / x[1051];  // effort_target_smb
  x[1053] = x[671] / x[1051];  // effort_target_smb_incumbent
  x[1054] = x[834] / x[1051];  // effort_target_smb_content
  x[1055] = (x[1052] - x[327]) / x[89];  // effort_change_smb
  x[1056] = (x[1053] - x[328]) / x[89];  // effort_change_smb_incumbent
  x[1057] = (x[1054] - x[329]) / x[89];  // effort_change_smb_content
  x[1058] = x[1018] / x[351] / pyMax(x[437], 1e-09);  // sales_per_store_farm
  x[1059] = pyMin(pyMax(x[898] - x[87] / pyMax(x[1058], 1e-09), -1.0), 1.0);  // margin_farm
  x[1060] = (x[1059] - x[321]) / x[88];  // perceived_margin_change_farm
  x[1061] = x[131] * Math.exp(pyMin(pyMax(x[90] * (x[321] - x[224]) + x[91] * Math.log(pyMax(x[1058], 1e-09) / x[233]), -20.0), 20.0));  // effort_pull_farm
  x[1062] = pyMax(x[1061] + x[675] + x[838], 1e-09);  // effort_pull_total_farm
  x[1063] = x[1061] / x[1062];  // effort_target_farm
  x[1064] = x[675] / x[1062];  // effort_target_farm_incumbent
  x[1065] = x[838] / x[1062];  // effort_target_farm_content
  x[1066] = (x[1063] - x[330]) / x[89];  // effort_change_farm
  x[1067] = (x[1064] - x[331]) / x[89];  // effort_change_farm_incumbent
  x[1068] = (x[1065] - x[332]) / x[89];  // effort_change_farm_content
  x[1069] = (x[1014] / x[866] + x[646] / x[538] + x[809] / x[701]) / x[351];  // smb_volume_growth
  x[1070] = x[496] * x[1008] + x[497] * x[1014] + x[498] * x[1018];  // ad_revenue
  x[1071] = x[490] + x[1070];  // platform_revenue
  x[1072] = x[1070] / x[370];  // ad_intensity
  x[1073] = x[1071] / x[370];  // take_rate
  x[1074] = x[1071] - x[101] * x[365] - x[102] * x[351] - x[510] - x[855];  // platform_profit
  x[1075] = x[1009] - x[346];  // coupon_base_change
  x[1076] = x[852] * x[849] * 12.0;  // logistics_spend_yearly
  x[1077] = x[1076] / (x[1076] + x[31]);  // logistics_target
  x[1078] = (x[1077] - x[347]) / x[32];  // logistics_change
}

function kSave(x, out, o) {
  out[o + 0] = x[348];
  out[o + 1] = x[349];
  out[o + 2] = x[350];
  out[o + 3] = x[365];
  out[o + 4] = x[367];
  out[o + 5] = x[369];
  out[o + 6] = x[358];
  out[o + 7] = x[361];
  out[o + 8] = x[364];
  out[o + 9] = x[1008];
  out[o + 10] = x[641];
  out[o + 11] = x[804];
  out[o + 12] = x[1014];
  out[o + 13] = x[646];
  out[o + 14] = x[809];
  out[o + 15] = x[1018];
  out[o + 16] = x[650];
  out[o + 17] = x[813];
  out[o + 18] = x[943];
  out[o + 19] = x[975];
  out[o + 20] = x[1007];
  out[o + 21] = x[945];
  out[o + 22] = x[977];
  out[o + 23] = x[1013];
  out[o + 24] = x[947];
  out[o + 25] = x[979];
  out[o + 26] = x[1017];
  out[o + 27] = x[373];
  out[o + 28] = x[374];
  out[o + 29] = x[375];
  out[o + 30] = x[376];
  out[o + 31] = x[1015];
  out[o + 32] = x[647];
  out[o + 33] = x[810];
  out[o + 34] = x[1010];
  out[o + 35] = x[642];
  out[o + 36] = x[805];
  out[o + 37] = x[948];
  out[o + 38] = x[612];
  out[o + 39] = x[775];
  out[o + 40] = x[1011];
  out[o + 41] = x[643];
  out[o + 42] = x[806];
  out[o + 43] = x[377];
  out[o + 44] = x[378];
  out[o + 45] = x[379];
  out[o + 46] = x[285];
  out[o + 47] = x[286];
  out[o + 48] = x[287];
  out[o + 49] = x[288];
  out[o + 50] = x[289];
  out[o + 51] = x[290];
  out[o + 52] = x[291];
  out[o + 53] = x[292];
  out[o + 54] = x[293];
  out[o + 55] = x[294];
  out[o + 56] = x[295];
  out[o + 57] = x[296];
  out[o + 58] = x[297];
  out[o + 59] = x[298];
  out[o + 60] = x[299];
  out[o + 61] = x[300];
  out[o + 62] = x[301];
  out[o + 63] = x[302];
  out[o + 64] = x[949];
  out[o + 65] = x[980];
  out[o + 66] = x[1019];
  out[o + 67] = x[859];
  out[o + 68] = x[524];
  out[o + 69] = x[687];
  out[o + 70] = x[866];
  out[o + 71] = x[538];
  out[o + 72] = x[701];
  out[o + 73] = x[885];
  out[o + 74] = x[552];
  out[o + 75] = x[715];
  out[o + 76] = x[495];
  out[o + 77] = x[499];
  out[o + 78] = x[503];
  out[o + 79] = x[998];
  out[o + 80] = x[594];
  out[o + 81] = x[757];
  out[o + 82] = x[303];
  out[o + 83] = x[304];
  out[o + 84] = x[305];
  out[o + 85] = x[489];
  out[o + 86] = x[491];
  out[o + 87] = x[493];
  out[o + 88] = x[858];
  out[o + 89] = x[523];
  out[o + 90] = x[686];
  out[o + 91] = x[865];
  out[o + 92] = x[537];
  out[o + 93] = x[700];
  out[o + 94] = x[884];
  out[o + 95] = x[551];
  out[o + 96] = x[714];
  out[o + 97] = x[1037];
  out[o + 98] = x[665];
  out[o + 99] = x[828];
  out[o + 100] = x[1048];
  out[o + 101] = x[669];
  out[o + 102] = x[832];
  out[o + 103] = x[1059];
  out[o + 104] = x[673];
  out[o + 105] = x[836];
  out[o + 106] = x[315];
  out[o + 107] = x[316];
  out[o + 108] = x[317];
  out[o + 109] = x[318];
  out[o + 110] = x[319];
  out[o + 111] = x[320];
  out[o + 112] = x[321];
  out[o + 113] = x[322];
  out[o + 114] = x[323];
  out[o + 115] = x[420];
  out[o + 116] = x[422];
  out[o + 117] = x[424];
  out[o + 118] = x[324];
  out[o + 119] = x[325];
  out[o + 120] = x[326];
  out[o + 121] = x[327];
  out[o + 122] = x[328];
  out[o + 123] = x[329];
  out[o + 124] = x[330];
  out[o + 125] = x[331];
  out[o + 126] = x[332];
  out[o + 127] = x[413];
  out[o + 128] = x[414];
  out[o + 129] = x[415];
  out[o + 130] = x[416];
  out[o + 131] = x[417];
  out[o + 132] = x[418];
  out[o + 133] = x[419];
  out[o + 134] = x[421];
  out[o + 135] = x[423];
  out[o + 136] = x[425];
  out[o + 137] = x[426];
  out[o + 138] = x[427];
  out[o + 139] = x[428];
  out[o + 140] = x[429];
  out[o + 141] = x[430];
  out[o + 142] = x[333];
  out[o + 143] = x[334];
  out[o + 144] = x[335];
  out[o + 145] = x[336];
  out[o + 146] = x[467];
  out[o + 147] = x[468];
  out[o + 148] = x[469];
  out[o + 149] = x[470];
  out[o + 150] = x[471];
  out[o + 151] = x[477];
  out[o + 152] = x[472];
  out[o + 153] = x[478];
  out[o + 154] = x[337];
  out[o + 155] = x[480];
  out[o + 156] = x[338];
  out[o + 157] = x[339];
  out[o + 158] = x[519];
  out[o + 159] = x[682];
  out[o + 160] = x[490];
  out[o + 161] = x[492];
  out[o + 162] = x[494];
  out[o + 163] = x[1070];
  out[o + 164] = x[676];
  out[o + 165] = x[839];
  out[o + 166] = x[1071];
  out[o + 167] = x[677];
  out[o + 168] = x[840];
  out[o + 169] = x[1072];
  out[o + 170] = x[678];
  out[o + 171] = x[841];
  out[o + 172] = x[1073];
  out[o + 173] = x[679];
  out[o + 174] = x[842];
  out[o + 175] = x[510];
  out[o + 176] = x[514];
  out[o + 177] = x[518];
  out[o + 178] = x[1074];
  out[o + 179] = x[681];
  out[o + 180] = x[844];
  out[o + 181] = x[342];
  out[o + 182] = x[343];
  out[o + 183] = x[344];
  out[o + 184] = x[852];
  out[o + 185] = x[345];
  out[o + 186] = x[915];
  out[o + 187] = x[347];
  out[o + 188] = x[265];
  out[o + 189] = x[266];
  out[o + 190] = x[267];
  out[o + 191] = x[268];
  out[o + 192] = x[269];
  out[o + 193] = x[270];
  out[o + 194] = x[851];
}

function kEuler(x, dt) {
  x[285] += dt * (x[960] - x[962]);
  x[286] += dt * (x[617] - x[619]);
  x[287] += dt * (x[780] - x[782]);
  x[288] += dt * (x[991] - x[993]);
  x[289] += dt * (x[633] - x[635]);
  x[290] += dt * (x[796] - x[798]);
  x[291] += dt * (x[1030] - x[1032]);
  x[292] += dt * (x[655] - x[657]);
  x[293] += dt * (x[818] - x[820]);
  x[294] += dt * (x[957]);
  x[295] += dt * (x[958]);
  x[296] += dt * (x[959]);
  x[297] += dt * (x[988]);
  x[298] += dt * (x[989]);
  x[299] += dt * (x[990]);
  x[300] += dt * (x[1027]);
  x[301] += dt * (x[1028]);
  x[302] += dt * (x[1029]);
  x[303] += dt * (x[907]);
  x[304] += dt * (x[660]);
  x[305] += dt * (x[823]);
  x[306] += dt * (x[1033]);
  x[307] += dt * (x[661]);
  x[308] += dt * (x[824]);
  x[309] += dt * (x[1034]);
  x[310] += dt * (x[662]);
  x[311] += dt * (x[825]);
  x[312] += dt * (x[1035]);
  x[313] += dt * (x[663]);
  x[314] += dt * (x[826]);
  x[315] += dt * (x[1038]);
  x[316] += dt * (x[666]);
  x[317] += dt * (x[829]);
  x[318] += dt * (x[1049]);
  x[319] += dt * (x[670]);
  x[320] += dt * (x[833]);
  x[321] += dt * (x[1060]);
  x[322] += dt * (x[674]);
  x[323] += dt * (x[837]);
  x[324] += dt * (x[1044]);
  x[325] += dt * (x[1045]);
  x[326] += dt * (x[1046]);
  x[327] += dt * (x[1055]);
  x[328] += dt * (x[1056]);
  x[329] += dt * (x[1057]);
  x[330] += dt * (x[1066]);
  x[331] += dt * (x[1067]);
  x[332] += dt * (x[1068]);
  x[333] += dt * (x[467] - x[468]);
  x[334] += dt * (x[471] - x[477] - x[478]);
  x[335] += dt * (x[478] - x[472]);
  x[336] += dt * (x[469] - x[470]);
  x[337] += dt * (x[1069]);
  x[338] += dt * (x[912]);
  x[339] += dt * (x[913]);
  x[340] += dt * (x[853]);
  x[341] += dt * (x[854]);
  x[342] += dt * (x[1074]);
  x[343] += dt * (x[681]);
  x[344] += dt * (x[844]);
  x[345] += dt * (x[852]);
  x[346] += dt * (x[1075]);
  x[347] += dt * (x[1078]);
}

/** Integrate each of the `rows` parameter sets of `inp` (row-major, COLUMNS.length columns)
 *  for `steps` Euler steps of `dt` months, writing the saved variables every `saveEvery`
 *  steps to `out` (row-major [row][saved step][OUTPUTS]).  Lever l follows the schedules
 *  schedBounds[l] .. schedBounds[l + 1] - 1 of the sched* arrays. */
export function kernel(steps, dt, saveEvery, inp, rows, schedAt, schedValue, schedRamp, schedBounds, out) {
  const nIn = 265;
  const nOut = 195;
  const nSaved = Math.floor(steps / saveEvery) + 1;
  const x = new Float64Array(1079);
  for (let i = 0; i < rows; i++) {
    const row = i * nIn;
    const base = i * nSaved * nOut;
    x.fill(0.0);
    for (let c = 0; c < nIn; c++) x[c] = inp[row + c];
    kStart(x);
    for (let k = 0; k <= steps; k++) {
      const time = k * dt;
      kLevers(x, time, k, schedAt, schedValue, schedRamp, schedBounds);
      kStep0(x, time, dt, k);
      kStep1(x, time, dt, k);
      kStep2(x, time, dt, k);
      kStep3(x, time, dt, k);
      kStep4(x, time, dt, k);
      kStep5(x, time, dt, k);
      kStep6(x, time, dt, k);
      kStep7(x, time, dt, k);
      kStep8(x, time, dt, k);
      kStep9(x, time, dt, k);
      kStep10(x, time, dt, k);
      kStep11(x, time, dt, k);
      kStep12(x, time, dt, k);
      kStep13(x, time, dt, k);
      kStep14(x, time, dt, k);
      kStep15(x, time, dt, k);
      kStep16(x, time, dt, k);
      kStep17(x, time, dt, k);
      kStep18(x, time, dt, k);
      kStep19(x, time, dt, k);
      kStep20(x, time, dt, k);
      kStep21(x, time, dt, k);
      kStep22(x, time, dt, k);
      if (k % saveEvery === 0) kSave(x, out, base + Math.floor(k / saveEvery) * nOut);
      if (k === steps) break;
      kEuler(x, dt);
    }
  }
}

/** Every function the kernel calls, for a Web Worker's source (``String(f)`` of each). */
export const KERNEL_FUNCTIONS = [pyMin, pyMax, leverAt, kStart, kLevers, kStep0, kStep1, kStep2, kStep3, kStep4, kStep5, kStep6, kStep7, kStep8, kStep9, kStep10, kStep11, kStep12, kStep13, kStep14, kStep15, kStep16, kStep17, kStep18, kStep19, kStep20, kStep21, kStep22, kSave, kEuler, kernel];
