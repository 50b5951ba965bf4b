#!/usr/bin/env bash
# bench/excel.sh — issue 5: whole-process `gkml export xlsx` of one county (the --scale county
# tree: 26 domains, about 1,100 items) and `gkml import xlsx` of the workbook it wrote, each
# against the issue's floor of 1.5 s (ratio = the slower of the two / 1.5; best of 3 runs each).
# It also checks that the round trip gives back every item, and with --big that 100,000 items
# export within a 512 MB heap.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

root="$(tree county)"
ensure_jar
out="$work/excel"
rm -rf "$out"
mkdir -p "$out"
gkml="$repo/gkml"

# the county's own effective catalogue once the resolver can export it, else the basic one
region_args=()
if "$gkml" export xlsx --help | grep -q -- '--region' && \
   "$gkml" export xlsx --root "$root" --region 330101 -o "$out/probe.xlsx" -q >/dev/null 2>&1; then
  region_args=(--region 330101)
fi
rm -f "$out/probe.xlsx"

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

"$gkml" export xlsx --root "$root" "${region_args[@]}" -o "$out/county.xlsx" -q   # warm the CDS archive
best exp "$gkml" export xlsx --root "$root" "${region_args[@]}" -o "$out/county.xlsx" -q
best imp "$gkml" import xlsx "$out/county.xlsx" --root "$root" -o "$out/yaml" -q
"$gkml" import xlsx "$out/county.xlsx" --root "$root" -o "$out/yaml" -q --strict

# the round trip: the imported catalogues hold the same items as the source, field by field
if [ ${#region_args[@]} -gt 0 ]; then
  "$gkml" merge --root "$root" "${region_args[@]}" > "$out/source.yaml"
else
  awk 'FNR==1 && NR>1 {print "---"} {print}' "$root"/basic/*.yaml > "$out/source.yaml"
fi
python3 - "$out/source.yaml" "$out/yaml" <<'PY'
import glob, os, sys, yaml
def text(loader, node):  # every scalar is text in gkml (FORMAT.md §5), booleans aside
    return node.value
class L(yaml.SafeLoader): pass
for tag in ("int", "float", "timestamp", "null"):
    L.add_constructor("tag:yaml.org,2002:" + tag, text)
def key(doc):
    out = {}
    for it in doc.get("items") or []:
        it = {k: v for k, v in it.items() if k != "provenance"}
        it["channels"] = sorted(it.get("channels", []))
        it.setdefault("optional", False)
        out[str(it["id"])] = it
    return out
src = {d["domain"]: key(d) for d in yaml.load_all(open(sys.argv[1], encoding="utf-8"), Loader=L) if d}
got = {}
for f in glob.glob(os.path.join(sys.argv[2], "*.yaml")):
    d = yaml.load(open(f, encoding="utf-8"), Loader=L)
    got[d["domain"]] = key(d)
items = sum(len(v) for v in src.values())
bad = [(d, i) for d in src for i in src[d] if got.get(d, {}).get(i) != src[d][i]]
extra = sum(len(v) for v in got.values()) - items
print(f"round trip: {items} items in {len(src)} domains, {len(bad)} differ, {extra} extra")
sys.exit(1 if bad or extra else 0)
PY

if [ "${1:-}" = "--big" ]; then
  big="$work/items100k"
  if [ ! -f "$big/.complete" ]; then
    rm -rf "$big"
    python3 "$gen" "$big" --counties 1 --townships 0 --villages 0 --domains 26 --items 3847 >&2
    touch "$big/.complete"
  fi
  if GKML_JAVA_OPTS="-Xmx512m" "$gkml" export xlsx --root "$big" -o "$out/big.xlsx" -q; then
    echo "100,000 items with -Xmx512m: exported ($(du -k "$out/big.xlsx" | cut -f1) KB)"
  else
    echo "100,000 items with -Xmx512m: FAILED"; exit 1
  fi
fi

echo "export ${region_args[*]:-basic}: ${exp_time}s ${exp_rss}MB (cpu ${exp_cpu}s);" \
  "import: ${imp_time}s ${imp_rss}MB (cpu ${imp_cpu}s) (floor 1.5s each)"
worst=$(awk "BEGIN{print ($exp_time > $imp_time) ? $exp_time : $imp_time}")
rss=$(( exp_rss > imp_rss ? exp_rss : imp_rss ))
echo "excel: ratio=$(awk "BEGIN{printf \"%.2f\", $worst / 1.5}") time=${worst}s rss=${rss}MB"
