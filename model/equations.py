"""The model's equations: the one declaration of every stock, flow, auxiliary, input and constant.

Everything else is generated from ``MODEL`` (the compiled form of this file): the numba
time loop (``model/_kernel.py``, by ``model.codegen``), the reference equilibrium
(``model.evaluate``), the XMILE export (``model.xmile``), the equations on the reference
page (``model.reference``) and the output variables with their units (``VARIABLES``: the
columns of every run and CSV).  The language is described in ``model.sd``.

Indices: segment ``{s}`` in (high_tier, low_tier) = higher-tier / lower-tier and rural
buyers; merchant type ``{j}`` in (head, smb) = head brands / small merchants; subsidy use
``{u}`` in (head, smb, logistics, coupons).  A third index (platforms) is one more ``Dim``.
Time in months, money in RMB bn, people and merchants in millions, rates as fractions.

The sections run in the order of the CSV's columns (the saved variables, in declaration
order); within a section the declarations are free to come in any order: the compiler
orders the per-step equations itself.

Calibration.  With the reference parameters, the ``Calibrated`` constants are the model's
own equations read at the start (``start(x)``): the rates that hold the reference state
still (churn, entry, graduation) and the t0 references that the per-step equations
normalise by.  Runs never recalibrate at changed values: overrides and schedules act as
policy shocks on the reference equilibrium.  Subsidies are policies: the reference state
has none (``START_OVERRIDES``).

Guards (Sterman ch. 14): exponents of utility are clipped to [-20, 20], the margin to
[-1, 1], the buyer base for the click price to >= 1 % of t0, every outflow to what the
stock holds in one step and every merchant entry to the free pool.
"""

from __future__ import annotations

from typing import Literal

from .registry import PARAMETERS, Variable
from .sd import Aux, Calibrated, Derived, Dim, Flow, Fn, Input, Model, Section, Stock, compile_model

DIMS = (
    Dim("s", ("high_tier", "low_tier"), "buyer segment", "买家分层"),
    Dim("j", ("head", "smb"), "merchant type", "商家类型"),
    Dim("u", ("head", "smb", "logistics", "coupons"), "use of the subsidy", "扶持用途"),
)

FUNCTIONS = (
    Fn(
        "sigmoid",
        ("x",),
        "1 / (1 + exp(-clip(x, -500, 500)))",
        "logistic function, argument clipped to [-500, 500]",
        "S 形（逻辑斯蒂）函数，自变量截断在 [-500, 500]",
    ),
    Fn(
        "bass_adoption",
        ("b", "n"),
        "(bass_p + bass_q * b / max(n, EPS)) * max(max_reach * n - b, 0)",
        "Bass adoption of b buyers among n shoppers (people per month), before utility",
        "巴斯扩散：n 个网购用户中已有 b 个买家时的新增买家（人/月，未计效用）",
    ),
    Fn(
        "entry",
        ("rate", "pool", "willing"),
        "min(rate * pool * willing, pool / dt)",
        "entry into a free pool, at most the pool",
        "从可入驻商家池中入驻，一步之内不超过池子",
    ),
)

_BN_M = "RMB bn per month"
_MM = "M merchants per month"

INPUTS = Section(
    "Inputs from the parameter registry",
    "来自参数表的输入",
    (
        Input("new_smb_weight", "new_smb_weight"),
        Input("availability_half", "availability_half"),
        Input("graduation_months", "graduation_months"),
        Input("bass_p", "bass_p"),
        Input("bass_q", "bass_q"),
        Input("adoption_sensitivity", "adoption_sensitivity"),
        Input("churn_sensitivity", "churn_sensitivity"),
        Input("leave_months", "leave_months"),
        Input("network_effect", "network_effect"),
        Input("pass_through", "pass_through"),
        Input("smb_discount", "smb_discount"),
        Input("wallet_share_months", "wallet_share_months"),
        Input("margin_months", "margin_months"),
        Input("cpc_months", "cpc_months"),
        Input("rival_match_months", "rival_match_months"),
        Input("logistics_months", "logistics_months"),
        Input("smb_capability_months", "smb_capability_months"),
        Input("cpc_pass", "cpc_pass"),
        Input("auction_elasticity", "auction_elasticity"),
        Input("bid_margin_response", "bid_margin_response"),
        Input("rival_fee_0", "rival_fee", "the rival's commission at the start"),
        Input("rival_ad_intensity", "rival_ad_intensity"),
        Input("rival_match_share", "rival_match_share"),
        Input("smb_scale_elasticity", "smb_scale_elasticity"),
        Input("payment_cost", "payment_cost"),
        Input("user_acquisition", "user_acquisition"),
        Input("opex_bn_per_month", "opex_bn_per_month"),
        Input("exit_rate_smb_established", "exit_rate_smb_established"),
        Input("distress_exit_rate", "distress_exit_rate"),
        Input("entry_steepness", "entry_steepness"),
        Input("entry_threshold", "entry_threshold"),
        Input("exit_threshold", "exit_threshold"),
        Input("bid_ratio", "bid_ratio"),
        Input("merit_exponent", "merit_exponent"),
        Input("bid_exponent", "bid_exponent"),
        Input("long_tail_floor", "long_tail_floor"),
        Input("merchants_head_0", "merchants_head", "head-brand merchants at the start"),
        Input("merchants_smb_new_0", "merchants_smb_new", "new small merchants at the start"),
        Input("merchants_smb_established_0", "merchants_smb_established", "established small merchants at the start"),
        Input("start_buyers_frac", "start_buyers_frac"),
        Input("start_wallet_share_frac", "start_wallet_share_frac"),
        Input("max_reach", "max_reach"),
        Input("fairness_ad_relief", "fairness_ad_relief"),
        Input("subsidy_start_month", "subsidy_start_month"),
        Input("subsidy_months", "subsidy_months"),
        Input("subsidy_taper_months", "subsidy_taper_months"),
        Input("subsidy_budget_bn", "subsidy_budget_bn"),
        Input("subsidy_share_{u}", "subsidy_share_{u}", "weight of each use of the subsidy"),
        Input("logistics_half_cost", "logistics_half_cost"),
        Input("wallet_growth", "wallet_growth"),
        Input("ad_intensity_{j}", "ad_intensity_{j}", "ad spend at the reference click price, by merchant type"),
        Input("gross_margin_{j}", "gross_margin_{j}"),
        Input("fixed_cost_{j}", "fixed_cost_{j}"),
        Input("pool_{j}", "pool_{j}"),
        Input("base_exit_rate_{j}", {"head": "exit_rate_head", "smb": "exit_rate_smb_new"}, "base exit rate (SMB: new ones)"),
        Input("price_sensitivity_{s}", "price_sensitivity_{s}"),
        Input("brand_taste_{s}", "brand_taste_{s}"),
        Input("logistics_utility_{s}", {"high_tier": 0.0, "low_tier": "logistics_effect"}, "logistics effect on utility"),
        Input("merit_ratio_{s}", "merit_ratio_{s}"),
        Input("conversion_head_{s}", "conversion_head_{s}"),
        Input("conversion_smb_{s}", "conversion_smb_{s}"),
        Input("shoppers_0_{s}", "shoppers_{s}", "online shoppers at the start"),
        Input("shoppers_growth_{s}", "shoppers_growth_{s}"),
        Input("wallet_yearly_{s}", "wallet_{s}", "online spend per shopper at the start, per year"),
        Input("active_share_{s}", "active_share_{s}"),
        Input("wallet_share_0_{s}", "wallet_share_{s}_0"),
    ),
)

DERIVED = Section(
    "Constants derived from the inputs",
    "由输入推导的常数",
    (
        Derived(
            "merit_power_{s}",
            "merit_ratio_{s} ** merit_exponent",
            "dimensionless",
            "merit ratio ^ merit exponent",
            "性价比系数的幂（merit_ratio ^ merit_exponent）",
        ),
        Derived(
            "cost_share",
            "payment_cost + user_acquisition",
            "fraction of GMV",
            "payment and user-acquisition cost",
            "支付与获客成本",
        ),
        Derived(
            "graduation_rate",
            "cal_graduation / graduation_months",
            "per month",
            "graduation of new small merchants",
            "新入驻中小商家成长为成熟商家的速率",
        ),
        Derived(
            "shoppers_growth_rate_{s}",
            "log1p(shoppers_growth_{s}) / 12",
            "per month",
            "ln(1 + yearly growth) / 12",
            "网购用户月增长率：ln(1 + 年增长率) / 12",
        ),
        Derived(
            "wallet_0_{s}",
            "wallet_yearly_{s} / 12",
            "RMB bn per M people per month",
            "spend per shopper at t0, monthly",
            "初始每位网购用户的月网购支出",
        ),
        Derived(
            "wallet_growth_rate",
            "log1p(wallet_growth) / 12",
            "per month",
            "ln(1 + yearly wallet growth) / 12",
            "钱包月增长率：ln(1 + 年增长率) / 12",
        ),
        Derived(
            "subsidy_end_month",
            "subsidy_start_month + subsidy_months",
            "month",
            "end of the full-rate programme",
            "全额扶持结束的月份",
        ),
        Derived("subsidy_share_total", "sum(subsidy_share_{u}, u)", "weight", "sum of the subsidy weights", "扶持各用途权重之和"),
        Derived(
            "subsidy_split_{u}",
            "subsidy_share_{u} / max(subsidy_share_total, EPS) if subsidy_share_total > 0 else 0",
            "fraction",
            "subsidy weights normalised to sum to 1",
            "扶持各用途所占比例（权重归一化）",
        ),
    ),
)

CALIBRATION = Section(
    "Calibration: the reference equilibrium",
    "校准：参照均衡",
    (
        Calibrated(
            "cal_buyers_{s}",
            "active_share_{s} * (max_reach * shoppers_0_{s})",
            "M people",
            "equilibrium buyers",
            "均衡状态的活跃买家",
        ),
        Calibrated(
            "cal_churn_{s}",
            "bass_adoption(cal_buyers_{s}, shoppers_0_{s}) / cal_buyers_{s}",
            "per month",
            "churn = adoption",
            "均衡流失率：流失 = 新增",
        ),
        Calibrated("cal_wallet_share_{s}", "wallet_share_0_{s}", "fraction", "equilibrium wallet share", "均衡钱包份额"),
        Calibrated(
            "cal_logit_wallet_share_{s}",
            "ln(cal_wallet_share_{s} / (1 - cal_wallet_share_{s}))",
            "dimensionless",
            "logit of the equilibrium wallet share",
            "均衡钱包份额的 logit",
        ),
        Calibrated(
            "cal_merchants_eff", "start(merchants_effective)", "M merchants", "effective merchants at t0", "第0个月的有效商家数"
        ),
        Calibrated("cal_avail", "start(availability_raw)", "dimensionless", "availability at t0", "第0个月的供给丰富度"),
        Calibrated("cal_ad_demand", "start(ad_demand)", "M merchants", "ad demand at t0", "第0个月的广告需求"),
        Calibrated("cal_fairness_factor", "start(ad_relief_raw)", "dimensionless", "1 - θ F at t0", "第0个月的 1 - θF"),
        Calibrated(
            "cal_head_share_{s}",
            "start(head_traffic_share_{s})",
            "fraction",
            "head-brand traffic share at t0",
            "第0个月头部品牌的流量占比",
        ),
        Calibrated("cal_margin_{j}", "start(margin_{j})", "fraction of sales", "merchant margin at t0", "第0个月的商家利润率"),
        Calibrated("cal_gmv_smb", "start(gmv_smb)", _BN_M, "SMB GMV at t0", "第0个月中小商家的GMV"),
        Calibrated("cal_gap", "start(fee_gap)", "fraction of GMV", "fee gap to the rival at t0", "第0个月与竞争平台的费率差"),
        Calibrated(
            "cal_commission", "start(commission)", "fraction of GMV", "commission of the reference state", "参照状态的佣金率"
        ),
        Calibrated(
            "cal_buyers_total", "sum(cal_buyers_{s}, s)", "M people", "equilibrium buyers, all segments", "均衡状态的活跃买家总数"
        ),
        Calibrated(
            "cal_graduation",
            "start(merchant_exit_smb_established) * graduation_months / merchants_smb_new_0",
            "dimensionless",
            "graduation that replaces the established merchants' exits",
            "使成熟中小商家数量保持不变的成长率（补足其退出）",
        ),
        Calibrated(
            "cal_entry_rate_{j}",
            {
                "head": "start(merchant_exit_head) / (start(free_pool_head) * start(entry_willingness_head))",
                "smb": "(start(merchant_exit_smb_new) + start(merchant_exit_smb_established))"
                " / (start(free_pool_smb) * start(entry_willingness_smb))",
            },
            "per month",
            "entry per free merchant that replaces the exits",
            "每个可入驻商家的入驻率，补足退出",
        ),
    ),
)

START_OVERRIDES = {"subsidy_spend": "0"}
"""At the start point of the calibration: no subsidy programme runs (subsidies are policies)."""

GMV = Section(
    "GMV and sales",
    "成交额与销售",
    (
        Aux("gmv", "gmv_head + gmv_smb", _BN_M, "gross merchandise value", "成交总额", save=("GMV", "GMV（成交总额）")),
        Aux(
            "gmv_{s}",
            "buyers_{s} * wallet_{s} * wallet_share_{s} * availability",
            _BN_M,
            "GMV by buyer segment",
            "各买家分层的GMV",
            save={
                "high_tier": ("GMV, higher-tier buyers", "一二线买家GMV"),
                "low_tier": ("GMV, lower-tier buyers", "下沉市场买家GMV"),
            },
        ),
        Aux(
            "gmv_{j}",
            {"head": "sum(gmv_{s} * (1 - smb_sales_share_{s}), s)", "smb": "sum(gmv_{s} * smb_sales_share_{s}, s)"},
            _BN_M,
            "GMV by merchant type",
            "各类商家的GMV",
            save={"head": ("GMV, head brands", "头部品牌GMV"), "smb": ("GMV, small merchants", "中小商家GMV")},
        ),
        Aux(
            "smb_sales_share_{s}",
            "smb_traffic_share_{s} * conversion_smb_{s}"
            " / (head_traffic_share_{s} * conversion_head_{s} + smb_traffic_share_{s} * conversion_smb_{s})",
            "fraction",
            "small merchants' share of a segment's sales: traffic weighted by conversion",
            "中小商家在该分层销售额中的占比：流量按转化率加权",
        ),
        Aux("safe_gmv", "max(gmv, EPS)", _BN_M, "GMV, floored (a divisor)", "GMV（设下限，作除数）"),
        Aux(
            "safe_gmv_{j}",
            "max(gmv_{j}, EPS)",
            _BN_M,
            "GMV by merchant type, floored (a divisor)",
            "各类商家的GMV（设下限，作除数）",
        ),
        Aux(
            "availability_raw",
            "merchants_effective / (merchants_effective + availability_half)",
            "dimensionless",
            "variety available to buyers: saturating in effective merchants",
            "买家可选的供给丰富度：随有效商家数饱和增长",
        ),
        Aux(
            "availability",
            "availability_raw / cal_avail",
            "dimensionless",
            "availability relative to t0",
            "相对第0个月的供给丰富度",
        ),
    ),
)

BUYERS = Section(
    "Buyers",
    "买家",
    (
        Aux("buyers", "sum(buyers_{s}, s)", "M people", "active buyers", "活跃买家", save=("Active buyers", "活跃买家")),
        Stock(
            "buyers_{s}",
            "cal_buyers_{s} * start_buyers_frac",
            "M people",
            "active buyers by segment",
            "各分层的活跃买家",
            inflows=("adoption_{s}",),
            outflows=("churn_{s}",),
            save={
                "high_tier": ("Active buyers, higher tier", "一二线活跃买家"),
                "low_tier": ("Active buyers, lower tier", "下沉市场活跃买家"),
            },
        ),
        Stock(
            "wallet_share_{s}",
            "cal_wallet_share_{s} * start_wallet_share_frac",
            "fraction",
            "share of a buyer's online spend on the platform",
            "买家网购支出花在本平台的份额",
            inflows=("wallet_share_change_{s}",),
            save={
                "high_tier": ("Wallet share, higher tier", "一二线钱包份额"),
                "low_tier": ("Wallet share, lower tier", "下沉市场钱包份额"),
            },
        ),
        Aux(
            "utility_{s}",
            "clip(-price_sensitivity_{s} * relative_price_{s} + variety"
            " + brand_taste_{s} * (head_traffic_share_{s} - cal_head_share_{s})"
            " + logistics_utility_{s} * logistics_coverage, -20, 20)",
            "utility",
            "the platform's attraction against the rival, relative to t0",
            "本平台相对竞争平台的吸引力（相对第0个月）",
        ),
        Aux(
            "wallet_share_target_{s}",
            "sigmoid(utility_{s} + cal_logit_wallet_share_{s})",
            "fraction",
            "wallet share buyers move towards",
            "买家钱包份额趋向的目标值",
        ),
        Flow(
            "wallet_share_change_{s}",
            "(wallet_share_target_{s} - wallet_share_{s}) / wallet_share_months",
            "fraction per month",
            "first-order adjustment of the wallet share",
            "钱包份额的一阶调整",
        ),
        Aux("reach_{s}", "max_reach * shoppers_{s}", "M people", "shoppers the platform can reach", "平台可触达的网购用户"),
        Flow(
            "adoption_{s}",
            "bass_adoption(buyers_{s}, shoppers_{s}) * exp(adoption_sensitivity * utility_{s})",
            "M people per month",
            "new buyers: Bass diffusion, faster when the platform is more attractive",
            "新增买家：巴斯扩散，平台越有吸引力越快",
        ),
        Aux(
            "churn_demand_{s}",
            "cal_churn_{s} * buyers_{s} * exp(-churn_sensitivity * utility_{s}) + max(buyers_{s} - reach_{s}, 0) / leave_months",
            "M people per month",
            "buyers who would leave: base churn, more when less attractive, and any above the reach",
            "想要离开的买家：基础流失，吸引力下降时更多，超出可触达人数的部分也离开",
        ),
        Flow("churn_{s}", "min(churn_demand_{s}, buyers_{s} / dt)", "M people per month", "buyers leaving", "流失的买家"),
    ),
)

MERCHANTS = Section(
    "Merchants",
    "商家",
    (
        Aux(
            "merchants",
            "merchants_head + merchants_smb_new + merchants_smb_established",
            "M merchants",
            "merchants",
            "商家总数",
            save=("Merchants", "商家总数"),
        ),
        Stock(
            "merchants_head",
            "merchants_head_0",
            "M merchants",
            "head-brand merchants",
            "头部品牌商家",
            inflows=("merchant_entry_head",),
            outflows=("merchant_exit_head",),
            save=("Head-brand merchants", "头部品牌商家"),
        ),
        Stock(
            "merchants_smb_new",
            "merchants_smb_new_0",
            "M merchants",
            "new small merchants (the first stage of an aging chain)",
            "新入驻中小商家（成长链的第一阶段）",
            inflows=("merchant_entry_smb",),
            outflows=("merchant_exit_smb_new", "smb_graduation"),
            save=("New small merchants", "新入驻中小商家"),
        ),
        Stock(
            "merchants_smb_established",
            "merchants_smb_established_0",
            "M merchants",
            "established small merchants",
            "成熟中小商家",
            inflows=("smb_graduation",),
            outflows=("merchant_exit_smb_established",),
            save=("Established small merchants", "成熟中小商家"),
        ),
        Aux(
            "merchants_smb_effective",
            "merchants_smb_established + new_smb_weight * merchants_smb_new",
            "M merchants",
            "small merchants, new ones weighted",
            "中小商家数，新商家按权重计",
        ),
        Aux(
            "merchants_effective",
            "max(merchants_head + merchants_smb_effective, EPS)",
            "M merchants",
            "effective merchants",
            "有效商家数",
        ),
        Aux(
            "merchant_count_{j}",
            {"head": "merchants_head", "smb": "merchants_smb_effective"},
            "M merchants",
            "merchants that carry fixed costs",
            "承担固定成本的商家数",
        ),
        Aux(
            "merchant_stock_{j}",
            {"head": "merchants_head", "smb": "merchants_smb_new + merchants_smb_established"},
            "M merchants",
            "merchants on the platform",
            "平台上的商家数",
        ),
    ),
)

TRAFFIC = Section(
    "Traffic allocation",
    "流量分配",
    (
        Aux(
            "head_traffic_share",
            "sum(head_traffic_share_{s} * buyers_{s}, s) / max(buyers, EPS)",
            "fraction",
            "head brands' share of traffic, buyer-weighted",
            "头部品牌的流量占比（按买家加权）",
            save=("Head-brand traffic share", "头部品牌流量占比"),
        ),
        Aux(
            "head_traffic_share_{s}",
            "1 - smb_traffic_share_{s}",
            "fraction",
            "head brands' share of traffic by segment",
            "各分层中头部品牌的流量占比",
            save={
                "high_tier": ("Head-brand traffic share, higher tier", "头部品牌流量占比（一二线）"),
                "low_tier": ("Head-brand traffic share, lower tier", "头部品牌流量占比（下沉）"),
            },
        ),
        Aux(
            "smb_gmv_share",
            "gmv_smb / safe_gmv",
            "fraction",
            "small merchants' share of GMV",
            "中小商家的GMV占比",
            save=("SMB share of GMV", "中小商家GMV占比"),
        ),
        Aux(
            "smb_traffic_share_{s}",
            "long_tail_floor * count_share_smb"
            " + (1 - long_tail_floor) * (fairness * merit_share_smb_{s} + (1 - fairness) * bid_share_smb)",
            "fraction",
            "small merchants' share of traffic: a floor by count, the rest by merit (weight F) or by bid",
            "中小商家的流量占比：按数量保底，其余按性价比（权重 F）或按出价分配",
        ),
        Aux(
            "merit_share_smb_{s}",
            "smb_quality_weight / max(smb_quality_weight + merchants_head * merit_power_{s}, EPS)",
            "fraction",
            "small merchants' share of merit-ranked traffic",
            "按性价比分配的流量中中小商家的份额",
        ),
        Aux(
            "smb_quality_weight",
            "merchants_smb_effective * smb_capability ** merit_exponent",
            "M merchants",
            "small merchants weighted by capability",
            "按能力加权的中小商家数",
        ),
        Aux(
            "bid_share_smb",
            "merchants_smb_effective / max(merchants_smb_effective + merchants_head * bid ** bid_exponent, EPS)",
            "fraction",
            "small merchants' share of bid-ranked traffic",
            "按出价分配的流量中中小商家的份额",
        ),
        Aux(
            "count_share_smb",
            "merchants_smb_effective / merchants_effective",
            "fraction",
            "small merchants' share by count",
            "中小商家按数量计的份额",
        ),
        Aux(
            "bid",
            "bid_ratio * exp(clip(bid_margin_response * change_since_start(perceived_margin_gap), -20, 20))",
            "dimensionless",
            "head brands' bid relative to small merchants': rises with their margin lead",
            "头部品牌相对中小商家的出价：其利润率领先越多，出价越高",
        ),
        Aux(
            "perceived_margin_gap",
            "perceived_margin_head - perceived_margin_smb",
            "fraction of sales",
            "head brands' perceived margin lead",
            "头部品牌感知利润率的领先幅度",
        ),
    ),
)

MARGINS = Section(
    "Merchant margins",
    "商家利润率",
    (
        Stock(
            "perceived_margin_{j}",
            "cal_margin_{j}",
            "fraction of sales",
            "margin merchants believe they make",
            "商家自认为的利润率",
            inflows=("perceived_margin_change_{j}",),
            save={
                "head": ("Perceived margin, head brands", "头部品牌感知利润率"),
                "smb": ("Perceived margin, small merchants", "中小商家感知利润率"),
            },
        ),
        Aux(
            "margin_{j}",
            "clip(gross_margin_{j} - commission - ad_cost_{j} + subsidy_merchant_{j} / safe_gmv_{j}"
            " - fixed_cost_{j} * merchant_count_{j} / safe_gmv_{j}, -1, 1)",
            "fraction of sales",
            "margin after fees, ads, subsidy and fixed costs",
            "扣除佣金、广告、扶持和固定成本后的利润率",
            save={
                "head": ("Actual margin, head brands", "头部品牌实际利润率"),
                "smb": ("Actual margin, small merchants", "中小商家实际利润率"),
            },
        ),
        Flow(
            "perceived_margin_change_{j}",
            "(margin_{j} - perceived_margin_{j}) / margin_months",
            "fraction of sales per month",
            "perception catching up with the actual margin",
            "感知利润率向实际利润率靠拢",
        ),
    ),
)

PRICES = Section(
    "Ads, fees and prices",
    "广告、费用与价格",
    (
        Aux(
            "ad_intensity",
            "ad_revenue / safe_gmv",
            "fraction of GMV",
            "ad revenue per GMV",
            "广告收入占GMV的比例",
            save=("Ad revenue / GMV", "广告收入/GMV"),
        ),
        Aux(
            "take_rate",
            "platform_revenue / safe_gmv",
            "fraction of GMV",
            "platform revenue per GMV",
            "平台收入占GMV的比例",
            save=("Take rate (revenue / GMV)", "货币化率（收入/GMV）"),
        ),
        Stock(
            "cpc_index",
            "1",
            "index",
            "click price relative to t0",
            "相对第0个月的点击价格",
            inflows=("cpc_change",),
            save=("Click-price index", "点击价格指数"),
        ),
        Stock(
            "rival_fee",
            "rival_fee_0",
            "fraction of GMV",
            "the rival's commission",
            "竞争平台的佣金率",
            inflows=("rival_fee_change",),
            save=("Rival commission", "竞争平台佣金率"),
        ),
        Aux(
            "relative_price_{s}",
            "price_gap - smb_discount * (smb_traffic_share_{s} - (1 - cal_head_share_{s}))",
            "ln index",
            "log price relative to the rival: fees passed through, less the small merchants' discount",
            "相对竞争平台的对数价格：转嫁的费用，减去中小商家的价格优势",
            save={
                "high_tier": ("Relative price vs rival, higher tier", "相对竞争平台价格（一二线）"),
                "low_tier": ("Relative price vs rival, lower tier", "相对竞争平台价格（下沉）"),
            },
        ),
        Aux(
            "ad_relief_raw",
            "1 - fairness_ad_relief * fairness",
            "dimensionless",
            "ad spend left under fair traffic",
            "公平流量下剩余的广告支出",
        ),
        Aux(
            "ad_relief",
            "ad_relief_raw / cal_fairness_factor",
            "dimensionless",
            "ad spend under fair traffic relative to t0",
            "相对第0个月的公平流量下的广告支出",
        ),
        Aux("ad_scale", "ad_relief * cpc_index ** cpc_pass", "dimensionless", "ad spend relative to t0", "相对第0个月的广告支出"),
        Aux(
            "ad_cost_{j}",
            "ad_intensity_{j} * ad_scale",
            "fraction of GMV",
            "ads paid by merchant type, per its GMV",
            "各类商家的广告支出占其GMV的比例",
        ),
        Aux(
            "ad_demand",
            "merchants_head * bid + merchants_smb_effective",
            "M merchants",
            "bidders weighted by their bids",
            "按出价加权的竞价商家数",
        ),
        Aux(
            "cpc_target",
            "(ad_demand / cal_ad_demand) ** auction_elasticity / max(buyers / cal_buyers_total, 0.01)",
            "index",
            "click price the auction moves to: more bidding, fewer buyers",
            "竞价推动的点击价格目标：竞价越多越高，买家越少越高",
        ),
        Flow(
            "cpc_change", "(cpc_target - cpc_index) / cpc_months", "index per month", "click-price adjustment", "点击价格的调整"
        ),
        Aux(
            "merchant_subsidy_rate",
            "sum(subsidy_merchant_{j}, j) / safe_gmv",
            "fraction of GMV",
            "subsidy paid to merchants, per GMV",
            "付给商家的扶持占GMV的比例",
        ),
        Aux(
            "fee",
            "commission + ad_revenue / safe_gmv - merchant_subsidy_rate",
            "fraction of GMV",
            "what merchants pay the platform, net of subsidy",
            "商家向平台支付的费用（扣除扶持）",
        ),
        Aux("fee_gap", "fee - rival_fee - rival_ad_intensity", "fraction of GMV", "fee gap to the rival", "与竞争平台的费率差"),
        Aux(
            "price_gap",
            "pass_through * (fee_gap - cal_gap) - coupons / safe_gmv",
            "log price ratio",
            "price effect of the fee gap (passed through) and of coupons",
            "费率差（按转嫁率）与优惠券对价格的影响",
        ),
        Aux(
            "variety",
            "network_effect * ln(merchants_effective / cal_merchants_eff)",
            "utility",
            "utility of variety",
            "供给丰富带来的效用",
        ),
        Aux(
            "rival_undercut",
            "rival_fee_0 - rival_fee",
            "fraction of GMV",
            "how far the rival has cut its fee",
            "竞争平台降费的幅度",
        ),
        Aux(
            "rival_fee_target",
            "max(rival_fee_0 - rival_match_share * max(cal_commission - (commission - merchant_subsidy_rate), 0), 0)",
            "fraction of GMV",
            "the rival matches a share of our net fee cut",
            "竞争平台跟进本平台净降费的一部分",
        ),
        Flow(
            "rival_fee_change",
            "(rival_fee_target - rival_fee) / rival_match_months",
            "fraction of GMV per month",
            "the rival's fee adjustment",
            "竞争平台的费率调整",
        ),
    ),
)

PLATFORM = Section(
    "Platform finances",
    "平台财务",
    (
        Aux(
            "commission_revenue",
            "commission * gmv",
            _BN_M,
            "commission revenue",
            "佣金收入",
            save=("Commission revenue", "佣金收入"),
        ),
        Aux(
            "ad_revenue",
            "sum(ad_cost_{j} * gmv_{j}, j)",
            _BN_M,
            "ad revenue",
            "广告收入",
            save=("Ad revenue", "广告收入"),
        ),
        Aux(
            "platform_revenue",
            "commission * gmv + ad_revenue",
            _BN_M,
            "platform revenue",
            "平台收入",
            save=("Platform revenue", "平台收入"),
        ),
        Flow(
            "platform_profit",
            "platform_revenue - cost_share * gmv - opex_bn_per_month - subsidy_spend",
            _BN_M,
            "platform profit",
            "平台利润",
            save=("Platform profit", "平台利润"),
        ),
        Stock(
            "cumulative_profit",
            "0",
            "RMB bn",
            "profit summed from month 0 (reporting)",
            "自第0个月起累计的利润（仅用于报告）",
            inflows=("platform_profit",),
            save=("Cumulative profit", "累计利润"),
        ),
    ),
)

SUBSIDY = Section(
    "Subsidy programme and logistics",
    "扶持计划与物流",
    (
        Flow(
            "subsidy_spend",
            "min(subsidy_rate / 12 * subsidy_window, max(subsidy_budget_bn - subsidy_spent, 0) / dt)",
            _BN_M,
            "subsidy paid out, until the budget is spent",
            "扶持支出，直到预算用完",
            save=("Subsidy spending", "扶持支出"),
        ),
        Stock(
            "subsidy_spent",
            "0",
            "RMB bn",
            "subsidy spent so far",
            "已花费的扶持资金",
            inflows=("subsidy_spend",),
            save=("Subsidy spent (cumulative)", "累计扶持支出"),
        ),
        Stock(
            "logistics_coverage",
            "0",
            "index 0-1",
            "remote logistics coverage bought by the subsidy",
            "扶持资金带来的偏远地区物流覆盖",
            inflows=("logistics_change",),
            save=("Remote logistics coverage", "偏远地区物流覆盖"),
        ),
        Aux(
            "subsidy_window",
            "0 if time < subsidy_start_month else (1 if time < subsidy_end_month else"
            " (max(1 - (time - subsidy_end_month) / subsidy_taper_months, 0) if subsidy_taper_months > 0 else 0))",
            "dimensionless",
            "1 while the programme runs, tapering linearly after it",
            "扶持进行期间为 1，结束后线性递减",
        ),
        Aux(
            "subsidy_merchant_{j}",
            "subsidy_spend * subsidy_split_{j}",
            _BN_M,
            "subsidy paid to each merchant type",
            "付给各类商家的扶持",
        ),
        Aux(
            "logistics_spend_yearly",
            "subsidy_spend * subsidy_split_logistics * 12",
            "RMB bn per year",
            "logistics budget",
            "物流扶持预算（每年）",
        ),
        Aux(
            "logistics_target",
            "logistics_spend_yearly / (logistics_spend_yearly + logistics_half_cost)",
            "index 0-1",
            "coverage the logistics spend buys",
            "物流投入可达到的覆盖率",
        ),
        Aux(
            "coupons",
            "subsidy_spend * subsidy_split_coupons",
            _BN_M,
            "subsidy paid as buyer coupons",
            "以买家优惠券形式发放的扶持",
        ),
        Flow(
            "logistics_change",
            "(logistics_target - logistics_coverage) / logistics_months",
            "index per month",
            "logistics build-up",
            "物流覆盖的建设",
        ),
    ),
)

CAPABILITY = Section(
    "SMB capability",
    "中小商家能力",
    (
        Stock(
            "smb_capability",
            "1",
            "index",
            "small merchants' capability relative to t0 (C2M scale)",
            "中小商家相对第0个月的能力（C2M 规模）",
            inflows=("smb_capability_change",),
            save=("SMB capability", "中小商家能力指数"),
        ),
        Flow(
            "smb_capability_change",
            "((max(gmv_smb, 0) / cal_gmv_smb) ** smb_scale_elasticity - smb_capability) / smb_capability_months",
            "index per month",
            "capability follows small merchants' sales",
            "能力随中小商家的销售额变化",
        ),
    ),
)

MARKET = Section(
    "Shoppers and wallets",
    "网购用户与钱包",
    (
        Aux(
            "shoppers_{s}",
            "shoppers_0_{s} * exp(shoppers_growth_rate_{s} * time)",
            "M people",
            "online shoppers (exogenous growth)",
            "网购用户（外生增长）",
            save={
                "high_tier": ("Online shoppers, higher tier", "一二线网购用户"),
                "low_tier": ("Online shoppers, lower tier", "下沉市场网购用户"),
            },
        ),
        Aux(
            "wallet_{s}",
            "wallet_0_{s} * exp(wallet_growth_rate * time)",
            "RMB bn per M people per month",
            "online spend per shopper (exogenous growth)",
            "每位网购用户的网购支出（外生增长）",
        ),
    ),
)

ENTRY_EXIT = Section(
    "Merchant entry and exit",
    "商家入驻与退出",
    (
        Flow(
            "merchant_entry_head",
            "entry(cal_entry_rate_head, free_pool_head, entry_willingness_head)",
            _MM,
            "head brands joining",
            "入驻的头部品牌",
            save=("Head-brand entries", "头部品牌入驻"),
        ),
        Flow(
            "merchant_exit_head",
            "min(merchants_head * (base_exit_rate_head + distress_exit_head), merchants_head / dt)",
            _MM,
            "head brands leaving",
            "退出的头部品牌",
            save=("Head-brand exits", "头部品牌退出"),
        ),
        Flow(
            "merchant_entry_smb",
            "entry(cal_entry_rate_smb, free_pool_smb, entry_willingness_smb)",
            _MM,
            "small merchants joining",
            "入驻的中小商家",
            save=("Small-merchant entries", "中小商家入驻"),
        ),
        Flow(
            "merchant_exit_smb_new",
            "exit_smb_new_demand * leave_scale",
            _MM,
            "new small merchants leaving",
            "退出的新入驻中小商家",
            save=("New small-merchant exits", "新中小商家退出"),
        ),
        Flow(
            "merchant_exit_smb_established",
            "min(merchants_smb_established * (exit_rate_smb_established + distress_exit_smb), merchants_smb_established / dt)",
            _MM,
            "established small merchants leaving",
            "退出的成熟中小商家",
            save=("Established small-merchant exits", "成熟中小商家退出"),
        ),
        Flow(
            "smb_graduation",
            "graduation_demand * leave_scale",
            _MM,
            "new small merchants becoming established",
            "成长为成熟商家的新入驻中小商家",
            save=("Small merchants becoming established", "中小商家成长为成熟商家"),
        ),
        Aux(
            "free_pool_{j}",
            "max(pool_{j} - merchant_stock_{j}, 0)",
            "M merchants",
            "potential merchants not yet on the platform",
            "尚未入驻平台的潜在商家",
        ),
        Aux(
            "entry_willingness_{j}",
            "sigmoid(entry_steepness * (perceived_margin_{j} - entry_threshold - rival_undercut))",
            "fraction",
            "share of the entry rate realised: higher with the perceived margin, lower if the rival undercuts",
            "入驻意愿：感知利润率越高越强，竞争平台降费时减弱",
        ),
        Aux(
            "distress_exit_{j}",
            "distress_exit_rate * sigmoid(-entry_steepness * (perceived_margin_{j} - exit_threshold))",
            "per month",
            "extra exits when the perceived margin is low",
            "感知利润率偏低时的额外退出",
        ),
        Aux(
            "exit_smb_new_demand",
            "merchants_smb_new * (base_exit_rate_smb + distress_exit_smb)",
            _MM,
            "new small merchants who would leave",
            "想要退出的新入驻中小商家",
        ),
        Aux(
            "graduation_demand",
            "graduation_rate * merchants_smb_new",
            _MM,
            "new small merchants who would graduate",
            "将要成长为成熟商家的新入驻中小商家",
        ),
        Aux(
            "leave_smb_new",
            "exit_smb_new_demand + graduation_demand",
            _MM,
            "all departures from the new stage",
            "离开新入驻阶段的全部商家",
        ),
        Aux(
            "leave_scale",
            "merchants_smb_new / dt / leave_smb_new if leave_smb_new > merchants_smb_new / dt else 1",
            "dimensionless",
            "scales the departures down to what the stage holds in one step",
            "将离开的数量压缩到一步之内该阶段能提供的数量",
        ),
    ),
)

LEVERS = Section(
    "Levers",
    "政策杠杆",
    (
        Input(
            "commission",
            "commission",
            "commission rate (a lever: follows its schedules)",
            save=("Commission (lever)", "佣金率（杠杆）"),
        ),
        Input("fairness", "fairness", "traffic fairness (a lever)", save=("Traffic fairness (lever)", "流量公平度（杠杆）")),
        Input("subsidy_bn_per_year", "subsidy_bn_per_year", "subsidy rate as set (a lever)"),
        Aux(
            "subsidy_rate",
            "max(subsidy_bn_per_year, 0)",
            "RMB bn per year",
            "subsidy rate while the programme runs",
            "扶持进行期间的扶持力度",
            save=("Subsidy rate (lever)", "扶持力度（杠杆）"),
        ),
    ),
)

SECTIONS = (
    INPUTS,
    DERIVED,
    CALIBRATION,
    GMV,
    BUYERS,
    MERCHANTS,
    TRAFFIC,
    MARGINS,
    PRICES,
    PLATFORM,
    SUBSIDY,
    CAPABILITY,
    MARKET,
    ENTRY_EXIT,
    LEVERS,
)

MODEL: Model = compile_model(
    DIMS,
    FUNCTIONS,
    SECTIONS,
    parameters={p.name: (p.unit, p.schedulable) for p in PARAMETERS},
    start_overrides=START_OVERRIDES,
)
"""The compiled declaration (what every printer reads)."""


def _variable(name: str) -> Variable:
    v = MODEL.vars[name]
    en, zh = v.label or ("", "")
    kind: Literal["stock", "flow", "auxiliary", "lever"] = (
        "stock" if v.kind == "stock" else "flow" if v.kind == "flow" else "lever" if v.kind == "input" else "auxiliary"
    )
    return Variable(name=name, unit=v.unit, label_en=en, label_zh=zh, help_en=v.meaning, kind=kind)


VARIABLES: tuple[Variable, ...] = tuple(_variable(n) for n in MODEL.saved)
"""The saved variables of every run (the CSV's columns), with units and labels."""
VARIABLE_BY_NAME = {v.name: v for v in VARIABLES}
OUTPUTS: tuple[str, ...] = MODEL.saved

__all__ = ["DIMS", "FUNCTIONS", "MODEL", "OUTPUTS", "SECTIONS", "START_OVERRIDES", "VARIABLES", "VARIABLE_BY_NAME"]
