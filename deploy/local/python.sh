#!/usr/bin/env bash
# Prints the Python interpreter `make setup` builds .venv with (override: `make setup PYTHON=...`).
#
# The operating system's own CPython comes first when it is 3.11+ with venv and headers: distributions build
# it with profile-guided and link-time optimisation, as the image's python:3.11-slim is built. A version
# manager's interpreter (pyenv, asdf) is configured without --enable-optimizations by default, and the same
# extraction ran 3-45 % slower on it in paired runs (docs/benchmarks.md). Anything else: `python3` from PATH.
set -euo pipefail

usable() {
  "$1" - <<'EOF' 2>/dev/null
import os, sys, sysconfig
import ensurepip, venv  # noqa: F401  (Debian ships these apart: python3-venv)
ok = sys.version_info >= (3, 11) and os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h"))
sys.exit(0 if ok else 1)
EOF
}

for candidate in /usr/bin/python3 /usr/local/bin/python3; do
  if [[ -x "$candidate" ]] && usable "$candidate"; then
    echo "$candidate"
    exit 0
  fi
done
echo python3
