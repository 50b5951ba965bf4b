package org.gkml.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A file a catalogue document was read from. It knows how to find the position of any JSON pointer
 * in it, so findings can point to {@code file:line:col} without every value carrying its own
 * position.
 */
public final class SourceFile {

  /** Finds positions in a parsed document. */
  public interface Locator {
    /** The position of the value at {@code pointer}, or of its deepest existing ancestor. */
    Position value(String pointer);

    /**
     * The position of the key of the member at {@code pointer} (for a missing member: its mapping).
     */
    Position key(String pointer);

    /**
     * The text of the scalar exactly at {@code pointer}; empty when nothing is there or it is a
     * mapping or a list. (Baselines name a list element by its value, see {@code
     * org.gkml.check.FindingSubjects}.)
     */
    default Optional<String> scalar(String pointer) {
      return Optional.empty();
    }
  }

  private static final Locator NOWHERE =
      new Locator() {
        @Override
        public Position value(String pointer) {
          return Position.START;
        }

        @Override
        public Position key(String pointer) {
          return Position.START;
        }
      };

  private final Path path;
  private final String display;
  private final Locator locator;

  public SourceFile(Path path, String display, Locator locator) {
    this.path = Objects.requireNonNull(path);
    this.display = Objects.requireNonNull(display);
    this.locator = Objects.requireNonNull(locator);
  }

  /** A file with no known structure: every pointer resolves to its first line. */
  public static SourceFile unstructured(Path path, String display) {
    return new SourceFile(path, display, NOWHERE);
  }

  /** How positions in this file are found. */
  public Locator locator() {
    return locator;
  }

  public Path path() {
    return path;
  }

  /** The path as shown to users: relative to the working directory where possible. */
  public String display() {
    return display;
  }

  /**
   * The location of the value at a JSON pointer, or of its deepest existing ancestor. The position
   * is looked up when first asked for.
   */
  public Loc locate(String pointer) {
    return Loc.ofValue(this, pointer);
  }

  /** The location of the key of the member at a JSON pointer, looked up when first asked for. */
  public Loc locateKey(String pointer) {
    return Loc.ofKey(this, pointer);
  }

  /**
   * The location of the whole document, shown where the key of the member at {@code shownAt} stands
   * (FORMAT.md §5: whole-file findings go to the {@code kind:} line); children are found from the
   * document's root. The position is looked up when first asked for.
   */
  public Loc locateDocument(String shownAt) {
    return Loc.ofDocument(this, shownAt);
  }

  /** The text of the scalar exactly at a JSON pointer, if there is one (see {@link Locator}). */
  public Optional<String> scalar(String pointer) {
    return locator.scalar(pointer);
  }

  Position positionOf(String pointer) {
    return locator.value(pointer);
  }

  Position positionOfKey(String pointer) {
    return locator.key(pointer);
  }

  /** A location at a known line and column (for problems found before the document exists). */
  public Loc at(int line, int column) {
    return new Loc(this, "", line, column);
  }

  /**
   * A location at a known line and column that no pointer names, with what it is about: the text of
   * its line, say, so that a baseline tells it apart from others of its rule in the file (see
   * {@link Loc#about()}).
   */
  public Loc at(int line, int column, String about) {
    return Loc.ofText(this, line, column, about);
  }

  @Override
  public String toString() {
    return display;
  }
}
