#!/usr/bin/env bash
# bench/validate.sh [RUNS] — issues 2 and 15 "Speed": whole-process `gkml validate` of the
# province tree (~51,000 files), measured side by side in one run, RUNS (default 3) interleaved
# rounds, medians reported:
#   cold      whole tree, empty cache (.gkml-cache/ removed first; the run writes an entry)
#   nocache   whole tree with --no-cache (what the cache costs a cold run)
#   unchanged the same tree again (target: <= 0.1x cold)
#   village   after changing one village overlay (target: <= 0.2x cold)
#   basic     after changing one basic catalogue, on which every region depends (target: <= 1.0x cold)
#   one       one village overlay with its context (target: <= 0.5 s)
#   ajv       the anchor `npx ajv-cli@5 validate --spec=draft2020` (schema only) of the same files
#             with the same schemas (target: cold <= 1.0x ajv)
# Last line: validate: ratio=R time=Ts rss=MMB (R = cold gkml median / ajv median).
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
cold_times=() nocache_times=() unchanged_times=() village_times=() basic_times=() ajv_times=()
one_times=() cold_cpus=() nocache_cpus=() unchanged_cpus=() village_cpus=() basic_cpus=()
ajv_cpus=() one_cpus=()
gkml_rss=0 ajv_rss=0 one_rss=0

village="$(find "$root/regions" -name '*.yaml' -path '*村/*' | sort | sed -n 1p)"
basic="$(find "$root/basic" -name '*.yaml' | sort | sed -n 1p)"
cp "$village" "$work/village.orig"
cp "$basic" "$work/basic.orig"
restore() { cp "$work/village.orig" "$village"; cp "$work/basic.orig" "$basic"; }
trap restore EXIT

# gkml NAME ARGS... -> one whole-process run of the launcher, as users run it, recorded as NAME
gkml() {
  local name="$1"; shift
  run "$out" "$err" "$repo/gkml" validate "$@"
  eval "${name}_times+=(\"$run_time\"); ${name}_cpus+=(\"$run_cpu\")"
  if [ "$run_rss" -gt "$gkml_rss" ]; then gkml_rss=$run_rss; fi
  printf 'round %s %-9s %6ss cpu %6ss %4sMB  (%s)\n' "$i" "$name" "$run_time" "$run_cpu" "$run_rss" "$(tail -n 1 "$out")" >&2
}

for i in $(seq "$runs"); do
  restore
  rm -rf "$root/.gkml-cache"
  gkml cold --root "$root"
  gkml unchanged --root "$root"
  printf '# bench edit %s %s\n' "$i" "$RANDOM" >> "$village"
  gkml village --root "$root"
  restore
  printf '# bench edit %s %s\n' "$i" "$RANDOM" >> "$basic"
  gkml basic --root "$root"
  restore
  gkml nocache --root "$root" --no-cache

  # ajv-cli: one run per schema (config, basic catalogues, overlays), times added up
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
  ajv_times+=("$t") ajv_cpus+=("$cpu")
  printf 'round %s %-9s %6ss cpu %6ss %4sMB  (%s valid, %s invalid of %s files)\n' "$i" ajv "$t" "$cpu" "$ajv_rss" "$valid" "$invalid" "$files_total" >&2
  if [ $((valid + invalid)) -ne "$files_total" ]; then
    echo "ajv did not validate every file: see $out.ajv and $err.ajv" >&2
    exit 1
  fi

  # one file, whole process: a village overlay with its context
  run "$out" "$err" "$repo/gkml" validate --root "$root" "$village"
  one_times+=("$run_time") one_cpus+=("$run_cpu"); [ "$run_rss" -gt "$one_rss" ] && one_rss=$run_rss
  printf 'round %s %-9s %6ss cpu %6ss %4sMB  (%s)\n' "$i" one "$run_time" "$run_cpu" "$run_rss" "$(tail -n 1 "$out")" >&2
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}'; }
g=$(median "${cold_times[@]}")
a=$(median "${ajv_times[@]}")
o=$(median "${one_times[@]}")
echo "median wall (cpu) seconds of $runs interleaved rounds, province tree of $files_total files:" >&2
for name in cold nocache unchanged village basic ajv one; do
  eval "w=\$(median \"\${${name}_times[@]}\"); c=\$(median \"\${${name}_cpus[@]}\")"
  printf '  %-9s %7ss (cpu %6ss)  %sx cold wall, %sx cold cpu\n' "$name" "$w" "$c" \
    "$(ratio "$w" "$g")" "$(ratio "$c" "$(median "${cold_cpus[@]}")")" >&2
done
echo "peak rss: gkml ${gkml_rss}MB, ajv ${ajv_rss}MB, one file ${one_rss}MB" >&2
echo "validate: ratio=$(ratio "$g" "$a") time=${g}s rss=${gkml_rss}MB"
