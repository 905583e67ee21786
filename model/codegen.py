"""Printers of the declared equations: Python (the numba kernel) and plain text (the reference page).

``kernel_source(MODEL)`` is the text of ``model/_kernel.py``, the compiled time loop:
one function over a batch of parameter sets, every variable of the declaration a scalar
local (indices unrolled), the per-step equations in the compiler's order, the stocks
advanced by Euler steps (``x += dt * (inflows - outflows)``), each lever read from its
schedules.  The generated file is committed; ``python scripts/generate_kernel.py``
rewrites it, a test regenerates and compares, and ``model.core`` refuses to run a kernel
whose declaration digest is not the declaration's.

A printer is a function from an expression tree (``model.sd.Node``) to text, with
parentheses where precedence needs them so that the printed text parses back to the
same tree (and so evaluates in the same order, operation by operation).  Another
back-end (JavaScript for a browser-side engine) is one more such function plus a loop
template: ``Math.exp`` for ``exp``, ``(c ? a : b)`` for a conditional, ``**`` as in Python.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .sd import EPS, Binary, Call, Change, Compare, Cond, Macro, Model, Neg, Node, Num, Ref, Start, Sum

_PREC = {"cond": 0, "cmp": 5, "+": 10, "-": 10, "*": 11, "/": 11, "neg": 12, "**": 13, "atom": 14}


def _prec(node: Node) -> int:
    if isinstance(node, Cond):
        return _PREC["cond"]
    if isinstance(node, Compare):
        return _PREC["cmp"]
    if isinstance(node, Binary):
        return _PREC[node.op]
    if isinstance(node, Neg):
        return _PREC["neg"]
    return _PREC["atom"]


@dataclass(frozen=True, slots=True)
class _Dialect:
    """What differs between the printed languages: the calls, the conditional, special numbers,
    and whether a negated power needs parentheses (JavaScript refuses ``-a ** b``)."""

    calls: Mapping[str, str]
    cond: Callable[[str, str, str], str]
    special: Callable[[float], str]
    wrap_negated_power: bool
    language: str


def _print(node: Node, d: _Dialect, name: Callable[[str], str], change: Callable[[str], str] | None) -> str:
    def p(n: Node) -> str:
        return _print(n, d, name, change)

    def wrap(n: Node, need: bool) -> str:
        return f"({p(n)})" if need else p(n)

    if isinstance(node, Num):
        v = float(node.value)
        return repr(v) if math.isfinite(v) else d.special(v)
    if isinstance(node, Ref):
        return name(node.name)
    if isinstance(node, Neg):
        power = isinstance(node.arg, Binary) and node.arg.op == "**"
        return "-" + wrap(node.arg, _prec(node.arg) < _PREC["neg"] or (power and d.wrap_negated_power))
    if isinstance(node, Binary):
        me = _PREC[node.op]
        if node.op == "**":
            return f"{wrap(node.left, _prec(node.left) <= me)} ** {wrap(node.right, _prec(node.right) < me)}"
        return f"{wrap(node.left, _prec(node.left) < me)} {node.op} {wrap(node.right, _prec(node.right) <= me)}"
    if isinstance(node, Compare):
        return (
            f"{wrap(node.left, _prec(node.left) <= _PREC['cmp'])} {node.op} {wrap(node.right, _prec(node.right) <= _PREC['cmp'])}"
        )
    if isinstance(node, Cond):
        return d.cond(p(node.test), p(node.then), p(node.other))
    if isinstance(node, Call):
        return f"{d.calls[node.fn]}({', '.join(p(a) for a in node.args)})"
    if isinstance(node, Change):
        if change is None:
            raise ValueError("change_since_start() needs a start value here")
        return f"({name(node.name)} - {change(node.name)})"
    raise ValueError(f"{node!r} cannot be printed as {d.language}")


def _no_special(v: float) -> str:  # pragma: no cover - the declaration has no such constants
    raise ValueError(f"{v!r} has no literal here")


_PYTHON = _Dialect(
    calls={"min": "min", "max": "max", "exp": "math.exp", "ln": "math.log", "log1p": "math.log1p"},
    cond=lambda test, then, other: f"({then} if {test} else {other})",
    special=_no_special,
    wrap_negated_power=False,
    language="Python",
)
_JAVASCRIPT = _Dialect(
    calls={"min": "pyMin", "max": "pyMax", "exp": "Math.exp", "ln": "Math.log", "log1p": "Math.log1p"},
    cond=lambda test, then, other: f"({test} ? {then} : {other})",
    special=lambda v: "NaN" if v != v else ("Infinity" if v > 0 else "(-Infinity)"),
    wrap_negated_power=True,
    language="JavaScript",
)


def python(node: Node, name: Callable[[str], str] = str, change: Callable[[str], str] | None = None) -> str:
    """Python text of a tree (the kernel's arithmetic): ``name`` maps a variable to its local."""
    return _print(node, _PYTHON, name, change)


def javascript(node: Node, name: Callable[[str], str] = str, change: Callable[[str], str] | None = None) -> str:
    """JavaScript text of a tree, operation for operation the same arithmetic as ``python``:
    the same parentheses (``**`` binds as in Python, and a negated power is wrapped, as
    JavaScript requires), ``Math.*`` and Python's min/max for the calls, ``(c ? a : b)``."""
    return _print(node, _JAVASCRIPT, name, change)


# ------------------------------------------------------------------ the kernel
RESERVED = frozenset(
    {"i", "k", "n", "t", "steps", "dt", "save_every", "inp", "out", "time", "math", "np", "min", "max", "range"}
    | {"njit", "NDArray", "Floats", "DIGEST", "COLUMNS", "OUTPUTS", "LEVERS"}
    | {"sched_at", "sched_value", "sched_ramp", "sched_bounds", "lever_at", "kernel"}
)

_LEVER_AT = '''
@njit(cache=True, nogil=True)
def lever_at(base: float, at: Floats, value: Floats, ramp: Floats, lo: int, hi: int, t: float) -> float:  # pragma: no cover
    """Value at time ``t`` of a lever with base value ``base`` under schedules ``lo:hi`` (sorted by ``at``).

    Schedule j takes the lever from its value at ``at[j]`` to ``value[j]``, linearly over
    ``ramp[j]`` months (a step when 0); a later schedule takes over from wherever the
    earlier ones had brought the lever.
    """
    start = base
    v = base
    for j in range(lo, hi):
        if j > lo:
            done = 1.0 if ramp[j - 1] <= 0.0 else min((at[j] - at[j - 1]) / ramp[j - 1], 1.0)
            start = start + (value[j - 1] - start) * done
        if t < at[j]:
            break
        done = 1.0 if ramp[j] <= 0.0 else min((t - at[j]) / ramp[j], 1.0)
        v = start + (value[j] - start) * done
    return v
'''


def kernel_source(m: Model) -> str:
    """The text of ``model/_kernel.py`` for the compiled declaration ``m``."""
    for n in m.vars:
        if n in RESERVED or n.startswith("_"):
            raise ValueError(f"variable name {n!r} is reserved in the generated kernel")
    changes = sorted({x.name for v in m.vars.values() if v.expr is not None for x in _nodes(v.expr) if isinstance(x, Change)})

    def local(name: str) -> str:
        return repr(EPS) if name == "EPS" else name

    def start_of(name: str) -> str:
        return f"_start_{name}"

    def expr(node: Node) -> str:
        return python(node, local, start_of)

    lines: list[str] = []
    add = lines.append
    add("# GENERATED from model/equations.py by model/codegen.py -- do not edit.")
    add("# Regenerate: python scripts/generate_kernel.py (a test checks this file is current).")
    add('"""The compiled time loop of the model (generated; see ``model.codegen``)."""')
    add("")
    add("import math")
    add("")
    add("import numpy as np")
    add("from numba import njit")
    add("from numpy.typing import NDArray")
    add("")
    add("Floats = NDArray[np.float64]")
    add("")
    add('DIGEST = "{digest}"')
    add('"""SHA-256 (first 16 hex digits) of this file\'s text after this line: it names the kernel\'s code."""')
    add("COLUMNS = (")
    lines += [f"    {c!r}," for c in m.columns]
    add(")")
    add('"""The kernel inputs, in the order of ``inp``\'s columns."""')
    add("OUTPUTS = (")
    lines += [f"    {c!r}," for c in m.saved]
    add(")")
    add('"""The saved variables, in the order of ``out``\'s last axis."""')
    add(f"LEVERS = {m.levers!r}")
    add('"""The schedulable parameters, in the order of ``sched_bounds``."""')
    add("")
    lines += _LEVER_AT.strip("\n").splitlines()
    add("")
    add("")
    add('@njit(cache=True, nogil=True, error_model="numpy")')
    add("def kernel(  # pragma: no cover - jitted")
    for arg in ("steps: int", "dt: float", "save_every: int", "inp: Floats", "sched_at: Floats", "sched_value: Floats"):
        add(f"    {arg},")
    add("    sched_ramp: Floats,")
    add("    sched_bounds: NDArray[np.int64],")
    add("    out: Floats,")
    add(") -> None:")
    add('    """Integrate every row of ``inp`` (one parameter set each) for ``steps`` Euler steps of ``dt``')
    add("    months, writing the saved variables every ``save_every`` steps to ``out[i, step // save_every]``.")
    add("")
    add("    Lever l follows the schedules ``sched_bounds[l]:sched_bounds[l + 1]`` of the ``sched_*`` arrays.")
    add('    """')
    add("    for i in range(inp.shape[0]):")
    add("        # ---- constants of this parameter set")
    lever_of = {v.name: m.levers.index(v.param) for v in m.vars.values() if v.kind == "input" and v.dynamic and v.param}
    for col, name in enumerate(m.columns):
        target = f"_base_{name}" if name in lever_of else local(name)
        add(f"        {target} = inp[i, {col}]")
    add("        # ---- stocks at their initial values")
    for s in m.stocks:
        initial = m.vars[s].expr
        if initial is None:  # pragma: no cover - the compiler gives every stock an initial value
            raise ValueError(f"stock {s} has no initial value")
        add(f"        {local(s)} = {expr(initial)}")
    for c in changes:
        if m.vars[c].kind == "stock":
            add(f"        {start_of(c)} = {local(c)}")
        else:
            add(f"        {start_of(c)} = 0.0")
    add("        # ---- levers: their base value, or their schedules where they have any")
    for name, lev in lever_of.items():
        add(f"        {local(name)} = _base_{name}")
        add(f"        _scheduled_{name} = sched_bounds[{lev + 1}] > sched_bounds[{lev}]")
    add("        for k in range(steps + 1):")
    add("            time = k * dt")
    for name in m.step_order:
        v = m.vars[name]
        if v.kind == "input":
            lev = lever_of[name]
            add(f"            if _scheduled_{name}:")
            add(
                f"                {local(name)} = lever_at(_base_{name}, sched_at, sched_value, sched_ramp,"
                f" sched_bounds[{lev}], sched_bounds[{lev + 1}], time)"
            )
        elif v.expr is not None:
            add(f"            {local(name)} = {expr(v.expr)}")
        if name in changes:
            add("            if k == 0:")
            add(f"                {start_of(name)} = {local(name)}")
    add("            if k % save_every == 0:")
    add("                t = k // save_every")
    for j, name in enumerate(m.saved):
        add(f"                out[i, t, {j}] = {local(name)}")
    add("            if k == steps:")
    add("                break")
    add("            # ---- Euler step")
    for s in m.stocks:
        v = m.vars[s]
        parts = [*v.inflows]
        net = " + ".join(local(f) for f in parts)
        for f in v.outflows:
            net = f"{net} - {local(f)}" if net else f"-{local(f)}"
        add(f"            {local(s)} += dt * ({net})")
    text = "\n".join(lines) + "\n"
    head, _, body = text.partition('DIGEST = "{digest}"\n')
    return head + f'DIGEST = "{hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]}"\n' + body


# ------------------------------------------------------------------ JavaScript (the browser-side engine)
_JS_HELPERS = """
// Python's min and max of two numbers (the first argument wins a tie or a NaN comparison), as the
// compiled kernel evaluates them
function pyMin(a, b) {
  return b < a ? b : a;
}

function pyMax(a, b) {
  return b > a ? b : a;
}

/** Value at time t of a lever with base value `base` under schedules lo..hi-1 (sorted by `at`):
 *  schedule j takes the lever from its value at at[j] to value[j], linearly over ramp[j] months (a
 *  step when 0); a later schedule takes over from wherever the earlier ones had brought it. */
export function leverAt(base, at, value, ramp, lo, hi, t) {
  let start = base;
  let v = base;
  for (let j = lo; j < hi; j++) {
    if (j > lo) {
      const done = ramp[j - 1] <= 0.0 ? 1.0 : Math.min((at[j] - at[j - 1]) / ramp[j - 1], 1.0);
      start = start + (value[j - 1] - start) * done;
    }
    if (t < at[j]) break;
    const done = ramp[j] <= 0.0 ? 1.0 : Math.min((t - at[j]) / ramp[j], 1.0);
    v = start + (value[j] - start) * done;
  }
  return v;
}
"""


JS_CHUNK = 32
"""Equations per function of the JavaScript kernel: V8 optimises a function only below a size
(TurboFan's bytecode limit); one function of all ~1,000 equations stays in the baseline tier, ten
times slower.  The state lives in one ``Float64Array`` the small functions share."""


def kernel_js_source(m: Model) -> str:
    """The text of ``ui/engine/kernel.mjs``: the same time loop as ``kernel_source`` as an ES
    module (``kernel(steps, dt, saveEvery, inp, rows, schedAt, schedValue, schedRamp,
    schedBounds, out)`` over row-major ``Float64Array``s), for the browser-side engine.

    Every variable has a slot in one state array ``x`` (the inputs first, in ``COLUMNS`` order);
    each step runs the levers, then the equations in declaration order in functions of
    ``JS_CHUNK`` equations, saves, and takes the Euler step: operation for operation the Python
    kernel's arithmetic."""
    changes = sorted({x.name for v in m.vars.values() if v.expr is not None for x in _nodes(v.expr) if isinstance(x, Change)})
    lever_of = {v.name: m.levers.index(v.param) for v in m.vars.values() if v.kind == "input" and v.dynamic and v.param}
    slot: dict[str, int] = {}
    for c in m.columns:  # an input's slot is its column (a lever's column holds its base value)
        slot[c] = len(slot)
    current: dict[str, int] = {}
    for name in lever_of:  # a lever's value now (its schedules applied)
        current[name] = len(slot) + len(current)
    n_slots = len(slot) + len(current)
    for name in [*m.stocks, *(n for n in m.step_order if m.vars[n].kind != "input")]:
        if name not in slot:
            slot[name] = n_slots
            n_slots += 1
    start: dict[str, int] = {}
    for c in changes:
        start[c] = n_slots
        n_slots += 1

    def local(name: str) -> str:
        if name in ("time", "dt"):  # the loop's clock and step, as in the Python kernel
            return name
        if name == "EPS":
            return repr(EPS)
        return f"x[{current[name]}]" if name in current else f"x[{slot[name]}]"

    def start_of(name: str) -> str:
        return f"x[{start[name]}]"

    def expr(node: Node) -> str:
        return javascript(node, local, start_of)

    lines: list[str] = []
    add = lines.append
    add("// GENERATED from model/equations.py by model/codegen.py -- do not edit.")
    add("// Regenerate: python scripts/generate_kernel.py (a test checks this file is current).")
    add("// The model's time loop for the browser: the same equations, in the same order, as model/_kernel.py.")
    add("")
    add('export const DIGEST = "{digest}";')
    add("export const COLUMNS = [")
    lines += [f'  "{c}",' for c in m.columns]
    add("];")
    add("export const OUTPUTS = [")
    lines += [f'  "{c}",' for c in m.saved]
    add("];")
    add("export const LEVERS = [" + ", ".join(f'"{x}"' for x in m.levers) + "];")
    lines += _JS_HELPERS.rstrip("\n").splitlines()
    add("")
    add("// ---- one row's start: the stocks' initial values, the levers at their base values, the rest 0")
    add("function kStart(x) {")
    for s in m.stocks:
        initial = m.vars[s].expr
        if initial is None:  # pragma: no cover - the compiler gives every stock an initial value
            raise ValueError(f"stock {s} has no initial value")
        add(f"  {local(s)} = {expr(initial)};  // {s}")
    for c in changes:
        add(f"  {start_of(c)} = {local(c) if m.vars[c].kind == 'stock' else '0.0'};")
    for name in lever_of:
        add(f"  {local(name)} = x[{slot[name]}];")
    add("}")
    add("")
    add("// ---- the levers at time t (a lever without schedules keeps its base value)")
    add("function kLevers(x, time, k, schedAt, schedValue, schedRamp, schedBounds) {")
    for name, lev in lever_of.items():
        add(f"  if (schedBounds[{lev + 1}] > schedBounds[{lev}]) {{")
        add(
            f"    {local(name)} = leverAt(x[{slot[name]}], schedAt, schedValue, schedRamp,"
            f" schedBounds[{lev}], schedBounds[{lev + 1}], time);"
        )
        add("  }")
        if name in changes:
            add(f"  if (k === 0) {start_of(name)} = {local(name)};")
    add("}")
    equations = [n for n in m.step_order if m.vars[n].kind != "input" and m.vars[n].expr is not None]
    chunks = [equations[j : j + JS_CHUNK] for j in range(0, len(equations), JS_CHUNK)]
    for j, chunk in enumerate(chunks):
        add("")
        add(f"function kStep{j}(x, time, dt, k) {{")
        for name in chunk:
            add(f"  {local(name)} = {expr(m.vars[name].expr)};  // {name}")  # type: ignore[arg-type]
            if name in changes:
                add(f"  if (k === 0) {start_of(name)} = {local(name)};")
        add("}")
    add("")
    add("function kSave(x, out, o) {")
    for j, name in enumerate(m.saved):
        add(f"  out[o + {j}] = {local(name)};")
    add("}")
    add("")
    add("function kEuler(x, dt) {")
    for s in m.stocks:
        v = m.vars[s]
        net = " + ".join(local(f) for f in v.inflows)
        for f in v.outflows:
            net = f"{net} - {local(f)}" if net else f"-{local(f)}"
        add(f"  {local(s)} += dt * ({net});")
    add("}")
    add("")
    add("/** Integrate each of the `rows` parameter sets of `inp` (row-major, COLUMNS.length columns)")
    add(" *  for `steps` Euler steps of `dt` months, writing the saved variables every `saveEvery`")
    add(" *  steps to `out` (row-major [row][saved step][OUTPUTS]).  Lever l follows the schedules")
    add(" *  schedBounds[l] .. schedBounds[l + 1] - 1 of the sched* arrays. */")
    add("export function kernel(steps, dt, saveEvery, inp, rows, schedAt, schedValue, schedRamp, schedBounds, out) {")
    add(f"  const nIn = {len(m.columns)};")
    add(f"  const nOut = {len(m.saved)};")
    add("  const nSaved = Math.floor(steps / saveEvery) + 1;")
    add(f"  const x = new Float64Array({n_slots});")
    add("  for (let i = 0; i < rows; i++) {")
    add("    const row = i * nIn;")
    add("    const base = i * nSaved * nOut;")
    add("    x.fill(0.0);")
    add("    for (let c = 0; c < nIn; c++) x[c] = inp[row + c];")
    add("    kStart(x);")
    add("    for (let k = 0; k <= steps; k++) {")
    add("      const time = k * dt;")
    add("      kLevers(x, time, k, schedAt, schedValue, schedRamp, schedBounds);")
    for j in range(len(chunks)):
        add(f"      kStep{j}(x, time, dt, k);")
    add("      if (k % saveEvery === 0) kSave(x, out, base + Math.floor(k / saveEvery) * nOut);")
    add("      if (k === steps) break;")
    add("      kEuler(x, dt);")
    add("    }")
    add("  }")
    add("}")
    add("")
    add("/** Every function the kernel calls, for a Web Worker's source (``String(f)`` of each). */")
    add(
        "export const KERNEL_FUNCTIONS = [pyMin, pyMax, leverAt, kStart, kLevers, "
        + ", ".join(f"kStep{j}" for j in range(len(chunks)))
        + ", kSave, kEuler, kernel];"
    )
    text = "\n".join(lines) + "\n"
    head, _, body = text.partition('export const DIGEST = "{digest}";\n')
    return head + f'export const DIGEST = "{hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]}";\n' + body


def _nodes(node: Node) -> list[Node]:
    from .sd import walk_nodes

    return list(walk_nodes(node))


# ------------------------------------------------------------------ plain text (the reference page)
def text(node: Node) -> str:
    """A tree as a readable equation: ``·`` for products, ``^`` for powers, ``Σ_s`` for sums,
    ``if … then … else …``, names with their index as ``name[s]``."""

    def t(n: Node) -> str:
        return text(n)

    def wrap(n: Node, need: bool) -> str:
        return f"({t(n)})" if need else t(n)

    if isinstance(node, Num):
        v = node.value
        return f"{v:g}" if v == v and abs(v) < 1e6 else repr(v)
    if isinstance(node, Ref):
        return indexed(node.name)
    if isinstance(node, Neg):
        return "−" + wrap(node.arg, _prec(node.arg) < _PREC["neg"])
    if isinstance(node, Binary):
        me = _PREC[node.op]
        op = {"+": "+", "-": "−", "*": "·", "/": "/", "**": "^"}[node.op]
        if node.op == "**":
            return f"{wrap(node.left, _prec(node.left) <= me)}{op}{wrap(node.right, _prec(node.right) < _PREC['atom'])}"
        return f"{wrap(node.left, _prec(node.left) < me)} {op} {wrap(node.right, _prec(node.right) <= me)}"
    if isinstance(node, Compare):
        op = {"<": "<", "<=": "≤", ">": ">", ">=": "≥"}[node.op]
        return f"{t(node.left)} {op} {t(node.right)}"
    if isinstance(node, Cond):
        return f"(if {t(node.test)} then {t(node.then)} else {t(node.other)})"
    if isinstance(node, Call):
        if node.fn == "min" and isinstance(node.args[0], Call) and node.args[0].fn == "max":
            inner = node.args[0]
            return f"clip({t(inner.args[0])}, {t(inner.args[1])}, {t(node.args[1])})"
        return f"{node.fn}({', '.join(t(a) for a in node.args)})"
    if isinstance(node, Macro):
        return f"{node.fn}({', '.join(t(a) for a in node.args)})"
    if isinstance(node, Sum):
        return f"Σ_{node.index} {wrap(node.body, _prec(node.body) < _PREC['atom'])}"
    if isinstance(node, Start):
        return f"start({indexed(node.name)})"
    if isinstance(node, Change):
        return f"change_since_start({indexed(node.name)})"
    raise ValueError(f"{node!r} cannot be printed")  # pragma: no cover - every node kind is handled


def indexed(name: str) -> str:
    """``buyers_{s}`` → ``buyers[s]``; ``wallet_share_{s}_0`` → ``wallet_share_0[s]``; other names as they are."""
    import re

    idx = [i.lstrip("_") for i in re.findall(r"\{(\w+)\}", name)]
    if not idx:
        return name
    stem = re.sub(r"_?\{\w+\}", "", name)
    return f"{stem}[{', '.join(idx)}]"


__all__ = ["RESERVED", "indexed", "javascript", "kernel_js_source", "kernel_source", "python", "text"]
