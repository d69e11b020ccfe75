#!/usr/bin/env bash
# What addons.mozilla.org's reviewers do with the sources zip: unpack it in an empty folder, install, run the
# documented build (npm ci && npm run build:firefox), and compare every built file with the submitted package.
# Usage: scripts/check-sources-zip.sh [output folder with the zips]   (after npm run zip:firefox)
set -euo pipefail
out=$(cd "${1:-.output}" && pwd)
sources=$(ls "$out"/*-sources.zip)
package=$(ls "$out"/*-firefox.zip)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

unzip -q "$sources" -d "$work/src"
unzip -q "$package" -d "$work/submitted"
(
  cd "$work/src"
  # The review build: only what the sources zip holds, the npm registry, Node and npm.
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  MINER_MARGIN_OUT_DIR=.output npm run build:firefox >/dev/null
)
if diff -r "$work/submitted" "$work/src/.output/firefox-mv2" >"$work/diff.txt"; then
  echo "sources zip rebuilds to the same $(find "$work/submitted" -type f | wc -l) files as $(basename "$package")"
else
  echo "sources zip does NOT rebuild to $(basename "$package"):"
  head -20 "$work/diff.txt"
  exit 1
fi
