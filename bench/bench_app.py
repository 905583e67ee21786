"""Rerun cost of the app after a slider change, against a trivial three-slider app (AppTest).

    .venv/bin/python bench/bench_app.py [--runs 30]

Both apps run through Streamlit's AppTest in this process, their reruns interleaved
(so load drift on the machine hits both alike); each timing is one
``slider.set_value(...).run()`` (a full script rerun), median of ``--runs``.
A third app, ``skeleton_app.py``, has the app's page with no work behind it (same
elements, static content): what Streamlit alone charges for that page.
Targets: the full app (bands off) costs at most 3x the trivial app (issue 3); the
Monte Carlo bands (200 draws, on by default) add at most 150 ms to a rerun (issue 4).
"""

from __future__ import annotations

import argparse
import logging
import statistics
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent


def interleaved_ms(apps: list[tuple[Path, str, list[float], dict[str, str]]], runs: int) -> list[float]:
    """Median rerun time of each app (opened with a query string), their reruns interleaved
    so load drift on the machine hits all alike."""
    tests = []
    for path, _, _, query in apps:
        at = AppTest.from_file(str(path), default_timeout=60)
        for k, v in query.items():
            at.query_params[k] = v
        at.run()
        tests.append(at)
    times: list[list[float]] = [[] for _ in apps]
    for i in range(runs + 3):
        for j, (at, (_, key, values, _)) in enumerate(zip(tests, apps, strict=True)):
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
    # a new commission each time: every rerun is a model cache miss (the worst case)
    commissions = [round(1.0 + 0.1 * i, 1) for i in range(80)]
    trivial, skeleton, full, with_bands = interleaved_ms(
        [
            (ROOT / "bench" / "trivial_app.py", "a", [0.1, 0.2, 0.3, 0.4, 0.5], {}),
            (ROOT / "bench" / "skeleton_app.py", "commission", [1.0, 1.5, 2.0], {}),
            (ROOT / "streamlit_app.py", "commission", commissions, {"bands": "0"}),
            (ROOT / "streamlit_app.py", "commission", commissions, {}),
        ],
        args.runs,
    )
    print(f"{'app':44} {'rerun ms (median)':>18}")
    print(f"{'trivial three-slider app':44} {trivial:18.1f}")
    print(f"{'same page, no work (bench/skeleton_app.py)':44} {skeleton:18.1f}")
    print(f"{'Flywheel Explorer, bands off':44} {full:18.1f}")
    print(f"{'Flywheel Explorer, bands on (200 draws)':44} {with_bands:18.1f}")
    ratio = full / trivial
    print(f"ratio full (bands off) / trivial: {ratio:.1f}x (target <= 3x: {'met' if ratio <= 3 else 'NOT met'})")
    print(
        f"the page's Streamlit elements alone: {skeleton / trivial:.1f}x the trivial app; "
        f"our own work per rerun: {full - skeleton:.1f} ms"
    )
    added = with_bands - full
    print(f"added by the bands: {added:.1f} ms (target <= 150 ms: {'met' if added <= 150 else 'NOT met'}); runs: {args.runs}")


if __name__ == "__main__":
    main()
