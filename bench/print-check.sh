#!/usr/bin/env bash
# bench/print-check.sh [--root DIR] [--region CODE] [OUT_DIR] — the print checks of issue 16 by
# hand (docs/publish.md "打印检查"): exports a region's catalogue as docx and xlsx, reads the docx
# back with python-docx, has LibreOffice print both to PDF, turns every page into a PNG to look at,
# and reports pages of headers alone and channel names broken between lines. Needs Debian's
# libreoffice-writer, libreoffice-calc, poppler-utils and python3-docx; CI does not run it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../catalogs"
region=511703102
while [ $# -gt 0 ]; do
  case "$1" in
    --root) root="$2"; shift 2 ;;
    --region) region="$2"; shift 2 ;;
    *) break ;;
  esac
done
out="${1:-${TMPDIR:-/tmp}/gkml-print-check}"
for tool in soffice pdftoppm pdftotext pdfinfo; do
  command -v "$tool" >/dev/null || { echo "print-check: $tool is missing (apt-get install libreoffice-writer libreoffice-calc poppler-utils)" >&2; exit 2; }
done
# Debian's python3 has python3-docx; a python3 earlier on the PATH (pyenv) may not
py=/usr/bin/python3
"$py" -c 'import docx' 2>/dev/null || { echo "print-check: python-docx is missing (apt-get install python3-docx)" >&2; exit 2; }

rm -rf "$out" && mkdir -p "$out"
"$here/../gkml" export docx --root "$root" --region "$region" -o "$out/$region.docx" --quiet
"$here/../gkml" export xlsx --root "$root" --region "$region" -o "$out/$region.xlsx" --quiet
for f in "$out/$region.docx" "$out/$region.xlsx"; do
  # a profile of its own: a LibreOffice already open on the desktop does not take the job
  soffice --headless --norestore "-env:UserInstallation=file://$out/lo-profile" \
    --convert-to pdf --outdir "$out/${f##*.}" "$f" >/dev/null 2>&1
  pdftoppm -r 60 -png "$out/${f##*.}/$region.pdf" "$out/${f##*.}/page"
done
echo "pages to look at: $out/docx/page-*.png $out/xlsx/page-*.png"
"$py" "$here/print_check.py" "$out/$region.docx" "$out/docx/$region.pdf" "$out/xlsx/$region.pdf"
