#!/usr/bin/env bash
# Set up (first time) and run every check: lint, types, unit/property/app tests and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
exec .venv/bin/python -m pytest -n 2 "$@"
