package org.gkml.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Issue #11, class 2 (the output side): every name gkml derives from catalogue content goes through
 * {@link SafeName}, and whatever the content, the result is one name that stays in its folder.
 */
class DerivedNameTest {
  private static final Path FOLDER = Path.of("/out/folder");

  @Property(tries = 400)
  void anyTextBecomesOneNameInsideItsFolder(@ForAll String text) {
    String name = SafeName.of(text, ".xlsx");
    assertThat(FOLDER.resolve(name).normalize().getParent()).isEqualTo(FOLDER);
    assertThat(name).endsWith(".xlsx").doesNotStartWith(".");
    assertThat(name.getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(SafeName.MAX_BYTES);
    assertThat(name.codePoints())
        .noneMatch(c -> Character.getType(c) == Character.CONTROL)
        .noneMatch(c -> Character.getType(c) == Character.FORMAT)
        .noneMatch(c -> "/\\:*?\"<>|".indexOf(c) >= 0);
    assertThat(SafeName.of(SafeName.of(text))).isEqualTo(SafeName.of(text));
  }

  @Test
  void aNameCutJustAfterWhitespaceStaysAsItIsWhenMadeSafeAgain() {
    // 197 bytes and an em space (3 bytes) fill the 200: the cut ends in whitespace (jqwik found it)
    String text = "a".repeat(197) + "\u2003" + "bbb";
    String safe = SafeName.of(text);
    assertThat(safe).isEqualTo("a".repeat(197));
    assertThat(SafeName.of(safe)).isEqualTo(safe);
    assertThat(SafeName.isSafe(safe)).isTrue();
  }

  @Test
  void hostileNamesStayInside() {
    assertThat(SafeName.of("x/../../../../evil")).isEqualTo("x_.._.._.._.._evil");
    assertThat(SafeName.of("..")).isEqualTo("__");
    assertThat(SafeName.of(".")).isEqualTo("_");
    assertThat(SafeName.of("")).isEqualTo("_");
    assertThat(SafeName.of("a\\b")).isEqualTo("a_b");
    assertThat(SafeName.of("村\n名\u001b[2J")).isEqualTo("村_名_[2J");
    assertThat(SafeName.of("evil\u202Efdp.exe")).isEqualTo("evil_fdp.exe");
    assertThat(SafeName.of("name . ")).isEqualTo("name__");
    assertThat(SafeName.of("name.", "")).isEqualTo("name_");
  }

  @Test
  void windowsDeviceNamesAreNotLeftAsThey() {
    assertThat(SafeName.of("CON")).isEqualTo("_CON");
    assertThat(SafeName.of("nul", ".xlsx")).isEqualTo("_nul.xlsx");
    assertThat(SafeName.of("com1.txt")).isEqualTo("_com1.txt");
    assertThat(SafeName.of("CONSOLE")).isEqualTo("CONSOLE");
  }

  @Test
  void ordinaryNamesAreKeptAndLongOnesCutAtACharacter() {
    assertThat(SafeName.of("511703-达川区", ".xlsx")).isEqualTo("511703-达川区.xlsx");
    assertThat(SafeName.isSafe("511703102201-金花村")).isTrue();
    String longName = "村".repeat(100);
    String cut = SafeName.of(longName, ".xlsx");
    assertThat(cut).endsWith("村.xlsx");
    assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SafeName.MAX_BYTES);
  }
}
