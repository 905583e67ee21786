"""The language the model's equations are declared in, and its compiler.

``model/equations.py`` declares the model once, as a list of these objects::

    Dim("s", ("high_tier", "low_tier"))                  an index and its elements
    Input("price_sensitivity_{s}", "price_sensitivity_{s}")   a registry parameter, per element
    Derived(name, expr, unit, meaning)                   a constant of the run's parameters
    Calibrated(name, expr, unit, meaning)                a constant of the reference state
    Aux(name, expr, unit, meaning, save=...)             an auxiliary, evaluated every step
    Flow(name, expr, unit, meaning, save=...)            a rate of change of one or more stocks
    Stock(name, initial, unit, meaning, inflows=, outflows=, save=...)
    Fn(name, args, expr, meaning)                        a function (inlined where it is called)

**Names** may hold index placeholders, ``buyers_{s}``: such a declaration stands for one
variable per element (``buyers_high_tier``, ``buyers_low_tier``), and a placeholder in
its expression takes the same element.  An element's own name (``buyers_high_tier``)
can be used anywhere; ``sum(x_{s}, s)`` adds over an index.  A declaration may give one
expression per element instead (a ``dict`` element → expression): a key names all of a
variable's elements (``"head,focal"``) or one of them (``"focal"``: every variable of that
element); each variable takes the one key that fits it, a full key before a one-element key.
``save=`` labels may cover some elements only (the others are not saved).

**Expressions** are Python expression syntax, parsed (never evaluated) into a small tree:
numbers, names, ``+ - * / **``, unary ``-``, comparisons, ``a if test else b``, and
the functions ``min max exp ln log1p clip(x, lo, hi) sum(x, index)``, the declared
``Fn`` functions, and two that read the model's start (month 0, every stock at its
initial value, every lever at its base value):

* ``start(x)`` (only in ``Calibrated``): forward variable ``x`` at the start of a run
  with the reference parameters -- how the reference equilibrium is computed from the
  model's own equations instead of a second copy of them;
* ``change_since_start(x)``: ``x`` minus its value at the start of this run (0 at the
  start by definition, also inside ``start``).

Special names: ``time`` (months), ``dt`` (the step, months), ``EPS`` (1e-9, a floor
against division by zero).

The compiler (``compile_model``) unrolls every declaration over its indices, resolves
every name, orders the per-step equations (stocks break the loops), checks the whole
(unknown names, cycles, kinds, units, unused equations, schedulable parameters that
could not act) and returns a ``Model``: the form every printer reads (the numba kernel
in ``model.codegen``, XMILE in ``model.xmile``, the reference page in ``model.reference``,
the NumPy evaluation in ``model.evaluate``).  Printing is a walk over ``Node`` trees, so a
new back-end (JavaScript, ...) is one more printer of the same trees.
"""

from __future__ import annotations

import ast
import functools
import heapq
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

EPS = 1e-9
SPECIALS = frozenset({"time", "dt", "EPS"})
BUILTINS: Mapping[str, int] = {"min": 2, "max": 2, "exp": 1, "ln": 1, "log1p": 1}
"""Functions every back-end has, with their number of arguments."""

Kind = Literal["input", "derived", "calibrated", "aux", "flow", "stock"]


class DeclarationError(Exception):
    """The equation declaration is inconsistent (raised at import: a programming error, not user input)."""


# ------------------------------------------------------------------ expression trees
@dataclass(frozen=True, slots=True)
class Num:
    value: float


@dataclass(frozen=True, slots=True)
class Ref:
    name: str  # a variable, a special name, or (inside an Fn body) an argument


@dataclass(frozen=True, slots=True)
class Neg:
    arg: Node


@dataclass(frozen=True, slots=True)
class Binary:
    op: Literal["+", "-", "*", "/", "**"]
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Compare:
    op: Literal["<", "<=", ">", ">="]
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Cond:
    test: Node
    then: Node
    other: Node


@dataclass(frozen=True, slots=True)
class Call:
    fn: str  # one of BUILTINS
    args: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Sum:
    index: str  # template level only: unrolled into + chains
    body: Node


@dataclass(frozen=True, slots=True)
class Macro:
    fn: str  # a declared Fn: template level only, inlined when unrolled
    args: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Start:
    name: str  # start(x)


@dataclass(frozen=True, slots=True)
class Change:
    name: str  # change_since_start(x)


Node = Num | Ref | Neg | Binary | Compare | Cond | Call | Sum | Macro | Start | Change

_PLACEHOLDER = re.compile(r"\{(_?)([A-Za-z]\w*)\}")
_MARK = "__IDX{}_{}__"
_MARKED = re.compile(r"__IDX(U?)_([A-Za-z][A-Za-z0-9]*?)__")
_BINOPS: Mapping[type, Literal["+", "-", "*", "/", "**"]] = {
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.Pow: "**",
}
_CMPOPS: Mapping[type, Literal["<", "<=", ">", ">="]] = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}


def placeholders(text: str) -> list[str]:
    """The indices of a name template's placeholders (``{s}`` and ``{_p}``), in order of first appearance."""
    return list(dict.fromkeys(index for _, index in _PLACEHOLDER.findall(text)))


def parse(text: str, where: str = "expression", functions: Mapping[str, Fn] | None = None) -> Node:
    """Parse an expression (see the module docstring) into a tree; ``DeclarationError`` names what is wrong."""
    if "__IDX" in text:
        raise DeclarationError(f"{where}: names may not contain '__IDX'")
    marked = _PLACEHOLDER.sub(lambda m: _MARK.format("U" if m.group(1) else "", m.group(2)), text)
    try:
        tree = ast.parse(marked.strip(), mode="eval")
    except SyntaxError as exc:
        raise DeclarationError(f"{where}: cannot parse {text!r} ({exc.msg})") from None
    fns = functions or {}

    def name(node: ast.expr) -> str:
        if not isinstance(node, ast.Name):
            raise DeclarationError(f"{where}: expected a name in {text!r}, got {ast.unparse(node)!r}")
        return _MARKED.sub(lambda m: "{" + ("_" if m.group(1) else "") + m.group(2) + "}", node.id)

    def walk(node: ast.expr) -> Node:
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            return Num(float(node.value))
        if isinstance(node, ast.Name):
            return Ref(name(node))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return Neg(walk(node.operand))
        if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
            return Binary(_BINOPS[type(node.op)], walk(node.left), walk(node.right))
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _CMPOPS:
            return Compare(_CMPOPS[type(node.ops[0])], walk(node.left), walk(node.comparators[0]))
        if isinstance(node, ast.IfExp):
            return Cond(walk(node.test), walk(node.body), walk(node.orelse))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.keywords:
            fn, args = node.func.id, node.args
            if fn == "sum":
                if len(args) != 2:
                    raise DeclarationError(f"{where}: sum takes (expression, index) in {text!r}")
                return Sum(name(args[1]), walk(args[0]))
            if fn == "clip":
                if len(args) != 3:
                    raise DeclarationError(f"{where}: clip takes (x, lo, hi) in {text!r}")
                return Call("min", (Call("max", (walk(args[0]), walk(args[1]))), walk(args[2])))
            if fn in ("start", "change_since_start"):
                if len(args) != 1:
                    raise DeclarationError(f"{where}: {fn} takes one variable name in {text!r}")
                return Start(name(args[0])) if fn == "start" else Change(name(args[0]))
            if fn in BUILTINS:
                if len(args) != BUILTINS[fn]:
                    raise DeclarationError(f"{where}: {fn} takes {BUILTINS[fn]} argument(s) in {text!r}")
                return Call(fn, tuple(walk(a) for a in args))
            if fn in fns:
                if len(args) != len(fns[fn].args):
                    raise DeclarationError(f"{where}: {fn} takes {len(fns[fn].args)} argument(s) in {text!r}")
                return Macro(fn, tuple(walk(a) for a in args))
            raise DeclarationError(f"{where}: unknown function {fn!r} in {text!r}")
        raise DeclarationError(f"{where}: {ast.unparse(node)!r} is not allowed in an equation ({text!r})")

    return walk(tree.body)


def walk_nodes(node: Node) -> Iterator[Node]:
    """Every node of a tree, parents first."""
    yield node
    if isinstance(node, Neg):
        yield from walk_nodes(node.arg)
    elif isinstance(node, (Binary, Compare)):
        yield from walk_nodes(node.left)
        yield from walk_nodes(node.right)
    elif isinstance(node, Cond):
        for part in (node.test, node.then, node.other):
            yield from walk_nodes(part)
    elif isinstance(node, (Call, Macro)):
        for a in node.args:
            yield from walk_nodes(a)
    elif isinstance(node, Sum):
        yield from walk_nodes(node.body)


def refs(node: Node) -> set[str]:
    """Names a tree reads (variables and specials; ``start``/``change_since_start`` arguments included)."""
    out: set[str] = set()
    for n in walk_nodes(node):
        if isinstance(n, (Ref, Start, Change)):
            out.add(n.name)
    return out


def transform(node: Node, fn: Callable[[Node], Node | None]) -> Node:
    """Rebuild a tree bottom-up; ``fn`` may replace a node (return None to keep it)."""

    def go(n: Node) -> Node:
        if isinstance(n, Neg):
            n = Neg(go(n.arg))
        elif isinstance(n, Binary):
            n = Binary(n.op, go(n.left), go(n.right))
        elif isinstance(n, Compare):
            n = Compare(n.op, go(n.left), go(n.right))
        elif isinstance(n, Cond):
            n = Cond(go(n.test), go(n.then), go(n.other))
        elif isinstance(n, Call):
            n = Call(n.fn, tuple(go(a) for a in n.args))
        elif isinstance(n, Macro):
            n = Macro(n.fn, tuple(go(a) for a in n.args))
        elif isinstance(n, Sum):
            n = Sum(n.index, go(n.body))
        new = fn(n)
        return n if new is None else new

    return go(node)


# ------------------------------------------------------------------ declarations
Labels = tuple[str, str] | Mapping[str, tuple[str, str]]
"""``save=``: (label_en, label_zh) of a saved variable, or per element of a vector."""
ExprSpec = str | Mapping[str, str]
"""An expression, or one per element of a one-index vector."""


@dataclass(frozen=True, slots=True)
class Dim:
    """An index of the model: its placeholder and its elements (and their labels)."""

    index: str
    elements: tuple[str, ...]
    name_en: str = ""
    name_zh: str = ""
    bare: tuple[str, ...] = ()
    """Elements that ``{_x}`` writes as nothing (else ``_element``): the focal platform keeps the
    public names (``gmv``), the others carry theirs (``gmv_incumbent``)."""


@dataclass(frozen=True, slots=True)
class Fn:
    """A function of the declaration, inlined where it is called (XMILE macros are not portable)."""

    name: str
    args: tuple[str, ...]
    expr: str
    meaning: str = ""
    meaning_zh: str = ""


@dataclass(frozen=True, slots=True, init=False)
class Input:
    """A kernel input copied from the registry: ``param`` is a parameter name (template), or per
    element a parameter name or a number.  Its unit is the parameter's.  An input of a
    *schedulable* parameter is a lever: its value follows the run's schedules, step by step."""

    name: str
    param: str | Mapping[str, str | float]
    meaning: str
    meaning_zh: str
    save: Labels | None
    kind: Kind

    def __init__(
        self,
        name: str,
        param: str | Mapping[str, str | float],
        meaning: str = "",
        meaning_zh: str = "",
        *,
        save: Labels | None = None,
    ):
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "param", param)
        object.__setattr__(self, "meaning", meaning)
        object.__setattr__(self, "meaning_zh", meaning_zh)
        object.__setattr__(self, "save", save)
        object.__setattr__(self, "kind", "input")


@dataclass(frozen=True, slots=True, init=False)
class Equation:
    """A Derived, Calibrated, Aux or Flow declaration: a name, an expression, unit and meaning."""

    name: str
    expr: ExprSpec
    unit: str
    meaning: str
    meaning_zh: str
    save: Labels | None
    kind: Kind

    def __init__(
        self, name: str, expr: ExprSpec, unit: str, meaning: str = "", meaning_zh: str = "", *, save: Labels | None = None
    ):
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "expr", expr)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "meaning", meaning)
        object.__setattr__(self, "meaning_zh", meaning_zh)
        object.__setattr__(self, "save", save)
        object.__setattr__(self, "kind", self._kind())

    def _kind(self) -> Kind:  # pragma: no cover - overridden
        raise NotImplementedError


class Derived(Equation):
    """A constant computed from the run's inputs (and calibrated constants) before the time loop;
    recomputed every step when it depends on a lever."""

    __slots__ = ()

    def _kind(self) -> Kind:
        return "derived"


class Calibrated(Equation):
    """A constant of the reference state: computed once from the *reference* parameters
    (``start(x)`` reads the model's own equations at the start), never recomputed for the run."""

    __slots__ = ()

    def _kind(self) -> Kind:
        return "calibrated"


class Aux(Equation):
    """An auxiliary variable, evaluated every step."""

    __slots__ = ()

    def _kind(self) -> Kind:
        return "aux"


class Flow(Equation):
    """A rate (per month) that fills or drains stocks; evaluated every step."""

    __slots__ = ()

    def _kind(self) -> Kind:
        return "flow"


@dataclass(frozen=True, slots=True, init=False)
class Stock:
    """A stock: ``d name/dt = Σ inflows − Σ outflows``, from ``initial`` (an expression of constants)."""

    name: str
    expr: ExprSpec  # the initial value
    unit: str
    meaning: str
    meaning_zh: str
    inflows: tuple[str, ...]
    outflows: tuple[str, ...]
    save: Labels | None
    kind: Kind

    def __init__(
        self,
        name: str,
        initial: ExprSpec,
        unit: str,
        meaning: str = "",
        meaning_zh: str = "",
        *,
        inflows: Sequence[str] = (),
        outflows: Sequence[str] = (),
        save: Labels | None = None,
    ):
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "expr", initial)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "meaning", meaning)
        object.__setattr__(self, "meaning_zh", meaning_zh)
        object.__setattr__(self, "inflows", tuple(inflows))
        object.__setattr__(self, "outflows", tuple(outflows))
        object.__setattr__(self, "save", save)
        object.__setattr__(self, "kind", "stock")


Declaration = Input | Equation | Stock


@dataclass(frozen=True, slots=True)
class Section:
    """A titled group of declarations (the reference page's subsections)."""

    title_en: str
    title_zh: str
    items: tuple[Declaration, ...]


# ------------------------------------------------------------------ the compiled model
@dataclass(frozen=True, slots=True)
class Var:
    """One unrolled variable.

    Attributes:
        name: its name (placeholders filled in).
        kind: input, derived, calibrated, aux, flow or stock.
        expr: the equation (stocks: the initial value; inputs: None).
        unit, meaning: as declared (inputs: the parameter's unit).
        decl: the declaration it comes from; binding: index → element for this variable.
        param: inputs only: the registry parameter it copies, or None for a number (``value``).
        inflows, outflows: stocks only.
        label: (label_en, label_zh) when the variable is saved (an output of every run).
        dynamic: evaluated every step (aux, flow, levers and what depends on them).
    """

    name: str
    kind: Kind
    expr: Node | None
    unit: str
    meaning: str
    decl: Declaration
    binding: tuple[tuple[str, str], ...]
    param: str | None = None
    value: float | None = None
    inflows: tuple[str, ...] = ()
    outflows: tuple[str, ...] = ()
    label: tuple[str, str] | None = None
    dynamic: bool = False


@dataclass(frozen=True, slots=True)
class Model:
    """The compiled declaration: every variable unrolled, resolved and checked.

    Attributes:
        dims: the indices.
        sections: the declaration as written (for the reference page).
        functions: the declared functions.
        vars: every variable by name, in declaration order.
        step_order: the variables evaluated every step (levers, dynamic derived constants,
            auxiliaries and flows), each after everything it reads.
        stocks: the stocks, in declaration order.
        saved: the saved variables (the outputs of every run: CSV columns), in declaration order.
        columns: the static kernel inputs (inputs, static derived, calibrated), in a fixed order.
        levers: the registry parameters that act as levers (schedulable), in registry order.
        start_overrides: variables that take another value at the start point of the calibration.
    """

    dims: tuple[Dim, ...]
    sections: tuple[Section, ...]
    functions: Mapping[str, Fn]
    vars: Mapping[str, Var]
    step_order: tuple[str, ...]
    stocks: tuple[str, ...]
    saved: tuple[str, ...]
    columns: tuple[str, ...]
    levers: tuple[str, ...]
    start_overrides: Mapping[str, Node]

    def of_kind(self, *kinds: Kind) -> list[Var]:
        """The variables of these kinds, in declaration order."""
        return [v for v in self.vars.values() if v.kind in kinds]

    def fill(self, template: str, binding: Mapping[str, str]) -> str:
        """A name template with some of its placeholders filled (``{_p}`` the dimension's way)."""
        return _fill(template, binding, _bare(self.dims))

    def elements(self, template: str) -> list[str]:
        """The variable names a template stands for, in element order (``buyers_{s}`` → two names)."""
        return [_fill(template, dict(b), _bare(self.dims)) for b in _bindings(template, self.dims)]


def element_key(binding: Sequence[tuple[str, str]]) -> str:
    """The key of one element of an indexed declaration in a per-element ``dict``: its elements,
    in the order of the name's placeholders, joined by commas (``"head"``, ``"head,incumbent"``)."""
    return ",".join(e for _, e in binding)


def _bindings(template: str, dims: Sequence[Dim]) -> list[tuple[tuple[str, str], ...]]:
    by_index = {d.index: d for d in dims}
    idx = placeholders(template)
    for i in idx:
        if i not in by_index:
            raise DeclarationError(f"{template}: unknown index {{{i}}}; indices: {sorted(by_index)}")
    return [tuple(zip(idx, combo, strict=True)) for combo in itertools.product(*(by_index[i].elements for i in idx))]


def _fill(template: str, binding: Mapping[str, str], bare: Mapping[str, frozenset[str]] | None = None) -> str:
    """``template`` with its placeholders filled: ``{s}`` → the element, ``{_p}`` → ``_`` + the
    element (nothing for the dimension's ``bare`` elements); unbound placeholders stay."""

    def one(m: re.Match[str]) -> str:
        underscore, index = m.group(1), m.group(2)
        if index not in binding:
            return m.group(0)
        element = binding[index]
        if not underscore:
            return element
        return "" if element in (bare or {}).get(index, frozenset()) else "_" + element

    return _PLACEHOLDER.sub(one, template)


def _bare(dims: Sequence[Dim]) -> dict[str, frozenset[str]]:
    return {d.index: frozenset(d.bare) for d in dims}


def compile_model(
    dims: Sequence[Dim],
    functions: Sequence[Fn],
    sections: Sequence[Section],
    *,
    parameters: Mapping[str, tuple[str, bool]],
    start_overrides: Mapping[str, str] | None = None,
) -> Model:
    """Unroll, resolve, order and check a declaration.

    Args:
        dims: the indices.
        functions: the declared functions.
        sections: the declarations, in sections.
        parameters: every registry parameter: name → (unit, schedulable).
        start_overrides: variable → expression it takes at the start point of the
            calibration instead of its equation (e.g. no subsidy in the reference state).
    """
    dim_by_index = {d.index: d for d in dims}
    if len(dim_by_index) != len(dims):
        raise DeclarationError("two dimensions with one index")
    bare = _bare(dims)

    def fill(template: str, binding: Mapping[str, str]) -> str:
        return _fill(template, binding, bare)

    fns = {f.name: f for f in functions}
    fn_trees: dict[str, Node] = {}
    for f in functions:
        if f.name in BUILTINS or f.name in ("sum", "clip", "start", "change_since_start"):
            raise DeclarationError(f"function {f.name!r}: the name of a builtin")
        fn_trees[f.name] = parse(f.expr, f"function {f.name}", fns)

    def inline(tree: Node, where: str) -> Node:
        """Inline the declared functions of a template tree (arguments substituted)."""

        def rep(n: Node) -> Node | None:
            if isinstance(n, Macro):
                body = inline(fn_trees[n.fn], f"{where} (in {n.fn})")
                args = dict(zip(fns[n.fn].args, n.args, strict=True))
                return transform(body, lambda m: args.get(m.name) if isinstance(m, Ref) else None)
            return None

        return transform(tree, rep)

    def unroll(tree: Node, binding: Mapping[str, str], where: str) -> Node:
        def rep(n: Node) -> Node | None:
            if isinstance(n, Ref):
                return Ref(fill(n.name, binding))
            if isinstance(n, (Start, Change)):
                return type(n)(fill(n.name, binding))
            return None

        def expand(n: Node) -> Node | None:
            if isinstance(n, Sum):
                if n.index not in dim_by_index:
                    raise DeclarationError(f"{where}: sum over unknown index {n.index!r}")
                if n.index in binding:
                    raise DeclarationError(f"{where}: sum over {n.index!r}, which the variable's own name uses")
                parts = [unroll(n.body, {**binding, n.index: e}, where) for e in dim_by_index[n.index].elements]
                return functools.reduce(lambda a, b: Binary("+", a, b), parts)
            return None

        return transform(transform(tree, expand), rep)

    variables: dict[str, Var] = {}
    for section in sections:
        for d in section.items:
            where = f"{d.kind} {d.name}"
            binds = _bindings(d.name, dims)
            keys = {element_key(b) for b in binds}
            for spec_ in (getattr(d, "expr", None), getattr(d, "param", None)):
                if isinstance(spec_, Mapping):
                    used = {_pick_key(spec_, b, where) for b in binds}
                    if set(spec_) - used:
                        raise DeclarationError(f"{where}: definitions for no element: {sorted(set(spec_) - used)}")
            if isinstance(d.save, Mapping) and set(d.save) - keys:
                raise DeclarationError(f"{where}: save= labels for no element: {sorted(set(d.save) - keys)}")
            for b in binds:
                bd = dict(b)
                name = fill(d.name, bd)
                if name in variables or name in SPECIALS:
                    raise DeclarationError(f"{where}: the name {name!r} is declared twice")
                element = element_key(b)
                label = _label(d.save, element, where) if d.save is not None else None
                if isinstance(d, Input):
                    src = d.param[_pick_key(d.param, b, where)] if isinstance(d.param, Mapping) else d.param
                    if isinstance(src, str):
                        src = fill(src, bd)
                    if isinstance(src, str):
                        if src not in parameters:
                            raise DeclarationError(f"{where}: {src!r} is not a registry parameter")
                        variables[name] = Var(name, "input", None, parameters[src][0], d.meaning, d, b, param=src, label=label)
                    else:
                        units = [
                            parameters[fill(p, bd)][0]
                            for p in (d.param.values() if isinstance(d.param, Mapping) else ())
                            if isinstance(p, str) and fill(p, bd) in parameters
                        ]
                        variables[name] = Var(
                            name,
                            "input",
                            None,
                            units[0] if units else "dimensionless",
                            d.meaning,
                            d,
                            b,
                            value=float(src),
                            label=label,
                        )
                    continue
                spec = d.expr
                text = spec[_pick_key(spec, b, where)] if isinstance(spec, Mapping) else spec
                tree = unroll(inline(parse(text, where, fns), where), bd, where)
                if not d.unit:
                    raise DeclarationError(f"{where}: no unit")
                if isinstance(d, Stock):
                    variables[name] = Var(
                        name,
                        "stock",
                        tree,
                        d.unit,
                        d.meaning,
                        d,
                        b,
                        inflows=tuple(fill(x, bd) for x in d.inflows),
                        outflows=tuple(fill(x, bd) for x in d.outflows),
                        label=label,
                    )
                else:
                    variables[name] = Var(name, d.kind, tree, d.unit, d.meaning, d, b, label=label)

    overrides: dict[str, Node] = {}
    for template, text in (start_overrides or {}).items():
        for b in _bindings(template, dims):
            overrides[fill(template, dict(b))] = unroll(
                inline(parse(text, f"start override {template}", fns), template), dict(b), template
            )
    model = _check_and_order(dims, tuple(sections), fns, variables, parameters, overrides)
    return model


def _pick_key(spec: Mapping[str, object], binding: Sequence[tuple[str, str]], where: str) -> str:
    """The key of a per-element ``dict`` that defines the variable of ``binding``: its full key,
    else the one key that is one of its elements."""
    full = element_key(binding)
    if full in spec:
        return full
    fits = [e for _, e in binding if e in spec]
    if len(fits) != 1:
        why = "no definition" if not fits else f"two definitions ({fits})"
        raise DeclarationError(f"{where}: {why} for element {full!r}; keys: {sorted(spec)}")
    return fits[0]


def _label(save: Labels, element: str, where: str) -> tuple[str, str] | None:
    if isinstance(save, tuple):
        if element:
            raise DeclarationError(f"{where}: a vector needs save= labels per element (a dict)")
        return save
    return save.get(element)


def _check_and_order(
    dims: Sequence[Dim],
    sections: tuple[Section, ...],
    fns: Mapping[str, Fn],
    v: dict[str, Var],
    parameters: Mapping[str, tuple[str, bool]],
    overrides: Mapping[str, Node],
) -> Model:
    allowed: Mapping[Kind, frozenset[Kind]] = {
        "input": frozenset(),
        "derived": frozenset({"input", "derived", "calibrated"}),
        "calibrated": frozenset({"input", "derived", "calibrated"}),
        "aux": frozenset({"input", "derived", "calibrated", "aux", "flow", "stock"}),
        "flow": frozenset({"input", "derived", "calibrated", "aux", "flow", "stock"}),
        "stock": frozenset({"input", "derived", "calibrated"}),
    }
    forward_kinds = frozenset({"aux", "flow", "stock", "input", "derived", "calibrated"})
    for var in v.values():
        if var.expr is None:
            continue
        for node in walk_nodes(var.expr):
            if isinstance(node, Ref):
                if node.name in SPECIALS:
                    if node.name == "time" and var.kind not in ("aux", "flow"):
                        raise DeclarationError(f"{var.kind} {var.name}: 'time' is only for per-step equations")
                    continue
                if node.name not in v:
                    raise DeclarationError(f"{var.kind} {var.name}: unknown name {node.name!r}{_did_you_mean(node.name, v)}")
                if v[node.name].kind not in allowed[var.kind]:
                    raise DeclarationError(f"{var.kind} {var.name} cannot read {v[node.name].kind} {node.name!r}")
            elif isinstance(node, Start):
                if var.kind != "calibrated":
                    raise DeclarationError(f"{var.kind} {var.name}: start() is only for calibrated constants")
                if node.name not in v or v[node.name].kind not in forward_kinds:
                    raise DeclarationError(f"{var.name}: start({node.name}) needs a variable of the model")
            elif isinstance(node, Change):
                if var.kind not in ("aux", "flow"):
                    raise DeclarationError(f"{var.kind} {var.name}: change_since_start() is only for per-step equations")
                if node.name not in v or v[node.name].kind not in ("aux", "flow", "stock"):
                    raise DeclarationError(f"{var.name}: change_since_start({node.name}) needs a per-step variable or stock")
    for var in v.values():
        if var.kind == "stock":
            if not var.inflows and not var.outflows:
                raise DeclarationError(f"stock {var.name}: no flows")
            for f in (*var.inflows, *var.outflows):
                if f not in v or v[f].kind != "flow":
                    raise DeclarationError(f"stock {var.name}: {f!r} is not a declared flow")
    connected = {f for s in v.values() if s.kind == "stock" for f in (*s.inflows, *s.outflows)}
    for var in v.values():
        if var.kind == "flow" and var.name not in connected:
            raise DeclarationError(f"flow {var.name} fills or drains no stock (declare it an Aux)")
    for name, tree in overrides.items():
        if name not in v or v[name].kind not in ("aux", "flow"):
            raise DeclarationError(f"start override {name!r}: not a per-step variable")
        if refs(tree) - set(v) - SPECIALS:
            raise DeclarationError(f"start override {name!r}: unknown names {sorted(refs(tree) - set(v))}")

    # levers: inputs of schedulable parameters; what depends on them is evaluated every step
    levers = [p for p, (_, sched) in parameters.items() if sched]
    dynamic: set[str] = {n for n, x in v.items() if x.kind in ("aux", "flow") or (x.kind == "input" and x.param in levers)}
    changed = True
    while changed:
        changed = False
        for n, x in v.items():
            if n not in dynamic and x.kind == "derived" and x.expr is not None and refs(x.expr) & dynamic:
                dynamic.add(n)
                changed = True
    v = {n: _with(x, dynamic=n in dynamic) for n, x in v.items()}
    for x in v.values():
        if x.kind == "stock" and x.expr is not None and refs(x.expr) & dynamic:
            raise DeclarationError(f"stock {x.name}: its initial value reads levers {sorted(refs(x.expr) & dynamic)}")

    # per-step order: topological, declaration order among equals; stocks and constants are given
    step = [n for n, x in v.items() if x.dynamic]
    deps = {n: {r for r in _step_refs(v[n]) if r in v and v[r].dynamic} for n in step}
    order: list[str] = []
    position = {n: k for k, n in enumerate(step)}
    waiting = {n: len(deps[n]) for n in step}
    readers: dict[str, list[str]] = {n: [] for n in step}
    for n in step:
        for d in deps[n]:
            readers[d].append(n)
    ready = [(position[n], n) for n in step if not deps[n]]
    heapq.heapify(ready)
    while ready:  # Kahn's algorithm, the earliest-declared ready equation first
        _, n = heapq.heappop(ready)
        order.append(n)
        for r in readers[n]:
            waiting[r] -= 1
            if waiting[r] == 0:
                heapq.heappush(ready, (position[r], r))
    if len(order) < len(step):
        raise DeclarationError(f"a loop without a stock: {_cycle(deps, [n for n in step if n not in set(order)])}")

    # derived constants in dependency order (they may read calibrated ones); calibrated in declaration order
    _check_constant_order(v, overrides)

    # what the per-step equations need
    needed: set[str] = set()
    frontier = [n for n, x in v.items() if x.label is not None or x.kind == "stock"]
    for s in [x for x in v.values() if x.kind == "stock"]:
        frontier += [*s.inflows, *s.outflows]
    while frontier:
        n = frontier.pop()
        if n in needed or n in SPECIALS:
            continue
        needed.add(n)
        x = v[n]
        if x.expr is not None:
            frontier += [r for r in refs(x.expr) if r not in needed]
    unused = [n for n, x in v.items() if x.kind in ("aux", "flow", "derived") and n not in needed]
    if unused:
        raise DeclarationError(f"equations nothing reads and nothing saves: {unused}")
    read_per_step = {r for n in order for e in [v[n].expr] if e is not None for r in refs(e)}
    never = [p for p in levers if not any(x.param == p and x.name in read_per_step for x in v.values())]
    if never:
        raise DeclarationError(f"schedulable parameters that no per-step equation reads (a schedule could not act): {never}")
    used_params = {x.param for x in v.values() if x.kind == "input"}
    missing = [p for p in parameters if p not in used_params]
    if missing:
        raise DeclarationError(f"registry parameters no input copies: {missing}")

    kernel_reads: set[str] = set()
    for x in v.values():
        if x.expr is not None and (x.dynamic or x.kind == "stock"):
            kernel_reads |= refs(x.expr)
    static = [n for n, x in v.items() if n in kernel_reads and x.kind in ("input", "derived", "calibrated") and not x.dynamic]
    levers_base = [n for n, x in v.items() if x.kind == "input" and x.dynamic]  # a lever's base value
    columns = tuple(static) + tuple(levers_base)
    saved = tuple(n for n, x in v.items() if x.label is not None)
    stocks = tuple(n for n, x in v.items() if x.kind == "stock")
    return Model(
        dims=tuple(dims),
        sections=sections,
        functions=dict(fns),
        vars=v,
        step_order=tuple(order),
        stocks=stocks,
        saved=saved,
        columns=columns,
        levers=tuple(levers),
        start_overrides=dict(overrides),
    )


def _with(x: Var, **changes: object) -> Var:
    from dataclasses import replace

    return replace(x, **changes)  # type: ignore[arg-type]


def _step_refs(x: Var) -> set[str]:
    """What a per-step variable reads this step (``change_since_start(x)`` reads x this step too)."""
    return refs(x.expr) if x.expr is not None else set()


def _cycle(deps: Mapping[str, set[str]], pending: Iterable[str]) -> str:
    left = set(pending)
    n = next(iter(sorted(left)))
    path = [n]
    while True:
        n = sorted(d for d in deps[n] if d in left)[0]
        if n in path:
            return " -> ".join([*path[path.index(n) :], n])
        path.append(n)


def _check_constant_order(v: Mapping[str, Var], overrides: Mapping[str, Node]) -> None:
    """Calibrated constants are computed in declaration order: each may read only earlier ones
    (also through derived constants and the start-point equations it reads)."""
    memo: dict[str, frozenset[str]] = {}
    visiting: list[str] = []

    def reach(name: str) -> frozenset[str]:
        """Calibrated constants a variable needs at the start point (stocks at their initial values)."""
        if name in memo:
            return memo[name]
        if name in visiting:
            raise DeclarationError(f"a loop in the calibration: {' -> '.join([*visiting[visiting.index(name) :], name])}")
        x = v.get(name)
        tree = overrides.get(name, x.expr if x is not None else None)
        out: set[str] = set()
        if tree is not None:
            visiting.append(name)
            for n in walk_nodes(tree):
                if isinstance(n, (Ref, Start)) and n.name in v:  # change_since_start() is 0 at the start
                    if v[n.name].kind == "calibrated" and n.name != name:
                        out.add(n.name)
                    else:
                        out |= reach(n.name)
            visiting.pop()
        memo[name] = frozenset(out)
        return memo[name]

    seen: set[str] = set()
    for name, x in v.items():
        if x.kind != "calibrated":
            continue
        later = reach(name) - seen
        if later:
            raise DeclarationError(f"calibrated {name} needs {sorted(later)}, declared after it")
        seen.add(name)


def _did_you_mean(name: str, known: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(known), n=3, cutoff=0.75)
    return f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""


__all__ = [
    "EPS",
    "Aux",
    "Binary",
    "Calibrated",
    "Call",
    "Change",
    "Compare",
    "Cond",
    "DeclarationError",
    "Derived",
    "Dim",
    "Flow",
    "Fn",
    "Input",
    "Model",
    "Neg",
    "Node",
    "Num",
    "Ref",
    "Section",
    "Start",
    "Stock",
    "Var",
    "compile_model",
    "parse",
    "placeholders",
    "refs",
    "transform",
    "walk_nodes",
]
