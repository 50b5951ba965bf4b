package org.gkml.model.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Odd and huge inputs never throw and are read quickly. */
class DeadlineRobustnessTest {

  static Stream<String> oddTexts() {
    Random random = new Random(694);
    StringBuilder cjk = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      cjk.append((char) ('\u4e00' + random.nextInt(0x5000)));
    }
    StringBuilder mixed = new StringBuilder();
    String alphabet = "0123456789一二十百个工作日天周月年每季度半实时及长期同上提前前内;:.、()①法律从其规定公示 \n";
    for (int i = 0; i < 100_000; i++) {
      mixed.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return Stream.of(
        "",
        " ",
        "\t\n\u3000",
        "\u200b",
        "😀",
        "😀个工作日😀",
        "\ud800",
        "\u0000",
        "9".repeat(10_000) + "个工作日",
        "信息形成之日起" + "9".repeat(10_000) + "个工作日内",
        "一".repeat(10_000) + "个工作日",
        "十".repeat(10_000) + "日",
        "0".repeat(100_000),
        "①".repeat(10_000),
        "1.a;".repeat(25_000),
        "法律".repeat(50_000),
        "(".repeat(100_000),
        cjk.toString(),
        mixed.toString());
  }

  @ParameterizedTest
  @MethodSource("oddTexts")
  void neverThrowsAndAnswersQuickly(String text) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          Deadline deadline = Deadline.parse(text);
          assertThat(deadline.text()).isEqualTo(text);
          assertThat(deadline.canonical()).isNotNull();
          assertThat(deadline.compareWith(deadline)).isEqualTo(DeadlineComparison.SAME);
          assertThat(deadline.compareWith(WorkingDays.LEGAL_DEFAULT))
              .isEqualTo(WorkingDays.LEGAL_DEFAULT.compareWith(deadline).inverse());
          assertThat(deadline.exceedsLegalDefault()).isNotNull();
        });
  }

  @ParameterizedTest
  @MethodSource("oddTexts")
  void hugeNumbersAreUnparsedNotOverflowed(String text) {
    if (text.contains("9".repeat(100))) {
      assertThat(Deadline.parse(text)).isInstanceOf(Unparsed.class);
    }
  }
}
