"""Every preset loads and runs; scenario files are validated with clear messages."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

import model
from model.scenario import SCENARIO_DIR, load_scenario, load_text, preset_names, to_toml
from tests.conftest import preset_run

PRESETS = preset_names()
REQUIRED = {
    "baseline",
    "bid_incumbent",
    "pdd_2024_fee_waiver",
    "support_100bn",
    "subsidy_stop_abrupt",
    "subsidy_taper",
    "fee_war_no_match",
    "fee_war_matched",
    "monetise_harder",
    "history",
}


def test_all_required_presets_exist() -> None:
    assert REQUIRED <= set(PRESETS)


@pytest.mark.parametrize("name", PRESETS)
def test_preset_loads_runs_and_is_documented(name: str) -> None:
    sc = model.load_scenario(SCENARIO_DIR / f"{name}.toml")
    for text in (sc.title_en, sc.title_zh, sc.question_en, sc.question_zh):
        assert text.strip()
    assert any("\u4e00" <= ch <= "\u9fff" for ch in sc.title_zh + sc.question_zh)
    assert sc.sources
    res = preset_run(name)
    frame = res.frame()
    assert len(frame) == 73 and np.isfinite(frame.drop(columns=["date"]).to_numpy()).all()


@pytest.mark.parametrize("name", PRESETS)
def test_toml_round_trip(name: str) -> None:
    sc = model.load_scenario(name)
    again = load_text(to_toml(sc), name)
    assert again == replace(sc, preset=name)


@pytest.mark.parametrize(
    "title",
    ['tab\there "quoted" \\ back', "nul\x00 bell\x07 del\x7f", "line\nbreak\r\n", "千亿扶持 \u2028 \U0001f6de", "''' \"\"\""],
    ids=["tab-quote-backslash", "control-characters", "newlines", "unicode", "quote-runs"],
)
def test_any_title_text_round_trips_through_the_scenario_file(title: str) -> None:
    """The file is written by ``tomli_w``: control characters the hand-written escaping let through
    (a tab, NUL, DEL) made an invalid file."""
    sc = replace(model.load_scenario("baseline"), title_en=title, title_zh=title)
    assert load_text(to_toml(sc), "baseline") == replace(sc, preset="baseline")


def test_preset_specifics() -> None:
    assert model.load_scenario("history").start == "2018-01"
    assert model.load_scenario("pdd_2024_fee_waiver").start == "2024-01"
    support = preset_run("support_100bn")
    assert support["subsidy_spent"][-1] == pytest.approx(100.0)
    assert support["subsidy_spend"][2] == 0 and support["subsidy_spend"][3] > 0 and support["subsidy_spend"][39] == 0
    abrupt, taper = preset_run("subsidy_stop_abrupt"), preset_run("subsidy_taper")
    assert abrupt["subsidy_spend"][15] == 0 and taper["subsidy_spend"][15] > 0 and taper["subsidy_spend"][27] == 0
    matched, alone = preset_run("fee_war_matched"), preset_run("fee_war_no_match")
    assert matched["net_commission_incumbent"][30] < alone["net_commission_incumbent"][30]
    assert matched["net_commission_content"][30] < alone["net_commission_content"][30]
    assert matched["gmv"][72] < alone["gmv"][72]
    harder, base = preset_run("monetise_harder"), preset_run("baseline")
    assert harder["merchants"][72] < base["merchants"][72] and harder["gmv"][72] < base["gmv"][72]
    assert harder["cumulative_profit"][72] > base["cumulative_profit"][72]  # the trade-off the app must show
    assert harder["merchants_incumbent"][72] > base["merchants_incumbent"][72]  # merchants go to the rivals
    answered, war = preset_run("rival_answers_support"), preset_run("rival_fee_war")
    assert answered["support_spend_incumbent"][30] > 2.0 and base["support_spend_incumbent"][30] == 0
    assert war["net_commission_incumbent"][6] == pytest.approx(0.003) and war["support_spend_incumbent"][6] == pytest.approx(2.5)
    assert war["support_spend_incumbent"][72] == pytest.approx(2.5)  # the refunds go on
    bid = preset_run("bid_incumbent")
    assert (
        bid["fairness_incumbent"][12] == pytest.approx(0.7) and bid["cpc_index_incumbent"][24] < base["cpc_index_incumbent"][24]
    )


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("title_en = 'x'\n[policy]\ncommission = 0.9\n", r"'commission'.*0\.9.*\[0, 0\.15\]"),
        ("[policy]\ncomission = 0.01\n", "did you mean 'commission'"),
        ("titel_en = 'x'\n", "did you mean 'title_en'"),
        ("start = '2025-13'\n", "YYYY-MM"),
        ("[policy]\nfairness = 'high'\n", "must be a number"),
        ("[[schedule]]\nparam = 'fairness'\nvalue = 0.3\n", "missing key"),
        ("[[schedule]]\nparam = 'fairness'\nvalue = 0.3\nat_month = 3\nwhen = 1\n", "unknown key"),
        ("policy = 3\n", "must be a table"),
        ("this is not toml", "not valid TOML"),
    ],
)
def test_bad_scenario_files_give_clear_errors(text: str, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        load_text(text, "bad", "bad.toml")


def test_unknown_preset_suggests() -> None:
    with pytest.raises(ValueError, match="did you mean 'baseline'"):
        model.load_scenario("baseln")


# ---------------------------------------------------------------- counterfactuals
QUESTION_PRESETS = sorted(set(preset_names()) - {"baseline", "history"})


@pytest.mark.parametrize("name", QUESTION_PRESETS)
def test_every_question_declares_its_counterfactual(name: str) -> None:
    sc = load_scenario(name)
    cf = sc.counterfactual
    assert cf is not None and cf.title_en and cf.title_zh and cf.without
    other = sc.counterfactual_scenario()
    assert other.state == sc.state and other.start == sc.start and other.counterfactual is None
    for p in cf.without:  # taken away: back to the state's value, no schedule left
        assert other.params[p] == sc.state[p] and all(s.param != p for s in other.schedules)
    for p, v in sc.params.diff(sc.state).items():  # everything else stays
        if p not in cf.without:
            assert other.params[p] == v
    a, b = model.run(sc, months=36), model.run(other, months=36)
    assert not np.array_equal(a["gmv"], b["gmv"])  # the question has an answer
    assert a["gmv"][0] == b["gmv"][0]  # ... from the same start


def test_a_scenario_without_a_question_is_its_own_counterfactual() -> None:
    for name in ("baseline", "history"):
        sc = load_scenario(name)
        assert sc.counterfactual is None and sc.counterfactual_scenario() is sc


def test_overrides_after_loading_act_on_both_runs() -> None:
    sc = load_scenario("support_100bn").with_overrides(commission=0.02, subsidy_bn_per_year=50.0)
    other = sc.counterfactual_scenario()
    assert other.params["commission"] == 0.02 and other.params["subsidy_bn_per_year"] == 0.0


def test_the_counterfactual_round_trips_through_toml() -> None:
    for name in QUESTION_PRESETS:
        sc = load_scenario(name)
        back = load_text(to_toml(sc), name)
        assert back.counterfactual == sc.counterfactual
    moved_back = load_scenario("support_100bn").with_overrides(subsidy_bn_per_year=0.0)
    assert "[counterfactual]" not in to_toml(moved_back)  # nothing left to take away


@pytest.mark.parametrize(
    ("table", "match"),
    [
        ('counterfactual = "x"', r"\[counterfactual\] must be a table"),
        ('[counterfactual]\ntitle_en = "a"\ntitle_zh = "b"\nwithout = []', "non-empty list"),
        ('[counterfactual]\ntitle_en = "a"\ntitle_zh = "b"\nwithout = ["comision"]', "comision"),
        ('[counterfactual]\ntitle_en = "a"\ntitle_zh = "b"\nwithout = ["fairness"]', r"neither a \[policy\] value"),
        ('[counterfactual]\ntitle_zh = "b"\nwithout = ["commission"]', "title_en must be text"),
        ('[counterfactual]\ntitle_en = "a"\ntitle_zh = "b"\nwithout = ["commission"]\nextra = 1', "extra"),
    ],
)
def test_a_bad_counterfactual_is_refused_by_name(table: str, match: str) -> None:
    text = 'title_en = "t"\ntitle_zh = "t"\nquestion_en = "q"\nquestion_zh = "q"\n'
    if not table.startswith("["):
        text += table + "\n\n[policy]\ncommission = 0.01\n"
    else:
        text += "\n[policy]\ncommission = 0.01\n\n" + table + "\n"
    with pytest.raises(ValueError, match=match):
        load_text(text, "bad")
