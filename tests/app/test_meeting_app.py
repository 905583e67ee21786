"""Meeting mode, undo / redo and replay, through AppTest."""

from __future__ import annotations

import json
import re

import pytest

from ui.charts import CHARTS

from .screen import control, live_payload
from .test_app import button, kpi, new_app

pytestmark = pytest.mark.app


def test_meeting_mode_from_the_link_and_the_toggle() -> None:
    at = new_app({"p": "support_100bn", "meet": "1"}, advanced=False)
    assert at.session_state["meeting"]
    # the main levers are the live panel's, in the main area; the sidebar keeps the rest
    header, _ = live_payload(at)
    assert header["meeting"] and [lv["name"] for lv in header["levers"]] == ["commission", "fairness", "subsidy_bn_per_year"]
    assert not {"commission", "fairness", "subsidy_bn_per_year"} & {s.key for s in at.slider}
    # its four headline numbers and two large charts are the meeting's cards and charts
    assert [k["label"] for k in header["kpis"]] == [
        "GMV (annual rate)",
        "Active buyers",
        "SMB share of GMV",
        "Platform profit (annual)",
    ]
    assert not at.metric and not at.get("vega_lite_chart")
    at.toggle(key="meeting").set_value(False).run()
    assert "meet" not in at.query_params and len(at.metric) >= 10
    assert not live_payload(at)[0]["meeting"]
    assert len(json.loads(at.get("vega_lite_chart")[0].proto.spec)["concat"]) == len(CHARTS)
    at.toggle(key="meeting").set_value(True).run()
    assert at.query_params["meet"] == "1"


def test_undo_and_redo_slider_moves() -> None:
    at = new_app({"p": "baseline"}, advanced=False)
    assert button(at, "Undo").disabled
    control(at, "commission").set_value(1.0).run()
    control(at, "fairness").set_value(0.9).run()
    after = kpi(at, "GMV")
    button(at, "Undo").click().run()
    assert control(at, "fairness").value == pytest.approx(0.7)
    assert control(at, "commission").value == pytest.approx(1.0)
    button(at, "Undo").click().run()
    assert control(at, "commission").value == pytest.approx(0.6)
    assert button(at, "Undo").disabled
    button(at, "Redo").click().run()
    button(at, "Redo").click().run()
    assert control(at, "fairness").value == pytest.approx(0.9)
    assert kpi(at, "GMV") == after
    assert button(at, "Redo").disabled
    # a new move after an undo drops the redo branch
    button(at, "Undo").click().run()
    control(at, "subsidy_bn_per_year").set_value(20.0).run()
    assert button(at, "Redo").disabled


def test_undo_across_a_preset_change() -> None:
    at = new_app({"p": "baseline"}, advanced=False)
    at.selectbox(key="preset").set_value("support_100bn").run()
    button(at, "Undo").click().run()
    assert at.session_state["preset"] == "baseline"
    assert at.session_state["scenario"].params == at.session_state["scenario"].params.default()


def test_replay_ends_on_the_current_setting() -> None:
    at = new_app({"p": "baseline"}, advanced=False)
    control(at, "commission").set_value(2.0).run()
    final = at.get("vega_lite_chart")[0].proto
    button(at, "Replay last change").click().run()
    assert not at.exception
    assert at.get("vega_lite_chart")[0].proto.spec == final.spec
    assert at.session_state["scenario"].params["commission"] == 0.02


def test_loops_view_marks_what_the_scenario_changes() -> None:
    at = new_app({"p": "baseline", "commission": "0", "view": "loops"}, advanced=False)
    dot = at.get("graphviz_chart")[0].proto.spec
    assert dot.startswith("digraph") and "B4" in dot and "R1" in dot
    table = next(d.value for d in at.dataframe if "Loop" in d.value.columns)
    b4 = table[table["Loop"].str.startswith("B4")].iloc[0, 1]
    assert "weaker" in b4  # a fee cut weakens extraction
    # the overview comes first, the loop's box saying what the table says; the full diagram on demand
    assert len(at.get("graphviz_chart")) == 1 and "loop_B4" in dot and b4 in dot and "gmv_smb" not in dot
    at.session_state["loops_full_open"] = True
    at.run()
    full = [g.proto.spec for g in at.get("graphviz_chart")]
    assert len(full) == 2 and full[0] == dot and '"gmv_smb"' in full[1] and b4 in full[1]


def test_reference_view_is_generated_from_the_registry() -> None:
    from model import __version__
    from model.registry import PARAMETERS

    at = new_app({"p": "baseline", "view": "reference"}, advanced=False)
    page = "\n".join(m.value for m in at.markdown)
    assert all(p.name in page for p in PARAMETERS)
    assert __version__ in page


def test_calibration_view_lists_every_fact_with_its_source() -> None:
    from model.facts import RULES

    at = new_app({"p": "baseline", "view": "calibration"}, advanced=False)
    table = next(d.value for d in at.dataframe if "Fact" in d.value.columns)
    assert len(table) == len(RULES)
    assert table["Result"].str.startswith("✓").all()
    assert table["Source"].str.len().gt(0).all()


def test_calibration_view_shows_the_fit_its_residuals_and_january_2025() -> None:
    from model import estimation

    doc = estimation.read()
    at = new_app({"p": "baseline", "view": "calibration"}, advanced=False)
    frames = {tuple(d.value.columns): d.value for d in at.dataframe}
    fit = next(f for cols, f in frames.items() if "Estimate" in cols)
    assert len(fit) == len(doc["estimate"]) == len(estimation.FREE)
    for row, e in zip(fit.itertuples(index=False), doc["estimate"], strict=True):
        shown = dict(zip(fit.columns, row, strict=True))
        assert float(shown["Estimate"]) == pytest.approx(e["value"], rel=1e-3)
        assert shown["± standard error"] == (f"{e['se']:.2g}" if e["se"] > 0 else "held on its bound")
        assert shown["Used by"] == ("every run" if e["shared"] else "the history")
    residuals = next(f for cols, f in frames.items() if "Weighted residual" in cols)
    assert list(residuals["Weighted residual"]) == [round(r["weighted"], 2) for r in doc["residual"]]
    end = next(f for cols, f in frames.items() if "History, January 2025" in cols)
    direct = estimation.end_vs_presets()
    assert list(end["History, January 2025"]) == [round(r["history"], 2) for r in direct]
    assert list(end["2025 presets, month 0"]) == [round(r["presets"], 2) for r in direct]


def test_calibration_view_counts_in_chinese_units() -> None:
    """In Chinese the facts, the residuals and January 2025 read 亿元 and 万人 (ten and a hundred
    times the model's RMB bn and millions), the residuals named as the facts are, not in English."""
    from model import estimation
    from ui.texts import TEXT

    en = new_app({"p": "baseline", "view": "calibration"}, advanced=False)
    zh = new_app({"p": "baseline", "view": "calibration", "lang": "zh"}, advanced=False)
    fact, unit, metric = (TEXT[k][1] for k in ("cal_fact", "cal_unit", "cal_metric"))
    facts_en = next(d.value for d in en.dataframe if "Fact" in d.value.columns and "Source" in d.value.columns)
    facts_zh = next(d.value for d in zh.dataframe if fact in d.value.columns and TEXT["cal_source"][1] in d.value.columns)
    factor = {"RMB bn": 10, "M people": 100, "M": 100}
    for (_, a), (_, b) in zip(facts_en.iterrows(), facts_zh.iterrows(), strict=True):
        k = factor.get(a["Unit"], 1)
        assert b[fact] == pytest.approx(k * a["Fact"], abs=0.06 * k), (a["Unit"], b[unit])
    assert set(facts_zh[unit]) >= {"亿元", "万人"} and not any("十亿" in u or "百万" in u for u in facts_zh[unit])
    frames = [d.value for d in zh.dataframe]
    residuals = next(f for f in frames if TEXT["cal_weighted"][1] in f.columns)
    assert not any(re.search(r"[A-Za-z]{4,}", q) for q in residuals[metric]), list(residuals[metric])
    first = estimation.read()["residual"][0]
    assert residuals[fact].iloc[0] == pytest.approx(round(10 * first["fact"], 2)) and residuals[unit].iloc[0] == "亿元"
    end = next(f for f in frames if TEXT["cal_history_end"][1] in f.columns)
    direct = estimation.end_vs_presets()
    assert end[TEXT["cal_history_end"][1]].iloc[0] == pytest.approx(round(10 * direct[0]["history"], 2), abs=0.01)
    assert list(end[unit][:4]) == ["亿元", "亿元", "亿元", "万人"] and not any("十亿" in x for x in end[metric])
