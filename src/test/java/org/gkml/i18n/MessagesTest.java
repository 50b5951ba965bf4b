package org.gkml.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Arguments that depend on the language are rendered with the message, not before it: a list of
 * words is joined with 、 in Chinese and a comma in English, a field's label comes from the bundle.
 */
class MessagesTest {
  private static final Messages ZH = Messages.of(Locale.CHINESE);
  private static final Messages EN = Messages.english();

  @Test
  void wordsAreJoinedAsEachLanguageJoinsThem() {
    List<String> tiers = List.of("县级", "乡级");

    assertThat(ZH.get("resolve.unknownDomain", "x", tiers)).isEqualTo("未知的领域“x”；基础目录的领域：县级、乡级");
    assertThat(EN.get("resolve.unknownDomain", "x", tiers)).endsWith(": 县级, 乡级");
    assertThat(ZH.list(List.of())).isEqualTo("-");
  }

  @Test
  void aTextArgumentIsTheBundlesWordInTheMessagesLanguage() {
    Messages.Text deadline = new Messages.Text("field.deadline");

    assertThat(ZH.get("import.missing", "T-1", deadline)).contains("缺少 deadline（公开时限）");
    assertThat(EN.get("import.missing", "T-1", deadline)).contains("deadline (公开时限)");
  }

  @Test
  void theEnvironmentsChineseCountsWhereTheJvmFellBackToEnglish() {
    // a minimal Linux image without zh_CN.UTF-8 installed: the JVM says "C", LANG says Chinese
    assertThat(Messages.localeFor(null, Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(Locale.CHINESE);
    assertThat(Messages.localeFor(null, Map.of("LC_MESSAGES", "zh_CN", "LANG", "C")))
        .isEqualTo(Locale.CHINESE);
    // POSIX order: LC_ALL first
    assertThat(Messages.localeFor(null, Map.of("LC_ALL", "zh_CN.UTF-8", "LANG", "en_US.UTF-8")))
        .isEqualTo(Locale.CHINESE);
    // --lang wins over everything
    assertThat(Messages.localeFor("en", Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(Locale.ROOT);
    // nothing Chinese in the environment: the JVM's language, as before
    assertThat(Messages.localeFor(null, Map.of("LANG", "C"))).isEqualTo(Messages.localeFor(null));
    assertThat(Messages.localeFor(null, Map.of())).isEqualTo(Messages.localeFor(null));
  }
}
