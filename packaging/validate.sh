#!/usr/bin/env bash
# Validate the desktop entry and the AppStream metainfo with the freedesktop tools,
# installing them (Debian: desktop-file-utils, appstream) when missing.
# --no-net: check the screenshot and homepage URLs' syntax, not whether they answer.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
APP_ID=io.github.rollingjournal.RollingJournal

if ! command -v desktop-file-validate >/dev/null 2>&1 || ! command -v appstreamcli >/dev/null 2>&1; then
  "$HERE/system-packages.sh" desktop-file-utils appstream
fi

status=0
echo "desktop-file-validate $APP_ID.desktop"
desktop-file-validate "$HERE/$APP_ID.desktop" || status=1
echo "appstreamcli validate --no-net $APP_ID.metainfo.xml"
appstreamcli validate --no-net "$HERE/$APP_ID.metainfo.xml" || status=1
if [[ $status -eq 0 ]]; then
  echo "Both files are valid."
fi
exit $status
