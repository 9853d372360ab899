#!/usr/bin/env bash
# Writes the list of classes the FX thread loads to build and show the first frame (read by ClassWarmer,
# which loads them on a second core while the toolkit starts, when the window starts without the class-data
# archive: app/ClassDataLaunch). Run after changing the window's first frame;
# a stale list costs nothing but the gain. Needs `mvn package` and a display (DISPLAY, e.g. Xvfb :99).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${DISPLAY:-}" ] || { echo "first-frame-classes: no DISPLAY" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar target/policy-explorer.jar --db "$work/s.db" --check-start > /dev/null 2>&1 # the store, made once
# in one process (the warmer serves the start without the class-data archive, and an archive's classes
# would not show where they come from)
java -Dpolicyexplorer.classData=off -Dpolicyexplorer.noClassWarmer=true -Xlog:class+load:file="$work/classes.txt" \
    -jar target/policy-explorer.jar --db "$work/s.db" --check-start > /dev/null 2>&1
# from the main window's class on: what the FX thread loads; jar and JDK classes, not lambdas or proxies
awk '/org\.policyexplorer\.ui\.window\.MainWindow source/ { on = 1 } on' "$work/classes.txt" \
    | grep -E 'source: (file|jrt):' | sed -E 's/.*\] ([^ ]+) source.*/\1/' | grep -v -E '\$\$Lambda|/0x' \
    > src/main/resources/org/policyexplorer/ui/window/first-frame-classes.txt
wc -l < src/main/resources/org/policyexplorer/ui/window/first-frame-classes.txt
