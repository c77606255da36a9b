#!/usr/bin/env bash
# Set-up and the two everyday jobs, from a fresh clone:
#   bash scripts/dev.sh demo   # create/reuse .venv, install, analyse examples/interview.md
#   bash scripts/dev.sh test   # create/reuse .venv, install, run the test suite
# On a machine without torch it installs torch==2.13.0 first, so a CPU machine never pulls
# the CUDA builds. POLISENT_VENV and PYTHON override the venv path and the interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."

job="${1:-}"
case "$job" in demo|test|setup) ;; *) echo "usage: bash scripts/dev.sh demo|test|setup" >&2; exit 2 ;; esac
shift || true

venv="${POLISENT_VENV:-.venv}"
python="${PYTHON:-python3}"

if [ ! -x "$venv/bin/python" ]; then
  "$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "polisent needs Python >= 3.11; set PYTHON=python3.11")'
  echo "[dev] creating $venv" >&2
  "$python" -m venv "$venv"
fi
py="$venv/bin/python"

if ! "$py" -c 'import torch' >/dev/null 2>&1; then
  echo "[dev] installing torch==2.13.0 (CPU wheel where one is provided)" >&2
  "$py" -m pip install --quiet --disable-pip-version-check "torch==2.13.0"
fi

# Reinstall the project only when pyproject.toml (or the extras installed) changed since the last install.
# The ray extra is part of the test set-up so the Ray engine tests (tests/test_ray.py) run in CI.
extras="test,ray,html"
stamp="$venv/.polisent-install-stamp"
want="$( (cat pyproject.toml; echo "extras=$extras") | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || ! "$py" -c 'import polisent' >/dev/null 2>&1; then
  echo "[dev] installing polisent with its $extras extras into $venv" >&2
  "$py" -m pip install --quiet --disable-pip-version-check -e ".[$extras]"
  echo "$want" > "$stamp"
fi

export HF_HUB_OFFLINE=1
case "$job" in
  setup) echo "[dev] ready: $venv" >&2 ;;
  demo) exec "$venv/bin/polisent" analyze examples/interview.md --format table "$@" ;;
  test) exec "$py" -m pytest -q "$@" ;;
esac
