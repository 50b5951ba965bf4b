package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.util.Locale;
import org.gkml.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * Issue #12: why a file could not be read was said in English from code ("permission denied"),
 * inside a Chinese message. It is a message of both bundles now; only the system's own words for
 * other failures pass through as they are.
 */
class ReasonInUsersLanguageTest {
  private static final Messages ZH = Messages.of(Locale.CHINESE);

  private static String said(Problem p) {
    return ZH.get(p.messageKey(), p.args());
  }

  @Test
  void aFileTheSystemWillNotLetUsReadIsSaidInChinese() {
    String denied = said(FileLoader.ioProblem(new AccessDeniedException("/t/a.yaml")));
    String opened =
        said(FileLoader.ioProblem(new FileNotFoundException("/t/a.yaml (Permission denied)")));

    assertThat(denied).isEqualTo("无法读取文件：没有权限").doesNotContain("denied");
    assertThat(opened).isEqualTo(denied);
  }

  @Test
  void otherReasonsKeepTheSystemsWordsWithoutThePath() {
    Problem p = FileLoader.ioProblem(new FileNotFoundException("/t/a.yaml (Input/output error)"));

    assertThat(p.messageKey()).isEqualTo("load.io");
    assertThat(said(p)).isEqualTo("无法读取文件：Input/output error");
  }

  @Test
  void aRefusedInputHasNoEnglishOfItsOwn() throws Exception {
    BoundedInput.Refused big = new BoundedInput.Refused(BoundedInput.Why.TOO_LARGE, 8L << 20);

    assertThat(big.failure("a.yaml").render(ZH)).isEqualTo("无法读取 a.yaml：超过 8 MB");
    assertThat(big.getMessage()).doesNotContain("larger");
  }
}
