#!/usr/bin/env bash
# bench/merge.sh [RUNS] — issue 3 "Speed": resolve every known region of the --scale province
# tree (~21,700 regions) at its own tier, every domain, against parsing the same tree, in the same
# run. Both are whole JVM processes of the benchmark class org.gkml.bench.MergeBenchmark (test
# scope: src/test/java/org/gkml/bench/): `parse` loads the tree (read, YAML, schema, records) and
# stops; `resolve-all` loads it the same way and then resolves everything. RUNS (default 3) rounds
# alternate the two; medians are reported, with the phase times each process prints.
# Both run with the JVM options every gkml run has (target/gkml.jvmopts), as users run them: its
# heap cap (1.5 GB) makes RSS show what the work needs rather than how lazily the JVM collects on
# a large machine.
# Target: ratio = resolve-all / parse <= 2, peak RSS <= 1.5 GB.
# Last line: merge: ratio=R time=Ts rss=MMB (time and rss of resolve-all).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
runs="${1:-3}"

root="$(tree province)"
ensure_jar
# the benchmark class is compiled with the tests (the launcher's build does that too)
if [ ! -f "$repo/target/test-classes/org/gkml/bench/MergeBenchmark.class" ]; then
  (cd "$repo" && mvn -B -q -Dstyle.color=never -Dfmt.skip -Djacoco.skip test-compile) >&2
fi
bench=(java "@$repo/target/gkml.jvmopts" -cp "$repo/target/gkml.jar:$repo/target/test-classes"
  org.gkml.bench.MergeBenchmark)
# not a measured run: the first one warms the file cache
"${bench[@]}" "$(tree small)" parse >/dev/null 2>&1 || true

# run ERR CMD... -> runs CMD, stderr kept in ERR; sets run_time (s) and run_rss (MB)
run() {
  local err="$1"; shift
  local log; log="$(mktemp)"
  /usr/bin/time -f '%e %M' -o "$log" "$@" >/dev/null 2>"$err" || true
  read -r run_time kb < "$log"
  rm -f "$log"
  run_rss=$((kb / 1024))
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

err="$work/merge.err"
parse_times=() all_times=()
parse_rss=0 all_rss=0
for i in $(seq "$runs"); do
  run "$err" "${bench[@]}" "$root" parse
  parse_times+=("$run_time"); [ "$run_rss" -gt "$parse_rss" ] && parse_rss=$run_rss
  echo "round $i parse:       ${run_time}s ${run_rss}MB  ($(tr '\n' ' ' < "$err"))" >&2
  run "$err" "${bench[@]}" "$root" resolve-all
  all_times+=("$run_time"); [ "$run_rss" -gt "$all_rss" ] && all_rss=$run_rss
  echo "round $i resolve-all: ${run_time}s ${run_rss}MB  ($(tr '\n' ' ' < "$err"))" >&2
  grep -q '^resolve-all: ' "$err" || { echo "resolve-all failed: see $err" >&2; exit 1; }
done

p=$(median "${parse_times[@]}")
a=$(median "${all_times[@]}")
echo "parse only (province):  median ${p}s of ${parse_times[*]}; peak rss ${parse_rss}MB" >&2
echo "parse + resolve all:    median ${a}s of ${all_times[*]}; peak rss ${all_rss}MB" >&2
echo "merge: ratio=$(awk -v a="$a" -v p="$p" 'BEGIN {printf "%.2f", a / p}') time=${a}s rss=${all_rss}MB"
