"""The equation declaration and what is generated from it: the kernel, the calibration, the levers.

The regression baselines, the PySD check (``test_xmile.py``) and the reference-page tests
guard the numbers and the other printers; here: the declaration language refuses what it
should, the committed kernel is what the declaration generates (and numba's disk cache
follows it), every schedulable parameter acts, and the calibrated state is an equilibrium
of the model's own equations.
"""

from __future__ import annotations

import ast
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import model
from model import PARAMETERS, Params, Schedule, integrate
from model.codegen import kernel_source, python, text
from model.core import DT, OUTPUTS, calibrate, compiled_kernel, warm
from model.equations import DIMS, FUNCTIONS, MODEL, NO_GROWTH, SECTIONS, START_OVERRIDES, VARIABLE_BY_NAME, VARIABLES
from model.evaluate import Evaluator
from model.params import ParamBatch
from model.sd import Aux, Calibrated, DeclarationError, Dim, Flow, Fn, Input, Section, Stock, compile_model, parse

ROOT = Path(__file__).resolve().parents[2]
KERNEL = ROOT / "model" / "_kernel.py"
PARAMS = {p.name: (p.unit, p.schedulable) for p in PARAMETERS}


# ------------------------------------------------------------------ generated kernel
def test_the_committed_kernel_is_what_the_declaration_generates() -> None:
    assert KERNEL.read_text(encoding="utf-8") == kernel_source(MODEL), "run: python scripts/generate_kernel.py"
    proc = subprocess.run(
        [sys.executable, "scripts/generate_kernel.py", "--check"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr


def test_the_kernel_names_no_lever_and_compiles_once() -> None:
    src = KERNEL.read_text(encoding="utf-8")
    body = src[src.index("def kernel(") :]
    for p in PARAMETERS:
        if p.schedulable:  # each lever is read through lever_at from its own column, never by a special case
            assert f"lever_at(_base_{p.name}," in body and f"if _scheduled_{p.name}:" in body, p.name
    assert '"commission"' not in body and "'commission'" not in body
    sc = model.load_scenario("support_100bn")
    model.run(sc, months=6)
    model.run(sc.with_schedules([Schedule.parse("fairness=0.2@1+2")]), months=6)
    from model.analysis import monte_carlo

    monte_carlo(sc, months=6, draws=200)  # a threaded batch: row slices of the same arrays
    assert len(compiled_kernel().kernel.signatures) == 1
    assert warm() == 1  # what setup and the Dockerfile run: every variant, one compile


@pytest.mark.parametrize("name", [p.name for p in PARAMETERS if p.schedulable])
def test_every_schedulable_parameter_can_be_stepped_and_ramped_and_moves_the_run(name: str) -> None:
    p = next(q for q in PARAMETERS if q.name == name)
    sc = model.load_scenario("support_100bn")  # a subsidy runs: its split matters
    target = p.max if sc.params[name] < (p.min + p.max) / 2 else p.min
    base = model.run(sc, months=36)
    for sched in (
        Schedule(param=name, value=target, at_month=12),
        Schedule(param=name, value=target, at_month=12, ramp_months=6),
    ):
        moved = model.run(sc.with_schedules([sched]), months=36)
        before = {v: np.array_equal(base[v][:12], moved[v][:12]) for v in OUTPUTS}
        after = [v for v in OUTPUTS if not np.allclose(base[v][14:], moved[v][14:], rtol=1e-9, atol=1e-12)]
        assert all(before.values()), [v for v, same in before.items() if not same]  # nothing moves before month 12
        assert after, f"a schedule of {name} moved nothing"


def test_a_schedulable_parameter_that_no_equation_reads_is_refused() -> None:
    params = {**PARAMS, "active_share_high_tier": ("fraction", True)}  # only the calibration reads it
    with pytest.raises(DeclarationError, match=r"schedulable parameters that no per-step equation reads.*active_share_high_tier"):
        compile_model(DIMS, FUNCTIONS, SECTIONS, parameters=params, start_overrides=START_OVERRIDES)


def test_the_python_printer_round_trips_every_equation() -> None:
    """The kernel's text parses back to the very tree it was printed from (same order of operations)."""
    specials = {"math.exp": "exp", "math.log1p": "log1p", "math.log": "ln"}
    for v in MODEL.vars.values():
        if v.expr is None or not (v.dynamic or v.kind == "stock"):  # what the kernel prints
            continue
        printed = python(v.expr, change=lambda n: f"{n}__start")
        for a, b in specials.items():
            printed = printed.replace(a, b)
        ast.parse(printed, mode="eval")
        if "Change(" in repr(v.expr):  # printed as (x - x__start), the start value the kernel keeps
            assert "__start" in printed, v.name
            continue
        assert parse(printed, v.name) == v.expr, v.name


# ------------------------------------------------------------------ numba's disk cache follows the kernel file
@pytest.mark.slow
def test_numba_cache_follows_an_edit_of_the_kernel(tmp_path: Path) -> None:
    """A changed lever_at (generated into model/_kernel.py with the kernel) is compiled anew, not
    read from the stale cache; a hand-edited kernel file is refused."""
    shutil.copytree(ROOT / "model", tmp_path / "model", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "scenarios", tmp_path / "scenarios")
    shutil.copytree(ROOT / "scripts", tmp_path / "scripts")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    script = (
        "import model; sc = model.load_scenario('baseline').with_schedules([model.Schedule.parse('commission=0.02@2+4')]); "
        "print(repr(float(model.run(sc, months=6)['commission'][4])))"
    )
    env = {k: v for k, v in os.environ.items() if k != "NUMBA_CACHE_DIR"} | {"PYTHONPATH": str(tmp_path)}

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)

    first = run()
    assert first.returncode == 0, first.stderr
    assert float(first.stdout) == pytest.approx(0.006 + (0.02 - 0.006) * 2 / 4)  # half-way up the ramp
    assert list((tmp_path / "model" / "__pycache__").glob("_kernel.*.nbi")), "numba wrote no cache"
    # a different ramp rule in the generator: regenerate, and the run must follow it
    codegen = tmp_path / "model" / "codegen.py"
    codegen.write_text(
        codegen.read_text(encoding="utf-8").replace("min((t - at[j]) / ramp[j], 1.0)", "min((t - at[j]) / ramp[j], 0.25)"),
        encoding="utf-8",
    )
    gen = subprocess.run([sys.executable, "scripts/generate_kernel.py"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert gen.returncode == 0, gen.stderr
    second = run()
    assert second.returncode == 0, second.stderr
    assert float(second.stdout) == pytest.approx(0.006 + (0.02 - 0.006) * 0.25)
    # a kernel edited by hand (not generated) is refused, with the command that fixes it
    kernel = tmp_path / "model" / "_kernel.py"
    kernel.write_text(kernel.read_text(encoding="utf-8").replace("time = k * dt", "time = k * dt * 1.0"), encoding="utf-8")
    third = run()
    assert third.returncode != 0 and "scripts/generate_kernel.py" in third.stderr


# ------------------------------------------------------------------ calibration from the model's own equations
@pytest.mark.parametrize("preset", ["baseline", "bid_incumbent", "pdd_2024_fee_waiver"])
def test_the_reference_state_is_an_equilibrium_of_the_kernel(preset: str) -> None:
    """Without policy, every stock of a mature preset holds still (what grows is declared:
    shoppers, wallets, the content platform's attraction), exactly: the calibration read the
    same equations the kernel runs."""
    sc = model.load_scenario(preset)
    frozen = sc.state.replace(**NO_GROWTH)
    raw = integrate(frozen, reference=frozen, months=24, save_every=1)
    running = ("cumulative_profit", "smb_volume")  # running sums: profit (reporting), output (against its trend)
    saved = [n for n in MODEL.stocks if n in raw.data and not n.startswith(running)]
    assert len(saved) > 30
    for name in saved:
        series = raw.data[name][:, 0]
        assert np.allclose(series, series[0], rtol=1e-12, atol=1e-15), name
    # and every stock, saved or not, has no net flow at the start
    batch = ParamBatch.of(frozen)
    ev = Evaluator(MODEL, batch, known=calibrate(batch).values, dt=DT)
    for name in MODEL.stocks:
        var = MODEL.vars[name]
        net = sum(float(ev.start(f)[0]) for f in var.inflows) - sum(float(ev.start(f)[0]) for f in var.outflows)
        if not name.startswith("cumulative_profit") and name != "smb_volume":  # running sums (smb_volume: against its trend)
            assert abs(net) <= 1e-12 * max(1.0, abs(float(ev.start(name)[0]))), name
    assert raw.data["relative_price_high_tier"][0, 0] == 0.0  # no price gap at the reference state


def test_calibration_is_the_start_of_a_run_at_the_reference_parameters() -> None:
    """Month 0 of a run equals the start point the calibration evaluates (NumPy vs the kernel)."""
    p = ParamBatch.of(Params())
    cal = calibrate(p)
    ev = Evaluator(MODEL, p, known=cal.values, dt=DT)
    raw = integrate(Params(), months=1)
    for name in OUTPUTS:
        if name == "subsidy_spend":  # the start point has no subsidy by declaration (START_OVERRIDES)
            continue
        assert raw.data[name][0, 0] == pytest.approx(float(ev.start(name)[0]), rel=1e-13, abs=1e-15), name


def test_calibrated_constants_are_vectorised_over_a_batch() -> None:
    values = np.array([0.004, 0.006, 0.02])
    batch = ParamBatch.from_arrays(Params(), {"commission": values})
    cal = calibrate(batch)
    for i, c in enumerate(values):
        one = calibrate(ParamBatch.of(Params().replace(commission=float(c))))
        for name, arr in cal.values.items():
            assert arr.shape == (3,)
            assert arr[i] == pytest.approx(float(one[name][0]), rel=1e-15), name
    assert cal.vector("cal_churn_{s}{_p}").shape == (3, 9)


# ------------------------------------------------------------------ the declaration language
def _toy(*items: object, params: dict[str, tuple[str, bool]] | None = None) -> None:
    compile_model(
        (Dim("s", ("a", "b")),),
        (Fn("twice", ("x",), "2 * x"),),
        (Section("toy", "玩具", tuple(items)),),  # type: ignore[arg-type]
        parameters=params or {"k": ("per month", True)},
    )


def test_a_small_model_compiles() -> None:
    _toy(
        Input("k", "k"),
        Stock("x_{s}", "1", "M", "x", "x", inflows=("growth_{s}",), save={"a": ("x a", "x a"), "b": ("x b", "x b")}),
        Flow("growth_{s}", "twice(k) * x_{s}", "M per month", "g", "g"),
    )


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ((Aux("y", "z + 1", "-", "y", "y", save=("y", "y")),), r"unknown name 'z'"),
        ((Aux("y", "max(y, 1)", "-", "y", "y", save=("y", "y")),), r"a loop without a stock: y -> y"),
        ((Aux("y", "1", "-", "y", "y"),), r"nothing reads and nothing saves: \['y'\]"),
        ((Aux("y", "1", "-", "y", "y", save=("y", "y")), Aux("y", "2", "-", "y", "y")), r"declared twice"),
        ((Aux("y_{s}", "1", "-", "y", "y", save=("y", "y")),), r"labels per element"),
        ((Aux("y", "start(k)", "-", "y", "y", save=("y", "y")),), r"start\(\) is only for calibrated constants"),
        ((Aux("y", "sum(x_{s}, s) + eval(1)", "-", "y", "y", save=("y", "y")),), r"unknown function 'eval'"),
        ((Aux("y", "x.real", "-", "y", "y", save=("y", "y")),), r"not allowed in an equation"),
        ((Aux("y", "time", "", "y", "y", save=("y", "y")),), r"no unit"),
        ((Calibrated("c", "time", "-", "c", "c"), Aux("y", "c", "-", "y", "y", save=("y", "y"))), r"'time' is only for per-step"),
        ((Flow("f", "1", "-", "f", "f"), Aux("y", "f", "-", "y", "y", save=("y", "y"))), r"fills or drains no stock"),
        ((Stock("x", "1", "-", "x", "x", inflows=("g",)), Aux("g", "1", "-", "g", "g")), r"'g' is not a declared flow"),
        ((Input("k2", "q"),), r"'q' is not a registry parameter"),
        (
            (
                Calibrated("c1", "c2", "-", "c", "c"),
                Calibrated("c2", "1", "-", "c", "c"),
                Aux("y", "c1", "-", "y", "y", save=("y", "y")),
            ),
            r"calibrated c1 needs \['c2'\], declared after it",
        ),
        ((Aux("y", "change_since_start(k) + 1", "-", "y", "y", save=("y", "y")),), r"needs a per-step variable or stock"),
    ],
)
def test_the_declaration_language_refuses_mistakes_clearly(items: tuple[object, ...], message: str) -> None:
    with pytest.raises(DeclarationError, match=message):
        _toy(Input("k", "k"), Aux("k_used", "k", "-", "k", "k", save=("k", "k")), *items)


def test_every_declaration_has_a_meaning_in_both_languages_and_every_parameter_an_input() -> None:
    for section in MODEL.sections:
        assert section.title_en and section.title_zh
        for d in section.items:
            if not isinstance(d, Input):
                assert d.meaning and any("\u4e00" <= ch <= "\u9fff" for ch in d.meaning_zh), d.name
    copied = {v.param for v in MODEL.vars.values() if v.kind == "input"}
    assert {p.name for p in PARAMETERS} <= copied
    for f in MODEL.functions.values():
        assert f.meaning and f.meaning_zh


def test_output_variables_come_from_the_declaration() -> None:
    assert tuple(v.name for v in VARIABLES) == OUTPUTS == MODEL.saved
    assert model.VARIABLES == VARIABLES
    for v in VARIABLES:
        var = MODEL.vars[v.name]
        assert v.unit == var.unit and (v.label_en, v.label_zh) == var.label
        assert v.kind == {"stock": "stock", "flow": "flow", "aux": "auxiliary", "input": "lever"}[var.kind]
    assert VARIABLE_BY_NAME["gmv"].unit == "RMB bn per month"


def test_text_printer_shows_indices_and_functions() -> None:
    tree = parse("sum(gmv_{s} * (1 - share_{s}), s) / max(x ** 2, EPS) if a >= 0 else -b", "t")
    assert text(tree) == "(if a ≥ 0 then Σ_s (gmv[s] · (1 − share[s])) / max(x^2, EPS) else −b)"
    assert math.isclose(float(eval(python(parse("2 ** -1 * 3", "t")))), 1.5)  # noqa: S307 - a literal of our own


def test_a_platform_index_keeps_the_focal_platforms_public_names() -> None:
    """``{_p}`` writes nothing for the dimension's bare elements: the focal platform keeps ``gmv``,
    the others are ``gmv_rival``; per-element definitions are keyed by their elements."""
    m = compile_model(
        (Dim("p", ("focal", "rival"), bare=("focal",)), Dim("k", ("a", "b"))),
        (),
        (
            Section(
                "toy",
                "玩具",
                (
                    Input("fee{_p}", {"focal": "k", "rival": 0.02}),
                    Aux(
                        "sales_{k}{_p}",
                        {"a,focal": "1", "a,rival": "2", "b,focal": "3 * fee", "b,rival": "fee_rival"},
                        "-",
                        "s",
                        "s",
                    ),
                    Aux(
                        "gmv{_p}",
                        "sum(sales_{k}{_p}, k)",
                        "-",
                        "g",
                        "g",
                        save={"focal": ("GMV", "GMV"), "rival": ("GMV r", "GMV r")},
                    ),
                ),
            ),
        ),
        parameters={"k": ("fraction", True)},
    )
    assert m.saved == ("gmv", "gmv_rival")
    assert m.elements("sales_{k}{_p}") == ["sales_a", "sales_a_rival", "sales_b", "sales_b_rival"]
    assert m.vars["fee_rival"].value == 0.02 and m.vars["fee"].param == "k"
    assert text(m.vars["gmv"].expr) == "sales_a + sales_b"  # type: ignore[arg-type]
