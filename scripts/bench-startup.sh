#!/usr/bin/env bash
# Start-up against the budget: start to first frame and exit of the app (--check-start, on the bundled report,
# in a store made by one untimed first start, as a user's second start finds it: that start also leaves the
# class-data archive the jar's window process maps, see app/ClassDataLaunch) beside a bare JavaFX window with a
# tree and a text area (src/test/java/.../BareWindow), run alternately, RUNS times each, under the current
# display. Prints both medians and their ratio (budget: ≤ 1.3), and for comparison the app opening its window in
# the first process, without the archive (-Dpolicyexplorer.classData=off). Needs `mvn package` (or verify)
# first, and a display (DISPLAY, e.g. Xvfb :99).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
[ -n "${DISPLAY:-}" ] || { echo "bench-startup: no DISPLAY (start Xvfb :99 and export DISPLAY=:99)" >&2; exit 2; }
[ -f target/policy-explorer.jar ] && [ -d target/test-classes/org/policyexplorer/bench ] \
    || { echo "bench-startup: run mvn package (with test classes) first" >&2; exit 2; }
JFX=$(ls target/lib/javafx-*.jar | tr '\n' ':')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

millis() { date +%s%3N; }
run_app() {
    java -jar target/policy-explorer.jar --db "$work/s.db" --check-start > /dev/null 2>&1
}
run_app_in_one() {
    java -Dpolicyexplorer.classData=off -jar target/policy-explorer.jar --db "$work/s.db" --check-start > /dev/null 2>&1
}
run_bare() {
    java -cp "target/test-classes:$JFX" org.policyexplorer.bench.BareWindow\$Main > /dev/null 2>&1
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

# one untimed run of each: the file cache, not the program, would pay for the first
run_app; run_bare; run_app_in_one
: > "$work/app"; : > "$work/bare"; : > "$work/one"
for i in $(seq "$RUNS"); do
    t=$(millis); run_app; echo $(( $(millis) - t )) >> "$work/app"
    t=$(millis); run_bare; echo $(( $(millis) - t )) >> "$work/bare"
    t=$(millis); run_app_in_one; echo $(( $(millis) - t )) >> "$work/one"
done
app=$(median < "$work/app")
bare=$(median < "$work/bare")
echo "app (--check-start) ms: $(tr '\n' ' ' < "$work/app")median $app"
echo "bare window ms:         $(tr '\n' ' ' < "$work/bare")median $bare"
awk -v a="$app" -v b="$bare" 'BEGIN { printf "ratio app/bare: %.2f (budget 1.30)\n", a / b }'
one=$(median < "$work/one")
echo "app in one process, no archive (for comparison) ms: $(tr '\n' ' ' < "$work/one")median $one"
