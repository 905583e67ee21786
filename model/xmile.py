"""XMILE 1.0 export of the full model: ``to_xmile(scenario)`` → the text of a ``.xmile`` file.

The export is one run of one scenario, printed from the compiled equation declaration
(``model.equations.MODEL``) as standard stocks, flows and auxiliaries that any XMILE
tool (Stella, PySD, ...) integrates with the same Euler scheme, ``dt`` and horizon as
``core.integrate``:

* **Parameters**: every registry parameter is a constant with its value in the run,
  its registry unit and label, under its own name (``commission_0`` where a variable of
  the model has the parameter's name: ``commission`` is the lever's time path).  Inputs
  that are numbers (a segment without a logistics effect) are constants too.
* **Derived constants** (monthly growth rates, normalised subsidy split, ...) are
  auxiliaries with their equations, so editing a parameter in the file moves them.
* **Calibrated constants** (``cal_*``: the reference equilibrium, computed in Python by
  ``model.evaluate`` at the scenario's reference state) are written as numbers: changing
  a parameter inside the file never recalibrates, exactly as in our runs; to change the
  reference state, export again.  ``change_since_start(x)`` reads a constant
  ``x_at_start``, the value of ``x`` at the start of this run, also computed in Python.
* **Levers** (schedulable parameters) are auxiliaries whose equation is their schedule:
  ``IF THEN ELSE`` on ``TIME``, reproducing ``schedule.lever_at``.
* **Dynamics**: every auxiliary, flow and stock of the declaration, indices unrolled
  (``…_high_tier``, ``…_head``), declared functions inlined; saved variables carry their
  labels.
* **Units** are XMILE unit expressions read from the declared phrases by ``model.units``
  (``RMB bn per M merchants per month`` → ``RMB_bn/(M_merchants*month)``; shares and
  indices ``1``), each name declared in ``<model_units>`` with its phrase as an alias.
* **Notes** (how the constants were computed, the reference state, the schedules) are an
  XML comment at the top of ``<model>``, which XMILE 1.0 gives no ``<doc>``; their first
  line is the header's ``<caption>``.

The file is valid against the OASIS XMILE 1.0 schema (``tests/model/test_xmile.py``
validates it).  The drift guard is numerical: the same tests run the export of every preset
in PySD and in BPTK-Py and compare every saved variable with ``core.integrate``.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Callable

from . import __version__
from .core import DT, _calibrated, schedule_arrays
from .equations import MODEL
from .evaluate import Evaluator
from .params import FloatArray, ParamBatch
from .registry import PARAMETERS
from .scenario import Scenario
from .sd import EPS, Binary, Call, Change, Compare, Cond, Neg, Node, Num, Ref, walk_nodes
from .units import UNIT_NAMES, aliases, xmile_unit

XMILE_NS = "http://docs.oasis-open.org/xmile/ns/XMILE/v1.0"
TIME_UNIT = "month"  # one of XMILE 1.0's standard time units
_FUNCTIONS = {"min": "MIN", "max": "MAX", "exp": "EXP", "ln": "LN"}
_PREC = {"cmp": 5, "+": 10, "-": 10, "*": 11, "/": 11, "**": 13}


def expression(node: Node, name: Callable[[str], str]) -> str:
    """XMILE text of a tree.  Unary minus and powers are always parenthesised (tools differ in
    how they rank them), the rest by precedence, so every tool reads the same order of operations."""

    def x(n: Node) -> str:
        return expression(n, name)

    def prec(n: Node) -> int:
        if isinstance(n, Binary):
            return _PREC[n.op]
        if isinstance(n, Compare):
            return _PREC["cmp"]
        return 99

    def wrap(n: Node, need: bool) -> str:
        return f"({x(n)})" if need else x(n)

    if isinstance(node, Num):
        return _num(node.value)
    if isinstance(node, Ref):
        return name(node.name)
    if isinstance(node, Neg):
        return f"(-{wrap(node.arg, prec(node.arg) < 99)})"
    if isinstance(node, Binary):
        if node.op == "**":
            return f"({wrap(node.left, prec(node.left) < 99)} ^ {wrap(node.right, prec(node.right) < 99)})"
        me = _PREC[node.op]
        return f"{wrap(node.left, prec(node.left) < me)} {node.op} {wrap(node.right, prec(node.right) <= me)}"
    if isinstance(node, Compare):
        cmp = _PREC["cmp"]
        return f"{wrap(node.left, prec(node.left) <= cmp)} {node.op} {wrap(node.right, prec(node.right) <= cmp)}"
    if isinstance(node, Cond):
        return f"(IF {x(node.test)} THEN {x(node.then)} ELSE {x(node.other)})"
    if isinstance(node, Call):
        if node.fn == "log1p":
            return f"LN(1 + {x(node.args[0])})"
        return f"{_FUNCTIONS[node.fn]}({', '.join(x(a) for a in node.args)})"
    if isinstance(node, Change):
        return f"({name(node.name)} - {node.name}_at_start)"
    raise ValueError(f"{node!r} cannot be exported")  # pragma: no cover - Start/Sum/Macro never reach a printer


_VARIABLE_NAMES = frozenset(
    [n for n, v in MODEL.vars.items() if v.kind in ("aux", "flow", "stock", "derived", "calibrated")]
    + [n for n, v in MODEL.vars.items() if v.kind == "input" and (v.dynamic or v.param is None)]
)


def _num(v: float) -> str:
    """Exact decimal text of a float (round-trips)."""
    if not math.isfinite(v):
        raise ValueError(f"cannot export the non-finite value {v!r}")
    return repr(float(v))


def lever_equation(base: str, at: FloatArray, value: FloatArray, ramp: FloatArray) -> str:
    """XMILE text of ``schedule.lever_at(base, at, value, ramp, TIME)`` (schedules sorted by ``at``).

    Segment j runs from ``start_j`` (where the earlier schedules left the lever, a number
    computed here as ``lever_at`` computes it) to ``value[j]``; it holds from ``at[j]`` until
    the next schedule starts.
    """
    n = len(at)
    if n == 0:
        return base
    starts: list[str] = []
    for j in range(n):
        if j == 0:
            starts.append(base)
        else:
            done_prev = 1.0 if ramp[j - 1] <= 0.0 else min((at[j] - at[j - 1]) / ramp[j - 1], 1.0)
            # start_j = start_{j-1} + (value_{j-1} - start_{j-1}) * done_{j-1}, kept as text so that
            # a base given by name (the parameter) stays live in the file
            starts.append(f"({starts[j - 1]} + ({_num(value[j - 1])} - {starts[j - 1]}) * {_num(done_prev)})")

    def seg(j: int) -> str:
        done = "1" if ramp[j] <= 0.0 else f"MIN((TIME - {_num(at[j])}) / {_num(ramp[j])}, 1)"
        return f"({starts[j]} + ({_num(value[j])} - {starts[j]}) * {done})"

    expr = seg(n - 1)
    for j in range(n - 1, 0, -1):
        expr = f"(IF TIME < {_num(at[j])} THEN {seg(j - 1)} ELSE {expr})"
    return f"(IF TIME < {_num(at[0])} THEN {base} ELSE {expr})"


def to_xmile(scenario: Scenario, months: int = 72, dt: float = DT) -> str:
    """The XMILE 1.0 text of ``scenario`` run for ``months`` with Euler steps of ``dt``."""
    steps = round(months / dt)
    if steps < 1 or abs(steps * dt - months) > 1e-9:
        raise ValueError(f"months = {months!r} must be a positive multiple of dt = {dt!r}")
    p = ParamBatch.of(scenario.params)
    cal = _calibrated(scenario.state.values)
    ev = Evaluator(MODEL, p, known=cal.values, dt=dt)
    at, value, ramp, bounds = schedule_arrays(scenario.schedules)

    def name(ref: str) -> str:
        v = MODEL.vars.get(ref)
        if ref == "time":
            return "TIME"
        if ref == "dt":
            return "dt_months"
        if ref == "EPS":
            return _num(EPS)
        if v is not None and v.kind == "input" and v.param is not None and not v.dynamic:
            return parameter_name(v.param)
        return ref

    # constants: parameters, numeric inputs, calibrated constants, start values, dt
    consts: list[tuple[str, float, str, str]] = []
    for q, val in zip(PARAMETERS, scenario.params.values, strict=True):
        doc = f"{q.label_en} ({q.symbol}); registry parameter {q.name}"
        readers = [v for v in MODEL.vars.values() if v.kind == "input" and v.param == q.name]
        if not any(_read_by_run(r.name) for r in readers):
            doc += "; enters only through the calibrated constants (re-export to change it)"
        consts.append((parameter_name(q.name), val, q.unit, doc))
    for v in MODEL.of_kind("input"):
        if v.param is None:
            consts.append((v.name, float(v.value or 0.0), v.unit, v.meaning))
    for v in MODEL.of_kind("calibrated"):
        consts.append(
            (v.name, float(cal[v.name][0]), v.unit, f"{v.meaning}; calibrated in Python at the reference state (model.evaluate)")
        )
    for c in _changes():
        consts.append((f"{c}_at_start", float(ev.start(c)[0]), MODEL.vars[c].unit, f"{c} at the start of this run"))
    # XMILE's DT builtin, as a constant equal to sim_specs' dt: PySD 3.14 does not know DT.
    consts.append(("dt_months", dt, TIME_UNIT, "the time step, equal to sim_specs dt (stands in for the DT builtin)"))

    declared = [c[0] for c in consts] + [v.name for v in MODEL.vars.values() if _exported(v.name)]
    if len(set(declared)) != len(declared):
        raise AssertionError(f"duplicate XMILE names: {sorted({n for n in declared if declared.count(n) > 1})}")

    root = ET.Element("xmile", {"version": "1.0", "xmlns": XMILE_NS})
    header = ET.SubElement(root, "header")
    ET.SubElement(header, "vendor").text = "Flywheel Explorer"
    ET.SubElement(header, "product", {"version": __version__, "lang": "en"}).text = "Flywheel Explorer model"
    ET.SubElement(header, "name").text = scenario.name
    notes = _doc(scenario, months, dt)
    ET.SubElement(header, "caption").text = notes[0]
    specs = ET.SubElement(root, "sim_specs", {"method": "Euler", "time_units": TIME_UNIT})
    ET.SubElement(specs, "start").text = "0"
    ET.SubElement(specs, "stop").text = f"{months:g}"
    ET.SubElement(specs, "dt").text = _num(dt)
    units = ET.SubElement(root, "model_units")
    for unit_name in UNIT_NAMES:
        unit = ET.SubElement(units, "unit", {"name": unit_name})
        for alias in aliases(unit_name):
            ET.SubElement(unit, "alias").text = alias
    mdl = ET.SubElement(root, "model")
    # XMILE 1.0 gives <model> no <doc>: the run's notes are a comment before its variables
    mdl.append(ET.Comment(_comment("\n".join(notes))))
    variables = ET.SubElement(mdl, "variables")
    for cname, cvalue, const_unit, doc in consts:
        el = ET.SubElement(variables, "aux", {"name": cname})
        ET.SubElement(el, "doc").text = doc
        ET.SubElement(el, "eqn").text = _num(cvalue)
        if const_unit:
            ET.SubElement(el, "units").text = xmile_unit(const_unit)
    for v in MODEL.vars.values():
        if not _exported(v.name):
            continue
        kind = {"stock": "stock", "flow": "flow"}.get(v.kind, "aux")
        el = ET.SubElement(variables, kind, {"name": v.name})
        ET.SubElement(el, "doc").text = v.label[0] if v.label else v.meaning
        if v.kind == "input":  # a lever: its schedule
            lev = MODEL.levers.index(str(v.param))
            lo, hi = int(bounds[lev]), int(bounds[lev + 1])
            eqn = lever_equation(parameter_name(str(v.param)), at[lo:hi], value[lo:hi], ramp[lo:hi])
        elif v.expr is not None:
            eqn = expression(v.expr, name)
        else:  # pragma: no cover - every exported variable but a lever has an equation
            raise AssertionError(v.name)
        ET.SubElement(el, "eqn").text = eqn
        for f in v.inflows:
            ET.SubElement(el, "inflow").text = f
        for f in v.outflows:
            ET.SubElement(el, "outflow").text = f
        if v.unit:
            ET.SubElement(el, "units").text = xmile_unit(v.unit)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _exported(name: str) -> bool:
    """Written as an equation: every per-step variable, stock and derived constant, and the levers."""
    v = MODEL.vars[name]
    return v.kind in ("aux", "flow", "stock", "derived") or (v.kind == "input" and v.dynamic)


def _read_by_run(name: str) -> bool:
    """Whether a run's own value of input ``name`` reaches the equations (not only the calibration)."""
    readers = (v for v in MODEL.vars.values() if v.expr is not None and v.kind in ("aux", "flow", "stock", "derived"))
    return name in MODEL.columns or any(name in _refs(v.expr) for v in readers if v.expr is not None)


def _changes() -> list[str]:
    """The variables ``change_since_start`` reads (each gets an ``…_at_start`` constant)."""
    nodes = (n for v in MODEL.vars.values() if v.expr is not None for n in walk_nodes(v.expr))
    return sorted({n.name for n in nodes if isinstance(n, Change)})


def _refs(node: Node) -> set[str]:
    return {n.name for n in walk_nodes(node) if isinstance(n, Ref)}


def _comment(text: str) -> str:
    """``text`` as the body of an XML comment (which may not contain ``--`` or end in ``-``)."""
    while "--" in text:
        text = text.replace("--", "- -")
    return f"\n{text}\n"


def _doc(s: Scenario, months: int, dt: float) -> list[str]:
    """The run's notes: a one-line caption, then how to read the file's constants."""
    lines = [
        f"Flywheel Explorer model {__version__}, scenario {s.name!r} (start {s.start}), {months} months, Euler dt = {dt:g}.",
        "Initial values, calibrated rates and t0 references (cal_*) are computed in Python by model.core.calibrate",
        "at the scenario's reference state and written here as numbers: changing a parameter in this file does not",
        "recalibrate (as in the model itself). Re-export with `python -m model xmile` to change the reference state.",
    ]
    for name, v in s.state.diff(s.params).items():
        lines.append(f"reference state: {name} = {v!r} (the run uses {s.params[name]!r})")
    for sch in s.schedules:
        lines.append(f"schedule: {sch.to_text()}")
    return lines


def parameter_name(param: str) -> str:
    """The XMILE name of registry parameter ``param``: its own name, or ``<name>_0`` where a
    variable of the model has that name (``commission`` is the lever's time path, ``commission_0``
    the parameter)."""
    return param if param not in _VARIABLE_NAMES else f"{param}_0"


def stock_names() -> list[str]:
    """Names of the exported stocks."""
    return list(MODEL.stocks)


def variable_names() -> list[str]:
    """Names of every exported stock, flow and auxiliary (constants excluded)."""
    return [n for n in MODEL.vars if _exported(n)]


__all__ = ["XMILE_NS", "expression", "lever_equation", "parameter_name", "stock_names", "to_xmile", "variable_names"]
