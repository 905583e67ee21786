"""Rerun cost of the app after a slider change, against a trivial three-slider app (AppTest).

    .venv/bin/python bench/bench_app.py [--runs 30]

Both apps run through Streamlit's AppTest in this process, their reruns interleaved
(so load drift on the machine hits both alike); each timing is one
``slider.set_value(...).run()`` (a full script rerun), median of ``--runs``.
Target (issue 3): the full app costs at most 3x the trivial app.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent


def interleaved_ms(apps: list[tuple[Path, str, list[float]]], runs: int) -> list[float]:
    """Median rerun time of each app, their reruns interleaved so load drift hits all alike."""
    tests = []
    for path, _, _ in apps:
        at = AppTest.from_file(str(path), default_timeout=60)
        at.run()
        tests.append(at)
    times: list[list[float]] = [[] for _ in apps]
    for i in range(runs + 3):
        for j, (at, (_, key, values)) in enumerate(zip(tests, apps, strict=True)):
            t0 = time.perf_counter()
            at.slider(key=key).set_value(values[i % len(values)]).run()
            if i >= 3:  # warm-up: caches, first chart build
                times[j].append(time.perf_counter() - t0)
    for at in tests:
        if at.exception:
            raise RuntimeError(at.exception)
    return [statistics.median(ts) * 1000 for ts in times]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=60)
    args = ap.parse_args()
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    trivial, full = interleaved_ms(
        [
            (ROOT / "bench" / "trivial_app.py", "a", [0.1, 0.2, 0.3, 0.4, 0.5]),
            # a new commission each time: every rerun is a model cache miss (the worst case)
            (ROOT / "streamlit_app.py", "commission", [round(1.0 + 0.1 * i, 1) for i in range(80)]),
        ],
        args.runs,
    )
    print(f"{'app':34} {'rerun ms (median)':>18}")
    print(f"{'trivial three-slider app':34} {trivial:18.1f}")
    print(f"{'Flywheel Explorer (slider change)':34} {full:18.1f}")
    ratio = full / trivial
    print(f"ratio full / trivial: {ratio:.1f}x (target <= 3x: {'met' if ratio <= 3 else 'NOT met'}); runs: {args.runs}")


if __name__ == "__main__":
    main()
