package org.gkml.diff;

import java.util.Locale;
import java.util.Optional;

/**
 * How much a change matters to the regions below (FORMAT.md §9): it may break their overlays or
 * weaken disclosure, change wording only, or add disclosure. Declared from strongest to weakest.
 */
public enum ChangeClass {
  BREAKING("breaking"),
  CHANGED("changed"),
  ADDITIVE("additive");

  private final String word;

  ChangeClass(String word) {
    this.word = word;
  }

  /** The word used in JSON and on the command line. */
  public String word() {
    return word;
  }

  /** The stronger of two classes: breaking over changed over additive. */
  public ChangeClass stronger(ChangeClass other) {
    return ordinal() <= other.ordinal() ? this : other;
  }

  /** The class of the same change seen backwards: breaking and additive swap. */
  public ChangeClass mirror() {
    return switch (this) {
      case BREAKING -> ADDITIVE;
      case ADDITIVE -> BREAKING;
      case CHANGED -> CHANGED;
    };
  }

  public static Optional<ChangeClass> ofWord(String word) {
    for (ChangeClass c : values()) {
      if (c.word.equals(word.toLowerCase(Locale.ROOT))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
