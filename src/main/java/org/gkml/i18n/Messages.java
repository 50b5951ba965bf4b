package org.gkml.i18n;

import java.nio.file.Path;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.text.MessageFormat;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.gkml.model.Rule;

/**
 * User-facing text in the user's language, from {@code org/gkml/Messages*.properties}. English is
 * the base bundle; Chinese is {@code Messages_zh}.
 */
public final class Messages {
  private static final String BUNDLE = "org.gkml.Messages";

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale) {
    this.locale = locale;
    // no fallback to the JVM's default locale: --lang en must give English on a Chinese system
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static Messages of(Locale locale) {
    return new Messages(locale);
  }

  public static Messages english() {
    return new Messages(Locale.ROOT);
  }

  /**
   * The user's language when none is asked for: Chinese when the JVM's or the environment's says
   * so. The environment is read as POSIX does ({@code LC_ALL}, else {@code LC_MESSAGES}, else
   * {@code LANG}) because a Linux machine without the named locale installed (a minimal image,
   * {@code zh_CN.UTF-8} asked for but only {@code C.UTF-8} present) gives the JVM "C", English.
   */
  public static Locale localeFor(String lang, Map<String, String> env) {
    if (lang != null) {
      return localeFor(lang);
    }
    for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
      String value = env.get(name);
      if (value != null && !value.isEmpty()) {
        return value.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.CHINESE : localeFor(null);
      }
    }
    return localeFor(null);
  }

  /** The user's language: {@code zh} or {@code en} (or the system's language when null). */
  public static Locale localeFor(String lang) {
    String l = lang != null ? lang : Locale.getDefault().getLanguage();
    return l.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.CHINESE : Locale.ROOT;
  }

  public Locale locale() {
    return locale;
  }

  public boolean isChinese() {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * A message with its arguments; an argument that is a collection is written as a list in the
   * language's way ({@code 安全生产、社会救助}; {@code safety, relief}).
   */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
    }
    if (args.length == 0) {
      return pattern;
    }
    Object[] shown = args.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof Collection<?> c) {
        shown[i] = list(c);
      } else if (shown[i] instanceof Text t) {
        shown[i] = get(t.key(), t.args());
      }
    }
    MessageFormat format = new MessageFormat(pattern, locale);
    // only a pattern with a space beside a placeholder can need it: the rest formats as it is
    return isChinese() && (pattern.contains(" {") || pattern.contains("} "))
        ? chineseSpacing(format, shown)
        : format.format(shown);
  }

  /**
   * A Chinese message with the spaces its pattern sets around a value taken out where the value
   * meets a Chinese word ({@code 只能使用 {0}} with 村级: 只能使用村级; {@code {0} 的 {1}} with "items 第 1 项"
   * and id: items 第 1 项的 id), and kept beside Latin letters and digits, where Chinese typesetting
   * has one ({@code 区划 511703 的}), and beside a path (a file name may end in a Chinese word). The
   * pattern cannot know which a value will be, so the message decides once the values are in;
   * spaces the pattern puts between two words of its own stay.
   */
  private static String chineseSpacing(MessageFormat format, Object[] args) {
    AttributedCharacterIterator it = format.formatToCharacterIterator(args);
    StringBuilder text = new StringBuilder();
    BitSet fromValue = new BitSet();
    for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
      text.append(c);
    }
    for (char c = it.first();
        c != CharacterIterator.DONE;
        c = it.setIndex(it.getRunLimit(MessageFormat.Field.ARGUMENT))) {
      int start = it.getRunStart(MessageFormat.Field.ARGUMENT);
      int limit = it.getRunLimit(MessageFormat.Field.ARGUMENT);
      // a path keeps its spaces: 报告 是文件 is the folder 报告, not the word 报告是; so does a
      // file named alone (已写入 达川区.xlsx), which a Path argument says it is
      Object index = it.getAttribute(MessageFormat.Field.ARGUMENT);
      if (index != null
          && !(index instanceof Integer n && n < args.length && args[n] instanceof Path)
          && !isPath(text.subSequence(start, limit))) {
        fromValue.set(start, limit);
      }
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean between = i > 0 && i + 1 < text.length();
      if (c == ' '
          && between
          && !fromValue.get(i)
          && fromValue.get(i - 1) != fromValue.get(i + 1) // a word of the pattern and a value
          && isChinese(text.charAt(i - 1))
          && isChinese(text.charAt(i + 1))) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isPath(CharSequence value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) == '/' || value.charAt(i) == '\\') {
        return true;
      }
    }
    return false;
  }

  /** Whether a character is Chinese text or punctuation, which takes no space beside another. */
  private static boolean isChinese(char c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || c == '“'
        || c == '”'
        || c == '‘'
        || c == '’';
  }

  /**
   * Words as a list in the language's way: {@code 县级、乡级} in Chinese, {@code a, b} in English; no
   * words as {@code -} (a policy that lets nothing be modified).
   */
  public String list(Collection<?> words) {
    if (words.isEmpty()) {
      return "-";
    }
    String separator = bundle.getString("list.separator");
    StringBuilder s = new StringBuilder();
    for (Object w : words) {
      if (!s.isEmpty()) {
        s.append(separator);
      }
      s.append(w);
    }
    return s.toString();
  }

  /**
   * An argument that is itself a text of the bundle (a field's label, a YAML parser's phrase) with
   * its own arguments, rendered by {@link #get} in the message's language: an import note keeps its
   * arguments until the report is written.
   */
  public record Text(String key, Object... args) {}

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The message of a rule's finding. */
  public String rule(Rule rule, Object... args) {
    return get("rule." + rule.id() + ".message", args);
  }

  public String ruleTitle(Rule rule) {
    return get("rule." + rule.id() + ".title");
  }

  /** What a rule checks and how to fix it (Markdown, one paragraph, as in docs/rules.md). */
  public String ruleHelp(Rule rule) {
    return get("rule." + rule.id() + ".help");
  }
}
