#!/usr/bin/env bash
# Create .venv and install pinned dependencies: setup.sh runtime|dev
# dev also installs, as root via apt, Debian's Chromium (browser tests), a CJK font
# (screenshots in Chinese), nginx (the load-balanced replicas recipe and its test) and Node.js
# and npm (the browser-side engine's kernel, tested against the Python kernel; axe-core).
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-runtime}"
python="${PYTHON:-python3.11}"
command -v "$python" >/dev/null 2>&1 || python=python3
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
# The hashed locks (scripts/lock.py writes them from requirements*.txt): every package pinned, with the
# sha256 of its file; --no-deps: a package a lock does not list is an error, not a silent install.
lock=requirements.lock
[ "$kind" = dev ] && lock=requirements-dev.lock
install="--quiet --disable-pip-version-check --require-hashes --no-deps"
stamp=".venv/.installed-$kind-$(sha256sum requirements.lock requirements-dev.lock | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  # shellcheck disable=SC2086
  .venv/bin/python -m pip install $install -r "$lock"
  touch "$stamp"
fi
# BPTK-Py (dev): the XMILE export is also run in it; it pins other numpy/pandas/scipy, so its own venv
if [ "$kind" = dev ]; then
  [ -x .venv-bptk/bin/python ] || "$python" -m venv .venv-bptk
  bstamp=".venv-bptk/.installed-$(sha256sum requirements-bptk.lock | cut -c1-16)"
  if [ ! -f "$bstamp" ]; then
    # shellcheck disable=SC2086
    .venv-bptk/bin/python -m pip install $install -r requirements-bptk.lock
    touch "$bstamp"
  fi
fi
if [ "$kind" = dev ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/sbin/nginx ] || [ ! -x /usr/bin/soffice ] || ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "noto sans cjk"; }; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    command -v node >/dev/null 2>&1 || node=nodejs
    command -v npm >/dev/null 2>&1 || npm=npm
    # libreoffice-calc-nogui: tests/app/test_spreadsheet.py opens every download in Calc
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk nginx ${node:-} ${npm:-} >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
  else
    echo "setup: the tests need Debian's chromium, fonts-noto-cjk, nginx, libreoffice-calc-nogui and nodejs: sudo apt-get install chromium fonts-noto-cjk nginx libreoffice-calc-nogui nodejs npm" >&2
    exit 1
  fi
fi
# axe-core (pinned in package.json / package-lock.json) audits accessibility in the browser tests
if [ "$kind" = dev ] && [ ! -f node_modules/axe-core/axe.min.js ]; then
  npm ci --no-audit --no-fund --silent
fi
# Compile the model's kernel once (numba caches it on disk next to model/_kernel.py) so that
# parallel test workers and the app's first visitor load it instead of compiling it.
.venv/bin/python -c "import model.core; model.core.warm()"
