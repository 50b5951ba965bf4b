package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hardening review #12: {@code basis --law ""} answered "no item cites 《》" and {@code --law 《》} "no
 * item cites 《《》》", exit 1, as if a law had been looked up. A title that is nothing but white space
 * and title marks is a usage error (exit 2), said before the tree is read.
 */
class EmptyLawTitleTest {

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "《》", "《 》", "  《》 ", "〈〉", "（）"})
  void anEmptyTitleIsAUsageError(String law) {
    CliRun run = CliRun.of("basis", "--root", "catalogs", "--law", law, "--lang", "en");
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("--law names no law: give its title").doesNotContain("cites");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void theMessageIsInTheUsersLanguage() {
    CliRun run = CliRun.of("basis", "--root", "catalogs", "--law", "《》", "--lang", "zh");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--law 没有给出法规名称");
  }

  @Test
  void aTitleStillLooksTheLawUp() {
    CliRun cited = CliRun.of("basis", "--root", "catalogs", "--law", "《中华人民共和国政府信息公开条例》");
    assertThat(cited.code()).as(cited.err()).isZero();
    CliRun uncited = CliRun.of("basis", "--root", "catalogs", "--law", "《无此法》");
    assertThat(uncited.code()).isEqualTo(1);
    assertThat(uncited.err()).contains("《无此法》");
  }
}
