#!/usr/bin/env bash
# bench/diff.sh — issue 4: `gkml diff` of two --scale province trees that differ in 1% of their
# items, against `gkml validate` of one of them in the same run. Target: ratio <= 1.2.
# The second tree is a copy of the first with every 100th item (basic and overlay `add` items, in
# path order) edited: its content, deadline or owner, in turn. Both trees stay under bench/work/.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

old="$(tree province)"
new="$work/province-1pct"
if [ ! -f "$new/.complete" ]; then
  rm -rf "$new"
  cp -r "$old" "$new"
  rm -f "$new/.complete"
  python3 - "$new" <<'PY'
import os, sys
root = sys.argv[1]
files = []
for top in ("basic", "regions"):
    for d, _, names in os.walk(os.path.join(root, top)):
        files += [os.path.join(d, n) for n in names if n.endswith(".yaml")]
count = edited = 0
for path in sorted(files):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    section, target, changed = None, False, False
    for i, line in enumerate(lines):
        if line and not line.startswith((" ", "#")):
            section = line.split(":")[0]
            target = False
        elif section in ("items", "add") and line.startswith("  - id: "):
            count += 1
            target = count % 100 == 0
            if target:
                edited += 1
        elif target:
            kind = edited % 3
            if kind == 0 and line.startswith("    content: "):
                lines[i] = line + "(修订)"
                target, changed = False, True
            elif kind == 1 and line.startswith("    deadline: "):
                lines[i] = "    deadline: 信息形成或者变更之日起5个工作日内"
                target, changed = False, True
            elif kind == 2 and line.startswith("    owner: "):
                lines[i] = line + "(修订)"
                target, changed = False, True
    if changed:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
print(f"edited {edited} of {count} items", file=sys.stderr)
PY
  touch "$new/.complete"
fi

ensure_jar
measure validate "$repo/gkml" validate --root "$old" -q
measure diff "$repo/gkml" diff "$old" "$new" --format json --fail-on none
changes="$("$repo/gkml" diff "$old" "$new" --format json --fail-on none | grep -c '"kind"' || true)"
ratio="$(awk -v d="$diff_time" -v v="$validate_time" 'BEGIN { printf "%.2f", d / v }')"
echo "validate (one tree): ${validate_time}s, ${validate_rss}MB"
echo "diff (two trees, ${changes} changes): ${diff_time}s, ${diff_rss}MB"
echo "diff: ratio=${ratio} time=${diff_time}s rss=${diff_rss}MB"
