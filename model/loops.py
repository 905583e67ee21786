"""The causal-loop diagram of the three flywheels, declared once.

``NODES``, ``EDGES`` and ``LOOPS`` describe the feedback structure of the
equations in ``model.core`` (see its module docstring) at the level a strategy
meeting reads: every node is a variable the model saves (``model.equations.VARIABLES``)
or a parameter (``registry.PARAMETERS``); every edge is a signed causal arrow
("+": the effect moves in the same direction as the cause, "-": the opposite,
other things equal); every named loop is a closed cycle of declared edges whose
sign product matches its polarity (R: even number of "-", B: odd).
``check()`` enforces this; ``ui.cld`` draws it.

Simplifications, stated plainly:

* The two buyer segments have the same structure; the diagram draws the
  lower-tier (下沉) segment's wallet share and relative price, and the total of
  active buyers.  ``merchants`` (all merchants) stands for the effective
  merchant count M_eff that drives variety, availability and ad demand.
* First-order smoothings (perceived margins, wallet shares, CPC) are drawn as
  plain arrows; only the rival's fee adjustment is drawn as its own loop (B6).
* Levers are exogenous in ``model.core``: no equation moves commission.  One
  *decision* edge (``Edge.decision``), GMV → commission, stands for the
  platform's pricing rule (fee relief such as 百亿减免 when GMV falls, more
  monetisation as it grows) -- the user plays this role with the slider.  It
  closes the extraction loop B4 and is drawn dashed.
* Loops of ``model-notes.md`` that are not cycles of the equations are not
  declared: R5 (subsidy → graduation lock-in) and B7 (fairness → brand-taste
  drag) are chains from a lever, visible as arrows in the diagram.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

import numpy as np

from .equations import VARIABLE_BY_NAME
from .registry import PARAM_BY_NAME

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
    _n("rival_match_share", "Rival matching share μ", "竞争平台跟进比例 μ", "lever", "policy"),
    # consumer flywheel
    _n("buyers", "Active buyers", "活跃买家", "stock", "consumers"),
    _n("wallet_share_low_tier", "Wallet share (lower tier)", "钱包份额（下沉）", "stock", "consumers"),
    _n("relative_price_low_tier", "Relative price vs rival", "相对竞争平台价格", "variable", "consumers"),
    _n("logistics_coverage", "Rural logistics coverage", "偏远地区物流覆盖", "stock", "consumers"),
    # merchant flywheel
    _n("merchants", "Merchants (variety)", "商家数（商品丰富度）", "variable", "merchants"),
    _n("merchants_head", "Head brands", "头部品牌商家", "stock", "merchants"),
    _n("merchants_smb_new", "New small merchants", "新入驻中小商家", "stock", "merchants"),
    _n("merchants_smb_established", "Established small merchants", "成熟中小商家", "stock", "merchants"),
    _n("margin_smb", "SMB margin", "中小商家利润率", "variable", "merchants"),
    _n("perceived_margin_smb", "Perceived SMB margin", "中小商家感知利润率", "stock", "merchants"),
    _n("margin_head", "Head-brand margin", "头部品牌利润率", "variable", "merchants"),
    _n("perceived_margin_head", "Perceived head margin", "头部品牌感知利润率", "stock", "merchants"),
    _n("head_traffic_share", "Head-brand traffic share", "头部品牌流量占比", "variable", "merchants"),
    _n("gmv_smb", "SMB GMV", "中小商家GMV", "variable", "merchants"),
    _n("gmv_head", "Head-brand GMV", "头部品牌GMV", "variable", "merchants"),
    _n("smb_capability", "SMB capability (C2M)", "中小商家能力（C2M）", "stock", "merchants"),
    # platform flywheel
    _n("gmv", "GMV", "GMV（成交总额）", "variable", "platform"),
    _n("cpc_index", "Click price (CPC)", "点击价格（CPC）", "stock", "platform"),
    _n("ad_intensity", "Ad revenue / GMV", "广告收入/GMV", "variable", "platform"),
    _n("take_rate", "Take rate", "货币化率", "variable", "platform"),
    _n("platform_revenue", "Platform revenue", "平台收入", "variable", "platform"),
    _n("platform_profit", "Platform profit", "平台利润", "variable", "platform"),
    _n("subsidy_spend", "Subsidy spending", "扶持支出", "variable", "platform"),
    _n("subsidy_spent", "Subsidy spent", "累计扶持支出", "stock", "platform"),
    # rival
    _n("rival_fee", "Rival fee", "竞争平台佣金率", "stock", "rival"),
)

EDGES: tuple[Edge, ...] = (
    # consumers: U = -β_p lnP + β_v ln(M_eff/M_eff,0) + β_log L;  W* = logistic(U + ...);  adoption/churn
    Edge("buyers", "buyers", "+", via="word of mouth"),  # Bass imitation q·B/N
    Edge("buyers", "buyers", "-", via="saturation"),  # remaining pool σN - B
    Edge("relative_price_low_tier", "wallet_share_low_tier", "-"),
    Edge("relative_price_low_tier", "buyers", "-"),
    Edge("merchants", "wallet_share_low_tier", "+"),
    Edge("merchants", "buyers", "+"),
    Edge("logistics_coverage", "wallet_share_low_tier", "+"),
    Edge("logistics_coverage", "buyers", "+"),
    Edge("buyers", "gmv", "+"),  # GMV_s = B Wal W avail
    Edge("wallet_share_low_tier", "gmv", "+"),
    Edge("merchants", "gmv", "+"),  # availability
    # lnP = ρ(fee - τ_comp - ...) - d_S (x_S - x_S,0) - coupons/GMV, fee = take rate - merchant subsidy/GMV
    Edge("take_rate", "relative_price_low_tier", "+"),
    Edge("rival_fee", "relative_price_low_tier", "-"),
    Edge("head_traffic_share", "relative_price_low_tier", "+"),
    Edge("subsidy_spend", "relative_price_low_tier", "-"),
    # merchants: r_i = m_i - τ_c - a_i + subsidy_i/GMV_i - FC_i M_i/GMV_i;  π* smooths r
    Edge("gmv", "gmv_smb", "+"),
    Edge("gmv", "gmv_head", "+"),
    Edge("head_traffic_share", "gmv_head", "+"),
    Edge("head_traffic_share", "gmv_smb", "-"),
    Edge("gmv_smb", "margin_smb", "+"),
    Edge("gmv_head", "margin_head", "+"),
    Edge("merchants_smb_new", "margin_smb", "-"),  # fixed-cost burden per sale
    Edge("merchants_head", "margin_head", "-"),
    Edge("commission", "margin_smb", "-"),
    Edge("commission", "margin_head", "-"),
    Edge("ad_intensity", "margin_smb", "-"),
    Edge("ad_intensity", "margin_head", "-"),
    Edge("subsidy_spend", "margin_smb", "+"),
    Edge("subsidy_spend", "margin_head", "+"),
    Edge("margin_smb", "perceived_margin_smb", "+"),
    Edge("margin_head", "perceived_margin_head", "+"),
    # entry logistic(k(π* - r_entry - undercut)), distress exit logistic(-k(π* - r_exit)), graduation
    Edge("perceived_margin_smb", "merchants_smb_new", "+"),
    Edge("perceived_margin_smb", "merchants_smb_established", "+"),
    Edge("perceived_margin_head", "merchants_head", "+"),
    Edge("merchants_smb_new", "merchants_smb_established", "+"),
    Edge("rival_fee", "merchants_smb_new", "+"),
    Edge("merchants_head", "merchants", "+"),
    Edge("merchants_smb_new", "merchants", "+"),
    Edge("merchants_smb_established", "merchants", "+"),
    # traffic: x_S = λ M_S/M_eff + (1-λ)[F merit + (1-F) bid],  bid ratio rises with π*_K - π*_S
    Edge("fairness", "head_traffic_share", "-"),
    Edge("perceived_margin_head", "head_traffic_share", "+"),
    Edge("perceived_margin_smb", "head_traffic_share", "-"),
    Edge("merchants_head", "head_traffic_share", "+"),
    Edge("merchants_smb_new", "head_traffic_share", "-"),
    Edge("gmv_smb", "smb_capability", "+"),  # Q_S → (GMV_S/GMV_S,0)^φ
    Edge("smb_capability", "head_traffic_share", "-"),  # merit share of SMB rises with Q_S^γ
    # ads: CPC* = (ad demand / ad demand_0)^ε / (B/B_0);  a_i = a0_i (1 - θF) CPC^ν
    Edge("merchants", "cpc_index", "+"),
    Edge("buyers", "cpc_index", "-"),
    Edge("cpc_index", "ad_intensity", "+"),
    Edge("fairness", "ad_intensity", "-"),
    # platform: revenue = τ_c GMV + ads, profit = revenue - costs - subsidy
    Edge("commission", "take_rate", "+"),
    Edge("ad_intensity", "take_rate", "+"),
    Edge("gmv", "platform_revenue", "+"),
    Edge("take_rate", "platform_revenue", "+"),
    Edge("platform_revenue", "platform_profit", "+"),
    Edge("subsidy_spend", "platform_profit", "-"),
    Edge("gmv", "commission", "+", decision=True),  # the platform's pricing rule (not in core.py)
    # subsidy: spend = min(rate · window, (budget - spent)/dt);  dSpent/dt = spend;  logistics share builds L_cov
    Edge("subsidy_bn_per_year", "subsidy_spend", "+"),
    Edge("subsidy_budget_bn", "subsidy_spend", "+"),
    Edge("subsidy_spend", "subsidy_spent", "+"),
    Edge("subsidy_spent", "subsidy_spend", "-"),
    Edge("subsidy_spend", "logistics_coverage", "+"),
    # rival: τ_comp* = τ_comp0 - μ max(0, τ_c,0 - (τ_c - merchant subsidy/GMV)), dτ_comp/dt = (τ_comp* - τ_comp)/τ_match
    Edge("commission", "rival_fee", "+"),
    Edge("subsidy_spend", "rival_fee", "-"),
    Edge("rival_match_share", "rival_fee", "-"),
    Edge("rival_fee", "rival_fee", "-", via="matching"),
)

LOOPS: tuple[Loop, ...] = (
    Loop(
        key="R1",
        polarity="R",
        label_en="cross-side network effect",
        label_zh="跨边网络效应",
        path=(
            "buyers",
            "gmv",
            "gmv_smb",
            "margin_smb",
            "perceived_margin_smb",
            "merchants_smb_new",
            "merchants",
        ),
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
        label_en="scale / C2M price-performance",
        label_zh="规模与C2M性价比",
        path=("gmv_smb", "smb_capability", "head_traffic_share"),
        proxy="smb_capability",
    ),
    Loop(
        key="R4",
        polarity="R",
        label_en="Matthew effect (strong at low fairness)",
        label_zh="马太效应（公平度低时更强）",
        path=("head_traffic_share", "gmv_head", "margin_head", "perceived_margin_head"),
        proxy="head_traffic_share",
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
        label_en="merchant congestion",
        label_zh="商家拥挤",
        path=("merchants_smb_new", "margin_smb", "perceived_margin_smb"),
        proxy="merchants",
        proxy_per="gmv",
    ),
    Loop(
        key="B3",
        polarity="B",
        label_en="ad auction",
        label_zh="广告竞价",
        path=("merchants", "cpc_index", "ad_intensity", "margin_smb", "perceived_margin_smb", "merchants_smb_new"),
        proxy="cpc_index",
    ),
    Loop(
        key="B4",
        polarity="B",
        label_en="extraction",
        label_zh="过度抽佣",
        path=(
            "commission",
            "margin_smb",
            "perceived_margin_smb",
            "merchants_smb_new",
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
        label_en="rival matching",
        label_zh="竞争平台跟进",
        path=("rival_fee",),
        via=("matching",),
        proxy="rival_fee",
        direction=-1,
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


def check() -> None:
    """Validate the declaration; raise ``ValueError`` naming the first problem.

    Checks: unique node names, known kinds and sectors, every node a registry
    variable or parameter (levers must be parameters), unique edges between
    declared nodes with sign "+"/"-", decision edges ending at a lever and no
    equation edge ending at one, every loop a closed cycle of declared edges
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
    R3 SMB capability, R4 head-brand traffic share, B1 lower-tier penetration
    (buyers / shoppers), B2 merchants per unit of GMV (fixed-cost burden), B3
    click-price index, B4 take rate, B5 subsidy spent, B6 the rival's fee
    (lower = more matching, so direction -1).

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
