package org.gkml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Chinese messages are punctuated as Chinese technical writing is (GB/T 15834, and the header of
 * {@code Messages_zh.properties}): full-width {@code ，；：（）！？} in Chinese sentences, ASCII only in
 * what the user types or copies verbatim. Our own rule GK108 flags mixed brackets in catalogue
 * text, so our messages must not mix them either.
 */
class ChinesePunctuationTest {
  private static final Path ZH = Path.of("src/main/resources/org/gkml/Messages_zh.properties");

  /** The marks a Chinese sentence writes full-width. */
  private static final String HALF_WIDTH = ",;:()!?";

  /** Stands in for a placeholder once the verbatim parts are taken out (see {@link #prose}). */
  private static final char PLACEHOLDER = '\uFFFC';

  private static final Pattern MARKUP = Pattern.compile("@\\|[\\w,]+\\s|\\|@");
  private static final Pattern CODE = Pattern.compile("`[^`]*`|\\]\\([^)\\s]*\\)");
  private static final Pattern QUOTED = Pattern.compile("“[^”]*”");
  private static final Pattern LOCATION = Pattern.compile("\\{\\d+}:\\{\\d+}");
  private static final Pattern ARGUMENT = Pattern.compile("\\$\\{[^}]*}|\\{\\d+[^{}]*}");
  private static final Pattern HALF_WIDTH_PAIR = Pattern.compile("\\([^()]*\\)");
  private static final Pattern BLANK_BESIDE_FULL_WIDTH =
      Pattern.compile("[ \\t][，；：（）。！？]|[，；：（）。！？][ \\t]");

  @Test
  void chineseTextHasFullWidthPunctuation() throws IOException {
    Map<String, List<String>> found = new TreeMap<>();
    BundlesTest.read(ZH)
        .forEach(
            (key, text) -> {
              List<String> problems = problems(text);
              if (!problems.isEmpty()) {
                found.put(key, problems);
              }
            });
    assertThat(found).as("half-width punctuation in Chinese text").isEmpty();
  }

  @Test
  void halfWidthMarksInChineseSentencesAreFound() {
    assertThat(problems("文件不是 UTF-8 编码, 看起来是 GBK")).containsExactly("编码, 看");
    assertThat(problems("目录根文件夹 {0} 不存在(用 --root DIR 指定)"))
        .containsExactly("存在(用 ", "指定)", "(用 --root DIR 指定)");
    assertThat(problems("“{0}”: 应为 yaml 或 json")).hasSize(1);
    assertThat(problems("; 本文件修改的事项此后均无变化")).containsExactly("; 本");
    // a placeholder is a word of the sentence
    assertThat(problems("无法写入 {0}: {1}")).hasSize(1);
    assertThat(problems("修订 {0}({1}) 排在之后")).hasSize(3);
    assertThat(problems("目录根文件夹（默认: ${DEFAULT-VALUE})。")).contains("( and （ mixed").hasSize(3);
    // ASCII brackets around Chinese words, even when no mark touches a Chinese character
    assertThat(problems("基础目录不允许 X(policy.skippable 不为 true)"))
        .containsExactly("(policy.skippable 不为 true)");
    assertThat(problems("@|bold 错误|@: {0}")).hasSize(1);
    assertThat(problems("无法写入 {0}： {1}")).containsExactly("blank beside full-width mark: ： ");
  }

  @Test
  void verbatimTextKeepsItsAsciiMarks() {
    assertThat(problems("请转换，例如：iconv -f GB18030 -t UTF-8 旧.yaml > 新.yaml")).isEmpty();
    assertThat(problems("目录根文件夹（默认：${DEFAULT-VALUE}）。")).isEmpty();
    assertThat(problems("应为目录文档（kind: catalog、overlay 或 config）")).isEmpty();
    assertThat(problems("例如：“# gkml-ignore GK205: 本县无此渠道”")).isEmpty();
    assertThat(problems("事项 {0} 不允许删除（策略“removable: {1}”{2}）")).isEmpty();
    assertThat(problems("未知的公开渠道 “{0}”")).isNotEmpty();
    assertThat(problems("“{0}” 不是允许的值")).isNotEmpty();
    assertThat(problems("用 `tiers: {remove: [...]}` 删减，报 [GK203](#gk203)。")).isEmpty();
    assertThat(problems("把“items: []”改为“items:”（去掉“# ”）")).isEmpty();
    assertThat(problems("{0}:{1}：不是 gkml 基线文件")).isEmpty();
    assertThat(problems("在 ~/.bashrc 中写 eval \"$(gkml completion bash)\"，")).isEmpty();
    assertThat(problems("%n退出码：%n")).isEmpty();
  }

  /**
   * What is wrong with the punctuation of a Chinese text: a half-width mark next to Chinese, blanks
   * between them or not (each with its neighbours), a half-width bracket pair around Chinese, a
   * blank beside a full-width mark (it carries its own space), or half- and full-width brackets
   * mixed.
   */
  private static final Pattern BLANK_BESIDE_QUOTE = Pattern.compile("\\S “|” \\S");

  static List<String> problems(String text) {
    String prose = prose(text);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < prose.length(); i++) {
      if (HALF_WIDTH.indexOf(prose.charAt(i)) >= 0
          && (chineseBeside(prose, i, -1) || chineseBeside(prose, i, +1))) {
        problems.add(prose.substring(Math.max(0, i - 2), Math.min(prose.length(), i + 3)));
      }
    }
    Matcher pair = HALF_WIDTH_PAIR.matcher(prose);
    while (pair.find()) {
      if (pair.group().codePoints().anyMatch(ChinesePunctuationTest::chinese)) {
        problems.add(pair.group());
      }
    }
    Matcher blank = BLANK_BESIDE_FULL_WIDTH.matcher(prose);
    while (blank.find()) {
      problems.add("blank beside full-width mark: " + blank.group());
    }
    // quotes are full-width marks too: no blank before an opening one or after a closing one
    // (looked for in the text itself, since the prose has the quoted parts taken out)
    Matcher quote = BLANK_BESIDE_QUOTE.matcher(text);
    while (quote.find()) {
      problems.add("blank beside a quote: " + quote.group());
    }
    if (prose.matches("(?s).*[()].*") && prose.matches("(?s).*[（）].*")) {
      problems.add("( and （ mixed");
    }
    return problems;
  }

  /**
   * The text with what is verbatim taken out, kept simple on purpose. Out go picocli's markup
   * ({@code @|bold …|@}, its text stays), Markdown code spans and link targets ({@code `a: b`},
   * {@code (#gk203)}), everything in “ ” quotes (a value, a key, a line the user types), and a
   * location {@code {0}:{1}} (file:line, as compiler output writes it). A placeholder ({@code {0}},
   * {@code ${DEFAULT-VALUE}}) stays as a word of the sentence, so a mark touching it counts. What
   * is left is ASCII only where it is a command, an option, a file name or a YAML key and value,
   * and there a mark stands between ASCII letters, never beside a Chinese character (a YAML snippet
   * that ends in Chinese text goes in quotes).
   */
  private static String prose(String text) {
    String s = MARKUP.matcher(text).replaceAll("");
    s = CODE.matcher(s).replaceAll("x");
    s = QUOTED.matcher(s).replaceAll("“”");
    s = LOCATION.matcher(s).replaceAll("x");
    return ARGUMENT.matcher(s).replaceAll(String.valueOf(PLACEHOLDER));
  }

  /**
   * Whether the first character before ({@code -1}) or after ({@code +1}) i that is not a blank is
   * Chinese.
   */
  private static boolean chineseBeside(String s, int i, int step) {
    int j = i + step;
    while (j >= 0 && j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
      j += step;
    }
    return j >= 0 && j < s.length() && chinese(s.charAt(j));
  }

  /** Han characters, Chinese punctuation and quotes, and placeholders. */
  private static boolean chinese(int c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || "“”‘’…—".indexOf(c) >= 0
        || c == PLACEHOLDER;
  }
}
