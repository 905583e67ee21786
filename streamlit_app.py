"""Flywheel Explorer — entry point.

For now a minimal page: run the baseline preset and draw its GMV.  The model
does the numbers (``model/``); this file only lays them out.
"""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

import model

st.set_page_config(page_title="Flywheel Explorer", page_icon="🛞", layout="wide")


@st.cache_data(show_spinner=False, max_entries=64)
def baseline_frame(months: int = 72) -> pd.DataFrame:
    """The baseline preset's run as a wide table (cached: the model is pure)."""
    return model.run(model.load_scenario("baseline"), months=months).frame()


def gmv_chart(*, df: pd.DataFrame) -> alt.Chart:
    """GMV per month against the date axis."""
    return (
        alt.Chart(df, title="GMV, RMB bn per month")
        .mark_line(color="#0072B2", strokeWidth=3)
        .encode(
            x=alt.X("date:T", title="Month"),
            y=alt.Y("gmv:Q", title="RMB bn per month", scale=alt.Scale(zero=False)),
            tooltip=[alt.Tooltip("date:T", format="%Y-%m"), alt.Tooltip("gmv:Q", format=",.1f")],
        )
        .properties(height=360)
    )


scenario = model.load_scenario("baseline")
st.title("Flywheel Explorer")
st.caption(scenario.title_en + " — " + scenario.question_en)
frame = baseline_frame()
st.altair_chart(gmv_chart(df=frame), width="stretch")
st.caption(f"Model version {model.__version__} · start {scenario.start} · Euler dt = {model.DT} month")
