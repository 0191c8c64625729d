#!/usr/bin/env bash
# The dashboard's browser test drives Debian's Chromium (browsers cannot be downloaded by test tools here).
# Install it when it is missing and this user may; otherwise say how.
set -euo pipefail
CHROMIUM=${READOUT_CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser test…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "The browser test needs Chromium at $CHROMIUM: run 'sudo apt-get install -y chromium' (or set READOUT_CHROMIUM)." >&2
  exit 1
fi
