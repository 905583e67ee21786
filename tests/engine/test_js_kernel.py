"""The browser-side engine's kernel (ui/engine/kernel.mjs, generated from the declaration) runs
the same arithmetic as the compiled Python kernel: Node.js against numba on every preset and on
300 random parameter sets with random schedules, agreeing to 1e-9 relative."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pytest

import model
from model import codegen
from model.core import calibrate, compiled_kernel, kernel_inputs, schedule_arrays
from model.equations import MODEL
from model.params import ParamBatch, Params
from model.registry import PARAMETERS
from model.schedule import Schedule
from model.sd import Binary, Neg, Num, Ref

ROOT = Path(__file__).resolve().parents[2]
KERNEL_JS = ROOT / "ui" / "engine" / "kernel.mjs"
RUNNER = ROOT / "tests" / "engine" / "run_kernel.mjs"
NODE = shutil.which("node") or shutil.which("nodejs")
SAVE_EVERY = round(1.0 / model.DT)

pytestmark = pytest.mark.skipif(NODE is None, reason="Node.js is installed by scripts/setup.sh dev")  # never skipped there


def _js(inp: np.ndarray, schedules: tuple[np.ndarray, ...], steps: int) -> np.ndarray:
    """The JavaScript kernel's saved series, shape (rows, saved steps, outputs)."""
    at, value, ramp, bounds = schedules
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        for name, a in (("inp", inp), ("at", at), ("value", value), ("ramp", ramp), ("bounds", bounds)):
            np.ascontiguousarray(a, dtype="<f8").tofile(d / f"{name}.f64")
        meta = {"steps": steps, "dt": model.DT, "saveEvery": SAVE_EVERY, "rows": inp.shape[0]}
        (d / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        done = subprocess.run([NODE, str(RUNNER), str(d)], capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr
        out = np.fromfile(d / "out.f64", dtype="<f8")
    return out.reshape(inp.shape[0], steps // SAVE_EVERY + 1, len(MODEL.saved))


def _python(inp: np.ndarray, schedules: tuple[np.ndarray, ...], steps: int) -> np.ndarray:
    out = np.empty((inp.shape[0], steps // SAVE_EVERY + 1, len(MODEL.saved)))
    compiled_kernel().kernel(steps, model.DT, SAVE_EVERY, inp, *schedules, out)
    return out


def _difference(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per row: the largest difference of a saved value, relative to the value or, where the value
    is near zero, to its variable's scale in that run; inf where one is finite and the other not."""
    finite = np.isfinite(b)
    scale = np.nanmax(np.abs(np.where(finite, b, np.nan)), axis=1, keepdims=True)
    d = np.abs(a - b) / np.maximum(np.maximum(np.abs(b), scale), 1e-300)
    d = np.where(finite, d, 0.0)
    d[np.isfinite(a) != finite] = np.inf
    return np.asarray(np.nanmax(d, axis=(1, 2)))


def _agree(js: np.ndarray, py: np.ndarray, where: str) -> None:
    """Element by element within 1e-9 (of the value, or of its variable's scale near zero)."""
    d = _difference(js, py)
    if np.any(d > 1e-9):
        row = int(np.argmax(d))
        pytest.fail(f"{where}: row {row} differs by {d[row]:.3g}")


def _agree_as_far_as_determined(inp: np.ndarray, schedules: tuple[np.ndarray, ...], steps: int) -> tuple[int, int]:
    """JavaScript within 1e-9 of Python, except where Python's own answer is not determined that
    well by its inputs: nudged by 1e-15 (relative), its inputs move its result by more than the
    engines differ, up to 10x (exp and log round in the last bit differently in V8 and glibc, and
    an unstable parameter set amplifies any such bit); where a nudge moves it by more than 1e-6
    the run is not determined by its inputs and nothing can be compared.  Returns (rows, rows
    beyond 1e-9)."""
    js, py = _js(inp, schedules, steps), _python(inp, schedules, steps)
    nudged = _python(inp * (1.0 + 1e-15 * np.random.default_rng(1).standard_normal(inp.shape)), schedules, steps)
    engines, itself = _difference(js, py), _difference(nudged, py)
    beyond = np.flatnonzero(engines > 1e-9)
    for row in beyond:  # (not determined even to 1e-6: nothing to compare)
        assert engines[row] <= 10 * itself[row] or itself[row] > 1e-6, (int(row), engines[row], itself[row])
    return len(engines), len(beyond)


def test_the_generated_javascript_kernel_is_current_and_parses() -> None:
    assert KERNEL_JS.read_text(encoding="utf-8") == codegen.kernel_js_source(MODEL), "run: python scripts/generate_kernel.py"
    done = subprocess.run([NODE, "--check", str(KERNEL_JS)], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr


def test_the_javascript_printer_keeps_pythons_precedence() -> None:
    a, b = Ref("a"), Ref("b")
    assert codegen.javascript(Neg(Binary("**", a, b))) == "-(a ** b)"  # JavaScript refuses -a ** b
    assert codegen.javascript(Binary("**", Neg(a), b)) == "(-a) ** b"
    assert codegen.javascript(Binary("-", a, Binary("-", b, Num(1.0)))) == "a - (b - 1.0)"
    assert codegen.javascript(Binary("**", a, Binary("**", b, Num(2.0)))) == "a ** b ** 2.0"  # right-associative, as Python


@pytest.mark.parametrize("name", [s.name for s in model.presets()])
def test_every_preset_runs_the_same_in_javascript(name: str) -> None:
    sc = model.load_scenario(name)
    steps = round((84 if sc.history else 72) / model.DT)
    runs = [sc, sc.counterfactual_scenario()] if sc.counterfactual else [sc]
    for run in runs:
        inp = kernel_inputs(ParamBatch.of(run.params), calibrate(ParamBatch.of(run.state)))
        schedules = schedule_arrays(run.schedules)
        _agree(_js(inp, schedules, steps), _python(inp, schedules, steps), f"{name} ({run.name})")


SCHEDULES = (
    Schedule.parse("commission=0.03@6+12"),
    Schedule.parse("commission=0.0@36"),
    Schedule.parse("fairness=0.2@12+24"),
    Schedule.parse("subsidy_bn_per_year=80@3+6"),
)


def test_the_browsers_own_runs_agree_with_python() -> None:
    """300 parameter sets as the browser runs them: the Monte Carlo draws of the baseline (the
    uncertain assumptions and the calibrated start), every policy lever uniform over its range,
    schedules on three levers, 72 months.  At most 2 % are unstable enough to amplify the last
    bit beyond 1e-9 -- in Python as much as in JavaScript."""
    from model.analysis import draw_samples

    rng = np.random.default_rng(20261201)
    n = 300
    sc = model.load_scenario("baseline")
    drawn = draw_samples(sc, n, 7)
    levers = {p.name: rng.uniform(p.min, p.max, n) for p in PARAMETERS if p.group == "policy"}
    run, ref = ParamBatch.from_arrays(sc.params, {**drawn, **levers}), ParamBatch.from_arrays(sc.state, drawn)
    inp = kernel_inputs(run, calibrate(ref))
    rows, beyond = _agree_as_far_as_determined(inp, schedule_arrays(SCHEDULES), round(72 / model.DT))
    assert rows == n and beyond <= 0.02 * n, beyond


def test_parameter_sets_over_every_declared_range_agree_as_far_as_they_are_determined() -> None:
    """300 sets drawn uniformly over every declared range, each its own calibrated reference
    state: many corners of the ranges are unstable (the result moves with the last bit of the
    inputs), and there the engines differ no more than the Python kernel does from itself."""
    rng = np.random.default_rng(20261201)
    batch = ParamBatch.from_arrays(Params(), {p.name: rng.uniform(p.min, p.max, 300) for p in PARAMETERS})
    inp = kernel_inputs(batch, calibrate(batch))
    rows, _ = _agree_as_far_as_determined(inp, schedule_arrays(SCHEDULES), round(72 / model.DT))
    assert rows == 300
