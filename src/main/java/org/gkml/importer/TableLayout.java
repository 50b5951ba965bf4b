package org.gkml.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gkml.importer.HeaderWords.Match;
import org.gkml.importer.HeaderWords.Role;
import org.gkml.model.Tier;

/**
 * Where a catalogue table sits in a sheet: its header row(s), found by their words in any row near
 * the top, and what each column holds. A header has one row, or two where groups (公开事项, 公开对象, 公开方式,
 * 公开层级) stand over their sub-columns; merged header cells count for every column they cover.
 */
final class TableLayout {
  /** How far down a sheet a header is looked for. */
  private static final int SEARCH_ROWS = 60;

  /** Header texts longer than this are data, not headers. */
  private static final int MAX_HEADER_LENGTH = 24;

  /**
   * One column: its index, role (null when no header word matched), tiers of a tier column, and the
   * header text as printed.
   */
  record Column(int index, Role role, Set<Tier> tiers, String header) {
    Column {
      tiers = Set.copyOf(tiers);
    }
  }

  private final int headerRow;
  private final int dataRow;
  private final List<Column> columns;

  private TableLayout(int headerRow, int dataRow, List<Column> columns) {
    this.headerRow = headerRow;
    this.dataRow = dataRow;
    this.columns = List.copyOf(columns);
  }

  int headerRow() {
    return headerRow;
  }

  /** The first row after the header. */
  int dataRow() {
    return dataRow;
  }

  List<Column> columns() {
    return columns;
  }

  Optional<Column> first(Role role) {
    return columns.stream().filter(c -> c.role() == role).findFirst();
  }

  List<Column> all(Role role) {
    return columns.stream().filter(c -> c.role() == role).toList();
  }

  static Optional<TableLayout> detect(SheetGrid g) {
    int limit = Math.min(g.rowCount(), SEARCH_ROWS);
    for (int r = 0; r < limit; r++) {
      if (isHeaderRow(g, r)) {
        return Optional.of(build(g, r));
      }
    }
    return Optional.empty();
  }

  /** Whether a row reads as a table header: three or more distinct primary header words. */
  static boolean isHeaderRow(SheetGrid g, int r) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (int c = 0; c < g.columnCount(); c++) {
      match(g.shown(r, c)).filter(m -> m.role().isPrimary()).ifPresent(m -> roles.add(m.role()));
    }
    return roles.size() >= 3;
  }

  private static Optional<Match> match(String text) {
    // a long cell is data, whatever words it contains; checked before normalising it
    if (text.isEmpty()
        || text.length() > 2 * MAX_HEADER_LENGTH
        || HeaderWords.normalize(text).length() > MAX_HEADER_LENGTH) {
      return Optional.empty();
    }
    return HeaderWords.classify(text);
  }

  private static TableLayout build(SheetGrid g, int h) {
    int n = g.columnCount();
    boolean twoRows = isSubHeader(g, h);
    List<Column> cols = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      String top = g.shown(h, c);
      String sub = twoRows ? g.shown(h + 1, c) : "";
      Optional<Match> m = Optional.empty();
      String header = top;
      if (twoRows && !sub.isEmpty()) {
        m = match(sub);
        header = sub;
      }
      if (m.isEmpty()) {
        m = match(top);
        header = top.isEmpty() ? sub : top;
      }
      Role role = m.map(Match::role).orElse(null);
      Set<Tier> tiers = m.map(Match::tiers).orElse(Set.of());
      cols.add(new Column(c, role, tiers, header));
    }
    resolveGroups(cols);
    return new TableLayout(h, h + (twoRows ? 2 : 1), cols);
  }

  /**
   * Whether the row under a header row is its second row: it names at least one sub-column (一级事项,
   * 全社会, 县级 …) and holds nothing but header words — a first item row that happens to say 全社会 and 县级
   * in single text columns also has content, basis and owner text.
   */
  static boolean isSubHeader(SheetGrid g, int h) {
    boolean sub = false;
    for (int c = 0; c < g.columnCount(); c++) {
      if (sameCell(g, h, h + 1, c)) {
        continue;
      }
      String text = g.shown(h + 1, c);
      if (text.isEmpty()) {
        continue;
      }
      Optional<Match> m = match(text);
      if (m.isEmpty()) {
        return false;
      }
      sub |= m.get().role().isSub();
    }
    return sub;
  }

  /** Whether two rows of a column show one merged cell (a header spanning both rows). */
  private static boolean sameCell(SheetGrid g, int r1, int r2, int c) {
    SheetGrid.Area a = g.mergeAt(r1, c);
    return a != null && a.lastRow() >= r2;
  }

  /**
   * Settles what the header alone cannot say: a 公开事项 column with no 一级/二级 below is the item column
   * (two of them: 一级 and 二级); a group without sub-columns holds words; 市级 is the county tier unless
   * the table also has a county column; a role seen twice is used once.
   */
  private static void resolveGroups(List<Column> cols) {
    List<Integer> items = new ArrayList<>();
    boolean hasLevel1 = false;
    boolean hasCounty = false;
    for (Column c : cols) {
      if (c.role() == Role.ITEM) {
        items.add(c.index());
      }
      hasLevel1 |= c.role() == Role.LEVEL1;
      hasCounty |= c.role() == Role.TIER && c.tiers().contains(Tier.COUNTY);
    }
    if (!hasLevel1) {
      for (int k = 0; k < items.size() && k < 2; k++) {
        int i = items.get(k);
        Column c = cols.get(i);
        cols.set(i, new Column(i, k == 0 ? Role.LEVEL1 : Role.LEVEL2, Set.of(), c.header()));
      }
    }
    Set<Role> seen = EnumSet.noneOf(Role.class);
    for (int i = 0; i < cols.size(); i++) {
      Column c = cols.get(i);
      if (c.role() == null) {
        continue;
      }
      if (c.role() == Role.CITY && !hasCounty) {
        cols.set(i, new Column(i, Role.TIER, Set.of(Tier.COUNTY), c.header()));
        continue;
      }
      boolean repeatable = c.role() == Role.TIER || c.role() == Role.CITY;
      if (!repeatable && !seen.add(c.role())) {
        cols.set(i, new Column(i, null, Set.of(), c.header()));
      }
    }
  }
}
