package org.gkml.model;

import java.util.Objects;

/** A wording gkml cannot read; it compares the same only with the same normalised text. */
public record Unparsed(String text) implements Deadline {

  public Unparsed {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public boolean parsed() {
    return false;
  }

  /** The normalised text (NFKC, no spaces), so that spacing and full-width forms do not matter. */
  @Override
  public String canonical() {
    return DeadlineParser.normalize(text);
  }
}
