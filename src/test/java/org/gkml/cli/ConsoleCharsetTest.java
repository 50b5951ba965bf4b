package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.gkml.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * Messages reach a console in its own encoding and files or pipes in UTF-8: a Chinese Windows
 * console (code page 936, GBK) must not show UTF-8 bytes as mojibake.
 */
class ConsoleCharsetTest {
  private static final Charset GBK = Charset.forName("GBK");

  @Test
  void aGbkConsoleGetsGbkAndAFileGetsUtf8() {
    assertThat(ConsoleCharset.of(GBK)).isEqualTo(GBK);
    assertThat(ConsoleCharset.of(null)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(ConsoleCharset.of(StandardCharsets.UTF_8)).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void anAsciiConsoleIsAnUnsetLocaleAndGetsUtf8() {
    assertThat(ConsoleCharset.of(StandardCharsets.US_ASCII)).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void chineseFindingsOnAGbkConsoleDecodeAsGbk() {
    byte[] gbk = findings(GBK);
    byte[] utf8 = findings(StandardCharsets.UTF_8);

    String expected = "未知的公开渠道";
    assertThat(new String(gbk, GBK)).contains(expected).endsWith("涉及 5 个文件\n");
    assertThat(new String(utf8, StandardCharsets.UTF_8)).contains(expected);
    // the two byte streams really differ: UTF-8 bytes on a GBK console would be mojibake
    assertThat(new String(utf8, GBK)).doesNotContain(expected);
    assertThat(new String(gbk, StandardCharsets.UTF_8)).doesNotContain(expected);
  }

  @Test
  void usageErrorsOnStandardErrorUseTheSameEncoding() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(out, err, GBK, "--lang", "zh", "merge", "--root", "catalogs");

    assertThat(code).isEqualTo(2);
    String message = new String(err.toByteArray(), GBK);
    assertThat(message).startsWith("gkml: ").contains("区划");
  }

  @Test
  void encodingFixesNameWhatAWindowsUserHasAsWellAsIconv() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
      Messages m = Messages.of(locale);
      String notepad = m.isChinese() ? "记事本" : "Notepad";
      assertThat(m.get("load.gbk")).contains(notepad, "WPS", "iconv -f GB18030 -t UTF-8");
      assertThat(m.get("load.utf16")).contains(notepad, "WPS", "iconv -f UTF-16 -t UTF-8");
      assertThat(m.get("load.notUtf8")).contains(notepad, "WPS");
    }
  }

  private static byte[] findings(Charset console) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            out, err, console, "validate", "--root", ValidateGoldenTest.BROKEN, "--lang", "zh");
    assertThat(code).isEqualTo(1);
    return out.toByteArray();
  }
}
