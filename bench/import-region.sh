#!/usr/bin/env bash
# bench/import-region.sh — issue 14: whole-process `gkml import FILE --region 330101` of the county
# workbook (the --scale county tree: 26 domains, about 1,000 items in the county's own catalogue)
# against `gkml export xlsx --region 330101` that wrote it (ratio = import / export, best of 3 runs
# each; the issue's target is at most 1.5). It also checks that the unedited workbook imports with
# no finding.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

root="$(tree county)"
ensure_jar
out="$work/import-region"
rm -rf "$out"
mkdir -p "$out"
gkml="$repo/gkml"
region=330101

best() { # best VAR CMD... -> best-of-3 time with its rss, and the least CPU time of the 3
  local var="$1"; shift
  local bt="" br="" bc=""
  for _ in 1 2 3; do
    measure one "$@"
    if [ -z "$bt" ] || awk "BEGIN{exit !($one_time < $bt)}"; then bt="$one_time"; br="$one_rss"; fi
    if [ -z "$bc" ] || awk "BEGIN{exit !($one_cpu < $bc)}"; then bc="$one_cpu"; fi
  done
  printf -v "${var}_time" '%s' "$bt"
  printf -v "${var}_rss" '%s' "$br"
  printf -v "${var}_cpu" '%s' "$bc"
}

"$gkml" export xlsx --root "$root" --region "$region" -o "$out/county.xlsx" -q   # warm the CDS archive
items=$("$gkml" merge --root "$root" --region "$region" | grep -c '^  - id:' || true)
best exp "$gkml" export xlsx --root "$root" --region "$region" -o "$out/county.xlsx" -q
best imp "$gkml" import "$out/county.xlsx" --root "$root" --region "$region" -o "$out/overlays" -q

# the unedited workbook gives the county's overlays without a single finding
"$gkml" import "$out/county.xlsx" --root "$root" --region "$region" -o "$out/overlays" --strict \
  2> "$out/import.log" || { cat "$out/import.log" >&2; echo "import-region: the import reported findings" >&2; exit 1; }

echo "export xlsx --region $region ($items items): ${exp_time}s ${exp_rss}MB (cpu ${exp_cpu}s);" \
  "import --region: ${imp_time}s ${imp_rss}MB (cpu ${imp_cpu}s) (target: import <= 1.5 x export)"
echo "import-region: ratio=$(awk "BEGIN{printf \"%.2f\", $imp_time / $exp_time}") time=${imp_time}s rss=${imp_rss}MB"
