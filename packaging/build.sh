#!/usr/bin/env bash
# Build the one-folder bundle: dist/rolling-journal/rolling-journal at the repository root
# (PyInstaller's work files go to build/). Safe to re-run: the output folder is replaced.
# CLEAN=1 also drops PyInstaller's analysis cache (after upgrading a dependency).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${VENV:-$ROOT/.venv}
cd "$ROOT"

if [[ ! -x $VENV/bin/python ]]; then
  echo "No virtual environment at $VENV: run 'make test' (or python3 -m venv .venv) first." >&2
  exit 1
fi
if [[ ! -x $VENV/bin/pyinstaller ]]; then
  # The version constraint lives in pyproject.toml's `package` extra.
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[package]"
fi

clean=()
[[ ${CLEAN:-0} == 1 ]] && clean=(--clean)

start=$SECONDS
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN "${clean[@]}" \
  --distpath "$ROOT/dist" --workpath "$ROOT/build" \
  "$ROOT/packaging/rolling-journal.spec"

bundle=$ROOT/dist/rolling-journal
internal=$bundle/_internal
if command -v strip >/dev/null 2>&1; then
  # Only what is known to survive it: the interpreter (17 MB of symbols in libpython
  # alone) and SQLAlchemy's self-contained Cython modules. Not a blanket strip: the
  # libraries auditwheel/patchelf rewrote (numpy.libs/ and others) break when stripped.
  find "$internal" -maxdepth 1 -name 'libpython3*.so*' -type f -exec strip --strip-unneeded {} +
  for dir in "$internal"/python3*/lib-dynload "$internal/sqlalchemy"; do
    if [[ -d $dir ]]; then
      find "$dir" -name '*.so' -type f -exec strip --strip-unneeded {} +
    fi
  done
fi
echo "Built $bundle/rolling-journal in $((SECONDS - start)) s;" \
  "bundle size $(du -sh "$bundle" | cut -f1)."
