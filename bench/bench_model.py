"""Benchmark the model: one 72-month run and a batch of 1,000 parameter sets.

    .venv/bin/python bench/bench_model.py [--repeats 100]

Prints a table of medians (milliseconds).  The reference, measured in the same
run, is the same equations interpreted by CPython (the kernel's ``py_func``,
i.e. without numba); for the batch it is timed on 10 sets and extrapolated to
1,000 (labelled).  Targets (issue 2, 2-core machine): single ≤ 15 ms, batch ≤ 200 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from model import ParamBatch, Params, core, integrate


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000.0


def batch_of(n: int, seed: int = 7) -> ParamBatch:
    """n parameter sets drawn uniformly over the uncertain assumptions' declared ranges."""
    rng = np.random.default_rng(seed)
    from model.registry import PARAMETERS

    arrays = {p.name: rng.uniform(p.min, p.max, n) for p in PARAMETERS if p.uncertain}
    arrays["commission"] = rng.uniform(0.0, 0.05, n)
    return ParamBatch.from_arrays(Params(), arrays)


def python_reference(params: Params | ParamBatch) -> None:
    """The same run with the kernel interpreted by CPython (no JIT)."""
    jitted = core._kernel
    core._kernel = jitted.py_func  # type: ignore[assignment]
    try:
        integrate(params)
    finally:
        core._kernel = jitted


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=100, help="repeats of the single run (median)")
    args = ap.parse_args()
    single = Params()
    big = batch_of(1000)
    small = batch_of(10)
    integrate(single)  # compile / load the cached kernel
    integrate(big)

    t_single = median_ms(lambda: integrate(single), args.repeats)
    t_batch = median_ms(lambda: integrate(big), max(10, args.repeats // 10))
    ref_single = median_ms(lambda: python_reference(single), 5)
    ref_batch = median_ms(lambda: python_reference(small), 3) * 100.0

    rows = [
        ("single 72-month run", t_single, 15.0, ref_single, f"median of {args.repeats}"),
        ("batch of 1,000 sets", t_batch, 200.0, ref_batch, f"median of {max(10, args.repeats // 10)}; ref: 10 sets x 100"),
    ]
    print(f"{'case':22} {'model ms':>10} {'target ms':>10} {'met':>4} {'CPython ref ms':>15} {'speed-up':>9}  note")
    for name, t, target, ref, note in rows:
        met = "yes" if t <= target else "NO"
        print(f"{name:22} {t:10.2f} {target:10.0f} {met:>4} {ref:15.0f} {ref / t:8.0f}x  {note}")
    print(f"per set in the batch: {t_batch / 1000 * 1000:.0f} µs; batch / single: {t_batch / t_single:.0f}x for 1,000x the work")


if __name__ == "__main__":
    main()
