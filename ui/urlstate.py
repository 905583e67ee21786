"""The shareable URL: what it holds, how its values are read and checked (pure, no Streamlit).

The address bar holds ``p`` (preset), every parameter that differs from the
preset under its own name (in display units, e.g. ``commission=2`` is 2 %),
``h`` (horizon, months), ``view`` and ``v`` (model version).  Parameter
widgets are bound to the URL by Streamlit (history entries are replaced, not
pushed); this module gives the conversions between display and model units,
and checks a query string once per session so that every value that is
ignored gets an ``Issue`` naming the field and the value, with a code and the fields
of its message (like ``model.errors.InputError``): the UI words it (``ui.texts.issue_text``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from urllib.parse import quote, unquote, urlencode

import model
from model.errors import InputError, shortened, unknown_name
from model.params import Params
from model.registry import PARAM_BY_NAME, Param
from model.schedule import Schedule, split_text

from .parameters import MANAGED

MANAGED_NAMES = frozenset(p.name for p in MANAGED)

PRESET_KEY = "p"
HORIZON_KEY = "h"
VIEW_KEY = "view"
VERSION_KEY = "v"
LANG_KEY = "lang"
BANDS_KEY = "bands"  # 0: uncertainty bands off
MEETING_KEY = "meet"  # 1: meeting mode (projector layout)
CHARTS_KEY = "charts"  # the live panel's two chart slots: two chart keys, comma-separated
SCHEDULE_KEY = "sched"  # the current scenario's lever schedules
REF_KEY = "ref"  # which scenario deltas and ghost lines refer to: 0 = the preset, k = pin k
PIN_KEYS = ("s1", "s2", "s3", "s4")  # pinned scenarios, at most four
MAX_NAME_CHARS = 40
HORIZONS = (12, 24, 36, 48, 60, 72, 84, 96, 108, 120)
DEFAULT_HORIZON = 72
VIEWS = ("charts", "analysis", "table", "loops", "reference", "calibration")
DEFAULT_PRESET = "baseline"
META_KEYS = (
    PRESET_KEY,
    HORIZON_KEY,
    VIEW_KEY,
    VERSION_KEY,
    LANG_KEY,
    BANDS_KEY,
    MEETING_KEY,
    CHARTS_KEY,
    SCHEDULE_KEY,
    REF_KEY,
    *PIN_KEYS,
)
MAX_VALUE_CHARS = 64
LANGS = ("en", "zh")
DEFAULT_LANG = "en"
PHASE_AT_MAX = 120  # the time-phasing panel's start-month slider: 0..120 whole months
PHASE_RAMP_MAX = 60  # and its ramp slider: 0..60 whole months
MAX_PIN_CHARS = 2000


def to_display(p: Param, value: float) -> float:
    """Model units → the units a person sees (percent for fractions shown in %)."""
    return snap_display(p, value * p.display_scale)


def snap_display(p: Param, shown: float) -> float:
    """Round a display value to the precision of its step (removes float noise)."""
    decimals = max(0, -math.floor(math.log10(p.step * p.display_scale))) + 3
    return round(shown, decimals)


def from_display(p: Param, shown: float) -> float:
    """Display units → model units, rounded so that 0.7 % is exactly 0.007."""
    return round(shown / p.display_scale, 12)


def display_range(p: Param) -> tuple[float, float, float]:
    """(min, max, step) in display units."""
    return to_display(p, p.min), to_display(p, p.max), snap_display(p, p.step * p.display_scale)


def format_display(p: Param, shown: float) -> str:
    """A display value as the URL writes it (shortest exact text)."""
    text = repr(float(shown))
    return text[:-2] if text.endswith(".0") else text


def lang_of(text: object) -> str:
    """The page language a link's ``lang`` value asks for (anything but a known code: English)."""
    return text if isinstance(text, str) and text in LANGS else DEFAULT_LANG


@dataclass(frozen=True, slots=True)
class Issue:
    """One query-string entry that was not used as given.

    Attributes:
        field: the link's key (or the pin key holding the entry), at most ``MAX_VALUE_CHARS``.
        value: the link's text for it, shortened.
        code: what is wrong, a key of ``ui.texts.ISSUES`` (worded there in English and Chinese).
        fields: the values the wording names (a wrapped ``InputError`` under ``error``).
    """

    field: str
    value: str
    code: str
    fields: Mapping[str, object] = dataclass_field(default_factory=dict)


def check_query(query: Mapping[str, str | list[str]], presets: list[str]) -> tuple[dict[str, float], list[Issue]]:
    """Check a query string once.

    Returns the parameter values it validly sets (model units) and the issues:
    unknown names, non-numbers, out-of-range values, an unknown preset or
    horizon, a model version other than this one.  Nothing raises.
    """
    issues: list[Issue] = []
    values: dict[str, float] = {}
    for raw_key, raw_value in query.items():
        key = str(raw_key)[:MAX_VALUE_CHARS]
        raw = raw_value[-1] if isinstance(raw_value, list) and raw_value else raw_value
        text = str(raw)[:MAX_VALUE_CHARS] if raw is not None else ""
        if isinstance(raw_value, list) and len(raw_value) > 1:  # ``commission=2&commission=3``: the last counts
            given = "&".join(str(v) for v in raw_value)
            issues.append(Issue(key, shortened(given, MAX_VALUE_CHARS), "repeated_key", {"n": len(raw_value), "used": text}))
        if key == PRESET_KEY:
            if text not in presets:
                issues.append(Issue(key, text, "unknown_preset", {"default": DEFAULT_PRESET}))
        elif key == HORIZON_KEY:
            if text not in {str(h) for h in HORIZONS}:
                allowed = ", ".join(str(h) for h in HORIZONS)  # numbers: the same list in every language
                issues.append(Issue(key, text, "bad_horizon", {"allowed": allowed, "default": DEFAULT_HORIZON}))
        elif key == VIEW_KEY:
            if text not in VIEWS:
                issues.append(Issue(key, text, "bad_view", {"views": VIEWS, "default": VIEWS[0]}))
        elif key == VERSION_KEY:
            if text != model.__version__:
                issues.append(Issue(key, text, "other_version", {"link": text or "?", "version": model.__version__}))
        elif key == BANDS_KEY:
            if text not in ("0", "1"):
                issues.append(Issue(key, text, "bad_bands"))
        elif key == MEETING_KEY:
            if text not in ("0", "1"):
                issues.append(Issue(key, text, "bad_meeting"))
        elif key == LANG_KEY:
            if text not in LANGS:
                issues.append(Issue(key, text, "bad_lang"))
        elif key == CHARTS_KEY:
            if decode_slots(text) is None:
                issues.append(Issue(key, text, "bad_charts", {"charts": ", ".join(chart_keys())}))
        elif key in (SCHEDULE_KEY, REF_KEY, *PIN_KEYS):
            continue  # checked by their own decoders
        elif key in PARAM_BY_NAME and key not in MANAGED_NAMES:  # a calibrated assumption the page does not show
            err = InputError("not_in_app", f"these settings cannot be changed in the app: {key}", names=key)
            issues.append(Issue(key, text, "ignored", {"error": err}))
        elif key in PARAM_BY_NAME:
            p = PARAM_BY_NAME[key]
            lo, hi, _ = display_range(p)
            unit = p.display_unit or p.unit
            try:
                shown = float(text)
            except ValueError:
                shown = math.nan
            if not math.isfinite(shown):
                issues.append(Issue(key, text, "value_not_a_number", {"lo": lo, "hi": hi, "unit": unit}))
            elif not lo <= shown <= hi:
                issues.append(Issue(key, text, "value_out_of_range", {"lo": lo, "hi": hi, "unit": unit}))
            else:
                snapped = snap_display(p, shown)  # the app keeps 3 decimals more than the slider's step
                if snapped != shown:
                    issues.append(Issue(key, text, "value_rounded", {"shown": format_display(p, snapped)}))
                values[key] = from_display(p, snapped)
        else:
            err = unknown_name(key, list(PARAM_BY_NAME) + list(META_KEYS), "setting")
            issues.append(Issue(key, text, "ignored", {"error": err}))
    return values, issues


def share_query(preset: str, params: Params, preset_params: Params, horizon: int, view: str) -> dict[str, str]:
    """The query string for a state: preset, the parameters that differ from it, horizon, view, version."""
    q: dict[str, str] = {PRESET_KEY: preset}
    for name, value in params.diff(preset_params).items():
        p = PARAM_BY_NAME[name]
        q[name] = format_display(p, to_display(p, value))
    if horizon != DEFAULT_HORIZON:
        q[HORIZON_KEY] = str(horizon)
    if view != VIEWS[0]:
        q[VIEW_KEY] = view
    q[VERSION_KEY] = model.__version__
    return q


def share_url(base: str, query: Mapping[str, str]) -> str:
    """``base`` (the app's address, any query dropped) with ``query``."""
    return base.split("?", 1)[0].split("#", 1)[0] + "?" + urlencode(query)


# ------------------------------------------------------------------ schedules and pinned scenarios
@dataclass(frozen=True, slots=True)
class Pin:
    """A pinned scenario: a user-given name, its preset, its parameters and schedules."""

    name: str
    preset: str
    params: Params
    schedules: tuple[Schedule, ...] = ()


def clean_name(text: str) -> str:
    """A scenario name as stored: printable, single-line, at most ``MAX_NAME_CHARS``."""
    name = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return name[:MAX_NAME_CHARS].strip()


def schedule_text(s: Schedule) -> str:
    """A schedule in display units, as the URL writes it (``commission=2@12+6`` is 2 %)."""
    p = PARAM_BY_NAME[s.param]
    ramp = f"+{s.ramp_months:g}" if s.ramp_months else ""
    return f"{s.param}={format_display(p, to_display(p, s.value))}@{s.at_month:g}{ramp}"


def encode_schedules(schedules: tuple[Schedule, ...] | list[Schedule]) -> str:
    return ",".join(schedule_text(s) for s in schedules)


def decode_schedules(text: str, field: str = SCHEDULE_KEY) -> tuple[tuple[Schedule, ...], list[Issue]]:
    """Schedules from ``a,b,...``; each bad one is dropped with an issue naming it."""
    out: list[Schedule] = []
    issues: list[Issue] = []
    if str(text).strip() == "none":  # explicitly no schedules (the preset's own are removed)
        return (), issues
    for part in [x for x in str(text)[:MAX_PIN_CHARS].split(",") if x.strip()]:
        try:
            out.append(parse_schedule(part))
        except ValueError as exc:
            issues.append(Issue(field, part[:MAX_VALUE_CHARS], "ignored", {"error": exc}))
    return tuple(out), issues


def parse_schedule(text: str) -> Schedule:
    """``schedule_text`` back to a schedule (value in display units); ``ValueError`` names what is wrong."""
    name, value, month, ramp = split_text(text.replace(" ", ""))
    p = PARAM_BY_NAME.get(name)
    if p is None or not p.schedulable:
        levers = ", ".join(q.name for q in PARAM_BY_NAME.values() if q.schedulable)
        raise InputError("not_schedulable", f"{name!r} is not a lever that can change over time", name=name, levers=levers)
    lo, hi, _ = display_range(p)
    if not (math.isfinite(value) and lo <= value <= hi):
        unit = p.display_unit or p.unit
        raise InputError(
            "out_of_range",
            f"{name} value {value:g} is outside the allowed range {lo:g}-{hi:g} {unit}",
            name=name,
            value=format_display(p, value) if math.isfinite(value) else value,
            lo=lo,
            hi=hi,
            unit=unit,
        )
    return Schedule(param=name, value=from_display(p, value), at_month=month, ramp_months=ramp)


def encode_pin(pin: Pin, preset_params: Params) -> str:
    """``name,preset,param=value,...,@schedule,...`` (name percent-escaped; values in display units)."""
    parts = [quote(pin.name, safe=""), pin.preset]
    for name, value in pin.params.diff(preset_params).items():
        p = PARAM_BY_NAME[name]
        parts.append(f"{name}={format_display(p, to_display(p, value))}")
    parts += ["@" + schedule_text(s) for s in pin.schedules]
    return ",".join(parts)


def decode_pin(text: str, field: str, presets: Mapping[str, Params]) -> tuple[Pin | None, list[Issue]]:
    """A pin from its URL text: a bad name or preset drops the pin, a bad setting drops the setting."""
    parts = str(text)[:MAX_PIN_CHARS].split(",")
    if len(parts) < 2 or parts[1] not in presets:
        shown = str(text)[:MAX_VALUE_CHARS]
        return None, [Issue(field, shown, "bad_pin")]
    name = clean_name(unquote(parts[0])) or field
    preset = parts[1]
    changes: dict[str, float] = {}
    schedules: list[Schedule] = []
    issues: list[Issue] = []
    for item in parts[2:]:
        if item.startswith("@"):
            sch, bad = decode_schedules(item[1:], field)
            schedules += sch
            issues += bad
            continue
        key, _, raw = item.partition("=")
        if key in PARAM_BY_NAME:
            values, bad = check_query({key: raw}, list(presets))
        else:
            values = {}
            err = unknown_name(key, list(PARAM_BY_NAME), "setting")
            bad = [Issue(shortened(key, MAX_VALUE_CHARS), shortened(raw, MAX_VALUE_CHARS), "ignored", {"error": err})]
        issues += [Issue(field, f"{i.field}={i.value}", i.code, i.fields) for i in bad]
        changes.update(values)
    params = Params(presets[preset].values).replace(**changes)
    return Pin(name=name, preset=preset, params=params, schedules=tuple(schedules)), issues


def chart_keys() -> tuple[str, ...]:
    """The charts a slot of the live panel can show (``ui.charts.CHARTS``)."""
    from .charts import CHARTS

    return tuple(c.key for c in CHARTS)


def decode_slots(text: str) -> tuple[str, str] | None:
    """``ch_gmv_type,ch_profit`` → the two slots' chart keys; None unless exactly two known keys."""
    parts = text.split(",")
    if len(parts) == 2 and all(p in chart_keys() for p in parts):
        return (parts[0], parts[1])
    return None


def decode_ref(text: str, n_pins: int) -> tuple[int, list[Issue]]:
    """The reference: 0 (the preset baseline) or the number of a pinned scenario."""
    if text in {str(k) for k in range(n_pins + 1)}:
        return int(text), []
    shown = str(text)[:MAX_VALUE_CHARS]
    return 0, [Issue(REF_KEY, shown, "bad_ref", {"n": n_pins}) if n_pins else Issue(REF_KEY, shown, "ref_without_pins")]


def fit_schedules(schedules: tuple[Schedule, ...], field: str = SCHEDULE_KEY) -> tuple[tuple[Schedule, ...], list[Issue]]:
    """The schedules the time-phasing panel can hold: one per lever (the first), whole months,
    start 0-``PHASE_AT_MAX``, ramp 0-``PHASE_RAMP_MAX``.  Fractional months are rounded, the rest
    dropped, each with an issue naming it."""
    out: list[Schedule] = []
    issues: list[Issue] = []
    seen: set[str] = set()
    for s in schedules:
        text = schedule_text(s)[:MAX_VALUE_CHARS]
        if s.param in seen:
            issues.append(Issue(field, text, "one_schedule_per_lever"))
            continue
        if s.at_month > PHASE_AT_MAX or s.ramp_months > PHASE_RAMP_MAX:
            issues.append(Issue(field, text, "schedule_outside_panel", {"at_max": PHASE_AT_MAX, "ramp_max": PHASE_RAMP_MAX}))
            continue
        at, ramp = float(round(s.at_month)), float(round(s.ramp_months))
        if (at, ramp) != (s.at_month, s.ramp_months):
            s = Schedule(param=s.param, value=s.value, at_month=at, ramp_months=ramp)
            issues.append(Issue(field, text, "whole_months", {"rounded": schedule_text(s)}))
        seen.add(s.param)
        out.append(s)
    return tuple(out), issues


@dataclass(frozen=True, slots=True)
class Link:
    """Everything a shared link sets, checked: what the app shows, and what it could not use."""

    preset: str
    horizon: int
    view: str
    lang: str
    bands: bool
    meeting: bool
    values: dict[str, float]  # parameters the link validly sets (model units)
    schedules: tuple[Schedule, ...]  # the current scenario's, as the time-phasing panel holds them
    pins: tuple[Pin, ...]
    ref: int  # 0: the preset; k: pinned scenario k
    slots: tuple[str, str] | None  # the live panel's charts (None: its default)
    issues: tuple[Issue, ...]


def read_link(query: Mapping[str, str | list[str]], presets: Mapping[str, model.Scenario]) -> Link:
    """Read a whole query string once: every value checked, every problem an ``Issue``.  Never raises."""

    def get(key: str, default: str) -> str:
        raw = query.get(key, default)
        raw = raw[-1] if isinstance(raw, list) and raw else raw
        return str(raw) if isinstance(raw, str) else default

    values, issues = check_query(query, list(presets))
    preset = get(PRESET_KEY, DEFAULT_PRESET)
    preset = preset if preset in presets else DEFAULT_PRESET
    horizon = get(HORIZON_KEY, "")
    view = get(VIEW_KEY, "")
    schedules = presets[preset].schedules
    if SCHEDULE_KEY in query:
        schedules, bad = decode_schedules(get(SCHEDULE_KEY, ""))
        issues += bad
    schedules, bad = fit_schedules(tuple(schedules))
    issues += bad
    pins: list[Pin] = []
    params = {n: sc.params for n, sc in presets.items()}
    for key in PIN_KEYS:
        if key in query:
            pin, bad = decode_pin(get(key, ""), key, params)
            issues += bad
            if pin is not None:
                pins.append(pin)
    ref, bad = decode_ref(get(REF_KEY, "0"), len(pins))
    issues += bad
    return Link(
        preset=preset,
        horizon=int(horizon) if horizon in {str(h) for h in HORIZONS} else DEFAULT_HORIZON,
        view=view if view in VIEWS else VIEWS[0],
        lang=lang_of(get(LANG_KEY, DEFAULT_LANG)),
        bands=get(BANDS_KEY, "1") != "0",
        meeting=get(MEETING_KEY, "0") == "1",
        values=values,
        schedules=tuple(schedules),
        pins=tuple(pins),
        ref=ref,
        slots=decode_slots(get(CHARTS_KEY, "")),
        issues=tuple(issues),
    )
