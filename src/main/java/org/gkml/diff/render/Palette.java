package org.gkml.diff.render;

/**
 * How the text report colours its parts. The command line builds one from picocli's ANSI styles
 * when colour is on; {@link #PLAIN} leaves text as it is.
 */
@FunctionalInterface
public interface Palette {
  /** The parts of a text report that may be coloured. */
  enum Tone {
    HEADING,
    BREAKING,
    CHANGED,
    ADDITIVE,
    DELETED,
    INSERTED,
    DIM
  }

  Palette PLAIN = (tone, text) -> text;

  String paint(Tone tone, String text);

  default boolean colours() {
    return this != PLAIN;
  }
}
