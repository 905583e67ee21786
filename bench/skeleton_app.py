"""The Flywheel Explorer's page with no work behind it: the reference for bench/bench_app.py.

The same Streamlit elements as the app's default page (charts view, bands off, panels and
popovers closed) — the same kinds, in the same containers, in the same numbers — with static
content: no model, no cache, no chart data beyond one point.  Its rerun time is what
Streamlit itself charges for the page the issue asks for; the app's rerun minus this is what
our own code costs.  ``tests/test_bench_skeleton.py`` keeps its element tree equal to the app's.
"""

import streamlit as st

_PAGE_LANG = st.components.v2.component(  # as ui.page: sets <html lang>, draws nothing
    "skeleton_page_lang", html="<span hidden></span>", css=":host { display: none; }", js="export default function () {}"
)
# as ui.live: a components-v2 element sent a payload of the live panel's size (its code and arrays
# once, then a header's worth: ui.live.payload), and the small element in a fragment of its own
# that the panel reports to
_LIVE = st.components.v2.component("skeleton_live", html="<div></div>", js="export default function () {}")
_SYNC = st.components.v2.component("skeleton_live_sync", html="<span hidden></span>", js="export default function () {}")
FIRST, LATER = bytes(650_000), bytes(8_000)
st.session_state.setdefault("commission", 0.6)


@st.fragment
def live_sync() -> None:
    _SYNC(key="live", on_levers_change=lambda: None, on_slots_change=lambda: None)


with st.sidebar:
    _PAGE_LANG(data={"lang": "en"}, key="page_lang")
    st.segmented_control("Language", ["English", "中文"], key="lang_choice", default="English")
    st.selectbox("Scenario preset", ["a", "b", "c", "d", "e", "f"], key="preset")
    st.caption("The question this preset answers.")
    st.expander("Subsidy design", key="design_open", on_change="rerun")
    st.expander("Time-phased policy", key="phase_open", on_change="rerun")
    st.expander("Rivals", key="rivals_open", on_change="rerun")
    st.expander("Advanced", key="advanced_open", on_change="rerun")
    st.button("Reset to preset", width="stretch")
    st.button("Reset all", width="stretch")
st.title("Flywheel Explorer")
st.caption("Tagline · preset title")
_LIVE(data=LATER if st.session_state.get("sent") else FIRST, key="live_panel")
st.session_state["sent"] = True
row = st.container(horizontal=True)
row.popover("Share this scenario", key="share_open", on_change="rerun")
row.popover("Downloads", key="files_open", on_change="rerun")
row.button("Undo", key="undo")
row.button("Redo", key="redo")
row.button("Replay last change", key="replay_btn")
row.toggle("Meeting mode", key="meeting")
row.toggle("Uncertainty bands", key="bands")
top = st.columns([1.0, 6.0])
top[0].selectbox("Horizon (months)", [12, 24, 36, 48, 60, 72], key="horizon", index=5)
views = ["charts", "analysis", "table", "loops", "reference", "calibration"]
top[1].segmented_control("View", views, key="view", default="charts")
st.caption("At month 72 vs the baseline")
cards = st.container(horizontal=True)
for i in range(12):
    cards.metric(f"KPI {i}", f"{st.session_state.commission * (i + 1):.2f}", delta="+1.00", border=True, width=190)
st.expander("Compare scenarios", key="compare_open", on_change="rerun")
point = {"x": 1, "y": st.session_state.commission}
st.vega_lite_chart(
    {
        "data": {"values": [point]},
        "mark": "line",
        "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}},
    }
)
st.caption("Footer")
live_sync()
