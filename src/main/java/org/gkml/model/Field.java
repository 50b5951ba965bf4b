package org.gkml.model;

import java.util.Optional;

/** The elements of a catalogue item, by the English key used in files. */
public enum Field {
  LEVEL1("level1", Shape.TEXT),
  LEVEL2("level2", Shape.TEXT),
  CONTENT("content", Shape.TEXT),
  BASIS("basis", Shape.LIST),
  DEADLINE("deadline", Shape.TEXT),
  OWNER("owner", Shape.TEXT),
  CHANNELS("channels", Shape.LIST),
  AUDIENCE("audience", Shape.TEXT),
  MODE("mode", Shape.TEXT),
  TIERS("tiers", Shape.LIST),
  OPTIONAL("optional", Shape.FLAG),
  NOTE("note", Shape.TEXT);

  /** How a field's value is written. */
  public enum Shape {
    TEXT,
    LIST,
    FLAG
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
