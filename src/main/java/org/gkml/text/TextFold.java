package org.gkml.text;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The forms in which published text is compared, never the form in which it is kept: NFKC,
 * traditional characters as simplified (ICU's Traditional-Simplified transliterator), and for
 * header words also without white space, line breaks, pinyin glosses ({@code 務(wù)}) and
 * required-field stars. {@link #aligned} keeps every character at its index, so a label found in
 * the folded text is cut from the published text at the same place.
 */
public final class TextFold {
  /**
   * The simplified character set (GB 2312, in the JDK): text whose every character it holds has no
   * traditional character to fold; null where the runtime lacks it (then every text is folded).
   */
  private static final Charset SIMPLIFIED_SET = simplifiedSet();

  /** A pinyin gloss a mirror site put after a character: (wù), (xiàng), (zhèn). */
  private static final Pattern GLOSS =
      Pattern.compile(
          "\\((?=[^)]*[a-z\\u00E0-\\u01DC])[a-z\\u00E0-\\u01DC\\u0300-\\u036F]{1,8}\\)");

  private static final Pattern SPACE_OR_STAR = Pattern.compile("[\\s*＊\\u3000]+");
  private static final Pattern TRAILING_COLON = Pattern.compile("[:：]$");

  /** Each character's folded form (its own code when folding would change the length). */
  private static final ConcurrentHashMap<Character, Character> CHARS = new ConcurrentHashMap<>();

  private TextFold() {}

  /** NFKC and simplified script, character by character: same length, same positions. */
  public static String aligned(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        continue;
      }
      char f = CHARS.computeIfAbsent(c, TextFold::fold);
      if (f != c) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = f;
      }
    }
    return out == null ? s : new String(out);
  }

  private static char fold(char c) {
    if (Character.isSurrogate(c)) {
      return c;
    }
    String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    char base = n.length() == 1 ? n.charAt(0) : c;
    String s;
    synchronized (Simplifier.TO_SIMPLIFIED) {
      s = Simplifier.TO_SIMPLIFIED.transliterate(String.valueOf(base));
    }
    return s.length() == 1 ? s.charAt(0) : base;
  }

  /**
   * Text already in NFKC with its traditional characters as simplified ones, as {@link #aligned}
   * folds them; text in simplified script is returned as it is without consulting ICU, whose tables
   * take a few hundred milliseconds to load: a tree written in simplified characters is validated
   * without them.
   */
  public static String simplifiedScript(String nfkc) {
    if (SIMPLIFIED_SET != null && SIMPLIFIED_SET.newEncoder().canEncode(nfkc)) {
      return nfkc;
    }
    return aligned(nfkc);
  }

  private static Charset simplifiedSet() {
    try {
      return Charset.forName("GB2312");
    } catch (IllegalArgumentException e) {
      return null; // a runtime without the extended charsets
    }
  }

  /** Built on first use only: ICU's tables take a few hundred milliseconds to load. */
  private static final class Simplifier {
    static final Transliterator TO_SIMPLIFIED =
        Transliterator.getInstance("Traditional-Simplified");
  }

  /** The form header words, tick words and tier words compare in. */
  public static String key(String s) {
    String n = withoutGlosses(aligned(s));
    n = SPACE_OR_STAR.matcher(n).replaceAll("");
    n = n.replace('【', '(').replace('】', ')').replace('〔', '(').replace('〕', ')');
    n = n.replace('[', '(').replace(']', ')').replace('﹝', '(').replace('﹞', ')');
    return TRAILING_COLON.matcher(n).replaceAll("");
  }

  /** A pinyin gloss, {@code (wù)}: for finding where glosses stand, not only dropping them. */
  public static Pattern gloss() {
    return GLOSS;
  }

  /** The text without pinyin glosses. */
  public static String withoutGlosses(String s) {
    return s.indexOf('(') < 0 ? s : GLOSS.matcher(s).replaceAll("");
  }

  /**
   * The pinyin syllables of a Chinese word, without tone marks ({@code 公开渠道}: gong, kai, qu, dao),
   * ICU's reading of each character; for telling a key written in pinyin ({@code qudao}) which word
   * it spells. Made once per word asked for, which is only ever a word of a short list.
   */
  public static List<String> pinyin(String word) {
    String latin;
    synchronized (Pinyin.HAN_LATIN) {
      latin = Pinyin.HAN_LATIN.transliterate(word);
    }
    return Arrays.stream(latin.toLowerCase(Locale.ROOT).split("[^a-z]+"))
        .filter(syllable -> !syllable.isEmpty())
        .toList();
  }

  /** Built on first use only: its tables take a while to load, and most runs never ask. */
  private static final class Pinyin {
    static final Transliterator HAN_LATIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");
  }

  /** The published text in simplified characters, glosses dropped ({@code --simplified}). */
  public static String simplified(String s) {
    if (s == null) {
      return null;
    }
    String t;
    synchronized (Simplifier.TO_SIMPLIFIED) {
      t = Simplifier.TO_SIMPLIFIED.transliterate(s);
    }
    return withoutGlosses(t);
  }
}
