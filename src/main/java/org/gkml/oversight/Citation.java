package org.gkml.oversight;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One 公开依据 as written, and the key under which spellings of one law meet: the 《title》 (or the whole
 * text where no title marks exist), compared after NFKC normalisation (full-width and half-width
 * forms alike), without white space, without its 文号 and without the 中华人民共和国 prefix. {@code
 * 《中华人民共和国安全生产法》}, {@code 《安全生产法》（2021年修正）} and {@code 安全生产法} are one law.
 */
record Citation(String key, String title, String number) {
  private static final Pattern TITLE = Pattern.compile("《([^《》]+)》");
  private static final Pattern TRAILING_NUMBER = Pattern.compile("[(（]([^()（）]*)[)）]\\s*$");
  private static final String PREFIX = "中华人民共和国";

  /** The citation of one basis entry. */
  static Citation of(String text) {
    String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
    String title;
    String number = null;
    Matcher m = TITLE.matcher(s);
    if (m.find()) {
      title = m.group(1).strip();
      String rest = s.substring(m.end()).strip();
      Matcher n = TRAILING_NUMBER.matcher(rest);
      if (n.find() && isNumber(n.group(1))) {
        number = n.group(1).strip();
      }
    } else {
      Matcher n = TRAILING_NUMBER.matcher(s);
      if (n.find()) {
        number = isNumber(n.group(1)) ? n.group(1).strip() : null;
        title = s.substring(0, n.start()).strip();
      } else {
        title = s;
      }
    }
    String key = title.replaceAll("\\s+", "");
    if (key.startsWith(PREFIX) && key.length() > PREFIX.length()) {
      key = key.substring(PREFIX.length());
    }
    return new Citation(key, title, number);
  }

  /**
   * Whether a parenthesis after the title is a 文号 ({@code 国务院令第711号}, {@code 国办发〔2019〕54号}) rather
   * than a note such as {@code 2021年修正}, which is dropped.
   */
  private static boolean isNumber(String text) {
    return text.strip().endsWith("号");
  }

  /** Whether the title is written in its full form, with the 中华人民共和国 prefix. */
  boolean hasPrefix() {
    return title.replaceAll("\\s+", "").startsWith(PREFIX);
  }
}
