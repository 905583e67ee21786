"""The calibration view: the model against the facts in data/facts.csv, with tolerance and source."""

from __future__ import annotations

import functools

import pandas as pd
import streamlit as st

from model import estimation
from model.reference import calibration_rows
from model.registry import PARAM_BY_NAME

from ..texts import label, lang_code, shown_factor, shown_unit, t


@functools.lru_cache(maxsize=4)
def calibration_frame(lang: str) -> pd.DataFrame:
    """Every calibration rule run once per language (``model.reference.calibration_rows``), its
    model and fact values and unit as the page counts them (亿元, 万人 in Chinese: ``factor``)."""
    frame = pd.DataFrame(calibration_rows(lang_code(lang)))
    declared = [str(r["unit"]) for r in calibration_rows("en")]  # the same rules, the units as declared
    frame["factor"] = [shown_factor(u, lang) for u in declared]
    counted = zip(declared, frame["factor"], frame["unit"], strict=True)
    frame["unit"] = [shown_unit(u, lang) if k != 1.0 else s for u, k, s in counted]
    frame["model"] *= frame["factor"]
    frame["fact"] *= frame["factor"]
    return frame


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
    fit_view(lg)


@functools.lru_cache(maxsize=4)
def fit_frames(lang: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The committed fit (``data/calibration.toml``): estimates, residuals, and January 2025 as the
    history ends it beside the 2025 presets' own start (``model.estimation.end_vs_presets``)."""
    doc = estimation.read()
    estimates = pd.DataFrame(
        [
            {
                "name": label(PARAM_BY_NAME[e["names"][0]], lang) + (f" (×{len(e['names'])})" if len(e["names"]) > 1 else ""),
                "value": e["value"],
                "se": e["se"],
                "range": f"{e['bounds'][0]:g} – {e['bounds'][1]:g}",
                "shared": bool(e["shared"]),
                "why": e["why"] if lang_code(lang) == "en" else e["why_zh"],
            }
            for e in doc["estimate"]
        ]
    )
    residuals = pd.DataFrame(doc["residual"])
    # the fit's residuals are facts (by id): named and counted as the facts' table has them
    facts = {str(r["id"]): r for r in calibration_frame(lang).drop_duplicates("id").to_dict("records")}
    rows = [facts[str(i)] for i in residuals["id"]]
    residuals["quantity"] = [f"{r['metric']} · {r['period']}" for r in rows]
    residuals["unit"] = [r["unit"] for r in rows]
    for k in ("fact", "model"):
        residuals[k] *= [float(r["factor"]) for r in rows]
    end = pd.DataFrame(estimation.end_vs_presets())
    factor = [shown_factor(u, lang) for u in end["unit"]]
    end["history"] *= factor
    end["presets"] *= factor
    return estimates, residuals, end


def fit_view(lg: str) -> None:
    """The fit's estimates, residuals, and the January 2025 comparison, as tables."""
    estimates, residuals, end = fit_frames(lg)
    st.subheader(t("cal_fit_title", lg))
    st.caption(t("cal_fit_help", lg))
    st.dataframe(
        pd.DataFrame(
            {
                t("cal_estimate", lg): estimates["name"],
                t("cal_value", lg): estimates["value"].map(lambda v: f"{v:.4g}"),
                t("cal_se", lg): estimates["se"].map(lambda v: f"{v:.2g}" if v > 0 else t("cal_held", lg)),
                t("cal_range", lg): estimates["range"],
                t("cal_shared", lg): estimates["shared"].map({True: t("cal_shared_yes", lg), False: t("cal_shared_no", lg)}),
                t("cal_why", lg): estimates["why"],
            }
        ),
        hide_index=True,
        width="stretch",
    )
    st.subheader(t("cal_residual_title", lg))
    st.caption(t("cal_residual_help", lg))
    st.dataframe(
        pd.DataFrame(
            {
                t("cal_metric", lg): residuals["quantity"],
                t("cal_fact", lg): residuals["fact"].round(2),
                t("cal_model", lg): residuals["model"].round(2),
                t("cal_unit", lg): residuals["unit"],
                t("cal_error", lg): (100 * (residuals["model"] / residuals["fact"] - 1)).round(1),
                t("cal_sigma", lg): residuals["sigma"],
                t("cal_weighted", lg): residuals["weighted"].round(2),
            }
        ),
        hide_index=True,
        width="stretch",
    )
    st.subheader(t("cal_end_title", lg))
    st.caption(t("cal_end_help", lg))
    st.dataframe(
        pd.DataFrame(
            {
                t("cal_metric", lg): end["label_" + lang_code(lg)],
                t("cal_history_end", lg): end["history"].round(2),
                t("cal_baseline_start", lg): end["presets"].round(2),
                t("cal_unit", lg): [shown_unit(u, lg) for u in end["unit"]],
            }
        ),
        hide_index=True,
        width="stretch",
    )
