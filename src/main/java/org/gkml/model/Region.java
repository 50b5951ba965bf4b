package org.gkml.model;

import java.util.Objects;
import java.util.Optional;

/** A region by its division code, with the name people know it by (may be empty). */
public record Region(RegionCode code, String name) {
  public Region {
    Objects.requireNonNull(code);
    name = name == null ? "" : name;
  }

  public Tier tier() {
    return code.tier();
  }

  /** {@code 511703-达川区}, as used for folder names. */
  public String label() {
    return name.isEmpty() ? code.digits() : code.digits() + "-" + name;
  }

  /**
   * What makes a region name unfit to be part of a file name, as written for a message ({@code
   * "/"}, {@code ".."}, {@code U+000A}), or empty when it is fit. A name becomes part of folder and
   * file names of what gkml publishes, so a separator, a parent step or a control character (which
   * also forges lines and terminal output) is refused at validation, before anything is written.
   */
  public static Optional<String> unsafeNamePart(String name) {
    if (name == null) {
      return Optional.empty();
    }
    if (name.contains("..")) {
      return Optional.of("\"..\"");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '/' || c == '\\') {
        return Optional.of("\"" + c + "\"");
      }
      if (Character.isISOControl(c) || isBidiControl(c)) {
        return Optional.of(String.format("U+%04X", (int) c));
      }
    }
    return Optional.empty();
  }

  /** The invisible marks that reorder text (LRM, RLM, embeddings, overrides, isolates). */
  private static boolean isBidiControl(char c) {
    return c == '\u200E'
        || c == '\u200F'
        || c == '\u061C'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
