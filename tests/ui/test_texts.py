"""The text table (ui.texts): every string in both languages, every input-error and link-issue code worded."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from model.errors import InputError
from model.kpis import KPIS
from model.loops import LOOPS, NODES
from model.params import check_value, lookup
from model.registry import PARAMETERS
from model.scenario import check_start, load_scenario, load_text, presets
from model.schedule import Schedule
from ui import urlstate as us
from ui.texts import ERRORS_ZH, ISSUES, TEXT, error_text, field_text, issue_text, label, pick

ROOT = Path(__file__).resolve().parents[2]
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


# ------------------------------------------------------------------ input errors in Chinese
# What may stay in Latin letters in a Chinese message: names of parameters, keys and files, formats.
IDENTIFIERS = [p.name for p in PARAMETERS] + ["title_en", "sources", "order", "preset", "param", "value", "at_month"]
IDENTIFIERS += ["ramp_months", "schedule", "policy", "state", "counterfactual", "without", "f.toml", "latin.toml", "missing.toml"]
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
        _raised(lambda: load_text('history = "yes"', "x", "f.toml")),
        _raised(lambda: load_text("preset = 1", "x", "f.toml")),
        _raised(lambda: load_text('counterfactual = "x"', "x", "f.toml")),
        _raised(lambda: load_text('[counterfactual]\ntitle_en = "a"\ntitle_zh = "b"\nwithout = []', "x", "f.toml")),
        _raised(lambda: load_text('[counterfactual]\ntitle_en = "a"\ntitle_zh = "b"\nwithout = ["fairness"]', "x", "f.toml")),
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
        _raised(lambda: load_text("a.b.c.d.e.f = 1", "x", "f.toml")),
        _raised(lambda: load_text("[[schedule]]\n" * 300, "x", "f.toml")),
        # raised by the app's upload check itself (ui/files.py read_upload, on_upload)
        InputError("file_empty", "the file is empty"),
        InputError("not_text", "not a text file"),
        InputError("too_nested", "too deeply nested"),
        InputError("not_in_app", "these settings cannot be changed in the app: bass_q", names="bass_q"),
    ]


def test_every_input_error_code_has_chinese_wording_and_every_wording_is_used(tmp_path: Path) -> None:
    sources = [*(ROOT / "ui").rglob("*.py"), *(ROOT / "model").glob("*.py")]
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


# ------------------------------------------------------------------ link-reading issues, worded by code
SAMPLE_LINKS = [  # together they raise every issue code (checked below)
    {"p": "zz", "h": "5", "view": "pie", "v": "0.9", "bands": "x", "meet": "x", "lang": "fr"},
    {"commission": "abc", "fairness": "7", "network_effect": "0.4123456", "comission": "2"},
    {"sched": "commission=2@3,commission=1@5,fairness=0.5@200,subsidy_bn_per_year=20@12.5,junk"},
    {"s1": "junk", "s2": "A,baseline,commission=99,zz=1", "ref": "5"},
    {"ref": "3", "charts": "ch_gmv,nope"},
    {"commission": ["2", "3"], "shoppers_high_tier": "400"},
]
VIEW_WORDS = set(us.VIEWS) | {"bands", "meet", "baseline", "junk"}


def guard_codes() -> set[str]:
    """The codes of values the page refuses (``ui.guard``, ``ui.server``): exercised in
    ``tests/app/test_guard_app.py``."""
    from ui import guard

    codes = {c.code for c in guard.CHOICES}
    for name in ("guard.py", "live.py", "views/analysis.py", "server.py"):
        text = (ROOT / "ui" / name).read_text(encoding="utf-8")
        codes |= set(re.findall(r'\b(?:refuse|Issue)\((?:[^()"]|\([^()]*\))*?"(\w+)"', text))
        codes |= set(re.findall(r'return "(state_\w+)"', text))
    return codes


def test_every_issue_code_raised_is_worded_in_both_languages() -> None:
    raised: set[str] = set()
    for path in (ROOT / "ui").rglob("*.py"):
        # the first string literal in an Issue(...) call is its code (field and value are never literals)
        raised |= set(re.findall(r'\bIssue\((?:[^()"]|\([^()]*\))*?"(\w+)"', path.read_text(encoding="utf-8")))
    assert raised | guard_codes() == set(ISSUES), "codes raised in ui/ and the wordings in ui.texts.ISSUES differ"
    presets_ = {sc.name: sc for sc in presets()}
    issues = [i for q in SAMPLE_LINKS for i in us.read_link(q, presets_).issues]
    seen = {i.code for i in issues}
    # ``link_dropped``: a link Streamlit did not read at all, named by ``ui.state.first_run`` (test_forged.py)
    assert set(ISSUES) - guard_codes() - {"link_dropped"} <= seen <= set(ISSUES), "every link wording is exercised"
    for issue in issues:
        en, zh = issue_text(issue, "en"), issue_text(issue, "zh")
        assert en and not re.search(r"[\u4e00-\u9fff]", en), (issue, en)
        assert re.search(r"[\u4e00-\u9fff]", zh), (issue, zh)
        words = re.findall(r"[A-Za-z]{4,}", re.sub(r"'[^']*'|「[^」]*」|\([^)]*\)", "", zh))
        assert set(words) <= ALLOWED_WORDS | VIEW_WORDS, (issue.code, zh, words)


def test_issue_wordings_name_their_fields() -> None:
    link = us.read_link({"fairness": "7", "comission": "2", "s1": "A,baseline,h=3"}, {sc.name: sc for sc in presets()})
    by_field = {i.field: i for i in link.issues}
    assert issue_text(by_field["fairness"], "en") == "outside the allowed range 0-1 index 0-1; using the preset value"
    assert issue_text(by_field["fairness"], "zh").startswith("超出允许范围 0-1")
    assert issue_text(by_field["comission"], "en") == (
        "unknown setting 'comission'; did you mean 'commission' or 'commission_content' or 'commission_incumbent'?; ignored"
    )
    zh = issue_text(by_field["comission"], "zh")
    assert zh.endswith("，已忽略") and "未知的设置项" in zh
    assert by_field["s1"].value == "h=3" and by_field["s1"].code == "ignored"


# ------------------------------------------------------------------ one way to pick a language
def test_label_and_field_text_read_the_declarations() -> None:
    for p in PARAMETERS:
        assert (label(p, "en"), label(p, "zh")) == (p.label_en, p.label_zh)
        assert (field_text(p, "help", "en"), field_text(p, "help", "zh")) == (p.help_en, p.help_zh)
    for obj in (*KPIS, *LOOPS, *NODES):
        assert (label(obj, "en"), label(obj, "zh")) == (obj.label_en, obj.label_zh)
    for sc in presets():
        assert field_text(sc, "title", "zh") == sc.title_zh and field_text(sc, "question", "en") == sc.question_en
    assert pick(("a", "b"), "zh") == "b" and pick(("a", "b"), "fr") == "a"
    with pytest.raises(AttributeError):
        field_text(PARAMETERS[0], "nonsense", "en")


def test_the_ui_picks_languages_only_through_ui_texts() -> None:
    """No ``x_zh if lg == "zh" else x_en`` and no hard-wired Chinese separators outside ui/texts.py."""
    for path in (ROOT / "ui").rglob("*.py"):
        if path.name == "texts.py":
            continue
        code = path.read_text(encoding="utf-8")
        where = path.relative_to(ROOT)
        assert not re.search(r"==\s*[\"']zh[\"']", code), f"{where}: compares a language code"
        assert not re.search(r"\.\w+_(?:zh|en)\b", code), f"{where}: reads a bilingual field directly"
        assert not re.search(r"[\"'][：、；（）][\"']", code), f"{where}: a separator outside ui.texts"
