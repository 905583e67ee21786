"""Benchmark the browser-side engine's kernel (ui/engine/kernel.mjs) against the compiled one.

    .venv/bin/python bench/bench_engine.py [--rounds 7] [--repeats 20]

Prints a table of medians (milliseconds): one 72-month run of the baseline and a batch of 200
Monte Carlo draws, in Node.js (V8, the engine Chromium runs) and in the numba kernel, measured
in the same rounds, interleaved (a round runs each case ``--repeats`` times; Node.js times its
own runs, without its start-up).  The target (issue 15): a lever move redraws every main chart
within 100 ms, so one run must take a small part of that.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import model  # noqa: E402
from model.analysis import draw_samples  # noqa: E402
from model.core import calibrate, compiled_kernel, kernel_inputs, schedule_arrays  # noqa: E402
from model.params import ParamBatch  # noqa: E402

RUNNER = ROOT / "tests" / "engine" / "run_kernel.mjs"
STEPS = round(72 / model.DT)
SAVE = round(1 / model.DT)


def node_ms(inp: np.ndarray, sched: tuple[np.ndarray, ...], repeats: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        for name, a in zip(("inp", "at", "value", "ramp", "bounds"), (inp, *sched), strict=True):
            np.ascontiguousarray(a, dtype="<f8").tofile(d / f"{name}.f64")
        meta = {"steps": STEPS, "dt": model.DT, "saveEvery": SAVE, "rows": inp.shape[0], "repeat": repeats}
        (d / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        subprocess.run([shutil.which("node") or "nodejs", str(RUNNER), str(d)], check=True)
        return float(json.loads((d / "time.json").read_text(encoding="utf-8"))["median_ms"])


def numba_ms(inp: np.ndarray, sched: tuple[np.ndarray, ...], repeats: int) -> float:
    out = np.empty((inp.shape[0], STEPS // SAVE + 1, len(model.core.OUTPUTS)))
    kernel = compiled_kernel().kernel
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        kernel(STEPS, model.DT, SAVE, inp, *sched, out)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--repeats", type=int, default=20)
    args = ap.parse_args()
    sc = model.load_scenario("baseline")
    sched = schedule_arrays(sc.schedules)
    single = kernel_inputs(ParamBatch.of(sc.params), calibrate(ParamBatch.of(sc.state)))
    drawn = draw_samples(sc, 200, 20251122)
    batch = kernel_inputs(ParamBatch.from_arrays(sc.params, drawn), calibrate(ParamBatch.from_arrays(sc.state, drawn)))
    numba_ms(single, sched, 2)  # load the compiled kernel
    cases = {
        "single 72-month run": single,
        "batch of 200 draws": batch,
    }
    got: dict[tuple[str, str], list[float]] = {}
    for _ in range(args.rounds):
        for case, inp in cases.items():
            reps = args.repeats if inp.shape[0] == 1 else max(2, args.repeats // 10)
            got.setdefault((case, "node"), []).append(node_ms(inp, sched, reps))
            got.setdefault((case, "numba"), []).append(numba_ms(inp, sched, reps))
    print(f"{args.rounds} interleaved rounds; median over rounds of each round's median")
    print(f"{'case':24s} {'node ms':>9s} {'numba ms':>9s} {'node/numba':>11s}  target")
    for case in cases:
        js, nb = statistics.median(got[(case, "node")]), statistics.median(got[(case, "numba")])
        target = "≤ 100 ms for every chart redrawn" if case.startswith("single") else "(Web Worker, off the main thread)"
        print(f"{case:24s} {js:9.2f} {nb:9.2f} {js / nb:10.1f}x  {target}")


if __name__ == "__main__":
    main()
