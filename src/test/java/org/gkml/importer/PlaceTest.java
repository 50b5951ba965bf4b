package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gkml.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * A web page's or Word document's table and its cells are named in the report's language, as the
 * rest of the line is; a workbook's sheet and cell as its tab and Excel name them.
 */
class PlaceTest {
  private static final Messages ZH = Messages.of(Locale.CHINESE);
  private static final Messages EN = Messages.english();

  @Test
  void aDocumentTableIsNamedInChinese() {
    assertThat(Place.shown("table 1", null, ZH)).isEqualTo("第 1 个表格");
    assertThat(Place.shown("table 1", "row 3 col 2", ZH)).isEqualTo("第 1 个表格第 3 行第 2 列");
    assertThat(Place.shown("table 12", "rows 3-5 col 2", ZH)).isEqualTo("第 12 个表格第 3–5 行第 2 列");
  }

  @Test
  void aDocumentTableIsNamedInEnglishAsBefore() {
    assertThat(Place.shown("table 1", null, EN)).isEqualTo("table 1");
    assertThat(Place.shown("table 1", "row 3 col 2", EN)).isEqualTo("table 1 row 3 col 2");
    assertThat(Place.shown("table 12", "rows 3-5 col 2", EN)).isEqualTo("table 12 rows 3-5 col 2");
  }

  @Test
  void aSheetAndItsCellsAreNamedAsTheWorkbookNamesThem() {
    assertThat(Place.shown("安全生产", "B7", ZH)).isEqualTo("安全生产!B7");
    assertThat(Place.shown("安全生产", null, ZH)).isEqualTo("安全生产");
    // a sheet a person named "table 1" keeps its name where a cell of it is meant
    assertThat(Place.shown("table 1", "B7", ZH)).isEqualTo("table 1!B7");
  }

  @Test
  void aNoteAboutADocumentsCellSaysTheCellInTheReportsLanguage() {
    ImportNote note = ImportNote.warning("table 2", "row 5 col 3", "import.noTable.table");
    assertThat(note.render("t.docx", ZH)).startsWith("t.docx:第 2 个表格第 5 行第 3 列: warning: 未找到目录表格");
    assertThat(note.render("t.docx", EN))
        .startsWith("t.docx:table 2 row 5 col 3: warning: no catalogue");
  }
}
