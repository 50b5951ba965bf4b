package org.gkml.model;

import java.util.Objects;

/** Where a value stands: its file, its JSON pointer in the document, and its line and column. */
public record Loc(SourceFile file, String pointer, int line, int column) {
  public Loc {
    Objects.requireNonNull(file);
    Objects.requireNonNull(pointer);
  }

  /** The location of a value below this one, e.g. {@code loc.child("channels", 2)}. */
  public Loc child(Object... segments) {
    return file.locate(pointerTo(segments));
  }

  /** The location of the key of a member below this one, e.g. {@code loc.childKey("mode")}. */
  public Loc childKey(Object... segments) {
    return file.locateKey(pointerTo(segments));
  }

  private String pointerTo(Object... segments) {
    StringBuilder p = new StringBuilder(pointer);
    for (Object s : segments) {
      p.append('/').append(String.valueOf(s).replace("~", "~0").replace("/", "~1"));
    }
    return p.toString();
  }

  @Override
  public String toString() {
    return file.display() + ":" + line + ":" + column;
  }
}
