#!/usr/bin/env bash
# Builds the self-contained app image (mvn -Ppackage package) and checks that it runs with no Java on the
# machine as far as the launcher can tell: JAVA_HOME and PATH cleared (env -i), a fresh store.
#  - the CLI in the image lists the bundled report and imports a GB18030 file (needs jdk.charsets in the runtime),
#    the sample library, a .docx, a .doc and a PDF;
#  - where Xvfb is installed, the window opens the bundled report (--check-start) and closes.
# Usage: scripts/check-package.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" != "--no-build" ]]; then
  mvn -B -ntp -q -Ppackage package -DskipTests
fi
launcher="$PWD/target/package/PolicyExplorer/bin/PolicyExplorer"
[[ -x "$launcher" ]] || { echo "no app image at $launcher" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"; [[ -n "${xvfb:-}" ]] && kill "$xvfb" 2>/dev/null || true' EXIT
bare() { env -i HOME="$work" LANG=C.UTF-8 "$@"; }

bare "$launcher" --db "$work/store.db" reports --json > "$work/reports.json"
grep -q '"place" : "通州区"' "$work/reports.json" || { echo "image: bundled report missing" >&2; cat "$work/reports.json" >&2; exit 1; }
echo "image CLI: bundled report listed"

iconv -f UTF-8 -t GB18030 src/main/resources/corpus/report_guangdong_2022.txt > "$work/guangdong-gb18030.txt"
bare "$launcher" --db "$work/store.db" import "$work/guangdong-gb18030.txt" --json > "$work/import.json"
grep -q '广东省2022年政府工作报告' "$work/import.json" || { echo "image: GB18030 import failed" >&2; cat "$work/import.json" >&2; exit 1; }
echo "image CLI: GB18030 report imported"

# the sample library is read from the jar inside the image: every sample imports
bare "$launcher" --db "$work/samples.db" import-samples --json > "$work/samples.json"
grep -q '"imported" : 43' "$work/samples.json" || { echo "image: sample library import failed" >&2; head -c 2000 "$work/samples.json" >&2; exit 1; }
echo "image CLI: sample library imported"

# Word and PDF need more of the runtime (POI's XML, PDFBox's fonts): one file of each kind
for file in report_national_1985.docx report_jiangxi_2026.doc report_hebei_2026.pdf; do
  bare "$launcher" --db "$work/store.db" import "$PWD/src/test/resources/formats/$file" --json > "$work/import.json"
  grep -q "\"sourceFormat\" : \"${file##*.}\"" "$work/import.json" \
    || { echo "image: $file import failed" >&2; cat "$work/import.json" >&2; exit 1; }
done
echo "image CLI: .docx, .doc and .pdf imported"

if command -v Xvfb > /dev/null; then
  display=":$(( 90 + RANDOM % 100 ))"
  Xvfb "$display" -screen 0 1366x768x24 > /dev/null 2>&1 & xvfb=$!
  sleep 1
  out=$(bare DISPLAY="$display" timeout 60 "$launcher" --db "$work/window.db" --check-start 2>/dev/null)
  echo "$out" | grep -q '^opened: 通州区2018年政府工作报告' || { echo "image window: did not open the report: $out" >&2; exit 1; }
  echo "image window: $out"
else
  echo "image window: skipped (no Xvfb on this machine)"
fi
