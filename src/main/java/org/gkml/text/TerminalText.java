package org.gkml.text;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.CodePointTranslator;
import org.apache.commons.text.translate.LookupTranslator;
import org.apache.commons.text.translate.UnicodeEscaper;

/**
 * Text from a catalogue or a file name made safe to print for people: control and bidi characters
 * are quoted git's way ({@code \033}, {@code \n}, backslash-u and four hex digits for U+202E) so a
 * value cannot move the cursor, clear the screen, recolour a terminal, reorder what a line seems to
 * say or start a forged line. Every human-readable renderer (findings text and GitHub formats, diff
 * text and Markdown, explain, import notes, error lines) passes untrusted text through here;
 * machine formats (JSON, SARIF) keep the raw value and rely on their library's escaping.
 *
 * <p>Backslash itself is not doubled: the quoting is for the eye, and leaving it alone keeps
 * quoting idempotent (quoting quoted text changes nothing) and ordinary text (paths, {@code \d}) as
 * written. Everything the translators leave is also legal in XML 1.0, so JUnit output stays
 * well-formed.
 */
public final class TerminalText {
  private TerminalText() {}

  /** git's named escapes (quote.c); the newline one is left out where lines are kept. */
  private static final Map<CharSequence, CharSequence> NAMED =
      Map.of(
          "\u0007", "\\a",
          "\b", "\\b",
          "\t", "\\t",
          "\u000B", "\\v",
          "\f", "\\f",
          "\r", "\\r");

  /** Characters that are invisible but steer display: C1, bidi marks and overrides, separators. */
  private static final CharSequenceTranslator INVISIBLE =
      new AggregateTranslator(
          UnicodeEscaper.between(0x80, 0x9F),
          UnicodeEscaper.between(0x061C, 0x061C),
          UnicodeEscaper.between(0x200E, 0x200F),
          UnicodeEscaper.between(0x2028, 0x202E),
          UnicodeEscaper.between(0x2066, 0x2069),
          // lone surrogates and the non-characters XML 1.0 cannot hold
          UnicodeEscaper.between(0xD800, 0xDFFF),
          UnicodeEscaper.between(0xFFFE, 0xFFFF));

  private static final CharSequenceTranslator ONE_LINE =
      new AggregateTranslator(
          new LookupTranslator(with(NAMED, "\n", "\\n")), Octal.C0_AND_DEL, INVISIBLE);

  private static final CharSequenceTranslator KEEPING_NEWLINES =
      new AggregateTranslator(new LookupTranslator(NAMED), Octal.C0_AND_DEL, INVISIBLE);

  /**
   * The text on one line: line breaks too are quoted ({@code \n}), so one finding stays one line.
   */
  public static String quote(String text) {
    return text == null || clean(text, false) ? text : ONE_LINE.translate(text);
  }

  /**
   * The text with its line breaks kept, for renderers that lay out multi-line values themselves
   * (they indent the continuation lines); everything else is quoted as {@link #quote}.
   */
  public static String quoteKeepingNewlines(String text) {
    return text == null || clean(text, true) ? text : KEEPING_NEWLINES.translate(text);
  }

  /**
   * The text with the characters {@code which} picks written as escapes ({@code \\u200B}), the rest
   * as it is: a message quoting a value that holds a zero-width space or a no-break space shows
   * them, where printed raw the value would look the same as the one it differs from.
   */
  public static String escaping(String text, IntPredicate which) {
    if (text == null || text.codePoints().noneMatch(which)) {
      return text;
    }
    return new UnicodeEscaper() {
      @Override
      public boolean translate(int codePoint, Writer writer) throws IOException {
        return which.test(codePoint) && super.translate(codePoint, writer);
      }
    }.translate(text);
  }

  /** Whether nothing needs quoting: the common case, checked without building a new string. */
  private static boolean clean(String text, boolean newlines) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? !(newlines && c == '\n') : quoted(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean quoted(char c) {
    return steersDisplay(c) || Character.isSurrogate(c) || c >= 0xFFFE;
  }

  /**
   * Whether a character acts on a display instead of showing: C0 and C1 controls, DEL, bidi marks,
   * embeddings, overrides and isolates, line and paragraph separators. {@link JsonTextEscapes} uses
   * the same set.
   */
  public static boolean steersDisplay(int c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  private static Map<CharSequence, CharSequence> with(
      Map<CharSequence, CharSequence> map, String key, String value) {
    Map<CharSequence, CharSequence> out = new HashMap<>(map);
    out.put(key, value);
    return out;
  }

  /**
   * C0 controls without a named escape, and DEL, as git writes them: a backslash and three octal
   * digits ({@code \033}). commons-text has octal unescaping only, hence this translator.
   */
  private static final class Octal extends CodePointTranslator {
    static final CharSequenceTranslator C0_AND_DEL =
        new AggregateTranslator(
            new Octal(0x00, 0x06), new Octal(0x0E, 0x1F), new Octal(0x7F, 0x7F));

    private final int from;
    private final int to;

    private Octal(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public boolean translate(int codePoint, Writer writer) throws IOException {
      if (codePoint < from || codePoint > to) {
        return false;
      }
      writer.write(String.format("\\%03o", codePoint));
      return true;
    }
  }
}
