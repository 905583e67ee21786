"""中文 / English through AppTest: a Chinese page shows no English UI text, switching keeps the scenario,
upload and link errors read in Chinese."""

from __future__ import annotations

import json
import re

import pytest

from model.registry import PARAMETERS
from model.scenario import presets
from ui.texts import TEXT

from ..ui.test_texts import SAME_IN_BOTH
from .test_app import kpi, new_app

pytestmark = pytest.mark.app


def english_only() -> set[str]:
    """Strings that would betray a missing translation on a Chinese page."""
    out = {en for key, (en, zh) in TEXT.items() if key not in SAME_IN_BOTH and len(en) > 3 and "{" not in en}
    out |= {p.label_en for p in PARAMETERS}
    out |= {sc.title_en for sc in presets()}
    return out


def visible_text(at) -> list[str]:  # type: ignore[no-untyped-def]
    texts = []
    for kind in ("title", "caption", "markdown", "subheader", "warning", "info", "error"):
        texts += [e.value for e in getattr(at, kind)]
    for kind in ("slider", "selectbox", "button", "toggle", "radio", "text_input", "multiselect", "expander"):
        texts += [getattr(e, "label", "") or "" for e in getattr(at, kind)]
    texts += [m.label for m in at.metric]
    texts += [json.dumps(json.loads(c.proto.spec), ensure_ascii=False) for c in at.get("vega_lite_chart")]
    texts += [g.proto.spec for g in at.get("graphviz_chart")]
    texts += [" ".join(map(str, d.value.columns)) + " " + d.value.to_string() for d in at.dataframe]
    return texts


@pytest.mark.parametrize("view", ["charts", "analysis", "table", "loops", "reference", "calibration"])
def test_a_chinese_page_shows_no_english_ui_text(view: str) -> None:
    at = new_app({"p": "support_100bn", "lang": "zh", "view": view, "s1": "A,baseline,commission=2"})
    texts = visible_text(at)
    if view == "reference":  # sources are cited as published: drop each table row's last cell (the source)
        texts = [re.sub(r"\|[^|\n]*\|\s*$", "|", line) for text in texts for line in text.splitlines()]
    shown = "\\n".join(texts)
    leaks = sorted(s for s in english_only() if re.search(r"(?<![A-Za-z_])" + re.escape(s) + r"(?![A-Za-z_])", shown))
    assert not leaks, leaks


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
