"""The source essays' claims, each with the mechanism that tests it, declared once.

The product comes from two Chinese essays (``../shared/seeds/``): one on Pinduoduo's
"千亿扶持" merchant programme and fair traffic against "价高者得", one on 消费平权 (the
two-way flow of goods between tiers).  A model that let those claims through as
parameters would only repeat them; here each claim is a chain of equations a user
can run and contest.  For every claim: what the essays say, the mechanism in
``model.equations`` that can produce it (or its opposite), the saved variables that
show it, the parameters whose values decide it (the ones to contest), and the
preset that asks the question.  The reference page prints this table; a test checks
every name against the equations, the registry and the presets, and a behaviour
test (``tests/model/test_behaviour.py``) shows each mechanism can go either way.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim of the essays and how the model tests it.

    Attributes:
        key: a short identifier.
        claim_en, claim_zh: the claim, in a sentence (paraphrased, not quoted).
        mechanism_en, mechanism_zh: the chain of equations that can produce it.
        shows: saved variables that show the effect (``model.equations.VARIABLES``).
        contest: parameters whose plausible values decide its sign or size
            (``registry.PARAMETERS``).
        preset: the preset that asks the question ("" if none).
    """

    key: str
    claim_en: str
    claim_zh: str
    mechanism_en: str
    mechanism_zh: str
    shows: tuple[str, ...]
    contest: tuple[str, ...]
    preset: str = ""


CLAIMS: tuple[Claim, ...] = (
    Claim(
        "support_pays",
        "A large merchant-support programme (千亿扶持) grows the platform enough to pay for itself.",
        "大规模商家扶持（千亿扶持）能让平台增长到足以收回投入。",
        "Support lowers the charge on merchants; the pass-through ρ of it lowers prices (wallet share, merit"
        " traffic), the rest (1 − ρ) raises margins (effort moves to the platform, sellers enter). The platform pays"
        " the support; rivals may match the net-fee cut or answer with their own programme.",
        "扶持降低商家费用：其中转嫁率 ρ 的部分降低价格（钱包份额、性价比流量），其余 (1 − ρ) 提高利润率（商家投入转向本平台、"
        "新商家入驻）。"
        "扶持由平台支付；竞争平台可能跟进降费或推出自己的扶持。",
        ("gmv", "margin_smb", "effort_smb", "platform_profit", "cumulative_profit", "support_spend_incumbent"),
        ("pass_through", "effort_margin_sensitivity", "rival_answer_share_incumbent", "rival_match_share_incumbent"),
        "support_100bn",
    ),
    Claim(
        "bid_raises_costs",
        "Ranking traffic by bid (价高者得) raises merchants' costs, and so consumer prices.",
        "按出价分配流量（价高者得）抬高商家成本，进而抬高消费者价格。",
        "With less fairness more organic traffic is sold in the auction: a slot carries more traffic, bidders'"
        " values set the click price (GSP-like, elasticity ε), ad cost per sale follows the click price (ν), and"
        " ρ of the charge reaches prices.",
        "公平度越低，越多自然流量进入竞价：每个广告位承载更多流量，出价者的点击价值决定点击价格（类似广义第二价格拍卖，弹性 ε），"
        "单位销售额的广告成本随点击价格变化（ν），费用的 ρ 部分传导到价格。",
        ("auctioned_share", "cpc_index", "charge_smb", "price_smb", "relative_price_low_tier"),
        ("auction_elasticity", "cpc_pass", "bid_margin_response", "pass_through"),
        "bid_incumbent",
    ),
    Claim(
        "fair_traffic_helps",
        "Fair traffic allocation (流量公平) helps small merchants and buyers and grows GMV.",
        "公平的流量分配（流量公平）有利于中小商家和消费者，并做大GMV。",
        "Merit traffic follows value for money (quality / price) for each buyer tier; whether SMB goods win it"
        " depends on the declared quality gap and price ratio. With a large enough quality gap the sign flips:"
        " merit then favours head brands (behaviour test: the flip point).",
        "按性价比（质量/价格）为各层级买家分配流量；中小商家能否赢得流量取决于设定的质量差距和价格比。质量差距足够大时方向反转："
        "性价比流量反而偏向头部品牌（行为测试给出反转点）。",
        ("head_traffic_share", "smb_gmv_share", "gmv", "cpc_index"),
        ("quality_smb_low_tier", "quality_smb_high_tier", "price_ratio_smb", "merit_exponent", "long_tail_floor"),
        "",
    ),
    Claim(
        "price_for_traffic",
        "A merchant who gives up margin for a better deal (让利) earns traffic (流量).",
        "商家让利给消费者就能换来流量。",
        "A lower charge passed into the price raises the goods' merit (quality / price), and under merit"
        " allocation their share of traffic; under bid ranking the same cut lowers the margin and so the bid.",
        "费用下降并转嫁到价格后，商品的性价比（质量/价格）上升，在按性价比分配时流量份额随之上升；在按出价分配时，同样的让利降低利润率，也就降低出价。",
        ("price_smb", "head_traffic_share", "gmv_smb"),
        ("pass_through", "merit_exponent", "bid_margin_response", "fairness"),
        "",
    ),
    Claim(
        "low_fees_grow",
        "Low fees and fee waivers (百亿减免) keep merchants and grow the flywheel; high fees drive them away.",
        "低佣金与费用减免（百亿减免）留住商家、带动飞轮；高佣金赶走商家。",
        "Merchants multi-home: they move effort between platforms by perceived margin (a softmax with a switching"
        " delay) and enter or exit on the market-wide margin; buyers split their wallets by a logit over the"
        " platforms' prices and variety. A fee rise loses merchants and buyers to the rivals, who may also match"
        " a fee cut (μ) — so profit does not rise with a multiplied fee.",
        "商家多平台经营：按感知利润率在平台间分配投入（按指数加权，有转换延迟），并按全市场利润率进出；"
        "买家按各平台价格与丰富度的 logit 分配钱包。"
        "提高佣金会把商家和买家推向竞争平台，竞争平台也可能跟进降费（μ）——所以成倍提高佣金不会带来更高利润。",
        ("merchants", "effort_smb", "merchants_smb_incumbent", "buyers_incumbent", "gmv_share", "platform_profit"),
        ("effort_margin_sensitivity", "price_comparison", "rival_match_share_incumbent", "multihoming_smb"),
        "pdd_2024_fee_waiver",
    ),
    Claim(
        "two_way_flow",
        "消费平权: brand goods reach lower-tier buyers and industrial-belt and farm goods reach higher-tier"
        " buyers — value flows both ways.",
        "消费平权：品牌商品进入下沉市场，产业带与农产品进入一二线城市——价值双向流动。",
        "GMV is a matrix of goods origin × buyer tier. Brand coupons (百亿补贴-type) lower brand prices for"
        " lower-tier and remote buyers; higher-tier buyers buy SMB and farm goods in proportion to traffic ×"
        " e^(quality weight · ln quality − price weight · ln price), so the upward flow follows value for money.",
        "GMV 是商品来源 × 买家层级的矩阵。品牌券（百亿补贴式）降低下沉与偏远买家购买品牌商品的价格；"
        "一二线买家购买中小商家与农产品的比例"
        "取决于流量 × e^(质量权重·ln质量 − 价格权重·ln价格)，因此上行流量取决于性价比。",
        ("two_way_flow_share", "brand_access", "upward_flow", "gmv_smb_high_tier"),
        ("subsidy_share_coupons", "quality_smb_high_tier", "quality_weight_high_tier", "price_weight_high_tier"),
        "",
    ),
    Claim(
        "logistics_west",
        "Logistics programmes (电商西进) open remote regions to e-commerce.",
        "物流扶持（电商西进）为偏远地区打开电商市场。",
        "The logistics share of the subsidy builds coverage (a stock, diminishing returns); coverage raises the"
        " platform's utility for the remote segment only (~90 M people), not for all lower-tier buyers.",
        "扶持中的物流部分提升覆盖率（存量，边际递减）；覆盖率只提高偏远地区（约9000万人）对本平台的效用，而非所有下沉买家。",
        ("logistics_coverage", "buyers_remote", "gmv_remote"),
        ("logistics_effect", "logistics_half_cost", "subsidy_share_logistics", "shoppers_remote"),
        "",
    ),
    Claim(
        "c2m_scale",
        "Industrial belts and C2M factories get better (cheaper for the same quality) as they sell more.",
        "产业带与C2M工厂卖得越多就越好（同等质量更便宜）。",
        "An experience curve: small merchants' unit cost falls by a learning rate per doubling of their cumulative"
        " sales on all platforms; the cost change reaches price (ρ) and margin (1 − ρ).",
        "经验曲线：中小商家在所有平台的累计销售额每翻一番，单位成本按学习率下降；成本变化传导到价格（ρ）与利润率（1 − ρ）。",
        ("smb_capability", "price_smb", "margin_smb"),
        ("smb_learning_rate", "smb_experience_years", "pass_through"),
        "",
    ),
    Claim(
        "rivals_answer",
        "Rivals (Alibaba, Douyin) answer with programmes of their own; the battle is for merchants and buyers across platforms.",
        "竞争对手（阿里、抖音）会推出自己的扶持计划；争夺的是跨平台的商家和买家。",
        "Declared reaction rules with delays: match a share μ of our net-fee cut, answer a share of our subsidy,"
        " cut fees when losing share — and every rival lever (commission, fairness, ad load, support, marketing)"
        " can be set directly.",
        "带延迟的反应规则：跟进本平台净费率降幅的 μ 部分、按比例回应本平台的扶持、失去份额时降费——竞争平台的每个杠杆"
        "（佣金、公平度、广告位、扶持、营销）也可直接设定。",
        ("fee_cut_incumbent", "support_spend_incumbent", "gmv_share_incumbent", "gmv_incumbent"),
        ("rival_match_share_incumbent", "rival_answer_share_incumbent", "rival_share_response_incumbent"),
        "rival_answers_support",
    ),
    Claim(
        "flywheel",
        "More buyers draw more merchants, whose variety draws more buyers (the flywheel).",
        "买家越多吸引的商家越多，商家越多商品越丰富又吸引更多买家（飞轮）。",
        "Cross-side effects: buyers raise sales per store and so margins, effort and entry; listings raise every"
        " segment's utility (network effect η) and so wallet shares and adoption; congestion (fixed costs per"
        " sale) and saturation (population) balance it.",
        "跨边效应：买家提高单店销售额进而提高利润率、投入与入驻；店铺数提高各层级买家的效用（网络效应 η），"
        "进而提高钱包份额与新增买家；"
        "拥挤（单位销售额的固定成本）与饱和（人口上限）起平衡作用。",
        ("buyers", "merchants", "gmv"),
        ("network_effect", "effort_sales_sensitivity", "bass_q", "fixed_cost_smb"),
        "",
    ),
)

CLAIM_BY_KEY = {c.key: c for c in CLAIMS}

__all__ = ["CLAIMS", "CLAIM_BY_KEY", "Claim"]
