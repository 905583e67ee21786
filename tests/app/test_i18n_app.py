"""中文 / English through AppTest: a Chinese page shows no English UI text, switching keeps the scenario,
upload and link errors read in Chinese.

The Chinese-page check walks every rendered element (``tests.app.screen.visible_texts``: buttons,
popovers and what they hold, help texts, the uploader, expanders, captions, metrics, chart
titles, axes, legends and tooltips, dataframe headers and cells, the loop diagram) and flags
every Latin word that is not on the allow-list below: identifiers (parameter, variable, KPI,
preset, loop and link-key names; the equations' names and symbols), units and formats (GMV,
RMB, SMB, C2M, CSV, TOML, URL, ...), sources cited as published, and the language switch.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable

import pytest
from streamlit.testing.v1 import AppTest

from model.equations import DIMS, MODEL, VARIABLES
from model.kpis import KPIS
from model.loops import LOOPS, NODES
from model.reference import calibration_rows
from model.registry import PARAMETERS
from model.scenario import presets
from model.sd import BUILTINS, SPECIALS
from ui import urlstate as us
from ui.texts import TEXT

from ..ui.test_texts import ROOT, SAME_IN_BOTH
from .screen import visible_texts
from .test_app import button, kpi, new_app

pytestmark = pytest.mark.app


def english_only() -> set[str]:
    """Strings that would betray a missing translation on a Chinese page."""
    out = {en for key, (en, zh) in TEXT.items() if key not in SAME_IN_BOTH and len(en) > 3 and "{" not in en}
    out |= {p.label_en for p in PARAMETERS}
    out |= {sc.title_en for sc in presets()}
    return out


WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
ACRONYMS = frozenset({"GMV", "RMB", "SMB", "C2M", "CPC", "CSV", "TOML", "URL", "XMILE"})  # units, formats, trade terms
MATH = frozenset({"ln", "exp", "logit"})  # function names the equations' meanings use
LANGUAGE_SWITCH = ("Language / 语言", "English")  # the switch reads in both languages on every page


@functools.cache
def identifiers() -> frozenset[str]:
    """Names that stay in Latin letters in every language: they are what the link, the CSV and the equations use."""
    names = {p.name for p in PARAMETERS} | {v.name for v in VARIABLES} | {k.key for k in KPIS} | {sc.name for sc in presets()}
    names |= set(us.META_KEYS) | {loop.key for loop in LOOPS} | {n.name for n in NODES} | set(MODEL.vars) | set(MODEL.functions)
    names |= {a for f in MODEL.functions.values() for a in f.args} | set(BUILTINS) | set(SPECIALS)
    elements = {e for d in DIMS for e in d.elements}
    names |= {d.index for d in DIMS} | elements
    names |= {n.removesuffix("_" + e) for n in MODEL.vars for e in elements}  # merit_ratio of merit_ratio_{s}
    names |= {w for p in PARAMETERS for w in WORD.findall(p.symbol)}
    return frozenset(names)


def _cell(text: str) -> str:
    """Text as a Markdown table cell shows it (one line, ``|`` escaped), as the reference page writes its cells."""
    return " ".join(text.splitlines()).strip().replace("|", "\\|")


@functools.cache
def cited() -> tuple[str, ...]:
    """Sources, cited as published (parameters, presets, calibration facts), longest first."""
    with (ROOT / "data" / "facts.csv").open(encoding="utf-8") as f:
        facts = [row["source"] for row in csv.DictReader(f)]
    texts = {p.source for p in PARAMETERS} | {s for sc in presets() for s in sc.sources} | set(facts)
    return tuple(sorted({x for t_ in texts if t_ for x in (t_, _cell(t_))}, key=len, reverse=True))


@functools.cache
def model_side() -> tuple[str, ...]:
    """English the Chinese page shows that the model's own declarations write (reported; model/ is not the UI's to edit):
    the quantity each calibration rule compares (model/facts.py words it in English only) and the meaning of
    ``sigmoid`` (model/equations.py: "logistic 函数")."""
    quantities = {r["model_quantity"] for r in calibration_rows("zh")}
    return tuple(sorted(quantities | {"logistic 函数"}, key=len, reverse=True))


def readable(text: str) -> str:
    """What of ``text`` must read in the page language: sources (a whole text or a whole table cell),
    model-side text, code, links and file names removed."""
    text = text.replace("\u2060", "")  # word joiners in user text (ui.texts.md_escape)
    if text in cited():
        return ""
    if "|" in text:
        for known in cited():
            text = text.replace(f"| {known} |", "| |")
    for known in model_side():
        text = text.replace(known, " ")
    text = re.sub(r"\\(.)", r"\1", text)  # Markdown escapes (user text and names are shown escaped)
    text = re.sub(r"`[^`]*`", " ", text)  # code: names and equations
    text = re.sub(r"<?https?://\S+", " ", text)  # links
    return re.sub(r"[\w./-]*\.(?:csv|toml|md|py)\b", " ", text)  # file names


def latin_leaks(texts: Iterable[tuple[str, str]], user: Iterable[str] = ()) -> dict[str, list[str]]:
    """Latin words outside the allow-list, each with where it was shown (``user``: what the reader typed,
    e.g. a misspelt link key the warning quotes)."""
    leaks: dict[str, set[str]] = {}
    allowed = identifiers() | ACRONYMS | set(user)
    for where, text in texts:
        if text in LANGUAGE_SWITCH:
            continue
        for word in WORD.findall(readable(text)):
            if len(word) == 1 or word in allowed or word in MATH or re.fullmatch(r"p\d{1,2}", word):
                continue  # a symbol, a name, a unit, a percentile (p10), the reader's own text
            leaks.setdefault(word, set()).add(re.sub(r"\[[^]]*\]", "", where))
    return {w: sorted(ws)[:3] for w, ws in sorted(leaks.items())}


CHINESE_PAGE = {
    "p": "support_100bn",
    "lang": "zh",
    "h": "48",
    "subsidy_bn_per_year": "60",  # more than the preset: the per-RMB-of-subsidy cards show
    "sched": "commission=1@12+6",  # a shaded window
    "s1": "甲,baseline,commission=2",
    "s2": "乙,baseline,subsidy_bn_per_year=999",  # a bad value: a warning that names a range and unit
    "fairness": "7",
    "comission": "2",
}


@pytest.mark.parametrize("view", [*us.VIEWS, "meeting"])
def test_a_chinese_page_shows_no_english_ui_text(view: str) -> None:
    query = CHINESE_PAGE | ({"meet": "1"} if view == "meeting" else {"view": view})
    at = new_app(query)
    assert at.warning and at.get("download_button") and at.get("file_uploader") and at.get("popover") and at.expander
    texts = visible_texts(at)
    where = {w for w, _ in texts}
    assert "/root/main/flex_container/popover/download_button.label" in where
    assert any("/bidi_component.data.levers" in w for w in where)  # the live panel's words are read too
    # no English UI string that has a Chinese wording
    shown = "\n".join(readable(text) for _, text in texts)
    leaks = sorted(s for s in english_only() if re.search(r"(?<![A-Za-z_])" + re.escape(s) + r"(?![A-Za-z_])", shown))
    assert not leaks, leaks
    # and no Latin word at all outside the allow-list
    leaks = latin_leaks(texts, user=["comission"])
    assert not leaks, leaks


def test_the_latin_word_check_finds_english() -> None:
    """The walk flags English wherever it hides (help, chart tooltips, dataframe cells) and lets names, units and sources pass."""
    texts = [
        ("/slider.help", "扶持从模拟开始后的第几个月启动。 (0–72 months)"),
        ("/vega_lite_chart.spec.title", "流量公平度 (index 0-1)"),
        ("/dataframe.cell", "derived from the 2024 report"),
        ("/caption.body", "相对预设的改动：`subsidy_bn_per_year`，见 data/facts.csv 与 https://example.com/a"),
        ("/metric.label", "GMV（年化） (万亿元/年) · C2M · p10–p90 · 步长 dt"),
        ("/markdown.body", "| x | " + _cell(PARAMETERS[0].source) + " |"),
        ("/dataframe.来源", "derived"),  # a source cell of data/facts.csv
    ]
    assert latin_leaks(texts) == {
        "derived": ["/dataframe.cell"],
        "from": ["/dataframe.cell"],
        "index": ["/vega_lite_chart.spec.title"],
        "months": ["/slider.help"],
        "report": ["/dataframe.cell"],
        "the": ["/dataframe.cell"],
    }


def test_switching_language_keeps_the_scenario_and_its_numbers() -> None:
    at = new_app({"p": "support_100bn", "commission": "1.5", "h": "36", "s1": "A,baseline,fairness=0.9"})
    before = (kpi(at, "GMV"), at.session_state["scenario"])
    at.segmented_control(key="lang_choice").set_value("zh").run()
    assert at.query_params["lang"] == "zh"
    assert at.title[0].value == TEXT["app_title"][1]
    assert at.session_state["scenario"] == before[1]
    assert [p.name for p in at.session_state["pins"]] == ["A"]
    gmv_zh = next(m for m in at.metric if m.label.startswith("GMV"))
    assert (gmv_zh.value, gmv_zh.delta.split(" ")[0]) == (before[0][0], before[0][1].split(" ")[0])
    at.segmented_control(key="lang_choice").set_value("en").run()
    assert "lang" not in at.query_params and at.session_state["scenario"] == before[1]


def test_upload_and_link_errors_read_in_chinese() -> None:
    at = new_app({"lang": "zh", "comission": "2", "sched": "commission=x@1"})
    text = at.warning[0].value
    assert "未知的设置项" in text and "不是数字" in text and "unknown" not in text and "not a number" not in text
    at.get("file_uploader")[0].set_value(("bad.toml", b"[policy]\ncommission = 9\n", "application/toml")).run()
    msg = at.error[0].value
    assert "超出允许范围" in msg and "占GMV比例" in msg and "outside" not in msg
    assert not latin_leaks(visible_texts(at), user=["comission"]), latin_leaks(visible_texts(at), user=["comission"])
    good = b'preset = "baseline"\n[policy]\nsubsidy_bn_per_year = 40.0\n'
    good += b'[[schedule]]\nparam = "fairness"\nvalue = 0.5\nat_month = 6\n'
    at.get("file_uploader")[0].set_value(("mine.toml", good, "application/toml")).run()
    assert "已载入情景文件" in at.info[0].value and "已应用 1 项杠杆时间安排" in at.info[0].value
    assert not latin_leaks(visible_texts(at), user=["comission"]), latin_leaks(visible_texts(at), user=["comission"])


def test_chinese_counts_in_yi_and_wan() -> None:
    """The Chinese page counts money in 亿元 and people and firms in 万 (not 十亿元, 百万人): the same
    scenario's cards read ten and a hundred times the English numbers, in those units, and the
    live panel's numbers and charts scale alike."""
    from ui.live import LIVE_KPIS

    from .screen import live_payload

    query = {"p": "support_100bn"}
    en, zh = new_app(query), new_app(query | {"lang": "zh"})

    def card(at: AppTest, start: str) -> tuple[float, str]:
        m = next(m for m in at.metric if m.label.startswith(start))
        return float(m.value.replace(",", "")), m.label

    for en_label, zh_label, factor, unit in (
        ("Active buyers", "活跃买家", 100, "万人"),
        ("Platform profit (annual)", "平台利润（年化）", 10, "亿元/年"),
        ("Head-brand merchants", "头部品牌商家", 100, "万家"),
        ("GMV (annual rate)", "GMV（年化）", 1, "万亿元/年"),
    ):
        (a, _), (b, label_zh) = card(en, en_label), card(zh, zh_label)
        assert b == pytest.approx(factor * a, rel=0.01, abs=0.06 * factor), (en_label, a, b)
        assert label_zh.endswith(f"（{unit}）") or label_zh.endswith(f"({unit})"), label_zh
    assert not any("十亿" in m.label or "百万" in m.label for m in zh.metric)
    (he, _), (hz, _) = live_payload(en), live_payload(zh)
    assert [k["key"] for k in hz["kpis"]] == list(LIVE_KPIS)
    assert [k["unit"] for k in hz["kpis"]] == ["万亿元/年", "万人", "%", "亿元/年"]
    for k_en, k_zh, factor in zip(he["kpis"], hz["kpis"], (1, 100, 1, 10), strict=True):
        assert k_zh["scale"] == pytest.approx(factor * k_en["scale"]), (k_en, k_zh)
    assert {c["axis"] for c in hz["charts"]} >= {"亿元/月", "万人", "万家"}


def test_chinese_sliders_count_money_in_yi_and_the_link_keeps_its_units() -> None:
    """A money slider in Chinese reads 亿元 (ten times the link's RMB bn): moving it writes the
    link's value back, a link's value moves it, and the live panel's subsidy lever counts alike."""
    from .screen import live_payload

    at = new_app({"lang": "zh", "subsidy_budget_bn": "200", "marketing_bn_per_year_incumbent": "12"})
    budget = at.slider(key="subsidy_budget_bn@zh")
    assert (budget.value, budget.min, budget.max) == (2000, 0, 5000)
    assert "亿元" in budget.help and "十亿" not in budget.help and "0–5000" in budget.help
    assert at.slider(key="marketing_bn_per_year_incumbent@zh").value == 120
    budget.set_value(2550).run()
    assert not at.exception, at.exception
    assert at.query_params["subsidy_budget_bn"] == "255" and at.session_state["scenario"].params["subsidy_budget_bn"] == 255
    # a change from elsewhere (undo) moves the counted slider before it is drawn
    button(at, "撤销").click().run()
    assert at.slider(key="subsidy_budget_bn@zh").value == 2000 and at.query_params["subsidy_budget_bn"] == "200"
    # back in English the same key holds the link's value
    at.segmented_control(key="lang_choice").set_value("en").run()
    assert at.slider(key="subsidy_budget_bn").value == 200
    (head, _) = live_payload(new_app({"lang": "zh", "subsidy_bn_per_year": "37.5"}))
    lever = next(x for x in head["levers"] if x["name"] == "subsidy_bn_per_year")
    assert (lever["unit"], lever["factor"], lever["decimals"]) == ("亿元/年", 10.0, 0)
    assert not any("十亿" in x["unit"] or "百万" in x["unit"] for x in head["levers"])
