"""The integrator: calibrate the reference state, lay out the kernel's inputs, run the time loop.

The equations are declared once, in ``model/equations.py``; this module only runs them:

1. **Calibration** (``calibrate``): the ``Calibrated`` constants of the reference
   parameters (``model.evaluate``), remembered per reference state.
2. **Inputs**: one row per parameter set, one column per kernel input
   (``MODEL.columns``: registry parameters, constants derived from them, calibrated
   constants, each lever's base value), and the lever schedules as flat arrays.
3. **The time loop**: ``model/_kernel.py``, generated from the declaration (numba,
   compiled once per installation and cached on disk next to that file), run over the
   batch, split across threads for large batches (it releases the GIL).

Euler integration with ``dt`` = 0.25 month; the saved series are monthly by default.
"""

from __future__ import annotations

import functools
import itertools
import os
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import numpy as np
import numpy.typing as npt

from .equations import MODEL
from .evaluate import Evaluator
from .evaluate import calibrate as _calibrate
from .params import FloatArray, ParamBatch, Params
from .registry import PARAMETERS
from .schedule import Schedule

DT = 0.25
OUTPUTS: tuple[str, ...] = MODEL.saved
"""The saved variables of every run, in the order of ``RawRun.data`` (and the CSV)."""


@functools.cache
def compiled_kernel() -> ModuleType:
    """``model/_kernel.py``, checked against the declaration (imported on first use, so that the
    generator can import the package while the kernel is being regenerated)."""
    from . import _kernel
    from .codegen import kernel_source

    if Path(_kernel.__file__).read_text(encoding="utf-8") != kernel_source(MODEL):
        raise RuntimeError(
            "model/_kernel.py was generated from another version of model/equations.py: "
            "run `python scripts/generate_kernel.py` (a stale kernel would give wrong answers)"
        )
    return _kernel


@dataclass(frozen=True, slots=True)
class Calibration:
    """The calibrated constants of a reference state: name → array over the batch, shape (N,)."""

    values: Mapping[str, FloatArray]

    def __getitem__(self, name: str) -> FloatArray:
        return self.values[name]

    def vector(self, template: str) -> FloatArray:
        """The elements of an indexed constant stacked on a last axis: ``vector("cal_churn_{s}")`` → (N, 2)."""
        return np.stack([self.values[n] for n in MODEL.elements(template)], axis=-1)

    @property
    def size(self) -> int:
        return int(next(iter(self.values.values())).shape[0])


def calibrate(ref: ParamBatch) -> Calibration:
    """The reference equilibrium of every parameter set of ``ref`` (vectorised over the batch)."""
    return Calibration(_calibrate(MODEL, ref, dt=DT))


@dataclass(frozen=True, slots=True)
class RawRun:
    """Saved time series: ``data[name]`` has shape (T_saved, N); ``t`` in months."""

    t: FloatArray
    data: dict[str, FloatArray]
    calibration: Calibration


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where each kernel input column comes from (worked out once from the declaration)."""

    param_cols: npt.NDArray[np.intp]
    params: tuple[str, ...]
    value_cols: npt.NDArray[np.intp]
    values: FloatArray
    derived: tuple[tuple[int, str], ...]
    calibrated: tuple[tuple[int, str], ...]


@functools.cache
def _layout() -> _Layout:
    params, pcols, vcols, values, derived, calibrated = [], [], [], [], [], []
    for c, name in enumerate(MODEL.columns):
        v = MODEL.vars[name]
        if v.kind == "input" and v.param is not None:
            pcols.append(c)
            params.append(v.param)
        elif v.kind == "input":
            vcols.append(c)
            values.append(float(v.value or 0.0))
        elif v.kind == "derived":
            derived.append((c, name))
        else:
            calibrated.append((c, name))
    return _Layout(
        np.array(pcols, dtype=np.intp),
        tuple(params),
        np.array(vcols, dtype=np.intp),
        np.array(values),
        tuple(derived),
        tuple(calibrated),
    )


def kernel_inputs(p: ParamBatch, cal: Calibration) -> FloatArray:
    """The kernel's input matrix, shape (N, len(MODEL.columns)), C-contiguous float64: the run's
    parameters, the derived constants (``model.evaluate``) and the calibrated constants."""
    lay = _layout()
    out = np.empty((p.size, len(MODEL.columns)))
    out[:, lay.param_cols] = np.stack([p[name] for name in lay.params], axis=1)
    out[:, lay.value_cols] = lay.values
    if lay.derived:
        ev = Evaluator(MODEL, p, known=cal.values, dt=DT)
        for c, name in lay.derived:
            out[:, c] = ev.constant(name, check=False)
    for c, name in lay.calibrated:
        out[:, c] = cal.values[name]
    if not np.isfinite(out).all():  # pragma: no cover - parameters are validated, constants checked when made
        bad = [MODEL.columns[c] for c in np.flatnonzero(~np.isfinite(out).all(axis=0))]
        raise FloatingPointError(f"kernel inputs not finite: {bad}")
    return out


def schedule_arrays(schedules: Sequence[Schedule]) -> tuple[FloatArray, FloatArray, FloatArray, npt.NDArray[np.int64]]:
    """The schedules as the kernel reads them: at, value, ramp (sorted by lever, then by month)
    and the bounds of each lever's rows (``MODEL.levers`` order)."""
    rows: list[tuple[float, float, float]] = []
    bounds = [0]
    for lever in MODEL.levers:
        rows += sorted((s.at_month, s.value, s.ramp_months) for s in schedules if s.param == lever)
        bounds.append(len(rows))
    unknown = {s.param for s in schedules} - set(MODEL.levers)
    if unknown:  # pragma: no cover - Schedule itself refuses parameters that are not schedulable
        raise ValueError(f"schedules of parameters that are not levers: {sorted(unknown)}")
    table = np.array(rows, dtype=np.float64).reshape(-1, 3)
    return (
        np.ascontiguousarray(table[:, 0]),
        np.ascontiguousarray(table[:, 1]),
        np.ascontiguousarray(table[:, 2]),
        np.array(bounds, dtype=np.int64),
    )


@dataclass(frozen=True, slots=True)
class Prepared:
    """Everything the time loop reads for one batch, laid out as the kernels take it (the compiled
    one here, ``ui/engine/kernel.mjs`` in the browser): ``inputs`` (N, len(MODEL.columns)), the
    schedules as four flat arrays, and the loop's steps."""

    inputs: FloatArray
    schedules: tuple[FloatArray, FloatArray, FloatArray, npt.NDArray[np.int64]]
    steps: int
    dt: float
    save_every: int
    calibration: Calibration

    @property
    def size(self) -> int:
        return int(self.inputs.shape[0])

    @property
    def saved(self) -> int:
        """The number of saved points per run (month 0 included)."""
        return self.steps // self.save_every + 1


def prepare(
    params: Params | Sequence[Params] | ParamBatch,
    *,
    reference: Params | Sequence[Params] | ParamBatch | None = None,
    schedules: Sequence[Schedule] = (),
    months: float = 72,
    dt: float = DT,
    save_every: int | None = None,
) -> Prepared:
    """The kernel's inputs for a run (arguments as ``integrate``): calibration, input matrix, schedules."""
    p = ParamBatch.of(params)
    ref_values: tuple[float, ...] | None
    if reference is None or isinstance(reference, Params):
        ref_values = (reference or Params.default()).values
        ref = None
        n = p.size
    else:
        ref = ParamBatch.of(reference)
        ref_values = tuple(float(ref[q.name][0]) for q in PARAMETERS) if ref.size == 1 else None
        n = max(p.size, ref.size)
    p = p.broadcast(n)
    steps = round(months / dt)
    if steps < 1 or abs(steps * dt - months) > 1e-9:
        raise ValueError(f"months = {months!r} must be a positive multiple of dt = {dt!r}")
    if save_every is None:
        save_every = max(1, round(1.0 / dt))
    if ref_values is not None:  # one reference state for the whole batch: solved once, remembered
        cal = _broadcast(_calibrated(ref_values), n)
    elif ref is not None:
        cal = calibrate(ref.broadcast(n))
    else:  # pragma: no cover - every path above sets one of the two
        raise AssertionError("no reference state")
    return Prepared(kernel_inputs(p, cal), schedule_arrays(schedules), steps, dt, save_every, cal)


def integrate(
    params: Params | Sequence[Params] | ParamBatch,
    *,
    reference: Params | Sequence[Params] | ParamBatch | None = None,
    schedules: Sequence[Schedule] = (),
    months: float = 72,
    dt: float = DT,
    save_every: int | None = None,
) -> RawRun:
    """Run the model with Euler steps of ``dt`` months and return the saved series.

    Args:
        params: the run's parameters: one set, a sequence, or a ``ParamBatch``.
        reference: the parameters of the calibrated reference state (default: the
            registry defaults); a single set broadcasts over the batch.
        schedules: lever schedules (shared by the whole batch).
        months: horizon in months.
        dt: time step in months.
        save_every: save one point every this many steps (default: monthly).
    """
    prep = prepare(params, reference=reference, schedules=schedules, months=months, dt=dt, save_every=save_every)
    inp, (at, value, ramp, bounds), steps, save_every, n = prep.inputs, prep.schedules, prep.steps, prep.save_every, prep.size
    out = np.empty((n, prep.saved, len(OUTPUTS)))
    kernel = compiled_kernel().kernel
    compiling = _WARMING
    if compiling is not None and compiling.is_alive() and threading.current_thread() is not compiling:
        if n == 1:  # while the compiler works: the same loop as plain Python (bit-identical, ~50x slower)
            kernel = kernel.py_func
        else:
            compiling.join()
    workers = min(_THREADS, n // _MIN_CHUNK)
    if workers <= 1:
        kernel(steps, dt, save_every, inp, at, value, ramp, bounds, out)
    else:  # the kernel releases the GIL: split the batch over the cores
        edges = np.linspace(0, n, workers + 1).astype(int)
        parts = list(itertools.pairwise(edges))
        list(
            _pool().map(
                lambda b: kernel(steps, dt, save_every, inp[b[0] : b[1]], at, value, ramp, bounds, out[b[0] : b[1]]),
                parts,
            )
        )
    t = np.arange(out.shape[1], dtype=np.float64) * (dt * save_every)
    return RawRun(t=t, data={name: out[:, :, k].T for k, name in enumerate(OUTPUTS)}, calibration=prep.calibration)


@functools.lru_cache(maxsize=64)
def _calibrated(reference: tuple[float, ...]) -> Calibration:
    """The calibration of one reference state (read-only arrays, shared by every run from it)."""
    cal = calibrate(ParamBatch.of(Params(reference)))
    for arr in cal.values.values():
        arr.flags.writeable = False
    return cal


def _broadcast(cal: Calibration, n: int) -> Calibration:
    """A single-state calibration repeated over a batch of ``n`` (views, no copies)."""
    if n == 1:
        return cal
    return Calibration({k: np.broadcast_to(v, (n,)) for k, v in cal.values.items()})


def warm() -> int:
    """Compile, or load from numba's disk cache, every variant of the kernel that runs use (a
    single run, a threaded batch, schedules): call it once when installing or building an image
    so that no visitor waits for the compiler.  Returns the number of compiled signatures (1)."""
    from .schedule import Schedule

    integrate(Params(), months=1)
    integrate(ParamBatch.of([Params()] * (_MIN_CHUNK * 2)), months=1, schedules=[Schedule.parse("commission=0.01@0")])
    k = compiled_kernel()
    k.lever_at(0.0, np.zeros(1), np.zeros(1), np.zeros(1), 0, 1, 0.0)
    return len(k.kernel.signatures)


_WARMING: threading.Thread | None = None
_WARM_LOCK = threading.Lock()


def _warm_beside() -> None:
    """Compile in a child process (numba writes its disk cache; the child does not hold this
    process's GIL while it compiles), then load the compiled kernel here from that cache."""
    import contextlib
    import subprocess
    import sys

    here = str(Path(__file__).resolve().parent.parent)  # the directory holding this package
    path = os.pathsep.join(p for p in (here, os.environ.get("PYTHONPATH", "")) if p)
    with contextlib.suppress(OSError, subprocess.SubprocessError):  # then this process compiles
        subprocess.run(
            [sys.executable, "-c", "import model.core; model.core.warm()"],
            env={**os.environ, "PYTHONPATH": path},
            check=False,
            capture_output=True,
            timeout=600,
        )
    warm()


def _cached() -> bool:
    """Whether numba's disk cache has an index for this kernel: ``_kernel.kernel-<line>.pyXY.nbi``
    (the line of its decorator in ``model/_kernel.py``) beside it, or under ``NUMBA_CACHE_DIR``."""
    import sys

    source = Path(__file__).resolve().parent / "_kernel.py"
    lines = source.read_text(encoding="utf-8").splitlines()
    at = next((i for i, line in enumerate(lines) if line.startswith("def kernel(")), 0)
    name = f"_kernel.kernel-{at}.py{sys.version_info.major}{sys.version_info.minor}.nbi"  # at: 0-based def = decorator line
    root = os.environ.get("NUMBA_CACHE_DIR")  # numba caches there instead, when it is set
    if root:
        return any(Path(root).rglob(name))
    return (source.parent / "__pycache__" / name).exists()


def warm_in_background() -> threading.Thread | None:
    """Make the compiled kernel ready without making a visitor wait for the compiler (once per
    process).  With numba's disk cache in place this loads it at once (~1 s) and returns None;
    without, numba compiles in a child process (16-45 s) while this one goes on, and this returns
    the thread that then loads the result.  Until then a single run uses the kernel's plain-Python
    loop (``py_func``: the same code, bit-identical, ~50 ms for 72 months) and a batch waits for
    the compiler: a new server's first visitor sees the page without waiting for numba."""
    global _WARMING
    with _WARM_LOCK:
        if _WARMING is None:
            if _cached():
                warm()
                _WARMING = threading.Thread(target=lambda: None, name="flywheel-warm", daemon=True)
                _WARMING.start()
                _WARMING.join()
                return None
            _WARMING = threading.Thread(target=_warm_beside, name="flywheel-warm", daemon=True)
            _WARMING.start()
        return _WARMING if _WARMING.is_alive() else None


def warming() -> bool:
    """Whether a background ``warm`` is still compiling (batches would wait for it)."""
    return _WARMING is not None and _WARMING.is_alive()


_THREADS = max(1, min(os.cpu_count() or 1, 8))
_MIN_CHUNK = 64


@functools.cache
def _pool() -> ThreadPoolExecutor:
    """One shared thread pool for batch runs (created on first use)."""
    return ThreadPoolExecutor(max_workers=_THREADS, thread_name_prefix="flywheel")


__all__ = [
    "DT",
    "OUTPUTS",
    "Calibration",
    "Prepared",
    "RawRun",
    "calibrate",
    "integrate",
    "kernel_inputs",
    "prepare",
    "schedule_arrays",
    "warm",
    "warm_in_background",
    "warming",
]
