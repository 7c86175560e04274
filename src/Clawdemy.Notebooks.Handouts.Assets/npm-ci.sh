#!/bin/sh
# npm ci at the repository's root, or a copy of what this machine's last npm ci of the same package.json and lock file
# installed. A fresh clone then costs a 1 s copy instead of npm ci's 10-15 s of CPU (8,600 files unpacked, most of
# them plotly.js's prebuilt bundles, which the handouts never use).
#
# Usage: npm-ci.sh <repository root> [<cache folder>]; no cache folder, an empty one or "off" means npm ci every time.
# The copies are kept in <cache folder>/<key>/node_modules, the key being the SHA-256 of package.json and
# package-lock.json with Node's version, npm's and the platform; the two most recent are kept, and nothing else in the
# folder is ever removed. A copy is a real copy (cp -a, never hard links), so that nothing done to a clone's
# node_modules changes the cache. Everything is done under a lock on the cache folder (where flock exists), so that
# builds side by side neither copy half an entry nor remove one being read; copies are made aside and renamed into
# place, so that an interrupted one is never used. When the cache cannot be used or written, npm ci still runs.
set -eu
root=$1
cache=${2:-}
modules="$root/node_modules"
staged="$root/.node_modules.$$"
aside=""
trap 'rm -rf "$staged" ${aside:+"$aside"}' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

install() {
  rm -rf "$modules"
  (cd "$root" && npm ci --include=dev --prefer-offline --no-audit --no-fund --loglevel=error)
}

if [ -z "$cache" ] || [ "$cache" = off ] || ! mkdir -p "$cache" 2>/dev/null; then
  install
  exit 0
fi

if command -v flock >/dev/null 2>&1 && exec 9>>"$cache/.lock" 2>/dev/null; then
  flock 9
fi

# Copies left aside by an interrupted build (no other build is writing now: we hold the lock).
rm -rf "$cache"/.new.* 2>/dev/null || true

# Node computes the hash: npm needs it anyway, and a missing sha256sum must not make every lock file's key the same.
hash=$(node -e 'const h = require("crypto").createHash("sha256"); for (const f of process.argv.slice(1)) h.update(require("fs").readFileSync(f)); process.stdout.write(h.digest("hex"))' \
  "$root/package.json" "$root/package-lock.json") || hash=""
case "$hash" in
  *[!0-9a-f]* | "") install; exit 0 ;;
esac
[ "${#hash}" -eq 64 ] || { install; exit 0; }
entry="$cache/$(printf '%.32s' "$hash")-node$(node --version)-npm$(npm --version)-$(uname -sm | tr ' ' '-')"

if [ -d "$entry/node_modules" ]; then
  touch -c "$entry" 2>/dev/null || true
  rm -rf "$modules" "$staged"
  if cp -a "$entry/node_modules" "$staged" && mv "$staged" "$modules"; then
    exit 0
  fi
  echo "npm-ci.sh: could not copy $entry/node_modules; running npm ci" >&2
fi

install

# Keep a copy for the next clone: written aside, renamed into place (a broken entry of the same key is replaced).
aside=$(mktemp -d "$cache/.new.XXXXXX" 2>/dev/null) || exit 0
if cp -a "$modules" "$aside/node_modules" 2>/dev/null && rm -rf "$entry" && mv "$aside" "$entry" 2>/dev/null; then
  aside=""
  # The two most recent copies stay; older lock files' copies go. Only folders named as this script names them.
  ls -1td "$cache"/[0-9a-f]*-node*-npm*-*/ 2>/dev/null | tail -n +3 | while read -r old; do rm -rf "$old"; done
fi
exit 0
