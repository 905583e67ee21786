"""The model reference: parameters, stocks and equations, boundary and calibration, as data or Markdown.

Nothing here is declared twice: parameters come from ``registry.PARAMETERS``, the
stock equations are parsed from the module docstring of ``model/core.py`` (the one
place the equations are written), units of saved series from ``registry.VARIABLES``,
and the calibration table from ``model.facts.compare``.  Declared here, once:
the model boundary (``BOUNDARY``, for the app's footer too), the mapping from a
docstring stock symbol to its saved series (``SAVED_AS``) and the page's fixed
headings in both languages.

Pure: no UI import; every function returns plain data or Markdown text.
"""

from __future__ import annotations

import ast
import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from . import __version__, core
from .registry import GROUP_LABELS, GROUPS, PARAMETERS, VARIABLE_BY_NAME, Param

Lang = Literal["en", "zh"]
LANGS: tuple[Lang, ...] = ("en", "zh")

BOUNDARY: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("cross-border business", "macro demand", "regulation", "creators as a third side"),
        "zh": ("跨境业务", "宏观需求", "监管", "作为第三方的内容创作者"),
    }
)
"""What is outside the model (``../shared/design/model.md``, section Honesty): the one declaration."""

SAVED_AS: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {
        "B_s": ("buyers_high_tier", "buyers_low_tier"),
        "W_s": ("wallet_share_high_tier", "wallet_share_low_tier"),
        "M_K": ("merchants_head",),
        "M_Sn": ("merchants_smb_new",),
        "M_Se": ("merchants_smb_established",),
        "π*_i": ("perceived_margin_head", "perceived_margin_smb"),
        "CPC": ("cpc_index",),
        "τ_comp": ("rival_fee",),
        "Spent": ("subsidy_spent",),
        "L_cov": ("logistics_coverage",),
        "Q_S": ("smb_capability",),
        "CumProfit": ("cumulative_profit",),
    }
)
"""Stock symbol in the ``core`` docstring → the saved series (``registry.VARIABLES``) holding it."""

_TEXT: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "title": ("Flywheel Explorer: model reference", "飞轮模型说明"),
        "version": ("Model version", "模型版本"),
        "overview_h": ("Overview", "概述"),
        "overview": (
            "A compact system-dynamics model of one marketplace (the platform) competing with an aggregate rival, "
            "with three coupled flywheels: consumers (lower prices and more variety bring more buyers and more of "
            "their wallet), merchants (more traffic and better margins bring more merchants) and the platform "
            "(commission and ad revenue pay for subsidies and fairer traffic). Euler integration with dt = {dt} month; "
            "time in months, money in RMB bn, people and merchants in millions, rates as fractions. The start is "
            "calibrated as an equilibrium: policy changes act after month 0.",
            "一个紧凑的系统动力学模型：一个电商平台与一个合并的竞争平台竞争，包含三个相互耦合的飞轮："
            "消费者飞轮（更低价格、更丰富的供给带来更多买家和更高的钱包份额）、商家飞轮（更多流量和更好的利润率吸引更多商家）"
            "和平台飞轮（佣金和广告收入为补贴和更公平的流量分配提供资金）。采用欧拉法积分，步长 dt = {dt} 个月；"
            "时间单位为月，金额单位为十亿元人民币，人数和商家数单位为百万，比率以小数表示。"
            "初始状态按均衡校准：政策变化从第0个月之后起作用。",
        ),
        "stocks_h": ("Stocks and their equations", "存量及其方程"),
        "stocks_intro": (
            "Indices: segment s in (H, L) = higher-tier / lower-tier and rural buyers; merchant type i in (K, S) = "
            "head brands / small merchants. Equations as written in the module docstring of `model/core.py`.",
            "下标：买家分层 s ∈ (H, L) = 一二线城市 / 下沉市场；商家类型 i ∈ (K, S) = 头部品牌商家 / 中小商家。"
            "方程与 `model/core.py` 模块文档中的写法一致。",
        ),
        "aux_h": ("Auxiliary equations", "辅助方程"),
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


# --------------------------------------------------------------------- stocks


@dataclass(frozen=True, slots=True)
class Stock:
    """One stock of the model, as written in the ``model/core.py`` docstring.

    Attributes:
        symbol: symbol in the docstring, e.g. ``B_s`` (index s or i: one stock per segment or type).
        description: the docstring's description, e.g. ``active buyers``.
        equation: the docstring's equation, verbatim, e.g. ``dB/dt  = adopt_s - churn_s``.
        note: the docstring's remark after the equation (in parentheses there), or ``""``.
        variables: names of the saved series holding the stock (``registry.VARIABLES``).
        unit: unit of the saved series.
    """

    symbol: str
    description: str
    equation: str
    note: str
    variables: tuple[str, ...]
    unit: str


def core_docstring() -> str:
    """The module docstring of ``model/core.py``, read from its source (also under ``python -OO``)."""
    text = Path(core.__file__).read_text(encoding="utf-8")
    doc = ast.get_docstring(ast.parse(text), clean=False)
    if not doc:  # pragma: no cover - core.py always has its docstring
        raise RuntimeError("model/core.py has no module docstring")
    return doc


_STOCK_LINE = re.compile(r"^ {4}(?P<symbol>\S+)\s+(?P<desc>.*?\S)\s{2,}(?P<eq>d\S*/dt\s*=.*?)(?:\s{2,}\((?P<note>.*)\))?\s*$")


def _section(doc: str, heading: str) -> list[str]:
    """The indented literal block after the docstring line starting with ``heading`` (ending in ``::``)."""
    lines = doc.splitlines()
    start = next((k for k, line in enumerate(lines) if line.startswith(heading) and line.rstrip().endswith("::")), None)
    if start is None:
        raise RuntimeError(f"model/core.py docstring: no section {heading!r}")
    block: list[str] = []
    for line in lines[start + 1 :]:
        if line.strip() and not line.startswith(" "):
            break
        block.append(line)
    while block and not block[-1].strip():
        block.pop()
    while block and not block[0].strip():
        block.pop(0)
    return block


def stock_equations() -> list[Stock]:
    """Every stock of the model with its equation, parsed from the ``model/core.py`` docstring.

    Raises:
        RuntimeError: a line of the docstring's stock table does not parse, or names a
            stock without a saved series in ``SAVED_AS``.
    """
    stocks = []
    for line in _section(core_docstring(), "Stocks"):
        m = _STOCK_LINE.match(line)
        if m is None:
            raise RuntimeError(f"model/core.py docstring: cannot parse the stock line {line!r}")
        symbol = m["symbol"]
        if symbol not in SAVED_AS:
            raise RuntimeError(f"stock {symbol!r} of the core docstring has no saved series in reference.SAVED_AS")
        names = SAVED_AS[symbol]
        units = dict.fromkeys(VARIABLE_BY_NAME[n].unit for n in names)
        stocks.append(
            Stock(
                symbol=symbol,
                description=m["desc"],
                equation=m["eq"],
                note=m["note"] or "",
                variables=names,
                unit=" / ".join(units),
            )
        )
    return stocks


def auxiliary_equations() -> list[str]:
    """The auxiliary equations of the ``model/core.py`` docstring, one string per line, verbatim (dedented)."""
    lines = _section(core_docstring(), "Auxiliaries")
    indent = min(len(x) - len(x.lstrip()) for x in lines if x.strip())
    return [x[indent:] for x in lines if x.strip()]


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
    "M": "百万",
    "RMB": "元",
    "RMB bn": "十亿元",
    "RMB bn per month": "十亿元/月",
    "RMB bn per year": "十亿元/年",
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


def calibration_rows(lang: Lang = "en", months: int = 72) -> list[dict[str, Any]]:
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

    # stocks
    md += [f"## {t('stocks_h')}", "", t("stocks_intro"), ""]
    rows = []
    for s in stock_equations():
        labels = [(VARIABLE_BY_NAME[n].label_en, VARIABLE_BY_NAME[n].label_zh)[i] for n in s.variables]
        if lang == "zh":  # the docstring is English: name the stock by its saved series' labels
            name = "；".join(labels)
        elif s.description.startswith("("):  # e.g. "CumProfit (reporting only)": the symbol names it
            name = f"{labels[0]} {s.description}"
        else:
            name = s.description
        eq = _code(s.equation) + (f" ({s.note})" if s.note else "")
        rows.append(
            [
                _code(s.symbol),
                name,
                eq,
                " / ".join(unit_text(u, lang) for u in s.unit.split(" / ")),
                ", ".join(_code(n) for n in s.variables),
            ]
        )
    md += _table([t("c_symbol"), t("c_stock"), t("c_equation"), t("c_unit"), t("c_saved")], rows)
    md += ["", f"### {t('aux_h')}", "", "```text", *auxiliary_equations(), "```", ""]

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
