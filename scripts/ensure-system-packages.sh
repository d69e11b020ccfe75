#!/usr/bin/env bash
# Makes sure the Debian packages a command needs are there before it runs (npm's pretest/predemo hooks, CI):
#   scripts/ensure-system-packages.sh chromium firefox-esr openssl
# chromium must be Debian's (/usr/bin/chromium: the suites never download a browser). As root with apt-get,
# missing packages are installed; otherwise the command stops at once with one line naming what to install.
set -u
missing=()
for package in "$@"; do
  case $package in
    chromium) [ -x /usr/bin/chromium ] || missing+=(chromium) ;;
    # `command -v` alone also names a file that is not executable when nothing better is on PATH.
    *) [ -x "$(command -v "$package" 2>/dev/null)" ] || missing+=("$package") ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} with apt-get (once; about a minute)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; then exit 0; fi
  echo "Could not install ${missing[*]}: run apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Missing ${missing[*]}: install with: sudo apt-get install -y ${missing[*]}" >&2
exit 1
