"""The one declaration of every parameter.

Everything else -- validation, the command line's ``params`` table, the CSV
metadata, the sliders, the URL codec and the reference page -- is generated from
``PARAMETERS``.  A range, unit or label typed anywhere else is a bug.  (The output
variables are declared with their equations, in ``model/equations.py``.)

Units: time in months, money in RMB bn, people and merchants in millions, rates
as fractions (the UI may show them in percent through ``display_scale``).
Sources: ``../shared/design/model-notes.md`` sections 3-4 (marked there [F]
found, [M] memory, [E] estimate) and ``data/facts.csv``.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from .resources import DATA_DIR

Group = Literal["policy", "rival", "consumers", "goods", "traffic", "ads", "merchants", "platform", "initial"]

Dist = tuple[str, float, float, float]
"""A parameter's probability distribution: ``("triangular", low, mode, high)`` or
``("uniform", low, nan, high)``, in model units; a parameter estimated from the facts has
``("normal", low, mean, high)``: a normal with standard deviation max(mean − low, high − mean) / 2
truncated to [low, high] (its estimate ± two standard errors, cut to its range)."""

DIST_KINDS: tuple[str, ...] = ("triangular", "uniform", "normal")

GROUPS: tuple[Group, ...] = (
    "policy",
    "rival",
    "consumers",
    "goods",
    "traffic",
    "ads",
    "merchants",
    "platform",
    "initial",
)

GROUP_LABELS: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "policy": ("Policy levers", "政策杠杆"),
        "rival": ("Rival platforms", "竞争平台"),
        "consumers": ("Consumers", "消费者"),
        "goods": ("Goods: quality and price", "商品：质量与价格"),
        "traffic": ("Traffic allocation", "流量分配"),
        "ads": ("Advertising", "广告"),
        "merchants": ("Merchants", "商家"),
        "platform": ("Platform costs", "平台成本"),
        "initial": ("Starting point", "初始状态"),
    }
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Param:
    """One model parameter, declared once.

    Attributes:
        name: identifier used in code, scenario files, the command line and URLs.
        symbol: the symbol used in the equations (``model-notes.md``).
        unit: unit of the stored value (the model's unit).
        min, default, max: the allowed range and the default (model units).
        step: slider / grid step in model units.
        group: one of ``GROUPS``.
        label_en, label_zh: short labels.
        help_en, help_zh: one-line meaning.
        source: where the default comes from.
        display_scale: factor from model units to display units (100 for percent).
        display_unit: the unit shown to people.
        schedulable: whether a time schedule (step or ramp) may act on it.
        uncertain: one of the model's key uncertain assumptions.
        dist: the distribution of an uncertain assumption (required exactly when
            ``uncertain``), in model units: ``("triangular", low, mode, high)`` with
            ``min <= low <= mode <= high <= max`` and the mode at the default, or
            ``("uniform", low, nan, high)``.  Monte Carlo bands draw from it; the
            tornado chart runs its low and high ends (``model.analysis``).  The
            ``source`` says why.
        declared: for a parameter whose default comes from the calibrated history
            (``model.estimation``, ``data/calibration.toml``): the value typed in this file.  A
            shared estimate's ``default`` and ``dist`` are the fit's; a starting-state parameter's
            ``default`` is the history's January 2025, so that every 2025 preset starts where the
            history ends.  The history itself starts from the typed values (``Params.declared``).
    """

    name: str
    symbol: str
    unit: str
    min: float
    default: float
    max: float
    step: float
    group: Group
    label_en: str
    label_zh: str
    help_en: str
    help_zh: str
    source: str = ""
    display_scale: float = 1.0
    display_unit: str = ""
    schedulable: bool = False
    uncertain: bool = False
    dist: Dist | None = None
    declared: float | None = None

    def __post_init__(self) -> None:
        if not self.min <= self.default <= self.max:
            raise ValueError(f"{self.name}: default {self.default} outside [{self.min}, {self.max}]")
        if self.step <= 0:
            raise ValueError(f"{self.name}: step must be positive")
        if self.group not in GROUPS:
            raise ValueError(f"{self.name}: unknown group {self.group!r}")
        if self.uncertain != (self.dist is not None):
            raise ValueError(f"{self.name}: an uncertain parameter needs a dist, and only an uncertain one has it")
        if self.dist is not None:
            check_dist(self, self.dist)
            if self.dist[0] in ("triangular", "normal") and self.dist[2] != self.default:
                raise ValueError(f"{self.name}: the mode of its dist {self.dist[2]} is not the default {self.default}")

    @property
    def ui(self) -> Literal["lever", "advanced", "expert"]:
        """Where the app offers it: policy levers up front, uncertain assumptions and the
        rival in the advanced panel; the rest is set by presets, scenario files or the CLI."""
        if self.group == "policy":
            return "lever"
        if self.uncertain or self.group == "rival":
            return "advanced"
        return "expert"

    @property
    def shown_unit(self) -> str:
        """Unit shown to people (``display_unit`` or the model unit)."""
        return self.display_unit or self.unit


def check_dist(p: Param, dist: object) -> Dist:
    """Validate a distribution for ``p`` (see ``Param.dist``); return it or raise ``ValueError``."""
    if not isinstance(dist, tuple) or len(dist) != 4 or dist[0] not in DIST_KINDS:
        raise ValueError(f"{p.name}: dist {dist!r} must be (kind, low, mode, high) with kind one of {DIST_KINDS}")
    kind, *nums = dist
    if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in nums):
        raise ValueError(f"{p.name}: dist {dist!r} must hold numbers")
    low, mode, high = (float(x) for x in nums)
    if kind == "normal" and not (low <= float(nums[1]) <= high and low < high):
        raise ValueError(f"{p.name}: a normal dist {dist!r} needs low <= mean <= high and low < high")
    if kind == "uniform":
        if not math.isnan(mode):
            raise ValueError(f"{p.name}: a uniform dist has no mode (write nan), got {mode!r}")
        mode = low
    if not all(math.isfinite(x) for x in (low, mode, high)) or not p.min <= low <= mode <= high <= p.max:
        raise ValueError(f"{p.name}: dist {dist!r} needs {p.min:g} <= low <= mode <= high <= {p.max:g} {p.unit}")
    return (str(kind), low, float(nums[1]), high)


class _Display(TypedDict):
    display_scale: float
    display_unit: str


_PCT: _Display = {"display_scale": 100.0, "display_unit": "%"}
_NOTES = "model-notes.md §4"
_V2 = "model-v2.md"

# The elements of the model's indices, with their words (``model/equations.py`` declares the same).
PLATFORMS: tuple[str, ...] = ("focal", "incumbent", "content")
RIVALS: tuple[str, ...] = ("incumbent", "content")
SEGMENTS: tuple[str, ...] = ("high_tier", "low_tier", "remote")
TYPES: tuple[str, ...] = ("head", "smb", "farm")
ELEMENT_WORDS: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "focal": ("Pinduoduo-like platform", "拼多多型平台"),
        "incumbent": ("Taobao/Tmall-like incumbent", "淘宝天猫型平台"),
        "content": ("Douyin-like content platform", "抖音型内容平台"),
        "high_tier": ("higher-tier cities", "一二线城市"),
        "low_tier": ("lower-tier cities", "下沉市场"),
        "remote": ("remote areas", "偏远地区"),
        "head": ("head brands", "头部品牌"),
        "smb": ("small merchants", "中小商家"),
        "farm": ("farm and rural producers", "农产品商家"),
    }
)
"""English and Chinese words for every element of an index (labels of parameters and variables)."""


def _name(template: str, element: str) -> str:
    """A family member's name: ``{_p}`` is nothing for the focal platform, ``_element`` otherwise."""
    out = template.replace("{_p}", "" if element == "focal" else f"_{element}")
    for index in ("s", "k", "r"):
        out = out.replace("{" + index + "}", element)
    return out


def _each(
    template: str,
    elements: tuple[str, ...],
    *,
    default: Mapping[str, float],
    label_en: str,
    label_zh: str,
    help_en: str,
    help_zh: str,
    source: str | Mapping[str, str],
    min: float | Mapping[str, float],
    max: float | Mapping[str, float],
    dist: Mapping[str, Dist] | None = None,
    **common: Any,
) -> tuple[Param, ...]:
    """One parameter per element: ``{x}`` in the labels and help is the element's words
    (``ELEMENT_WORDS``); ``min``, ``max`` and ``source`` may differ by element."""

    def pick(value: object, element: str) -> Any:
        return value[element] if isinstance(value, Mapping) else value

    out = []
    for e in elements:
        en, zh = ELEMENT_WORDS[e]
        d = dist.get(e) if dist else None
        out.append(
            Param(
                name=_name(template, e),
                label_en=label_en.format(x=en),
                label_zh=label_zh.format(x=zh),
                help_en=help_en.format(x=en),
                help_zh=help_zh.format(x=zh),
                source=str(pick(source, e)),
                default=default[e],
                min=float(pick(min, e)),
                max=float(pick(max, e)),
                uncertain=d is not None,
                dist=d,
                **common,
            )
        )
    return tuple(out)


PARAMETERS: tuple[Param, ...] = (
    # ----------------------------------------------------------------- policy (the focal platform's levers)
    Param(
        name="commission",
        symbol="τ_c",
        unit="fraction of GMV",
        min=0.0,
        default=0.006,
        max=0.15,
        step=0.001,
        group="policy",
        label_en="Commission (technical service fee)",
        label_zh="佣金率（技术服务费率）",
        help_en="Fee the platform takes on every order, as a share of GMV.",
        help_zh="平台按成交额收取的费率。",
        source="PDD technical service fee 0.6 % (2024), facts.csv pdd_fee_2024",
        schedulable=True,
        **_PCT,
    ),
    Param(
        name="fairness",
        symbol="F",
        unit="index 0-1",
        min=0.0,
        default=0.7,
        max=1.0,
        step=0.05,
        group="policy",
        label_en="Traffic fairness",
        label_zh="流量公平度",
        help_en="Share of the organic traffic ranked by price-performance (性价比); the rest follows merchants' bids (价高者得).",
        help_zh="自然流量中按性价比分配的比例；其余按商家出价分配（价高者得）。",
        source="definition (model-v2.md, ad auction); 0.7 for a Pinduoduo-like platform",
        schedulable=True,
    ),
    Param(
        name="ad_load",
        symbol="ℓ",
        unit="fraction",
        min=0.02,
        default=0.1,
        max=0.4,
        step=0.01,
        group="policy",
        label_en="Ad load",
        label_zh="广告位占比",
        help_en="Share of impressions the platform sells as ads in its auction (a platform choice).",
        help_zh="平台通过竞价出售为广告的曝光比例（平台的选择）。",
        source="judgement: PDD online marketing ≈ 3.8–4.3 % of GMV (facts.csv pdd_oms_2024) with most traffic organic",
        schedulable=True,
        **_PCT,
    ),
    Param(
        name="subsidy_bn_per_year",
        symbol="S",
        unit="RMB bn per year",
        min=0.0,
        default=0.0,
        max=150.0,
        step=0.1,
        group="policy",
        label_en="Merchant subsidy",
        label_zh="商家扶持力度",
        help_en="Money the platform spends per year on support while the programme runs.",
        help_zh="扶持计划执行期间平台每年投入的资金。",
        source="千亿扶持 ≈ 33 bn/yr (100 bn over 3 years), facts.csv pdd_support_2025",
        display_unit="RMB bn/yr",
        schedulable=True,
    ),
    Param(
        name="subsidy_start_month",
        symbol="t_s",
        unit="month",
        min=0.0,
        default=3.0,
        max=72.0,
        step=1.0,
        group="policy",
        label_en="Subsidy starts at month",
        label_zh="扶持开始月份",
        help_en="Month (after the start date) when the subsidy begins.",
        help_zh="扶持从模拟开始后的第几个月启动。",
        source="千亿扶持 announced 2025-04 = month 3 of a 2025-01 start",
    ),
    Param(
        name="subsidy_months",
        symbol="d_s",
        unit="months",
        min=0.0,
        default=36.0,
        max=72.0,
        step=1.0,
        group="policy",
        label_en="Subsidy duration",
        label_zh="扶持持续时间",
        help_en="Months at full rate, before any taper.",
        help_zh="全额投入的月数（不含逐步退出期）。",
        source="千亿扶持: three years",
    ),
    Param(
        name="subsidy_taper_months",
        symbol="d_taper",
        unit="months",
        min=0.0,
        default=0.0,
        max=12.0,
        step=1.0,
        group="policy",
        label_en="Subsidy taper",
        label_zh="扶持退出期",
        help_en="After the duration, the rate falls linearly to zero over this many months (0 = abrupt stop).",
        help_zh="全额期结束后，在这些月内线性降为零（0 = 立即停止）。",
        source="scenario design",
    ),
    Param(
        name="subsidy_budget_bn",
        symbol="S_max",
        unit="RMB bn",
        min=0.0,
        default=100.0,
        max=500.0,
        step=5.0,
        group="policy",
        label_en="Subsidy budget cap",
        label_zh="扶持总预算",
        help_en="Spending stops once this much has been spent in total.",
        help_zh="累计投入达到该金额后停止。",
        source="千亿扶持: 100 bn over three years",
        display_unit="RMB bn",
    ),
    Param(
        name="subsidy_share_smb",
        symbol="ω_S",
        unit="weight",
        min=0.0,
        default=0.5,
        max=1.0,
        step=0.05,
        group="policy",
        label_en="Subsidy share: small merchants",
        label_zh="扶持分配：中小商家",
        help_en="Weight of SMB merchant support (fee refunds, cash) in the split; weights are normalised.",
        help_zh="中小商家扶持（费用返还、现金）在分配中的权重；各权重会归一化。",
        source="千亿扶持 composition, qualitative (model-notes.md §3.2)",
        schedulable=True,
    ),
    Param(
        name="subsidy_share_head",
        symbol="ω_K",
        unit="weight",
        min=0.0,
        default=0.15,
        max=1.0,
        step=0.05,
        group="policy",
        label_en="Subsidy share: head brands",
        label_zh="扶持分配：头部品牌商家",
        help_en="Weight of head-brand merchant support in the split.",
        help_zh="头部品牌商家扶持在分配中的权重。",
        source="千亿扶持 composition, qualitative",
        schedulable=True,
    ),
    Param(
        name="subsidy_share_farm",
        symbol="ω_A",
        unit="weight",
        min=0.0,
        default=0.1,
        max=1.0,
        step=0.05,
        group="policy",
        label_en="Subsidy share: farm producers",
        label_zh="扶持分配：农产品商家",
        help_en="Weight of support for farm and rural-origin merchants (the specialty-agriculture programme).",
        help_zh="农产品与产地商家扶持（特色农产品计划）在分配中的权重。",
        source="千亿扶持 specialty-agriculture programme, qualitative (model-notes.md §3.2)",
        schedulable=True,
    ),
    Param(
        name="subsidy_share_logistics",
        symbol="ω_log",
        unit="weight",
        min=0.0,
        default=0.1,
        max=1.0,
        step=0.05,
        group="policy",
        label_en="Subsidy share: remote logistics",
        label_zh="扶持分配：偏远地区物流",
        help_en="Weight of remote-area logistics (电商西进) in the split; builds coverage for buyers in remote areas.",
        help_zh="偏远地区物流（电商西进）在分配中的权重；提升偏远地区买家的物流覆盖。",
        source="百亿减免 / 电商西进 logistics transit fees to six western provinces (model-notes.md §3.2)",
        schedulable=True,
    ),
    Param(
        name="subsidy_share_coupons",
        symbol="ω_cons",
        unit="weight",
        min=0.0,
        default=0.15,
        max=1.0,
        step=0.05,
        group="policy",
        label_en="Subsidy share: brand coupons",
        label_zh="扶持分配：品牌消费券",
        help_en="Weight of coupons on brand goods for lower-tier and remote buyers (百亿补贴-style) in the split.",
        help_zh="面向下沉市场和偏远地区买家的品牌商品消费券（百亿补贴式）在分配中的权重。",
        source="千亿扶持 '10 bn merchant return plan'; 百亿补贴 brand coupons",
        schedulable=True,
    ),
    Param(
        name="marketing_bn_per_year",
        symbol="A_mkt",
        unit="RMB bn per year",
        min=0.0,
        default=45.0,
        max=150.0,
        step=1.0,
        group="policy",
        label_en="Marketing (buyer acquisition)",
        label_zh="营销投入（拉新）",
        help_en="Money spent per year on acquiring buyers (ads outside the platform, referral rewards).",
        help_zh="平台每年用于获取新买家的投入（站外广告、拉新奖励）。",
        source="PDD sales & marketing ≈ 45 bn RMB in 2021, before Temu [M/E] (model-notes.md §4)",
        display_unit="RMB bn/yr",
        schedulable=True,
    ),
    # ------------------------------------------------------------------ rival platforms: their levers
    *_each(
        "commission_{r}",
        RIVALS,
        symbol="τ_c,r",
        unit="fraction of GMV",
        min=0.0,
        default={"incumbent": 0.012, "content": 0.025},
        max=0.15,
        step=0.001,
        group="rival",
        label_en="Commission of the {x}",
        label_zh="{x}佣金率",
        help_en="Fee the {x} takes on every order before any fee war (its own lever).",
        help_zh="{x}在价格战之前按成交额收取的费率（其自身的杠杆）。",
        source={
            "incumbent": "Tmall category commissions 0.5–5 % plus the 0.6 % software fee (model-notes.md §3.3) [E]",
            "content": "Douyin technical service fee ≈ 1–5 % by category (model-notes.md §3.5) [M]",
        },
        schedulable=True,
        **_PCT,
    ),
    *_each(
        "fairness_{r}",
        RIVALS,
        symbol="F_r",
        unit="index 0-1",
        min=0.0,
        default={"incumbent": 0.15, "content": 0.4},
        max=1.0,
        step=0.05,
        group="rival",
        label_en="Traffic fairness of the {x}",
        label_zh="{x}流量公平度",
        help_en="Share of the {x}'s organic traffic ranked by price-performance; the rest follows bids.",
        help_zh="{x}自然流量中按性价比分配的比例；其余按出价分配。",
        source={
            "incumbent": "bid-ranked search (价高者得, seed 000); 0.15 as in model-notes.md §4",
            "content": "content recommendation, partly paid (Qianchuan) [E]",
        },
        schedulable=True,
    ),
    *_each(
        "ad_load_{r}",
        RIVALS,
        symbol="ℓ_r",
        unit="fraction",
        min=0.02,
        default={"incumbent": 0.25, "content": 0.3},
        max=0.4,
        step=0.01,
        group="rival",
        label_en="Ad load of the {x}",
        label_zh="{x}广告位占比",
        help_en="Share of the {x}'s impressions sold as ads.",
        help_zh="{x}出售为广告的曝光比例。",
        source={
            "incumbent": "Alibaba customer-management revenue ≈ 4 % of GMV (facts.csv alibaba_cmr_ratio) [E]",
            "content": "Douyin monetisation incl. ads plausibly 6–9 % (model-notes.md §3.5) [E]",
        },
        schedulable=True,
        **_PCT,
    ),
    *_each(
        "subsidy_bn_per_year_{r}",
        RIVALS,
        symbol="S_r",
        unit="RMB bn per year",
        min=0.0,
        default={"incumbent": 0.0, "content": 0.0},
        max=150.0,
        step=0.1,
        group="rival",
        label_en="Merchant support by the {x}",
        label_zh="{x}商家扶持力度",
        help_en="Money the {x} spends per year supporting its merchants (pro rata to their sales there).",
        help_zh="{x}每年用于扶持其商家的资金（按商家在该平台的销售额分配）。",
        source="scenario lever (e.g. 'Taobao answers 千亿扶持')",
        display_unit="RMB bn/yr",
        schedulable=True,
    ),
    *_each(
        "marketing_bn_per_year_{r}",
        RIVALS,
        symbol="A_mkt,r",
        unit="RMB bn per year",
        min=0.0,
        default={"incumbent": 40.0, "content": 30.0},
        max=150.0,
        step=1.0,
        group="rival",
        label_en="Marketing by the {x}",
        label_zh="{x}营销投入",
        help_en="Money the {x} spends per year on acquiring buyers.",
        help_zh="{x}每年用于获取新买家的投入。",
        source="[E]: of the order of the focal platform's",
        display_unit="RMB bn/yr",
        schedulable=True,
    ),
    # ------------------------------------------------------------------ rival platforms: how they react
    *_each(
        "rival_match_share_{r}",
        RIVALS,
        symbol="μ_r",
        unit="fraction",
        min=0.0,
        default={"incumbent": 0.0, "content": 0.0},
        max=1.0,
        step=0.05,
        group="rival",
        label_en="The {x} matches our fee cuts",
        label_zh="{x}跟进我方降费比例",
        help_en="Share of our merchant-side fee cut (commission cut plus merchant subsidy) the {x} matches.",
        help_zh="{x}跟进我方商家侧降费（降佣加商家补贴）的比例。",
        source="Douyin '9 measures' 2025 (model-notes.md §3.5); 0.8 in the fee-war preset",
        **_PCT,
    ),
    *_each(
        "rival_match_months_{r}",
        RIVALS,
        symbol="τ_match,r",
        unit="months",
        min=3.0,
        default={"incumbent": 6.0, "content": 6.0},
        max=12.0,
        step=1.0,
        group="rival",
        label_en="Response delay of the {x}",
        label_zh="{x}跟进时滞",
        help_en="Months the {x} takes to move its fee and its support toward its targets.",
        help_zh="{x}调整佣金和扶持所需的时间。",
        source="2025 food-delivery war responses within weeks [F]",
    ),
    *_each(
        "rival_answer_share_{r}",
        RIVALS,
        symbol="ν_r",
        unit="fraction",
        min=0.0,
        default={"incumbent": 0.0, "content": 0.0},
        max=1.5,
        step=0.05,
        group="rival",
        label_en="The {x} answers our subsidy",
        label_zh="{x}跟进我方扶持",
        help_en="Merchant support the {x} adds per RMB we spend on our programme.",
        help_zh="我方扶持每投入一元，{x}相应增加的商家扶持。",
        source="scenario lever ('a rival answers 千亿扶持')",
        **_PCT,
    ),
    *_each(
        "rival_share_response_{r}",
        RIVALS,
        symbol="η_r",
        unit="fraction of GMV",
        min=0.0,
        default={"incumbent": 0.0, "content": 0.0},
        max=0.05,
        step=0.001,
        group="rival",
        label_en="Fee cut of the {x} per share lost",
        label_zh="{x}份额下降时的降费力度",
        help_en=(
            "Fee cut the {x} makes per unit of relative GMV share lost against its start (0.02: losing a tenth of its share "
            "cuts 0.2 pp)."
        ),
        help_zh="{x}相对初始GMV份额每下降一个单位所降低的费率（0.02：份额下降十分之一时降费0.2个百分点）。",
        source="reaction rule (model-v2.md, rival behaviour); 0 by default",
        **_PCT,
    ),
    Param(
        name="content_attraction_gain",
        symbol="g_content",
        unit="utility",
        min=0.0,
        default=0.35,
        max=3.0,
        step=0.05,
        group="rival",
        label_en="Content platform's rising attraction",
        label_zh="内容平台吸引力增长",
        help_en=(
            "Utility the content platform gains over the coming years from short video and live streaming (declared exogenous "
            "growth)."
        ),
        help_zh="内容平台未来几年因短视频和直播而增加的效用（外生增长）。",
        source="Douyin e-commerce GMV +30 % in 2024, 3.5 tn (facts.csv douyin_gmv_2024); calibrated to that growth",
    ),
    Param(
        name="content_trend_months",
        symbol="τ_content",
        unit="months",
        min=6.0,
        default=24.0,
        max=60.0,
        step=1.0,
        group="rival",
        label_en="Content platform's growth time",
        label_zh="内容平台增长时间",
        help_en="Months over which the content platform's rising attraction builds up (first-order).",
        help_zh="内容平台吸引力增长的时间常数（一阶）。",
        source="Douyin growth slowing from +30 % (2024) toward its 2025 target [E]",
    ),
    # -------------------------------------------------------------- consumers
    *_each(
        "shoppers_{s}",
        SEGMENTS,
        symbol="N_s0",
        unit="M people",
        min={"high_tier": 250.0, "low_tier": 300.0, "remote": 50.0},
        default={"high_tier": 400.0, "low_tier": 485.0, "remote": 90.0},
        max={"high_tier": 450.0, "low_tier": 540.0, "remote": 110.0},
        step=5.0,
        group="consumers",
        label_en="Online shoppers, {x}",
        label_zh="{x}网购用户",
        help_en="People in {x} who shop online at the start.",
        help_zh="模拟开始时{x}的网购人数。",
        source={
            "high_tier": "CNNIC 974 M online shoppers 2024, split [E] (facts.csv cn_online_shoppers_2024)",
            "low_tier": "CNNIC 974 M less the higher-tier cities and the remote provinces [E]",
            "remote": "the six western provinces 电商西进 reaches (≈ 100 M people), their online share [E]",
        },
    ),
    *_each(
        "shoppers_cap_{s}",
        SEGMENTS,
        symbol="N_s,max",
        unit="M people",
        min={"high_tier": 400.0, "low_tier": 485.0, "remote": 90.0},
        default={"high_tier": 430.0, "low_tier": 560.0, "remote": 110.0},
        max={"high_tier": 500.0, "low_tier": 650.0, "remote": 130.0},
        step=5.0,
        group="consumers",
        label_en="Most online shoppers, {x}",
        label_zh="{x}网购用户上限",
        help_en="The ceiling online shoppers in {x} approach: the population times the highest online share.",
        help_zh="{x}网购用户逐步接近的上限：人口乘以最高网购比例。",
        source="population by city tier (NBS) × ~90 % online share [E]; bounds the shoppers (no growth past the population)",
    ),
    *_each(
        "shoppers_rate_{s}",
        SEGMENTS,
        symbol="r_N,s",
        unit="fraction per year",
        min=0.0,
        default={"high_tier": 0.1, "low_tier": 0.15, "remote": 0.15},
        max=0.5,
        step=0.01,
        group="consumers",
        label_en="Online adoption rate, {x}",
        label_zh="{x}网购普及速度",
        help_en="Logistic rate at which online shoppers in {x} approach their ceiling (initial growth = rate × room left).",
        help_zh="{x}网购用户趋近上限的 logistic 速率（初始增长率 = 速率 × 剩余空间）。",
        source="≈ 0.5–2.7 %/yr initial growth of online shoppers (CNNIC) [E]",
    ),
    *_each(
        "wallet_{s}",
        SEGMENTS,
        symbol="Wal_s0",
        unit="k RMB per shopper per year",
        min={"high_tier": 12.0, "low_tier": 6.0, "remote": 4.0},
        default={"high_tier": 32.0, "low_tier": 16.0, "remote": 11.0},
        max={"high_tier": 40.0, "low_tier": 22.0, "remote": 16.0},
        step=0.5,
        group="consumers",
        label_en="Online spend per shopper, {x}",
        label_zh="{x}人均网购支出",
        help_en="Yearly online spend of a shopper in {x} at the start (platform-GMV basis).",
        help_zh="模拟开始时{x}每位网购用户的年网购支出（平台GMV口径）。",
        source="platform GMVs ≈ 21–22 tn in 2024 (model-notes.md §3.7 gross-up of 15.5 tn online retail) [E]",
    ),
    Param(
        name="wallet_growth",
        symbol="g_Wal",
        unit="fraction per year",
        min=0.0,
        default=0.03,
        max=0.1,
        step=0.005,
        group="consumers",
        label_en="Growth of online spend per shopper",
        label_zh="人均网购支出增长率",
        help_en="Yearly growth of each shopper's online spend; merchants' fixed costs and platforms' opex grow with it.",
        help_zh="每位网购用户网购支出的年增长率；商家固定成本和平台运营成本随之增长。",
        source="NBS physical-goods online retail +6.5 % in 2024, less shopper growth [E]",
        **_PCT,
    ),
    *(
        q
        for p in PLATFORMS
        for q in _each(
            "active_share_{s}" + ("" if p == "focal" else f"_{p}"),
            SEGMENTS,
            symbol="a_s,p",
            unit="fraction",
            min=0.3,
            default={
                "focal": {"high_tier": 0.88, "low_tier": 0.95, "remote": 0.9},
                "incumbent": {"high_tier": 0.98, "low_tier": 0.85, "remote": 0.7},
                "content": {"high_tier": 0.8, "low_tier": 0.75, "remote": 0.65},
            }[p],
            max=1.0,
            step=0.01,
            group="consumers",
            label_en="Active share, {x}, " + ELEMENT_WORDS[p][0],
            label_zh="{x}活跃比例（" + ELEMENT_WORDS[p][1] + "）",
            help_en="Share of the reachable shoppers in {x} who are active buyers on the "
            + ELEMENT_WORDS[p][0]
            + " in the reference state (buyers multi-home).",
            help_zh="参照状态下{x}可触达网购用户中在" + ELEMENT_WORDS[p][1] + "活跃的比例（买家多平台购物）。",
            source={
                "focal": "PDD 869 M annual active buyers 2021 (facts.csv pdd_buyers_2021)",
                "incumbent": "Alibaba ≈ 1 bn China annual consumers FY2022 (model-notes.md §3.3)",
                "content": "Douyin e-commerce buyers, judgement [E]",
            }[p],
        )
    ),
    *(
        q
        for p in PLATFORMS
        for q in _each(
            "wallet_share_{s}" + ("" if p == "focal" else f"_{p}") + "_0",
            SEGMENTS,
            symbol="W_s,p,0",
            unit="fraction",
            min=0.02,
            default={
                "focal": {"high_tier": 0.17, "low_tier": 0.36, "remote": 0.45},
                "incumbent": {"high_tier": 0.45, "low_tier": 0.25, "remote": 0.2},
                "content": {"high_tier": 0.2, "low_tier": 0.2, "remote": 0.2},
            }[p],
            max=0.8,
            step=0.01,
            group="consumers",
            label_en="Wallet share, {x}, " + ELEMENT_WORDS[p][0],
            label_zh="{x}钱包份额（" + ELEMENT_WORDS[p][1] + "）",
            help_en="Share of an active buyer's online spend in {x} that goes to the "
            + ELEMENT_WORDS[p][0]
            + " in the reference state; what is left goes to other shops (JD, Kuaishou, ...).",
            help_zh="参照状态下{x}活跃买家网购支出中流向" + ELEMENT_WORDS[p][1] + "的份额；其余流向其他平台（京东、快手等）。",
            source={
                "focal": "PDD GMV ≈ 5.2 tn in 2024 (facts.csv pdd_gmv_2024) with the buyers and wallets above [E]",
                "incumbent": "Taobao/Tmall GMV ≈ 7–8 tn (model-notes.md §3.3) [E]",
                "content": "Douyin GMV 3.5 tn in 2024 (facts.csv douyin_gmv_2024) [E]",
            }[p],
        )
    ),
    Param(
        name="max_reach",
        symbol="σ_max",
        unit="fraction",
        min=0.85,
        default=0.97,
        max=0.99,
        step=0.01,
        group="consumers",
        label_en="Maximum reach",
        label_zh="最大覆盖率",
        help_en="Share of online shoppers a platform can reach at most (buyers multi-home).",
        help_zh="一个平台最多能触达的网购用户比例（买家多平台购物）。",
        source=_NOTES,
    ),
    Param(
        name="bass_p",
        symbol="p",
        unit="per month",
        min=0.001,
        default=0.0025,
        max=0.005,
        step=0.0005,
        group="consumers",
        label_en="Adoption by innovation (Bass p)",
        label_zh="创新采纳系数（巴斯模型 p）",
        help_en="Monthly adoption by shoppers not yet reached, independent of word of mouth.",
        help_zh="尚未触达的网购用户中不依赖口碑的月采纳率。",
        source="Sultan, Farley & Lehmann 1990: p ≈ 0.03/yr (model-notes.md §1.1)",
    ),
    Param(
        name="bass_q",
        symbol="q",
        unit="per month",
        min=0.015,
        default=0.03,
        max=0.05,
        step=0.001,
        group="consumers",
        label_en="Adoption by imitation (Bass q)",
        label_zh="模仿采纳系数（巴斯模型 q）",
        help_en="Word of mouth: monthly adoption per unit share of shoppers already active (拼单 sharing).",
        help_zh="口碑效应：每单位已活跃用户比例带来的月采纳率（拼单分享）。",
        source="Sultan, Farley & Lehmann 1990: q ≈ 0.38/yr (model-notes.md §1.1)",
    ),
    Param(
        name="leave_months",
        symbol="τ_leave",
        unit="months",
        min=3.0,
        default=6.0,
        max=12.0,
        step=1.0,
        group="consumers",
        label_en="Time to leave when out of reach",
        label_zh="超出覆盖时的流失时间",
        help_en="Months over which buyers above the reachable pool leave (extreme-condition guard).",
        help_zh="超出可触达人群的买家离开所需的月数（极端条件保护）。",
        source=_NOTES,
    ),
    Param(
        name="adoption_sensitivity",
        symbol="β_a",
        unit="per unit utility",
        min=0.5,
        default=1.0,
        max=2.0,
        step=0.1,
        group="consumers",
        label_en="Adoption response to attractiveness",
        label_zh="采纳对吸引力的敏感度",
        help_en="How strongly adoption rises with the platform's utility.",
        help_zh="采纳随平台效用上升的敏感程度。",
        source=_NOTES + " judgement",
    ),
    Param(
        name="churn_sensitivity",
        symbol="β_c",
        unit="per unit utility",
        min=0.5,
        default=1.0,
        max=2.0,
        step=0.1,
        group="consumers",
        label_en="Churn response to attractiveness",
        label_zh="流失对吸引力的敏感度",
        help_en="How strongly churn falls with the platform's utility.",
        help_zh="流失随平台效用下降的敏感程度。",
        source=_NOTES + " judgement",
    ),
    Param(
        name="wallet_share_months",
        symbol="τ_w",
        unit="months",
        min=3.0,
        default=6.0,
        max=60.0,
        step=1.0,
        group="consumers",
        label_en="Wallet-share adjustment time",
        label_zh="钱包份额调整时间",
        help_en="Months buyers take to shift their spend toward the new target share (habit).",
        help_zh="买家把消费转向新目标份额所需的时间（消费习惯）。",
        source=_NOTES + "; dist triangular 3/6/18: habit shifts within a quarter to 18 months; the challenger's"
        " uptake 2018-2024 took longer (the calibrated history estimates ≈ 60, data/calibration.toml)",
        uncertain=True,
        dist=("triangular", 3.0, 6.0, 18.0),
    ),
    Param(
        name="network_effect",
        symbol="β_v",
        unit="per unit ln merchants",
        min=0.15,
        default=0.3,
        max=0.6,
        step=0.01,
        group="consumers",
        label_en="Network effect (variety)",
        label_zh="网络效应（商品丰富度）",
        help_en="How much buyers value more merchants on a platform: utility per unit of ln(merchants). Key uncertainty.",
        help_zh="买家对平台商家数量增加的重视程度（每单位对数商家数的效用）。关键不确定参数。",
        source=_NOTES + " key uncertainty; dist triangular 0.15/0.3/0.6: no estimate for China, the notes' full range",
        uncertain=True,
        dist=("triangular", 0.15, 0.3, 0.6),
    ),
    Param(
        name="pass_through",
        symbol="ρ",
        unit="fraction",
        min=0.3,
        default=0.5,
        max=0.8,
        step=0.01,
        group="consumers",
        label_en="Pass-through to prices",
        label_zh="成本转嫁率",
        help_en=(
            "Share of any change in a merchant's charges or costs (fee, ads, subsidy, unit cost) passed on to its prices; the "
            "rest changes its margin. Key uncertainty."
        ),
        help_zh="商家费用或成本（佣金、广告、补贴、单位成本）的任何变化中转嫁到价格的比例；其余改变其利润率。关键不确定参数。",
        source="Weyl & Fabinger 2013 (model-v2.md, incidence); dist triangular 0.3/0.5/0.8: partial pass-through, notes' range",
        uncertain=True,
        dist=("triangular", 0.3, 0.5, 0.8),
        **_PCT,
    ),
    Param(
        name="price_comparison",
        symbol="κ",
        unit="dimensionless",
        min=0.0,
        default=10.0,
        max=20.0,
        step=0.1,
        group="consumers",
        label_en="Cross-platform price comparison (比价)",
        label_zh="跨平台比价",
        help_en=(
            "How much more strongly buyers react to a platform's price level than to the price gap between kinds of goods (× "
            "the segment's price weight): the same goods sell on several platforms, so a platform whose prices rise loses spend "
            "fast. Key uncertainty."
        ),
        help_zh="买家对平台整体价格水平的反应比对不同商品之间价差的反应强多少（乘以该分层的价格权重）：同样的商品在多个平台销售，涨价的平台会迅速失去支出。关键不确定参数。",
        source=(
            "Ellison & Ellison 2009 (Econometrica): price elasticities of −25 and beyond for identical goods on a "
            "price-comparison site; a nested logit with platforms as close substitutes for the same goods; dist triangular "
            "4/10/16, judgement"
        ),
        uncertain=True,
        dist=("triangular", 4.0, 10.0, 16.0),
    ),
    Param(
        name="logistics_effect",
        symbol="β_log",
        unit="per unit coverage",
        min=0.2,
        default=0.8,
        max=1.5,
        step=0.05,
        group="consumers",
        label_en="Logistics effect in remote areas",
        label_zh="偏远地区物流效应",
        help_en="Utility buyers in remote areas gain from full logistics coverage (free shipping to the western provinces).",
        help_zh="偏远地区买家在物流全覆盖（西部包邮）时获得的效用。",
        source="电商西进 transit-fee subsidy, judgement (model-notes.md §3.2)",
    ),
    Param(
        name="logistics_half_cost",
        symbol="κ_log",
        unit="RMB bn per year",
        min=2.0,
        default=5.0,
        max=20.0,
        step=0.5,
        group="consumers",
        label_en="Logistics cost for half coverage",
        label_zh="半覆盖所需物流投入",
        help_en="Yearly logistics spend that buys half of full coverage in the remote areas.",
        help_zh="在偏远地区达到一半覆盖所需的年物流投入。",
        source="百亿减免 (10 bn incl. transit fees to six provinces) [E]",
        display_unit="RMB bn/yr",
    ),
    Param(
        name="logistics_months",
        symbol="τ_log",
        unit="months",
        min=6.0,
        default=12.0,
        max=24.0,
        step=1.0,
        group="consumers",
        label_en="Logistics build-up time",
        label_zh="物流建设时间",
        help_en="Months for logistics coverage to follow its target.",
        help_zh="物流覆盖向目标调整所需的月数。",
        source=_NOTES,
    ),
    # ------------------------------------------------------------------ goods: quality and price by origin
    *_each(
        "quality_weight_{s}",
        SEGMENTS,
        symbol="β_q,s",
        unit="per unit ln quality",
        min=0.5,
        default={"high_tier": 3.0, "low_tier": 2.0, "remote": 2.0},
        max=6.0,
        step=0.1,
        group="goods",
        label_en="Weight on quality, {x}",
        label_zh="{x}对质量的重视程度",
        help_en="How much buyers in {x} value quality (brand, reliability): utility per unit ln quality.",
        help_zh="{x}买家对质量（品牌、可靠性）的重视程度：每单位对数质量的效用。",
        source="higher-tier buyers brand- and quality-minded (seed 000: 卖给上海人) [E]",
    ),
    *_each(
        "price_weight_{s}",
        SEGMENTS,
        symbol="β_p,s",
        unit="per unit ln price",
        min=0.5,
        default={"high_tier": 1.5, "low_tier": 3.0, "remote": 3.5},
        max=8.0,
        step=0.1,
        group="goods",
        label_en="Price sensitivity, {x}",
        label_zh="{x}价格敏感度",
        help_en="How much buyers in {x} dislike higher prices: utility per unit ln price.",
        help_zh="{x}买家对价格上升的厌恶程度：每单位对数价格的效用。",
        source="model-notes.md §4 price sensitivity H 4 / L 7, lower-tier and remote more price-sensitive [E]",
    ),
    *_each(
        "quality_smb_{s}",
        SEGMENTS,
        symbol="q_S,s",
        unit="index",
        min=0.3,
        default={"high_tier": 0.62, "low_tier": 0.72, "remote": 0.72},
        max=1.0,
        step=0.01,
        group="goods",
        label_en="Quality of small merchants' goods, {x}",
        label_zh="{x}眼中中小商家商品的质量",
        help_en=(
            "Quality of small merchants' goods as buyers in {x} see it, against head brands' (= 1). The contestable quality "
            "gap. Key uncertainty."
        ),
        help_zh="{x}买家眼中中小商家商品的质量（头部品牌 = 1）。可争论的质量差距。关键不确定参数。",
        source="white-label vs brand: the essays' claim, made a parameter to contest; dist triangular, judgement",
        dist={
            "high_tier": ("triangular", 0.45, 0.62, 0.85),
            "low_tier": ("triangular", 0.55, 0.72, 0.9),
            "remote": ("triangular", 0.55, 0.72, 0.9),
        },
    ),
    *_each(
        "quality_farm_{s}",
        SEGMENTS,
        symbol="q_A,s",
        unit="index",
        min=0.3,
        default={"high_tier": 0.75, "low_tier": 0.75, "remote": 0.75},
        max=1.2,
        step=0.01,
        group="goods",
        label_en="Quality of farm goods, {x}",
        label_zh="{x}眼中农产品的质量",
        help_en="Quality of farm and rural-origin goods as buyers in {x} see it, against head brands' (= 1).",
        help_zh="{x}买家眼中农产品与产地商品的质量（头部品牌 = 1）。",
        source="产地直发 freshness vs brand packaging, judgement [E]",
    ),
    Param(
        name="price_ratio_smb",
        symbol="P_S/P_K",
        unit="index",
        min=0.4,
        default=0.65,
        max=0.95,
        step=0.01,
        group="goods",
        label_en="Price of small merchants' goods",
        label_zh="中小商家商品价格",
        help_en="Price of small merchants' goods against head brands' for comparable items (= 1).",
        help_zh="可比商品中中小商家商品相对头部品牌（= 1）的价格。",
        source="white-label / factory goods 25–45 % below brands (seed 000: 9.9/10双包邮) [E]",
    ),
    Param(
        name="price_ratio_farm",
        symbol="P_A/P_K",
        unit="index",
        min=0.4,
        default=0.7,
        max=1.0,
        step=0.01,
        group="goods",
        label_en="Price of farm goods",
        label_zh="农产品价格",
        help_en="Price of farm goods sold from origin against branded equivalents (= 1).",
        help_zh="产地直发农产品相对品牌同类商品（= 1）的价格。",
        source="产地直发 cutting intermediaries (seed 000) [E]",
    ),
    # ------------------------------------------------------------------ traffic allocation
    Param(
        name="long_tail_floor",
        symbol="λ_tail",
        unit="fraction",
        min=0.05,
        default=0.15,
        max=0.3,
        step=0.01,
        group="traffic",
        label_en="Long-tail floor",
        label_zh="长尾流量下限",
        help_en="Share of organic traffic allocated by merchant count (queries head brands do not contest).",
        help_zh="按商家数量分配的自然流量比例（头部品牌不参与竞争的搜索）。",
        source=_NOTES,
    ),
    Param(
        name="bid_exponent",
        symbol="α",
        unit="-",
        min=1.0,
        default=2.0,
        max=3.0,
        step=0.1,
        group="traffic",
        label_en="Bid concentration",
        label_zh="出价集中度",
        help_en="How strongly bid-ranked traffic concentrates on the highest value per click (价高者得).",
        help_zh="按出价分配的流量向最高点击价值集中的程度（价高者得）。",
        source=_NOTES,
    ),
    Param(
        name="merit_exponent",
        symbol="γ",
        unit="-",
        min=1.0,
        default=1.3,
        max=2.0,
        step=0.05,
        group="traffic",
        label_en="Merit concentration",
        label_zh="性价比集中度",
        help_en="How strongly merit-ranked traffic concentrates on the best value for money (爆款).",
        help_zh="按性价比分配的流量向最佳性价比集中的程度（爆款）。",
        source="Huang Zheng on concentrated traffic for hit products (model-notes.md §3.6)",
    ),
    Param(
        name="bid_value_smb",
        symbol="v_S/v_K",
        unit="-",
        min=0.1,
        default=0.15,
        max=0.35,
        step=0.01,
        group="traffic",
        label_en="Value per click: small merchants",
        label_zh="中小商家单次点击价值",
        help_en="What a click is worth to a small merchant against a head brand (= 1): lower prices and margins.",
        help_zh="一次点击对中小商家的价值（头部品牌 = 1）：价格和利润率更低。",
        source="head/SMB bid-per-click ratio 3–10, default 7 (model-notes.md §4)",
    ),
    Param(
        name="bid_value_farm",
        symbol="v_A/v_K",
        unit="-",
        min=0.05,
        default=0.1,
        max=0.3,
        step=0.01,
        group="traffic",
        label_en="Value per click: farm producers",
        label_zh="农产品商家单次点击价值",
        help_en="What a click is worth to a farm producer against a head brand (= 1).",
        help_zh="一次点击对农产品商家的价值（头部品牌 = 1）。",
        source="low-priced fresh goods, thin ad budgets [E]",
    ),
    Param(
        name="bid_margin_response",
        symbol="ψ",
        unit="elasticity",
        min=0.0,
        default=1.0,
        max=2.0,
        step=0.1,
        group="traffic",
        label_en="Bids follow margins",
        label_zh="出价随利润率变化",
        help_en=(
            "Elasticity of a merchant's value per click (what it bids) to its perceived margin: a click is worth conversion × "
            "margin, so 1 = bids proportional to the margin."
        ),
        help_zh="商家单次点击价值（即出价）对其感知利润率的弹性：一次点击的价值 = 转化率 × 利润，1 = 出价与利润率成正比。",
        source=(
            "value per click = conversion × margin (Varian 2007, position auctions: bidders bid their value per click); 1 by "
            "construction"
        ),
    ),
    # --------------------------------------------------------------------- ads and the auction
    *_each(
        "ad_spend{_p}",
        PLATFORMS,
        symbol="a_p",
        unit="fraction of GMV",
        min=0.01,
        default={"focal": 0.036, "incumbent": 0.028, "content": 0.035},
        max=0.08,
        step=0.001,
        group="ads",
        label_en="Ad spend per sales, {x}",
        label_zh="{x}广告费率",
        help_en="Merchants' ad spend on the {x} as a share of their sales there, at its reference click price.",
        help_zh="参照点击价格下商家在{x}的广告投入占其销售额的比例。",
        source={
            "focal": "PDD online marketing 197.9 bn in 2024 ≈ 3.8–4.3 % of domestic GMV (facts.csv pdd_oms_2024)",
            "incumbent": "Alibaba CMR ≈ 4 % of GMV incl. the software fee (facts.csv alibaba_cmr_ratio)",
            "content": "Douyin monetisation incl. ads plausibly 6–9 % (model-notes.md §3.5) [E]",
        },
        **_PCT,
    ),
    Param(
        name="ad_weight_smb",
        symbol="w_S",
        unit="-",
        min=0.4,
        default=0.8,
        max=1.2,
        step=0.05,
        group="ads",
        label_en="Ad spend of small merchants",
        label_zh="中小商家广告投入",
        help_en="Small merchants' ad spend per sales against head brands' (= 1).",
        help_zh="中小商家单位销售额的广告投入（头部品牌 = 1）。",
        source="ad spend / GMV head 4.5 %, SMB 3.5 % (model-notes.md §4)",
    ),
    Param(
        name="ad_weight_farm",
        symbol="w_A",
        unit="-",
        min=0.1,
        default=0.4,
        max=1.0,
        step=0.05,
        group="ads",
        label_en="Ad spend of farm producers",
        label_zh="农产品商家广告投入",
        help_en="Farm producers' ad spend per sales against head brands' (= 1).",
        help_zh="农产品商家单位销售额的广告投入（头部品牌 = 1）。",
        source="[E]",
    ),
    Param(
        name="cpc_pass",
        symbol="ν",
        unit="-",
        min=0.2,
        default=0.5,
        max=1.0,
        step=0.05,
        group="ads",
        label_en="Click price into ad spend",
        label_zh="点击价格向广告支出的传导",
        help_en="Elasticity of merchants' ad spend per sales to the click price.",
        help_zh="商家单位销售额广告支出对点击价格的弹性。",
        source=_NOTES,
    ),
    Param(
        name="auction_elasticity",
        symbol="ε",
        unit="-",
        min=0.0,
        default=1.0,
        max=1.5,
        step=0.05,
        group="ads",
        label_en="Auction pressure on the click price",
        label_zh="竞价压力对点击价格的影响",
        help_en="Elasticity of the click price to bidding pressure per ad slot (more bidders, higher values, fewer slots).",
        help_zh="点击价格对单位广告位竞价压力（更多出价者、更高价值、更少广告位）的弹性。",
        source=(
            "generalised second-price auction: prices rise with the number and value of bidders (Edelman, Ostrovsky & Schwarz "
            "2007; Varian 2007)"
        ),
    ),
    Param(
        name="cpc_months",
        symbol="τ_cpc",
        unit="months",
        min=1.0,
        default=2.0,
        max=4.0,
        step=0.5,
        group="ads",
        label_en="Click-price adjustment time",
        label_zh="点击价格调整时间",
        help_en="Months the click price takes to follow bidding pressure.",
        help_zh="点击价格跟随竞价压力所需的月数。",
        source=_NOTES,
    ),
    # -------------------------------------------------------------- merchants
    *_each(
        "merchants_total_{k}",
        ("head", "farm"),
        symbol="M_k0",
        unit="M merchants",
        min={"head": 0.5, "farm": 1.0},
        default={"head": 2.0, "farm": 4.0},
        max={"head": 3.0, "farm": 6.0},
        step=0.05,
        group="merchants",
        label_en="Merchants online, {x}",
        label_zh="{x}线上商家数",
        help_en="Merchants of this kind ({x}) selling online on any platform at the start.",
        help_zh="模拟开始时在任一平台经营的该类商家（{x}）数量。",
        source={
            "head": "PDD 1 M head merchants multi-homing on ≈ 2 platforms [E]",
            "farm": "19.5 M rural online merchants, farm producers among them [E]",
        },
    ),
    Param(
        name="merchants_total_smb_established",
        symbol="M_Se0",
        unit="M merchants",
        min=1.0,
        default=14.0,
        max=20.0,
        step=0.1,
        group="merchants",
        label_en="Established small merchants online",
        label_zh="线上成熟中小商家数",
        help_en="Established small merchants selling online on any platform at the start.",
        help_zh="模拟开始时在任一平台经营的成熟中小商家数量。",
        source="PDD 8.6 M active merchants 2020 (facts.csv pdd_merchants_2020), multi-homing [E]",
    ),
    Param(
        name="merchants_total_smb_new",
        symbol="M_Sn0",
        unit="M merchants",
        min=1.0,
        default=6.0,
        max=10.0,
        step=0.1,
        group="merchants",
        label_en="New small merchants online",
        label_zh="线上新入驻中小商家数",
        help_en="Small merchants in their first stage (not yet established) at the start.",
        help_zh="模拟开始时处于起步阶段（尚未成熟）的中小商家数量。",
        source="Jin (2021): <1 % of new sellers become successful; high turnover (model-notes.md §1.4)",
    ),
    *(
        q
        for k in TYPES
        for q in _each(
            "effort_" + k + "{_p}_0",
            PLATFORMS,
            symbol="e_k,p,0",
            unit="weight",
            min=0.01,
            default={
                "head": {"focal": 0.3, "incumbent": 0.45, "content": 0.25},
                "smb": {"focal": 0.42, "incumbent": 0.33, "content": 0.25},
                "farm": {"focal": 0.5, "incumbent": 0.2, "content": 0.3},
            }[k],
            max=1.0,
            step=0.01,
            group="merchants",
            label_en=ELEMENT_WORDS[k][0].capitalize() + ": effort on the {x}",
            label_zh=ELEMENT_WORDS[k][1] + "在{x}的经营投入",
            help_en="Share of "
            + ELEMENT_WORDS[k][0]
            + "' listings and effort on the {x} in the reference state (weights are normalised over the platforms).",
            help_zh="参照状态下" + ELEMENT_WORDS[k][1] + "在{x}的店铺与经营投入比例（各平台权重会归一化）。",
            source="PDD ≈ 10 M merchants (2024, press), Taobao ≈ 10 M, Douyin ≈ 8 M [E]",
        )
    ),
    *_each(
        "multihoming_{k}",
        TYPES,
        symbol="H_k",
        unit="platforms",
        min=1.0,
        default={"head": 2.0, "smb": 1.3, "farm": 1.2},
        max=3.0,
        step=0.05,
        group="merchants",
        label_en="Multi-homing of {x}",
        label_zh="{x}多平台经营程度",
        help_en="Platforms a merchant of this kind ({x}) sells on, on average (1 = single-homing).",
        help_zh="该类商家（{x}）平均经营的平台数（1 = 只在一个平台经营）。",
        source="brands sell on every large platform; most small merchants on one or two (Armstrong & Wright 2007) [E]",
    ),
    *_each(
        "pool_{k}",
        TYPES,
        symbol="P_k",
        unit="M merchants",
        min={"head": 0.2, "smb": 5.0, "farm": 1.0},
        default={"head": 1.0, "smb": 15.0, "farm": 4.0},
        max={"head": 3.0, "smb": 40.0, "farm": 10.0},
        step=0.1,
        group="merchants",
        label_en="Potential online merchants, {x}",
        label_zh="{x}潜在线上商家数",
        help_en="Merchants of this kind ({x}) who do not sell online at the start but could (the pool entry draws from).",
        help_zh="初始时尚未在线上经营、但可能入驻的该类商家（{x}）（入驻的来源池）。",
        source="≈ 125 M individual businesses; 19.5 M rural online merchants (model-notes.md §4)",
    ),
    *_each(
        "gross_margin_{k}",
        TYPES,
        symbol="m_k",
        unit="fraction of sales",
        min={"head": 0.15, "smb": 0.08, "farm": 0.08},
        default={"head": 0.22, "smb": 0.14, "farm": 0.15},
        max={"head": 0.35, "smb": 0.2, "farm": 0.25},
        step=0.005,
        group="merchants",
        label_en="Gross margin, {x}",
        label_zh="{x}毛利率",
        help_en="Sales less cost of goods, as a share of sales ({x}), before platform fees and ads.",
        help_zh="{x}销售额减商品成本占销售额的比例（未扣平台费用与广告）。",
        source="merchant net margins white-label 2–8 %, brands 5–15 % (model-notes.md §3.6) [E]",
        **_PCT,
    ),
    *_each(
        "fixed_cost_{k}",
        TYPES,
        symbol="FC_k",
        unit="k RMB per merchant per month",
        min={"head": 3.0, "smb": 0.3, "farm": 0.3},
        default={"head": 8.0, "smb": 1.2, "farm": 0.8},
        max={"head": 40.0, "smb": 4.0, "farm": 3.0},
        step=0.5,
        group="merchants",
        label_en="Fixed cost per store, {x}",
        label_zh="{x}单店固定成本",
        help_en="Monthly fixed cost of running one store on one platform ({x}) at the start; grows with wallets (no drift).",
        help_zh="{x}在一个平台经营一家店铺的月固定成本（初始值）；随钱包增长（不漂移）。",
        source="PDD GMV per merchant ≈ 16 k/month in 2020 (model-notes.md §4) [E]",
    ),
    Param(
        name="margin_months",
        symbol="τ_perc",
        unit="months",
        min=2.0,
        default=4.0,
        max=9.0,
        step=0.5,
        group="merchants",
        label_en="Perceived-margin delay",
        label_zh="感知利润率时滞",
        help_en="Months merchants take to perceive a change in their margin.",
        help_zh="商家感知到利润率变化所需的时间。",
        source=_NOTES + "; dist triangular 2/4/9: monthly statements, noticed within one to three quarters",
        uncertain=True,
        dist=("triangular", 2.0, 4.0, 9.0),
    ),
    Param(
        name="effort_switch_months",
        symbol="τ_sw",
        unit="months",
        min=2.0,
        default=6.0,
        max=18.0,
        step=1.0,
        group="merchants",
        label_en="Merchants' switching time",
        label_zh="商家转移时间",
        help_en="Months merchants take to move listings and effort between platforms toward their targets.",
        help_zh="商家在平台之间调整店铺与经营投入所需的月数。",
        source="competing bottlenecks with multi-homing sellers (Armstrong 2006); dist triangular 2/6/18, judgement",
        uncertain=True,
        dist=("triangular", 2.0, 6.0, 18.0),
    ),
    Param(
        name="effort_margin_sensitivity",
        symbol="β_π",
        unit="per unit margin",
        min=10.0,
        default=40.0,
        max=80.0,
        step=1.0,
        group="merchants",
        label_en="Effort follows margins",
        label_zh="经营投入随利润率转移",
        help_en=(
            "How strongly merchants move effort toward the platform that leaves them more margin (40: a 2.5 pp gap moves about "
            "a third). Key uncertainty."
        ),
        help_zh="商家把经营投入转向利润率更高平台的敏感程度（40：2.5个百分点的差距约转移三分之一）。关键不确定参数。",
        source="multi-homing merchants discipline fees (Armstrong & Wright 2007); dist triangular 10/40/80, judgement",
        uncertain=True,
        dist=("triangular", 10.0, 40.0, 80.0),
    ),
    Param(
        name="effort_sales_sensitivity",
        symbol="β_g",
        unit="per unit ln sales",
        min=0.0,
        default=0.5,
        max=2.0,
        step=0.05,
        group="merchants",
        label_en="Effort follows sales",
        label_zh="经营投入随销售额转移",
        help_en="How strongly merchants move effort toward the platform where their sales per store grow (traffic).",
        help_zh="商家把经营投入转向单店销售额增长平台（流量）的敏感程度。",
        source="judgement (model-v2.md, multi-homing)",
    ),
    Param(
        name="entry_steepness",
        symbol="k_e",
        unit="per unit margin",
        min=15.0,
        default=30.0,
        max=50.0,
        step=1.0,
        group="merchants",
        label_en="Entry/exit steepness",
        label_zh="进入/退出敏感度",
        help_en="How sharply entry and distress exit respond to perceived margin (merchant heterogeneity).",
        help_zh="进入与困境退出对感知利润率的敏感程度（商家异质性）。",
        source=_NOTES + "; dist triangular 15/30/50: merchant margin heterogeneity, judgement",
        uncertain=True,
        dist=("triangular", 15.0, 30.0, 50.0),
    ),
    Param(
        name="entry_threshold",
        symbol="r_entry",
        unit="fraction of sales",
        min=0.01,
        default=0.03,
        max=0.06,
        step=0.005,
        group="merchants",
        label_en="Entry threshold margin",
        label_zh="进入门槛利润率",
        help_en="Perceived margin at which half of the possible entrants enter.",
        help_zh="一半潜在进入者选择进入时的感知利润率。",
        source="sunk-cost band (Dixit 1989; model-notes.md §1.5)",
        **_PCT,
    ),
    Param(
        name="exit_threshold",
        symbol="r_exit",
        unit="fraction of sales",
        min=-0.05,
        default=-0.02,
        max=0.0,
        step=0.005,
        group="merchants",
        label_en="Exit threshold margin",
        label_zh="退出门槛利润率",
        help_en="Perceived margin below which distressed merchants leave (below the entry threshold: hysteresis).",
        help_zh="低于该感知利润率时困境商家退出（低于进入门槛：滞后效应）。",
        source="sunk-cost band (Dixit 1989; model-notes.md §1.5)",
        **_PCT,
    ),
    Param(
        name="exit_rate_smb_new",
        symbol="x_n",
        unit="per month",
        min=0.03,
        default=0.05,
        max=0.08,
        step=0.005,
        group="merchants",
        label_en="Base exit, new small merchants",
        label_zh="新中小商家基础退出率",
        help_en="Monthly exit of new small merchants even at healthy margins.",
        help_zh="利润率正常时新中小商家的月退出率。",
        source="Jin (2021): <1 % of new sellers succeed (model-notes.md §1.4)",
        **_PCT,
    ),
    Param(
        name="exit_rate_smb_established",
        symbol="x_e",
        unit="per month",
        min=0.004,
        default=0.008,
        max=0.015,
        step=0.001,
        group="merchants",
        label_en="Base exit, established small merchants",
        label_zh="成熟中小商家基础退出率",
        help_en="Monthly exit of established small merchants at healthy margins.",
        help_zh="利润率正常时成熟中小商家的月退出率。",
        source=_NOTES + " judgement",
        **_PCT,
    ),
    Param(
        name="exit_rate_head",
        symbol="x_K",
        unit="per month",
        min=0.002,
        default=0.005,
        max=0.01,
        step=0.001,
        group="merchants",
        label_en="Base exit, head brands",
        label_zh="头部品牌基础退出率",
        help_en="Monthly exit of head-brand merchants from online selling at healthy margins.",
        help_zh="利润率正常时头部品牌退出线上经营的月退出率。",
        source=_NOTES + " judgement",
        **_PCT,
    ),
    Param(
        name="exit_rate_farm",
        symbol="x_A",
        unit="per month",
        min=0.005,
        default=0.01,
        max=0.02,
        step=0.001,
        group="merchants",
        label_en="Base exit, farm producers",
        label_zh="农产品商家基础退出率",
        help_en="Monthly exit of farm producers from online selling at healthy margins.",
        help_zh="利润率正常时农产品商家退出线上经营的月退出率。",
        source="judgement [E]",
        **_PCT,
    ),
    Param(
        name="distress_exit_rate",
        symbol="x_π",
        unit="per month",
        min=0.02,
        default=0.05,
        max=0.1,
        step=0.005,
        group="merchants",
        label_en="Distress exit",
        label_zh="困境退出率",
        help_en="Extra monthly exit when the perceived margin falls well below the exit threshold.",
        help_zh="感知利润率远低于退出门槛时额外的月退出率。",
        source=_NOTES + " judgement",
        **_PCT,
    ),
    Param(
        name="graduation_months",
        symbol="τ_grad",
        unit="months",
        min=6.0,
        default=12.0,
        max=24.0,
        step=1.0,
        group="merchants",
        label_en="Time to become established",
        label_zh="成长为成熟商家的时间",
        help_en="Months a new small merchant takes to become established (at the calibrated rate).",
        help_zh="新中小商家成长为成熟商家所需的月数（按校准速率）。",
        source=_NOTES + " judgement",
    ),
    Param(
        name="new_smb_weight",
        symbol="ζ",
        unit="-",
        min=0.3,
        default=0.5,
        max=0.8,
        step=0.05,
        group="merchants",
        label_en="Weight of new small merchants",
        label_zh="新中小商家权重",
        help_en="A new small merchant counts as this fraction of an established one in variety and traffic.",
        help_zh="一个新中小商家在商品丰富度和流量上相当于成熟商家的比例。",
        source=_NOTES + " judgement",
    ),
    Param(
        name="smb_learning_rate",
        symbol="lr_S",
        unit="fraction",
        min=0.0,
        default=0.15,
        max=0.3,
        step=0.01,
        group="merchants",
        label_en="Small merchants' learning rate",
        label_zh="中小商家学习率",
        help_en=(
            "Fall in small merchants' unit cost per doubling of their cumulative sales beyond the trend (C2M experience curve)."
        ),
        help_zh="中小商家累计销量（超出趋势部分）每翻一番单位成本下降的比例（C2M 经验曲线）。",
        source="experience curves 10–20 % per doubling (Sterman ch. 10); dist triangular 0/0.15/0.3, judgement",
        uncertain=True,
        dist=("triangular", 0.0, 0.15, 0.3),
        **_PCT,
    ),
    Param(
        name="smb_experience_years",
        symbol="V_S0",
        unit="years",
        min=2.0,
        default=5.0,
        max=10.0,
        step=0.5,
        group="merchants",
        label_en="Small merchants' experience so far",
        label_zh="中小商家已有经验",
        help_en=(
            "Cumulative sales small merchants have behind them, in years of today's sales (the experience curve's starting "
            "point)."
        ),
        help_zh="中小商家已积累的销量，以当前年销量的年数计（经验曲线的起点）。",
        source="online C2M since ≈ 2018–2020 [E]",
    ),
    # --------------------------------------------------------------- platform costs
    Param(
        name="payment_cost",
        symbol="c_pay",
        unit="fraction of GMV",
        min=0.004,
        default=0.006,
        max=0.01,
        step=0.0005,
        group="platform",
        label_en="Payment cost",
        label_zh="支付成本",
        help_en="Payment processing cost as a share of GMV (every platform).",
        help_zh="支付处理成本占GMV的比例（各平台相同）。",
        source=_NOTES + " [E]",
        **_PCT,
    ),
    *_each(
        "opex_bn_per_month{_p}",
        PLATFORMS,
        symbol="opex_p",
        unit="RMB bn per month",
        min={"focal": 1.0, "incumbent": 2.0, "content": 1.0},
        default={"focal": 1.5, "incumbent": 4.0, "content": 2.5},
        max={"focal": 3.0, "incumbent": 8.0, "content": 5.0},
        step=0.1,
        group="platform",
        label_en="Operating cost, {x}",
        label_zh="{x}运营成本",
        help_en="Monthly fixed operating cost of the {x} at the start (staff, technology); grows with wallets.",
        help_zh="{x}初始的月固定运营成本（人员、技术）；随钱包增长。",
        source=_NOTES + " [E]",
    ),
    *_each(
        "acquisition_cost{_p}",
        PLATFORMS,
        symbol="CPA_p",
        unit="RMB per buyer",
        min={"focal": 50.0, "incumbent": 100.0, "content": 50.0},
        default={"focal": 300.0, "incumbent": 500.0, "content": 250.0},
        max={"focal": 1000.0, "incumbent": 1500.0, "content": 1000.0},
        step=10.0,
        group="platform",
        label_en="Cost per acquired buyer, {x}",
        label_zh="{x}单个新买家获取成本",
        help_en="Marketing money the {x} spends per buyer it acquires.",
        help_zh="{x}每获取一个新买家所花的营销费用。",
        source="customer acquisition cost c. 2018: PDD ≈ US$2, JD $39, Taobao $41 (model-notes.md §3.6), higher today [E]",
    ),
    # ------------------------------------------------------------ initial state
    Param(
        name="start_buyers_frac",
        symbol="f_B",
        unit="fraction",
        min=0.1,
        default=1.0,
        max=1.0,
        step=0.01,
        group="initial",
        label_en="Starting buyers (of equilibrium)",
        label_zh="初始买家（占均衡水平）",
        help_en="The focal platform's buyers at the start as a share of its calibrated level (1 = start at equilibrium).",
        help_zh="焦点平台初始买家占校准水平的比例（1 = 从均衡开始）。",
        source="1 for mature presets; below 1 for the calibrated history's 2018 challenger start (estimated)",
        **_PCT,
    ),
    Param(
        name="start_wallet_share_frac",
        symbol="f_W",
        unit="fraction",
        min=0.05,
        default=1.0,
        max=1.0,
        step=0.01,
        group="initial",
        label_en="Starting wallet share (of equilibrium)",
        label_zh="初始钱包份额（占均衡水平）",
        help_en=(
            "The focal platform's wallet shares at the start as a share of their calibrated level (1 = start at equilibrium)."
        ),
        help_zh="焦点平台初始钱包份额占校准水平的比例（1 = 从均衡开始）。",
        source="1 for mature presets; below 1 for the calibrated history's 2018 challenger start (estimated)",
        **_PCT,
    ),
)


def _estimated(params: tuple[Param, ...], path: Path) -> tuple[Param, ...]:
    """``params`` with the shared estimates of ``data/calibration.toml`` (``python -m model
    calibrate``) as defaults, each with its fitted distribution; the typed value stays ``declared``."""
    if not path.exists():  # pragma: no cover - the file is committed; only while it is first written
        return params
    doc = tomllib.loads(path.read_text(encoding="utf-8"))
    shared = {name: e for e in doc.get("estimate", []) if e.get("shared") for name in e["names"]}
    out = []
    for p in params:
        e = shared.get(p.name)
        if e is not None:
            v, se = float(e["value"]), float(e["se"])
            low, high = max(p.min, v - 2.0 * se), min(p.max, v + 2.0 * se)
            p = replace(
                p,
                default=v,
                declared=p.default,
                uncertain=True,
                dist=("normal", low, v, high),
                source=f"estimated from the calibrated history: {v:.3g} ± {se:.2g} (data/calibration.toml);"
                f" declared {p.default:g}: {p.source}",
            )
        out.append(p)
    return tuple(out)


def _history_state(params: tuple[Param, ...], path: Path) -> tuple[Param, ...]:
    """``params`` with the calibrated history's January 2025 (``[state."2025-01"]`` of
    ``data/calibration.toml``) as the defaults of the starting-state parameters it records:
    the 2025 presets start where the history ends; the typed value stays ``declared``."""
    if not path.exists():  # pragma: no cover - the file is committed; only while it is first written
        return params
    state = tomllib.loads(path.read_text(encoding="utf-8")).get("state", {}).get(HISTORY_END, {})
    out = []
    for p in params:
        if p.name in state:
            v = float(state[p.name])
            p = replace(
                p,
                default=v,
                declared=p.default,
                source=f"the calibrated history's January 2025: {v:.4g} (data/calibration.toml, python -m model"
                f" calibrate); declared {p.default:g}: {p.source}",
            )
        out.append(p)
    return tuple(out)


HISTORY_END = "2025-01"
"""The month the calibrated history ends and the 2025 presets start (the registry defaults)."""

PARAMETERS = _history_state(_estimated(PARAMETERS, DATA_DIR / "calibration.toml"), DATA_DIR / "calibration.toml")

PARAM_INDEX: MappingProxyType[str, int] = MappingProxyType({p.name: i for i, p in enumerate(PARAMETERS)})
PARAM_BY_NAME: MappingProxyType[str, Param] = MappingProxyType({p.name: p for p in PARAMETERS})
if len(PARAM_INDEX) != len(PARAMETERS):  # pragma: no cover - declaration error
    raise RuntimeError("duplicate parameter name in PARAMETERS")


@dataclass(frozen=True, slots=True, kw_only=True)
class Variable:
    """One output variable of a run (a column of the time series), made from ``model.equations``."""

    name: str
    unit: str
    label_en: str
    label_zh: str
    help_en: str = ""
    kind: Literal["stock", "flow", "auxiliary", "lever"] = "auxiliary"
