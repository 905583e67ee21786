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
from urllib.parse import urlencode

import model
from model.params import Params, unknown_name_message
from model.registry import PARAM_BY_NAME, Param

PRESET_KEY = "p"
HORIZON_KEY = "h"
VIEW_KEY = "view"
VERSION_KEY = "v"
LANG_KEY = "lang"
HORIZONS = (12, 24, 36, 48, 60, 72, 84, 96, 108, 120)
DEFAULT_HORIZON = 72
VIEWS = ("charts", "table")
DEFAULT_PRESET = "baseline"
META_KEYS = (PRESET_KEY, HORIZON_KEY, VIEW_KEY, VERSION_KEY, LANG_KEY)
MAX_VALUE_CHARS = 64


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
    for key, raw_value in query.items():
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
                    Issue(key, text, "view must be charts or table; showing charts", "视图须为 charts 或 table，显示图表")
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
        elif key == LANG_KEY:
            continue
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
                        f"不是数字，改用预设值（允许范围 {lo:g}-{hi:g} {unit}）",
                    )
                )
            elif not lo <= shown <= hi:
                issues.append(
                    Issue(
                        key,
                        text,
                        f"outside the allowed range {lo:g}-{hi:g} {unit}; using the preset value",
                        f"超出允许范围 {lo:g}-{hi:g} {unit}，改用预设值",
                    )
                )
            else:
                values[key] = from_display(p, shown)
        else:
            hint = unknown_name_message(key, list(PARAM_BY_NAME) + list(META_KEYS), "setting")
            issues.append(Issue(key, text, f"{hint}; ignored", f"未知的设置项，已忽略（{hint}）"))
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
