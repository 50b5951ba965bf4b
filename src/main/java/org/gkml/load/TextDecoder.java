package org.gkml.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: UTF-8 with or without a BOM, nothing else. Files in other
 * encodings get a problem that says what they look like and how to convert them, since
 * Excel-converted catalogues often arrive in GB18030/GBK.
 */
final class TextDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** The decoded text, or the problem that stopped decoding. */
  sealed interface Decoded {
    record Text(String text) implements Decoded {}

    record Failed(Problem problem) implements Decoded {}

    /**
     * The text as characters, {@code chars[0..length)}, and what a pass over them found; for the
     * loader, which hands them to the parser without making a String of them.
     */
    record Chars(char[] chars, int length, TextScan scan) implements Decoded {
      /** The text as a String, for the rare steps that need one. */
      String text() {
        return new String(chars, 0, length);
      }
    }
  }

  private TextDecoder() {}

  /**
   * Decodes as {@link #decode} does, to characters: the JDK's decoder reports malformed input
   * itself, so the text needs no search for replacement characters afterwards, and one pass ({@link
   * TextScan}) finds everything else the loader looks for. Returns {@link Decoded.Chars} or {@link
   * Decoded.Failed}.
   */
  static Decoded decodeChars(byte[] bytes) {
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      return failed(1, "load.utf16");
    }
    int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    // UTF-8 never has more characters than bytes
    CharBuffer out = CharBuffer.allocate(bytes.length - offset);
    var result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, out, true);
    if (result.isError()) {
      return slowPath(bytes, offset);
    }
    TextScan scan = TextScan.of(out.array(), out.position());
    if (scan.zero()) {
      return slowPath(bytes, offset); // binary, or UTF-16 without a byte order mark
    }
    return new Decoded.Chars(out.array(), out.position(), scan);
  }

  static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      return failed(1, "load.utf16");
    }
    int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    // fast path: the JDK's own decoder turns every malformed sequence into U+FFFD and a zero byte
    // into U+0000, so a text with neither came from valid UTF-8 without a zero byte, which is
    // neither binary nor UTF-16; the JDK's searches for them are vectorised, unlike a loop here
    String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0 && text.indexOf('\u0000') < 0) {
      return new Decoded.Text(text);
    }
    return slowPath(bytes, offset);
  }

  /** Text that is not plain valid UTF-8 without a zero: what it is, or its text after all. */
  private static Decoded slowPath(byte[] bytes, int offset) {
    if (looksLikeUtf16(bytes)) {
      return failed(1, "load.utf16");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return failed(lineAt(bytes, i), "load.binary");
      }
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = utf8.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      String key = looksLikeGb18030(bytes) ? "load.gbk" : "load.notUtf8";
      return failed(lineAt(bytes, bad), key);
    }
    out.flip();
    return new Decoded.Text(out.toString());
  }

  /**
   * UTF-16 saved without a byte order mark: much of a catalogue is ASCII, whose UTF-16 units have a
   * zero byte, nearly all at even or nearly all at odd positions. Binary data has its zeros
   * anywhere.
   */
  static boolean looksLikeUtf16(byte[] bytes) {
    int n = Math.min(bytes.length, 4096) & ~1;
    int even = 0;
    int odd = 0;
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        if ((i & 1) == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    int pairs = n / 2;
    // a quarter of the pairs or more have a zero on one side (ASCII: keys, digits, indentation);
    // the other side has zeros only for the few characters like 一 (U+4E00) and 开 (U+5F00)
    int major = Math.max(even, odd);
    int minor = Math.min(even, odd);
    return pairs > 0 && major * 4 >= pairs && minor * 8 <= major;
  }

  private static boolean looksLikeGb18030(byte[] bytes) {
    try {
      GB18030
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Decoded failed(int line, String key) {
    return new Decoded.Failed(new Problem(org.gkml.model.Rule.ENCODING, line, 1, key));
  }

  /** The line of a byte; lines end with LF, CRLF or a CR alone (as YAML has it). */
  static int lineAt(byte[] bytes, int index) {
    int line = 1;
    for (int i = 0; i < index && i < bytes.length; i++) {
      if (bytes[i] == '\n'
          || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
