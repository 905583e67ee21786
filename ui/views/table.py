"""The data-table view: every charted series of every scenario on screen, monthly (the charts' text alternative)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..charts import CHARTS, CURRENT
from ..on_screen import Entry
from ..texts import t


def table_view(entries: list[Entry], horizon: int, lg: str) -> None:
    """The date, then one column per series and scenario, headed by the variable's name (as in the CSV;
    pinned and reference columns carry the scenario's name)."""
    names = list(dict.fromkeys(v for spec in CHARTS for v, _ in spec.series))
    first = entries[0].run(horizon)
    cols: dict[str, object] = {t("table_date", lg): first["date"]}
    for e in entries:
        run_ = e.run(horizon)
        suffix = "" if e.line.id == CURRENT else f" ({e.line.label})"
        cols |= {n + suffix: run_[n] for n in names}
    st.caption(t("table_caption", lg))
    st.dataframe(pd.DataFrame(cols), hide_index=True, width="stretch", height=420)
