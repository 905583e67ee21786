"""The data-table view: every charted series of every scenario on screen, monthly (the charts' text alternative)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..charts import CHARTS, CURRENT, chart_scale
from ..on_screen import Entry
from ..texts import t


def column_titles(lg: str) -> dict[str, tuple[str, float]]:
    """Each charted variable's column title and factor: its chart's title and series label, in the
    unit of the chart's axis (亿元/月, 万人 in Chinese), as the charts show it."""
    titles: dict[str, tuple[str, float]] = {}
    for spec in CHARTS:
        for name, series in spec.series:
            if name not in titles:
                head = t(spec.key, lg) if len(spec.series) > 1 or t(series, lg) != t(spec.key, lg) else ""
                what = f"{head}{t('sep', lg)}{t(series, lg)}" if head else t(series, lg)
                titles[name] = (f"{what} ({t(spec.axis, lg).strip()})", chart_scale(spec, lg))
    return titles


def table_view(entries: list[Entry], horizon: int, lg: str) -> None:
    """The date, then one column per series and scenario, headed by what the charts call it, in
    their units (pinned and reference columns carry the scenario's name); the CSV keeps the
    variables' names and the model's units."""
    titles = column_titles(lg)
    first = entries[0].run(horizon)
    cols: dict[str, object] = {t("table_date", lg): first["date"]}
    for e in entries:
        run_ = e.run(horizon)
        suffix = "" if e.line.id == CURRENT else f" · {e.line.label}"
        cols |= {title + suffix: factor * run_[n] for n, (title, factor) in titles.items()}
    st.caption(t("table_caption", lg))
    st.dataframe(pd.DataFrame(cols), hide_index=True, width="stretch", height=420)
