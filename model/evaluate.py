"""NumPy evaluation of the declared equations over a batch: constants, and the model at its start.

The kernel runs the per-step equations; before it runs, two things are computed here
from the same trees, vectorised over the batch (shape (N,) per variable):

* the **calibrated constants** of a reference state (``calibrate``): each one's
  expression, in declaration order, where ``start(x)`` is variable ``x`` at the start of
  a run with the reference parameters (time 0, every stock at its initial value, every
  lever at its base value, ``change_since_start`` = 0, ``START_OVERRIDES`` applied);
* the **derived constants** of a run (``Evaluator.constant``), from its parameters and
  the calibration.

Operations are NumPy's (``np.exp``, ``np.log``, ``np.power`` ...), the ones the
calibration always used, so the reference state is reproduced bit for bit.  Both
branches of a conditional are evaluated (``np.where``) with floating-point warnings
silenced inside it; every result is checked to be finite.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from . import sd
from .params import FloatArray, ParamBatch
from .sd import Binary, Call, Change, Compare, Cond, Model, Neg, Node, Num, Ref, Start

Value = FloatArray | float

_CALLS = {"min": np.minimum, "max": np.maximum, "exp": np.exp, "ln": np.log, "log1p": np.log1p}
_COMPARE = {"<": np.less, "<=": np.less_equal, ">": np.greater, ">=": np.greater_equal}


class Evaluator:
    """Evaluates variables of ``model`` for a batch of parameter sets.

    Args:
        model: the compiled declaration.
        params: the batch (the reference state's, to calibrate; the run's, for derived constants).
        known: constants already computed (e.g. the calibration, when evaluating a run's
            derived constants); they are used as given.
        dt: the time step (the special name ``dt``), months.
    """

    def __init__(self, model: Model, params: ParamBatch, known: Mapping[str, FloatArray] | None = None, dt: float = 0.25):
        self.model = model
        self.params = params
        self.dt = dt
        self.constants: dict[str, Value] = dict(known or {})
        self.at_start: dict[str, Value] = {}

    # -------------------------------------------------------------- public
    def constant(self, name: str, *, check: bool = True) -> FloatArray | float:
        """An input, derived or calibrated constant: shape (N,), checked to be finite (with ``check``
        False: as computed, an array or a number, unchecked -- the caller checks the whole)."""
        return self._array(self._constant(name), name) if check else self._constant(name)

    def start(self, name: str) -> FloatArray:
        """Any variable at the start of a run (see the module docstring), shape (N,)."""
        return self._array(self._start(name), name)

    # -------------------------------------------------------------- internals
    def _array(self, v: Value, name: str) -> FloatArray:
        out = np.ascontiguousarray(np.broadcast_to(np.asarray(v, dtype=np.float64), (self.params.size,)))
        if not np.all(np.isfinite(out)):
            raise FloatingPointError(f"{name} is not finite for some parameter sets: {out[~np.isfinite(out)][:3]}")
        return out

    def _constant(self, name: str) -> Value:
        if name in self.constants:
            return self.constants[name]
        v = self.model.vars[name]
        if v.kind == "input":
            value: Value = self.params[v.param] if v.param is not None else float(v.value or 0.0)
        elif v.kind in ("derived", "calibrated") and v.expr is not None:
            value = self.compute(v.expr, at_start=False)
        else:
            raise TypeError(f"{name} is a {v.kind}, not a constant")
        self.constants[name] = value
        return value

    def _start(self, name: str) -> Value:
        if name in self.at_start:
            return self.at_start[name]
        v = self.model.vars[name]
        if v.kind in ("input", "derived", "calibrated"):
            value = self._constant(name)
        elif name in self.model.start_overrides:
            value = self.compute(self.model.start_overrides[name], at_start=True)
        elif v.expr is not None:
            value = self.compute(v.expr, at_start=True)  # a stock's expression is its initial value
        else:  # pragma: no cover - only inputs have no expression
            raise TypeError(f"{name} has no equation")
        self.at_start[name] = value
        return value

    def compute(self, node: Node, *, at_start: bool) -> Value:
        """One tree: constants (``at_start`` False) or at the start point (True)."""
        if isinstance(node, Num):
            return node.value
        if isinstance(node, Ref):
            if node.name == "time":
                return 0.0
            if node.name == "dt":
                return self.dt
            if node.name == "EPS":
                return sd.EPS
            return self._start(node.name) if at_start else self._constant(node.name)
        if isinstance(node, Neg):
            return -self.compute(node.arg, at_start=at_start)
        if isinstance(node, Binary):
            a, b = self.compute(node.left, at_start=at_start), self.compute(node.right, at_start=at_start)
            if node.op == "+":
                return a + b
            if node.op == "-":
                return a - b
            if node.op == "*":
                return a * b
            if node.op == "/":
                return a / b
            return np.power(a, b)
        if isinstance(node, Compare):
            return _COMPARE[node.op](self.compute(node.left, at_start=at_start), self.compute(node.right, at_start=at_start))
        if isinstance(node, Cond):
            test = self.compute(node.test, at_start=at_start)
            with np.errstate(all="ignore"):  # the branch not taken may divide by zero
                then, other = self.compute(node.then, at_start=at_start), self.compute(node.other, at_start=at_start)
            return np.where(test, then, other)
        if isinstance(node, Call):
            result: Value = _CALLS[node.fn](*(self.compute(a, at_start=at_start) for a in node.args))
            return result
        if isinstance(node, Start):
            return self._start(node.name)
        if isinstance(node, Change):
            if not at_start:
                raise TypeError("change_since_start() outside a per-step equation")
            return 0.0
        raise TypeError(f"cannot evaluate {node!r}")  # pragma: no cover - every node kind is handled


def calibrate(model: Model, reference: ParamBatch, dt: float = 0.25) -> dict[str, FloatArray]:
    """Every calibrated constant of ``model`` at the reference parameters, in declaration order."""
    ev = Evaluator(model, reference, dt=dt)
    return {v.name: np.asarray(ev.constant(v.name)) for v in model.of_kind("calibrated")}


__all__ = ["Evaluator", "calibrate"]
