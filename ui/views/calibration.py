"""The calibration view: the model against the facts in data/facts.csv, with tolerance and source."""

from __future__ import annotations

import functools

import pandas as pd
import streamlit as st

from model.reference import calibration_rows

from ..texts import lang_code, t


@functools.lru_cache(maxsize=4)
def calibration_frame(lang: str) -> pd.DataFrame:
    """Every calibration rule run once per language (``model.reference.calibration_rows``)."""
    return pd.DataFrame(calibration_rows(lang_code(lang)))


def calibration_view(lg: str) -> None:
    """One row per fact: preset, quantity, model, fact, unit, error, tolerance, result, source (a link where it is one)."""
    st.caption(t("calibration_help", lg))
    frame = calibration_frame(lg)
    shown = pd.DataFrame(
        {
            t("cal_preset", lg): frame["preset_title"],
            t("cal_metric", lg): frame["metric"] + " · " + frame["period"].astype(str),
            t("cal_model", lg): frame["model"].round(1),
            t("cal_fact", lg): frame["fact"].round(1),
            t("cal_unit", lg): frame["unit"],
            t("cal_error", lg): (100 * frame["rel_error"]).round(1),
            t("cal_tolerance", lg): (100 * frame["tolerance"]).round(0),
            t("cal_result", lg): frame["passed"].map({True: "✓ " + t("cal_pass", lg), False: "✗ " + t("cal_fail", lg)}),
            t("cal_source", lg): frame["url"].where(frame["url"] != "", frame["source"]),
        }
    )
    st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        column_config={t("cal_source", lg): st.column_config.LinkColumn(t("cal_source", lg))},
    )
