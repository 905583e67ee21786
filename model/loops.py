"""The causal-loop diagram of the three flywheels and the rivals, declared once.

``NODES``, ``EDGES`` and ``LOOPS`` describe the feedback structure of the
equations in ``model.equations`` at the level a strategy meeting reads: every
node is a variable the model saves (``model.equations.VARIABLES``) or a
parameter (``registry.PARAMETERS``); every edge is a signed causal arrow
("+": the effect moves in the same direction as the cause, "-": the opposite,
other things equal); every named loop is a closed cycle of declared edges whose
sign product matches its polarity (R: even number of "-", B: odd).
``check()`` enforces this, and that every arrow is a path in the equations
(``equation_path``); ``ui.cld`` draws it.

Simplifications, stated plainly:

* The three buyer segments have the same structure; the diagram draws the
  lower-tier (下沉) segment's wallet share and price level, the higher-tier
  segment's purchases of small merchants' goods (the upward half of the
  two-way flow), and the total of active buyers.  ``merchants`` (all
  merchants on the platform) stands for the listings that drive variety and
  ad demand.  Of the two rivals the diagram draws the incumbent (the content
  platform's arrows are the same).
* First-order smoothings and delays (perceived margins, wallet shares, effort,
  CPC, the rivals' reactions) are drawn as plain arrows; an arrow may pass
  through at most one stock that is not drawn (e.g. perceived head margin →
  head brands on the platform passes through their effort share).
* Bids follow the merchants' contribution margin (margin before fixed costs);
  the diagram draws them from the margin ("via bids").
* Levers are exogenous in the equations: no equation moves commission.  One
  *decision* edge (``Edge.decision``), GMV → commission, stands for the
  platform's pricing rule (fee relief such as 百亿减免 when GMV falls, more
  monetisation as it grows) -- the user plays this role with the slider.  It
  closes the extraction loop B4 and the fee-war loop R6 and is drawn dashed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

import numpy as np

from .equations import MODEL, VARIABLE_BY_NAME
from .registry import PARAM_BY_NAME
from .sd import refs

Kind = Literal["stock", "variable", "lever"]
Sector = Literal["consumers", "merchants", "platform", "rival", "policy"]
Sign = Literal["+", "-"]
Polarity = Literal["R", "B"]

KINDS: tuple[str, ...] = ("stock", "variable", "lever")
SECTORS: tuple[str, ...] = ("consumers", "merchants", "platform", "rival", "policy")


@dataclass(frozen=True, slots=True)
class Node:
    """One box of the diagram.

    Attributes:
        name: a ``model.equations.VARIABLES`` name (saved by every run) or a
            ``registry.PARAMETERS`` name (a lever or assumption that enters).
        label_en, label_zh: short labels for the diagram.
        kind: "stock" (a model stock, or a sum of stocks of one kind),
            "variable" (an auxiliary or flow), "lever" (where policy enters).
        sector: the flywheel it belongs to ("policy" for levers).
    """

    name: str
    label_en: str
    label_zh: str
    kind: Kind
    sector: Sector = "policy"


@dataclass(frozen=True, slots=True)
class Edge:
    """A signed causal arrow ``src → dst``.

    Attributes:
        src, dst: node names.
        sign: "+" or "-" (the partial effect in ``model.core``'s equations).
        via: the mechanism, when two arrows join the same pair of nodes
            (the buyer self-loops R2 and B1); "" otherwise.
        decision: a decision rule outside the equations (the lever is set by
            the user); drawn dashed.
    """

    src: str
    dst: str
    sign: Sign
    via: str = ""
    decision: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.src, self.dst, self.via)


@dataclass(frozen=True, slots=True)
class Loop:
    """A named feedback loop.

    Attributes:
        key: "R1", "B3", ...
        polarity: "R" reinforcing or "B" balancing.
        label_en, label_zh: the loop's name.
        path: node names in causal order; the last one links back to the first
            (a one-node path is a self-loop).
        proxy: a saved variable whose level shows the loop's activity.
        proxy_per: optional saved variable the proxy is divided by ("" = none).
        direction: +1 if a larger proxy means a more active loop, -1 if smaller.
        via: the ``Edge.via`` of each step (empty: all "").
    """

    key: str
    polarity: Polarity
    label_en: str
    label_zh: str
    path: tuple[str, ...]
    proxy: str
    proxy_per: str = ""
    direction: int = 1
    via: tuple[str, ...] = ()

    def steps(self) -> tuple[tuple[str, str, str], ...]:
        """Edge keys ``(src, dst, via)`` of the cycle, closing back to the first node."""
        via = self.via or ("",) * len(self.path)
        return tuple(
            (self.path[i], self.path[(i + 1) % len(self.path)], via[i] if i < len(via) else "") for i in range(len(self.path))
        )


def _n(name: str, en: str, zh: str, kind: Kind, sector: Sector) -> Node:
    return Node(name=name, label_en=en, label_zh=zh, kind=kind, sector=sector)


NODES: tuple[Node, ...] = (
    # policy levers (registry parameters)
    _n("commission", "Commission τ_c", "佣金率 τ_c", "lever", "policy"),
    _n("fairness", "Traffic fairness F", "流量公平度 F", "lever", "policy"),
    _n("subsidy_bn_per_year", "Subsidy rate", "扶持力度", "lever", "policy"),
    _n("subsidy_budget_bn", "Subsidy budget", "扶持总预算", "lever", "policy"),
    _n("marketing_bn_per_year", "Marketing spend", "营销投入", "lever", "policy"),
    _n("rival_match_share_incumbent", "Incumbent's matching share μ", "淘宝天猫型平台跟进比例 μ", "lever", "policy"),
    # consumer flywheel
    _n("buyers", "Active buyers", "活跃买家", "stock", "consumers"),
    _n("wallet_share_low_tier", "Wallet share (lower tier)", "钱包份额（下沉）", "stock", "consumers"),
    _n("relative_price_low_tier", "Price level (lower tier)", "价格水平（下沉）", "variable", "consumers"),
    _n("logistics_coverage", "Remote logistics coverage", "偏远地区物流覆盖", "stock", "consumers"),
    _n("coupon_rate", "Brand coupons", "品牌券优惠率", "variable", "consumers"),
    _n("brand_access", "Brand goods in lower-tier spend", "下沉支出中的品牌商品", "variable", "consumers"),
    _n("gmv_smb_high_tier", "Higher-tier buyers' SMB purchases", "一二线买家购买中小商家商品", "variable", "consumers"),
    _n("two_way_flow_share", "Two-way flow", "双向流动", "variable", "consumers"),
    # merchant flywheel
    _n("merchants", "Merchants (variety)", "商家数（商品丰富度）", "variable", "merchants"),
    _n("merchants_head", "Head brands on the platform", "本平台头部品牌", "variable", "merchants"),
    _n("merchants_smb", "Small merchants on the platform", "本平台中小商家", "variable", "merchants"),
    _n("sellers_smb_new", "New small merchants online", "在线经营的新中小商家", "stock", "merchants"),
    _n("effort_smb", "SMB effort on the platform", "中小商家在本平台的经营投入", "stock", "merchants"),
    _n("charge_smb", "Charge on SMBs", "中小商家费用", "variable", "merchants"),
    _n("price_smb", "SMB goods' price", "中小商家商品价格", "variable", "merchants"),
    _n("margin_smb", "SMB margin", "中小商家利润率", "variable", "merchants"),
    _n("perceived_margin_smb", "Perceived SMB margin", "中小商家感知利润率", "stock", "merchants"),
    _n("margin_head", "Head-brand margin", "头部品牌利润率", "variable", "merchants"),
    _n("perceived_margin_head", "Perceived head margin", "头部品牌感知利润率", "stock", "merchants"),
    _n("head_traffic_share", "Head-brand traffic share", "头部品牌流量占比", "variable", "merchants"),
    _n("gmv_smb", "SMB GMV", "中小商家GMV", "variable", "merchants"),
    _n("gmv_head", "Head-brand GMV", "头部品牌GMV", "variable", "merchants"),
    _n("smb_capability", "SMB capability (experience)", "中小商家能力（经验曲线）", "variable", "merchants"),
    # platform flywheel
    _n("gmv", "GMV", "GMV（成交总额）", "variable", "platform"),
    _n("cpc_index", "Click price (CPC)", "点击价格（CPC）", "stock", "platform"),
    _n("platform_revenue", "Platform revenue", "平台收入", "variable", "platform"),
    _n("platform_profit", "Platform profit", "平台利润", "variable", "platform"),
    _n("subsidy_spend", "Subsidy spending", "扶持支出", "variable", "platform"),
    _n("subsidy_spent", "Subsidy spent", "累计扶持支出", "stock", "platform"),
    # rivals
    _n("gmv_share_incumbent", "Incumbent's GMV share", "淘宝天猫型平台GMV份额", "variable", "rival"),
    _n("fee_cut_incumbent", "Incumbent's fee cut", "淘宝天猫型平台降费", "stock", "rival"),
    _n("perceived_margin_smb_incumbent", "SMB margin on the incumbent", "中小商家在淘宝天猫型平台的感知利润率", "stock", "rival"),
    _n("support_spend_incumbent", "Incumbent's merchant support", "淘宝天猫型平台商家扶持", "variable", "rival"),
)

EDGES: tuple[Edge, ...] = (
    # buyers: adoption = (Bass + marketing) e^{a U}, churn e^{-c U};  wallet share = logit over the platforms' utilities
    Edge("buyers", "buyers", "+", via="word of mouth"),  # Bass imitation q·B/N
    Edge("buyers", "buyers", "-", via="saturation"),  # remaining reach max_reach·N - B
    Edge("marketing_bn_per_year", "buyers", "+"),  # acquisition = spend / cost per buyer
    Edge("relative_price_low_tier", "wallet_share_low_tier", "-"),  # U = ... - κ β_p relative price
    Edge("relative_price_low_tier", "buyers", "-"),
    Edge("merchants", "wallet_share_low_tier", "+"),  # network effect: + η ln(listings)
    Edge("merchants", "buyers", "+"),
    Edge("logistics_coverage", "buyers", "+"),  # remote buyers only
    Edge("buyers", "gmv", "+"),  # GMV_s = buyers × wallet × share
    Edge("wallet_share_low_tier", "gmv", "+"),
    Edge("fee_cut_incumbent", "wallet_share_low_tier", "-"),  # the rival's prices fall: its logit weight rises
    # goods: price_k = 1 + ρ(Δcharge_k + cost change_k);  sales shares ∝ traffic × e^{quality - price}
    Edge("charge_smb", "price_smb", "+"),  # pass-through ρ
    Edge("smb_capability", "price_smb", "-"),  # unit cost down the experience curve
    Edge("price_smb", "relative_price_low_tier", "+"),
    Edge("coupon_rate", "relative_price_low_tier", "-"),  # brand coupons lower brand prices for lower-tier buyers
    Edge("coupon_rate", "brand_access", "+"),
    Edge("price_smb", "head_traffic_share", "+"),  # merit = quality / price: dearer SMB goods earn less merit traffic
    Edge("price_smb", "gmv_smb_high_tier", "-"),  # higher-tier buyers buy SMB goods for value
    Edge("gmv_smb_high_tier", "gmv_smb", "+"),
    Edge("brand_access", "two_way_flow_share", "+"),
    Edge("gmv_smb_high_tier", "two_way_flow_share", "+"),
    # traffic: A = ℓ + (1-ℓ)(1-floor)(1-F);  merit ∝ listings·merit^γ, auction ∝ listings·bid^b, bid ∝ contribution^ψ
    Edge("fairness", "head_traffic_share", "-"),
    Edge("margin_head", "head_traffic_share", "+", via="bids"),  # bids follow the contribution margin
    Edge("margin_smb", "head_traffic_share", "-", via="bids"),
    Edge("merchants_head", "head_traffic_share", "+"),
    Edge("merchants_smb", "head_traffic_share", "-"),
    Edge("gmv", "gmv_smb", "+"),
    Edge("gmv", "gmv_head", "+"),
    Edge("head_traffic_share", "gmv_head", "+"),
    Edge("head_traffic_share", "gmv_smb", "-"),
    Edge("gmv_smb", "smb_capability", "+"),  # cumulative volume (all platforms) → unit cost^(-learning)
    # charges and margins: charge = commission + ad cost - support;  margin = gross - (1-ρ)·charge - fixed/sales
    Edge("commission", "charge_smb", "+"),
    Edge("cpc_index", "charge_smb", "+"),
    Edge("subsidy_spend", "charge_smb", "-"),
    Edge("charge_smb", "margin_smb", "-"),  # the share (1 - ρ) the merchant keeps
    Edge("smb_capability", "margin_smb", "+"),
    Edge("commission", "margin_head", "-"),
    Edge("cpc_index", "margin_head", "-"),
    Edge("gmv_smb", "margin_smb", "+"),  # sales per store against fixed costs
    Edge("gmv_head", "margin_head", "+"),
    Edge("merchants_smb", "margin_smb", "-"),
    Edge("merchants_head", "margin_head", "-"),
    Edge("margin_smb", "perceived_margin_smb", "+"),
    Edge("margin_head", "perceived_margin_head", "+"),
    # merchants: effort across platforms = softmax of perceived margins (switching delay); sellers enter/exit on the market margin
    Edge("perceived_margin_smb", "effort_smb", "+"),
    Edge("perceived_margin_smb_incumbent", "effort_smb", "-"),  # multi-homing: effort moves to the better platform
    Edge("perceived_margin_smb", "sellers_smb_new", "+"),  # entry and exit on the market-wide margin
    Edge("effort_smb", "merchants_smb", "+"),  # presence = 1 - (1 - effort)^H
    Edge("sellers_smb_new", "merchants_smb", "+"),
    Edge("perceived_margin_head", "merchants_head", "+"),
    Edge("merchants_head", "merchants", "+"),
    Edge("merchants_smb", "merchants", "+"),
    # ad auction: bid pressure = A/ℓ · Σ listings × bid value / buyers;  CPC → pressure^ε;  ad cost ∝ CPC^ν
    Edge("merchants", "cpc_index", "+"),
    Edge("buyers", "cpc_index", "-"),
    Edge("fairness", "cpc_index", "-"),  # less organic traffic sold by bid: a slot is worth less
    Edge("margin_head", "cpc_index", "+", via="bids"),
    # platform: revenue = commission·GMV + ad cost·GMV, profit = revenue - costs - support - marketing
    Edge("commission", "platform_revenue", "+"),
    Edge("cpc_index", "platform_revenue", "+"),
    Edge("gmv", "platform_revenue", "+"),
    Edge("platform_revenue", "platform_profit", "+"),
    Edge("subsidy_spend", "platform_profit", "-"),
    Edge("marketing_bn_per_year", "platform_profit", "-"),
    Edge("gmv", "commission", "+", decision=True),  # the platform's pricing rule (not in the equations)
    # subsidy: spend = min(rate, (budget - spent)/dt), split into uses
    Edge("subsidy_bn_per_year", "subsidy_spend", "+"),
    Edge("subsidy_budget_bn", "subsidy_spend", "+"),
    Edge("subsidy_spend", "subsidy_spent", "+"),
    Edge("subsidy_spent", "subsidy_spend", "-"),
    Edge("subsidy_spend", "logistics_coverage", "+"),
    Edge("subsidy_spend", "coupon_rate", "+"),
    # rivals: fee cut → μ·(our net-fee cut) + response to share loss, with a delay;  support answers our programme
    Edge("gmv", "gmv_share_incumbent", "-"),
    Edge("gmv_share_incumbent", "fee_cut_incumbent", "-"),  # responds to share loss
    Edge("commission", "fee_cut_incumbent", "-"),  # matches a cut in our net fee
    Edge("subsidy_spend", "fee_cut_incumbent", "+"),
    Edge("rival_match_share_incumbent", "fee_cut_incumbent", "+"),
    Edge("fee_cut_incumbent", "perceived_margin_smb_incumbent", "+"),
    Edge("subsidy_spend", "support_spend_incumbent", "+"),  # answers our programme
    Edge("support_spend_incumbent", "perceived_margin_smb_incumbent", "+"),
)

LOOPS: tuple[Loop, ...] = (
    Loop(
        key="R1",
        polarity="R",
        label_en="cross-side network effect",
        label_zh="跨边网络效应",
        path=("buyers", "gmv", "gmv_smb", "margin_smb", "perceived_margin_smb", "effort_smb", "merchants_smb", "merchants"),
        proxy="merchants",
    ),
    Loop(
        key="R2",
        polarity="R",
        label_en="word of mouth",
        label_zh="口碑传播",
        path=("buyers",),
        via=("word of mouth",),
        proxy="buyers",
    ),
    Loop(
        key="R3",
        polarity="R",
        label_en="experience curve / C2M value for money",
        label_zh="经验曲线与C2M性价比",
        path=("gmv_smb", "smb_capability", "price_smb", "head_traffic_share"),
        proxy="smb_capability",
    ),
    Loop(
        key="R4",
        polarity="R",
        label_en="Matthew effect (strong at low fairness)",
        label_zh="马太效应（公平度低时更强）",
        path=("head_traffic_share", "gmv_head", "margin_head"),
        via=("", "", "bids"),
        proxy="head_traffic_share",
    ),
    Loop(
        key="R5",
        polarity="R",
        label_en="two-way flow: value draws higher-tier buyers",
        label_zh="双向流动：性价比吸引一二线买家",
        path=("gmv_smb", "smb_capability", "price_smb", "gmv_smb_high_tier"),
        proxy="upward_flow",
    ),
    Loop(
        key="R6",
        polarity="R",
        label_en="fee war (with the pricing rule)",
        label_zh="价格战（含定价决策）",
        path=("gmv", "commission", "fee_cut_incumbent", "wallet_share_low_tier"),
        proxy="fee_cut_incumbent",
    ),
    Loop(
        key="B1",
        polarity="B",
        label_en="market saturation",
        label_zh="市场饱和",
        path=("buyers",),
        via=("saturation",),
        proxy="buyers_low_tier",
        proxy_per="shoppers_low_tier",
    ),
    Loop(
        key="B2",
        polarity="B",
        label_en="merchant congestion and switching",
        label_zh="商家拥挤与迁移",
        path=("merchants_smb", "margin_smb", "perceived_margin_smb", "effort_smb"),
        proxy="merchants",
        proxy_per="gmv",
    ),
    Loop(
        key="B3",
        polarity="B",
        label_en="ad auction",
        label_zh="广告竞价",
        path=("merchants", "cpc_index", "charge_smb", "margin_smb", "perceived_margin_smb", "effort_smb", "merchants_smb"),
        proxy="cpc_index",
    ),
    Loop(
        key="B4",
        polarity="B",
        label_en="extraction",
        label_zh="过度抽佣",
        path=(
            "commission",
            "charge_smb",
            "margin_smb",
            "perceived_margin_smb",
            "effort_smb",
            "merchants_smb",
            "merchants",
            "wallet_share_low_tier",
            "gmv",
        ),
        proxy="take_rate",
    ),
    Loop(
        key="B5",
        polarity="B",
        label_en="subsidy budget",
        label_zh="扶持预算约束",
        path=("subsidy_spend", "subsidy_spent"),
        proxy="subsidy_spent",
    ),
    Loop(
        key="B6",
        polarity="B",
        label_en="rival answers share loss",
        label_zh="竞争平台应对份额流失",
        path=("gmv_share_incumbent", "fee_cut_incumbent", "wallet_share_low_tier", "gmv"),
        proxy="fee_cut_incumbent",
    ),
    Loop(
        key="B7",
        polarity="B",
        label_en="merchants switch to the rival",
        label_zh="商家转向竞争平台",
        path=(
            "gmv",
            "gmv_share_incumbent",
            "fee_cut_incumbent",
            "perceived_margin_smb_incumbent",
            "effort_smb",
            "merchants_smb",
            "merchants",
            "buyers",
        ),
        proxy="effort_smb_incumbent",
    ),
)

NODE_BY_NAME: Mapping[str, Node] = {n.name: n for n in NODES}
LOOP_BY_KEY: Mapping[str, Loop] = {lp.key: lp for lp in LOOPS}
_EDGE_BY_KEY: Mapping[tuple[str, str, str], Edge] = {e.key: e for e in EDGES}


def loop_edges(loop: Loop) -> tuple[Edge, ...]:
    """The declared edges around ``loop`` (raises ``ValueError`` if one is missing)."""
    out = []
    for step in loop.steps():
        edge = _EDGE_BY_KEY.get(step)
        if edge is None:
            src, dst, via = step
            how = f" via {via!r}" if via else ""
            raise ValueError(f"loop {loop.key}: no declared edge {src} → {dst}{how}")
        out.append(edge)
    return tuple(out)


def _reads(name: str) -> set[str]:
    """What ``name``'s equation reads (a stock: its flows)."""
    v = MODEL.vars[name]
    if v.kind == "stock":
        return set(v.inflows + v.outflows)
    return refs(v.expr) if v.expr is not None else set()


def _members(name: str) -> set[str]:
    """A node and, for an auxiliary, what it sums (``buyers`` stands for the buyer stocks)."""
    v = MODEL.vars.get(name)
    return {name} | (refs(v.expr) if v is not None and v.kind == "aux" and v.expr is not None else set())


def equation_path(src: str, dst: str) -> bool:
    """Whether ``dst``'s equations read ``src``: directly, or through variables the diagram
    does not draw, crossing at most one undrawn stock (a delay drawn as a plain arrow)."""
    targets = _members(src)
    stack: list[tuple[str, int]] = []
    for m in _members(dst):
        if m in MODEL.vars and (m == dst or MODEL.vars[m].kind == "stock"):
            stack.extend((d, 0) for d in _reads(m))
    seen: set[tuple[str, int]] = set()
    while stack:
        name, stocks = stack.pop()
        if (name, stocks) in seen:
            continue
        seen.add((name, stocks))
        if name in targets:
            return True
        if name in NODE_BY_NAME or name not in MODEL.vars:
            continue
        if MODEL.vars[name].kind == "stock":
            if stocks >= 1:
                continue
            stocks += 1
        stack.extend((d, stocks) for d in _reads(name))
    return False


def check() -> None:
    """Validate the declaration; raise ``ValueError`` naming the first problem.

    Checks: unique node names, known kinds and sectors, every node a registry
    variable or parameter (levers must be parameters), unique edges between
    declared nodes with sign "+"/"-", decision edges ending at a lever and no
    equation edge ending at one, every equation edge a path in the equations,
    every loop a closed cycle of declared edges
    with the sign product of its polarity, and every proxy a saved variable.
    """
    if len(NODE_BY_NAME) != len(NODES):
        raise ValueError("duplicate node name in NODES")
    for n in NODES:
        if n.kind not in KINDS:
            raise ValueError(f"node {n.name}: kind {n.kind!r} is not one of {KINDS}")
        if n.sector not in SECTORS:
            raise ValueError(f"node {n.name}: sector {n.sector!r} is not one of {SECTORS}")
        if n.kind == "lever" and n.name not in PARAM_BY_NAME:
            raise ValueError(f"node {n.name}: a lever must be a registry parameter")
        if n.name not in VARIABLE_BY_NAME and n.name not in PARAM_BY_NAME:
            raise ValueError(f"node {n.name}: neither a registry variable nor a parameter")
        if not n.label_en.strip() or not n.label_zh.strip():
            raise ValueError(f"node {n.name}: empty label")
    if len(_EDGE_BY_KEY) != len(EDGES):
        raise ValueError("duplicate edge (same src, dst and via) in EDGES")
    for e in EDGES:
        for end in (e.src, e.dst):
            if end not in NODE_BY_NAME:
                raise ValueError(f"edge {e.src} → {e.dst}: {end!r} is not a declared node")
        if e.sign not in ("+", "-"):
            raise ValueError(f"edge {e.src} → {e.dst}: sign {e.sign!r} must be '+' or '-'")
        if e.decision != (NODE_BY_NAME[e.dst].kind == "lever"):
            raise ValueError(f"edge {e.src} → {e.dst}: only a decision edge may end at a lever, and it must")
        if not e.decision and not equation_path(e.src, e.dst):
            raise ValueError(f"edge {e.src} → {e.dst}: no path in the equations (see equation_path)")
    if len(LOOP_BY_KEY) != len(LOOPS):
        raise ValueError("duplicate loop key in LOOPS")
    for lp in LOOPS:
        if lp.polarity not in ("R", "B"):
            raise ValueError(f"loop {lp.key}: polarity {lp.polarity!r} must be 'R' or 'B'")
        if not lp.path:
            raise ValueError(f"loop {lp.key}: empty path")
        if len(set(lp.path)) != len(lp.path):
            raise ValueError(f"loop {lp.key}: path visits a node twice (not a simple cycle)")
        if lp.via and len(lp.via) != len(lp.path):
            raise ValueError(f"loop {lp.key}: via has {len(lp.via)} entries for {len(lp.path)} steps")
        negatives = sum(e.sign == "-" for e in loop_edges(lp))
        polarity = "R" if negatives % 2 == 0 else "B"
        if polarity != lp.polarity:
            raise ValueError(f"loop {lp.key}: {negatives} negative links make it {polarity}, declared {lp.polarity}")
        for name in (lp.proxy, lp.proxy_per):
            if name and name not in VARIABLE_BY_NAME:
                raise ValueError(f"loop {lp.key}: proxy {name!r} is not a saved variable")
        if lp.direction not in (1, -1):
            raise ValueError(f"loop {lp.key}: direction must be +1 or -1")


def _activity(run: Mapping[str, np.ndarray], loop: Loop, horizon: int) -> float:
    try:
        x = np.asarray(run[loop.proxy], dtype=float)[: horizon + 1]
        if loop.proxy_per:
            x = x / np.asarray(run[loop.proxy_per], dtype=float)[: horizon + 1]
    except KeyError as err:
        raise ValueError(f"loop {loop.key}: the run has no series {err.args[0]!r}") from None
    if len(x) < horizon + 1:
        raise ValueError(f"loop {loop.key}: horizon {horizon} is beyond the run ({len(x) - 1} months)")
    return float(x.mean())


def loop_changes(current: Mapping[str, np.ndarray], base: Mapping[str, np.ndarray], horizon: int) -> dict[str, float]:
    """How much more (or less) active each loop is in ``current`` than in ``base``.

    For each loop, its *activity* is the mean of its proxy variable (divided by
    ``proxy_per`` where given) over months 0 … ``horizon``, and the change is

        change = direction · (activity_current - activity_base) / |activity_base|

    a fraction (0.12 = 12 % more active; negative = weakened).  If the baseline
    activity is exactly 0 (a loop the baseline leaves dormant, e.g. B5 without a
    subsidy) the change is +inf / -inf when the current run is active, 0 when
    neither is.  ``current == base`` gives exactly 0 for every loop.

    Proxies: R1 merchants (variety that draws buyers), R2 active buyers (q·B/N),
    R3 SMB capability, R4 head-brand traffic share, R5 SMB and farm goods'
    share of higher-tier spend, R6 and B6 the incumbent's fee cut, B1
    lower-tier penetration (buyers / shoppers), B2 merchants per unit of GMV
    (fixed-cost burden), B3 click-price index, B4 take rate, B5 subsidy spent,
    B7 small merchants' effort on the incumbent.

    Limits: this is a comparison of the *level* of one variable each loop runs
    through, not a measure of loop gain or dominance (no eigenvalue or
    pathway-participation analysis).  Loops share variables, so their changes
    are not independent and do not add up.  A higher level means more traffic
    through the loop, not that the loop now dominates the behaviour.

    Args:
        current, base: runs as variable name → monthly series (month 0 first).
        horizon: last month of the window, 0 <= horizon <= the runs' length - 1.

    Returns:
        loop key → relative change (a float, possibly ±inf).
    """
    if horizon < 0:
        raise ValueError(f"horizon = {horizon!r} must be a month >= 0")
    out: dict[str, float] = {}
    for lp in LOOPS:
        a_cur = _activity(current, lp, horizon)
        a_base = _activity(base, lp, horizon)
        diff = lp.direction * (a_cur - a_base) + 0.0  # + 0.0: no negative zero
        if a_base != 0.0:
            out[lp.key] = diff / abs(a_base)
        else:
            out[lp.key] = 0.0 if diff == 0.0 else math.copysign(math.inf, diff)
    return out
