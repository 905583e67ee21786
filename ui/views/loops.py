"""The loops view: the loop-level overview (``ui.cld.overview_dot``), each loop marked stronger or
weaker than in the reference; the full causal-loop diagram (``ui.cld.dot``) on demand; the same as a
table."""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from model.loops import LOOPS, loop_changes

from ..cld import change_text, dot, loop_title, overview_dot
from ..on_screen import Entry
from ..texts import md_escape, t


def loops_view(cur: dict[str, np.ndarray], reference: Entry, horizon: int, lg: str) -> None:
    """The diagram and its text alternative, comparing ``cur`` with the reference over months 0..``horizon``."""
    changes = loop_changes(cur, reference.run(horizon), horizon)
    st.caption(t("loops_help", lg, h=horizon, ref=md_escape(reference.line.label)))
    st.graphviz_chart(overview_dot(lg, changes), width="stretch")  # its text alternative: the table below
    # the full diagram, every variable and link: built only while open
    full = st.expander(t("loops_full", lg), key="loops_full_open", on_change="rerun")
    if full.open:
        # at its own size, in a box that scrolls both ways (``ui.page``: the ``full_diagram`` rules)
        with full, st.container(key="full_diagram"):
            st.graphviz_chart(dot(lg, changes), width="content")
    rows = [{t("loop", lg): loop_title(loop, lg), t("loop_change", lg): change_text(changes[loop.key], lg)[0]} for loop in LOOPS]
    st.caption(t("loops_table", lg))  # the diagram's text alternative
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
