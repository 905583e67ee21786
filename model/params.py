"""Validated, immutable parameter sets built from the registry.

``Params`` is one parameter set (hashable, so ``st.cache_data`` and
``functools.lru_cache`` key on it by value); ``ParamBatch`` is N sets as arrays
with a leading batch dimension, the form the integrator runs on.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .errors import InputError, unknown_name, unknown_name_message
from .registry import PARAM_BY_NAME, PARAM_INDEX, PARAMETERS, Param

FloatArray = npt.NDArray[np.float64]


__all__ = ["FloatArray", "ParamBatch", "Params", "check_value", "lookup", "range_error", "unknown_name_message"]


def lookup(name: str) -> Param:
    """The declaration of ``name``, or ``ValueError`` with a did-you-mean."""
    try:
        return PARAM_BY_NAME[name]
    except KeyError:
        raise unknown_name(name, PARAM_BY_NAME) from None


def range_error(p: Param, value: object) -> InputError:
    """The one wording for a value outside its declared range."""
    return InputError(
        "out_of_range",
        f"parameter {p.name!r} ({p.label_en}) = {value!r} is outside the allowed range [{p.min:g}, {p.max:g}] {p.unit}",
        name=p.name,
        value=value,
        lo=p.min,
        hi=p.max,
        unit=p.unit,
    )


def check_value(name: str, value: object) -> float:
    """Validate one value for ``name``; return it as float or raise ``ValueError``."""
    p = lookup(name)
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise InputError("not_a_number", f"parameter {name!r} must be a number, got {value!r}", name=name, value=value)
    v = float(value)
    if not math.isfinite(v) or not p.min <= v <= p.max:
        raise range_error(p, value)
    return v


@dataclass(frozen=True, slots=True)
class Params:
    """One complete, validated parameter set (values in model units).

    Build with ``Params()`` (the defaults), ``Params.from_mapping({...})`` or
    ``Params.default().replace(commission=0.02)``.  Values outside a declared
    range raise ``ValueError``; ``Params.unchecked`` skips the range check for
    extreme-condition tests only.
    """

    values: tuple[float, ...] = tuple(p.default for p in PARAMETERS)

    def __post_init__(self) -> None:
        if len(self.values) != len(PARAMETERS):
            raise ValueError(f"expected {len(PARAMETERS)} values, got {len(self.values)}")

    @classmethod
    def default(cls) -> Params:
        """The registry defaults (the Pinduoduo-like 2025 reference state)."""
        return cls()

    @classmethod
    def declared(cls) -> Params:
        """The values typed in the registry: the defaults with each value the calibrated history
        sets (its estimates, its January 2025 state) back at its declared value: where the history
        itself starts from, so that fitting it never depends on its own result."""
        return cls(tuple(p.default if p.declared is None else p.declared for p in PARAMETERS))

    @classmethod
    def from_mapping(cls, overrides: Mapping[str, object] | None = None, /, **kw: object) -> Params:
        """Defaults with ``overrides`` applied, each validated."""
        return cls.default().replace(**{**(overrides or {}), **kw})

    @classmethod
    def unchecked(cls, overrides: Mapping[str, float]) -> Params:
        """Defaults with overrides applied WITHOUT range checks (extreme-condition tests)."""
        vals = list(cls.default().values)
        for name, value in overrides.items():
            vals[PARAM_INDEX[lookup(name).name]] = float(value)
        return cls(tuple(vals))

    def replace(self, **overrides: object) -> Params:
        """A new set with ``overrides`` applied (each validated); ``self`` is unchanged."""
        if not overrides:
            return self
        vals = list(self.values)
        for name, value in overrides.items():
            vals[PARAM_INDEX[lookup(name).name]] = check_value(name, value)
        return Params(tuple(vals))

    def __getitem__(self, name: str) -> float:
        return self.values[PARAM_INDEX[lookup(name).name]]

    def __iter__(self) -> Iterator[tuple[str, float]]:
        return zip((p.name for p in PARAMETERS), self.values, strict=True)

    def to_dict(self) -> dict[str, float]:
        """``{name: value}`` in registry order."""
        return dict(self)

    def diff(self, other: Params) -> dict[str, float]:
        """Values of ``self`` that differ from ``other``."""
        return {p.name: a for p, a, b in zip(PARAMETERS, self.values, other.values, strict=True) if a != b}


@dataclass(frozen=True, slots=True)
class ParamBatch:
    """N parameter sets as arrays: ``arrays[name].shape == (N,)``."""

    arrays: Mapping[str, FloatArray]
    size: int

    @classmethod
    def of(cls, params: Params | Sequence[Params] | ParamBatch) -> ParamBatch:
        """Normalise a single set, a sequence of sets or a batch into a batch."""
        if isinstance(params, ParamBatch):
            return params
        sets = [params] if isinstance(params, Params) else list(params)
        if not sets:
            raise ValueError("an empty batch of parameter sets")
        table = np.array([s.values for s in sets], dtype=np.float64).T.copy()  # (params, N), rows contiguous
        return cls({p.name: table[i] for i, p in enumerate(PARAMETERS)}, len(sets))

    @classmethod
    def from_arrays(cls, base: Params, arrays: Mapping[str, npt.ArrayLike], *, check: bool = True) -> ParamBatch:
        """``base`` broadcast to a batch, with some parameters given as arrays of length N.

        Every array value is validated against its declared range unless ``check`` is false.
        """
        cols = {k: np.atleast_1d(np.asarray(v, dtype=np.float64)) for k, v in arrays.items()}
        sizes = {c.shape[0] for c in cols.values()} or {1}
        if len(sizes) != 1:
            raise ValueError(f"batch arrays have different lengths: {sorted(sizes)}")
        n = sizes.pop()
        out: dict[str, FloatArray] = {}
        for p, v in zip(PARAMETERS, base.values, strict=True):
            out[p.name] = np.full(n, v)
        for name, col in cols.items():
            p = lookup(name)
            if check:
                bad = ~np.isfinite(col) | (col < p.min) | (col > p.max)
                if bad.any():
                    raise range_error(p, float(col[bad][0]))
            out[p.name] = col
        return cls(out, n)

    def __getitem__(self, name: str) -> FloatArray:
        return self.arrays[name]

    def row(self, i: int) -> Params:
        """The i-th parameter set (no range check: the batch was checked on construction)."""
        return Params(tuple(float(self.arrays[p.name][i]) for p in PARAMETERS))

    def broadcast(self, n: int) -> ParamBatch:
        """This batch repeated to size ``n`` (only from size 1)."""
        if self.size == n:
            return self
        if self.size != 1:
            raise ValueError(f"cannot broadcast a batch of {self.size} to {n}")
        return ParamBatch({k: np.repeat(v, n) for k, v in self.arrays.items()}, n)
