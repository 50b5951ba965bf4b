# Shared helpers for the benchmark scripts; sourced, not run.
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$repo/bench/work"
gen="${GKML_GEN:-$repo/../shared/bench/gen_province.py}"
mkdir -p "$work"

# tree SCALE -> prints the path of a generated tree of that scale, generating it once
tree() {
  local scale="$1" dir="$work/$1"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    python3 "$gen" "$dir" --scale "$scale" >&2
    touch "$dir/.complete"
  fi
  echo "$dir"
}

# jar: make sure target/gkml.jar is current (the launcher builds it when stale)
ensure_jar() {
  "$repo/gkml" --version >/dev/null
}

# measure OUTVAR CMD... -> runs CMD, sets OUTVAR_time (seconds), OUTVAR_rss (MB) and OUTVAR_cpu
# (user + system seconds: on a shared machine the steadier figure) from GNU time
measure() {
  local var="$1"; shift
  local log; log="$(mktemp)"
  local status=0
  /usr/bin/time -f '%e %M %U %S' -o "$log" "$@" >/dev/null 2>&1 || status=$?
  read -r t kb u s < <(tail -n 1 "$log")
  rm -f "$log"
  # a failed run measures nothing worth reporting
  if [ "$status" -ne 0 ]; then echo "failed (exit $status): $*" >&2; exit 1; fi
  printf -v "${var}_time" '%s' "$t"
  printf -v "${var}_rss" '%s' "$((kb / 1024))"
  printf -v "${var}_cpu" '%s' "$(awk "BEGIN{printf \"%.1f\", ${u:-0} + ${s:-0}}")"
}
