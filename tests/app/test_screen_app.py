"""What the screen shows, read back from AppTest and checked against direct model runs.

The charts' datasets (every line, the dashed ghost line of the reference, the shaded schedule
windows), the policy map's cells and its best cell, and the KPI cards (the per-RMB-of-subsidy
cards by a hand calculation from two runs) must equal what ``model.run`` and
``model.analysis.policy_map`` give for the same settings: a view that draws the wrong run, the
wrong axis or the wrong month fails here even though it renders without an error.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd
import pytest

import model
from model.analysis import policy_map
from model.kpis import KPI_BY_KEY, KPIS
from model.registry import PARAM_BY_NAME
from ui.cards import ANSWER_MARK
from ui.charts import CHARTS, PHASES

from ..conftest import plain
from .screen import UNITS, charts, datasets, layers, shown, shown_delta, spec
from .test_app import new_app

pytestmark = pytest.mark.app
EXACT = {"rel": 1e-12, "abs": 1e-12}  # the app and these runs do the same arithmetic: agreement to rounding


def epoch_ms(start: str, month: int) -> float:
    """Milliseconds since 1970 of the first day of month ``month`` counted from ``start`` (YYYY-MM), by the calendar."""
    day = pd.Timestamp(f"{start}-01") + pd.DateOffset(months=month)
    return float((day - pd.Timestamp("1970-01-01")) / pd.Timedelta(milliseconds=1))


def day(ms: float) -> str:
    """An epoch-milliseconds date as ISO text."""
    return str(pd.Timestamp(ms, unit="ms").date())


def shaded_windows(tables: dict[str, Any]) -> list[tuple[str, str]]:
    """The shaded (start, end) windows the charts draw, as ISO dates, in order."""
    starts, ends = (tables[PHASES].column(c).to_pylist() for c in ("start", "end"))
    return sorted((day(a), day(b)) for a, b in zip(starts, ends, strict=True))


def dashboard(at: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """(spec, datasets) of the chart grid."""
    (grid,) = [c for c in charts(at) if "concat" in spec(c)]
    return spec(grid), datasets(grid)


def assert_lines_equal_run(tables: dict[str, Any], line_id: str, res: model.Result, start: str) -> None:
    """Every chart's dataset for ``line_id`` holds ``res``'s series (scaled as the chart shows them) on its dates."""
    for chart in CHARTS:
        frame = tables[f"{chart.key}|{line_id}"].to_pandas()
        for i, (var, _) in enumerate(chart.series):
            rows = frame[frame["series"] == i]
            drawn = rows["value"].to_numpy()
            assert drawn == pytest.approx(res[var] * chart.scale, **EXACT), (
                f"{chart.key}: the {line_id!r} line of {var} is another run"
            )
            assert rows["date"].tolist() == [epoch_ms(start, m) for m in range(res.months + 1)], (chart.key, line_id)


def dash_of(grid_spec: dict[str, Any], label: str) -> list[int]:
    """The dash pattern the shared strokeDash scale gives the scenario labelled ``label``."""
    scales = [
        u["encoding"]["strokeDash"]["scale"] for u in layers(grid_spec) if "strokeDash" in u.get("encoding", {})
    ]  # one per line layer, all the same (shared)
    assert scales and all(s == scales[0] for s in scales)
    dash: list[int] = scales[0]["range"][scales[0]["domain"].index(label)]
    return dash


def test_every_line_and_the_ghost_line_equal_direct_runs() -> None:
    pin = "Fee cut,baseline,commission=0.3"
    at = new_app({"p": "support_100bn", "commission": "2", "h": "48", "s1": pin}, advanced=False)
    grid_spec, tables = dashboard(at)
    preset = model.load_scenario("support_100bn")
    current = preset.with_overrides(commission=0.02)
    pinned = model.load_scenario("baseline").with_overrides(commission=0.003)
    assert at.session_state["scenario"] == current
    assert_lines_equal_run(tables, "current", model.run(current, months=48), preset.start)
    # the ghost: the preset's counterfactual (the programme taken away), not the preset itself
    assert_lines_equal_run(tables, "baseline", model.run(preset.counterfactual_scenario(), months=48), preset.start)
    assert_lines_equal_run(tables, "pin1", model.run(pinned, months=48), preset.start)
    # the ghost line is the dashed one, labelled as the reference; the current scenario is solid
    ghost = tables["ch_gmv|baseline"].column("scenario").to_pylist()[0]
    assert ghost == "Baseline: No programme"
    assert dash_of(grid_spec, ghost) == [6, 4]
    assert dash_of(grid_spec, "Current scenario") == [1, 0]

    # with the pinned scenario as the reference, the ghost line is the pin's run
    at.session_state["compare_open"] = True
    at.run()
    at.radio(key="ref_choice").set_value(1).run()
    grid_spec, tables = dashboard(at)
    assert_lines_equal_run(tables, "baseline", model.run(pinned, months=48), preset.start)
    assert_lines_equal_run(tables, "current", model.run(current, months=48), preset.start)
    assert not any(name.endswith("|pin1") for name in tables)  # drawn once, as the reference
    assert tables["ch_gmv|baseline"].column("scenario").to_pylist()[0] == "Fee cut (reference)"


def test_the_shaded_windows_are_the_schedules() -> None:
    """Each window runs from the schedule's month to its month plus its ramp, by the calendar."""
    at = new_app(
        {"p": "monetise_harder", "sched": "commission=2@12+6,subsidy_bn_per_year=40@30+18,fairness=0.4@9"}, advanced=False
    )
    schedules = at.session_state["scenario"].schedules
    assert sorted((s.param, s.at_month, s.ramp_months) for s in schedules) == [
        ("commission", 12, 6),
        ("fairness", 9, 0),
        ("subsidy_bn_per_year", 30, 18),
    ]
    grid_spec, tables = dashboard(at)
    start = model.load_scenario("monetise_harder").start
    want = sorted((epoch_ms(start, int(s.at_month)), epoch_ms(start, int(s.at_month + s.ramp_months))) for s in schedules)
    assert shaded_windows(tables) == [(day(a), day(b)) for a, b in want]
    # spelled out: from month 9 (a step), from 12 over 6 months, from 30 over 18, of a 2025-01 start
    assert shaded_windows(tables) == [("2025-10-01", "2025-10-01"), ("2026-01-01", "2026-07-01"), ("2027-07-01", "2029-01-01")]
    # every chart shades the window from start to end and marks its start
    rects = [u for u in layers(grid_spec) if u.get("data", {}).get("name") == PHASES and u["mark"]["type"] == "rect"]
    rules = [u for u in layers(grid_spec) if u.get("data", {}).get("name") == PHASES and u["mark"]["type"] == "rule"]
    assert len(rects) == len(rules) == len(CHARTS)
    assert all(u["encoding"]["x"]["field"] == "start" and u["encoding"]["x2"]["field"] == "end" for u in rects)
    assert all(u["encoding"]["x"]["field"] == "start" for u in rules)


def test_the_presets_own_schedules_are_shaded() -> None:
    at = new_app({"p": "monetise_harder", "h": "24"}, advanced=False)
    _, tables = dashboard(at)
    start = model.load_scenario("monetise_harder").start
    assert shaded_windows(tables) == [(day(epoch_ms(start, 12)), day(epoch_ms(start, 12)))] * 2  # two steps at month 12


# ------------------------------------------------------------------ the policy map
def policy_map_chart(at: Any) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """(the heatmap layer, its cells as a table, the ring's table) of the policy map."""
    (chart,) = [c for c in charts(at) if any(p.get("name") == "cell" for p in spec(c).get("params", []))]
    tables = datasets(chart)
    heat, ring = (next(u for u in layers(spec(chart)) if u["mark"]["type"] == kind) for kind in ("rect", "point"))
    return heat, tables[heat["data"]["name"]].to_pandas(), tables[ring["data"]["name"]].to_pandas()


@pytest.mark.parametrize(
    ("kpi", "x", "y"),
    [("platform_profit", "commission", "fairness"), ("gmv_annual", "subsidy_bn_per_year", "commission")],
)
def test_policy_map_cells_and_best_cell_equal_the_model(kpi: str, x: str, y: str) -> None:
    at = new_app({"p": "baseline", "view": "analysis", "h": "36", "commission": "2", "fairness": "0.4"}, advanced=False)
    at.selectbox(key="an_kpi").set_value(kpi).run()
    if (x, y) != ("commission", "fairness"):
        at.selectbox(key="map_x").set_value(x).run()
        at.selectbox(key="map_y").set_value(y).run()
    assert not at.exception
    sc = model.load_scenario("baseline").with_overrides(commission=0.02, fairness=0.4)
    assert at.session_state["scenario"] == sc
    pm = policy_map(sc, x, y, kpi, 36)
    px, py = PARAM_BY_NAME[x], PARAM_BY_NAME[y]
    xs, ys = pm.xs * px.display_scale, pm.ys * py.display_scale  # display units: commission in %
    heat, cells, ring = policy_map_chart(at)

    # the axes: x across is the first lever, y up the second, each titled with its label and unit
    for axis, p in (("x", px), ("y", py)):
        enc = heat["encoding"][axis]
        assert enc["field"] == axis, f"the heatmap's {axis} axis draws the column {enc['field']!r}"
        assert enc["title"].startswith(p.label_en + " ("), f"the heatmap's {axis} axis is titled {enc['title']!r}"
    assert heat["encoding"]["y"]["sort"] == "descending"  # the highest value of y at the top
    assert heat["encoding"]["color"]["field"] == "value"
    # every cell: the value at (x, y) is the model's value at (x, y)
    assert len(cells) == len(xs) * len(ys) == 25 * 21
    for axis, want_values, name in (("x", xs, x), ("y", ys, y)):
        got = np.array(sorted(set(cells[axis])))
        same = got.shape == want_values.shape and np.allclose(got, want_values, atol=1e-9)
        assert same, f"the map's {axis} values {got[:4]}… are not {name}'s grid {want_values[:4]}…"
    for row in cells.itertuples():
        i, j = int(np.argmin(abs(xs - row.x))), int(np.argmin(abs(ys - row.y)))
        want = pm.values[j, i]
        assert row.value == pytest.approx(want, **EXACT), (
            f"cell ({row.x:g}, {row.y:g}) shows {row.value:.6g}, the model {want:.6g}"
        )
    # the ring: the current setting
    assert ring.to_dict("records") == [
        {"x": pytest.approx(sc.params[x] * px.display_scale), "y": pytest.approx(sc.params[y] * py.display_scale)}
    ]

    # the best cell: the argmax of the model's grid, in the caption and in the chart's text alternative
    j, i = np.unravel_index(int(np.argmax(pm.values)), pm.values.shape)
    best = f"Best cell: {xs[i]:g}, {ys[j]:g} → {pm.values[j, i]:,.2f}"
    caption = next(plain(c.value) for c in at.caption if "Best cell" in c.value)
    found = re.search(r"Best cell: .*? → -?[\d,]+\.\d\d", caption)
    assert found and found.group(0) == best, f"the caption says {found and found.group(0)!r}; the model's argmax: {best!r}"
    (chart,) = [c for c in charts(at) if any(p.get("name") == "cell" for p in spec(c).get("params", []))]
    assert f"best at {xs[i]:g}, {ys[j]:g}." in chart.proto.alt
    assert pm.values[j, i] > np.median(pm.values)  # a real maximum, not an edge case of a flat map


# ------------------------------------------------------------------ the KPI cards
def cards(at: Any) -> dict[str, tuple[str, str | None, str]]:
    """label → (value, delta, help) of every KPI card (not the answer cards)."""
    return {m.label: (m.value, m.delta or None, m.help) for m in at.metric if not m.label.startswith(ANSWER_MARK)}


def test_efficiency_cards_equal_a_hand_calculation_from_two_runs() -> None:
    """ΔGMV per RMB of subsidy = Σ(gmv − gmv without the subsidy) over months 0…h / subsidy spent by
    h; Δprofit per RMB = (cumulative profit − the same without the subsidy) at h / the same subsidy
    (here the subsidy is the only change, so "without the subsidy" is the preset)."""
    at = new_app({"p": "baseline", "subsidy_bn_per_year": "60", "subsidy_months": "24", "h": "36"})
    base = model.load_scenario("baseline")
    sc = base.with_overrides(subsidy_bn_per_year=60.0, subsidy_months=24.0)
    assert at.session_state["scenario"] == sc
    cur, ref = model.run(sc, months=36), model.run(base, months=36)
    extra = cur["subsidy_spent"][36] - ref["subsidy_spent"][36]  # RMB bn
    gmv_per_rmb = float(np.sum(cur["gmv"][:37] - ref["gmv"][:37]) / extra)  # RMB bn of GMV per RMB bn of subsidy
    profit_per_rmb = float((cur["cumulative_profit"][36] - ref["cumulative_profit"][36]) / extra)
    assert extra > 50 and gmv_per_rmb > 0 > profit_per_rmb  # the subsidy buys GMV and costs profit
    shown_cards = cards(at)
    for key, want in (("gmv_per_subsidy", gmv_per_rmb), ("profit_per_subsidy", profit_per_rmb)):
        k = KPI_BY_KEY[key]
        value, delta, help_text = shown_cards[f"{k.label_en} (RMB per RMB)"]
        assert (value, delta, help_text) == (shown(want), None, k.help_en), key


def test_the_subsidy_is_credited_only_with_what_it_does() -> None:
    """With a commission and fairness change made alongside the subsidy, the per-RMB cards compare
    the scenario with the same settings without the subsidy, not with the reference (which would
    divide the fee and fairness effects by the subsidy)."""
    query = {"p": "baseline", "commission": "2", "fairness": "0.9", "subsidy_bn_per_year": "40", "h": "48"}
    at = new_app(query, advanced=False)
    sc = model.load_scenario("baseline").with_overrides(commission=0.02, fairness=0.9, subsidy_bn_per_year=40.0)
    cur, without = model.run(sc, months=48), model.run(sc.with_overrides(subsidy_bn_per_year=0.0), months=48)
    spent = cur["subsidy_spent"][48]
    want = {
        "gmv_per_subsidy": float(np.sum(cur["gmv"][:49] - without["gmv"][:49]) / spent),
        "profit_per_subsidy": float((cur["cumulative_profit"][48] - without["cumulative_profit"][48]) / spent),
    }
    shown_cards = cards(at)
    for key, value in want.items():
        assert shown_cards[f"{KPI_BY_KEY[key].label_en} (RMB per RMB)"][0] == shown(value), key
    # against the reference instead, the fee and fairness changes would swamp it
    base = model.run(model.load_scenario("baseline"), months=48)
    naive = float(np.sum(cur["gmv"][:49] - base["gmv"][:49]) / spent)
    assert abs(naive - want["gmv_per_subsidy"]) > 1.0


def test_no_efficiency_cards_without_extra_subsidy() -> None:
    at = new_app({"p": "baseline", "commission": "1"}, advanced=False)  # no more subsidy than the reference
    labels = [m.label for m in at.metric]
    assert len(labels) == len(KPIS) - 2 and not any("per RMB of subsidy" in x for x in labels)


@pytest.mark.parametrize("ref", ["preset", "pin"])
def test_every_card_equals_the_direct_runs_at_the_horizon(ref: str) -> None:
    query = {
        "p": "support_100bn",
        "commission": "1.5",
        "fairness": "0.9",
        "h": "60",
        "s1": "Bigger,support_100bn,subsidy_bn_per_year=80",
    }
    at = new_app(query | ({"ref": "1"} if ref == "pin" else {}), advanced=False)
    preset = model.load_scenario("support_100bn")
    sc = preset.with_overrides(commission=0.015, fairness=0.9)
    reference = preset.with_overrides(subsidy_bn_per_year=80.0) if ref == "pin" else preset.counterfactual_scenario()
    cur, res_ref = model.run(sc, months=60), model.run(reference, months=60)
    want = {f"{k.kpi.label_en} ({UNITS[k.unit]})": k for k in cur.kpis(60, reference=res_ref)}
    got = cards(at)
    assert list(got) == list(want)
    for label, k in want.items():
        delta = None if k.delta != k.delta else shown_delta(k.delta, "pp" if k.unit == "percent" else UNITS[k.unit])
        assert got[label][:2] == (shown(k.value), delta), label
    # one card by hand: GMV at an annual rate over the 12 months up to month 60, RMB bn per month → tn per year
    gmv = float(np.sum(cur["gmv"][49:61]) / 1000)
    assert got["GMV (annual rate) (RMB tn/yr)"][0] == shown(gmv)
    caption = next(plain(c.value) for c in at.caption if c.value.startswith("At month"))
    assert caption.startswith("At month 60 (2030-01) vs " + ("Bigger (reference)" if ref == "pin" else "Baseline: No programme"))


def test_a_pinned_scenario_with_schedules_runs_as_pinned() -> None:
    """A pin's schedules reach its line: the pin's dataset equals the scheduled run."""
    at = new_app({"p": "baseline", "s1": "Ramp,baseline,@commission=3@6+12", "h": "36"}, advanced=False)
    _, tables = dashboard(at)
    base = model.load_scenario("baseline")
    pinned = replace(base, schedules=(model.Schedule(param="commission", value=0.03, at_month=6, ramp_months=12),))
    assert_lines_equal_run(tables, "pin1", model.run(pinned, months=36), base.start)
    assert tables["ch_gmv|pin1"].column("scenario").to_pylist()[0] == "Ramp"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_preset_opens_with_its_answer_against_its_counterfactual(lang: str) -> None:
    """No click: the answer cards are the preset minus its counterfactual at the horizon, and the
    cards and the ghost line compare against the counterfactual too."""
    from model.kpis import EFFECTS, effects
    from ui.cards import effect_text, effect_unit
    from ui.texts import unit_factor

    at = new_app({"p": "support_100bn", "h": "60", "lang": lang, "bands": "0"}, advanced=False)
    preset = model.load_scenario("support_100bn")
    cur, cf = model.run(preset, months=60), model.run(preset.counterfactual_scenario(), months=60)
    want = effects({v: cur[v] for v in cur.raw.data}, {v: cf[v] for v in cf.raw.data}, 60)
    answer = [m for m in at.metric if m.label.startswith(ANSWER_MARK)]
    names = [k.label_en if lang == "en" else k.label_zh for k in EFFECTS]
    assert [m.label.removeprefix(ANSWER_MARK).rsplit(" (", 1)[0] for m in answer] == names
    for m, k in zip(answer, want, strict=True):
        shown = effect_text(k, unit_factor("u_" + k.unit, lang))  # 亿元 and 万 in Chinese
        assert m.value == shown and m.label.endswith(f"({effect_unit(k, lang)})"), k.key
        if m.delta:  # the per-cent change: an ASCII sign, so Streamlit's arrow points the effect's way
            assert m.delta.startswith("-" if k.delta < 0 else "+"), (k.key, m.delta)
    by_key = {k.key: k for k in want}
    assert by_key["subsidy_spent"].delta == pytest.approx(100.0)  # the programme's budget, spent
    assert by_key["gmv_annual"].delta > 0 and by_key["merchants_smb"].delta > 0
    title = "No programme" if lang == "en" else "不实施扶持计划"
    assert any(title in m.value for m in at.markdown)
    # a pinned reference replaces the answer: the cards then compare with the pin
    at2 = new_app({"p": "support_100bn", "s1": "A,support_100bn,commission=1", "ref": "1", "lang": lang}, advanced=False)
    assert not [m for m in at2.metric if m.label.startswith(ANSWER_MARK)]


def test_the_answer_comes_with_its_odds() -> None:
    """With the uncertainty on (the default), each answer card gives its effect's p10 … p90 over the
    paired draws and the share of draws above 0: "in 100 % of draws the programme raises GMV; in
    40 % it pays back by month 72"."""
    from model.analysis import paired_effects
    from ui.cards import odds_text
    from ui.model_cache import MC_DRAWS, MC_SEED

    at = new_app({"p": "support_100bn"}, advanced=False)
    preset = model.load_scenario("support_100bn")
    pe = paired_effects(preset, 72, draws=MC_DRAWS, seed=MC_SEED)
    answer = {m.label.removeprefix(ANSWER_MARK).rsplit(" (", 1)[0]: m for m in at.metric if m.label.startswith(ANSWER_MARK)}
    for key, e in pe.effects.items():
        card = answer[e.kpi.label_en]
        if key == "subsidy_spent":
            assert not card.delta  # the budget: no odds to give
            continue
        assert card.delta == odds_text(e.p10, e.p90, e.share_positive, "en"), key
        assert card.delta.startswith("-") == ((e.p10 + e.p90) / 2 < 0), key  # the arrow follows the range
    assert answer["GMV (annual rate)"].delta.endswith(">0: 100 %")
    assert 0.0 < pe.effects["cumulative_profit"].share_positive < 1.0


def test_a_preset_without_a_question_shows_no_answer_cards() -> None:
    at = new_app({"p": "baseline"}, advanced=False)
    assert not [m for m in at.metric if m.label.startswith(ANSWER_MARK)]


def test_what_would_flip_the_answer_is_listed_under_it() -> None:
    """The flips under the answer are model.analysis.flips of the preset against its counterfactual,
    headline effects first; a robust answer says nothing flips it."""
    from model.analysis import flips
    from ui.cards import FLIPS_SHOWN, flip_line

    for name in ("support_100bn", "bid_incumbent"):  # all listed; six listed and the rest counted
        at = new_app({"p": name}, advanced=False)
        preset = model.load_scenario(name)
        found = flips(preset, 72, tolerance=1e-3)
        (block,) = [m.value for m in at.markdown if m.value.startswith("**What would flip it**")]
        items = [plain(line[2:]) for line in block.split("\n") if line.startswith("- ")]
        shown = [flip_line(f, preset.params, "en") for f in found]
        n = min(len(found), FLIPS_SHOWN)
        assert found and set(items[:n]) <= set(shown), name
        assert len(items) == n + (len(found) > FLIPS_SHOWN), name
        if len(found) > FLIPS_SHOWN:
            assert items[-1] == f"… and {len(found) - FLIPS_SHOWN} more", items[-1]
        if name == "support_100bn":  # no GMV flip: profit leads
            assert items[0].startswith("Cumulative profit from month 0: turns positive if"), items
    robust = new_app({"p": "fee_war_no_match"}, advanced=False)
    assert any(c.value.startswith("What would flip it: no single uncertain assumption") for c in robust.caption)


def test_the_analysis_view_shows_what_moves_the_answer() -> None:
    """For a question, the Analysis view's first tornado is the effect against the counterfactual
    (model.analysis.effect_tornado), with a dashed rule at 0."""
    from model.analysis import effect_tornado

    at = new_app({"p": "support_100bn", "view": "analysis"}, advanced=False)
    assert at.selectbox(key="an_effect").value == "gmv_annual"
    at.selectbox(key="an_effect").set_value("cumulative_profit").run()
    want = effect_tornado(model.load_scenario("support_100bn"), "cumulative_profit", 72)
    chart = at.get("vega_lite_chart")[0]
    rules = [layer for layer in layers(spec(chart)) if layer["mark"].get("type") == "rule"]
    assert any(layer["mark"].get("strokeDash") == [4, 3] for layer in rules)  # the zero rule
    tables = [table for table in datasets(chart).values() if "kpi" in table.column_names]
    (bars,) = tables
    got = sorted(round(v, 9) for v in bars.column("kpi").to_pylist())
    assert got == sorted(round(v, 9) for b in want for v in (b.kpi_low, b.kpi_high))
    assert any("What moves the answer" in m.value for m in at.markdown)
    plain_ = new_app({"p": "baseline", "view": "analysis"}, advanced=False)
    assert not any("What moves the answer" in m.value for m in plain_.markdown)
