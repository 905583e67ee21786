"""中文 / English: every visible string has both, switching keeps the scenario."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from model.errors import InputError
from model.params import check_value, lookup
from model.registry import PARAMETERS
from model.scenario import check_start, load_scenario, load_text, presets
from model.schedule import Schedule
from ui import urlstate as us
from ui.texts import ERRORS_ZH, TEXT, error_text

from .test_app import kpi, new_app

pytestmark = pytest.mark.app
ROOT = Path(__file__).resolve().parent.parent
SAME_IN_BOTH = {"u_percent", "s_gmv", "ax_percent"}  # "%", "GMV"


def test_every_text_has_both_languages() -> None:
    for key, (en, zh) in TEXT.items():
        assert en.strip() and zh.strip(), key
        if key not in SAME_IN_BOTH:
            assert en != zh, f"{key}: the Chinese text is the English one"
    for p in PARAMETERS:
        assert p.label_zh.strip() and p.help_zh.strip() and p.label_zh != p.label_en, p.name
    for sc in presets():
        assert sc.title_zh.strip() and sc.question_zh.strip(), sc.name


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


# ------------------------------------------------------------------ input errors in Chinese
# What may stay in Latin letters in a Chinese message: names of parameters, keys and files, formats.
IDENTIFIERS = [p.name for p in PARAMETERS] + ["title_en", "sources", "order", "preset", "param", "value", "at_month"]
IDENTIFIERS += ["ramp_months", "schedule", "policy", "state", "f.toml", "latin.toml", "missing.toml"]
ALLOWED_WORDS = {"TOML", "YYYY"} | {w for name in IDENTIFIERS for w in re.findall(r"[A-Za-z]{4,}", name)}


def _raised(fn: Callable[[], object]) -> InputError:
    with pytest.raises(InputError) as info:
        fn()
    return info.value


def _sample_errors(tmp: Path) -> list[InputError]:
    bad_bytes = tmp / "latin.toml"
    bad_bytes.write_bytes('title_en = "caf\xe9"\n'.encode("latin-1"))
    return [
        _raised(lambda: lookup("comission")),
        _raised(lambda: check_value("commission", "x")),
        _raised(lambda: check_value("commission", 9)),
        _raised(lambda: check_start("2025-13")),
        _raised(lambda: load_text("policy = 1", "x", "f.toml")),
        _raised(lambda: load_text("schedule = [1]", "x", "f.toml")),
        _raised(lambda: load_text("title_en = 1", "x", "f.toml")),
        _raised(lambda: load_text("sources = [1]", "x", "f.toml")),
        _raised(lambda: load_text('order = "a"', "x", "f.toml")),
        _raised(lambda: load_text("preset = 1", "x", "f.toml")),
        _raised(lambda: load_text("#" * 70_000, "x", "f.toml")),
        _raised(lambda: load_text("[a", "x", "f.toml")),
        _raised(lambda: load_scenario(tmp / "missing.toml")),
        _raised(lambda: load_scenario(bad_bytes)),
        _raised(lambda: Schedule(param="network_effect", value=0.5, at_month=1)),
        _raised(lambda: Schedule(param="commission", value=0.02, at_month=500)),
        _raised(lambda: Schedule.from_mapping({"param": "commission", "value": 0.02, "at_month": 1, "x": 1})),
        _raised(lambda: Schedule.from_mapping({"param": "commission"})),
        _raised(lambda: Schedule.from_mapping({"param": 1, "value": 0.02, "at_month": 1})),
        _raised(lambda: Schedule.parse("junk")),
        _raised(lambda: Schedule.parse("commission=x@1")),
        _raised(lambda: us.parse_schedule("commission=99@3")),
        # raised by the app's upload check itself (ui/app.py on_upload)
        InputError("file_empty", "the file is empty"),
        InputError("not_text", "not a text file"),
        InputError("too_nested", "too deeply nested"),
        InputError("not_in_app", "these settings cannot be changed in the app: bass_q", names="bass_q"),
    ]


def test_every_input_error_code_has_chinese_wording_and_every_wording_is_used(tmp_path: Path) -> None:
    sources = [ROOT / "ui" / "app.py", ROOT / "ui" / "urlstate.py", *(ROOT / "model").glob("*.py")]
    raised = {"unknown_name"}
    for path in sources:
        raised |= set(re.findall(r'InputError\(\s*"(\w+)"', path.read_text(encoding="utf-8")))
    assert raised == set(ERRORS_ZH), "codes raised in the code and the Chinese wordings differ"
    samples = _sample_errors(tmp_path)
    assert {e.code for e in samples} == set(ERRORS_ZH), "every wording is exercised below"
    for e in samples:
        zh = error_text(e, "zh")
        assert zh != str(e) and re.search(r"[\u4e00-\u9fff]", zh), (e.code, zh)
        # nothing English left but names, values, units and file formats
        words = re.findall(r"[A-Za-z]{4,}", re.sub(r"'[^']*'|「[^」]*」|\([^)]*\)|（[^）]*）", "", zh))
        assert set(words) <= ALLOWED_WORDS, (e.code, zh, words)
        assert error_text(e, "en") == str(e)


def test_upload_and_link_errors_read_in_chinese() -> None:
    at = new_app({"lang": "zh", "comission": "2", "sched": "commission=x@1"})
    text = at.warning[0].value
    assert "未知的设置项" in text and "不是数字" in text and "unknown" not in text and "not a number" not in text
    at.get("file_uploader")[0].set_value(("bad.toml", b"[policy]\ncommission = 9\n", "application/toml")).run()
    msg = at.error[0].value
    assert "超出允许范围" in msg and "占GMV比例" in msg and "outside" not in msg
