"""Refresh the regression baselines in tests/baselines/ (run only when a model change is intended).

.venv/bin/python scripts/update_baselines.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import model  # noqa: E402
from model.scenario import preset_names  # noqa: E402

OUT = ROOT / "tests" / "baselines"
MONTHS = list(range(0, 73, 6))


def baseline_table(name: str) -> str:
    res = model.run(model.load_scenario(name), months=72)
    frame = res.frame().set_index("month").loc[MONTHS].drop(columns=["date"])
    return frame.to_csv(float_format="%.10g", lineterminator="\n")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name in preset_names():
        (OUT / f"{name}.csv").write_text(f"# model {model.__version__}\n" + baseline_table(name), encoding="utf-8")
        print("wrote", OUT / f"{name}.csv")


if __name__ == "__main__":
    main()
