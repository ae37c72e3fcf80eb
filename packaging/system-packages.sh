#!/usr/bin/env bash
# Install the Debian packages named as arguments when any is missing.
# As root it runs apt-get; otherwise it prints the command and fails, so that
# `make` stops with a clear next step instead of a cryptic Qt error later.
set -euo pipefail

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "note: not a Debian system; make sure these are installed: $*" >&2
  exit 0
fi

missing=()
for pkg in "$@"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "These system packages are needed: ${missing[*]}" >&2
  echo "Install them with:  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
