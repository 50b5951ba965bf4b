package org.gkml.export;

import java.util.ArrayList;
import java.util.List;
import org.gkml.model.Tier;

/**
 * One column of the official table, as every printed form (Excel, Word) lays it out: what it holds,
 * its group header (the first header row, merged over the group) or null, its own header, and for a
 * 公开层级 column its tier.
 */
public record TableColumn(TableColumn.Kind kind, String group, String header, Tier tier) {

  /** What a column of the domain table holds. */
  public enum Kind {
    SEQ,
    LEVEL1,
    LEVEL2,
    CONTENT,
    BASIS,
    DEADLINE,
    OWNER,
    CHANNELS,
    AUDIENCE_PUBLIC,
    AUDIENCE_SPECIFIC,
    MODE_PROACTIVE,
    MODE_ON_REQUEST,
    TIER,
    NOTE,
    ID;

    /** Whether the column holds only a tick or nothing. */
    public boolean isTick() {
      return ordinal() >= AUDIENCE_PUBLIC.ordinal() && ordinal() <= TIER.ordinal();
    }
  }

  /** The columns of a domain table with the given tier columns, in printed order. */
  public static List<TableColumn> layout(List<Tier> tiers) {
    List<TableColumn> c = new ArrayList<>();
    c.add(new TableColumn(Kind.SEQ, null, TableVocabulary.SEQ, null));
    c.add(new TableColumn(Kind.LEVEL1, TableVocabulary.ITEM_GROUP, TableVocabulary.LEVEL1, null));
    c.add(new TableColumn(Kind.LEVEL2, TableVocabulary.ITEM_GROUP, TableVocabulary.LEVEL2, null));
    c.add(new TableColumn(Kind.CONTENT, null, TableVocabulary.CONTENT, null));
    c.add(new TableColumn(Kind.BASIS, null, TableVocabulary.BASIS, null));
    c.add(new TableColumn(Kind.DEADLINE, null, TableVocabulary.DEADLINE, null));
    c.add(new TableColumn(Kind.OWNER, null, TableVocabulary.OWNER, null));
    c.add(new TableColumn(Kind.CHANNELS, null, TableVocabulary.CHANNELS, null));
    String audience = TableVocabulary.AUDIENCE_GROUP;
    c.add(new TableColumn(Kind.AUDIENCE_PUBLIC, audience, TableVocabulary.AUDIENCE_PUBLIC, null));
    c.add(
        new TableColumn(Kind.AUDIENCE_SPECIFIC, audience, TableVocabulary.AUDIENCE_SPECIFIC, null));
    String mode = TableVocabulary.MODE_GROUP;
    c.add(new TableColumn(Kind.MODE_PROACTIVE, mode, TableVocabulary.MODE_PROACTIVE, null));
    c.add(new TableColumn(Kind.MODE_ON_REQUEST, mode, TableVocabulary.MODE_ON_REQUEST, null));
    for (Tier t : tiers) {
      c.add(new TableColumn(Kind.TIER, TableVocabulary.TIER_GROUP, t.word(), t));
    }
    c.add(new TableColumn(Kind.NOTE, null, TableVocabulary.NOTE_HEADER, null));
    c.add(new TableColumn(Kind.ID, null, TableVocabulary.ID_HEADER, null));
    return List.copyOf(c);
  }

  /**
   * The last column of the header group starting at {@code c} ({@code c} itself without one), in a
   * list of columns {@code groups} gives the group of.
   */
  public static <T> int groupEnd(List<T> columns, int c, java.util.function.Function<T, String> g) {
    String group = g.apply(columns.get(c));
    int end = c;
    while (group != null
        && end + 1 < columns.size()
        && group.equals(g.apply(columns.get(end + 1)))) {
      end++;
    }
    return end;
  }
}
