package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export's {@code -o} whose extension names another format is refused (staff review 9: {@code
 * export html -o 镇.xlsx} overwrote the clerk's workbook with a web page); a name without any
 * extension is written as named, no other file.
 */
class OutputNameOfAnotherFormatTest {
  @TempDir Path tmp;

  private static CliRun export(String format, Path out) {
    return CliRun.of(
        "export", format, "--region", "511703102", "-o", out.toString(), "--lang", "zh");
  }

  @Test
  void aWorkbookNameGivenToHtmlIsRefusedAndTheWorkbookKept() throws IOException {
    Path book = Files.writeString(tmp.resolve("镇.xlsx"), "the clerk's workbook");
    CliRun run = export("html", book);
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("不会写入 " + book, ".xlsx", "gkml export html", ".html/.htm");
    assertThat(Files.readString(book)).isEqualTo("the clerk's workbook");
  }

  @Test
  void eachExportRefusesTheOthersExtensions() {
    String[][] clashes = {
      {"xlsx", "a.docx"}, {"xlsx", "a.xls"}, {"docx", "a.xlsx"}, {"docx", "a.pdf"},
      {"html", "a.docx"}, {"html", "a.csv"}, {"xlsx", "a.HTML"}, {"docx", "a.yaml"}
    };
    for (String[] c : clashes) {
      CliRun run = export(c[0], tmp.resolve(c[1]));
      assertThat(run.code()).as(String.join(" ", c) + "\n" + run.err()).isEqualTo(2);
      assertThat(tmp.resolve(c[1])).doesNotExist();
    }
  }

  @Test
  void theCommandsOwnExtensionsAndUnknownOnesAreWrittenAsNamed() {
    for (String[] ok : new String[][] {{"html", "a.htm"}, {"xlsx", "a.XLSX"}, {"docx", "镇.2025"}}) {
      CliRun run = export(ok[0], tmp.resolve(ok[1]));
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(tmp.resolve(ok[1])).isNotEmptyFile();
    }
  }

  @Test
  void aNameWithoutExtensionIsWrittenAsNamed() {
    for (String format : new String[] {"docx", "xlsx", "html"}) {
      Path named = tmp.resolve(format + "/石桥镇");
      CliRun run = export(format, named);
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(named).isNotEmptyFile();
      assertThat(tmp.resolve(format + "/石桥镇." + format)).doesNotExist();
    }
  }
}
