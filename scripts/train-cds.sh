#!/usr/bin/env bash
# Gives the Linux app image a class-data-sharing archive of its start-up: one training run records the
# classes the app loads, and the launcher maps them in from then on (first frame ~1.0 s instead of ~1.4 s
# on a 2-core machine). The window is used for the training run where a display or Xvfb is at hand, else
# a CLI command (the archive then covers the store and CLI, not JavaFX). JVM warnings go to stderr, so
# --json output stays clean; an archive that does not fit (image moved elsewhere) is ignored by the JVM.
# Usage: scripts/train-cds.sh target/package/PolicyExplorer
set -euo pipefail
image="$1"
launcher="$image/bin/PolicyExplorer"
cfg="$image/lib/app/PolicyExplorer.cfg"
archive='$APPDIR/policy-explorer.jsa'
if [[ ! -x "$launcher" ]]; then
  echo "class-data archive: no app image at $image (an installer was built instead); skipped"
  exit 0
fi
quiet='java-options=-Xlog:disable
java-options=-Xlog:all=warning:stderr'

work=$(mktemp -d)
xvfb=
cp "$cfg" "$work/PolicyExplorer.cfg"
# whatever happens, the launcher is left with its own settings (and the archive if one was written)
cleanup() {
  [[ -n "$xvfb" ]] && kill "$xvfb" 2> /dev/null
  cp "$work/PolicyExplorer.cfg" "$cfg"
  if [[ -f "$image/lib/app/policy-explorer.jsa" ]]; then
    printf '%s\njava-options=-XX:SharedArchiveFile=%s\n' "$quiet" "$archive" >> "$cfg"
  else
    echo "class-data archive: none was written; the image starts without one" >&2
  fi
  rm -rf "$work"
}
trap cleanup EXIT

printf '%s\njava-options=-XX:ArchiveClassesAtExit=%s\n' "$quiet" "$archive" >> "$cfg"
display="${DISPLAY:-}"
if [[ -z "$display" ]] && command -v Xvfb > /dev/null; then
  display=":$(( 100 + RANDOM % 100 ))"
  Xvfb "$display" -screen 0 1366x768x24 > /dev/null 2>&1 & xvfb=$!
  sleep 1
fi
if [[ -n "$display" ]] && env -i HOME="$work" DISPLAY="$display" timeout 120 "$launcher" --db "$work/train.db" \
      --check-start > /dev/null 2>&1; then
  echo "class-data archive: trained on a window start"
else
  rm -f "$work/train.db"*
  if env -i HOME="$work" timeout 120 "$launcher" --db "$work/train.db" reports --json > /dev/null 2>&1; then
    echo "class-data archive: trained on the CLI (no display)"
  fi
fi
