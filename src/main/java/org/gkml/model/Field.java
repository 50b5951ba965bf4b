package org.gkml.model;

import java.util.Optional;

/**
 * The elements of a catalogue item, by the English key used in files, in the order files and
 * outputs write them.
 */
public enum Field {
  LEVEL1("level1", Shape.TEXT),
  LEVEL2("level2", Shape.TEXT),
  LEVEL3("level3", Shape.TEXT),
  CONTENT("content", Shape.TEXT),
  BASIS("basis", Shape.LIST),
  DEADLINE("deadline", Shape.TEXT),
  OWNER("owner", Shape.TEXT),
  DEPARTMENT("department", Shape.TEXT),
  CONTACT("contact", Shape.TEXT),
  CHANNELS("channels", Shape.LIST),
  AUDIENCE("audience", Shape.AUDIENCE),
  AUDIENCE_NOTE("audience-note", Shape.TEXT),
  MODE("mode", Shape.TEXT),
  TIERS("tiers", Shape.LIST),
  OPTIONAL("optional", Shape.FLAG),
  NOTE("note", Shape.TEXT);

  /** How a field's value is written. */
  public enum Shape {
    TEXT,
    LIST,
    FLAG,
    /** 公开对象: one word, or the list of both words (FORMAT.md 1.1). */
    AUDIENCE
  }

  private final String key;
  private final Shape shape;

  Field(String key, Shape shape) {
    this.key = key;
    this.shape = shape;
  }

  public String key() {
    return key;
  }

  public Shape shape() {
    return shape;
  }

  public boolean isList() {
    return shape == Shape.LIST;
  }

  public static Optional<Field> ofKey(String key) {
    for (Field f : values()) {
      if (f.key.equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
