"""Pinning, comparing, the modified baseline, schedules and the analysis view, through AppTest."""

from __future__ import annotations

import io
from dataclasses import replace

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

import model
from model.kpis import compare_kpis
from model.output import run
from ui import urlstate as us
from ui.files import scenario_and_baseline_csv

from ..conftest import plain
from .screen import control
from .test_app import kpi, new_app, share_link

pytestmark = pytest.mark.app


def pin_current(at: AppTest, name: str) -> AppTest:
    at.text_input(key="pin_name").input(name).run()
    next(b for b in at.button if b.label == "Pin").click().run()
    assert not at.exception
    return at


def test_pin_two_scenarios_and_share_them() -> None:
    at = new_app({"p": "baseline"})
    control(at, "commission").set_value(1.5).run()
    pin_current(at, "Fee up")
    control(at, "fairness").set_value(0.9).run()
    pin_current(at, "Fee up, fair")
    pinned = at.session_state["pins"]
    assert [p.name for p in pinned] == ["Fee up", "Fee up, fair"]
    assert pinned[0].params["commission"] == 0.015 and pinned[0].params["fairness"] == 0.7
    assert pinned[1].params["fairness"] == 0.9
    link = share_link(at)
    assert "s1=Fee%2520up%2Cbaseline%2Ccommission%3D1.5" in link
    assert "s2=" in link
    assert at.query_params["s1"] == "Fee%20up,baseline,commission=1.5"
    # the comparison table: every scenario at months 12, 36, 72
    table = at.dataframe[0].value
    assert set(table["Scenario"]) >= {"Current scenario", "Fee up", "Fee up, fair"}
    assert sorted(set(table["Month"])) == [12, 36, 72]


def test_a_shared_link_brings_the_pins_back_and_a_pin_can_be_the_reference() -> None:
    query = {"p": "baseline", "s1": "Fee%20up,baseline,commission=1.5", "s2": "Fair,baseline,fairness=0.9", "ref": "2"}
    at = new_app(query)
    assert [p.name for p in at.session_state["pins"]] == ["Fee up", "Fair"]
    assert not at.warning
    assert any("vs Fair \\(reference\\)" in c.value for c in at.caption)  # user text escaped for Markdown
    # deltas are against pin 2 now: equal to direct runs
    base = model.load_scenario("baseline")
    cur = run(base, months=72)
    ref = run(replace(base, params=base.params.replace(fairness=0.9)), months=72)
    want = compare_kpis({v: cur[v] for v in cur.raw.data}, {v: ref[v] for v in ref.raw.data}, 72)
    _, delta = kpi(at, "SMB share of GMV")
    smb = next(k for k in want if k.key == "smb_gmv_share")
    assert delta is not None and delta.startswith(f"{smb.delta:+,.2f}")
    # removing the reference pin falls back to the preset; the other pin renumbers
    at.button(key="unpin_2").click().run()
    assert at.session_state["ref"] == 0 and [p.name for p in at.session_state["pins"]] == ["Fee up"]
    assert "ref" not in at.query_params and "s2" not in at.query_params


def test_changing_the_reference_in_the_panel() -> None:
    at = new_app({"p": "baseline", "s1": "A,baseline,commission=2"})
    at.radio(key="ref_choice").set_value(1).run()
    assert at.session_state["ref"] == 1
    assert at.query_params["ref"] == "1"
    assert kpi(at, "GMV")[1] is not None and not kpi(at, "GMV")[1].startswith("+0.00")


def test_at_most_four_pins() -> None:
    pinsq = {f"s{k}": f"P{k},baseline,commission={k}" for k in range(1, 5)}
    at = new_app({"p": "baseline", **pinsq})
    assert len(at.session_state["pins"]) == 4
    assert next(b for b in at.button if b.label == "Pin").disabled


def test_bad_pins_and_reference_warn_and_keep_the_rest() -> None:
    at = new_app({"p": "baseline", "s1": "junk", "s2": "Ok,baseline,commission=2,zzz=1", "ref": "7"})
    assert [p.name for p in at.session_state["pins"]] == ["Ok"]
    text = plain(at.warning[0].value)
    assert "s1 = junk" in text and "zzz=1" in text and "ref = 7" in text


def test_hostile_pin_names_are_escaped_on_screen_and_in_the_csv() -> None:
    name = '=HYPERLINK("x")<img src=x> **b**'  # within the 40-character limit of the name box
    at = new_app({"p": "baseline"})
    pin_current(at, name)
    shown = [m.value for m in at.markdown if "HYPERLINK" in m.value]
    assert shown and "\\<img" in shown[0] and "\\*\\*b\\*\\*" in shown[0]
    csv = scenario_and_baseline_csv(at.session_state["scenario"], 12, at.session_state["pins"])
    frame = pd.read_csv(io.StringIO(csv), comment="#")
    assert set(frame["scenario"]) == {"baseline", "baseline-baseline", "'" + us.clean_name(name)}
    assert "\n=" not in csv and ",=" not in csv


def test_csv_holds_every_pinned_scenario_equal_to_direct_runs() -> None:
    base = model.load_scenario("baseline")
    pin = us.Pin("Fee up", "baseline", base.params.replace(commission=0.015))
    frame = pd.read_csv(io.StringIO(scenario_and_baseline_csv(base, 24, [pin])), comment="#")
    direct = run(replace(base, params=pin.params), months=24)
    got = frame[(frame.scenario == "Fee up") & (frame.variable == "gmv")]["value"].to_numpy()
    assert got == pytest.approx(direct["gmv"], rel=1e-9)


def test_a_lever_schedule_from_the_panel_runs_and_goes_in_the_link() -> None:
    at = new_app({"p": "baseline"})
    at.toggle(key="ph_commission").set_value(True).run()
    control(at, "ph_commission_value").set_value(2.0).run()
    control(at, "ph_commission_at").set_value(12).run()
    control(at, "ph_commission_ramp").set_value(6).run()
    sc = at.session_state["scenario"]
    assert sc.schedules == (model.Schedule(param="commission", value=0.02, at_month=12, ramp_months=6),)
    assert at.query_params["sched"] == "commission=2@12+6"
    assert "sched=commission%3D2%4012%2B6" in share_link(at)
    # the schedule survives closing the panel
    at.session_state["phase_open"] = False
    at.run()
    assert at.session_state["scenario"].schedules == sc.schedules


def test_a_preset_schedule_can_be_removed_and_the_link_says_so() -> None:
    at = new_app({"p": "monetise_harder"})
    assert len(at.session_state["scenario"].schedules) == 2
    assert "sched" not in at.query_params  # the preset's own
    at.toggle(key="ph_fairness").set_value(False).run()
    assert [s.param for s in at.session_state["scenario"].schedules] == ["commission"]
    at2 = new_app({"p": "monetise_harder", "sched": "none"})
    assert at2.session_state["scenario"].schedules == ()


def test_bands_are_on_by_default_and_off_in_the_link() -> None:
    at = new_app({"p": "baseline"})
    spec = at.get("vega_lite_chart")[0].proto.spec
    assert "|band" in spec
    at.toggle(key="bands").set_value(False).run()
    assert at.query_params["bands"] == "0"
    assert "|band" not in at.get("vega_lite_chart")[0].proto.spec
    assert not new_app({"p": "baseline", "bands": "0"}).session_state["bands"]


def test_analysis_view_tornado_and_policy_map() -> None:
    at = new_app({"p": "baseline", "view": "analysis"})
    assert not at.exception
    assert len(at.get("arrow_vega_lite_chart")) + len(at.get("vega_lite_chart")) >= 2
    assert any("Best cell" in c.value for c in at.caption)
    at.selectbox(key="an_kpi").set_value("platform_profit").run()
    assert not at.exception
    at.selectbox(key="map_y").set_value("subsidy_bn_per_year").run()
    assert not at.exception and any("Best cell" in c.value for c in at.caption)


def test_the_comparison_shows_a_dash_where_there_is_no_change_and_units_on_every_column() -> None:
    """The reference's own row has no change against itself: its Δ cells read "—", never "None" or
    "nan"; a zero change reads "0" (no "-0"); every Δ column names its unit (pp for a percentage)."""
    from ui.compare import NO_CHANGE, shown_table, table_number

    at = new_app({"p": "baseline", "s1": "A,baseline,commission=2"})
    table = at.dataframe[0].value
    deltas = [c for c in table.columns if c.startswith("Δ ")]
    assert deltas and all(c.endswith(")") for c in deltas), deltas
    assert "Δ Share of the three platforms' GMV (pp)" in deltas
    reference = table[table["Scenario"].str.contains("reference|Baseline", regex=True)]
    assert len(reference) and reference[deltas].isna().all().all()
    html = shown_table(table).to_html()
    assert NO_CHANGE in html and "nan" not in html and "None" not in html
    assert (table_number(-0.0001), table_number(1234.5), table_number(-2.25)) == ("0", "1,234.5", "-2.25")
