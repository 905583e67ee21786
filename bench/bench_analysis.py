"""Benchmark the analyses: Monte Carlo bands, tornado and policy map, against one run.

    .venv/bin/python bench/bench_analysis.py [--repeats 30] [--preset baseline]

Prints a table of medians (milliseconds), each with its ratio to the reference
measured in the same run: one 72-month run of the preset (``model.run``).
Targets: Monte Carlo of 200 draws adds ≤ 150 ms to a rerun (its own time, since
the app's single run happens anyway); a 25 × 21 policy map ≤ 1,000 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import model
from model.analysis import monte_carlo, policy_map, tornado
from model.registry import PARAMETERS


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=30, help="repeats of each analysis (median); 10x for the single run")
    ap.add_argument("--preset", default="baseline", help="scenario preset to analyse")
    args = ap.parse_args()
    sc = model.load_scenario(args.preset)
    k = sum(p.uncertain for p in PARAMETERS)
    cases: list[tuple[str, Callable[[], object], float | None, int, str]] = [
        ("single 72-month run", lambda: model.run(sc, months=72), None, args.repeats * 10, "reference"),
        ("monte carlo 200 draws", lambda: monte_carlo(sc, months=72, draws=200), 150.0, args.repeats, "72 months, all variables"),
        (f"tornado k={k}", lambda: tornado(sc, "gmv_annual", 72), None, args.repeats, f"{2 * k + 1} runs, horizon 72"),
        (
            "policy map 25x21",
            lambda: policy_map(sc, "commission", "fairness", "gmv_annual", 72),
            1000.0,
            args.repeats,
            "525 runs, horizon 72",
        ),
    ]
    for _, fn, _, _, _ in cases:  # compile / load the cached kernel, warm the thread pool
        fn()
    print(f"preset {args.preset}; median of the repeats shown; ratio = time / single run")
    print(f"{'case':24} {'ms':>9} {'ratio':>8} {'target ms':>10} {'met':>8}  note")
    ref = None
    for name, fn, target, repeats, note in cases:
        t = median_ms(fn, repeats)
        ref = t if ref is None else ref
        met = "-" if target is None else ("met" if t <= target else "NOT met")
        tgt = "-" if target is None else f"{target:.0f}"
        print(f"{name:24} {t:9.2f} {t / ref:7.0f}x {tgt:>10} {met:>8}  {note}; median of {repeats}")


if __name__ == "__main__":
    main()
