#!/usr/bin/env python3
"""Print checks of gkml's Word and Excel output (issue 16), run by bench/print-check.sh.

Reads a `gkml export docx` back with python-docx (Debian's python3-docx) and checks the official
layout: A4 landscape, the two header rows marked to repeat, merged header cells, tick marks. Then
reads the text of each page of the PDFs LibreOffice made (pdftotext, from poppler-utils) and
reports pages that print a table header without any item row, and channel names broken between
two lines. Prints one line per problem and exits 1 when there is any.

usage: print_check.py DOCX PDF...
"""
import re
import subprocess
import sys

import docx
from docx.oxml.ns import qn
from docx.shared import Mm

BOXES = "■□"
TICKS = "✓√"


def docx_checks(path):
    problems = []
    d = docx.Document(path)
    section = d.sections[0]
    if section.orientation != 1:  # WD_ORIENT.LANDSCAPE
        problems.append(f"{path}: page is not landscape")
    if abs(section.page_width - Mm(297)) > Mm(1) or abs(section.page_height - Mm(210)) > Mm(1):
        problems.append(f"{path}: page is not A4 ({section.page_width.mm:.0f} x {section.page_height.mm:.0f} mm)")
    tables = d.tables[1:]  # the first table is the list of domains
    if not tables:
        problems.append(f"{path}: no domain table")
    channels = set()
    for n, table in enumerate(tables, 1):
        rows = table.rows
        repeat = [r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None for r in rows]
        if repeat[:2] != [True, True] or any(repeat[2:]):
            problems.append(f"{path}: table {n}: the two header rows are not (only) the repeated ones")
        spans = [tc for tc in rows[0]._tr.tc_lst if tc.tcPr is not None and tc.tcPr.gridSpan is not None and tc.tcPr.gridSpan.val > 1]
        vmerges = [tc for tc in rows[0]._tr.tc_lst if tc.tcPr is not None and tc.tcPr.vMerge is not None]
        if not spans or not vmerges:
            problems.append(f"{path}: table {n}: header cells are not merged (gridSpan {len(spans)}, vMerge {len(vmerges)})")
        body = "\n".join(c.text for r in rows[2:] for c in r.cells)
        if len(rows) > 2 and not any(t in body for t in TICKS):
            problems.append(f"{path}: table {n}: no ✓ mark in its rows")
        for r in rows[2:]:
            for c in r.cells:
                for name in re.split(f"[{BOXES}]", c.text)[1:]:
                    for part in name.split("\n"):
                        if part.strip():
                            channels.add(part.strip())
    print(f"{path}: {len(tables)} domain tables, {sum(len(t.rows) - 2 for t in tables)} item rows, "
          f"{len(channels)} channel names")
    return problems, channels


def page_texts(pdf):
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    for i in range(1, pages + 1):
        yield i, subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True, text=True).stdout


def pdf_checks(pdf, channels):
    problems = []
    pages = 0
    for i, text in page_texts(pdf):
        pages += 1
        lines = [l.strip() for l in text.splitlines() if l.strip()]
        # the explanation line above each table names the marks too: leave it out
        rows = [l for l in lines if not l.startswith("说明") and "表示" not in l]
        has_header = any(l == "序号" or l.startswith("序号") for l in lines)
        has_row = any(ch in l for l in rows for ch in BOXES + TICKS)
        if i > 1 and has_header and not has_row:
            problems.append(f"{pdf}: page {i}: table header without any item row")
        for l in lines:
            for m in re.finditer(f"[{BOXES}]([^{BOXES}]+)$", l):
                tail = m.group(1).strip()
                if tail and tail not in channels and any(c.startswith(tail) for c in channels):
                    problems.append(f"{pdf}: page {i}: channel name broken after '{tail}'")
    print(f"{pdf}: {pages} pages")
    return problems


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    problems, channels = docx_checks(argv[1])
    for pdf in argv[2:]:
        problems += pdf_checks(pdf, channels)
    for p in problems:
        print(p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
