package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hardening review #10: {@code export docx --help} shared {@code export xlsx}'s text for {@code -o}
 * and named its default file {@code basic.xlsx}; it writes {@code basic.docx}.
 */
class ExportDocxHelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void eachExportNamesTheFileItWritesByDefault(String lang) {
    String docx = help(lang, "docx");
    assertThat(docx).contains("basic.docx").contains("511703-达川区.").doesNotContain(".xlsx");
    assertThat(help(lang, "xlsx")).contains("basic.xlsx").doesNotContain(".docx");
  }

  private static String help(String lang, String format) {
    CliRun run = CliRun.of("--lang", lang, "export", format, "--help");
    assertThat(run.code()).isZero();
    // the -o paragraph alone (the command's description names other formats)
    String out = run.out().replaceAll("\\s+", " ");
    int at = out.indexOf("-o, --output=FILE");
    return out.substring(at, out.indexOf(" -h, --help", at));
  }
}
