"""The scenarios on screen: the current one, the reference (the preset or a pinned scenario) and the other pins.

Each ``Entry`` carries its line style and legend label (``ui.charts.Line``) and what to run;
``Entry.run`` goes through the run cache.  Every view and the compare panel draw from these.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import streamlit as st

from model.params import Params
from model.schedule import Schedule

from .charts import Line, current_line, pin_line, reference_line
from .model_cache import presets, series
from .state import pins
from .texts import field_text, t


@dataclass(frozen=True, slots=True)
class Entry:
    """A scenario on screen: its line style and label, and what to run."""

    line: Line
    preset: str
    params: Params
    schedules: tuple[Schedule, ...]

    def run(self, months: int) -> dict[str, np.ndarray]:
        return series(self.preset, self.params, self.schedules, months)

    def attribution(self, months: int) -> dict[str, np.ndarray]:
        """The run the per-RMB-of-subsidy cards compare with: the same settings without the
        subsidy (``Scenario.without_subsidy``); this run itself when it spends nothing."""
        mine = self.run(months)
        if float(mine["subsidy_spent"][-1]) <= 0.0:
            return mine
        other = replace(presets()[self.preset], params=self.params, schedules=self.schedules).without_subsidy()
        return series(self.preset, other.params, other.schedules, months)


def preset_reference_title(preset_name: str, lg: str) -> str:
    """What a preset is compared with by default: its declared counterfactual ("No programme"),
    or the preset itself when it asks no question of its own (the baseline)."""
    preset = presets()[preset_name]
    return field_text(preset.counterfactual_scenario(), "title", lg)


def on_screen(preset_name: str, params: Params, schedules: tuple[Schedule, ...], lg: str) -> tuple[Entry, Entry, list[Entry]]:
    """(current, reference, other pinned scenarios): the reference is the preset's counterfactual
    (the preset as loaded without the policy its question is about; the preset itself when it
    declares none) or a pin."""
    preset = presets()[preset_name]
    current = Entry(current_line(t("current", lg)), preset_name, params, schedules)
    ref_k = int(st.session_state.get("ref", 0))
    cf = preset.counterfactual_scenario()
    baseline = t("baseline", lg) + t("sep", lg) + preset_reference_title(preset_name, lg)
    reference = Entry(reference_line(baseline), preset_name, cf.params, cf.schedules)
    others = []
    for k, pin in enumerate(pins(), start=1):
        if k == ref_k:
            reference = Entry(reference_line(t("is_reference", lg, name=pin.name)), pin.preset, pin.params, pin.schedules)
        else:
            others.append(Entry(pin_line(k, pin.name), pin.preset, pin.params, pin.schedules))
    return current, reference, others
