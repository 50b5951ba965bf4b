package org.gkml.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads every table of a Word document (.docx, through POI's XWPF) into a {@link TableGrid}: merged
 * cells from {@code gridSpan} (across) and {@code vMerge} (down), paragraphs of a cell as lines,
 * and the paragraphs printed just before a table (its title, 附件 line) as its caption.
 */
final class DocxTables {
  /** How many paragraphs before a table count as its title. */
  private static final int TITLE_PARAGRAPHS = 4;

  private DocxTables() {}

  static List<TableGrid> read(Path file, WorkbookReader.Limits limits) throws Exception {
    WorkbookReader.Budget budget = new WorkbookReader.Budget(limits);
    List<TableGrid> out = new ArrayList<>();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XWPFDocument doc = new XWPFDocument(pkg)) {
      LinesBefore before = new LinesBefore(TITLE_PARAGRAPHS);
      List<String> pageInfo = new ArrayList<>();
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          String t = p.getText().strip();
          if (!t.isEmpty()) {
            before.add(t);
          }
        } else if (element instanceof XWPFTable table) {
          // farthest first: what an info table above said (名称, 发布机构 …), the paragraphs
          List<String> lines = new ArrayList<>(pageInfo);
          lines.addAll(before.lines());
          before.tableRead();
          TableGrid grid =
              table(table, "table " + (out.size() + 1), String.join("\n", lines), budget, limits);
          pageInfo.addAll(InfoTable.lines(grid));
          out.add(grid);
        }
      }
      pkg.revert();
    }
    return out;
  }

  private static TableGrid table(
      XWPFTable table,
      String name,
      String caption,
      WorkbookReader.Budget budget,
      WorkbookReader.Limits limits) {
    SpanLayout layout = new SpanLayout(name, caption, budget, limits.maxColumns());
    for (XWPFTableRow row : table.getRows()) {
      layout.startRow();
      int skip = gridBefore(row);
      for (int i = 0; i < skip; i++) {
        layout.cell("", 1, 1);
      }
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        int span = 1;
        boolean continues = false;
        if (pr != null) {
          if (pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
            span = pr.getGridSpan().getVal().intValue();
          }
          if (pr.isSetVMerge()) {
            STMerge.Enum v = pr.getVMerge().getVal();
            continues = v == null || v == STMerge.CONTINUE;
          }
        }
        if (continues) {
          layout.continueAbove(span);
        } else {
          layout.cell(text(cell), 1, span);
        }
      }
    }
    return layout.build();
  }

  /** Grid columns a row leaves out before its first cell (w:gridBefore). */
  private static int gridBefore(XWPFTableRow row) {
    CTTrPr pr = row.getCtRow().getTrPr();
    if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
      return 0;
    }
    Object v = pr.getGridBeforeArray(0).getVal();
    return v == null ? 0 : Math.min(Integer.parseInt(v.toString()), 64);
  }

  private static String text(XWPFTableCell cell) {
    StringBuilder out = new StringBuilder();
    for (XWPFParagraph p : cell.getParagraphs()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(p.getText());
    }
    return out.toString();
  }
}
