"""The charts view: the grid of line charts, with bands, pins and replay (meeting mode's charts are the live panel's).

The Vega-Lite spec is built and validated by Altair once per set of lines
(``cached_dashboard``); a rerun sends only the datasets (``ui.charts.dashboard_datasets``).
The chart is one element at a stable place on the page, never an ``st.empty`` placeholder:
the browser then keeps its Vega view and swaps the data in (an empty placeholder is sent
first on every rerun, which unmounts the view and rebuilds its ~1,000 SVG nodes).  Replay
draws its frames into that same element, replacing it in place.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from model.output import month_dates
from model.params import Params
from model.scenario import Scenario
from model.schedule import Schedule

from ..charts import CHARTS, Line, dashboard_datasets, dashboard_spec
from ..model_cache import pack, presets, run_bands, sched_key
from ..on_screen import Entry
from ..texts import t

REPLAY_PAUSE = 0.08  # seconds between replay frames


@functools.lru_cache(maxsize=64)
def cached_dashboard(lines: tuple[Line, ...], bands: bool, phases: bool, lang: str) -> dict[str, object]:
    """The charts are built (and validated) with Altair once per set of lines; reruns only send data."""
    return dashboard_spec(lines, bands=bands, phases=phases, lang=lang)


def phase_windows(sc: Scenario, schedules: tuple[Schedule, ...]) -> list[tuple[str, str]]:
    """(start, end) dates of each schedule, for the shaded bands on the charts."""
    out = []
    for s in schedules:
        start = month_dates(sc.start, int(s.at_month) + int(s.ramp_months) + 1)
        out.append((start[int(s.at_month)], start[int(s.at_month) + int(s.ramp_months)]))
    return out


def charts_view(
    current: Entry,
    reference: Entry,
    others: list[Entry],
    horizon: int,
    bands: bool,
    lg: str,
    *,
    frames: list[Params] | None = None,
) -> None:
    """The chart grid (not in meeting mode: the live panel's two large charts are its charts).
    ``frames``: replay, drawing the current scenario at each of these settings in turn before
    the final one."""
    # a shallow copy: the cached spec is shared by every session
    spec = dict(cached_dashboard((current.line, reference.line, *(e.line for e in others)), bands, bool(current.schedules), lg))
    windows = phase_windows(presets()[current.preset], current.schedules)

    # the reference's and the pins' lines, once: a replay moves only the current scenario's
    still = dashboard_datasets([(reference.line, reference.run(horizon)), *((e.line, e.run(horizon)) for e in others)], lang=lg)

    def datasets(params: Params, *, last: bool = True) -> dict[str, Any]:
        """The charts' data with the current scenario at ``params``; a replay's frames before the
        ``last`` one leave the band for it (a band is 200 runs: twelve per replay cost ~1 s)."""
        run = replace(current, params=params).run(horizon)
        band_data = run_bands(current.preset, pack(params), sched_key(current.schedules), horizon) if bands and last else None
        moving = dashboard_datasets([(current.line, run)], band_data, windows, lang=lg, bands_later=bands and not last)
        return still | moving

    dates: np.ndarray = current.run(horizon)["date"]
    titles = ", ".join(t(c.key, lg) for c in CHARTS)
    alt = t("chart_alt", lg, title=titles, start=str(dates[0])[:7], end=str(dates[-1])[:7])
    # The first call adds the chart element; each later one replaces that element in place.
    # Every frame has the same spec and text alternative as the final chart: only the data changes.
    draw: Callable[..., DeltaGenerator] = st.vega_lite_chart
    for frame in frames or []:
        draw = draw(None, spec | {"datasets": datasets(frame, last=False)}, width="content", alt=alt).vega_lite_chart
        time.sleep(REPLAY_PAUSE)
    spec["datasets"] = datasets(current.params)
    draw(None, spec, width="content", alt=alt)
