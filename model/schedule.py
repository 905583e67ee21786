"""Time schedules for the policy levers: a step or a linear ramp.

A schedule moves one schedulable parameter (any declared ``schedulable`` in the
registry: ``python -m model params`` lists them) from the value it has when the
schedule starts to ``value``, linearly over ``ramp_months`` from month ``at_month``
(a step when ``ramp_months`` is 0).  The kernel evaluates every lever the same way
(``_kernel.lever_at``, generated with it); no lever is named in the kernel.  Several schedules for one lever apply in order of
``at_month``; each starts from wherever the previous ones left the lever.

Text form (command line, URLs): ``NAME=VALUE@MONTH`` for a step and
``NAME=VALUE@MONTH+RAMP`` for a ramp, e.g. ``commission=0.02@12+6``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from .errors import InputError
from .params import FloatArray, check_value, lookup

MAX_MONTH = 240.0
_TEXT = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*([^@]+?)\s*@\s*([^+]+?)\s*(?:\+\s*(.+?))?\s*$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Schedule:
    """Move lever ``param`` to ``value`` from month ``at_month`` over ``ramp_months``."""

    param: str
    value: float
    at_month: float
    ramp_months: float = 0.0

    def __post_init__(self) -> None:
        p = lookup(self.param)
        if not p.schedulable:
            levers = ", ".join(schedulable())
            raise InputError(
                "not_schedulable",
                f"parameter {self.param!r} cannot be scheduled; schedulable levers: {levers}",
                name=self.param,
                levers=levers,
            )
        object.__setattr__(self, "value", check_value(self.param, self.value))
        for field, v in (("at_month", self.at_month), ("ramp_months", self.ramp_months)):
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or not 0 <= v <= MAX_MONTH:
                raise InputError(
                    "month_out_of_range",
                    f"schedule for {self.param!r}: {field} = {v!r} is outside the allowed range [0, {MAX_MONTH:g}] months",
                    name=self.param,
                    field=field,
                    value=v,
                    max=MAX_MONTH,
                )
            object.__setattr__(self, field, float(v))

    @classmethod
    def parse(cls, text: str) -> Schedule:
        """Parse ``NAME=VALUE@MONTH[+RAMP]``; raise ``ValueError`` naming what is wrong."""
        name, value, month, ramp = split_text(text)
        return cls(param=name, value=value, at_month=month, ramp_months=ramp)

    @classmethod
    def from_mapping(cls, d: Mapping[str, object]) -> Schedule:
        """From a scenario file's ``[[schedule]]`` table."""
        allowed = {"param", "value", "at_month", "ramp_months"}
        extra = set(d) - allowed
        if extra:
            raise InputError(
                "schedule_unknown_keys",
                f"schedule: unknown key(s) {sorted(extra)}; allowed: {sorted(allowed)}",
                keys=", ".join(sorted(extra)),
                allowed=", ".join(sorted(allowed)),
            )
        missing = {"param", "value", "at_month"} - set(d)
        if missing:
            raise InputError(
                "schedule_missing_keys", f"schedule: missing key(s) {sorted(missing)}", keys=", ".join(sorted(missing))
            )
        if not isinstance(d["param"], str):
            raise InputError("schedule_param_not_name", f"schedule: param must be a name, got {d['param']!r}", value=d["param"])
        return cls(
            param=d["param"],
            value=d["value"],  # type: ignore[arg-type]
            at_month=d["at_month"],  # type: ignore[arg-type]
            ramp_months=d.get("ramp_months", 0.0),  # type: ignore[arg-type]
        )

    def to_text(self) -> str:
        """The ``NAME=VALUE@MONTH[+RAMP]`` form (round-trips through ``parse``)."""
        ramp = f"+{self.ramp_months:g}" if self.ramp_months else ""
        return f"{self.param}={self.value:.12g}@{self.at_month:g}{ramp}"

    def to_dict(self) -> dict[str, object]:
        """The scenario-file table form."""
        return {"param": self.param, "value": self.value, "at_month": self.at_month, "ramp_months": self.ramp_months}


def split_text(text: str) -> tuple[str, float, float, float]:
    """``NAME=VALUE@MONTH[+RAMP]`` → (name, value, month, ramp), numbers unchecked (the
    caller decides the value's units); ``ValueError`` names what is malformed."""
    m = _TEXT.match(text)
    if not m:
        raise InputError(
            "schedule_form", f"schedule {text!r} is not of the form NAME=VALUE@MONTH or NAME=VALUE@MONTH+RAMP", text=text
        )
    name, value, month, ramp = m.groups()
    nums = []
    for label, raw in (("value", value), ("month", month), ("ramp", ramp or "0")):
        try:
            nums.append(float(raw))
        except ValueError:
            raise InputError(
                "schedule_not_a_number", f"schedule {text!r}: {label} {raw!r} is not a number", text=text, label=label, raw=raw
            ) from None
    return name, nums[0], nums[1], nums[2]


def schedulable() -> list[str]:
    """Names of the parameters a schedule may act on."""
    from .registry import PARAMETERS

    return [p.name for p in PARAMETERS if p.schedulable]


def lever_at(base: float, at: FloatArray, value: FloatArray, ramp: FloatArray, t: float) -> float:
    """Value at time ``t`` of a lever with base value ``base`` under schedules sorted by ``at``
    (the kernel's own function, ``_kernel.lever_at``)."""
    from .core import compiled_kernel

    return float(compiled_kernel().lever_at(float(base), at, value, ramp, 0, at.shape[0], float(t)))


def lever_table(schedules: Iterable[Schedule], param: str) -> tuple[FloatArray, FloatArray, FloatArray]:
    """The schedules of one lever as sorted arrays (at_month, value, ramp_months)."""
    rows = sorted((s.at_month, s.value, s.ramp_months) for s in schedules if s.param == param)
    arr = np.array(rows, dtype=np.float64).reshape(-1, 3)
    return (np.ascontiguousarray(arr[:, 0]), np.ascontiguousarray(arr[:, 1]), np.ascontiguousarray(arr[:, 2]))


def lever_path(base: float, schedules: Iterable[Schedule], param: str, t: FloatArray) -> FloatArray:
    """Values of lever ``param`` at times ``t`` (months), starting from ``base``."""
    at, value, ramp = lever_table(schedules, param)
    return np.array([lever_at(float(base), at, value, ramp, float(x)) for x in t])


def group_by_param(schedules: Sequence[Schedule]) -> dict[str, list[Schedule]]:
    """Schedules keyed by the lever they move."""
    out: dict[str, list[Schedule]] = {}
    for s in schedules:
        out.setdefault(s.param, []).append(s)
    return out
