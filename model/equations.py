"""The model's equations: the one declaration of every stock, flow, auxiliary, input and constant.

Everything else is generated from ``MODEL`` (the compiled form of this file): the numba
time loop (``model/_kernel.py``, by ``model.codegen``), the reference equilibrium
(``model.evaluate``), the XMILE export (``model.xmile``), the equations on the reference
page (``model.reference``) and the output variables with their units (``VARIABLES``: the
columns of every run and CSV).  The language is described in ``model.sd``.

Indices (model v2, ``../shared/design/model-v2.md``):

* platform ``{_p}`` in (focal, incumbent, content): the Pinduoduo-like platform whose levers
  the app moves, a Taobao/Tmall-like incumbent and a Douyin-like content platform.  The
  focal platform keeps the public names (``gmv``, ``commission``), the rivals' carry theirs
  (``gmv_incumbent``, ``commission_content``); ``{r}`` runs over the rivals only;
* buyer segment ``{s}`` in (high_tier, low_tier, remote): higher-tier cities, lower-tier
  cities, and the remote provinces that 电商西进-type logistics programmes reach;
* goods origin / merchant type ``{k}`` in (head, smb, farm): head brands, small merchants of
  the industrial belts and factories (C2M; new and established, an aging chain), farm and
  rural-origin producers;
* subsidy use ``{u}`` in (head, smb, farm, logistics, coupons).

Time in months, money in RMB bn, people and merchants in millions, rates as fractions.

The mechanisms, each written once:

* **Incidence.**  Every charge on merchants -- commission, ads, less support -- is one
  ``charge`` per sales of each merchant type on each platform, and so is a change in their
  unit cost; a change Δ moves the price by ρ·Δ (``pass_through``) and the margin by
  −(1 − ρ)·Δ.  Coupons are paid to buyers: they lower the price buyers see by their value.
* **Goods and merit.**  A buyer's utility of goods of type k is
  ``β_q,s · ln quality − β_p,s · ln price``; merit (value for money) is quality / price.
  Traffic on a platform is shared by merchant count (the long tail), by merit (weight F)
  and by the ad auction; sales follow traffic times e^utility; the platform's value to a
  segment is the log of that sum (the inclusive value), so a price cut earns traffic
  (让利 → 流量) and whether merit traffic helps depends on the declared quality gap.
* **Ad auction.**  A share A = ℓ + (1 − ℓ)(1 − λ)(1 − F) of the traffic goes to the winners
  of the ad auction (ℓ: the ad load, sold slots; the bid-ranked organic traffic follows the
  same bids).  The click price follows the bidding pressure per slot -- the traffic a slot
  carries (A / ℓ), the bidders' values per click, the buyers -- with elasticity ε
  (a generalised second-price auction: Edelman, Ostrovsky & Schwarz 2007), and merchants'
  ad spend per sales follows the slots and the click price.
* **Buyers** split their online wallet over the platforms and other shops by a multinomial
  logit of each platform's utility (goods, variety, logistics, the content platform's
  rising attraction); they are won by word of mouth and by marketing spend (a cost per
  acquisition) and lost by churn.
* **Merchants** enter and leave online selling as a whole (by their perceived margin across
  platforms), and spread listings and effort over the platforms by relative perceived margin
  and sales per store, with a switching delay (multi-homing): a fee rise loses them to rivals.
* **Rivals** act by declared reaction rules (match a share of a fee cut, answer a subsidy,
  cut fees when they lose share) and by their own levers.
* **Experience curve.**  Small merchants' unit cost falls by a learning rate per doubling of
  their cumulative volume beyond its trend.

Calibration.  With the reference parameters, the ``Calibrated`` constants are the model's
own equations read at the start (``start(x)``): the rates that hold the reference state
still (churn, entry, graduation), the alternative-specific constants of the wallet logit and
the t0 references that the per-step equations normalise by.  Runs never recalibrate at
changed values: overrides and schedules act as policy shocks on the reference equilibrium.
Subsidies are policies: the reference state has none (``START_OVERRIDES``).  What grows
with no policy is declared: shoppers (logistic, to a ceiling), wallets (and with them
fixed costs and operating costs) and the content platform's attraction.

Guards (Sterman ch. 14): exponents of utility are clipped to [-20, 20], margins to [-1, 1],
price indices to [0.1, 10], the coupon rate and support per sales to at most 0.5, every
outflow to what the stock holds in one step and every merchant entry to the free pool.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Literal

from .registry import ELEMENT_WORDS, PARAMETERS, Variable
from .sd import Aux, Calibrated, Derived, Dim, Flow, Fn, Input, Model, Section, Stock, compile_model

PLATFORMS = ("focal", "incumbent", "content")
RIVALS = ("incumbent", "content")
SEGMENTS = ("high_tier", "low_tier", "remote")
TYPES = ("head", "smb", "farm")

DIMS = (
    Dim("p", PLATFORMS, "platform", "平台", bare=("focal",)),
    Dim("r", RIVALS, "rival platform", "竞争平台"),
    Dim("s", SEGMENTS, "buyer segment", "买家分层"),
    Dim("k", TYPES, "merchant type (goods origin)", "商家类型（货源）"),
    Dim("u", ("head", "smb", "farm", "logistics", "coupons"), "use of the subsidy", "扶持用途"),
)

_SHORT: Mapping[str, tuple[str, str]] = {
    "incumbent": ("Taobao/Tmall-like", "淘宝天猫型"),
    "content": ("Douyin-like", "抖音型"),
}


def _labels(en: str, zh: str, *indices: str) -> dict[str, tuple[str, str]]:
    """``save=`` labels for every element of a vector: ``{k}``, ``{s}`` in the texts are the
    element's words; the rivals' labels name the platform (the focal platform's do not)."""
    elements = {"p": PLATFORMS, "r": RIVALS, "s": SEGMENTS, "k": TYPES}
    out: dict[str, tuple[str, str]] = {}
    for combo in itertools.product(*(elements[i] for i in indices)):
        words = dict(zip(indices, combo, strict=True))
        e = {i: ELEMENT_WORDS[w][0] for i, w in words.items() if i not in ("p", "r")}
        z = {i: ELEMENT_WORDS[w][1] for i, w in words.items() if i not in ("p", "r")}
        text_en, text_zh = en.format(**e), zh.format(**z)
        platform = words.get("p", words.get("r", "focal"))
        if platform != "focal":
            text_en, text_zh = f"{text_en}, {_SHORT[platform][0]}", f"{text_zh}（{_SHORT[platform][1]}）"
        out[",".join(combo)] = (text_en, text_zh)
    return out


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
    Fn(
        "shares",
        ("x", "total"),
        "x / max(total, EPS)",
        "a part of a total (the total floored against division by zero)",
        "占总量的份额（总量设下限，防止除以零）",
    ),
)

_BN_M = "RMB bn per month"
_MM = "M merchants per month"

INPUTS = Section(
    "Inputs from the parameter registry",
    "来自参数表的输入",
    (
        # consumers
        Input("shoppers_0_{s}", "shoppers_{s}", "online shoppers at the start", "起点的网购用户"),
        Input("shoppers_cap_{s}", "shoppers_cap_{s}"),
        Input("shoppers_rate_{s}", "shoppers_rate_{s}"),
        Input(
            "wallet_yearly_{s}", "wallet_{s}", "online spend per shopper at the start, per year", "起点每位网购用户的年网购支出"
        ),
        Input("wallet_growth", "wallet_growth"),
        Input("active_share_{s}{_p}", "active_share_{s}{_p}"),
        Input("wallet_share_0_{s}{_p}", "wallet_share_{s}{_p}_0"),
        Input("max_reach", "max_reach"),
        Input("bass_p", "bass_p"),
        Input("bass_q", "bass_q"),
        Input("leave_months", "leave_months"),
        Input("adoption_sensitivity", "adoption_sensitivity"),
        Input("churn_sensitivity", "churn_sensitivity"),
        Input("wallet_share_months", "wallet_share_months"),
        Input("network_effect", "network_effect"),
        Input("pass_through", "pass_through"),
        Input("price_comparison", "price_comparison"),
        Input(
            "logistics_weight_{s}",
            {"high_tier": 0.0, "low_tier": 0.0, "remote": "logistics_effect"},
            "utility of logistics coverage (remote buyers only)",
            "物流覆盖的效用（仅偏远地区买家）",
        ),
        Input("logistics_half_cost", "logistics_half_cost"),
        Input("logistics_months", "logistics_months"),
        Input(
            "coupon_reach_{s}",
            {"high_tier": 0.0, "low_tier": 1.0, "remote": 1.0},
            "1 where brand coupons reach buyers",
            "品牌券覆盖的买家为 1",
        ),
        Input("start_buyers_frac", "start_buyers_frac"),
        Input("start_wallet_share_frac", "start_wallet_share_frac"),
        # goods
        Input("quality_weight_{s}", "quality_weight_{s}"),
        Input("price_weight_{s}", "price_weight_{s}"),
        Input(
            "quality_{k}_{s}",
            {"head": 1.0, "smb": "quality_smb_{s}", "farm": "quality_farm_{s}"},
            "quality of the goods as the segment's buyers see it (head brands = 1)",
            "该分层买家眼中的商品质量（头部品牌 = 1）",
        ),
        Input(
            "price_ratio_{k}",
            {"head": 1.0, "smb": "price_ratio_smb", "farm": "price_ratio_farm"},
            "price against head brands",
            "相对头部品牌的价格",
        ),
        # traffic, ads, auction
        Input("long_tail_floor", "long_tail_floor"),
        Input("bid_exponent", "bid_exponent"),
        Input("merit_exponent", "merit_exponent"),
        Input(
            "bid_value_{k}",
            {"head": 1.0, "smb": "bid_value_smb", "farm": "bid_value_farm"},
            "value per click at t0",
            "第0个月每次点击的价值",
        ),
        Input("bid_margin_response", "bid_margin_response"),
        Input(
            "ad_spend_0{_p}",
            "ad_spend{_p}",
            "merchants' ad spend per sales at the reference click price",
            "基准点击价格下商家单位销售额的广告支出",
        ),
        Input(
            "ad_weight_{k}",
            {"head": 1.0, "smb": "ad_weight_smb", "farm": "ad_weight_farm"},
            "ad spend per sales by type",
            "各类商家单位销售额的广告支出",
        ),
        Input("cpc_pass", "cpc_pass"),
        Input("auction_elasticity", "auction_elasticity"),
        Input("cpc_months", "cpc_months"),
        # merchants
        Input("sellers_head_0", "merchants_total_head", "head brands selling online at the start", "起点在线经营的头部品牌"),
        Input("sellers_farm_0", "merchants_total_farm", "farm producers selling online at the start", "起点在线经营的农产品商家"),
        Input("sellers_smb_new_0", "merchants_total_smb_new", "new small merchants at the start", "起点的新中小商家"),
        Input(
            "sellers_smb_established_0",
            "merchants_total_smb_established",
            "established small merchants at the start",
            "起点的成熟中小商家",
        ),
        Input(
            "effort_weight_0_{k}{_p}",
            "effort_{k}{_p}_0",
            "weight of listings and effort on each platform at t0",
            "第0个月各平台的店铺与经营投入权重",
        ),
        Input("multihoming_{k}", "multihoming_{k}"),
        Input("pool_{k}", "pool_{k}"),
        Input("gross_margin_{k}", "gross_margin_{k}"),
        Input("fixed_cost_{k}", "fixed_cost_{k}"),
        Input("margin_months", "margin_months"),
        Input("effort_switch_months", "effort_switch_months"),
        Input("effort_margin_sensitivity", "effort_margin_sensitivity"),
        Input("effort_sales_sensitivity", "effort_sales_sensitivity"),
        Input("entry_steepness", "entry_steepness"),
        Input("entry_threshold", "entry_threshold"),
        Input("exit_threshold", "exit_threshold"),
        Input(
            "base_exit_rate_{k}",
            {"head": "exit_rate_head", "smb": "exit_rate_smb_new", "farm": "exit_rate_farm"},
            "base exit rate (SMB: new ones)",
            "基础退出率（中小商家：新商家）",
        ),
        Input("exit_rate_smb_established", "exit_rate_smb_established"),
        Input("distress_exit_rate", "distress_exit_rate"),
        Input("graduation_months", "graduation_months"),
        Input("new_smb_weight", "new_smb_weight"),
        Input("smb_learning_rate", "smb_learning_rate"),
        Input("smb_experience_years", "smb_experience_years"),
        # platforms
        Input("payment_cost", "payment_cost"),
        Input("opex_0{_p}", "opex_bn_per_month{_p}", "operating cost per month at the start", "起点的月运营成本"),
        Input("acquisition_cost{_p}", "acquisition_cost{_p}"),
        Input("rival_match_share_{r}", "rival_match_share_{r}"),
        Input("rival_match_months_{r}", "rival_match_months_{r}"),
        Input("rival_answer_share_{r}", "rival_answer_share_{r}"),
        Input("rival_share_response_{r}", "rival_share_response_{r}"),
        Input("content_attraction_gain", "content_attraction_gain"),
        Input("content_trend_months", "content_trend_months"),
        # the focal platform's subsidy programme
        Input("subsidy_start_month", "subsidy_start_month"),
        Input("subsidy_months", "subsidy_months"),
        Input("subsidy_taper_months", "subsidy_taper_months"),
        Input("subsidy_budget_bn", "subsidy_budget_bn"),
    ),
)

DERIVED = Section(
    "Constants derived from the inputs",
    "由输入推导的常数",
    (
        Derived(
            "wallet_0_{s}",
            "wallet_yearly_{s} / 12",
            "RMB bn per M people per month",
            "spend per shopper at t0, monthly (k RMB a year = RMB bn per M people a year)",
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
            "effort_weight_total_{k}",
            "sum(effort_weight_0_{k}{_p}, p)",
            "weight",
            "sum of the effort weights over the platforms",
            "各平台经营投入权重之和",
        ),
        Derived(
            "effort_0_{k}{_p}",
            "effort_weight_0_{k}{_p} / effort_weight_total_{k}",
            "fraction",
            "share of a merchant type's listings and effort on each platform at t0",
            "第0个月各类商家在各平台的经营投入份额",
        ),
        Derived(
            "seller_count_0_{k}",
            {"head": "sellers_head_0", "smb": "sellers_smb_new_0 + sellers_smb_established_0", "farm": "sellers_farm_0"},
            "M merchants",
            "merchants of the type selling online at t0",
            "第0个月在线经营的该类商家",
        ),
        Derived(
            "learning_exponent",
            "-ln(1 - smb_learning_rate) / ln(2)",
            "dimensionless",
            "experience-curve exponent: cost × (1 − learning rate) per doubling",
            "经验曲线指数：累计产量每翻一番，成本乘以 (1 − 学习率)",
        ),
        Derived(
            "graduation_rate",
            "cal_graduation / graduation_months",
            "per month",
            "graduation of new small merchants",
            "新入驻中小商家成长为成熟商家的速率",
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
            "cal_buyers_{s}{_p}",
            "active_share_{s}{_p} * (max_reach * shoppers_0_{s})",
            "M people",
            "equilibrium buyers",
            "均衡状态的活跃买家",
        ),
        Calibrated(
            "cal_room{_p}",
            "max(sum(max_reach * shoppers_0_{s} - cal_buyers_{s}{_p}, s), EPS)",
            "M people",
            "reachable shoppers not yet buying on the platform at t0",
            "第0个月尚未在该平台购物的可触达网购用户",
        ),
        Calibrated(
            "cal_buyers_total{_p}",
            "sum(cal_buyers_{s}{_p}, s)",
            "M people",
            "equilibrium buyers, all segments",
            "均衡状态的活跃买家总数",
        ),
        Calibrated(
            "cal_churn_{s}{_p}",
            "(bass_adoption(cal_buyers_{s}{_p}, shoppers_0_{s}) + start(acquisition_{s}{_p})) / cal_buyers_{s}{_p}",
            "per month",
            "churn = adoption + acquisition",
            "均衡流失率：流失 = 自然新增 + 营销获客",
        ),
        Calibrated(
            "cal_outside_{s}",
            "max(1 - sum(wallet_share_0_{s}{_p}, p), 0.01)",
            "fraction",
            "share of the segment's online spend outside the three platforms at t0",
            "第0个月该分层网购支出中流向三家平台以外的份额",
        ),
        Calibrated(
            "cal_wallet_asc_{s}{_p}",
            "ln(wallet_share_0_{s}{_p} / cal_outside_{s})",
            "utility",
            "the logit's constant for each platform: reproduces the t0 wallet shares",
            "钱包份额 logit 的平台常数：重现第0个月的钱包份额",
        ),
        Calibrated(
            "cal_listings{_p}",
            "start(listings{_p})",
            "M merchants",
            "listings (effective stores) at t0",
            "第0个月的有效店铺数",
        ),
        Calibrated("cal_ad_load{_p}", "start(ad_load{_p})", "fraction", "ad load at t0", "第0个月的广告位占比"),
        Calibrated(
            "cal_ad_norm{_p}",
            "sum(ad_weight_{k} * start(gmv_{k}{_p}), k) / start(gmv{_p})",
            "dimensionless",
            "sales-weighted mean ad weight at t0 (so the mean ad spend per sales is the parameter's)",
            "第0个月按销售额加权的平均广告权重（使平均广告费率等于参数值）",
        ),
        Calibrated(
            "cal_charge_{k}{_p}",
            "start(charge_{k}{_p})",
            "fraction of sales",
            "what merchants pay the platform per sales at t0",
            "第0个月商家向平台支付的费用占销售额的比例",
        ),
        Calibrated(
            "cal_sales_{k}{_p}",
            "start(gmv_{k}{_p})",
            _BN_M,
            "sales by merchant type at t0",
            "第0个月各类商家的销售额",
        ),
        Calibrated(
            "cal_smb_sales",
            "sum(cal_sales_smb{_p}, p)",
            _BN_M,
            "small merchants' sales on all platforms at t0",
            "第0个月中小商家在所有平台的销售额",
        ),
        Calibrated(
            "cal_smb_volume",
            "smb_experience_years * 12 * cal_smb_sales",
            "RMB bn",
            "small merchants' cumulative volume at t0 (real terms)",
            "第0个月中小商家的累计销量（实际值）",
        ),
        Calibrated(
            "cal_contribution_{k}{_p}",
            "start(contribution_{k}{_p})",
            "fraction of sales",
            "contribution margin at t0",
            "第0个月的边际贡献率",
        ),
        Calibrated(
            "cal_coupon_base",
            "start(coupon_base_now)",
            _BN_M,
            "head-brand sales to lower-tier and remote buyers at t0",
            "第0个月头部品牌卖给下沉与偏远买家的销售额",
        ),
        Calibrated(
            "cal_platform_value_{s}{_p}",
            "start(platform_value_{s}{_p})",
            "utility",
            "the platform's goods value to the segment at t0",
            "第0个月平台商品对该分层买家的价值",
        ),
        Calibrated(
            "cal_margin_{k}{_p}",
            "start(margin_{k}{_p})",
            "fraction of sales",
            "merchant margin at t0",
            "第0个月的商家利润率",
        ),
        Calibrated(
            "cal_sales_per_store_{k}{_p}",
            "start(sales_per_store_{k}{_p})",
            "RMB bn per M merchants per month",
            "sales per store at t0",
            "第0个月的单店销售额",
        ),
        Calibrated(
            "cal_bid_pressure{_p}",
            "start(bid_pressure_raw{_p})",
            "M merchants per M people",
            "bidding pressure per ad slot at t0",
            "第0个月每个广告位的竞价压力",
        ),
        Calibrated(
            "cal_focal_net_fee",
            "start(focal_net_fee)",
            "fraction of GMV",
            "the focal platform's merchant-side fee net of support at t0",
            "第0个月本平台扣除扶持后的商家费率",
        ),
        Calibrated(
            "cal_gmv_share{_p}", "start(gmv_share{_p})", "fraction", "share of the three platforms' GMV at t0", "第0个月的GMV份额"
        ),
        Calibrated(
            "cal_graduation",
            "start(merchant_exit_smb_established) * graduation_months / sellers_smb_new_0",
            "dimensionless",
            "graduation that replaces the established merchants' exits",
            "使成熟中小商家数量保持不变的成长率（补足其退出）",
        ),
        Calibrated(
            "cal_entry_rate_{k}",
            {
                "head": "start(merchant_exit_head) / (start(free_pool_head) * start(entry_willingness_head))",
                "smb": "(start(merchant_exit_smb_new) + start(merchant_exit_smb_established))"
                " / (start(free_pool_smb) * start(entry_willingness_smb))",
                "farm": "start(merchant_exit_farm) / (start(free_pool_farm) * start(entry_willingness_farm))",
            },
            "per month",
            "entry per free merchant that replaces the exits",
            "每个可入驻商家的入驻率，补足退出",
        ),
    ),
)

START_OVERRIDES = {
    "subsidy_spend": "0",
    "support_rate_{k}{_p}": "0",
    "coupon_rate": "0",
    "price_{k}{_p}": "1",
    "bid_value_now_{k}{_p}": "bid_value_{k}",
}
"""At the start point of the calibration: no subsidy programme runs and nobody pays support
or coupons (subsidies are policies); prices are at their reference index 1 and bids at their
reference values (what the calibrated t0 references are computed from)."""

MARKET = Section(
    "Shoppers and wallets",
    "网购用户与钱包",
    (
        Aux(
            "shoppers_{s}",
            "shoppers_cap_{s} * shoppers_0_{s}"
            " / max(shoppers_0_{s} + (shoppers_cap_{s} - shoppers_0_{s}) * exp(-shoppers_rate_{s} / 12 * time), EPS)",
            "M people",
            "online shoppers: logistic growth to the ceiling the population sets",
            "网购用户：逻辑斯蒂增长，趋近人口决定的上限",
            save=_labels("Online shoppers, {s}", "网购用户（{s}）", "s"),
        ),
        Aux(
            "nominal",
            "exp(wallet_growth_rate * time)",
            "index",
            "wallet (price and income) level relative to t0: scales spend, fixed costs and operating costs",
            "相对第0个月的钱包（价格与收入）水平：支出、固定成本与运营成本随之增长",
        ),
        Aux(
            "wallet_{s}",
            "wallet_0_{s} * nominal",
            "RMB bn per M people per month",
            "online spend per shopper (exogenous growth)",
            "每位网购用户的网购支出（外生增长）",
        ),
        Aux(
            "reach_{s}",
            "max_reach * shoppers_{s}",
            "M people",
            "shoppers a platform can reach",
            "一个平台可触达的网购用户",
        ),
    ),
)

GMV = Section(
    "GMV: goods origin × buyer segment × platform",
    "成交额：货源 × 买家分层 × 平台",
    (
        Aux(
            "gmv{_p}",
            "sum(gmv_{s}{_p}, s)",
            _BN_M,
            "gross merchandise value",
            "成交总额",
            save=_labels("GMV", "GMV（成交总额）", "p"),
        ),
        Aux(
            "gmv_{s}{_p}",
            "buyers_{s}{_p} * wallet_{s} * wallet_share_{s}{_p}",
            _BN_M,
            "GMV by buyer segment",
            "各买家分层的GMV",
            save={k: v for k, v in _labels("GMV, buyers in {s}", "GMV（{s}买家）", "s", "p").items() if k.endswith("focal")},
        ),
        Aux(
            "gmv_{k}{_p}",
            "sum(gmv_{k}_{s}{_p}, s)",
            _BN_M,
            "GMV by goods origin (merchant type)",
            "各货源（商家类型）的GMV",
            save=_labels("GMV, {k}", "GMV（{k}）", "k", "p"),
        ),
        Aux(
            "gmv_{k}_{s}{_p}",
            "gmv_{s}{_p} * sales_share_{k}_{s}{_p}",
            _BN_M,
            "GMV of goods of one origin bought by one segment",
            "某一货源的商品卖给某一分层买家的GMV",
            save={k: v for k, v in _labels("GMV, {k} → {s}", "GMV（{k} → {s}）", "k", "s", "p").items() if k.endswith("focal")},
        ),
        Aux("safe_gmv{_p}", "max(gmv{_p}, EPS)", _BN_M, "GMV, floored (a divisor)", "GMV（设下限，作除数）"),
        Aux(
            "gmv_market",
            "sum(gmv{_p}, p)",
            _BN_M,
            "GMV of the three platforms",
            "三家平台的GMV合计",
            save=("GMV, three platforms", "三家平台GMV合计"),
        ),
        Aux(
            "gmv_share{_p}",
            "gmv{_p} / max(gmv_market, EPS)",
            "fraction",
            "share of the three platforms' GMV",
            "在三家平台GMV中的份额",
            save=_labels("Market share (GMV)", "市场份额（GMV）", "p"),
        ),
        Aux(
            "smb_gmv_share{_p}",
            "gmv_smb{_p} / safe_gmv{_p}",
            "fraction",
            "small merchants' share of GMV",
            "中小商家的GMV占比",
            save=_labels("SMB share of GMV", "中小商家GMV占比", "p"),
        ),
        Aux(
            "coupon_base_now",
            "gmv_head_low_tier + gmv_head_remote",
            _BN_M,
            "head-brand sales to lower-tier and remote buyers (what brand coupons can reach)",
            "头部品牌卖给下沉与偏远买家的销售额（品牌券可覆盖的部分）",
        ),
    ),
)

TWO_WAY = Section(
    "Two-way flow of goods (消费平权)",
    "商品双向流动（消费平权）",
    (
        Aux(
            "brand_access{_p}",
            "(gmv_head_low_tier{_p} + gmv_head_remote{_p}) / max(gmv_low_tier{_p} + gmv_remote{_p}, EPS)",
            "fraction",
            "head-brand goods' share of lower-tier and remote buyers' spend (brands flowing down)",
            "下沉与偏远买家支出中头部品牌商品的占比（品牌下沉）",
            save=_labels("Brand goods in lower-tier spend", "下沉市场支出中的品牌商品占比", "p"),
        ),
        Aux(
            "upward_flow{_p}",
            "(gmv_smb_high_tier{_p} + gmv_farm_high_tier{_p}) / max(gmv_high_tier{_p}, EPS)",
            "fraction",
            "small-merchant and farm goods' share of higher-tier buyers' spend (goods flowing up)",
            "一二线买家支出中中小商家与农产品的占比（好货上行）",
            save=_labels("SMB and farm goods in higher-tier spend", "一二线支出中的中小商家与农产品占比", "p"),
        ),
        Aux(
            "two_way_flow_share{_p}",
            "(gmv_head_low_tier{_p} + gmv_head_remote{_p} + gmv_smb_high_tier{_p} + gmv_farm_high_tier{_p}) / safe_gmv{_p}",
            "fraction",
            "share of GMV that crosses tiers: brand goods to lower-tier and remote buyers plus"
            " small-merchant and farm goods to higher-tier buyers",
            "跨层级流动的GMV占比：品牌商品卖给下沉与偏远买家，加上中小商家与农产品卖给一二线买家",
            save=_labels("Two-way flow (share of GMV)", "双向流动（占GMV）", "p"),
        ),
    ),
)

BUYERS = Section(
    "Buyers and wallet shares",
    "买家与钱包份额",
    (
        Aux(
            "buyers{_p}",
            "sum(buyers_{s}{_p}, s)",
            "M people",
            "active buyers",
            "活跃买家",
            save=_labels("Active buyers", "活跃买家", "p"),
        ),
        Stock(
            "buyers_{s}{_p}",
            {
                "focal": "cal_buyers_{s}{_p} * start_buyers_frac",
                "incumbent": "cal_buyers_{s}{_p}",
                "content": "cal_buyers_{s}{_p}",
            },
            "M people",
            "active buyers by segment",
            "各分层的活跃买家",
            inflows=("adoption_{s}{_p}",),
            outflows=("churn_{s}{_p}",),
            save=_labels("Active buyers, {s}", "活跃买家（{s}）", "s", "p"),
        ),
        Stock(
            "wallet_share_{s}{_p}",
            {
                "focal": "wallet_share_0_{s}{_p} * start_wallet_share_frac",
                "incumbent": "wallet_share_0_{s}{_p}",
                "content": "wallet_share_0_{s}{_p}",
            },
            "fraction",
            "share of an active buyer's online spend on the platform",
            "买家网购支出花在该平台的份额",
            inflows=("wallet_share_change_{s}{_p}",),
            save=_labels("Wallet share, {s}", "钱包份额（{s}）", "s", "p"),
        ),
        Aux(
            "platform_bonus_{s}{_p}",
            {
                "focal": "logistics_weight_{s} * logistics_coverage",
                "incumbent": "0",
                "content": "content_attraction",
            },
            "utility",
            "the focal platform's remote logistics; the content platform's rising attraction",
            "本平台的偏远地区物流；内容平台不断上升的吸引力",
        ),
        Aux(
            "utility_{s}{_p}",
            "clip(platform_value_{s}{_p} - cal_platform_value_{s}{_p}"
            " - price_comparison * price_weight_{s} * relative_price_{s}{_p}"
            " + network_effect * ln(max(listings{_p}, EPS) / cal_listings{_p}) + platform_bonus_{s}{_p}, -20, 20)",
            "utility",
            "the platform's attraction to the segment relative to t0: its goods (prices, quality, traffic),"
            " its price level against the same goods elsewhere (比价), variety and the platform's own terms",
            "平台对该分层买家的吸引力（相对第0个月）：商品（价格、质量、流量）、与别处同样商品相比的价格水平（比价）、"
            "丰富度与平台自身因素",
        ),
        Aux(
            "relative_price_{s}{_p}",
            "sum(sales_share_{k}_{s}{_p} * ln(price_seen_{k}_{s}{_p} / price_ratio_{k}), k)",
            "ln index",
            "the platform's price level for the segment relative to t0 (log, sales-weighted, after coupons)",
            "平台对该分层买家的价格水平（相对第0个月，对数，按销售额加权，扣除优惠券）",
            save={
                k: v
                for k, v in _labels("Price level vs t0, {s}", "价格水平（相对第0个月，{s}）", "s", "p").items()
                if k.endswith("focal")
            },
        ),
        Aux(
            "wallet_logit_{s}{_p}",
            "exp(utility_{s}{_p} + cal_wallet_asc_{s}{_p})",
            "dimensionless",
            "exp(utility + constant): the platform's weight in the wallet logit",
            "exp(效用 + 常数)：该平台在钱包 logit 中的权重",
        ),
        Aux(
            "wallet_logit_total_{s}",
            "1 + sum(wallet_logit_{s}{_p}, p)",
            "dimensionless",
            "the logit's denominator: the platforms' weights plus other shops' (1)",
            "logit 的分母：三家平台的权重加其他渠道（1）",
        ),
        Aux(
            "wallet_share_target_{s}{_p}",
            "wallet_logit_{s}{_p} / wallet_logit_total_{s}",
            "fraction",
            "wallet share buyers move towards: a multinomial logit over the platforms and other shops (weight 1)",
            "买家钱包份额趋向的目标：在三家平台与其他渠道（权重 1）之间的多项 logit",
        ),
        Flow(
            "wallet_share_change_{s}{_p}",
            "(wallet_share_target_{s}{_p} - wallet_share_{s}{_p}) / wallet_share_months",
            "fraction per month",
            "first-order adjustment of the wallet share",
            "钱包份额的一阶调整",
        ),
        Aux(
            "room_{s}{_p}",
            "max(reach_{s} - buyers_{s}{_p}, 0)",
            "M people",
            "reachable shoppers not buying on the platform",
            "尚未在该平台购物的可触达网购用户",
        ),
        Aux(
            "acquisition_{s}{_p}",
            "min(max(marketing_bn_per_year{_p}, 0) / 12 * 1000 / acquisition_cost{_p} * room_{s}{_p} / cal_room{_p},"
            " room_{s}{_p} / dt)",
            "M people per month",
            "buyers bought by marketing: spend / cost per acquisition at t0, fewer as the room to win shrinks",
            "营销获得的买家：投入 / 第0个月的单客获客成本，可争取的用户越少获客越少",
        ),
        Flow(
            "adoption_{s}{_p}",
            "(bass_adoption(buyers_{s}{_p}, shoppers_{s}) + acquisition_{s}{_p}) * exp(adoption_sensitivity * utility_{s}{_p})",
            "M people per month",
            "new buyers: Bass diffusion and marketing, more when the platform is more attractive",
            "新增买家：巴斯扩散加营销获客，平台越有吸引力越多",
        ),
        Aux(
            "churn_demand_{s}{_p}",
            "cal_churn_{s}{_p} * buyers_{s}{_p} * exp(-churn_sensitivity * utility_{s}{_p})"
            " + max(buyers_{s}{_p} - reach_{s}, 0) / leave_months",
            "M people per month",
            "buyers who would leave: base churn, more when less attractive, and any above the reach",
            "想要离开的买家：基础流失，吸引力下降时更多，超出可触达人数的部分也离开",
        ),
        Flow(
            "churn_{s}{_p}",
            "min(churn_demand_{s}{_p}, buyers_{s}{_p} / dt)",
            "M people per month",
            "buyers leaving",
            "流失的买家",
        ),
    ),
)

GOODS = Section(
    "Goods: prices, quality, merit and sales",
    "商品：价格、质量、性价比与销售",
    (
        Aux(
            "price_{k}{_p}",
            "clip(1 + pass_through * (charge_{k}{_p} - cal_charge_{k}{_p} + cost_change_{k}), 0.1, 10)",
            "index",
            "price of the type's goods on the platform relative to t0: charges and cost changes passed through (ρ)",
            "该类商品在该平台的价格（相对第0个月）：费用与成本变化按转嫁率 ρ 传导",
            save=_labels("Price index, {k}", "价格指数（{k}）", "k", "p"),
        ),
        Aux(
            "coupon_{s}{_p}",
            {"focal": "coupon_reach_{s} * coupon_rate", "incumbent": "0", "content": "0"},
            "fraction of price",
            "brand coupons per sales of head-brand goods (the focal platform, lower-tier and remote buyers)",
            "头部品牌商品的品牌券优惠率（本平台，下沉与偏远买家）",
        ),
        Aux(
            "price_seen_{k}_{s}{_p}",
            {
                "head": "price_head{_p} * (1 - coupon_{s}{_p})",
                "smb": "price_ratio_smb * price_smb{_p}",
                "farm": "price_ratio_farm * price_farm{_p}",
            },
            "index",
            "price buyers pay, against head brands' at t0 (after coupons)",
            "买家实际支付的价格（以第0个月头部品牌为 1，扣除优惠券）",
        ),
        Aux(
            "goods_utility_{k}_{s}{_p}",
            "clip(quality_weight_{s} * ln(quality_{k}_{s}) - price_weight_{s} * ln(price_seen_{k}_{s}{_p}), -20, 20)",
            "utility",
            "a buyer's utility of the goods: quality weighed against price",
            "买家对该商品的效用：质量与价格的权衡",
        ),
        Aux(
            "merit_{k}_{s}{_p}",
            "quality_{k}_{s} / price_seen_{k}_{s}{_p}",
            "index",
            "value for money (性价比): quality / price",
            "性价比：质量 / 价格",
        ),
        Aux(
            "attraction_{k}_{s}{_p}",
            "traffic_{k}_{s}{_p} * exp(goods_utility_{k}_{s}{_p})",
            "dimensionless",
            "sales weight: traffic × e^utility (buyers buy more of what they are shown and like)",
            "销售权重：流量 × e^效用（买家多买看到且喜欢的商品）",
        ),
        Aux(
            "attraction_total_{s}{_p}",
            "max(attraction_head_{s}{_p} + attraction_smb_{s}{_p} + attraction_farm_{s}{_p}, EPS)",
            "dimensionless",
            "sum of the sales weights",
            "销售权重之和",
        ),
        Aux(
            "sales_share_{k}_{s}{_p}",
            "attraction_{k}_{s}{_p} / attraction_total_{s}{_p}",
            "fraction",
            "the type's share of the segment's purchases on the platform",
            "该类商品在该分层买家于该平台购买中的占比",
        ),
        Aux(
            "platform_value_{s}{_p}",
            "ln(attraction_total_{s}{_p})",
            "utility",
            "the goods' value to the segment: the log of traffic-weighted e^utility (inclusive value)",
            "平台商品对该分层买家的价值：按流量加权的 e^效用 之和取对数（包容值）",
        ),
    ),
)

TRAFFIC = Section(
    "Traffic allocation and the ad auction",
    "流量分配与广告竞价",
    (
        Aux(
            "auctioned_share{_p}",
            "ad_load{_p} + (1 - ad_load{_p}) * (1 - long_tail_floor) * (1 - fairness{_p})",
            "fraction",
            "traffic that goes to the auction's winners: the ad slots plus the bid-ranked organic traffic",
            "归竞价胜出者的流量：广告位加上按出价排序的自然流量",
            save=_labels("Traffic sold by bid", "按出价分配的流量占比", "p"),
        ),
        Aux(
            "traffic_{k}_{s}{_p}",
            "(1 - ad_load{_p}) * (long_tail_floor * count_share_{k}{_p}"
            " + (1 - long_tail_floor) * fairness{_p} * merit_share_{k}_{s}{_p}) + auctioned_share{_p} * bid_share_{k}{_p}",
            "fraction",
            "the type's share of traffic: a long-tail floor by count, merit-ranked (weight F), and the auction",
            "该类商家的流量份额：按数量的长尾保底、按性价比（权重 F）、竞价",
        ),
        Aux(
            "head_traffic_share{_p}",
            "sum(traffic_head_{s}{_p} * buyers_{s}{_p}, s) / max(buyers{_p}, EPS)",
            "fraction",
            "head brands' share of traffic, buyer-weighted",
            "头部品牌的流量占比（按买家加权）",
            save=_labels("Head-brand traffic share", "头部品牌流量占比", "p"),
        ),
        Aux(
            "count_share_{k}{_p}",
            "listings_{k}{_p} / max(listings{_p}, EPS)",
            "fraction",
            "the type's share of listings",
            "该类商家的店铺数占比",
        ),
        Aux(
            "merit_weight_{k}_{s}{_p}",
            "listings_{k}{_p} * merit_{k}_{s}{_p} ** merit_exponent",
            "M merchants",
            "listings weighted by value for money",
            "按性价比加权的店铺数",
        ),
        Aux(
            "merit_share_{k}_{s}{_p}",
            "merit_weight_{k}_{s}{_p} / merit_total_{s}{_p}",
            "fraction",
            "the type's share of merit-ranked traffic",
            "按性价比分配的流量中该类商家的份额",
        ),
        Aux(
            "merit_total_{s}{_p}",
            "max(sum(merit_weight_{k}_{s}{_p}, k), EPS)",
            "M merchants",
            "sum of the merit weights",
            "性价比权重之和",
        ),
        Aux(
            "bid_value_now_{k}{_p}",
            "bid_value_{k} * (max(contribution_{k}{_p}, 0.005) / max(cal_contribution_{k}{_p}, 0.005)) ** bid_margin_response",
            "dimensionless",
            "value of a click to the type (head brands at t0 = 1): conversion × the margin on one more sale, so it"
            " follows the contribution margin (floored at 0.5 %)",
            "一次点击对该类商家的价值（第0个月头部品牌 = 1）：转化率 × 多卖一单的利润，随边际贡献率变化（下限 0.5%）",
        ),
        Aux(
            "bid_weight_{k}{_p}",
            "listings_{k}{_p} * bid_value_now_{k}{_p} ** bid_exponent",
            "M merchants",
            "listings weighted by their bids",
            "按出价加权的店铺数",
        ),
        Aux(
            "bid_share_{k}{_p}",
            "bid_weight_{k}{_p} / bid_total{_p}",
            "fraction",
            "the type's share of the auction's traffic (价高者得)",
            "竞价流量中该类商家的份额（价高者得）",
        ),
        Aux(
            "bid_total{_p}",
            "max(sum(bid_weight_{k}{_p}, k), EPS)",
            "M merchants",
            "sum of the bid weights",
            "出价权重之和",
        ),
        Aux(
            "bid_pressure_raw{_p}",
            "auctioned_share{_p} / ad_load{_p} * sum(listings_{k}{_p} * bid_value_now_{k}{_p}, k) / max(buyers{_p}, EPS)",
            "M merchants per M people",
            "bidding pressure per ad slot: traffic a slot carries × bidders' values / buyers",
            "每个广告位的竞价压力：一个广告位带来的流量 × 出价者的点击价值 / 买家",
        ),
        Aux(
            "cpc_target{_p}",
            "(bid_pressure_raw{_p} / cal_bid_pressure{_p}) ** auction_elasticity",
            "index",
            "click price the auction moves to",
            "竞价推动的点击价格目标",
        ),
        Stock(
            "cpc_index{_p}",
            "1",
            "index",
            "click price relative to t0",
            "相对第0个月的点击价格",
            inflows=("cpc_change{_p}",),
            save=_labels("Click-price index", "点击价格指数", "p"),
        ),
        Flow(
            "cpc_change{_p}",
            "(cpc_target{_p} - cpc_index{_p}) / cpc_months",
            "index per month",
            "click-price adjustment",
            "点击价格的调整",
        ),
        Aux(
            "ad_cost_{k}{_p}",
            "ad_spend_0{_p} * ad_weight_{k} / cal_ad_norm{_p} * (ad_load{_p} / cal_ad_load{_p}) * cpc_index{_p} ** cpc_pass",
            "fraction of sales",
            "ads the type pays per sales: slots bought × click price (elasticity ν)",
            "该类商家单位销售额的广告支出：购买的广告位 × 点击价格（弹性 ν）",
        ),
    ),
)

CHARGES = Section(
    "Charges, incidence and margins",
    "费用、归宿与利润率",
    (
        Aux(
            "net_commission{_p}",
            {
                "focal": "max(commission, 0)",
                "incumbent": "max(commission{_p} - fee_cut{_p}, 0)",
                "content": "max(commission{_p} - fee_cut{_p}, 0)",
            },
            "fraction of GMV",
            "commission charged (rivals: their lever less their reaction)",
            "实际收取的佣金率（竞争平台：其杠杆减去其跟进降费）",
            save=_labels("Commission charged", "实收佣金率", "p"),
        ),
        Aux(
            "support_rate_{k}{_p}",
            {
                "focal": "min(support_{k} / max(recent_sales_{k}, EPS), 0.5)",
                "incumbent": "min(support_spend{_p} / recent_sales_total{_p}, 0.5)",
                "content": "min(support_spend{_p} / recent_sales_total{_p}, 0.5)",
            },
            "fraction of sales",
            "merchant support per sales (rivals: pro rata to sales), at most half of the sales (a guard)",
            "单位销售额获得的商家扶持（竞争平台：按销售额分摊），至多为销售额的一半（保护）",
        ),
        Aux(
            "recent_sales_total{_p}",
            "max(sum(recent_sales_{k}{_p}, k), EPS)",
            _BN_M,
            "sales over the last month, all types",
            "最近一个月的销售额（所有类型）",
        ),
        Stock(
            "recent_sales_{k}{_p}",
            "cal_sales_{k}{_p}",
            _BN_M,
            "sales over the last month (support per sales is paid on these)",
            "最近一个月的销售额（扶持按此计算）",
            inflows=("recent_sales_change_{k}{_p}",),
        ),
        Flow(
            "recent_sales_change_{k}{_p}",
            "gmv_{k}{_p} - recent_sales_{k}{_p}",
            _BN_M + " per month",
            "one-month smoothing of sales",
            "销售额的一个月平滑",
        ),
        Aux(
            "charge_{k}{_p}",
            "net_commission{_p} + ad_cost_{k}{_p} - support_rate_{k}{_p}",
            "fraction of sales",
            "what the type pays the platform per sales: commission + ads − support (one charge for every instrument)",
            "该类商家单位销售额向平台支付的费用：佣金 + 广告 − 扶持（所有工具同一口径）",
            save=_labels("Charge on merchants, {k}", "商家费用（{k}）", "k", "p"),
        ),
        Aux(
            "contribution_{k}{_p}",
            "gross_margin_{k} - charge_{k}{_p} - cost_change_{k} + (price_{k}{_p} - 1)",
            "fraction of sales",
            "margin on one more sale: gross margin less charges and cost changes, plus the share ρ passed to the price",
            "多卖一单的利润率：毛利减费用与成本变化，加上转嫁到价格的部分 ρ",
        ),
        Aux(
            "margin_{k}{_p}",
            "clip(contribution_{k}{_p} - fixed_cost_{k} / max(sales_per_store_{k}{_p}, EPS), -1, 1)",
            "fraction of sales",
            "margin after charges and fixed costs: the share (1 − ρ) of a charge the merchant keeps",
            "扣除费用和固定成本后的利润率：费用变化中商家自担 (1 − ρ) 的部分",
            save=_labels("Actual margin, {k}", "实际利润率（{k}）", "k", "p"),
        ),
        Stock(
            "perceived_margin_{k}{_p}",
            "cal_margin_{k}{_p}",
            "fraction of sales",
            "margin merchants believe they make",
            "商家自认为的利润率",
            inflows=("perceived_margin_change_{k}{_p}",),
            save=_labels("Perceived margin, {k}", "感知利润率（{k}）", "k", "p"),
        ),
        Flow(
            "perceived_margin_change_{k}{_p}",
            "(margin_{k}{_p} - perceived_margin_{k}{_p}) / margin_months",
            "fraction of sales per month",
            "perception catching up with the actual margin",
            "感知利润率向实际利润率靠拢",
        ),
    ),
)

MERCHANTS = Section(
    "Merchants: multi-homing listings",
    "商家：多平台经营",
    (
        Aux(
            "merchants{_p}",
            "sum(merchants_{k}{_p}, k)",
            "M merchants",
            "merchants with a store on the platform",
            "在该平台开店的商家",
            save=_labels("Merchants", "商家总数", "p"),
        ),
        Stock(
            "effort_{k}{_p}",
            "effort_0_{k}{_p}",
            "fraction",
            "share of the type's listings and effort on the platform",
            "该类商家在该平台的经营投入份额",
            inflows=("effort_change_{k}{_p}",),
            save=_labels("Effort share, {k}", "经营投入份额（{k}）", "k", "p"),
        ),
        Aux(
            "effort_pull_{k}{_p}",
            "effort_0_{k}{_p} * exp(clip(effort_margin_sensitivity * (perceived_margin_{k}{_p} - cal_margin_{k}{_p})"
            " + effort_sales_sensitivity * ln(max(sales_per_store_{k}{_p}, EPS) / cal_sales_per_store_{k}{_p}), -20, 20))",
            "fraction",
            "the platform's pull on the type's effort: its t0 share, more where the perceived margin and sales per store rose",
            "平台对该类商家的吸引：第0个月的份额，感知利润率与单店销售额上升处更多",
        ),
        Aux(
            "effort_pull_total_{k}",
            "max(sum(effort_pull_{k}{_p}, p), EPS)",
            "fraction",
            "sum of the pulls over the platforms",
            "各平台吸引力之和",
        ),
        Aux(
            "effort_target_{k}{_p}",
            "effort_pull_{k}{_p} / effort_pull_total_{k}",
            "fraction",
            "effort share merchants move towards",
            "商家经营投入份额趋向的目标",
        ),
        Flow(
            "effort_change_{k}{_p}",
            "(effort_target_{k}{_p} - effort_{k}{_p}) / effort_switch_months",
            "fraction per month",
            "merchants moving listings and effort between platforms (switching delay)",
            "商家在平台之间转移店铺与经营投入（切换有延迟）",
        ),
        Aux(
            "presence_{k}{_p}",
            "1 - (1 - clip(effort_{k}{_p}, 0, 1)) ** multihoming_{k}",
            "fraction",
            "share of the type's merchants with a store on the platform: 1 − (1 − effort)^H",
            "该类商家中在该平台开店的比例：1 − (1 − 投入份额)^H",
        ),
        Aux(
            "merchants_{k}{_p}",
            {
                "head": "sellers_head * presence_head{_p}",
                "smb": "(sellers_smb_new + sellers_smb_established) * presence_smb{_p}",
                "farm": "sellers_farm * presence_farm{_p}",
            },
            "M merchants",
            "merchants of the type with a store on the platform",
            "在该平台开店的该类商家",
            save=_labels("Merchants, {k}", "商家（{k}）", "k", "p"),
        ),
        Aux(
            "merchants_smb_new{_p}",
            "sellers_smb_new * presence_smb{_p}",
            "M merchants",
            "new small merchants on the platform",
            "平台上的新入驻中小商家",
            save=_labels("New small merchants", "新入驻中小商家", "p"),
        ),
        Aux(
            "merchants_smb_established{_p}",
            "sellers_smb_established * presence_smb{_p}",
            "M merchants",
            "established small merchants on the platform",
            "平台上的成熟中小商家",
            save=_labels("Established small merchants", "成熟中小商家", "p"),
        ),
        Aux(
            "listings_{k}{_p}",
            {
                "head": "merchants_head{_p}",
                "smb": "merchants_smb_established{_p} + new_smb_weight * merchants_smb_new{_p}",
                "farm": "merchants_farm{_p}",
            },
            "M merchants",
            "effective stores (a new small merchant counts as a fraction of an established one)",
            "有效店铺数（新入驻中小商家按权重计）",
        ),
        Aux("listings{_p}", "sum(listings_{k}{_p}, k)", "M merchants", "effective stores", "有效店铺总数"),
        Aux(
            "sales_per_store_{k}{_p}",
            "gmv_{k}{_p} / nominal / max(listings_{k}{_p}, EPS)",
            "RMB bn per M merchants per month",
            "sales per effective store, in t0 prices",
            "单个有效店铺的销售额（按第0个月价格）",
        ),
    ),
)

SELLERS = Section(
    "Merchants selling online: entry and exit",
    "在线经营的商家：入驻与退出",
    (
        Stock(
            "sellers_head",
            "sellers_head_0",
            "M merchants",
            "head brands selling online (on any platform)",
            "在线经营的头部品牌（任一平台）",
            inflows=("merchant_entry_head",),
            outflows=("merchant_exit_head",),
            save=("Head brands selling online", "在线经营的头部品牌"),
        ),
        Stock(
            "sellers_smb_new",
            "sellers_smb_new_0",
            "M merchants",
            "new small merchants selling online (the first stage of an aging chain)",
            "在线经营的新中小商家（成长链的第一阶段）",
            inflows=("merchant_entry_smb",),
            outflows=("merchant_exit_smb_new", "smb_graduation"),
            save=("New small merchants selling online", "在线经营的新中小商家"),
        ),
        Stock(
            "sellers_smb_established",
            "sellers_smb_established_0",
            "M merchants",
            "established small merchants selling online",
            "在线经营的成熟中小商家",
            inflows=("smb_graduation",),
            outflows=("merchant_exit_smb_established",),
            save=("Established small merchants selling online", "在线经营的成熟中小商家"),
        ),
        Stock(
            "sellers_farm",
            "sellers_farm_0",
            "M merchants",
            "farm and rural producers selling online",
            "在线经营的农产品商家",
            inflows=("merchant_entry_farm",),
            outflows=("merchant_exit_farm",),
            save=("Farm producers selling online", "在线经营的农产品商家"),
        ),
        Aux(
            "seller_count_{k}",
            {"head": "sellers_head", "smb": "sellers_smb_new + sellers_smb_established", "farm": "sellers_farm"},
            "M merchants",
            "merchants of the type selling online",
            "在线经营的该类商家",
        ),
        Aux(
            "market_margin_{k}",
            "sum(effort_{k}{_p} * perceived_margin_{k}{_p}, p)",
            "fraction of sales",
            "the type's perceived margin across the platforms, weighted by effort",
            "该类商家在各平台的感知利润率（按经营投入加权）",
        ),
        Aux(
            "free_pool_{k}",
            "max(pool_{k} + seller_count_0_{k} - seller_count_{k}, 0)",
            "M merchants",
            "potential merchants not selling online (the pool at t0, less the net entry since)",
            "尚未在线经营的潜在商家（第0个月的池子，减去此后的净入驻）",
        ),
        Aux(
            "entry_willingness_{k}",
            "sigmoid(entry_steepness * (market_margin_{k} - entry_threshold))",
            "fraction",
            "share of the entry rate realised: higher with the perceived margin",
            "入驻意愿：感知利润率越高越强",
        ),
        Aux(
            "distress_exit_{k}",
            "distress_exit_rate * sigmoid(-entry_steepness * (market_margin_{k} - exit_threshold))",
            "per month",
            "extra exits when the perceived margin is low",
            "感知利润率偏低时的额外退出",
        ),
        Flow(
            "merchant_entry_head",
            "entry(cal_entry_rate_head, free_pool_head, entry_willingness_head)",
            _MM,
            "head brands starting to sell online",
            "开始在线经营的头部品牌",
            save=("Head-brand entries", "头部品牌入驻"),
        ),
        Flow(
            "merchant_exit_head",
            "min(sellers_head * (base_exit_rate_head + distress_exit_head), sellers_head / dt)",
            _MM,
            "head brands leaving online selling",
            "退出在线经营的头部品牌",
            save=("Head-brand exits", "头部品牌退出"),
        ),
        Flow(
            "merchant_entry_farm",
            "entry(cal_entry_rate_farm, free_pool_farm, entry_willingness_farm)",
            _MM,
            "farm producers starting to sell online",
            "开始在线经营的农产品商家",
            save=("Farm-producer entries", "农产品商家入驻"),
        ),
        Flow(
            "merchant_exit_farm",
            "min(sellers_farm * (base_exit_rate_farm + distress_exit_farm), sellers_farm / dt)",
            _MM,
            "farm producers leaving online selling",
            "退出在线经营的农产品商家",
            save=("Farm-producer exits", "农产品商家退出"),
        ),
        Flow(
            "merchant_entry_smb",
            "entry(cal_entry_rate_smb, free_pool_smb, entry_willingness_smb)",
            _MM,
            "small merchants starting to sell online",
            "开始在线经营的中小商家",
            save=("Small-merchant entries", "中小商家入驻"),
        ),
        Flow(
            "merchant_exit_smb_new",
            "exit_smb_new_demand * leave_scale",
            _MM,
            "new small merchants leaving",
            "退出的新中小商家",
            save=("New small-merchant exits", "新中小商家退出"),
        ),
        Flow(
            "merchant_exit_smb_established",
            "min(sellers_smb_established * (exit_rate_smb_established + distress_exit_smb), sellers_smb_established / dt)",
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
            "成长为成熟商家的新中小商家",
            save=("Small merchants becoming established", "中小商家成长为成熟商家"),
        ),
        Aux(
            "exit_smb_new_demand",
            "sellers_smb_new * (base_exit_rate_smb + distress_exit_smb)",
            _MM,
            "new small merchants who would leave",
            "想要退出的新中小商家",
        ),
        Aux(
            "graduation_demand",
            "graduation_rate * sellers_smb_new",
            _MM,
            "new small merchants who would graduate",
            "将要成长为成熟商家的新中小商家",
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
            "sellers_smb_new / dt / leave_smb_new if leave_smb_new > sellers_smb_new / dt else 1",
            "dimensionless",
            "scales the departures down to what the stage holds in one step",
            "将离开的数量压缩到一步之内该阶段能提供的数量",
        ),
    ),
)

CAPABILITY = Section(
    "SMB experience curve",
    "中小商家经验曲线",
    (
        Stock(
            "smb_volume",
            "cal_smb_volume",
            "RMB bn",
            "small merchants' cumulative output on all platforms (sales in t0 prices)",
            "中小商家在所有平台的累计产出（按第0个月价格计的销售额）",
            inflows=("smb_volume_growth",),
            save=("SMB cumulative output (t0 prices)", "中小商家累计产出（第0个月价格）"),
        ),
        Flow(
            "smb_volume_growth",
            "sum(gmv_smb{_p} / price_smb{_p}, p) / nominal",
            _BN_M,
            "small merchants' output: their sales deflated by their goods' price index and the wallet level"
            " (t0 prices; the experience curve learns from quantity, not from price cuts)",
            "中小商家的产出：销售额按其商品价格指数和钱包水平平减（第0个月价格；经验曲线随产量而非降价积累）",
        ),
        Aux(
            "smb_unit_cost",
            "(smb_volume / (cal_smb_volume + cal_smb_sales * time)) ** (-learning_exponent)",
            "index",
            "small merchants' unit cost relative to its trend: the experience curve on cumulative volume",
            "中小商家单位成本（相对趋势）：基于累计产量的经验曲线",
        ),
        Aux(
            "smb_capability",
            "1 / smb_unit_cost",
            "index",
            "small merchants' capability (C2M): the inverse of their unit cost index",
            "中小商家能力（C2M）：单位成本指数的倒数",
            save=("SMB capability", "中小商家能力指数"),
        ),
        Aux(
            "cost_change_{k}",
            {"head": "0", "smb": "(1 - gross_margin_smb) * (smb_unit_cost - 1)", "farm": "0"},
            "fraction of price",
            "change in the unit cost of the type's goods, per price (head brands and farms: none declared)",
            "该类商品单位成本的变化（占价格；头部品牌与农产品：未设定）",
        ),
    ),
)

RIVALS_SECTION = Section(
    "Rivals' reactions",
    "竞争平台的反应",
    (
        Aux(
            "focal_support_rate",
            "sum(support_{k}, k) / recent_sales_total",
            "fraction of GMV",
            "the focal platform's merchant support per sales",
            "本平台单位销售额的商家扶持",
        ),
        Aux(
            "focal_net_fee",
            "commission - focal_support_rate",
            "fraction of GMV",
            "the focal platform's commission net of merchant support (what rivals compare with)",
            "本平台扣除商家扶持后的佣金率（竞争平台据此比较）",
        ),
        Aux(
            "fee_cut_target_{r}",
            "rival_match_share_{r} * max(cal_focal_net_fee - focal_net_fee, 0)"
            " + rival_share_response_{r} * max(1 - gmv_share_{r} / cal_gmv_share_{r}, 0)",
            "fraction of GMV",
            "the fee cut the rival moves to: a share of our merchant-side cut, and more when it loses share",
            "竞争平台趋向的降费：跟进本平台商家侧降费的一部分，失去份额时降得更多",
        ),
        Stock(
            "fee_cut_{r}",
            "0",
            "fraction of GMV",
            "the rival's fee cut so far (its reaction)",
            "竞争平台迄今的降费幅度（其反应）",
            inflows=("fee_cut_change_{r}",),
            save=_labels("Fee cut in reaction", "跟进降费幅度", "r"),
        ),
        Flow(
            "fee_cut_change_{r}",
            "(fee_cut_target_{r} - fee_cut_{r}) / rival_match_months_{r}",
            "fraction of GMV per month",
            "the rival's fee adjustment (delay)",
            "竞争平台的费率调整（有延迟）",
        ),
        Stock(
            "rival_answer_{r}",
            "0",
            _BN_M,
            "merchant support the rival adds in answer to our programme",
            "竞争平台为回应本平台计划而追加的商家扶持",
            inflows=("rival_answer_change_{r}",),
        ),
        Flow(
            "rival_answer_change_{r}",
            "(rival_answer_share_{r} * subsidy_spend - rival_answer_{r}) / rival_match_months_{r}",
            "RMB bn per month per month",
            "the rival's answer following our subsidy (delay)",
            "竞争平台跟随本平台扶持的回应（有延迟）",
        ),
        Aux(
            "support_spend_{r}",
            "max(subsidy_bn_per_year_{r}, 0) / 12 + rival_answer_{r}",
            _BN_M,
            "the rival's merchant support: its own programme plus its answer to ours",
            "竞争平台的商家扶持：其自身计划加对本平台的回应",
            save=_labels("Merchant support", "商家扶持支出", "r"),
        ),
        Aux(
            "content_attraction",
            "content_attraction_gain * (1 - exp(-time / content_trend_months))",
            "utility",
            "the content platform's rising attraction (short video, live streaming): declared exogenous growth",
            "内容平台不断上升的吸引力（短视频、直播）：外生设定的增长",
        ),
    ),
)

PLATFORM = Section(
    "Platform finances",
    "平台财务",
    (
        Aux(
            "commission_revenue{_p}",
            "net_commission{_p} * gmv{_p}",
            _BN_M,
            "commission revenue",
            "佣金收入",
            save=_labels("Commission revenue", "佣金收入", "p"),
        ),
        Aux(
            "ad_revenue{_p}",
            "sum(ad_cost_{k}{_p} * gmv_{k}{_p}, k)",
            _BN_M,
            "ad revenue",
            "广告收入",
            save=_labels("Ad revenue", "广告收入", "p"),
        ),
        Aux(
            "platform_revenue{_p}",
            "commission_revenue{_p} + ad_revenue{_p}",
            _BN_M,
            "platform revenue",
            "平台收入",
            save=_labels("Platform revenue", "平台收入", "p"),
        ),
        Aux(
            "ad_intensity{_p}",
            "ad_revenue{_p} / safe_gmv{_p}",
            "fraction of GMV",
            "ad revenue per GMV",
            "广告收入占GMV的比例",
            save=_labels("Ad revenue / GMV", "广告收入/GMV", "p"),
        ),
        Aux(
            "take_rate{_p}",
            "platform_revenue{_p} / safe_gmv{_p}",
            "fraction of GMV",
            "platform revenue per GMV",
            "平台收入占GMV的比例",
            save=_labels("Take rate (revenue / GMV)", "货币化率（收入/GMV）", "p"),
        ),
        Aux(
            "support_paid{_p}",
            {"focal": "subsidy_spend", "incumbent": "support_spend_incumbent", "content": "support_spend_content"},
            _BN_M,
            "subsidies and support the platform pays",
            "平台支付的补贴与扶持",
        ),
        Aux(
            "marketing_spend{_p}",
            "max(marketing_bn_per_year{_p}, 0) / 12",
            _BN_M,
            "marketing (user acquisition) spend",
            "营销（获客）支出",
            save=_labels("Marketing spend", "营销支出", "p"),
        ),
        Flow(
            "platform_profit{_p}",
            "platform_revenue{_p} - payment_cost * gmv{_p} - opex_0{_p} * nominal - marketing_spend{_p} - support_paid{_p}",
            _BN_M,
            "platform profit: revenue less payment costs, operating costs, marketing and subsidies",
            "平台利润：收入减支付成本、运营成本、营销与补贴",
            save=_labels("Platform profit", "平台利润", "p"),
        ),
        Stock(
            "cumulative_profit{_p}",
            "0",
            "RMB bn",
            "profit summed from month 0 (reporting)",
            "自第0个月起累计的利润（仅用于报告）",
            inflows=("platform_profit{_p}",),
            save=_labels("Cumulative profit", "累计利润", "p"),
        ),
    ),
)

SUBSIDY = Section(
    "The focal platform's subsidy programme and logistics",
    "本平台的扶持计划与物流",
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
        Aux(
            "subsidy_window",
            "0 if time < subsidy_start_month else (1 if time < subsidy_end_month else"
            " (max(1 - (time - subsidy_end_month) / subsidy_taper_months, 0) if subsidy_taper_months > 0 else 0))",
            "dimensionless",
            "1 while the programme runs, tapering linearly after it",
            "扶持进行期间为 1，结束后线性递减",
        ),
        Aux(
            "support_{k}",
            "subsidy_spend * subsidy_split_{k}",
            _BN_M,
            "support paid to each merchant type",
            "付给各类商家的扶持",
        ),
        Aux(
            "coupons",
            "subsidy_spend * subsidy_split_coupons",
            _BN_M,
            "subsidy paid as brand coupons to lower-tier and remote buyers",
            "以品牌券形式发给下沉与偏远买家的补贴",
        ),
        Stock(
            "coupon_base",
            "cal_coupon_base",
            _BN_M,
            "head-brand sales to lower-tier and remote buyers over the last month (coupons are spread over these)",
            "最近一个月头部品牌卖给下沉与偏远买家的销售额（品牌券按此分摊）",
            inflows=("coupon_base_change",),
        ),
        Flow(
            "coupon_base_change",
            "coupon_base_now - coupon_base",
            _BN_M + " per month",
            "one-month smoothing",
            "一个月平滑",
        ),
        Aux(
            "coupon_rate",
            "clip(coupons / max(coupon_base, EPS), 0, 0.5)",
            "fraction of price",
            "brand coupons per sales of head-brand goods to lower-tier and remote buyers",
            "下沉与偏远买家购买头部品牌商品的优惠率",
            save=("Brand-coupon rate", "品牌券优惠率"),
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
        Stock(
            "logistics_coverage",
            "0",
            "index 0-1",
            "remote logistics coverage bought by the subsidy (remote buyers only)",
            "扶持资金带来的偏远地区物流覆盖（仅偏远地区买家）",
            inflows=("logistics_change",),
            save=("Remote logistics coverage", "偏远地区物流覆盖"),
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

LEVERS = Section(
    "Levers",
    "政策杠杆",
    (
        Input(
            "commission{_p}",
            "commission{_p}",
            "commission rate (a lever: follows its schedules)",
            "佣金率（杠杆：按其时间表变化）",
            save=_labels("Commission (lever)", "佣金率（杠杆）", "p"),
        ),
        Input(
            "fairness{_p}",
            "fairness{_p}",
            "traffic fairness: share of organic traffic ranked by merit (a lever)",
            "流量公平度：按性价比分配的自然流量占比（杠杆）",
            save=_labels("Traffic fairness (lever)", "流量公平度（杠杆）", "p"),
        ),
        Input("ad_load{_p}", "ad_load{_p}", "share of impressions sold as ads (a lever)", "作为广告出售的曝光占比（杠杆）"),
        Input("marketing_bn_per_year{_p}", "marketing_bn_per_year{_p}", "marketing spend (a lever)", "营销投入（杠杆）"),
        Input(
            "subsidy_bn_per_year_{r}",
            "subsidy_bn_per_year_{r}",
            "a rival's own merchant support (a lever)",
            "竞争平台自身的商家扶持（杠杆）",
        ),
        Input("subsidy_bn_per_year", "subsidy_bn_per_year", "subsidy rate as set (a lever)", "设定的扶持力度（杠杆）"),
        Input(
            "subsidy_share_{u}", "subsidy_share_{u}", "weight of each use of the subsidy (a lever)", "扶持各用途的权重（杠杆）"
        ),
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
    MARKET,
    GMV,
    TWO_WAY,
    BUYERS,
    GOODS,
    TRAFFIC,
    CHARGES,
    MERCHANTS,
    SELLERS,
    CAPABILITY,
    RIVALS_SECTION,
    PLATFORM,
    SUBSIDY,
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

NO_GROWTH: dict[str, float] = {
    "wallet_growth": 0.0,
    **{f"shoppers_rate_{s}": 0.0 for s in SEGMENTS},
    "content_attraction_gain": 0.0,
}
"""The declared exogenous growth switched off (wallets, shoppers, the content platform's rise):
with these, every reference state holds still, exactly."""

__all__ = ["DIMS", "FUNCTIONS", "MODEL", "NO_GROWTH", "OUTPUTS", "SECTIONS", "START_OVERRIDES", "VARIABLES", "VARIABLE_BY_NAME"]
