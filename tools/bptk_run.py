"""Run an XMILE file in BPTK-Py and write the named variables at whole months as CSV.

    .venv-bptk/bin/python tools/bptk_run.py MODEL.xmile OUT.csv NAME [NAME ...]

BPTK-Py (``bptk-py[xmile]``) pins its own numpy, pandas and scipy, other versions than the
app's, so it lives in its own environment, ``.venv-bptk`` (``scripts/setup.sh dev`` makes it
from ``requirements-bptk.txt``), and this script imports nothing of the project: it sees the
file as any BPTK-Py user would. ``tests/model/test_xmile.py`` compares its output with
``core.integrate``.

BPTK-Py compiles the file to Python (``compile_xmile(..., "py")``), renames every variable
to camelCase (``buyers_high_tier`` → ``buyersHighTier``; its own ``sanitizeName``), and
evaluates an equation at a time by recursion into earlier steps. Steps are evaluated in
order, so that the recursion stays one step deep.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    src, out, names = Path(argv[0]), Path(argv[1]), argv[2:]
    from BPTK_Py.sdcompiler.compile import compile_xmile
    from BPTK_Py.sdcompiler.plugins.sanitizeNames import sanitizeName

    with tempfile.TemporaryDirectory() as tmp:
        compiled = Path(tmp) / "bptk_model.py"
        compile_xmile(str(src), str(compiled), "py")
        spec = importlib.util.spec_from_file_location("bptk_model", compiled)
        if spec is None or spec.loader is None:
            print(f"bptk_run: BPTK-Py wrote no module to {compiled}", file=sys.stderr)
            return 1
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    sim = module.simulation_model()
    keys = [sanitizeName(n) for n in names]
    missing = [n for n, k in zip(names, keys, strict=True) if k not in sim.equations]
    if missing:
        print(f"bptk_run: not in the compiled model: {', '.join(missing)}", file=sys.stderr)
        return 1
    steps = round((sim.stoptime - sim.starttime) / sim.dt)
    rows = []
    for i in range(steps + 1):
        t = sim.starttime + i * sim.dt
        values = [sim.memoize(k, t) for k in keys]  # every step, in order: one level of recursion
        if abs(t - round(t)) < 1e-9:
            rows.append([repr(float(t)), *(repr(float(v)) for v in values)])
    with out.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["time", *names])
        writer.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
