"""The model reference: parameters, stocks and equations, boundary and calibration, as data or Markdown.

Nothing here is declared twice: parameters come from ``registry.PARAMETERS``, every
stock, flow, auxiliary, input and constant with its equation, unit and meaning from
the compiled declaration ``model.equations.MODEL`` (printed by ``model.codegen.text``),
and the calibration table from ``model.facts.compare``.  Declared here, once: the model
boundary (``BOUNDARY``, for the app's footer too) and the page's fixed headings in both
languages.

Pure: no UI import; every function returns plain data or Markdown text.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal

from . import __version__, core
from .claims import CLAIMS
from .codegen import indexed, text
from .equations import MODEL
from .registry import GROUP_LABELS, GROUPS, PARAM_BY_NAME, PARAMETERS, Param
from .sd import Declaration, Input, Stock, parse, placeholders

Lang = Literal["en", "zh"]
LANGS: tuple[Lang, ...] = ("en", "zh")

BOUNDARY: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("cross-border business", "macro demand", "regulation", "creators as a third side"),
        "zh": ("跨境业务", "宏观需求", "监管", "作为第三方的内容创作者"),
    }
)
"""What is outside the model (``../shared/design/model.md``, section Honesty): the one declaration."""

_TEXT: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "title": ("Flywheel Explorer: model reference", "飞轮模型说明"),
        "version": ("Model version", "模型版本"),
        "overview_h": ("Overview", "概述"),
        "overview": (
            "A system-dynamics model of three competing marketplaces: the focal platform (Pinduoduo-like, whose "
            "variables keep the plain names: `gmv`, `commission` …), a Taobao/Tmall-like incumbent and a Douyin-like "
            "content platform (their variables end in `_incumbent` and `_content`). Buyers in three tiers split their "
            "online wallets across the platforms by a logit over each platform's prices, goods and variety; merchants "
            "of three types (head brands, small merchants of the industrial belts, farm producers) multi-home, moving "
            "their effort between platforms by perceived margin, and enter or exit the market as a whole. Every "
            "charge on merchants (commission, ads, less support) splits once into a price change (pass-through ρ) "
            "and a margin change (1 − ρ); the click price comes out of an ad auction; traffic ranked by merit follows "
            "value for money (quality / price); the rivals answer by declared rules and their levers can be set. "
            "Euler integration with dt = {dt} month; time in months, money in RMB bn, people and merchants in "
            "millions, rates as fractions. The start is calibrated as an equilibrium: with the declared growth "
            "switched off a run holds still, and policy changes act after month 0.",
            "一个由三家相互竞争的电商平台构成的系统动力学模型：本平台（拼多多型，变量沿用原名：`gmv`、`commission` 等）、"
            "淘宝天猫型平台与抖音型内容平台（其变量以 `_incumbent` 与 `_content` 结尾）。三个层级的买家按各平台的价格、"
            "商品与丰富度，"
            "以 logit 在平台间分配网购支出；三类商家（头部品牌、产业带中小商家、农产品商家）多平台经营，"
            "按感知利润率在平台间转移投入，"
            "并整体进出市场。商家承担的每一项费用（佣金、广告减去扶持）只拆分一次：价格变化（转嫁率 ρ）与利润率变化（1 − ρ）；"
            "点击价格由广告竞价决定；按性价比分配的流量取决于质量/价格；竞争平台按设定的规则回应，其杠杆也可直接设定。"
            "采用欧拉法积分，步长 dt = {dt} 个月；时间单位为月，金额单位为十亿元人民币，人数和商家数单位为百万，比率以小数表示"
            "（下表的单位即模型的单位；页面上的指标卡与图表换算为亿元、万人、万家）。"
            "初始状态按均衡校准：关闭设定的外生增长后运行保持不变，政策变化从第0个月之后起作用。",
        ),
        "claims_h": ("The essays' claims and the mechanisms that test them", "文章观点与检验它们的机制"),
        "claims_intro": (
            "Each claim of the source essays is a chain of equations, not a parameter that assumes it: the "
            "parameters listed decide its sign and size, and the preset asks the question (`model/claims.py`).",
            "源文章的每个观点都是一串方程，而不是预设答案的参数：所列参数决定其方向与大小，预设情景提出这个问题（`model/claims.py`）。",
        ),
        "c_claim": ("Claim", "观点"),
        "c_mechanism": ("Mechanism", "机制"),
        "c_shows": ("Shown by", "观察变量"),
        "c_contest": ("Contest with", "可质疑的参数"),
        "equations_h": ("Equations", "方程"),
        "equations_intro": (
            "Generated from the one declaration of the model, `model/equations.py` (the same one the compiled time "
            "loop, the XMILE export and the CSV columns come from). Indices: {dims}. A name with an index, such as "
            "`buyers[s]`, stands for one variable per element; Σ_s adds over an index; · is a product, ^ a power. "
            "`dt` is the time step (months), `time` the month, `EPS` = 1e-9 a floor against division by zero.",
            "由模型的唯一声明 `model/equations.py` 生成（编译的时间循环、XMILE 导出和 CSV 的列也都来自它）。"
            "下标：{dims}。带下标的名称（如 `buyers[s]`）表示每个元素各有一个变量；Σ_s 表示对下标求和；· 表示乘积，^ 表示幂。"
            "`dt` 为时间步长（月），`time` 为月份，`EPS` = 1e-9 用于防止除以零。",
        ),
        "stocks_h": ("Stocks", "存量"),
        "stocks_intro": (
            "Each stock changes by its inflows minus its outflows per month (Euler steps of dt), from its initial value.",
            "每个存量每月按流入减流出变化（以 dt 为步长的欧拉法），从初始值出发。",
        ),
        "functions_h": ("Functions", "函数"),
        "calibration_eq_intro": (
            "Computed once from the reference state's parameters: `start(x)` is variable x at the start of a run "
            "(month 0, every stock at its initial value, every lever at its base value) with those parameters, so "
            "the reference state is an equilibrium of the model's own equations. At that point: {overrides}.",
            "由参照状态的参数计算一次：`start(x)` 表示在这些参数下运行开始时（第0个月，各存量取初始值，各杠杆取基准值）"
            "变量 x 的值，因此参照状态是模型自身方程的均衡。该时点上：{overrides}。",
        ),
        "inputs_intro": (
            "Each input copies a registry parameter (the run's value; levers follow their schedules).",
            "每个输入复制参数表中的一个参数（取本次运行的值；杠杆按其时间安排变化）。",
        ),
        "c_variable": ("Variable", "变量"),
        "c_meaning": ("Meaning", "含义"),
        "c_change": ("Change per month", "每月变化"),
        "c_initial": ("Initial value", "初始值"),
        "c_parameter": ("Parameter", "参数"),
        "c_function": ("Function", "函数"),
        "params_h": ("Parameters", "参数"),
        "params_intro": (
            "Values in model units (fractions, not percent). Uncertain assumptions carry the distribution "
            "used by the Monte Carlo bands and the tornado chart.",
            "数值为模型单位（比率为小数，非百分数）。关键不确定假设列出蒙特卡洛不确定性区间和龙卷风图所用的分布。",
        ),
        "boundary_h": ("Model boundary", "模型边界"),
        "boundary_intro": ("Outside the model:", "模型之外："),
        "calib_h": ("Calibration: model vs facts", "校准：模型与事实数据对比"),
        "calib_intro": (
            "Each compared fact from `data/facts.csv`, the preset run, the model value and the allowed relative "
            "difference (`model/facts.py`).",
            "`data/facts.csv` 中每个用于对比的事实、所用预设情景、模型值及允许的相对误差（`model/facts.py`）。",
        ),
        # column headings
        "c_symbol": ("Symbol", "符号"),
        "c_stock": ("Stock", "存量"),
        "c_equation": ("Equation", "方程"),
        "c_unit": ("Unit", "单位"),
        "c_saved": ("Saved series", "输出变量"),
        "c_name": ("Name", "名称"),
        "c_label": ("Label", "标签"),
        "c_min": ("Min", "最小值"),
        "c_default": ("Default", "默认值"),
        "c_max": ("Max", "最大值"),
        "c_dist": ("Distribution", "分布"),
        "c_source": ("Source", "来源"),
        "c_fact": ("Fact", "事实"),
        "c_period": ("Period", "时期"),
        "c_preset": ("Preset", "预设情景"),
        "c_quantity": ("Model quantity", "模型指标"),
        "c_model": ("Model", "模型值"),
        "c_value": ("Fact value", "事实值"),
        "c_diff": ("Difference", "相对误差"),
        "c_tol": ("Tolerance", "容差"),
        "c_result": ("Result", "结果"),
        "pass": ("pass", "通过"),
        "fail": ("FAIL", "未通过"),
        "triangular": ("triangular", "三角分布"),
        "uniform": ("uniform", "均匀分布"),
        "normal": ("normal", "截断正态分布"),
    }
)


def _t(key: str, lang: Lang) -> str:
    return _TEXT[key][_lang_index(lang)]


def _lang_index(lang: str) -> int:
    if lang not in LANGS:
        raise ValueError(f"lang = {lang!r}: must be one of {LANGS}")
    return LANGS.index(lang)


# --------------------------------------------------------------------- parameters


def _num(x: float) -> str:
    return f"{x:g}"


def distribution_text(p: Param, lang: Lang = "en") -> str:
    """The distribution of an uncertain parameter as text, e.g. ``triangular(3, 6, 18)``; ``""`` if certain."""
    if p.dist is None:
        return ""
    kind, low, mode, high = p.dist
    nums = (low, high) if kind == "uniform" or math.isnan(mode) else (low, mode, high)
    return f"{_t(kind, lang)}({', '.join(_num(x) for x in nums)})"


def parameter_table(lang: Lang = "en") -> list[dict[str, Any]]:
    """One row per parameter, in registry order, straight from ``registry.PARAMETERS``.

    Keys: name, symbol, label, help, group (id), group_label, unit (model unit),
    min, default, max (model units), uncertain, distribution (text, ``""`` if certain), source.
    """
    i = _lang_index(lang)
    return [
        {
            "name": p.name,
            "symbol": p.symbol,
            "label": (p.label_en, p.label_zh)[i],
            "help": (p.help_en, p.help_zh)[i],
            "group": p.group,
            "group_label": GROUP_LABELS[p.group][i],
            "unit": p.unit,
            "min": p.min,
            "default": p.default,
            "max": p.max,
            "uncertain": p.uncertain,
            "distribution": distribution_text(p, lang),
            "source": p.source,
        }
        for p in PARAMETERS
    ]


# --------------------------------------------------------------------- equations


@dataclass(frozen=True, slots=True)
class Equation:
    """One declared variable (or one element of it) as the reference page shows it.

    Attributes:
        name: the name with its index, e.g. ``buyers[s]`` (``merchant_count[head]`` for a
            per-element definition).
        kind: input, derived, calibrated, aux, flow or stock.
        equation: the expression (a stock: ``d buyers[s]/dt = adoption[s] − churn[s]``;
            an input: the parameter it copies).
        initial: a stock's initial value, else ``""``.
        unit: the declared unit (model units).
        meaning: the one-line meaning in the page's language.
        saved: names of the saved series (CSV columns) it stands for, or ``()``.
    """

    name: str
    kind: str
    equation: str
    initial: str
    unit: str
    meaning: str
    saved: tuple[str, ...]


def _key_binding(name: str, key: str) -> dict[str, str]:
    """The indices a per-element key fixes: all of the name's (``"head,incumbent"``) or the one
    whose dimension holds its single element (``"focal"`` in ``buyers_{s}{_p}`` fixes ``p``)."""
    indices = placeholders(name)
    elements = key.split(",")
    if len(elements) == len(indices):
        return dict(zip(indices, elements, strict=True))
    return {d.index: key for d in MODEL.dims if d.index in indices and key in d.elements}


def _rows(decl: Declaration, lang: Lang) -> list[Equation]:
    """The rows of one declaration (one per element when it defines each element apart)."""
    i = _lang_index(lang)
    meaning = (decl.meaning, decl.meaning_zh)[i]
    spec = decl.param if isinstance(decl, Input) else decl.expr
    if isinstance(spec, Mapping):  # one definition per element: one row each
        parts: list[tuple[str, str | float]] = [
            (MODEL.fill(decl.name, _key_binding(decl.name, key)), x) for key, x in spec.items()
        ]
    else:
        parts = [(decl.name, spec)]
    out = []
    for shown, source in parts:
        elements = MODEL.elements(shown)
        saved = tuple(e for e in elements if MODEL.vars[e].label is not None)
        unit = MODEL.vars[elements[0]].unit
        if isinstance(decl, Input):
            if not meaning:  # an input says what its parameter says
                p = PARAM_BY_NAME[str(MODEL.vars[elements[0]].param or next(x for x in parts if isinstance(x[1], str))[1])]
                meaning = (p.label_en, p.label_zh)[i]
            copied = indexed(source) if isinstance(source, str) else f"{source:g}"
            out.append(Equation(indexed(shown), "input", copied, "", unit, meaning, saved))
            continue
        tree = text(parse(str(source), shown, MODEL.functions))
        if isinstance(decl, Stock):
            net = " − ".join([" + ".join(indexed(f) for f in decl.inflows) or "0", *(indexed(f) for f in decl.outflows)])
            out.append(Equation(indexed(shown), "stock", f"d {indexed(shown)}/dt = {net}", tree, unit, meaning, saved))
        else:
            out.append(Equation(indexed(shown), decl.kind, tree, "", unit, meaning, saved))
    return out


def equations(lang: Lang = "en") -> list[tuple[str, list[Equation]]]:
    """Every declaration, by section of ``model/equations.py``: (section title, rows)."""
    i = _lang_index(lang)
    return [((s.title_en, s.title_zh)[i], [r for d in s.items for r in _rows(d, lang)]) for s in MODEL.sections]


def stock_equations(lang: Lang = "en") -> list[Equation]:
    """Every stock with its change per month and initial value."""
    return [r for _, rows in equations(lang) for r in rows if r.kind == "stock"]


def function_rows(lang: Lang = "en") -> list[tuple[str, str, str]]:
    """The declared functions: (call, definition, meaning)."""
    i = _lang_index(lang)
    return [
        (f"{f.name}({', '.join(f.args)})", text(parse(f.expr, f.name, MODEL.functions)), (f.meaning, f.meaning_zh)[i])
        for f in MODEL.functions.values()
    ]


def _dims_text(lang: Lang) -> str:
    i = _lang_index(lang)
    sep = "；" if lang == "zh" else "; "
    return sep.join(f"{d.index} ∈ ({', '.join(d.elements)}) = {(d.name_en, d.name_zh)[i]}" for d in MODEL.dims)


# --------------------------------------------------------------------- boundary


def boundary() -> dict[str, list[str]]:
    """What is outside the model, ``{"en": [...], "zh": [...]}`` (a fresh copy of ``BOUNDARY``)."""
    return {lang: list(items) for lang, items in BOUNDARY.items()}


# --------------------------------------------------------------------- calibration


@functools.lru_cache(maxsize=4)
def _compared(months: int) -> tuple[tuple[tuple[str, Any], ...], ...]:
    """``facts.compare`` as immutable records (runs the presets once per horizon)."""
    from .facts import compare  # pandas is needed only here

    records = compare(months=months).to_dict(orient="records")
    return tuple(tuple((str(k), v.item() if hasattr(v, "item") else v) for k, v in r.items()) for r in records)


@functools.lru_cache(maxsize=16)
def _preset_titles(preset: str) -> tuple[str, str]:
    from .scenario import load_scenario

    sc = load_scenario(preset)
    return (sc.title_en or preset, sc.title_zh or sc.title_en or preset)


# Chinese for the units the registry and the facts are declared in (English), and for
# the facts' metrics; a test checks every unit and metric in use has an entry.
UNIT_ZH: dict[str, str] = {
    "-": "-",
    "M merchants": "百万家",
    "M merchants per month": "百万家/月",
    "M people": "百万人",
    "M people per month": "百万人/月",
    "RMB bn per M people per month": "十亿元/百万人/月",
    "M merchants per M people": "百万家/百万人",
    "RMB bn per M merchants per month": "十亿元/百万家/月",
    "RMB bn per month per month": "十亿元/月/月",
    "RMB per buyer": "元/买家",
    "elasticity": "弹性",
    "fraction of price": "占价格比例",
    "per unit ln quality": "每单位对数质量",
    "per unit ln sales": "每单位对数销售额",
    "platforms": "平台数",
    "years": "年",
    "dimensionless": "无量纲",
    "fraction of GMV per month": "占GMV比例/月",
    "fraction of sales per month": "占销售额比例/月",
    "fraction per month": "比例/月",
    "index per month": "指数/月",
    "log price ratio": "对数价格比",
    "utility": "效用",
    "M": "百万",
    "RMB": "元",
    "RMB bn": "十亿元",
    "RMB bn per month": "十亿元/月",
    "RMB bn per year": "十亿元/年",
    "RMB bn/yr": "十亿元/年",
    "fraction": "比例",
    "fraction of GMV": "占GMV比例",
    "fraction of sales": "占销售额比例",
    "fraction per year": "每年比例",
    "index": "指数",
    "index 0-1": "指数 0-1",
    "k RMB per merchant per month": "千元/商家/月",
    "k RMB per shopper per year": "千元/购物者/年",
    "ln index": "对数指数",
    "month": "月",
    "months": "月",
    "per month": "每月",
    "per unit coverage": "每单位覆盖率",
    "per unit ln merchants": "每单位对数商家数",
    "per unit ln price": "每单位对数价格",
    "per unit margin": "每单位利润率",
    "per unit traffic share": "每单位流量占比",
    "per unit utility": "每单位效用",
    "weight": "权重",
    "%": "%",
    "% of GMV": "占GMV %",
    "% of order value": "占订单金额 %",
}
METRIC_ZH: dict[str, str] = {
    "(marketing + transaction revenue) / GMV": "（营销+交易收入）/ GMV",
    "GMV": "GMV",
    "GMV (12 months)": "GMV（12个月）",
    "GMV growth": "GMV增速",
    "customer management revenue / GMV": "客户管理收入 / GMV",
    "China retail marketplaces GMV (fiscal year to March 2021)": "中国零售市场GMV（截至2021年3月的财年）",
    "active merchants": "活跃商家数",
    "annual active buyers": "年活跃买家数",
    "annual spend per active buyer": "活跃买家年均消费",
    "online marketing services revenue": "在线营销服务收入",
    "online shoppers": "网购用户数",
    "technical service fee": "技术服务费率",
    "traffic share of top 20 % (head) merchants": "头部20%商家的流量占比",
}


def unit_text(unit: str, lang: Lang = "en") -> str:
    """A declared unit in ``lang`` (the declaration is English)."""
    return UNIT_ZH.get(unit, unit) if lang == "zh" else unit


def metric_text(metric: str, lang: Lang = "en") -> str:
    return METRIC_ZH.get(metric, metric) if lang == "zh" else metric


def calibration_rows(lang: Lang = "en", months: int = 84) -> list[dict[str, Any]]:
    """Model vs facts, one row per rule of ``model.facts.RULES`` (computed by ``facts.compare``).

    Keys: id, preset, preset_title, metric, period, model_quantity, model (model value),
    fact (fact value, in the fact's unit), unit, rel_error (model / fact - 1),
    tolerance (allowed ``|rel_error|``), passed, result (``pass``/``FAIL`` in ``lang``),
    confidence, source (as in ``data/facts.csv``), url (the source if it is a URL, else ``""``).
    """
    i = _lang_index(lang)
    rows = []
    for record in _compared(months):
        r = dict(record)
        source = str(r["source"])
        passed = bool(r["within"])
        rows.append(
            {
                "id": r["id"],
                "preset": r["preset"],
                "preset_title": _preset_titles(str(r["preset"]))[i],
                "metric": metric_text(str(r["metric"]), lang),
                "period": r["period"],
                "model_quantity": r["model_quantity"],
                "model": float(r["model"]),
                "fact": float(r["fact"]),
                "unit": unit_text(str(r["unit"]), lang),
                "rel_error": float(r["rel_error"]),
                "tolerance": float(r["tolerance"]),
                "passed": passed,
                "result": _t("pass" if passed else "fail", lang),
                "confidence": r["confidence"],
                "source": source,
                "url": source if source.startswith(("http://", "https://")) else "",
            }
        )
    return rows


# --------------------------------------------------------------------- Markdown


def _cell(x: object) -> str:
    """A Markdown table cell: one line, ``|`` escaped (inner spacing kept, so equations stay verbatim)."""
    return " ".join(str(x).splitlines()).strip().replace("|", "\\|")


def _code(x: str) -> str:
    """Inline code (a longer backtick fence when the text holds a backtick)."""
    fence = "``" if "`" in x else "`"
    return f"{fence}{x}{fence}" if fence == "`" else f"{fence} {x} {fence}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(_cell(h) for h in header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return out


def _pct(x: float) -> str:
    return f"{100.0 * x:+.1f} %"


def markdown(lang: Lang = "en") -> str:
    """The complete model reference page in Markdown (``lang`` = "en" or "zh")."""
    i = _lang_index(lang)
    t = functools.partial(_t, lang=lang)
    md: list[str] = [f"# {t('title')}", "", f"{t('version')}: **{__version__}**", ""]
    md += [f"## {t('overview_h')}", "", t("overview").format(dt=_num(core.DT)), ""]
    md += [f"## {t('claims_h')}", "", t("claims_intro"), ""]
    md += _table(
        [t("c_claim"), t("c_mechanism"), t("c_shows"), t("c_contest"), t("c_preset")],
        [
            [
                (c.claim_en, c.claim_zh)[i],
                (c.mechanism_en, c.mechanism_zh)[i],
                ", ".join(_code(n) for n in c.shows),
                ", ".join(_code(n) for n in c.contest),
                _code(c.preset) if c.preset else "",
            ]
            for c in CLAIMS
        ],
    )
    md.append("")

    # equations
    md += [f"## {t('equations_h')}", "", t("equations_intro").format(dims=_dims_text(lang)), ""]
    md += [f"### {t('stocks_h')}", "", t("stocks_intro"), ""]
    rows = [
        [
            _code(r.name),
            r.meaning,
            _code(r.equation),
            _code(r.initial),
            unit_text(r.unit, lang),
            ", ".join(_code(n) for n in r.saved),
        ]
        for r in stock_equations(lang)
    ]
    md += _table([t("c_stock"), t("c_meaning"), t("c_change"), t("c_initial"), t("c_unit"), t("c_saved")], rows)
    md.append("")
    sections = equations(lang)
    last = [s for s in sections[3:]]  # the per-step sections (inputs, derived and calibration follow)
    for title, rows_ in [*last, *sections[1:3], sections[0]]:
        shown = [r for r in rows_ if r.kind != "stock"]
        if not shown:
            continue
        md += [f"### {title}", ""]
        if shown[0].kind == "calibrated":
            overrides = ", ".join(f"`{k} = {text(v)}`" for k, v in MODEL.start_overrides.items())
            md += [t("calibration_eq_intro").format(overrides=overrides), ""]
        if shown[0].kind == "input":
            md += [t("inputs_intro"), ""]
            md += _table(
                [t("c_variable"), t("c_parameter"), t("c_unit"), t("c_meaning")],
                [[_code(r.name), _code(r.equation), unit_text(r.unit, lang), r.meaning] for r in shown],
            )
        else:
            saved = any(r.saved for r in shown)  # constants and helpers are not saved: no empty column
            header = [t("c_variable"), t("c_equation"), t("c_unit"), t("c_meaning")] + ([t("c_saved")] if saved else [])
            md += _table(
                header,
                [
                    [_code(r.name), _code(r.equation), unit_text(r.unit, lang), r.meaning]
                    + ([", ".join(_code(n) for n in r.saved)] if saved else [])
                    for r in shown
                ],
            )
        md.append("")
        if title == last[-1][0]:
            md += [f"### {t('functions_h')}", ""]
            md += _table(
                [t("c_function"), t("c_equation"), t("c_meaning")], [[_code(a), _code(b), c] for a, b, c in function_rows(lang)]
            )
            md.append("")

    # parameters, grouped
    md += [f"## {t('params_h')}", "", t("params_intro"), ""]
    table = parameter_table(lang)
    for group in GROUPS:
        rows = [
            [
                _code(r["name"]),
                _code(r["symbol"]),
                r["label"],
                unit_text(r["unit"], lang),
                _num(r["min"]),
                _num(r["default"]),
                _num(r["max"]),
                r["distribution"] or "–",
                r["source"] or "–",
            ]
            for r in table
            if r["group"] == group
        ]
        if not rows:
            continue
        md += [f"### {GROUP_LABELS[group][i]}", ""]
        header = ["c_name", "c_symbol", "c_label", "c_unit", "c_min", "c_default", "c_max", "c_dist", "c_source"]
        md += _table([t(h) for h in header], rows)
        md.append("")

    # boundary
    md += [f"## {t('boundary_h')}", "", t("boundary_intro"), ""]
    md += [f"- {item}" for item in BOUNDARY[lang]]
    md.append("")

    # calibration
    md += [f"## {t('calib_h')}", "", t("calib_intro"), ""]
    rows = []
    for r in calibration_rows(lang):
        source = f"<{r['url']}>" if r["url"] else r["source"]
        rows.append(
            [
                f"{r['metric']} ({_code(r['id'])})",
                r["period"],
                f"{r['preset_title']} ({_code(r['preset'])})",
                r["model_quantity"],
                f"{r['model']:.4g}",
                f"{r['fact']:.4g} {r['unit']}",
                _pct(r["rel_error"]),
                f"±{100.0 * r['tolerance']:.0f} %",
                r["result"],
                source,
            ]
        )
    header = ["c_fact", "c_period", "c_preset", "c_quantity", "c_model", "c_value", "c_diff", "c_tol", "c_result", "c_source"]
    md += _table([t(h) for h in header], rows)
    md.append("")
    return "\n".join(md)
