#!/usr/bin/env bash
# bench/report.sh [RUNS] — issue 17 "report speed": whole-process cold `gkml report --format json`
# of the province tree (~51,000 files, ~21,700 regions) against its anchor, `gkml validate` of the
# same tree, in the same run. RUNS (default 3) rounds alternate the two (validate, then report), so
# both see the same load on a shared machine; medians of wall time are compared, and CPU time
# (user + system) is printed beside them as the steadier figure.
# Last line: report: ratio=R time=Ts rss=MMB (R = report median / validate median, wall time;
# time and rss are report's median time and peak RSS). Target: R <= 1.5.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
runs="${1:-3}"

root="$(tree province)"
ensure_jar
# the launcher dumps its class-data archive on the first run after a build: not a measured run
"$repo/gkml" validate --root "$(tree small)" -q >/dev/null 2>&1 || true

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

json="$work/report.json"
v_times=() r_times=() v_cpus=() r_cpus=()
r_peak=0
for i in $(seq "$runs"); do
  measure v "$repo/gkml" validate --root "$root" -q
  v_times+=("$v_time"); v_cpus+=("$v_cpu")
  echo "round $i validate: ${v_time}s cpu ${v_cpu}s ${v_rss}MB, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  rm -f "$json"
  measure r "$repo/gkml" report --root "$root" --format json -o "$json"
  [ -s "$json" ] || { echo "report wrote no $json" >&2; exit 1; }
  r_times+=("$r_time"); r_cpus+=("$r_cpu"); [ "$r_rss" -gt "$r_peak" ] && r_peak=$r_rss
  echo "round $i report:   ${r_time}s cpu ${r_cpu}s ${r_rss}MB, load $(cut -d' ' -f1-3 /proc/loadavg), $(du -h "$json" | cut -f1) JSON" >&2
done
rm -f "$json"

vm=$(median "${v_times[@]}") rm_=$(median "${r_times[@]}")
vc=$(median "${v_cpus[@]}") rc=$(median "${r_cpus[@]}")
echo "validate (province): median ${vm}s of ${v_times[*]}; CPU median ${vc}s" >&2
echo "report --format json: median ${rm_}s of ${r_times[*]}; CPU median ${rc}s; peak rss ${r_peak}MB" >&2
echo "CPU ratio $(awk -v a="$rc" -v b="$vc" 'BEGIN {printf "%.2f", a / b}')" >&2
echo "report: ratio=$(awk -v a="$rm_" -v b="$vm" 'BEGIN {printf "%.2f", a / b}') time=${rm_}s rss=${r_peak}MB"
