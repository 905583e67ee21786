"""Refused values, worded (AppTest: fast; ``test_forged.py`` sends them over the websocket).

Every code ``ui.guard`` and ``ui.server`` refuse with is raised here and read in both languages:
the widget's label, the value as sent, the reason, and the value kept.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from streamlit.proto.WidgetStates_pb2 import WidgetState, WidgetStates
from streamlit.testing.v1 import AppTest

from ui import live, server
from ui import urlstate as us
from ui.texts import ISSUES, issue_text

from ..conftest import plain
from ..ui.test_texts import guard_codes
from .screen import control
from .test_app import APP, new_app

pytestmark = pytest.mark.app

# Values of widgets not drawn on the page opened (AppTest cannot send a drawn widget a value it
# does not offer; ``test_forged.py`` does, over the websocket, for every widget).
FORGED: list[tuple[str, Any, str, str]] = [  # key, forged value, code, what the English message says
    ("an_kpi", "__class__", "bad_choice", "KPI = __class__: must be one of gmv_annual"),
    ("cmp_h", ["12", 12], "bad_choices", "KPIs at months = ['12', 12]: must be distinct values among 12, 24"),
    ("ad_load", float("nan"), "number_refused", "Ad load = nan: not a number in the allowed range 2-40 %; kept 10"),
    ("ph_commission_at", 7.5, "number_refused", "From month = 7.5: not a number in the allowed range 0-120 months; kept 12"),
    ("map_x", "eval", "bad_choice", "Across = eval: must be one of commission, fairness"),
]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_forged_session_value_is_refused_named_and_replaced(lang: str) -> None:
    at = new_app({"p": "baseline", "lang": lang}, advanced=False)
    for key, value, code, said in FORGED:
        at.session_state[key] = value
        at.run()
        assert not at.exception, (key, at.exception)
        warnings = [plain(w.value) for w in at.warning]
        assert warnings, key
        if lang == "en":
            assert any(said in w for w in warnings), (key, warnings)
        else:  # the code's Chinese wording, under the Chinese heading
            head = ISSUES[code][1].split("{")[0]
            assert any("未被采用" in w and head in w for w in warnings), (key, head, warnings)
        # the value put back is one the page offers; the next run says nothing more
        at.run()
        assert not at.warning, (key, [w.value for w in at.warning])
    assert at.session_state["an_kpi"] == "gmv_annual" and at.session_state["map_x"] == "commission"
    assert at.session_state["cmp_h"] == [12, 36, 72] and at.session_state["ad_load"] == 10.0


def test_a_refused_value_gives_way_to_the_last_good_one_not_the_default() -> None:
    at = new_app({"p": "baseline"}, advanced=False)
    at.session_state["cmp_h"] = [24, 48]
    at.run()
    at.session_state["cmp_h"] = ["99999"]
    at.run()
    assert at.session_state["cmp_h"] == [24, 48]
    assert any("using 24, 48" in plain(w.value) for w in at.warning)


def _state(wid: str, **value: Any) -> WidgetState:
    w = WidgetState(id=wid)
    for kind, v in value.items():
        if kind.endswith("_array_value"):
            getattr(w, kind).data[:] = v
        else:
            setattr(w, kind, v)
    return w


def test_states_dropped_before_streamlit_decodes_them_and_their_wording() -> None:
    states = WidgetStates()
    good = _state("$$ID-ab-horizon", string_value="36")
    states.widgets.extend(
        [
            good,
            _state("$$ID-ab-live", json_value="{not json"),
            _state("$$ID-ab-live", json_value="[" * 100_000),
            _state("$$ID-ab-policy_map", string_value='{"selection": [1]}'),
            _state("$$ID-ab-cmp_h", string_array_value=["12"] * 100),
            _state("$$ID-ab-pin_name", string_value="x" * 20_000),
            _state("unpin_3", trigger_value=True),
        ]
    )
    dropped = server.clean(states)
    assert list(states.widgets) == [good]
    why = ["state_not_json", "state_too_big", "state_not_json", "state_too_big", "state_too_big", "state_unknown"]
    assert [d[1] for d in dropped] == why
    assert [d[0] for d in dropped] == ["live", "live", "policy_map", "cmp_h", "pin_name", "unpin_3"]
    flood = WidgetStates()
    flood.widgets.extend(_state(f"$$ID-ab-k{i}", bool_value=True) for i in range(server.MAX_WIDGETS + 3))
    assert len(server.clean(flood)) == 3 and len(flood.widgets) == server.MAX_WIDGETS


def test_lever_refusals_and_every_guard_code_read_in_both_languages() -> None:
    _values, refused = live.lever_values({"commission": 1e9, "zz": 1})
    issues = live.lever_issues(refused, {"commission": 0.6, "fairness": 0.7, "subsidy_bn_per_year": 0.0}, "en")
    assert [i.code for i in issues] == ["number_refused", "not_a_lever"]
    assert issue_text(issues[0], "en") == "not a number in the allowed range 0-15 %; kept 0.6"
    samples = {
        "bad_horizon": {"allowed": "12, 24", "default": 72},
        "bad_view": {"views": us.VIEWS, "default": "charts"},
        "unknown_preset": {"default": "baseline"},
        "bad_lang": {},
        "bad_choice": {"allowed": "a, b", "default": "a"},
        "bad_choices": {"allowed": "12, 24", "default": "12"},
        "number_refused": {"lo": 0, "hi": 1, "unit": "%", "kept": "0.5"},
        "not_a_lever": {},
        "not_a_cell": {},
        "state_unknown": {},
        "state_not_json": {},
        "state_too_big": {},
    }
    assert set(samples) == guard_codes()
    for code, fields in samples.items():
        issue = us.Issue("f", "v", code, fields)
        en, zh = issue_text(issue, "en"), issue_text(issue, "zh")
        assert en and not re.search(r"[\u4e00-\u9fff]", en), (code, en)
        assert re.search(r"[\u4e00-\u9fff]", zh), (code, zh)


def test_a_repeated_key_and_a_parameter_the_page_does_not_show_are_named() -> None:
    """``commission=2&commission=3`` used the last silently; ``shoppers_high_tier=400`` (a
    calibrated assumption, not a control) was dropped silently."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["p"] = "baseline"
    at.query_params["commission"] = ["2", "3"]
    at.query_params["shoppers_high_tier"] = "400"
    at.run()
    assert not at.exception
    text = plain(at.warning[0].value)
    assert "commission = 2&3: given 2 times; the last (3) is used" in text, text
    assert "shoppers_high_tier = 400: these settings cannot be changed in the app: shoppers_high_tier" in text, text
    assert at.query_params["commission"] == "3" and "shoppers_high_tier" not in at.query_params
    assert control(at, "commission").value == 3.0


def test_replay_runs_at_most_every_few_seconds_a_session() -> None:
    """A replay costs 1.4-2.2 s of server CPU: clicks (or forged messages) in a row get a note."""
    from ui.history import REPLAY_EVERY_S

    at = new_app({"p": "baseline"}, advanced=False)
    control(at, "fairness").set_value(0.5).run()
    replay = next(b for b in at.button if b.key == "replay_btn")
    replay.click().run()
    assert "replay_at" in at.session_state and not at.info
    next(b for b in at.button if b.key == "replay_btn").click().run()
    notes = [i.value for i in at.info]
    assert any(f"at most every {REPLAY_EVERY_S:g} seconds" in n for n in notes), notes
