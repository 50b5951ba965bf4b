package org.gkml.io;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The one function every file or folder name gkml derives from catalogue content passes through (a
 * region's name in {@code 511703-达川区.xlsx} or in a build's {@code 511703-达川区/} folder): the result
 * is a single plain name that stays inside the folder it is put in, on every file system.
 *
 * <p>Separators and the characters Windows forbids ({@code / \ : * ? " < > |}), the URL delimiters
 * {@code # %} (build folders are linked from pages), control, format (bidi) and separator
 * characters become {@code _}; leading dots (hidden files, {@code ..}) and trailing dots and spaces
 * (Windows drops them) become {@code _} too; a Windows device name ({@code CON}, {@code NUL},
 * {@code COM1} …, with or without an extension) gets a {@code _} in front; and the name is cut to
 * {@link #MAX_BYTES} bytes of UTF-8 at a character boundary. Names that need none of this are
 * returned unchanged, so ordinary Chinese names read as they are.
 */
public final class SafeName {
  /** Most file systems take 255 bytes a name; room is left for a suffix and a temporary prefix. */
  public static final int MAX_BYTES = 200;

  private static final String FORBIDDEN = "/\\:*?\"<>|#%";
  private static final Set<String> DEVICES =
      Set.of(
          "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "COM1", "COM2", "COM3", "COM4", "COM5",
          "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
          "LPT8", "LPT9");

  private SafeName() {}

  /** {@code name} as one safe file or folder name; never empty. */
  public static String of(String name) {
    return of(name, "");
  }

  /**
   * {@code stem + extension} as one safe file name; the stem is made safe and cut so that the whole
   * fits, the extension (e.g. {@code .xlsx}, gkml's own) is kept as it is.
   */
  public static String of(String stem, String extension) {
    String text = stem == null ? "" : Normalizer.normalize(stem, Normalizer.Form.NFC).strip();
    StringBuilder safe = new StringBuilder(text.length());
    text.codePoints().forEach(c -> safe.appendCodePoint(allowed(c) ? c : '_'));
    for (int i = 0; i < safe.length() && safe.charAt(i) == '.'; i++) {
      safe.setCharAt(i, '_');
    }
    cut(safe, MAX_BYTES - extension.getBytes(StandardCharsets.UTF_8).length);
    // a cut may end the name in whitespace that strip() above would take away: take it away here
    // too, so that a safe name stays as it is (of(of(x)) = of(x))
    int end = safe.length();
    while (end > 0 && Character.isWhitespace(safe.codePointBefore(end))) {
      end -= Character.charCount(safe.codePointBefore(end));
    }
    safe.setLength(end);
    for (int i = safe.length() - 1; i >= 0 && " .".indexOf(safe.charAt(i)) >= 0; i--) {
      safe.setCharAt(i, '_');
    }
    if (safe.length() == 0) {
      safe.append('_');
    }
    String whole = safe + extension;
    int dot = whole.indexOf('.');
    String device = (dot < 0 ? whole : whole.substring(0, dot)).strip().toUpperCase(Locale.ROOT);
    return DEVICES.contains(device) ? "_" + whole : whole;
  }

  /** Whether {@code name} is a name {@link #of} leaves as it is. */
  public static boolean isSafe(String name) {
    return name != null && of(name).equals(name);
  }

  private static boolean allowed(int c) {
    if (FORBIDDEN.indexOf(c) >= 0) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL,
              Character.FORMAT,
              Character.LINE_SEPARATOR,
              Character.PARAGRAPH_SEPARATOR,
              Character.SURROGATE,
              Character.UNASSIGNED,
              Character.PRIVATE_USE ->
          false;
      default -> true;
    };
  }

  /** Cuts {@code s} to at most {@code bytes} bytes of UTF-8, never inside a character. */
  private static void cut(StringBuilder s, int bytes) {
    int used = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (used + n > Math.max(1, bytes)) {
        s.setLength(i);
        return;
      }
      used += n;
      i += Character.charCount(c);
    }
  }
}
