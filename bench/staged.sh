#!/usr/bin/env bash
# bench/staged.sh [RUNS] — issue 15 "safe and fast incremental checks": the pre-commit hook's
# `gkml validate --changed --staged` on the province tree (~51,000 files) committed once in a git
# repository of its own (bench/work/staged-repo, git-ignored like all of bench/work), where the
# index and the work tree differ, measured side by side in one run, RUNS (default 3) interleaved
# rounds, medians reported. Each round stages a new edit of one village overlay, then:
#   changed  `--changed` with nothing else changed: the index is the work tree (the anchor)
#   staged   `--changed --staged` with another village overlay edited and left unstaged and an
#            untracked overlay beside it: the work tree with the index's difference laid over it
#   copy     the same with an unstaged edit of gkml.yaml as well, which is checked through a copy
#            of the index's root (what every such commit cost before)
# Every run goes through the tree's cache, stored by a plain validate when the repository is made.
# Last line: staged: ratio=R time=Ts rss=MMB (R = staged median / changed median, target ~1).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
runs="${1:-3}"

province="$(tree province)"
ensure_jar
# the first run after a build dumps the class-data archive: not one of the measured runs
"$repo/gkml" validate --root "$(tree small)" -q >/dev/null 2>&1 || true

git_repo="$work/staged-repo"
root="$git_repo/catalogs"
made="$work/staged-repo.complete" # beside the repository: restore's git clean would remove it inside
if [ ! -f "$made" ]; then
  echo "making $git_repo (a copy of the province tree, committed once) ..." >&2
  rm -rf "$git_repo"
  mkdir -p "$git_repo"
  cp -r "$province" "$root"
  rm -f "$root/.complete"
  printf '.gkml-cache/\n' > "$git_repo/.gitignore"
  git -C "$git_repo" init -q -b main
  git -C "$git_repo" add -A
  git -C "$git_repo" -c user.name=bench -c user.email=bench@example.org commit -q -m province
  touch "$made"
fi
# back to the commit: nothing staged, edited or untracked (the cache, ignored, stays)
restore() {
  git -C "$git_repo" reset -q --hard
  git -C "$git_repo" clean -q -f -d
}
trap restore EXIT
restore
"$repo/gkml" validate --root "$root" -q >/dev/null 2>&1 || true # the cache, as a user's tree has it

mapfile -t villages < <(find "$root/regions" -name '*.yaml' -path '*村/*' | sort | sed -n '1p;2p')
staged_file="${villages[0]}"
unstaged_file="${villages[1]}"
untracked_file="$(dirname "$unstaged_file")/bench-untracked.yaml"

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}'; }

stage_edit() {
  printf '# bench edit %s %s\n' "$1" "$RANDOM$RANDOM" >> "$staged_file"
  git -C "$git_repo" add -- "$staged_file"
}

changed_times=() staged_times=() copy_times=() changed_cpus=() staged_cpus=() copy_cpus=()
peak_rss=0
out="$work/staged.out"
# gkml NAME ARGS... -> one whole-process run, recorded as NAME; exit 0 or 1 (findings) both count
gkml() {
  local name="$1"; shift
  local log; log="$(mktemp)"
  local status=0
  /usr/bin/time -f '%e %M %U %S' -o "$log" "$repo/gkml" validate --root "$root" "$@" >"$out" 2>&1 ||
    status=$?
  read -r t kb u s < <(tail -n 1 "$log")
  rm -f "$log"
  if [ "$status" -gt 1 ]; then echo "failed (exit $status): gkml validate $*" >&2; cat "$out" >&2; exit 1; fi
  local cpu; cpu=$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.1f", u + s}')
  eval "${name}_times+=(\"$t\"); ${name}_cpus+=(\"$cpu\")"
  [ $((kb / 1024)) -gt "$peak_rss" ] && peak_rss=$((kb / 1024))
  printf 'round %s %-8s %6ss cpu %6ss %4sMB  (%s)\n' "$i" "$name" "$t" "$cpu" "$((kb / 1024))" "$(tail -n 1 "$out")" >&2
}

for i in $(seq "$runs"); do
  restore
  stage_edit "$i.changed"
  gkml changed --changed

  restore
  stage_edit "$i.staged"
  printf '# left unstaged %s\n' "$RANDOM" >> "$unstaged_file"
  cp "$unstaged_file" "$untracked_file"
  gkml staged --changed --staged

  restore
  stage_edit "$i.copy"
  printf '# left unstaged %s\n' "$RANDOM" >> "$unstaged_file"
  cp "$unstaged_file" "$untracked_file"
  printf '# left unstaged %s\n' "$RANDOM" >> "$root/gkml.yaml"
  gkml copy --changed --staged
done

files_total=$(git -C "$git_repo" ls-files -- catalogs | wc -l)
c=$(median "${changed_times[@]}")
s=$(median "${staged_times[@]}")
echo "median wall (cpu) seconds of $runs interleaved rounds, province tree of $files_total files:" >&2
for name in changed staged copy; do
  eval "w=\$(median \"\${${name}_times[@]}\"); u=\$(median \"\${${name}_cpus[@]}\")"
  printf '  %-8s %7ss (cpu %6ss)  %sx changed wall, %sx changed cpu\n' "$name" "$w" "$u" \
    "$(ratio "$w" "$c")" "$(ratio "$u" "$(median "${changed_cpus[@]}")")" >&2
done
echo "peak rss: ${peak_rss}MB" >&2
echo "staged: ratio=$(ratio "$s" "$c") time=${s}s rss=${peak_rss}MB"
