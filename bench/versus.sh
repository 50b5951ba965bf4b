#!/usr/bin/env bash
# bench/versus.sh OTHER_JAR [RUNS [COMMAND...]] — issue 12 "benchmarks within 5%": the same commands with this
# checkout's target/gkml.jar and with OTHER_JAR (e.g. a build of an older commit:
#   git worktree add /tmp/old REV && (cd /tmp/old && mvn -B -q package -DskipTests)
#   bench/run versus /tmp/old/target/gkml.jar), alternating, RUNS rounds (default 3), each jar
# with the JVM options file beside it (gkml.jvmopts), the cache off (GKML_CACHE=off; an older
# build ignores it) so both do the whole work:
#   validate  the --scale province tree, whole (JSON findings to /dev/null)
#   report    the province tree, JSON to /dev/null
#   merge     one county of the province tree, every domain, to /dev/null
#   xlsx      export xlsx of that county
#   build     the --scale county tree
# (COMMAND... picks some of these; default all.)
# Prints per command the median CPU seconds (user + system: the steadier figure on a shared
# machine) and wall seconds of each jar and their ratio (this / other).
# Last line: versus: ratio=R time=Ts rss=MMB (the largest CPU ratio; time and rss of this jar's
# validate).
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
other="${1:?usage: bench/run versus OTHER_JAR [RUNS]}"
runs="${2:-3}"
shift 2 2>/dev/null || shift $#
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(validate report merge xlsx build)
[ -f "$other" ] || { echo "no such jar: $other" >&2; exit 2; }
ensure_jar
this="$repo/target/gkml.jar"
province="$(tree province)"
county_tree="$(tree county)"
county="$(ls "$province/regions" | head -1 | cut -d- -f1)"
out="$work/versus-out"
export GKML_CACHE=off

# cmd NAME JAR -> the command line of NAME with JAR
cmd() {
  local jar="$1" name="$2" java=(java "@$(dirname "$1")/gkml.jvmopts" -jar "$1")
  case "$name" in
    validate) echo "${java[*]} validate --root $province --format json -o /dev/null" ;;
    report) echo "${java[*]} report --root $province --format json -o /dev/null" ;;
    merge) echo "${java[*]} merge --root $province --region $county -o /dev/null" ;;
    xlsx) echo "${java[*]} export xlsx --root $province --region $county -o $out.xlsx" ;;
    build) echo "${java[*]} build -q --root $county_tree -o $out" ;;
  esac
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# warm the file cache, and each jar's class data, once
for jar in "$this" "$other"; do $(cmd "$jar" "${names[0]}") >/dev/null 2>&1 || true; done

worst=0 vtime="" vrss=""
for name in "${names[@]}"; do
  declare -a tc=() oc=() tw=() ow=() tr=()
  for i in $(seq "$runs"); do
    rm -rf "$out" "$out.xlsx"
    measure t $(cmd "$this" "$name")
    rm -rf "$out" "$out.xlsx"
    measure o $(cmd "$other" "$name")
    tc+=("$t_cpu"); oc+=("$o_cpu"); tw+=("$t_time"); ow+=("$o_time"); tr+=("$t_rss")
  done
  rm -rf "$out" "$out.xlsx"
  mt=$(median "${tc[@]}") mo=$(median "${oc[@]}")
  ratio=$(awk "BEGIN{printf \"%.3f\", $mt / ($mo > 0 ? $mo : 1)}")
  echo "$name: CPU ${mt}s vs ${mo}s (ratio $ratio), wall $(median "${tw[@]}")s vs $(median "${ow[@]}")s, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  worst=$(awk "BEGIN{print ($ratio > $worst) ? $ratio : $worst}")
  if [ "$name" = validate ]; then vtime=$(median "${tw[@]}"); vrss=$(median "${tr[@]}"); fi
done
echo "versus: ratio=$worst time=${vtime}s rss=${vrss}MB"
