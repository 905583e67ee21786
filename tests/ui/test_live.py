"""The live panel's Python side (ui/live.py): what it sends the page, and what it takes back."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

import model
from model.analysis import draw_batch
from model.core import OUTPUTS, prepare
from model.equations import MODEL
from model.kpis import KPI_BY_KEY
from ui import live
from ui import urlstate as us
from ui.charts import CHARTS, SERIES_COLOURS
from ui.model_cache import MC_DRAWS, MC_SEED, presets
from ui.parameters import MAIN_LEVERS

ROOT = Path(__file__).resolve().parents[2]


def make(preset: str = "support_100bn", bands: bool = True, **changes: float) -> tuple[dict, dict, model.Scenario]:
    header, arrays, sc, _ = make_blob(preset, bands, **changes)
    return header, arrays, sc


def make_blob(
    preset: str = "support_100bn", bands: bool = True, have: frozenset[str] = frozenset(), **changes: float
) -> tuple[dict, dict, model.Scenario, bytes]:
    sc = presets()[preset]
    params = sc.params.replace(**changes)
    cf = sc.counterfactual_scenario()
    blob = live.payload(
        preset_name=preset,
        params=params,
        schedules=sc.schedules,
        horizon=72,
        reference=(preset, cf.params, cf.schedules),
        reference_label="Baseline",
        current_label="Current",
        lg="en",
        meeting=False,
        bands=bands,
        slots=live.DEFAULT_SLOTS,
        have=have,
    )
    header, arrays = live.read_payload(blob)
    return header, arrays, sc, blob


def test_the_payload_carries_the_kernels_inputs_exactly() -> None:
    header, arrays, sc = make(commission=0.02)
    prep = prepare(sc.params, reference=sc.state, schedules=sc.schedules, months=72)
    assert header["digest"] == live.MODEL_DIGEST and header["nIn"] == len(MODEL.columns) and header["nOut"] == len(OUTPUTS)
    assert (header["steps"], header["saveEvery"], header["saved"]) == (prep.steps, prep.save_every, prep.saved)
    # the inputs row is the preset's (the panel writes the main levers' columns itself), bit for bit
    np.testing.assert_array_equal(arrays["inp"], prep.inputs[0])
    for name, a in zip(("at", "value", "ramp"), prep.schedules[:3], strict=True):
        np.testing.assert_array_equal(arrays[name], a)
    np.testing.assert_array_equal(arrays["bounds"], prep.schedules[3].astype(float))
    # the lever is where the page has it, and every position's model value is the app's own
    spec = {lv["name"]: lv for lv in header["levers"]}
    p = next(q for q in MAIN_LEVERS if q.name == "commission")
    assert arrays["shown_commission"][spec["commission"]["at"]] == 2.0
    assert arrays["lever_commission"][spec["commission"]["at"]] == 0.02
    assert arrays["shown_commission"][spec["commission"]["preset"]] == us.to_display(p, sc.params["commission"])
    for q in MAIN_LEVERS:
        shown = arrays[f"shown_{q.name}"]
        assert list(arrays[f"lever_{q.name}"]) == [us.from_display(q, s) for s in shown]
        lo, hi, _ = us.display_range(q)
        assert (shown[0], shown[-1]) == (lo, hi) and spec[q.name]["col"] == MODEL.columns.index(q.name)


def test_the_payload_carries_the_reference_run_and_the_draws() -> None:
    header, arrays, sc = make()
    cf = model.run(sc.counterfactual_scenario(), months=72)
    ref = arrays["ref"].reshape(header["saved"], len(header["used"]))
    for j, o in enumerate(header["used"]):
        np.testing.assert_array_equal(ref[:, j], cf[OUTPUTS[o]])
    # every chart series and headline number is among the outputs sent
    assert {OUTPUTS.index(v) for c in CHARTS for v, _ in c.series} <= set(header["used"])
    assert [k["key"] for k in header["kpis"]] == list(live.LIVE_KPIS)
    # the draws are the bands' own (same seed, count, calibration per draw)
    _, batch, state = draw_batch(sc, MC_DRAWS, MC_SEED)
    want = prepare(batch, reference=state, schedules=sc.schedules, months=72).inputs
    np.testing.assert_array_equal(arrays["draws"].reshape(MC_DRAWS, -1), want)
    assert header["draws"] == MC_DRAWS
    # the main levers are not drawn: the panel may set their columns in every draw
    for p in MAIN_LEVERS:
        column = want[:, MODEL.columns.index(p.name)]
        assert np.all(column == column[0]), p.name
    header, arrays, _ = make(bands=False)
    assert "draws" not in arrays and header["draws"] == 0


def test_no_derived_constant_reads_a_main_lever() -> None:
    """The panel changes only the levers' own input columns: that is exact only while no derived
    or calibrated constant depends on a lever (a lever is a policy, not the reference state)."""
    sc = presets()["baseline"]
    a = prepare(sc.params, reference=sc.state).inputs[0]
    for p in MAIN_LEVERS:
        _, hi, _ = us.display_range(p)
        b = prepare(sc.params.replace(**{p.name: us.from_display(p, hi)}), reference=sc.state).inputs[0]
        changed = np.flatnonzero(a != b)
        assert list(changed) == [MODEL.columns.index(p.name)], (p.name, [MODEL.columns[c] for c in changed])


def test_a_kpi_the_panel_shows_is_one_it_can_compute() -> None:
    for key in live.LIVE_KPIS:
        assert KPI_BY_KEY[key].how in ("level", "annual_rate") and not KPI_BY_KEY[key].per_extra_subsidy


def test_the_levers_state_is_checked_before_it_is_used() -> None:
    values, refused = live.lever_values({"commission": 2.04, "fairness": 0.9, "subsidy_bn_per_year": 150})
    assert values == {"commission": 2.0, "fairness": 0.9, "subsidy_bn_per_year": 150.0} and not refused
    bad = {"commission": 99, "fairness": float("nan"), "subsidy_bn_per_year": True, "network_effect": 0.3, "x": "1"}
    values, refused = live.lever_values(bad)
    assert not values
    assert {name for name, _ in refused} == set(bad)
    assert live.lever_values("commission=2") == ({}, [("levers", "commission=2")])
    assert live.lever_values(None) == ({}, [])


def test_the_slots_state_is_checked() -> None:
    keep = live.DEFAULT_SLOTS
    assert live.slot_values(["ch_buyers", "ch_share"], keep) == ("ch_buyers", "ch_share")
    for bad in (["ch_buyers"], ["ch_buyers", "nope"], "ch_buyers,ch_share", None, [1, 2]):
        assert live.slot_values(bad, keep) == keep


def test_one_colour_per_thing_in_every_chart() -> None:
    for c in CHARTS:
        colours = [SERIES_COLOURS[key] for _, key in c.series]
        assert len(set(colours)) == len(colours), c.key  # told apart within a chart
    # a merchant type keeps its colour wherever it is drawn
    assert SERIES_COLOURS["s_head"] == SERIES_COLOURS["s_margin_head"] == SERIES_COLOURS["s_head_traffic"]
    assert SERIES_COLOURS["s_smb"] == SERIES_COLOURS["s_margin_smb"] == SERIES_COLOURS["s_smb_gmv"]
    # the Vega grid uses the same colours as the live panel
    from ui.charts import line_chart, reference_line

    spec = line_chart(spec=CHARTS[2], lines=(reference_line("r"),)).to_dict()
    text = json.dumps(spec)
    assert all(SERIES_COLOURS[key] in text for _, key in CHARTS[2].series)


def test_the_vendored_chart_library_is_the_pinned_one() -> None:
    """ui/engine/vendor holds uPlot as package.json / package-lock.json pin it (``npm ci``)."""
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    version = lock["packages"]["node_modules/uplot"]["version"]
    assert json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["devDependencies"]["uplot"] == version
    vendored = (ROOT / "ui" / "engine" / "vendor" / "uPlot.iife.min.js").read_text(encoding="utf-8")
    assert vendored.startswith(f"/*! https://github.com/leeoniya/uPlot (v{version}) */")
    installed = ROOT / "node_modules" / "uplot" / "dist" / "uPlot.iife.min.js"
    assert installed.read_text(encoding="utf-8") == vendored
    assert (ROOT / "ui" / "engine" / "vendor" / "uPlot.LICENSE").read_text(encoding="utf-8").startswith("The MIT License")


def test_the_code_and_the_arrays_go_once_a_page_holds_them() -> None:
    """A payload carries the panel's code and its constant arrays unless the page said it holds
    them (``have``): then only the header goes, and the page uses what it kept under the keys."""
    full_h, full_a, _, full = make_blob()
    assert full_h["codeKey"] == live.CODE_KEY and full_h["codeSize"] == len(live.CODE) and full_h["static"]
    assert live.payload_code(full) == live.sources()[0].encode("utf-8")
    keys = frozenset({full_h["codeKey"], full_h["staticKey"]})
    h, a, _, blob = make_blob(have=keys)
    assert h["codeSize"] == 0 and not h["static"] and a == {} and live.payload_code(blob) == b""
    assert (h["codeKey"], h["staticKey"]) == (full_h["codeKey"], full_h["staticKey"])
    assert len(blob) < 16_000 < 500_000 < len(full), (len(blob), len(full))
    # each part on its own: the arrays read back the same after the code, and the code alone
    h2, a2, _, _ = make_blob(have=frozenset({full_h["codeKey"]}))
    assert h2["static"] and h2["codeSize"] == 0 and a2.keys() == full_a.keys()
    for name, arr in full_a.items():
        np.testing.assert_array_equal(a2[name], arr)
    h3, a3, _, blob3 = make_blob(have=frozenset({full_h["staticKey"]}))
    assert not h3["static"] and a3 == {} and live.payload_code(blob3) == live.CODE
    # another scenario's arrays have another key: sent again, whatever the page holds
    other_h, other_a, _, _ = make_blob(have=keys, ad_load=0.2)
    assert other_h["staticKey"] != full_h["staticKey"] and other_h["static"] and other_a
    # a move of a main lever keeps the arrays' key (the panel sets those columns itself)
    moved_h, _, _, moved = make_blob(have=keys, commission=0.03)
    assert moved_h["staticKey"] == full_h["staticKey"] and not moved_h["static"] and len(moved) < 16_000


def test_what_the_page_says_it_holds_is_read_as_keys_only() -> None:
    import streamlit as st

    key = live.CODE_KEY
    for have, want in (
        ([key, "0123456789abcdef"], {key, "0123456789abcdef"}),
        ([key, "XYZ", 7, None, key.upper(), key + "0"], {key}),
        ("0123456789abcdef", set()),
        ([key] * 17, set()),  # more than a page keeps: not believed
        (None, set()),
    ):
        st.session_state.clear()
        st.session_state["live"] = {"levers": {"values": {}, "seq": 1, "have": have}}
        assert live.reported_have() == want, have
    st.session_state["live"] = {"levers": {"have": [key]}}
    live.on_need()  # the page lost a part: one run sends everything, and the page reruns
    assert st.session_state["live_moving"] and live.reported_have() == frozenset()
    assert live.reported_have() == {key}
    st.session_state.clear()
    st.session_state["live"] = "not a dict"
    assert live.reported_have() == frozenset()


def test_the_panels_script_is_the_kernel_and_its_own_code() -> None:
    js, css = live.sources()
    kernel = (ROOT / "ui" / "engine" / "kernel.mjs").read_text(encoding="utf-8")
    assert "export function kernel" in kernel and "\nfunction kernel(" in js and "export default function" in js
    assert js.count("export ") == 1  # only the component's default export: the kernel's became declarations
    assert ".live.meeting .number-value { font-size: 48px" in css
    assert "SETTLE_MS" not in js  # the settle delay is the header's (one declaration, in ui/live.py)


def test_the_panels_report_is_read_with_its_move_number() -> None:
    """``on_levers`` takes ``{"values": ..., "seq": n}``: the values checked, the move number kept
    for the next payload (the panel keeps a move Python has not seen yet); a forged number is not."""
    import streamlit as st

    for got, seen in (
        ({"values": {"commission": 2.0}, "seq": 7, "attempt": 1}, 7),
        ({"values": {"commission": 2.0}, "seq": "7"}, None),
        ({"values": {"commission": 2.0}, "seq": True}, None),
        ({"values": {"commission": 2.0}, "seq": 2**40}, None),
    ):
        st.session_state.clear()
        st.session_state["live"] = {"levers": got}
        live.on_levers()
        assert st.session_state["commission"] == 2.0
        assert st.session_state.get("live_seen") == seen
    header, _, _ = make()
    assert header["seen"] == 0


def test_a_move_made_before_an_undo_does_not_come_back_after_it() -> None:
    """The levers moved from elsewhere (undo, a reset, the first run: session state is not what
    the panel last showed) start a new epoch; a report from an older epoch is acknowledged and
    dropped, one from this epoch is taken and is no change from elsewhere."""
    import streamlit as st

    st.session_state.clear()
    st.session_state["commission"] = 0.6
    first = live.lever_epoch()
    assert live.lever_epoch() == first  # nothing moved
    st.session_state["live"] = {"levers": {"values": {"commission": 0.8}, "seq": 3, "epoch": first}}
    live.on_levers()
    assert st.session_state["commission"] == 0.8 and live.lever_epoch() == first  # the panel's own move
    st.session_state["commission"] = 0.7  # an undo
    after = live.lever_epoch()
    assert after == first + 1
    st.session_state["live"] = {"levers": {"values": {"commission": 0.9}, "seq": 4, "epoch": first}}
    live.on_levers()
    assert st.session_state["commission"] == 0.7 and st.session_state["live_seen"] == 4  # dropped, acknowledged
    assert live.lever_epoch() == after
    header, _, _ = make()
    assert "epoch" in header
