package org.gkml.model.deadline;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A deadline given per kind of information, as a numbered list: 1.除处罚决定外其他内容:长期公开(动态调整);
 * 2.处罚决定:20个工作日内。
 */
public record Composite(String text, List<Part> parts) implements Deadline {

  /**
   * One numbered part: what it applies to and its deadline.
   *
   * @param label the words before the colon (e.g. 处罚决定), empty when there is none
   */
  public record Part(String label, Deadline deadline) {
    public Part {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  public Composite {
    Objects.requireNonNull(text, "text");
    parts = List.copyOf(parts);
    if (parts.size() < 2) {
      throw new IllegalArgumentException("a composite deadline needs two parts or more");
    }
  }

  /** True when every part parsed: one unreadable part is enough to warn about. */
  @Override
  public boolean parsed() {
    return parts.stream().allMatch(part -> part.deadline().parsed());
  }

  /** YES when any part exceeds the legal default, NO when none can, UNKNOWN otherwise. */
  @Override
  public Answer exceedsLegalDefault() {
    List<Answer> answers =
        parts.stream().map(part -> part.deadline().exceedsLegalDefault()).toList();
    if (answers.contains(Answer.YES)) {
      return Answer.YES;
    }
    return answers.stream().allMatch(Answer.NO::equals) ? Answer.NO : Answer.UNKNOWN;
  }

  @Override
  public String canonical() {
    return parts.stream()
        .map(
            part ->
                part.label().isEmpty()
                    ? part.deadline().canonical()
                    : part.label() + ":" + part.deadline().canonical())
        .collect(Collectors.joining("; "));
  }
}
