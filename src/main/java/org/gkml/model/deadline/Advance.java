package org.gkml.model.deadline;

import java.util.Objects;

/**
 * Advance notice before an event (提前一周发通知邀请, 会议召开5个工作日前): the longer the lead, the earlier the
 * publication.
 */
public record Advance(String text, Span lead) implements Deadline {

  public Advance {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lead, "lead");
  }

  @Override
  public String canonical() {
    return "提前" + lead.canonical();
  }
}
