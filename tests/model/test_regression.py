"""Regression: every preset against its stored baseline (refresh: scripts/update_baselines.py)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from model.scenario import preset_names
from tests.conftest import preset_run

BASELINES = Path(__file__).resolve().parents[1] / "baselines"
RTOL = 1e-6


@pytest.mark.parametrize("name", preset_names())
def test_preset_matches_its_baseline(name: str) -> None:
    path = BASELINES / f"{name}.csv"
    assert path.exists(), f"no baseline for {name}: run scripts/update_baselines.py"
    stored = pd.read_csv(path, comment="#").set_index("month")
    frame = preset_run(name).frame().set_index("month").drop(columns=["date"])
    now = frame.loc[stored.index, stored.columns]
    diff = np.abs(now.to_numpy() - stored.to_numpy()) / np.maximum(np.abs(stored.to_numpy()), 1e-9)
    worst = np.unravel_index(np.argmax(diff), diff.shape)
    assert diff.max() < RTOL, (
        f"{name}: {stored.columns[worst[1]]} at month {stored.index[worst[0]]} moved by {diff.max():.2e} "
        "(intended? run scripts/update_baselines.py)"
    )


def test_baseline_files_are_readable() -> None:
    for path in BASELINES.glob("*.csv"):
        pd.read_csv(io.StringIO(path.read_text(encoding="utf-8")), comment="#")
