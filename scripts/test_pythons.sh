#!/usr/bin/env bash
# The client's tests on the other Pythons the toolkit supports: `make test-pythons`.
# Each gets a venv from requirements.lock (.venv-3.12, .venv-3.13), made with the
# project's pinned uv from an interpreter already on the machine (pyenv's, or one
# on the PATH); uv never downloads one. A version that is not installed is named
# and skipped; a failing test run fails this script.
set -euo pipefail
cd "$(dirname "$0")/.."
uv=.venv/bin/uv

find_python() {  # the interpreter for version $1, or nothing
  local candidate
  for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$1".*/bin/python"$1"; do
    [ -x "$candidate" ] && { echo "$candidate"; return; }
  done
  if python"$1" -c 'pass' 2>/dev/null; then
    python"$1" -c 'import sys; print(sys.executable)'
  fi
}

for version in ${OTHER_PYTHONS:-3.12 3.13}; do
  interpreter=$(find_python "$version")
  if [ -z "$interpreter" ]; then
    echo "Python $version is not installed: the client is not tested on it"
    continue
  fi
  venv=.venv-$version
  if [ ! -f "$venv/.installed" ] || [ requirements.lock -nt "$venv/.installed" ]; then
    "$uv" venv -q --allow-existing --python-preference only-system --python "$interpreter" "$venv"
    "$uv" pip install -q --python "$venv/bin/python" -r requirements.lock
    touch "$venv/.installed"
  fi
  echo "client tests on $("$venv/bin/python" --version)"
  "$venv/bin/python" -m pytest -q -p no:cacheprovider tests/client
done
