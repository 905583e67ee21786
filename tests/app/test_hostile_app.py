"""Hostile input through the running app (AppTest): links, uploads and scenario names.

Nothing raises, nothing raw reaches the page, user text is escaped wherever Markdown shows
it, and after any bad input the previous valid state is still there.
"""

from __future__ import annotations

import io
import re
import tomllib
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from streamlit.testing.v1 import AppTest

import model
from ui import urlstate as us
from ui.files import MAX_UPLOAD_BYTES, scenario_and_baseline_csv
from ui.parameters import SHOWN

from ..conftest import plain
from ..ui.test_hostile_link import near_valid_links
from .screen import control
from .test_app import _upload, new_app
from .test_compare_app import pin_current

pytestmark = pytest.mark.app
ROOT = Path(__file__).resolve().parents[2]


def markdown_texts(at: AppTest) -> list[str]:
    """Every piece of Markdown the page shows (messages, captions, markdown)."""
    out = [e.value for kind in ("markdown", "caption", "warning", "error", "info") for e in getattr(at, kind)]
    return [str(x) for x in out]


def assert_no_raw_markup(texts: list[str]) -> None:
    """No unescaped HTML tag, link or image syntax in Markdown the app renders."""
    for text in texts:
        assert not re.search(r"(?<!\\)<[a-zA-Z/!]", text), text
        assert not re.search(r"(?<!\\)\]\((?!https?://)", text), text  # [x](javascript:…) and friends


HOSTILE_LINKS = [
    {"p": "baseline", "sched": "commission=2@200", "commission": "2"},
    {"p": "baseline", "sched": "commission=2@12+90,fairness=0.2@1.5"},
    {"p": "baseline", "s1": "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,baseline,commission=2", "ref": "1"},
    {"p": "baseline", "s1": "%5Bx%5D(javascript%3Aalert(1)),baseline", "s2": "`code`,baseline,fairness=0.2"},
    {"p": "baseline", "<img src=x>": "1", "lang": "fr", "view": "<b>", "h": "1e309"},
    {"p": "baseline", "commission": "`x` **y** [z](javascript:alert(1))"},
    {"p": "baseline", "x" * 3000: "y" * 10000, "meet": "<", "bands": "NaN"},
    {"p": "baseline", "fairness": "nan", "network_effect": "-inf", "subsidy_bn": "1e400"},
]


@pytest.mark.parametrize("query", HOSTILE_LINKS, ids=range(len(HOSTILE_LINKS)))
def test_hostile_links_show_escaped_warnings_and_a_working_app(query: dict[str, str]) -> None:
    at = new_app(query)
    pins_only = set(query) <= {"p", "s1", "s2", "ref"}  # odd names are valid names: shown escaped, not reported
    assert bool(at.warning) != pins_only, "every bad value is reported"
    assert at.session_state["scenario"] is not None
    assert_no_raw_markup(markdown_texts(at))
    # the app still works after it: a slider move reruns cleanly
    control(at, "commission").set_value(1.0).run()
    assert not at.exception
    assert at.session_state["scenario"].params["commission"] == pytest.approx(0.01)


def test_valid_parts_of_a_hostile_link_are_kept() -> None:
    at = new_app({"p": "support_100bn", "commission": "2", "fairness": "oops", "sched": "commission=3@24+6,junk", "zz": "1"})
    sc = at.session_state["scenario"]
    assert sc.name == "support_100bn" and sc.params["commission"] == pytest.approx(0.02)
    assert [(s.param, s.value, s.at_month, s.ramp_months) for s in sc.schedules] == [("commission", 0.03, 24.0, 6.0)]
    text = plain(at.warning[0].value)
    assert "fairness = oops: not a number" in text and "junk" in text and "zz = 1" in text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(query=near_valid_links)
def test_fuzzed_links_never_break_the_app(query: dict[str, str]) -> None:
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    for k, v in query.items():
        at.query_params[k] = v
    for panel in ("design_open", "rivals_open", "advanced_open", "phase_open", "compare_open"):
        at.session_state[panel] = True
    at.run()
    assert not at.exception, (query, at.exception)
    assert_no_raw_markup(markdown_texts(at))


# ------------------------------------------------------------------ uploads
HOSTILE_UPLOADS = [
    (b"   \n\t\n", "the file is empty"),
    (b"x" * (2 * 1024 * 1024), f"larger than {MAX_UPLOAD_BYTES // 1024} KiB"),  # over the server's 1 MB too
    (bytes(range(256)) * 8, "not UTF-8"),
    ("[policy]\ncommission = 0.02\n".encode("utf-16"), "not UTF-8"),  # wrong encoding (with BOM)
    ('title_en = "caf\xe9"\n'.encode("latin-1"), "not UTF-8"),
    (b"[policy]\ncommission = 0.02\x00\n", "NUL"),
    (b"a = " + b"[" * 5000 + b"]" * 5000 + b"\n", ""),  # deeply nested arrays
    (b"a = " + b"{b = " * 3000 + b"1" + b"}" * 3000 + b"\n", ""),  # deeply nested inline tables
    (b"[policy]\ncommission = nan\n", "commission"),
    (b"[policy]\ncommission = inf\n", "commission"),
    (b"[policy]\ncommission = -inf\n", "commission"),
    (b"[policy]\ncommission = 1e400\n", "commission"),
    (b"[policy]\nsubsidy_bn = 99999999999999999999999999999\n", "subsidy_bn"),
    (b"[policy]\ncommission = 0.02\n[hack]\nx = 1\n", "hack"),
    (b"[policy]\ncommission = 0.02\nrm_rf = 1\n", "rm_rf"),
    (b"[policy]\ncommission = 0.02\n[policy]\nfairness = 0.5\n", ""),  # duplicate table: invalid TOML
    (b'[policy]\ncommission = "0.02"\n', "commission"),
    (b"[[schedule]]\nparam = 'commission'\nvalue = 0.02\nat_month = 200\n", "0-120"),
    (b"[[schedule]]\nparam = 'commission'\nvalue = 0.02\nat_month = 12\nramp_months = -1\n", "ramp_months"),
]


@pytest.mark.parametrize(("data", "message"), HOSTILE_UPLOADS, ids=range(len(HOSTILE_UPLOADS)))
def test_hostile_uploads_are_refused_and_change_nothing(data: bytes, message: str) -> None:
    at = new_app({"p": "support_100bn", "commission": "2", "sched": "fairness=0.9@6"})
    before = at.session_state["scenario"]
    query = dict(at.query_params)
    _upload(at, "bad.toml", data)
    text = plain(at.error[0].value)
    assert text.startswith("Could not use bad.toml:") and "Nothing was changed" in text
    assert message in text
    assert len(text) < 600 and "Traceback" not in text
    assert at.session_state["scenario"] == before
    assert dict(at.query_params) == query
    assert control(at, "commission").value == 2.0


def test_hostile_file_names_are_escaped() -> None:
    at = new_app()
    _upload(at, "[x](javascript:alert(1))<img src=x>.toml", b"")
    assert_no_raw_markup(markdown_texts(at))
    assert "[x](javascript:alert(1))<img src=x>" in plain(at.error[0].value)


def test_after_a_bad_upload_a_good_one_still_works_and_restores_schedules() -> None:
    src = new_app({"p": "baseline", "commission": "1.5", "sched": "commission=2@12+6"})
    text = model.to_toml(src.session_state["scenario"])
    at = new_app()
    _upload(at, "bad.toml", b"\xff\xfe")
    _upload(at, "good.toml", text.encode())
    assert at.session_state["scenario"] == src.session_state["scenario"]
    assert at.query_params["sched"] == "commission=2@12+6"
    assert "1 lever schedule(s) applied" in plain(at.info[0].value)


# ------------------------------------------------------------------ names in the CSV
@pytest.mark.parametrize("name", ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", 'a,"b"\tc', "<script>x</script>"])
def test_pinned_names_are_neutralised_in_the_csv(name: str) -> None:
    at = new_app({"p": "baseline"})
    pin_current(at, name)
    csv = scenario_and_baseline_csv(at.session_state["scenario"], 12, at.session_state["pins"])
    frame = pd.read_csv(io.StringIO(csv), comment="#")
    names = set(frame["scenario"]) - {"baseline", "baseline-baseline"}
    assert len(names) == 1
    (got,) = names
    assert got[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert got.lstrip("'") == us.clean_name(name)


# ------------------------------------------------------------------ what the code may not do
FORBIDDEN = (
    r"\beval\(",
    r"\bexec\(",
    r"\bpickle\b",
    r"\bmarshal\b",
    r"\bshelve\b",
    r"unsafe_allow_html",
    r"\bst\.html\(",
    r"streamlit\.components",
)


def test_no_eval_pickle_or_raw_html_in_the_app_or_model() -> None:
    files = [ROOT / "streamlit_app.py", *(ROOT / "ui").rglob("*.py"), *(ROOT / "model").rglob("*.py")]
    for path in files:
        text = path.read_text(encoding="utf-8")
        for pattern in FORBIDDEN:
            assert not re.search(pattern, text), f"{path.relative_to(ROOT)}: {pattern}"


def test_upload_size_is_capped_in_the_production_config() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == 1  # MB, enforced by the server and the browser
    assert MAX_UPLOAD_BYTES <= 1024 * 1024


@pytest.mark.parametrize("edge", [0, 1])
def test_every_control_at_an_end_of_its_range_shows_numbers_and_no_warning(edge: int) -> None:
    query = {"p": "support_100bn"}
    for p in SHOWN:
        query[p.name] = us.format_display(p, us.display_range(p)[edge])
    at = new_app(query)
    assert not at.warning and not at.error
    values = [m.value for m in at.metric]
    assert values and not any(re.search(r"nan|inf", v, re.IGNORECASE) for v in values), values
    for view in us.VIEWS:  # every view renders at the edge too
        at.session_state["view"] = view
        at.run()
        assert not at.exception and not at.warning, view


def test_a_link_of_many_bad_keys_lists_a_few_counts_the_rest_and_is_cleaned_in_one_write(monkeypatch: pytest.MonkeyPatch) -> None:
    """990 unknown keys: the warning lists ``ISSUES_SHOWN`` and counts the rest, the app runs, and
    the link loses them in the run's one write (each write sends the whole query string)."""
    from streamlit.runtime.state.query_params import QueryParams

    from ui.messages import ISSUES_SHOWN

    writes: list[int] = []
    send = QueryParams._send_query_param_msg

    def counted(self: QueryParams) -> None:
        writes.append(len(self._query_params))
        send(self)

    monkeypatch.setattr(QueryParams, "_send_query_param_msg", counted)
    query = {"p": "baseline", "commission": "1.5", "lang": "en"} | {f"junk{i}": "1" for i in range(990)}
    at = new_app(query, advanced=False)
    text = plain(at.warning[0].value)
    assert text.count("unknown setting") == ISSUES_SHOWN and f"… and {990 - ISSUES_SHOWN} more" in text
    assert set(at.query_params) == {"p", "commission", "lang", "v"}
    assert len(writes) == 1, writes
