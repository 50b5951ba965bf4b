package org.gkml.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One disclosure item with its nine elements (事项, 内容, 依据, 时限, 主体, 渠道和载体, 对象, 方式, 层级) and the
 * optional fields of FORMAT.md 1.1 ({@code level3} 三级事项, {@code department} 责任科室, {@code contact}
 * 咨询/监督电话, {@code audienceNote} the specific group). The optional text fields may be null; lists
 * are never null.
 */
public record Item(
    String id,
    String level1,
    String level2,
    String level3,
    String content,
    List<String> basis,
    String deadline,
    String owner,
    String department,
    String contact,
    List<String> channels,
    Audience audience,
    String audienceNote,
    Mode mode,
    Set<Tier> tiers,
    boolean optional,
    String note,
    Loc loc) {

  public Item {
    Objects.requireNonNull(id, "id");
    basis = List.copyOf(basis);
    channels = List.copyOf(channels);
    tiers = tiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tiers));
  }

  /** An item with the nine elements of format version 1 only (no version 1.1 optional fields). */
  public Item(
      String id,
      String level1,
      String level2,
      String content,
      List<String> basis,
      String deadline,
      String owner,
      List<String> channels,
      Audience audience,
      Mode mode,
      Set<Tier> tiers,
      boolean optional,
      String note,
      Loc loc) {
    this(
        id, level1, level2, null, content, basis, deadline, owner, null, null, channels, audience,
        null, mode, tiers, optional, note, loc);
  }

  /**
   * The item's name below {@code level1} as messages show it: {@code level2}, with {@code level3}
   * after a slash when set, {@code -} when neither is.
   */
  public String subName() {
    if (level3 == null) {
      return level2 == null ? "-" : level2;
    }
    return (level2 == null ? "-" : level2) + " / " + level3;
  }

  /** Whether the item is published at {@code tier}. */
  public boolean publishedAt(Tier tier) {
    return tiers.contains(tier);
  }

  /** Whether a region of {@code tier} can see the item: it is published there or below. */
  public boolean visibleTo(Tier tier) {
    for (Tier t : tiers) {
      if (t.atOrBelow(tier)) {
        return true;
      }
    }
    return false;
  }

  /** The highest tier that publishes the item (county over township over village). */
  public Tier topTier() {
    Tier top = null;
    for (Tier t : tiers) {
      if (top == null || t.ordinal() < top.ordinal()) {
        top = t;
      }
    }
    return top;
  }

  /** The tiers in their printed order: 县级, 乡级, 村级. */
  public List<Tier> tiersInOrder() {
    return tiers.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(tiers));
  }

  /**
   * The value of a field as text or list of text, as written in files ({@code audience} as one word
   * or the list of both).
   */
  public Object value(Field field) {
    return switch (field) {
      case LEVEL1 -> level1;
      case LEVEL2 -> level2;
      case LEVEL3 -> level3;
      case CONTENT -> content;
      case BASIS -> basis;
      case DEADLINE -> deadline;
      case OWNER -> owner;
      case DEPARTMENT -> department;
      case CONTACT -> contact;
      case CHANNELS -> channels;
      case AUDIENCE -> audience == null ? null : audience.value();
      case AUDIENCE_NOTE -> audienceNote;
      case MODE -> mode.word();
      case TIERS -> tiersInOrder().stream().map(Tier::word).toList();
      case OPTIONAL -> optional;
      case NOTE -> note;
    };
  }
}
