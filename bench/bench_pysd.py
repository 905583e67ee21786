"""Benchmark our model against PySD running our XMILE export of the same model.

    .venv/bin/python bench/bench_pysd.py [--repeats 100] [--pysd-repeats 10] [--pysd-sets 20]

Prints a table of medians (milliseconds), house style (``bench_model.py``):

* single 72-month run of the baseline: ``model.run`` vs PySD's ``run`` of the file
  ``python -m model xmile`` writes (loaded and translated once, outside the timing;
  the load time is printed separately).  Both return every saved series monthly.
* 1,000 parameter sets: one batch call of ``integrate`` vs 1,000 PySD runs.  PySD
  is timed on ``--pysd-sets`` sets run one after another (``run(params=...)``, the
  export's live parameter constants set per run) and extrapolated to 1,000
  (labelled "extrapolated").  Timing only: a PySD run with changed parameters does
  not recompute the constants our Python computes at export (see ``model/xmile.py``).

Goals (issue 6): our single run ≥ 25× faster, our 1,000-set batch ≥ 300× faster.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_model import batch_of, median_ms

from model import PARAMETERS, integrate, load_scenario, run
from model.core import OUTPUTS
from model.xmile import parameter_name, to_xmile

with warnings.catch_warnings():  # PySD 3.14 imports a module that chardet 7 deprecates
    warnings.simplefilter("ignore")
    import pysd

GOAL_SINGLE = 25.0
GOAL_BATCH = 300.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=100, help="repeats of our single run (median)")
    ap.add_argument("--pysd-repeats", type=int, default=10, help="repeats of PySD's single run (median, >= 10)")
    ap.add_argument("--pysd-sets", type=int, default=20, help="PySD runs timed for the 1,000-set case (>= 20)")
    args = ap.parse_args()
    warnings.simplefilter("ignore")  # PySD's pandas deprecation warnings on every run

    scenario = load_scenario("baseline")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "baseline.xmile"
        path.write_text(to_xmile(scenario), encoding="utf-8")
        t0 = time.perf_counter()
        pm = pysd.read_xmile(str(path))
        load_s = time.perf_counter() - t0
        months = np.arange(73.0)
        cols = list(OUTPUTS)

        # ours: warm up (numba cache, calibration cache), then time
        big = batch_of(1000)
        run(scenario)
        integrate(big)
        t_single = median_ms(lambda: run(scenario), args.repeats)
        t_batch = median_ms(lambda: integrate(big), max(10, args.repeats // 10))

        pm.run(return_columns=cols, return_timestamps=months)  # warm-up
        p_single = median_ms(lambda: pm.run(return_columns=cols, return_timestamps=months), args.pysd_repeats)

        varied = [p.name for p in PARAMETERS if p.uncertain] + ["commission"]  # what batch_of draws
        sets = batch_of(args.pysd_sets)
        t0 = time.perf_counter()
        for i in range(args.pysd_sets):
            values = {parameter_name(n): float(sets[n][i]) for n in varied}
            pm.run(params=values, return_columns=cols, return_timestamps=months)
        p_batch = (time.perf_counter() - t0) / args.pysd_sets * 1000.0 * 1000.0

    r_single = p_single / t_single
    r_batch = p_batch / t_batch
    rows = [
        ("single 72-month run", t_single, p_single, r_single, GOAL_SINGLE, f"median of {args.repeats} / {args.pysd_repeats}"),
        (
            "1,000 parameter sets",
            t_batch,
            p_batch,
            r_batch,
            GOAL_BATCH,
            f"ours: one batch, median of {max(10, args.repeats // 10)}; "
            f"PySD: {args.pysd_sets} runs x {1000 / args.pysd_sets:g}, extrapolated",
        ),
    ]
    print(f"{'case':22} {'model ms':>10} {'PySD ms':>12} {'ratio':>8} {'goal':>6} {'met':>8}  note")
    for name, ours, theirs, ratio, goal, note in rows:
        met = "met" if ratio >= goal else "NOT met"
        print(f"{name:22} {ours:10.2f} {theirs:12.0f} {ratio:7.0f}x {goal:5.0f}x {met:>8}  {note}")
    print(f"PySD load + translation of the XMILE file (once, not in the table): {load_s:.2f} s")
    print(
        f"PySD runs with {len(varied)} parameters set per run (as batch_of draws them); "
        f"all {len(cols)} saved series returned monthly"
    )


if __name__ == "__main__":
    main()
