package org.gkml.model;

import java.util.Objects;

/**
 * Where a value stands: its file, its JSON pointer in the document, and its line and column.
 *
 * <p>The line and column of a location made from a pointer are looked up when first asked for:
 * resolution names the place of every edit it applies, and nearly all of those places are never
 * shown. Looking them up late lets a loaded file give up its position tree once its own checks are
 * done (see {@code org.gkml.load.TreeLocator}). Equality is by file, pointer, line and column.
 */
public final class Loc {
  private final SourceFile file;
  private final String pointer;
  // where the position is looked up: the pointer itself, or (for a whole document) another one
  private final String shownAt;
  private final boolean ofKey;
  // what a place in the text that no pointer names is about (see about()); usually null
  private final String about;
  // null until asked for; a race computes the same value twice, harmlessly
  private Position position;

  public Loc(SourceFile file, String pointer, int line, int column) {
    this(file, pointer, pointer, false, new Position(line, column), null);
  }

  private Loc(
      SourceFile file,
      String pointer,
      String shownAt,
      boolean ofKey,
      Position position,
      String about) {
    this.file = Objects.requireNonNull(file);
    this.pointer = Objects.requireNonNull(pointer);
    this.shownAt = shownAt;
    this.ofKey = ofKey;
    this.position = position;
    this.about = about;
  }

  /**
   * A place in the text that no JSON pointer names (found before the document exists, or in a file
   * that is not YAML), with what it is about in words that survive edits elsewhere in the file: the
   * text of its line, a register row's code. See {@link #about()}.
   */
  static Loc ofText(SourceFile file, int line, int column, String about) {
    return new Loc(file, "", "", false, new Position(line, column), about);
  }

  /** The value at {@code pointer} in {@code file}, located when first asked for. */
  static Loc ofValue(SourceFile file, String pointer) {
    return new Loc(file, pointer, pointer, false, null, null);
  }

  /** The key of the member at {@code pointer} in {@code file}, located when first asked for. */
  static Loc ofKey(SourceFile file, String pointer) {
    return new Loc(file, pointer, pointer, true, null, null);
  }

  /**
   * The whole document, shown at the key of the member at {@code shownAt}: its children are found
   * from the document's own pointer, its position is looked up when first asked for.
   */
  static Loc ofDocument(SourceFile file, String shownAt) {
    return new Loc(file, "", shownAt, true, null, null);
  }

  public SourceFile file() {
    return file;
  }

  /**
   * This location in {@code other}, a file read from the same bytes under another path (a copy of a
   * root checked in its place); its position is still looked up when first asked for.
   */
  public Loc in(SourceFile other) {
    return new Loc(other, pointer, shownAt, ofKey, position, about);
  }

  public String pointer() {
    return pointer;
  }

  /**
   * What a place without a pointer is about, for telling findings apart across edits (baselines,
   * SARIF fingerprints: {@code org.gkml.check.FindingSubjects}); null for a place its pointer names
   * and for a whole file. Not part of equality: it describes the place, it does not move it.
   */
  public String about() {
    return about;
  }

  public int line() {
    return position().line();
  }

  public int column() {
    return position().column();
  }

  private Position position() {
    Position p = position;
    if (p == null) {
      p = ofKey ? file.positionOfKey(shownAt) : file.positionOf(shownAt);
      position = p;
    }
    return p;
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
  public boolean equals(Object o) {
    return o instanceof Loc other
        && file.equals(other.file)
        && pointer.equals(other.pointer)
        && position().equals(other.position());
  }

  @Override
  public int hashCode() {
    // not the position: hashing must not make a released file read its tree again (equal
    // locations share file and pointer, so this agrees with equals)
    return Objects.hash(file, pointer);
  }

  @Override
  public String toString() {
    return file.display() + ":" + line() + ":" + column();
  }
}
