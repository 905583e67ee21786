"""What a replay sends, frame by frame, over Streamlit's websocket (``tools.wsclient``): every
frame the chart element gets is checked against direct model runs, not only the last one the
page keeps (AppTest sees only that)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import model
from tools.browser import running_server
from tools.wsclient import Session
from ui.charts import BASELINE, CHARTS, CURRENT, chart_scale, dataset_name

from .screen import arrow_table

pytestmark = pytest.mark.app
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    with running_server(ARTIFACTS / "replay_server.log") as srv:
        yield srv


def frames_of(server: Any) -> list[dict[str, Any]]:
    """Open the baseline, move the commission 0.6 → 1.0 % (a settled move), click Replay: the
    datasets of every chart element the replay's run sent, in order."""

    async def go() -> list[dict[str, Any]]:
        async with Session.connect(server.url, "p=baseline") as s:
            first = await s.rerun(timeout=180)
            levers = {"levers": {"values": {"commission": 1.0}, "seq": 1, "have": first.held()}}
            moved = await s.rerun([s.state("live", json_value=levers)])
            assert moved.ok, moved.exceptions
            run = await s.rerun([s.state("replay_btn", trigger_value=True)])
            assert run.ok, run.exceptions
            return [{d.name: arrow_table(d.data.data) for d in chart.datasets} for chart in run.of("vega_lite_chart")]

    return asyncio.run(go())


def test_a_replay_moves_the_current_line_through_the_change_and_ends_with_its_band(server: Any) -> None:
    frames = frames_of(server)
    assert len(frames) == 12, len(frames)  # eleven frames from the previous setting, then the final chart
    base = model.load_scenario("baseline")
    a, b = base.params["commission"], 0.01
    runs = [model.run(base.with_overrides(commission=a + (b - a) * (i / 12)), months=72) for i in range(1, 13)]
    gmv = next(c for c in CHARTS if c.key == "ch_gmv")
    for i, (frame, run) in enumerate(zip(frames, runs, strict=True)):
        # the current line at this frame's setting, exactly as a direct run draws it
        current = frame[dataset_name(gmv.key, CURRENT)]
        want = np.concatenate([run[var] * chart_scale(gmv, "en") for var, _ in gmv.series])
        np.testing.assert_allclose(current["value"].to_numpy(), want, rtol=1e-12)
        # the reference does not move; the band comes with the last frame only (200 runs each)
        assert frame[dataset_name(gmv.key, BASELINE)].equals(frames[0][dataset_name(gmv.key, BASELINE)])
        band = frame[dataset_name(gmv.key, "band")]
        assert (band.num_rows > 0) == (i == 11), (i, band.num_rows)
    assert set(frames[0]) == set(frames[-1])  # every frame has the same datasets: the spec draws them all
