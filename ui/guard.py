"""Every value a client sends for a widget, checked on the server before the page uses it.

Streamlit gives the script what a websocket message says a widget holds. Its checks differ by
widget kind:

- selectbox and radio: any string they are sent (``SelectboxSerde.deserialize`` returns an unknown
  string as it is);
- multiselect: any list of strings;
- segmented control: ``None`` for an empty list, even with ``required=True``;
- slider: a value outside its range, or not finite, falls back to the slider's ``value`` (the page
  passes the current one, so nothing moves);
- toggle and expander: a bool;
- text input: cut to ``max_chars``.

``CHOICES`` declares, once per choice widget, the options it offers (the widget is drawn with
them) and the link key or label that names it in a message. ``NUMBERS`` lists the slider keys and
their ranges, as a second check behind the slider's own. ``check`` runs at the top of every
run and first in every callback that reads session state (``guarded``), before anything reads a
widget's value. ``kept`` checks a choice widget's return value where it is drawn: a widget drawn
for the first time in a run reads the client's value only then.

A refused value gives way to the last value that passed (else the widget's default). Nothing is
lost and nothing raises. The page says so once (``ui.messages``), worded as a link's bad value is
(``ui.texts.ISSUES``), under the widget's label.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import wraps
from typing import Any, ParamSpec, TypeVar

import streamlit as st

from model.errors import shortened
from model.kpis import EFFECTS
from model.registry import Param

from . import urlstate as us
from .model_cache import presets
from .parameters import LEVERS, MANAGED, SCHEDULABLE
from .texts import label, lang_code, t

# The analysis view's choices (declared here, drawn there).
KPI_KEYS = (
    "gmv_annual",
    "gmv_share",
    "buyers",
    "merchants_smb_new",
    "merchants_smb_established",
    "head_traffic_share",
    "smb_gmv_share",
    "two_way_flow_share",
    "platform_revenue",
    "platform_profit",
)
EFFECT_KEYS = tuple(e.key for e in EFFECTS if e.key != "subsidy_spent")
MAP_LEVERS = tuple(p.name for p in LEVERS)
MAP_DEFAULTS = {"map_x": "commission", "map_y": "fairness"}
COMPARE_MONTHS = (12, 36, 72)  # the comparison table's months until the user picks others
LANGUAGE_LABEL = "Language / 语言"  # the language switch's label: the same in both languages
REFUSED = "refused"  # session state: the refused values since the page last showed them (``us.Issue``)
GOOD = "guard_good"  # session state: each checked key's last value that passed
LINK_DROPPED = "link_dropped"  # session state: (fields, characters) of a link Streamlit did not read
DROPPED = "dropped_states"  # session state: (widget key, wording code) of states ``ui.server`` dropped undecoded


@dataclass(frozen=True, slots=True)
class Choice:
    """A choice widget: its session-state key, its options and how a refusal is worded.

    Attributes:
        key: the widget's key.
        label: the text key of its label (``ui.texts``), which names it in a message (the language
            switch's label itself: it reads the same in both languages).
        options: its options now (a function: the presets, the pins change).
        default: its value when no earlier one passed.
        code: the wording of a refusal (a key of ``ui.texts.ISSUES``); ``fields`` fills it in.
        many: a multiselect (a list of distinct options).
    """

    key: str
    label: str
    options: Callable[[], Sequence[Any]]
    default: Callable[[], Any]
    code: str
    fields: Callable[[Any], dict[str, object]]
    many: bool = False

    def holds(self, value: object) -> bool:
        """Whether ``value`` is one the widget offers (its options compared with their type: a
        horizon is the int 72, never the string "72")."""
        options = self.options()

        def one(v: object) -> bool:
            return any(type(v) is type(o) and v == o for o in options)

        if self.many:
            return isinstance(value, list) and len(value) == len(set(map(repr, value))) <= len(options) and all(map(one, value))
        return one(value)


def _ref_options() -> range:
    return range(len(st.session_state.get("pins", [])) + 1)


def _allowed(options: Sequence[object]) -> str:
    return ", ".join(map(str, options))


CHOICES = (
    Choice(
        "horizon",
        "horizon",
        lambda: us.HORIZONS,
        lambda: us.DEFAULT_HORIZON,
        "bad_horizon",
        lambda fb: {"allowed": _allowed(us.HORIZONS), "default": fb},
    ),
    Choice("view", "view", lambda: us.VIEWS, lambda: us.VIEWS[0], "bad_view", lambda fb: {"views": us.VIEWS, "default": fb}),
    Choice("preset", "preset", lambda: tuple(presets()), lambda: us.DEFAULT_PRESET, "unknown_preset", lambda fb: {"default": fb}),
    Choice("lang_choice", LANGUAGE_LABEL, lambda: us.LANGS, lambda: us.DEFAULT_LANG, "bad_lang", lambda fb: {}),
    Choice(
        "ref_choice",
        "reference_pick",
        _ref_options,
        lambda: 0,
        "bad_choice",
        lambda fb: {"allowed": _allowed(_ref_options()), "default": fb},
    ),
    Choice(
        "an_kpi",
        "an_kpi",
        lambda: KPI_KEYS,
        lambda: KPI_KEYS[0],
        "bad_choice",
        lambda fb: {"allowed": _allowed(KPI_KEYS), "default": fb},
    ),
    Choice(
        "an_effect",
        "an_effect",
        lambda: EFFECT_KEYS,
        lambda: EFFECT_KEYS[0],
        "bad_choice",
        lambda fb: {"allowed": _allowed(EFFECT_KEYS), "default": fb},
    ),
    *(
        Choice(
            key,
            key,
            lambda: MAP_LEVERS,
            functools.partial(str, default),
            "bad_choice",
            lambda fb: {"allowed": _allowed(MAP_LEVERS), "default": fb},
        )
        for key, default in MAP_DEFAULTS.items()
    ),
    Choice(
        "cmp_h",
        "compare_months",
        lambda: us.HORIZONS,
        lambda: list(COMPARE_MONTHS),
        "bad_choices",
        lambda fb: {"allowed": _allowed(us.HORIZONS), "default": _allowed(fb)},
        many=True,
    ),
)
CHOICE_BY_KEY = {c.key: c for c in CHOICES}


@dataclass(frozen=True, slots=True)
class Number:
    """A slider's value in session state: the parameter it sets, its range (display units, or
    whole months) and, for a time-phasing row's slider, the text key of its label."""

    param: Param
    lo: float
    hi: float
    whole: bool = False
    part: str = ""

    def holds(self, value: object) -> bool:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            return False
        return self.lo <= value <= self.hi and (not self.whole or value == int(value))


def _numbers() -> dict[str, Number]:
    """Every slider's key.  The Chinese counted sliders (``key@zh``) hold the display value times
    the unit's factor (``ui.controls.display_slider``): checked through the key they write."""
    out: dict[str, Number] = {}
    for p in MANAGED:
        out[p.name] = Number(p, *us.display_range(p)[:2])
    for p in SCHEDULABLE:
        out[f"ph_{p.name}_value"] = Number(p, *us.display_range(p)[:2], part="phase_to")
        out[f"ph_{p.name}_at"] = Number(p, 0, us.PHASE_AT_MAX, whole=True, part="phase_at")
        out[f"ph_{p.name}_ramp"] = Number(p, 0, us.PHASE_RAMP_MAX, whole=True, part="phase_ramp")
    return out


NUMBERS = _numbers()


def shown_value(value: object) -> str:
    """A refused value as a message repeats it: its text, cut to ``us.MAX_VALUE_CHARS``."""
    return shortened(value if isinstance(value, str) else repr(value), us.MAX_VALUE_CHARS)


def refuse(field: str, value: object, code: str, fields: dict[str, object]) -> None:
    """Remember a refused value for the page's next message (``ui.messages``)."""
    note(us.Issue(shortened(field, us.MAX_VALUE_CHARS), shown_value(value), code, fields))


def note(issue: us.Issue) -> None:
    """Remember a refusal (worded as ``issue``) for the page's next message."""
    got: list[us.Issue] = st.session_state.setdefault(REFUSED, [])
    if len(got) < 64:  # a message lists a few and counts the rest: a flood of refusals stays small
        got.append(issue)


def _fallback(c: Choice, good: dict[str, Any]) -> Any:
    earlier = good.get(c.key)
    return earlier if earlier is not None and c.holds(earlier) else c.default()


def _lang() -> str:
    return lang_code(us.lang_of(st.query_params.get(us.LANG_KEY)))


def _label(c: Choice) -> str:
    return c.label if c.label == LANGUAGE_LABEL else t(c.label, _lang())


def _number_label(n: Number) -> str:
    lg = _lang()
    name = label(n.param, lg)
    return f"{name}{t('sep', lg)}{t(n.part, lg)}" if n.part else name


def widget_label(key: str) -> str:
    """What the page calls the widget keyed ``key`` (its label; the key itself if it has none)."""
    if key in CHOICE_BY_KEY:
        return _label(CHOICE_BY_KEY[key])
    if key in NUMBERS:
        return _number_label(NUMBERS[key])
    if key in ("live", "live_panel"):
        return t("live_panel", _lang())
    return key


def check() -> None:
    """Check every widget value session state holds; put the last good value (or the default)
    back in place of any that fails, and remember the refusal.  Cheap (tens of µs): it runs on
    every run and in callbacks."""
    state = st.session_state
    for key, code in state.pop(DROPPED, []):  # what ``ui.server`` dropped before Streamlit decoded it
        refuse(widget_label(key), "…", code, {})
    good: dict[str, Any] = state.setdefault(GOOD, {})
    for c in CHOICES:
        if c.key not in state:
            continue
        value = state[c.key]
        if c.holds(value):
            good[c.key] = list(value) if c.many else value
            continue
        fb = _fallback(c, good)
        state[c.key] = list(fb) if c.many else fb
        refuse(_label(c), value, c.code, c.fields(fb))
    preset = presets()[state.get("preset", us.DEFAULT_PRESET)]  # checked above
    for key, n in NUMBERS.items():
        if key not in state:
            continue
        value = state[key]
        if n.holds(value):
            good[key] = value
            continue
        earlier = good.get(key)
        fb = earlier if n.holds(earlier) else n.lo if n.whole else us.to_display(n.param, preset.params[n.param.name])
        state[key] = fb
        unit = "months" if n.whole else n.param.display_unit or n.param.unit
        refuse(_number_label(n), value, "number_refused", {"lo": n.lo, "hi": n.hi, "unit": unit, "kept": f"{fb:g}"})


def kept(key: str, value: Any) -> Any:
    """A choice widget's return value where it is drawn: ``value`` if the widget offers it, else the
    fallback ``check`` would put back (this run uses it; the next run's ``check`` puts it in place)."""
    c = CHOICE_BY_KEY[key]
    if c.holds(value):
        return value
    fb = _fallback(c, st.session_state.setdefault(GOOD, {}))
    refuse(_label(c), value, c.code, c.fields(fb))
    return fb


P = ParamSpec("P")
R = TypeVar("R")


def guarded(callback: Callable[P, R]) -> Callable[P, R]:
    """A widget callback that runs ``check`` first: Streamlit calls callbacks before the script, with
    the values the client sent."""

    @wraps(callback)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        check()
        return callback(*args, **kwargs)

    return run
