package org.gkml.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One disclosure item with its nine elements (事项, 内容, 依据, 时限, 主体, 渠道和载体, 对象, 方式, 层级). {@code
 * level2} and {@code note} may be null; lists are never null.
 */
public record Item(
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

  public Item {
    Objects.requireNonNull(id, "id");
    basis = List.copyOf(basis);
    channels = List.copyOf(channels);
    tiers = tiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tiers));
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

  /** The value of a field as text or list of text, as written in files. */
  public Object value(Field field) {
    return switch (field) {
      case LEVEL1 -> level1;
      case LEVEL2 -> level2;
      case CONTENT -> content;
      case BASIS -> basis;
      case DEADLINE -> deadline;
      case OWNER -> owner;
      case CHANNELS -> channels;
      case AUDIENCE -> audience.word();
      case MODE -> mode.word();
      case TIERS -> tiersInOrder().stream().map(Tier::word).toList();
      case OPTIONAL -> optional;
      case NOTE -> note;
    };
  }
}
