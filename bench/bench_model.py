"""Benchmark the model: one 72-month run and a batch of 1,000 parameter sets.

    .venv/bin/python bench/bench_model.py [--repeats 100] [--against DIR]

Prints a table of medians (milliseconds).  References, measured in the same run:

* the same equations interpreted by CPython (the kernel's ``py_func``, i.e. without
  numba); for the batch timed on 10 sets and extrapolated to 1,000 (labelled);
* with ``--against DIR``: the model of another checkout (e.g. the commit before a change,
  ``git worktree add /tmp/before <commit>``), timed by this same script in a child
  process that imports ``model`` from DIR, the two interleaved round by round so that
  load drift on the machine hits both alike.

Targets (issue 2, 2-core machine): single ≤ 15 ms, batch ≤ 200 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if "--serve" not in sys.argv:
    sys.path.insert(0, str(ROOT))

import model  # noqa: E402
from model import ParamBatch, Params, integrate  # noqa: E402


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    return statistics.median(times_ms(fn, repeats))


def times_ms(fn: Callable[[], object], repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def batch_of(n: int, seed: int = 7) -> ParamBatch:
    """n parameter sets drawn uniformly over the uncertain assumptions' declared ranges."""
    rng = np.random.default_rng(seed)
    arrays = {p.name: rng.uniform(p.min, p.max, n) for p in model.PARAMETERS if p.uncertain}
    arrays["commission"] = rng.uniform(0.0, 0.05, n)
    return ParamBatch.from_arrays(Params(), arrays)


def python_reference(params: Params | ParamBatch) -> None:
    """The same run with the kernel interpreted by CPython (no JIT)."""
    from model import _kernel

    jitted = _kernel.kernel
    _kernel.kernel = jitted.py_func
    try:
        integrate(params)
    finally:
        _kernel.kernel = jitted


CASES: dict[str, Callable[[], Any]] = {}


def _cases() -> dict[str, Callable[[], Any]]:
    if not CASES:
        single, big = Params(), batch_of(1000)
        CASES["single"] = lambda: integrate(single)
        CASES["batch"] = lambda: integrate(big)
        for fn in CASES.values():  # compile or load the cached kernel
            fn()
    return CASES


def serve() -> None:
    """Child mode: read ``CASE REPEATS`` lines, answer each with a JSON list of times (ms)."""
    cases = _cases()
    print(json.dumps({"ready": model.__file__}), flush=True)
    for line in sys.stdin:
        case, repeats = line.split()
        print(json.dumps(times_ms(cases[case], int(repeats))), flush=True)


class Other:
    """The model of another checkout, timed in a child process running this script (``--serve``)."""

    def __init__(self, checkout: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(checkout)}
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--serve"], cwd=checkout, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.where = json.loads(self._read())["ready"]

    def _read(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the reference checkout's model failed to start")
        return line

    def times(self, case: str, repeats: int) -> list[float]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{case} {repeats}\n")
        self.proc.stdin.flush()
        return list(json.loads(self._read()))

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=100, help="repeats of the single run (median)")
    ap.add_argument("--against", type=Path, help="another checkout whose model is timed alongside, interleaved")
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve()
        return
    cases = _cases()
    other = Other(args.against.resolve()) if args.against else None
    batches = max(10, args.repeats // 10)
    mine: dict[str, list[float]] = {"single": [], "batch": []}
    theirs: dict[str, list[float]] = {"single": [], "batch": []}
    rounds = 10
    for _ in range(rounds):  # interleaved: this model, then the other, round by round
        for case, n in (("single", args.repeats // rounds), ("batch", max(1, batches // rounds))):
            mine[case] += times_ms(cases[case], n)
            if other is not None:
                theirs[case] += other.times(case, n)
    small = batch_of(10)
    ref_single = median_ms(lambda: python_reference(Params()), 5)
    ref_batch = median_ms(lambda: python_reference(small), 3) * 100.0
    if other is not None:
        other.close()

    print(f"uptime: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} (load 1/5/15 min)")
    header = f"{'case':22} {'model ms':>10} {'target ms':>10} {'met':>4} {'CPython ref ms':>15} {'speed-up':>9}"
    if other is not None:
        header += f" {'against ms':>11} {'ratio':>6}"
    print(header + "  note")
    rows = [
        ("single 72-month run", "single", 15.0, ref_single, f"median of {len(mine['single'])}"),
        ("batch of 1,000 sets", "batch", 200.0, ref_batch, f"median of {len(mine['batch'])}; CPython ref: 10 sets x 100"),
    ]
    for name, case, target, ref, note in rows:
        t = statistics.median(mine[case])
        line = f"{name:22} {t:10.2f} {target:10.0f} {'yes' if t <= target else 'NO':>4} {ref:15.0f} {ref / t:8.0f}x"
        if other is not None:
            o = statistics.median(theirs[case])
            line += f" {o:11.2f} {t / o:6.2f}"
        print(line + "  " + note)
    t_single, t_batch = statistics.median(mine["single"]), statistics.median(mine["batch"])
    print(f"per set in the batch: {t_batch:.0f} µs; batch / single: {t_batch / t_single:.0f}x for 1,000x the work")
    if other is not None:
        print(f"against: {other.where} (ratio = this model / that one, same rounds, interleaved)")


if __name__ == "__main__":
    main()
