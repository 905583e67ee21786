"""Write the model's time loops from the equation declaration (model/equations.py):
model/_kernel.py (compiled by numba) and ui/engine/kernel.mjs (the browser-side engine).

    .venv/bin/python scripts/generate_kernel.py           # rewrite the files
    .venv/bin/python scripts/generate_kernel.py --check   # exit 1 if a file is not current

Run it after every change to model/equations.py or model/codegen.py; a test fails (and
``import model`` refuses to run) while a committed kernel is stale.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KERNEL = ROOT / "model" / "_kernel.py"
KERNEL_JS = ROOT / "ui" / "engine" / "kernel.mjs"
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the file is current")
    args = parser.parse_args()
    from model.codegen import kernel_js_source, kernel_source
    from model.equations import MODEL

    stale = 0
    for path, text in ((KERNEL, kernel_source(MODEL)), (KERNEL_JS, kernel_js_source(MODEL))):
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if text == current:
            continue
        if args.check:
            print(f"{path} is not current: run python scripts/generate_kernel.py", file=sys.stderr)
            stale += 1
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print("wrote", path)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
