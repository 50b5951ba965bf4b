package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * Issue #12: the limit a workbook broke was named in English from code ("250000 cells", "8000000
 * characters") inside the user's message. Each limit is a message of both bundles now.
 */
class LimitInUsersLanguageTest {
  private static final Messages ZH = Messages.of(Locale.CHINESE);

  @Test
  void tooManyCellsAndTooManyCharactersAreSaidInChinese() {
    GkmlException cells =
        new WorkbookReader.TooLarge("import.tooManyCells", 250_000)
            .failure(java.nio.file.Path.of("t.xlsx"));
    GkmlException chars =
        new WorkbookReader.TooLarge("import.tooManyChars", 8_000_000)
            .failure(java.nio.file.Path.of("t.xlsx"));

    assertThat(cells.key()).isEqualTo("import.tooManyCells");
    assertThat(cells.render(ZH)).isEqualTo("t.xlsx 含有超过 250000 个单元格，远超任何标准目录表，拒绝读取");
    assertThat(chars.render(ZH)).isEqualTo("t.xlsx 含有超过 8000000 个字符，远超任何标准目录表，拒绝读取");
    assertThat(chars.render(Messages.english()))
        .isEqualTo(
            "t.xlsx holds more than 8000000 characters; no catalogue table comes near that,"
                + " refused");
  }
}
