#!/usr/bin/env bash
# Install Rolling Journal's menu entry, AppStream metainfo and icons for the current user,
# under ${XDG_DATA_HOME:-~/.local/share}. No root needed.
#
#   packaging/install-desktop.sh               Exec= the checkout's .venv/bin/rolling-journal
#   packaging/install-desktop.sh --bundle      Exec= the PyInstaller bundle in dist/
#   packaging/install-desktop.sh --exec PATH   Exec= any launcher
#   packaging/install-desktop.sh --uninstall   remove what this installed
#
# Why the venv's launcher by default: from a checkout it is the editable install pip made
# (`make run` and `make test` create it), so the menu entry runs the code as it is now,
# after every `git pull`, with no rebuild; the bundle is a snapshot that needs
# `make package` first. The path is absolute because menus do not see the venv on PATH
# (and often not ~/.local/bin either); TryExec hides the entry if that file goes away.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
APP_ID=io.github.rollingjournal.RollingJournal
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
ICONS=$DATA/icons/hicolor
PNG_SIZES=(48 128 256)

usage() {
  sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

launcher=$ROOT/.venv/bin/rolling-journal
action=install
while [[ $# -gt 0 ]]; do
  case $1 in
    --bundle) launcher=$ROOT/dist/rolling-journal/rolling-journal ;;
    --exec)
      [[ $# -ge 2 ]] || { usage >&2; exit 2; }
      launcher=$2
      shift
      ;;
    --uninstall) action=uninstall ;;
    -h | --help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

targets=(
  "$DATA/applications/$APP_ID.desktop"
  "$DATA/metainfo/$APP_ID.metainfo.xml"
  "$ICONS/scalable/apps/$APP_ID.svg"
)
for size in "${PNG_SIZES[@]}"; do
  targets+=("$ICONS/${size}x${size}/apps/$APP_ID.png")
done

refresh_caches() {
  # Both are optional: without them menus rescan the folders themselves.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [[ -d $ICONS ]]; then
    # -t: a user's hicolor folder has no index.theme of its own.
    gtk-update-icon-cache -q -f -t "$ICONS" || true
  fi
}

if [[ $action == uninstall ]]; then
  rm -f -- "${targets[@]}"
  refresh_caches
  echo "Removed Rolling Journal's menu entry, metainfo and icons from $DATA."
  exit 0
fi

case $launcher in
  /*) ;;
  *) launcher=$PWD/$launcher ;;
esac
if [[ ! -x $launcher ]]; then
  case $launcher in
    "$ROOT/dist/"*) hint="build it with 'make package'" ;;
    "$ROOT/.venv/"*) hint="create it with 'make test' (or pip install -e .)" ;;
    *) hint="check the path given to --exec" ;;
  esac
  echo "No launcher at $launcher: $hint." >&2
  exit 1
fi

icons=("$ROOT/resources/icon.svg")
for size in "${PNG_SIZES[@]}"; do
  icons+=("$ROOT/resources/icon-$size.png")
done
for icon in "${icons[@]}"; do
  [[ -f $icon ]] || { echo "Missing $icon: run packaging/render_icons.py" >&2; exit 1; }
done

# Exec= takes a quoted argument when the path has anything beyond plain characters:
# inside the quotes ", `, $ and \ are backslash-escaped, then every \ is doubled once more
# because the value is itself a desktop-entry string; % is doubled for field codes.
exec_value=$launcher
if [[ ! $launcher =~ ^[A-Za-z0-9/._+-]+$ ]]; then
  quoted=$(printf '%s' "$launcher" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')
  exec_value="\"$quoted\""
fi
exec_value=${exec_value//%/%%}
tryexec_value=$(printf '%s' "$launcher" | sed -e 's/\\/\\\\/g')

desktop_tmp=$(mktemp)
trap 'rm -f "$desktop_tmp"' EXIT
# Replace the Exec= line and add TryExec= right after it. awk, not sed: the path may
# contain characters that are special in a sed replacement.
EXEC_VALUE=$exec_value TRYEXEC_VALUE=$tryexec_value awk '
  /^Exec=/ { print "Exec=" ENVIRON["EXEC_VALUE"]; print "TryExec=" ENVIRON["TRYEXEC_VALUE"]; next }
  /^TryExec=/ { next }
  { print }
' "$ROOT/packaging/$APP_ID.desktop" >"$desktop_tmp"

install -D -m 644 "$desktop_tmp" "$DATA/applications/$APP_ID.desktop"
install -D -m 644 "$ROOT/packaging/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
install -D -m 644 "$ROOT/resources/icon.svg" "$ICONS/scalable/apps/$APP_ID.svg"
for size in "${PNG_SIZES[@]}"; do
  install -D -m 644 "$ROOT/resources/icon-$size.png" "$ICONS/${size}x${size}/apps/$APP_ID.png"
done

if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$DATA/applications/$APP_ID.desktop"
fi
refresh_caches

echo "Installed Rolling Journal for $(id -un) into $DATA:"
printf '  %s\n' "${targets[@]}"
echo "The menu entry runs: $launcher"
