#!/usr/bin/env bash
# bench/validate.sh [RUNS] — issue 2 "Speed": whole-process cold `gkml validate` (schema + all
# rules) of the province tree (~51,000 files) against the anchor `npx ajv-cli@5 validate
# --spec=draft2020` (schema only) of the same files with the same schemas, in the same run; and
# a one-file validate. RUNS (default 3) rounds alternate gkml and ajv; medians are reported.
# Last line: validate: ratio=R time=Ts rss=MMB (R = gkml median / ajv median; rss = gkml peak).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
runs="${1:-3}"

root="$(tree province)"
ensure_jar
# the launcher dumps its class-data archive on the first run after a build: do that here, so
# every measured run is a cold process that maps the archive, as users' runs do
"$repo/gkml" validate --root "$(tree small)" -q >/dev/null 2>&1 || true

if [ ! -x "$work/node_modules/.bin/ajv" ] || [ ! -d "$work/node_modules/ajv-formats" ]; then
  echo "installing ajv-cli@5 and ajv-formats into $work/node_modules ..." >&2
  (cd "$work" && { [ -f package.json ] || echo '{"private": true}' > package.json; } &&
    npm install --no-audit --no-fund --silent ajv-cli@5 ajv-formats@2 >&2)
fi

# run OUT ERR CMD... -> runs CMD with its output kept; sets run_time (s), run_cpu (user + system
# s: on a shared machine the fairer figure) and run_rss (MB)
run() {
  local out="$1" err="$2"; shift 2
  local log; log="$(mktemp)"
  /usr/bin/time -f '%e %M %U %S' -o "$log" "$@" >"$out" 2>"$err" || true
  read -r run_time kb user sys < <(tail -n 1 "$log")
  rm -f "$log"
  run_rss=$((kb / 1024))
  run_cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

schemas="$repo/schemas"
files_total=$(find "$root" \( -name '*.yaml' -o -name '*.yml' \) -type f | wc -l)
ajv=(npx --no-install ajv-cli@5 validate --spec=draft2020 -c ajv-formats)
out="$work/validate.out"
err="$work/validate.err"
gkml_times=() ajv_times=() one_times=()
gkml_rss=0 ajv_rss=0 one_rss=0

for i in $(seq "$runs"); do
  # (a) gkml: the launcher, as users run it
  run "$out" "$err" "$repo/gkml" validate --root "$root"
  gkml_times+=("$run_time"); [ "$run_rss" -gt "$gkml_rss" ] && gkml_rss=$run_rss
  summary="$(tail -n 1 "$out")"
  echo "round $i gkml: ${run_time}s cpu ${run_cpu}s ${run_rss}MB  ($summary)" >&2

  # (b) ajv-cli: one run per schema (config, basic catalogues, overlays), times added up
  t=0 cpu=0 valid=0 invalid=0
  for spec in "config:$root/gkml.yaml" "catalog:$root/basic/**/*.yaml" "overlay:$root/regions/**/*.yaml"; do
    kind="${spec%%:*}" data="${spec#*:}"
    refs=()
    [ "$kind" = catalog ] || refs=(-r "$schemas/catalog.schema.json")
    cd "$work" # npx finds the local install from here
    run "$out.ajv" "$err.ajv" "${ajv[@]}" -s "$schemas/$kind.schema.json" "${refs[@]}" -d "$data"
    cd - >/dev/null
    t=$(awk -v a="$t" -v b="$run_time" 'BEGIN {print a + b}')
    cpu=$(awk -v a="$cpu" -v b="$run_cpu" 'BEGIN {print a + b}')
    [ "$run_rss" -gt "$ajv_rss" ] && ajv_rss=$run_rss
    valid=$((valid + $(grep -c ' valid$' "$out.ajv" || true)))
    invalid=$((invalid + $(grep -c ' invalid$' "$err.ajv" || true)))
  done
  ajv_times+=("$t")
  echo "round $i ajv:  ${t}s cpu ${cpu}s ${ajv_rss}MB  ($valid valid, $invalid invalid of $files_total files)" >&2
  if [ $((valid + invalid)) -ne "$files_total" ]; then
    echo "ajv did not validate every file: see $out.ajv and $err.ajv" >&2
    exit 1
  fi

  # (c) one file, whole process: a village overlay with its context
  one="$(find "$root/regions" -name '*.yaml' -path '*村/*' | sort | sed -n 1p)"
  run "$out" "$err" "$repo/gkml" validate --root "$root" "$one"
  one_times+=("$run_time"); [ "$run_rss" -gt "$one_rss" ] && one_rss=$run_rss
  echo "round $i one file: ${run_time}s cpu ${run_cpu}s ${run_rss}MB  ($(tail -n 1 "$out"))" >&2
done

g=$(median "${gkml_times[@]}")
a=$(median "${ajv_times[@]}")
o=$(median "${one_times[@]}")
echo "gkml validate (province, $files_total files): median ${g}s of ${gkml_times[*]}; peak rss ${gkml_rss}MB" >&2
echo "ajv-cli (schema only, same files):          median ${a}s of ${ajv_times[*]}; peak rss ${ajv_rss}MB" >&2
echo "gkml validate, one file:                    median ${o}s of ${one_times[*]}; peak rss ${one_rss}MB" >&2
echo "validate: ratio=$(awk -v g="$g" -v a="$a" 'BEGIN {printf "%.2f", g / a}') time=${g}s rss=${gkml_rss}MB"
