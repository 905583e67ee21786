"""The KPI cards (``model.kpis``, values at the horizon with deltas against the reference) and the line above them."""

from __future__ import annotations

import math
from typing import Literal

import streamlit as st

from model.analysis import Flip
from model.kpis import EFFECTS, KPI_BY_KEY, KpiValue
from model.params import Params
from model.registry import PARAM_BY_NAME
from model.scenario import Scenario
from model.schedule import Schedule

from . import urlstate as us
from .texts import field_text, join_list, label, md_escape, shown_factor, shown_unit, t, unit_factor

MEETING_KPIS = ("gmv_annual", "buyers", "smb_gmv_share", "platform_profit")  # the four big cards of meeting mode
EFFECT_BY_KEY = {k.key: k for k in EFFECTS}
ANSWER_WIDTH = 250  # px: an answer card holds its odds ("+0.076…+0.250 · >0: 100 %") on one line
ANSWER_MARK = "Δ "  # an answer card's label starts with it: the number is an effect, not a level


def fmt_number(value: float, unit: str) -> str:
    """A card's value: 2 decimals below 10, 1 below 1,000, none above."""
    digits = 2 if abs(value) < 10 else 1 if abs(value) < 1000 else 0
    return f"{value:,.{digits}f}"


def kpi_label(key: str, lg: str) -> str:
    """A KPI's label with its unit, e.g. ``GMV (annual rate) (RMB tn/yr)``."""
    k = KPI_BY_KEY[key]
    return f"{label(k, lg)} ({t('u_' + k.unit, lg)})"


def cards_caption(*, horizon: int, last_date: str, reference: str, changes: list[str], lg: str) -> None:
    """Which month the cards read and against what, and which settings differ from the preset."""
    names = join_list((changed_label(k, lg) for k in changes), lg)
    changed = t("changed", lg) + t("sep", lg) + names if changes else t("no_changes", lg)
    st.caption(t("kpis_at", lg, h=horizon, date=last_date[:7], ref=md_escape(reference)) + " · " + changed)


def changed_label(name: str, lg: str) -> str:
    """How a changed setting reads in the caption: the parameter's label in the reader's language
    (``commission@``, a schedule of it: "… (time-phased)"), never its code name."""
    shown = md_escape(label(PARAM_BY_NAME[name.rstrip("@")], lg))
    return t("changed_schedule", lg, name=shown) if name.endswith("@") else shown


def changed_names(preset: Scenario, params: Params, schedules: tuple[Schedule, ...]) -> list[str]:
    """The parameters that differ from the preset, then ``lever@`` for each schedule it does not have."""
    return list(params.diff(preset.params)) + [s.param + "@" for s in schedules if s not in preset.schedules]


def effect_unit(k: KpiValue, lg: str) -> str:
    """The unit an effect is shown in: the KPI's, percentage points for a share."""
    return t("u_pp", lg) if k.unit == "percent" else t("u_" + k.unit, lg)


def effect_text(k: KpiValue, factor: float = 1.0) -> str:
    """An effect with its sign (the unit is in the label): ``+0.092``, ``−6.53``, ``+100``;
    ``factor``: to the unit the label names (``ui.texts.unit_factor``)."""
    delta = factor * k.delta
    size = abs(delta)
    if size == 0.0:
        return "0"
    digits = 3 if size < 1 else 2 if size < 10 else 1 if size < 100 else 0
    return f"{delta:+,.{digits}f}".replace("-", "−")


def odds_text(p10: float, p90: float, share: float, lg: str) -> str:
    """``+0.08…+0.25 · >0: 97 %``: the effect's p10–p90 and the share of draws above 0.  The
    text starts with an ASCII minus exactly when the middle of the range is negative (Streamlit
    draws the arrow from it); every other minus is typographic."""

    def num(x: float) -> str:
        size = abs(x)
        digits = 3 if size < 1 else 2 if size < 10 else 1 if size < 100 else 0
        return f"{x:+,.{digits}f}"

    body = f"{num(p10)}…{num(p90)}".replace("-", "−")
    if (p10 + p90) / 2 < 0:
        body = "-" + body[1:]  # p10 < 0 here, so body starts with its minus
    return t("odds", lg, range=body, share=f"{100 * share:.0f}")


def answer_cards(
    effects: list[KpiValue],
    counterfactual: str,
    horizon: int,
    lg: str,
    odds: dict[str, tuple[float, float, float]] | None = None,
) -> None:
    """A preset's answer on arrival: each headline effect (``model.kpis.EFFECTS``) against its
    counterfactual; below it, with ``odds``, its p10–p90 over paired draws and the share of draws
    in which it is positive, else the change in per cent of the counterfactual's level."""
    help_key = "answer_help_odds" if odds is not None else "answer_help"
    st.markdown(f"**{t('answer_h', lg, h=horizon, cf=md_escape(counterfactual))}**", help=t(help_key, lg, cf=counterfactual))
    row = st.container(horizontal=True, gap="small")
    for k in effects:
        base = k.value - k.delta
        below = None
        f = unit_factor("u_" + k.unit, lg)
        if odds is not None and k.key in odds and k.key != "subsidy_spent":
            p10, p90, share = odds[k.key]
            below = odds_text(f * p10, f * p90, share, lg)
        elif k.unit != "percent" and abs(base) > 1e-9:
            below = f"{100 * k.delta / abs(base):+.1f} %"  # an ASCII sign: Streamlit draws the arrow from it
        shown = f"{ANSWER_MARK}{label(k.kpi, lg)} ({effect_unit(k, lg)})"
        row.metric(shown, effect_text(k, f), delta=below, delta_color="normal", border=True, width=ANSWER_WIDTH)


FLIPS_SHOWN = 6  # the nearest flips listed under the answer (the rest counted)


def flip_line(f: Flip, here: Params, lg: str) -> str:
    """``Cumulative profit from month 0: turns positive if price comparison is above 11.2 (range
    4–16, now 10)``: one flip in words, values in display units (3 significant digits)."""
    p = PARAM_BY_NAME[f.param]
    plain = p.shown_unit in ("dimensionless", "-", "index", "index 0-1", "weight", "utility", "elasticity")
    unit = "" if plain or p.shown_unit.startswith("per unit") else shown_unit(p.shown_unit, lg)

    def shown(x: float) -> str:
        return f"{us.to_display(p, x) * shown_factor(p.shown_unit, lg):.3g}"

    return t(
        "flip_line",
        lg,
        effect=label(EFFECT_BY_KEY[f.effect], lg),
        turns=t("turns_positive" if f.central < 0 else "turns_negative", lg),
        param=label(p, lg),
        side=t("above" if f.above else "below", lg),
        value=f"{shown(f.value)} {unit}".strip(),
        low=shown(f.low),
        high=f"{shown(f.high)} {unit}".strip(),
        now=f"{shown(here[f.param])} {unit}".strip(),
    )


def flip_list(found: list[Flip], here: Params, lg: str) -> None:
    """The nearest flips of the answer, listed under the answer cards (or that nothing flips it)."""
    if not found:
        st.caption(t("no_flips", lg))
        return
    order = {k.key: i for i, k in enumerate(EFFECTS)}  # the headline effects first (GMV, profit), nearest first within
    found = sorted(found, key=lambda f: order[f.effect])  # stable: flips() sorted them by distance
    lines = [f"- {md_escape(flip_line(f, here, lg))}" for f in found[:FLIPS_SHOWN]]
    if len(found) > FLIPS_SHOWN:
        lines.append(f"- {t('more_items', lg, n=len(found) - FLIPS_SHOWN)}")
    st.markdown(f"**{t('flips_h', lg)}**\n\n" + "\n".join(lines), help=t("flips_help", lg))


def delta_text(delta: float, unit: str) -> tuple[str | None, bool]:
    """A card's change against the reference as shown (two decimals; none above 100), and whether
    it shows no change: a change that rounds to zero reads ``0.00`` in grey, without an arrow,
    not "↑ +0.00" in green or "↓ −0.00" in red."""
    if math.isnan(delta):
        return None, False
    text = f"{delta:+,.2f}" if abs(delta) < 100 else f"{delta:+,.0f}"
    if float(text.replace(",", "")) == 0.0:
        return f"0.00 {unit}", True
    return f"{text} {unit}", False


def kpi_cards(cards: list[KpiValue], lg: str, *, meeting: bool = False) -> None:
    """One card per KPI in a row; meeting mode: only ``MEETING_KPIS``, large."""
    if meeting:
        cards = [k for k in cards if k.key in MEETING_KPIS]
    row = st.container(horizontal=True, gap="medium" if meeting else "small")
    for k in cards:
        unit = t("u_" + k.unit, lg)
        f = unit_factor("u_" + k.unit, lg)
        delta, unchanged = delta_text(f * k.delta, t("u_pp", lg) if k.unit == "percent" else unit)
        color: Literal["normal", "off"] = "normal" if k.kpi.higher_is_better and not unchanged else "off"
        row.metric(
            f"{label(k.kpi, lg)} ({unit})",
            fmt_number(f * k.value, k.unit),
            delta=delta,
            delta_color=color,
            delta_arrow="off" if unchanged else "auto",
            help=field_text(k.kpi, "help", lg) or None,
            border=True,
            width="stretch" if meeting else 190,
        )
