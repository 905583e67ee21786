"""The explorer through AppTest: every control, KPIs, the URL, files (no browser)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import model
from model.registry import PARAM_BY_NAME
from ui import urlstate as us
from ui.cards import ANSWER_MARK, changed_label
from ui.files import scenario_csv
from ui.parameters import ADVANCED, LEVERS, MAIN_LEVERS, SHOWN

from ..conftest import plain
from .screen import control, live_payload, shown_delta

pytestmark = pytest.mark.app
ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "streamlit_app.py")


def new_app(query: dict[str, str] | None = None, *, advanced: bool = True) -> AppTest:
    """The app after its first run; ``advanced`` opens the lazily built panels
    (advanced assumptions, share link, files)."""
    at = AppTest.from_file(APP, default_timeout=60)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    if advanced:
        for panel in ("design_open", "rivals_open", "advanced_open", "phase_open", "compare_open", "share_open", "files_open"):
            at.session_state[panel] = True
    at.run()
    assert not at.exception, at.exception
    return at


def kpi(at: AppTest, start: str) -> tuple[str, str | None]:
    """(value, delta) of the KPI card whose label starts with ``start`` (not an answer card)."""
    for m in at.metric:
        if m.label.startswith(start) and not m.label.startswith(ANSWER_MARK):
            return m.value, m.delta
    raise AssertionError(f"no KPI {start!r}: {[m.label for m in at.metric]}")


def button(at: AppTest, label: str):  # type: ignore[no-untyped-def]
    return next(b for b in at.button if b.label == label)


def share_link(at: AppTest) -> str:
    return next(c.value for c in at.code if "?p=" in c.value)


def test_default_page() -> None:
    at = new_app(advanced=False)
    assert at.title[0].value == "Flywheel Explorer"
    assert at.query_params["p"] == "baseline"
    assert at.query_params["v"] == model.__version__
    labels = [m.label for m in at.metric]
    for start in ("GMV", "Active buyers", "Head-brand merchants", "New small", "Established small", "Head-brand traffic"):
        assert any(label.startswith(start) for label in labels), start
    # the baseline against itself: every change reads 0.00, grey, with no arrow
    assert all(m.delta is None or m.delta.startswith("0.00 ") for m in at.metric), [m.delta for m in at.metric]
    shown = [m.proto for m in at.metric if m.delta]
    assert all(p.color == p.MetricColor.GRAY and p.direction == p.MetricDirection.NONE for p in shown)
    assert len(at.get("vega_lite_chart")) == 1
    assert not at.warning
    assert not at.slider  # the main levers are the live panel's; the panels build theirs only when opened
    assert [lv["name"] for lv in live_payload(at)[0]["levers"]] == [p.name for p in MAIN_LEVERS]
    assert {p.name for p in MAIN_LEVERS} == {"commission", "fairness", "subsidy_bn_per_year"}


def test_a_closed_panel_keeps_its_values_and_the_page_names_them() -> None:
    at = new_app({"p": "subsidy_taper", "subsidy_months": "30", "subsidy_budget_bn": "60"}, advanced=False)
    names = [plain(changed_label(n, "en")) for n in ("subsidy_months", "subsidy_budget_bn")]
    assert any(all(n in plain(c.value) for n in names) for c in at.caption)
    assert at.session_state["scenario"].params["subsidy_months"] == 30
    assert at.query_params["subsidy_budget_bn"] == "60"


def test_advanced_values_survive_a_closed_panel() -> None:
    at = new_app({"network_effect": "0.45"}, advanced=False)
    assert at.session_state["scenario"].params["network_effect"] == 0.45
    control(at, "commission").set_value(1.0).run()
    assert at.session_state["scenario"].params["network_effect"] == 0.45
    at.session_state["advanced_open"] = True
    at.session_state["share_open"] = True
    at.run()
    assert control(at, "network_effect").value == 0.45
    assert "network_effect=0.45" in share_link(at)
    assert at.query_params["network_effect"] == "0.45"  # written by the app: the panel's sliders are not bound


def test_slider_labels_ranges_and_units_come_from_the_registry() -> None:
    at = new_app()
    for p in SHOWN:
        s = control(at, p.name)
        lo, hi, step = us.display_range(p)
        assert (s.min, s.max, s.step) == (lo, hi, step), p.name
        assert s.label == p.label_en
        assert p.help_en in (s.help or "")
    assert control(at, "commission").value == pytest.approx(0.6)  # shown in percent, stored as 0.006


def _moved(p: model.Param, current: float) -> float:
    lo, hi, _ = us.display_range(p)
    target = hi if current < hi else lo
    # values that matter for the subsidy_stop_abrupt preset (12 months at 33.4 bn/yr from month 3)
    return {"subsidy_start_month": 12.0, "subsidy_months": 24.0, "subsidy_budget_bn": 10.0}.get(p.name, target)


@pytest.mark.parametrize("name", [p.name for p in LEVERS + ADVANCED])
def test_every_control_changes_the_scenario_kpis_and_link(name: str) -> None:
    # a context in which the lever matters (e.g. the rival only responds to fee cuts)
    preset = (
        "subsidy_stop_abrupt" if name.startswith("subsidy") else "fee_war_matched" if name.startswith("rival") else "baseline"
    )
    at = new_app({"p": preset})
    p = PARAM_BY_NAME[name]
    before = [m.value for m in at.metric]
    target = _moved(p, control(at, name).value)
    control(at, name).set_value(target).run()
    assert not at.exception
    sc = at.session_state["scenario"]
    assert sc.params[name] == pytest.approx(us.from_display(p, target))
    assert f"{name}={us.format_display(p, target)}" in share_link(at)
    assert any(plain(changed_label(name, "en")) in plain(c.value) for c in at.caption)  # listed as changed, by its label
    after = [m.value for m in at.metric]
    assert after != before, f"moving {name} changed no KPI"


def test_preset_picker_moves_every_slider_and_the_url() -> None:
    at = new_app()
    for name in model.scenario.preset_names():
        at.selectbox(key="preset").set_value(name).run()
        assert not at.exception
        assert at.query_params["p"] == name
        preset = model.load_scenario(name)
        for p in SHOWN:
            assert control(at, p.name).value == pytest.approx(us.to_display(p, preset.params[p.name])), (name, p.name)
        # the answer on arrival: the GMV card's delta is the preset against its counterfactual
        year = slice(61, 73)  # the 12 months to month 72: the annual rate, RMB bn per month → tn per year
        with_policy = model.run(preset, months=72)["gmv"][year].sum()
        without = model.run(preset.counterfactual_scenario(), months=72)["gmv"][year].sum()
        assert kpi(at, "GMV")[1] == shown_delta((with_policy - without) / 1000, "RMB tn/yr"), name


def test_reset_buttons() -> None:
    at = new_app({"p": "support_100bn", "commission": "3", "h": "36", "view": "table"})
    assert control(at, "commission").value == 3.0
    button(at, "Reset to preset").click().run()
    assert control(at, "commission").value == pytest.approx(0.6)
    assert at.query_params["p"] == "support_100bn"
    control(at, "fairness").set_value(0.2).run()
    button(at, "Reset all").click().run()
    assert at.query_params["p"] == "baseline"
    assert "h" not in at.query_params and "view" not in at.query_params
    assert control(at, "fairness").value == pytest.approx(0.7)


def test_horizon_and_view() -> None:
    at = new_app()
    at.selectbox(key="horizon").set_value(36).run()
    assert at.query_params["h"] == "36"
    assert any("month 36 (2028-01)" in c.value for c in at.caption)
    at.get("button_group")[0].set_value("table").run()
    assert at.query_params["view"] == "table"
    assert len(at.get("vega_lite_chart")) == 0
    data = [d.value for d in at.dataframe if "Date" in d.value.columns]  # the data table (the other: the comparison)
    assert len(data) == 1 and data[0].shape[0] == 37
    # headed by what the charts call each series, in their units; no variable names
    assert "GMV by merchant type: Head brands (RMB bn per month)" in data[0].columns
    assert not any("_" in c for c in data[0].columns), list(data[0].columns)
    direct = at.session_state["scenario"]
    from model.output import run

    gmv = run(direct, months=36)["gmv_head"]
    assert list(data[0]["GMV by merchant type: Head brands (RMB bn per month)"]) == pytest.approx(list(gmv))


def test_shared_link_reproduces_the_scenario_exactly() -> None:
    moved = new_app({"p": "support_100bn"})
    control(moved, "commission").set_value(2.5).run()
    control(moved, "network_effect").set_value(0.45).run()
    moved.selectbox(key="horizon").set_value(60).run()
    query = dict(re.findall(r"[?&]([^=&]+)=([^&]*)", share_link(moved)))
    opened = new_app(query)
    assert [(m.label, m.value, m.delta) for m in opened.metric] == [(m.label, m.value, m.delta) for m in moved.metric]
    assert opened.session_state["scenario"] == moved.session_state["scenario"]


def test_bad_link_values_warn_and_fall_back_without_losing_the_rest() -> None:
    at = new_app(
        {
            "p": "support_100bn",
            "commission": "abc",
            "fairness": "7",
            "comission": "2",
            "h": "13",
            "view": "pie",
            "v": "0.9",
            "network_effect": "0.5",
        }
    )
    text = plain(at.warning[0].value)
    assert "commission = abc: not a number" in text
    assert "fairness = 7: outside the allowed range 0-1" in text
    assert "did you mean 'commission'" in text
    assert "h = 13" in text and "view = pie" in text
    assert "model version 0.9" in text
    assert control(at, "commission").value == pytest.approx(0.6)  # preset value
    assert control(at, "fairness").value == pytest.approx(0.7)
    assert control(at, "network_effect").value == pytest.approx(0.5)  # the valid one is kept
    assert at.query_params["p"] == "support_100bn"
    assert "comission" not in at.query_params
    assert at.query_params["v"] == model.__version__


def test_unknown_preset_falls_back_to_baseline() -> None:
    at = new_app({"p": "<script>alert(1)</script>"})
    assert at.query_params["p"] == "baseline"
    assert "unknown preset" in at.warning[0].value


def test_csv_download_equals_the_command_line() -> None:
    at = new_app({"p": "monetise_harder", "commission": "1.2", "pass_through": "65", "h": "48"})
    assert not at.warning
    sc = at.session_state["scenario"]
    assert sc.params["pass_through"] == 0.65
    sets = [f"--set={k}={v!r}" for k, v in sc.policy().items() if k in {p.name for p in SHOWN}]
    cli = subprocess.run(
        [sys.executable, "-m", "model", "run", "monetise_harder", *sets, "--months", "48"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert scenario_csv(sc, 48) == cli


def _upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.get("file_uploader")[0].set_value((name, data, "application/toml")).run()
    assert not at.exception
    return at


def test_toml_download_and_upload_round_trip() -> None:
    src = new_app({"p": "support_100bn", "fairness": "0.9", "subsidy_months": "24"})
    text = model.to_toml(src.session_state["scenario"])
    at = _upload(new_app(), "mine.toml", text.encode())
    assert at.query_params["p"] == "support_100bn"
    assert control(at, "fairness").value == pytest.approx(0.9)
    assert control(at, "subsidy_months").value == 24
    assert at.session_state["scenario"] == src.session_state["scenario"]
    assert any("Loaded scenario file mine.toml" in plain(i.value) for i in at.info)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"\xff\xfe\x00binary", "not UTF-8"),
        (b"[policy]\nfairness = 9\n", "outside the allowed range"),
        (b"[policy]\nfairnes = 0.5\n", "did you mean 'fairness'"),
        (b"title_en = [[[[1]]]]\n", "must be text"),
        (b"[state]\nbass_q = 0.04\n", "cannot be changed in the app"),
        (b"x" * (70 * 1024), "larger than 64 KiB"),
    ],
)
def test_bad_uploads_keep_the_previous_state(data: bytes, message: str) -> None:
    at = new_app({"p": "support_100bn", "commission": "2"})
    before = at.session_state["scenario"]
    _upload(at, "bad.toml", data)
    assert message in plain(at.error[0].value)
    assert "Nothing was changed" in at.error[0].value
    assert at.session_state["scenario"] == before
    assert control(at, "commission").value == 2.0


def lever_note(at: AppTest, name: str) -> str:
    """What the live panel says under a main lever."""
    return str(next(lv for lv in live_payload(at)[0]["levers"] if lv["name"] == name)["note"])


def test_a_scheduled_lever_says_so_on_its_slider() -> None:
    """fee_war_no_match waives the commission from month 3: the slider says the schedule governs
    from then on (the slider itself sets months 0-2)."""
    at = new_app({"p": "fee_war_no_match"}, advanced=False)
    assert lever_note(at, "commission") == "Scheduled: 0% from month 3; this slider sets the months before"
    zh = new_app({"p": "fee_war_no_match", "lang": "zh"}, advanced=False)
    assert lever_note(zh, "commission").startswith("已安排：自第3个月起")
    plain_ = new_app({"p": "support_100bn"}, advanced=False)
    assert not any(lever_note(plain_, p.name) for p in MAIN_LEVERS)


def test_the_subsidy_slider_shows_when_the_budget_cap_binds() -> None:
    """150 bn/yr against a 100 bn budget runs out at month 11 (from month 3: 100 / 12.5 = 8 months)
    and then stops: less GMV at month 72 than 50 bn/yr, which the budget lets run its course."""
    at = new_app({"p": "support_100bn", "subsidy_bn_per_year": "150"}, advanced=False)
    note = lever_note(at, "subsidy_bn_per_year")
    assert note.startswith("Budget cap binds: the 100 bn RMB budget runs out at month 11, 28 months before")
    sc = model.load_scenario("support_100bn")
    fast, slow = (model.run(sc.with_overrides(subsidy_bn_per_year=r), months=72) for r in (150.0, 50.0))
    assert fast["gmv"][72] < slow["gmv"][72] and fast["subsidy_spent"][11] == pytest.approx(100.0)
    assert not lever_note(new_app({"p": "support_100bn"}, advanced=False), "subsidy_bn_per_year")  # 33.4 bn/yr fits


def test_a_change_that_rounds_to_zero_reads_as_no_change() -> None:
    from ui.cards import delta_text

    assert delta_text(-0.004, "M") == ("0.00 M", True)  # not "↓ −0.00 M" in red
    assert delta_text(0.0049, "RMB tn/yr") == ("0.00 RMB tn/yr", True)
    assert delta_text(0.006, "M") == ("+0.01 M", False)
    assert delta_text(-1234.6, "RMB bn") == ("-1,235 RMB bn", False)  # an ASCII sign: Streamlit draws the arrow from it
    assert delta_text(float("nan"), "M") == (None, False)


def test_the_caption_names_what_changed_by_its_label_in_the_readers_language() -> None:
    """ "Changed from the preset" lists the parameters as the sliders name them (a schedule marked
    time-phased), never their code names."""
    for lang, want in (
        ("en", "Changed from the preset: Commission (technical service fee), Traffic fairness (time-phased)"),
        ("zh", "相对预设的改动：佣金率（技术服务费率）、流量公平度（分阶段）"),
    ):
        at = new_app({"p": "baseline", "commission": "2", "lang": lang, "sched": "fairness=0.2@12"}, advanced=False)
        (caption,) = [plain(c.value) for c in at.caption if c.value.startswith(("At month", "第72个月"))]
        assert caption.endswith(want), caption
        assert "`" not in caption and "_" not in caption and "@" not in caption  # no code name


def test_a_message_about_the_link_or_an_upload_goes_with_the_next_change() -> None:
    """A bad link's warning stays while the page shows what the link set, and goes once a lever
    moves; Reset all drops it too."""
    at = new_app({"p": "baseline", "fairness": "7"})
    assert any("not used" in w.value for w in at.warning)
    at.selectbox(key="horizon").set_value(36).run()  # not a change of the scenario: still about the link
    assert any("not used" in w.value for w in at.warning)
    control(at, "commission").set_value(1.0).run()
    assert not [w for w in at.warning if "not used" in w.value]
    again = new_app({"p": "baseline", "fairness": "7"})
    button(again, "Reset all").click().run()
    assert not [w for w in again.warning if "not used" in w.value]
