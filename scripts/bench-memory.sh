#!/usr/bin/env bash
# Memory of the window with a report open, and smoothness of scrolling it (issue #13): makes a 20 MB report of
# real ones (src/test/java/.../bench/LargeReport), imports it into a temporary store, opens the window under
# the current display on the bundled report and then on the 20 MB one, and prints the resident memory of each
# once it has settled (SETTLE seconds after the first frame: the window gives idle memory back within 10-20 s
# of the last work, and a 20 MB report keeps it busy for some seconds after it shows); then
# scrolls the 20 MB report with the mouse wheel and with Page Down and prints, for each, the longest frame gap
# meanwhile, how many gaps were over 33 ms (a missed frame at 60 Hz) and their 99th percentile (from --timings; the second round of Page Down shows the window once the JIT has compiled the text layout; "window moved N times" says how often the reader's window crossed an edge: on a
# loaded machine Page Down sometimes stalls on RichTextFX's stale layout and moves nothing). The seed is measured on a second start, as a user's store is found. Needs
# `mvn package -DskipTests` first (the jar and the test classes), a display (DISPLAY, e.g. Xvfb :99) and
# xdotool. Budgets: seed <= 300 MB, 20 MB report <= 1 GB. About two minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${MB:-20}
SETTLE=${SETTLE:-30}
[ -n "${DISPLAY:-}" ] || { echo "bench-memory: no DISPLAY (start Xvfb :99 and export DISPLAY=:99)" >&2; exit 2; }
command -v xdotool > /dev/null || { echo "bench-memory: needs xdotool" >&2; exit 2; }
[ -f target/policy-explorer.jar ] && [ -f target/test-classes/org/policyexplorer/bench/LargeReport.class ] \
    || { echo "bench-memory: run mvn package -DskipTests first" >&2; exit 2; }
work=$(mktemp -d)
app=""
cleanup() {
    if [ -n "$app" ] && kill -0 "$app" 2> /dev/null; then kill "$app"; wait "$app" 2> /dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
jar=target/policy-explorer.jar

rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
# the window's process: java -jar starts it as a second process (with the class-data archive) and waits for it
window_pid() { pgrep -P "$app" java || echo "$app"; }
# what the first process holds while it waits, when there is one
pss_mb() { awk '/^Pss:/ { print int($2 / 1024) }' "/proc/$1/smaps_rollup"; }
launcher_note() {
    local w; w=$(window_pid)
    [ "$w" != "$app" ] && echo " + $(rss_mb "$app") MB in the waiting first process (both together: PSS $(( $(pss_mb "$w") + $(pss_mb "$app") )) MB, shared pages counted once)"
}
# resident memory of the file-backed mappings (the store's memory-mapped file, libraries), from the kernel
file_mb() { awk '/^RssFile/ { print int($2 / 1024) }' "/proc/$1/status"; }

# opens the window on store $1, waits for its first frame and SETTLE seconds more; leaves its pid in $app
open_window() {
    : > "$work/out"
    java -jar "$jar" --db "$1" --lang en --timings > "$work/out" 2>&1 &
    app=$!
    for _ in $(seq 240); do
        grep -q "first frame" "$work/out" && break
        kill -0 "$app" 2> /dev/null || { cat "$work/out" >&2; exit 1; }
        sleep 0.5
    done
    grep -q "first frame" "$work/out" || { echo "bench-memory: the window did not open" >&2; exit 1; }
    sleep "$SETTLE"
}

close_window() {
    kill "$app"
    wait "$app" 2> /dev/null || true
    app=""
}

echo "making a ${MB} MB report of the corpus reports"
java -cp "target/test-classes:$jar" org.policyexplorer.bench.LargeReport "$work/large.txt" "$MB"
t=$(date +%s)
java -jar "$jar" --db "$work/large.db" import "$work/large.txt" > /dev/null
echo "imported in $(( $(date +%s) - t )) s"

java -jar "$jar" --db "$work/seed.db" --check-start > /dev/null 2>&1 # the first start imports the seed
open_window "$work/seed.db"
w=$(window_pid)
echo "seed open:        RSS $(rss_mb "$w") MB (of which file-backed $(file_mb "$w") MB)$(launcher_note) · $(grep 'first frame' "$work/out")"
close_window

open_window "$work/large.db"
w=$(window_pid)
echo "${MB} MB report open: RSS $(rss_mb "$w") MB (of which file-backed $(file_mb "$w") MB)$(launcher_note) · $(grep 'first frame' "$work/out")"

# the reader's text: right of the tree, below the bars, in the middle; a click there gives it the keyboard
win=$(xdotool search --sync --onlyvisible --pid "$w" | tail -1)
eval "$(xdotool getwindowgeometry --shell "$win")"
xdotool mousemove $(( X + WIDTH * 2 / 3 )) $(( Y + HEIGHT / 2 )) click 1
sleep 1
echo "scrolling: 400 turns of the mouse wheel, then 150 × Page Down (25 pages a second), twice"
xdotool click --repeat 400 --delay 15 5
sleep 2
xdotool key --repeat 150 --delay 40 Next
sleep 2
xdotool key --repeat 150 --delay 40 Next
sleep 2
grep '^scroll:' "$work/out" | sed 's/^/  /'
echo "after scrolling:  RSS $(rss_mb "$w") MB (of which file-backed $(file_mb "$w") MB)"
close_window
