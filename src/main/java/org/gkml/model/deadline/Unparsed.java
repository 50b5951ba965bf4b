package org.gkml.model.deadline;

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

  /**
   * The normalised text (NFKC, no spaces), so that spacing and full-width forms do not matter. Text
   * too long to be a deadline stays as written: normalising it would cost time for nothing.
   */
  @Override
  public String canonical() {
    return text.length() > DeadlineParser.MAX_LENGTH ? text : DeadlineParser.normalize(text);
  }
}
