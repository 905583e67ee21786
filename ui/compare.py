"""Compare scenarios: pin the current settings under a name, unpin, choose the reference, the KPI table.

Pins live in session state (``pins``, at most four) and in the link (``s1``…``s4``); the
reference (``ref``: 0 the preset, k pin k) sets what every delta and dashed line compares against.
"""

from __future__ import annotations

import math
from collections.abc import Hashable

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

from model.kpis import compare_kpis
from model.scenario import Scenario

from . import guard
from . import urlstate as us
from .guard import COMPARE_MONTHS
from .model_cache import presets
from .on_screen import Entry, preset_reference_title
from .state import lang, pins
from .texts import field_text, label, md_escape, t, unit_factor


def compare_months() -> list[int]:
    """The months the compare table shows (kept in session state while the panel is closed), in order."""
    return sorted(guard.kept("cmp_h", st.session_state.get("cmp_h", list(COMPARE_MONTHS))))


def on_pin() -> None:
    sc: Scenario | None = st.session_state.get("scenario")
    current = pins()
    if sc is None or len(current) >= len(us.PIN_KEYS):
        return
    name = us.clean_name(str(st.session_state.get("pin_name", ""))) or f"{t('scenario', lang())} {len(current) + 1}"
    current.append(us.Pin(name=name, preset=sc.name, params=sc.params, schedules=tuple(sc.schedules)))
    st.session_state["pins"] = current
    st.session_state["pin_name"] = ""


def on_unpin(k: int) -> None:
    current = pins()
    if not 1 <= k <= len(current):  # a click sent twice, or for a pin already gone
        return
    del current[k - 1]
    st.session_state["pins"] = current
    ref = int(st.session_state.get("ref", 0))
    st.session_state["ref"] = 0 if ref == k else ref - 1 if ref > k else ref


@guard.guarded
def on_ref_change() -> None:
    st.session_state["ref"] = int(st.session_state["ref_choice"])


def compare_panel(current: Entry, reference: Entry, others: list[Entry], lg: str) -> None:
    """Pin the current settings under a name; choose the reference; compare KPIs at chosen months."""
    n = len(pins())
    box = st.expander(t("compare", lg), key="compare_open", on_change="rerun", icon=":material/push_pin:")
    if not box.open:
        return
    with box:
        row = st.container(horizontal=True, vertical_alignment="bottom")
        row.text_input(t("pin_name", lg), key="pin_name", max_chars=us.MAX_NAME_CHARS, placeholder=t("pin_placeholder", lg))
        row.button(t("pin", lg), on_click=on_pin, disabled=n >= len(us.PIN_KEYS), icon=":material/push_pin:", key="pin_btn")
        if n >= len(us.PIN_KEYS):
            st.caption(t("pin_full", lg))
        for k, pin in enumerate(pins(), start=1):
            line = st.container(horizontal=True, vertical_alignment="center")
            changed = len(pin.params.diff(presets()[pin.preset].params)) + len(pin.schedules)
            base_title = field_text(presets()[pin.preset], "title", lg)
            line.markdown(f"**{k}. {md_escape(pin.name)}** · {md_escape(base_title)} · {t('n_changed', lg, n=changed)}")
            line.button(t("unpin", lg), key=f"unpin_{k}", on_click=on_unpin, args=(k,), icon=":material/close:")
        first = t("baseline", lg) + t("sep", lg) + preset_reference_title(current.preset, lg)
        labels = [first] + [f"{k}. {p.name}" for k, p in enumerate(pins(), start=1)]
        st.radio(
            t("reference_pick", lg),
            range(len(labels)),
            index=int(st.session_state.get("ref", 0)),
            format_func=lambda i: md_escape(labels[i]),
            key="ref_choice",
            on_change=on_ref_change,
            horizontal=True,
            help=t("reference_help", lg),
        )
        st.multiselect(t("compare_months", lg), us.HORIZONS, default=list(COMPARE_MONTHS), key="cmp_h", persist_state="session")
        table = compare_table([current, reference, *others], compare_months(), lg)
        st.dataframe(shown_table(table), hide_index=True, width="stretch")


def compare_table(entries: list[Entry], months: list[int], lg: str) -> pd.DataFrame:
    """KPI levels and deltas against the reference (``entries[1]``), one row per scenario and month."""
    rows = []
    if not months:
        return pd.DataFrame()
    longest = max(months)
    ref_run = entries[1].run(longest)
    for e in entries:
        run_ = e.run(longest)
        attribution = e.attribution(longest)
        for h in months:
            row: dict[str, object] = {t("scenario", lg): e.line.label, t("month", lg): h}
            for k in compare_kpis(run_, ref_run, h, attribution=attribution):
                unit = t("u_" + k.unit, lg)
                f = unit_factor("u_" + k.unit, lg)
                row[f"{label(k.kpi, lg)} ({unit})"] = round(f * k.value, 3)
                change = t("u_pp", lg) if k.unit == "percent" else unit
                # the reference's own row, and an effect without a counterfactual, have no change: "—"
                undefined = math.isnan(k.delta) or e is entries[1]
                row[f"Δ {label(k.kpi, lg)} ({change})"] = math.nan if undefined else round(f * k.delta, 3)
            rows.append(row)
    return pd.DataFrame(rows)


NO_CHANGE = "—"  # what a cell without a value shows (not "None")


def shown_table(table: pd.DataFrame) -> Styler:
    """The comparison as the page shows it: numbers with thousands separators and at most three
    decimals, an undefined change as ``NO_CHANGE``."""
    numbers: list[Hashable] = [c for c in table.columns if pd.api.types.is_float_dtype(table[c])]
    return table.style.format(table_number, subset=numbers, na_rep=NO_CHANGE)


def table_number(v: object) -> str:
    """``1,234.5``: thousands separated, at most three decimals, no trailing zeros, no "-0"."""
    text = f"{float(v):,.3f}".rstrip("0").rstrip(".")  # type: ignore[arg-type]
    return "0" if text in ("-0", "0") else text
