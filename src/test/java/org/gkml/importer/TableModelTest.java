package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gkml.error.GkmlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The readers' side of the one table model: spans laid out as a browser and Word show them, cell
 * text with its line breaks, positions named as the report names them, the format told by the
 * file's content and never by its name.
 */
class TableModelTest {
  @TempDir Path dir;

  private List<TableGrid> html(String body) throws Exception {
    Path p = dir.resolve("p.txt");
    Files.writeString(p, "<html><body>" + body + "</body></html>", StandardCharsets.UTF_8);
    return WorkbookReader.read(p, WorkbookReader.Limits.defaults()).sheets();
  }

  @Test
  void rowspansReachRowsThatEndBeforeThemAndColspansFillAcross() throws Exception {
    TableGrid g =
        html("<table><caption>题目</caption>"
                + "<tr><td rowspan=\"3\">A</td><td colspan=\"2\">B</td><td rowspan=\"3\">C</td></tr>"
                + "<tr><td>d</td></tr>"
                + "<tr><td>e</td><td>f</td></tr></table>")
            .get(0);
    assertThat(g.caption()).isEqualTo("题目");
    assertThat(g.own(1, 1)).isEqualTo("d");
    assertThat(g.own(2, 1)).isEqualTo("e");
    assertThat(g.own(2, 2)).isEqualTo("f");
    assertThat(g.down(2, 0)).isEqualTo("A");
    assertThat(g.down(2, 3)).isEqualTo("C");
    assertThat(g.shown(0, 2)).isEqualTo("B");
    assertThat(g.ref(2, 1)).isEqualTo("row 3 col 2");
  }

  @Test
  void cellTextKeepsLineBreaksAndSpacesButNotSourceLayout() throws Exception {
    TableGrid g =
        html("<table><tr><td>\n   甲<br>乙\n   丙 <p>丁</p><table><tr><td>嵌套</td></tr></table></td>"
                + "<td>&nbsp;</td><td>a    b</td></tr></table>")
            .get(0);
    assertThat(g.own(0, 0)).isEqualTo("甲\n乙 丙\n丁");
    assertThat(g.own(0, 1)).isEmpty();
    assertThat(g.own(0, 2)).isEqualTo("a    b");
  }

  @Test
  void everyTableOfAPageIncludingNestedOnes() throws Exception {
    List<TableGrid> grids =
        html("<table><tr><td>外<table><tr><td>内</td></tr></table></td></tr></table><table></table>");
    assertThat(grids).extracting(TableGrid::name).containsExactly("table 1", "table 2", "table 3");
    assertThat(grids.get(0).own(0, 0)).isEqualTo("外");
    assertThat(grids.get(1).own(0, 0)).isEqualTo("内");
  }

  @Test
  void wordMergesByGridSpanAndVMerge() throws Exception {
    Path p = dir.resolve("w.xlsx"); // a Word document whatever its name says
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("附件 2");
      XWPFTable t = doc.createTable(3, 3);
      t.getRow(0).getCell(0).setText("合并");
      span(t.getRow(0).getCell(0), 2, STMerge.RESTART);
      t.getRow(0).removeCell(1);
      t.getRow(0).getCell(1).setText("右");
      span(t.getRow(1).getCell(0), 2, STMerge.CONTINUE);
      t.getRow(1).removeCell(1);
      t.getRow(1).getCell(1).setText("右2");
      XWPFTableRow last = t.getRow(2);
      last.getCell(0).setText("x");
      last.getCell(1).setText("y");
      last.getCell(2).setText("z");
      try (OutputStream out = Files.newOutputStream(p)) {
        doc.write(out);
      }
    }
    TableGrid g = WorkbookReader.read(p, WorkbookReader.Limits.defaults()).sheets().get(0);
    assertThat(g.caption()).isEqualTo("附件 2");
    assertThat(g.mergeAt(1, 1)).isEqualTo(new TableGrid.Area(0, 1, 0, 1));
    assertThat(g.down(1, 0)).isEqualTo("合并");
    assertThat(g.own(1, 2)).isEqualTo("右2");
    assertThat(g.own(2, 2)).isEqualTo("z");
  }

  private static void span(XWPFTableCell cell, int width, STMerge.Enum merge) {
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    pr.addNewGridSpan().setVal(BigInteger.valueOf(width));
    pr.addNewVMerge().setVal(merge);
  }

  @Test
  void theFormatIsToldByContent() throws Exception {
    Path text = dir.resolve("notes.html");
    Files.writeString(text, "公开事项 公开内容 — plain text, no markup", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> WorkbookReader.read(text, WorkbookReader.Limits.defaults()))
        .isInstanceOf(GkmlException.class)
        .hasMessageContaining("import.unknownFormat");
    Path page = dir.resolve("page.xlsx");
    Files.writeString(page, "\uFEFF  <TABLE><tr><td>甲</td></tr></TABLE>", StandardCharsets.UTF_8);
    assertThat(WorkbookReader.read(page, WorkbookReader.Limits.defaults()).sheets())
        .singleElement()
        .satisfies(g -> assertThat(g.own(0, 0)).isEqualTo("甲"));
  }

  @Test
  void hostileSpansStayBounded() throws Exception {
    TableGrid g =
        html("<table><tr><td rowspan=\"0\" colspan=\"99999\">x</td></tr>"
                + "<tr><td>y</td></tr></table>")
            .get(0);
    assertThat(g.rowCount()).isEqualTo(2);
    assertThat(g.columnCount()).isLessThanOrEqualTo(WorkbookReader.Limits.defaults().maxColumns());
  }
}
