"""The shareable URL: what it holds, how its values are read and checked (pure, no Streamlit).

The address bar holds ``p`` (preset), every parameter that differs from the
preset under its own name (in display units, e.g. ``commission=2`` is 2 %),
``h`` (horizon, months), ``view`` and ``v`` (model version).  Parameter
widgets are bound to the URL by Streamlit (history entries are replaced, not
pushed); this module gives the conversions between display and model units,
and checks a query string once per session so that every value that is
ignored gets a clear message naming the field, the value and the allowed range.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlencode

import model
from model.errors import InputError, unknown_name
from model.params import Params
from model.reference import unit_text
from model.registry import PARAM_BY_NAME, Param
from model.schedule import Schedule, split_text

from .texts import error_text

PRESET_KEY = "p"
HORIZON_KEY = "h"
VIEW_KEY = "view"
VERSION_KEY = "v"
LANG_KEY = "lang"
BANDS_KEY = "bands"  # 0: uncertainty bands off
MEETING_KEY = "meet"  # 1: meeting mode (projector layout)
SCHEDULE_KEY = "sched"  # the current scenario's lever schedules
REF_KEY = "ref"  # which scenario deltas and ghost lines refer to: 0 = the preset, k = pin k
PIN_KEYS = ("s1", "s2", "s3", "s4")  # pinned scenarios, at most four
MAX_NAME_CHARS = 40
HORIZONS = (12, 24, 36, 48, 60, 72, 84, 96, 108, 120)
DEFAULT_HORIZON = 72
VIEWS = ("charts", "analysis", "table", "loops", "reference", "calibration")
DEFAULT_PRESET = "baseline"
META_KEYS = (PRESET_KEY, HORIZON_KEY, VIEW_KEY, VERSION_KEY, LANG_KEY, BANDS_KEY, MEETING_KEY, SCHEDULE_KEY, REF_KEY, *PIN_KEYS)
MAX_VALUE_CHARS = 64
LANGS = ("en", "zh")
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


@dataclass(frozen=True, slots=True)
class Issue:
    """One query-string entry that was not used as given."""

    field: str
    value: str
    reason_en: str
    reason_zh: str


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
        if key == PRESET_KEY:
            if text not in presets:
                issues.append(
                    Issue(key, text, f"unknown preset; using {DEFAULT_PRESET!r}", f"未知的预设情景，改用 {DEFAULT_PRESET!r}")
                )
        elif key == HORIZON_KEY:
            if text not in {str(h) for h in HORIZONS}:
                allowed = ", ".join(str(h) for h in HORIZONS)
                issues.append(
                    Issue(
                        key,
                        text,
                        f"horizon must be one of {allowed} months; using {DEFAULT_HORIZON}",
                        f"时间范围须为 {allowed} 个月之一，改用 {DEFAULT_HORIZON}",
                    )
                )
        elif key == VIEW_KEY:
            if text not in VIEWS:
                issues.append(
                    Issue(
                        key,
                        text,
                        f"view must be one of {', '.join(VIEWS)}; showing {VIEWS[0]}",
                        f"视图须为 {'、'.join(VIEWS)} 之一，显示 {VIEWS[0]}",
                    )
                )
        elif key == VERSION_KEY:
            if text != model.__version__:
                issues.append(
                    Issue(
                        key,
                        text,
                        f"this link was made with model version {text or '?'}; this is version {model.__version__}, "
                        "so the numbers may differ",
                        f"该链接由模型版本 {text or '?'} 生成，当前版本为 {model.__version__}，数值可能不同",
                    )
                )
        elif key == BANDS_KEY:
            if text not in ("0", "1"):
                issues.append(Issue(key, text, "bands must be 0 or 1; showing bands", "bands 须为 0 或 1，显示不确定区间"))
        elif key == MEETING_KEY:
            if text not in ("0", "1"):
                issues.append(Issue(key, text, "meet must be 0 or 1; normal layout", "meet 须为 0 或 1，使用普通布局"))
        elif key == LANG_KEY:
            if text not in LANGS:
                issues.append(Issue(key, text, "language must be en or zh; using English", "语言须为 en 或 zh，使用英文"))
        elif key in (SCHEDULE_KEY, REF_KEY, *PIN_KEYS):
            continue  # checked by their own decoders
        elif key in PARAM_BY_NAME:
            p = PARAM_BY_NAME[key]
            lo, hi, _ = display_range(p)
            unit = p.display_unit or p.unit
            try:
                shown = float(text)
            except ValueError:
                shown = math.nan
            if not math.isfinite(shown):
                issues.append(
                    Issue(
                        key,
                        text,
                        f"not a number; using the preset value (allowed {lo:g}-{hi:g} {unit})",
                        f"不是数字，改用预设值（允许范围 {lo:g}-{hi:g} {unit_text(unit, 'zh')}）",
                    )
                )
            elif not lo <= shown <= hi:
                issues.append(
                    Issue(
                        key,
                        text,
                        f"outside the allowed range {lo:g}-{hi:g} {unit}; using the preset value",
                        f"超出允许范围 {lo:g}-{hi:g} {unit_text(unit, 'zh')}，改用预设值",
                    )
                )
            else:
                snapped = snap_display(p, shown)  # the app keeps 3 decimals more than the slider's step
                if snapped != shown:
                    issues.append(
                        Issue(
                            key,
                            text,
                            f"more decimals than the app uses; rounded to {format_display(p, snapped)}",
                            f"小数位超过应用的精度，已取整为 {format_display(p, snapped)}",
                        )
                    )
                values[key] = from_display(p, snapped)
        else:
            err = unknown_name(key, list(PARAM_BY_NAME) + list(META_KEYS), "setting")
            issues.append(Issue(key, text, f"{err}; ignored", f"{error_text(err, 'zh')}，已忽略"))
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
            issues.append(Issue(field, part[:MAX_VALUE_CHARS], f"{exc}; ignored", f"{error_text(exc, 'zh')}，已忽略"))
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
        return None, [
            Issue(
                field,
                shown,
                "not a pinned scenario (expected name,preset,settings…) or unknown preset; ignored",
                "不是有效的固定情景（应为 名称,预设,设置…）或预设未知，已忽略",
            )
        ]
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
            bad = [Issue(key, raw, f"{err}; ignored", f"{error_text(err, 'zh')}，已忽略")]
        issues += [Issue(field, f"{i.field}={i.value}", i.reason_en, i.reason_zh) for i in bad]
        changes.update(values)
    params = Params(presets[preset].values).replace(**changes)
    return Pin(name=name, preset=preset, params=params, schedules=tuple(schedules)), issues


def decode_ref(text: str, n_pins: int) -> tuple[int, list[Issue]]:
    """The reference: 0 (the preset baseline) or the number of a pinned scenario."""
    if text in {str(k) for k in range(n_pins + 1)}:
        return int(text), []
    return 0, [
        Issue(
            REF_KEY,
            str(text)[:MAX_VALUE_CHARS],
            f"reference must be 0 (the preset) or a pinned scenario 1-{n_pins}; using the preset"
            if n_pins
            else "there are no pinned scenarios; using the preset",
            "参照须为 0（预设基准）或已固定情景的编号，改用预设基准",
        )
    ]


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
            issues.append(
                Issue(
                    field,
                    text,
                    "only one schedule per lever can be shown; the first is used",
                    "每个杠杆只能显示一项时间安排，已采用第一项",
                )
            )
            continue
        if s.at_month > PHASE_AT_MAX or s.ramp_months > PHASE_RAMP_MAX:
            issues.append(
                Issue(
                    field,
                    text,
                    f"the app schedules a lever from month 0-{PHASE_AT_MAX} over 0-{PHASE_RAMP_MAX} months; ignored",
                    f"应用中的时间安排须从第 0-{PHASE_AT_MAX} 个月开始、过渡 0-{PHASE_RAMP_MAX} 个月，已忽略",
                )
            )
            continue
        at, ramp = float(round(s.at_month)), float(round(s.ramp_months))
        if (at, ramp) != (s.at_month, s.ramp_months):
            s = Schedule(param=s.param, value=s.value, at_month=at, ramp_months=ramp)
            issues.append(
                Issue(
                    field,
                    text,
                    f"the app uses whole months; rounded to {schedule_text(s)}",
                    f"应用按整月计算，已取整为 {schedule_text(s)}",
                )
            )
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
        lang="zh" if get(LANG_KEY, "en") == "zh" else "en",
        bands=get(BANDS_KEY, "1") != "0",
        meeting=get(MEETING_KEY, "0") == "1",
        values=values,
        schedules=tuple(schedules),
        pins=tuple(pins),
        ref=ref,
        issues=tuple(issues),
    )
