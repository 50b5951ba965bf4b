package org.gkml.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Jackson's JSON escaping, extended to the characters {@link TerminalText} quotes: besides the C0
 * controls JSON itself requires escaped, DEL, C1 controls, bidi controls and line separators are
 * written as JSON unicode escapes (backslash-u and four hex digits). The value read back is the
 * same; only a terminal showing the JSON can no longer be steered by it.
 */
public final class JsonTextEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  private final int[] ascii;

  private JsonTextEscapes() {
    ascii = CharacterEscapes.standardAsciiEscapesForJSON();
    ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
  }

  /** A factory whose generators escape this way. */
  public static JsonFactory factory() {
    return new JsonFactory().setCharacterEscapes(new JsonTextEscapes());
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return TerminalText.steersDisplay(ch)
        ? new SerializedString(String.format("\\u%04X", ch))
        : null;
  }
}
