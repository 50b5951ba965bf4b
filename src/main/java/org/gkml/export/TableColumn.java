package org.gkml.export;

import java.util.ArrayList;
import java.util.List;
import org.gkml.model.Catalog;
import org.gkml.model.Item;
import org.gkml.model.TableVocabulary;
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
    LEVEL3,
    CONTENT,
    BASIS,
    DEADLINE,
    OWNER,
    DEPARTMENT,
    CONTACT,
    CHANNELS,
    AUDIENCE_PUBLIC,
    AUDIENCE_SPECIFIC,
    MODE_PROACTIVE,
    MODE_ON_REQUEST,
    TIER,
    NOTE,
    ID,
    /** Where a region marks an inherited item removed (region workbooks only). */
    REMOVAL_REASON;

    /** Whether the column holds only a tick or nothing. */
    public boolean isTick() {
      return ordinal() >= AUDIENCE_PUBLIC.ordinal() && ordinal() <= TIER.ordinal();
    }
  }

  /**
   * Which optional columns a table prints: the FORMAT.md 1.1 fields where any of its items has a
   * value (三级事项, 责任科室, 联系方式), and the 删除理由 column of a region's workbook.
   */
  public record Extras(boolean level3, boolean department, boolean contact, boolean removal) {
    /** No optional column: the table of format version 1. */
    public static final Extras NONE = new Extras(false, false, false, false);

    /** The optional field columns {@code catalog}'s items use (no 删除理由 column). */
    public static Extras of(Catalog catalog) {
      boolean l3 = false;
      boolean dept = false;
      boolean contact = false;
      for (Item i : catalog.items()) {
        l3 |= set(i.level3());
        dept |= set(i.department());
        contact |= set(i.contact());
      }
      return new Extras(l3, dept, contact, false);
    }

    public Extras withRemoval(boolean on) {
      return new Extras(level3, department, contact, on);
    }

    private static boolean set(String s) {
      return s != null && !s.isBlank();
    }
  }

  /** The columns of a domain table with the given tier columns, in printed order. */
  public static List<TableColumn> layout(List<Tier> tiers) {
    return layout(tiers, Extras.NONE);
  }

  /**
   * The columns of a domain table with the given tier columns and optional columns, in printed
   * order: 三级事项 after 二级事项 in the 公开事项 group, 责任科室 and 联系方式 after 公开主体 (the official tables that
   * have them put them beside the owner), 删除理由 last, after 编号.
   */
  public static List<TableColumn> layout(List<Tier> tiers, Extras extras) {
    List<TableColumn> c = new ArrayList<>();
    c.add(new TableColumn(Kind.SEQ, null, TableVocabulary.SEQ, null));
    c.add(new TableColumn(Kind.LEVEL1, TableVocabulary.ITEM_GROUP, TableVocabulary.LEVEL1, null));
    c.add(new TableColumn(Kind.LEVEL2, TableVocabulary.ITEM_GROUP, TableVocabulary.LEVEL2, null));
    if (extras.level3()) {
      c.add(new TableColumn(Kind.LEVEL3, TableVocabulary.ITEM_GROUP, TableVocabulary.LEVEL3, null));
    }
    c.add(new TableColumn(Kind.CONTENT, null, TableVocabulary.CONTENT, null));
    c.add(new TableColumn(Kind.BASIS, null, TableVocabulary.BASIS, null));
    c.add(new TableColumn(Kind.DEADLINE, null, TableVocabulary.DEADLINE, null));
    c.add(new TableColumn(Kind.OWNER, null, TableVocabulary.OWNER, null));
    if (extras.department()) {
      c.add(new TableColumn(Kind.DEPARTMENT, null, TableVocabulary.DEPARTMENT, null));
    }
    if (extras.contact()) {
      c.add(new TableColumn(Kind.CONTACT, null, TableVocabulary.CONTACT, null));
    }
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
    if (extras.removal()) {
      c.add(
          new TableColumn(Kind.REMOVAL_REASON, null, TableVocabulary.REMOVAL_REASON_HEADER, null));
    }
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
