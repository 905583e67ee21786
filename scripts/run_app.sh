#!/usr/bin/env bash
# Set up (first time) and run the app: bash scripts/run_app.sh [streamlit options]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh runtime
exec .venv/bin/streamlit run streamlit_app.py "$@"
