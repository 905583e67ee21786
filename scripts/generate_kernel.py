"""Write model/_kernel.py, the compiled time loop, from the equation declaration (model/equations.py).

    .venv/bin/python scripts/generate_kernel.py           # rewrite the file
    .venv/bin/python scripts/generate_kernel.py --check   # exit 1 if the file is not current

Run it after every change to model/equations.py or model/codegen.py; a test fails (and
``import model`` refuses to run) while the committed kernel is stale.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KERNEL = ROOT / "model" / "_kernel.py"
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the file is current")
    args = parser.parse_args()
    from model.codegen import kernel_source
    from model.equations import MODEL

    text = kernel_source(MODEL)
    current = KERNEL.read_text(encoding="utf-8") if KERNEL.exists() else ""
    if args.check:
        if text != current:
            print(f"{KERNEL} is not current: run python scripts/generate_kernel.py", file=sys.stderr)
            return 1
        return 0
    if text != current:
        KERNEL.write_text(text, encoding="utf-8")
        print("wrote", KERNEL)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
