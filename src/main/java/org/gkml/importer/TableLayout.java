package org.gkml.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.model.HeaderWords;
import org.gkml.model.HeaderWords.Match;
import org.gkml.model.HeaderWords.Role;
import org.gkml.model.Tier;

/**
 * Where a catalogue table sits in a grid and what each column holds. The header is found by
 * meaning: the first row near the top whose cells name at least three elements (in either script,
 * whatever the spacing), then up to two more rows below it that hold only header words (groups such
 * as 公开事项 or 公开对象 over their sub-columns, words broken over two rows as 公开/时限, a third row with
 * 一级事项). Each column's role comes from its sub-header, else from its header words read together,
 * else from any one of them; a blank sub-header under 公开对象 or 公开方式 is the one its sibling is not,
 * and a header-less column of running numbers is the 序号.
 */
final class TableLayout {
  /** How far down a grid a header is looked for. */
  private static final int SEARCH_ROWS = 60;

  /** Rows a header may have. */
  private static final int MAX_HEADER_ROWS = 3;

  /** Header texts longer than this are data, not headers. */
  private static final int MAX_HEADER_LENGTH = 24;

  /**
   * A name, then a remark in brackets ending the cell (the remark may hold brackets of its own).
   */
  private static final Pattern REMARK =
      Pattern.compile("([^(（【〔［﹝\\[]+?)\\s*[(（【〔［﹝\\[].*[)）】〕］﹞\\]]", Pattern.DOTALL);

  /**
   * A name on its first line, then a remark ending in a closing bracket whose opening one was lost:
   * no opening bracket anywhere after the name.
   */
  private static final Pattern REMARK_LINE_UNOPENED =
      Pattern.compile("([^\\n(（【〔［﹝\\[]+?)\\s*\\n[^(（【〔［﹝\\[]*[)）】〕］﹞\\]]", Pattern.DOTALL);

  /** How long a column name before a bracketed remark may be: a name, not a sentence. */
  private static final int MAX_REMARKED_NAME = 12;

  // a running number as tables print it: 1, 1. or 1、; (1), （一）, 一、 or ①
  private static final Pattern RUNNING_NUMBER =
      Pattern.compile(
          "\\d{1,4}[.、．]?|[（(]\\s*(\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*[）)]"
              + "|[一二三四五六七八九十]{1,3}[、.．]|[\\u2460-\\u2473]");

  /**
   * One column: its index, role (null when no header word matched), tiers of a tier column, the
   * header as printed (the sub-header under a group), and the group header above it ("" if none).
   */
  record Column(int index, Role role, Set<Tier> tiers, String header, String group) {
    Column {
      tiers = Set.copyOf(tiers);
    }

    Column with(Role r, Set<Tier> t) {
      return new Column(index, r, t, header, group);
    }
  }

  private final int headerRow;
  private final int dataRow;
  private final List<Column> columns;

  /** Header words printed without their 公 (开内容, 开对象), read as 公开内容, 公开对象; else empty. */
  private final List<String> lostGong;

  /**
   * Columns under one header cell with another column (a 一级事项 or 公开渠道和载体 spanning two): column →
   * the first column of that cell. See {@link HeaderSpans}.
   */
  private final Map<Integer, Integer> spanned;

  private TableLayout(
      int headerRow,
      int dataRow,
      List<Column> columns,
      List<String> lostGong,
      Map<Integer, Integer> spanned) {
    this.headerRow = headerRow;
    this.dataRow = dataRow;
    this.columns = List.copyOf(columns);
    this.lostGong = List.copyOf(lostGong);
    this.spanned = Map.copyOf(spanned);
  }

  /**
   * The first column of the header cell column c shares with the columns before it (a header
   * spanning two columns), or c itself.
   */
  int headerStart(int c) {
    return spanned.getOrDefault(c, c);
  }

  /** The header words read with a 公 the page's font lost (开内容 as 公开内容), for the report. */
  List<String> lostGong() {
    return lostGong;
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

  static Optional<TableLayout> detect(TableGrid g) {
    int limit = Math.min(g.rowCount(), SEARCH_ROWS);
    for (int r = 0; r < limit; r++) {
      if (isHeaderRow(g, r)) {
        return Optional.of(build(g, r));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a row reads as a table header: at least two cells, naming three or more distinct
   * elements (a title spanning the table names at most one).
   */
  static boolean isHeaderRow(TableGrid g, int r) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (int c = 0; c < g.columnCount(); c++) {
      match(g.shown(r, c)).filter(m -> m.role().isPrimary()).ifPresent(m -> roles.add(m.role()));
    }
    return roles.size() >= 3;
  }

  static Optional<Match> match(String text) {
    // a long cell is data, whatever words it contains; checked before normalising it
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.length() > 3 * MAX_HEADER_LENGTH
        || HeaderWords.normalize(text).length() > MAX_HEADER_LENGTH) {
      // a short column name with a long remark in brackets after it is still that column's name
      String name = nameBeforeRemark(text);
      return name == null ? Optional.empty() : HeaderWords.classify(name);
    }
    return HeaderWords.classify(text);
  }

  /**
   * The column name before a bracketed remark the cell ends with ({@code 公开渠道和载体
   * (“■”表示必选项,“□”表示可选项)} → {@code 公开渠道和载体}), or null when the cell is not a short name and such a
   * remark.
   */
  static String nameBeforeRemark(String text) {
    String t = text.strip();
    Matcher m = REMARK.matcher(t);
    String name;
    if (m.matches()) {
      name = m.group(1);
    } else {
      // the remark on a line of its own that lost its opening bracket: 公开渠道和载体 over
      // “■”表示必选项,“□”表示可选项)
      Matcher open = REMARK_LINE_UNOPENED.matcher(t);
      if (!open.matches()) {
        return null;
      }
      name = open.group(1);
    }
    int length = HeaderWords.normalize(name).length();
    return length > 0 && length <= MAX_REMARKED_NAME ? name : null;
  }

  /**
   * How many rows the header starting at {@code h} has: a row below belongs to it while every cell
   * starting there that does not reach further down is a header word (a cell reaching down over the
   * rows below is a table-wide value, read as data) and at least one is.
   */
  private static int depth(TableGrid g, int h) {
    int d = 1;
    while (d < MAX_HEADER_ROWS && h + d < g.rowCount() && continuesHeader(g, h + d)) {
      d++;
    }
    return d;
  }

  private static boolean continuesHeader(TableGrid g, int r) {
    boolean word = false;
    for (int c = 0; c < g.columnCount(); c++) {
      TableGrid.Area a = g.mergeAt(r, c);
      if (a != null && (a.firstRow() < r || a.firstCol() < c)) {
        continue; // part of a cell that starts above or to the left
      }
      String text = g.own(r, c);
      if (text.isEmpty()) {
        continue;
      }
      boolean reachesDown = a != null && a.lastRow() > r;
      Optional<Match> m = match(text);
      if (m.isPresent() || underGroup(g, r, c, text)) {
        word = true;
      } else if (!reachesDown) {
        return false;
      }
    }
    return word;
  }

  /**
   * Whether a short cell stands under a group header of the row above (公开层级 over 东阳市级, 镇街乡, 村): it
   * is a sub-header whatever its word.
   */
  private static boolean underGroup(TableGrid g, int r, int c, String text) {
    TableGrid.Area above = g.mergeAt(r - 1, c);
    return above != null
        && above.width() > 1
        && above.lastRow() == r - 1
        && HeaderWords.normalize(text).length() <= 12
        && match(g.shown(r - 1, c)).isPresent();
  }

  /** Whether a header of the table repeats at row r (a page break in the source). */
  static int repeatedHeader(TableGrid g, int r) {
    return isHeaderRow(g, r) ? depth(g, r) : 0;
  }

  private static TableLayout build(TableGrid g, int h) {
    int depth = depth(g, h);
    int end = h + depth - 1;
    int n = g.columnCount();
    List<String> lostGong = lostGong(g, h, end);
    List<Column> cols = new ArrayList<>();
    Map<Integer, TableGrid.Area> groupOf = new HashMap<>();
    for (int c = 0; c < n; c++) {
      List<String> parts = new ArrayList<>();
      TableGrid.Area top = null;
      for (int r = h; r <= end; r++) {
        TableGrid.Area a = g.mergeAt(r, c);
        if (a != null && a.lastRow() > end && a.firstRow() >= h) {
          break; // a value reaching into the data, not a header word
        }
        if (a != null && a.firstRow() < r) {
          continue; // already read in the row above
        }
        String text = g.shown(r, c);
        if (r == h) {
          top = a;
        }
        if (!text.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(text))) {
          parts.add(text);
        }
      }
      if (top != null && top.width() > 1 && parts.size() > 1) {
        groupOf.put(c, top);
      }
      cols.add(lostGong.isEmpty() ? column(c, parts) : withGong(c, parts, lostGong));
    }
    categoryByContent(g, end + 1, cols);
    preferByContent(g, end + 1, cols, Role.MODE, "主动", "申请");
    preferByContent(g, end + 1, cols, Role.AUDIENCE, "社会", "特定", "公众");
    Map<Integer, Integer> spanned = HeaderSpans.read(g, h, end, cols);
    resolveGroups(cols, groupOf, spanned);
    return new TableLayout(h, end + 1, cols, lostGong, spanned);
  }

  /**
   * The header words of rows h..end that a page's font printed without the glyph 公 (开事项, 开内容, 开对象:
   * the font lacked it): words starting with 开 that name an element only with 公 before them. Read
   * so only when two or more do, which no header writes on purpose; else empty.
   */
  private static List<String> lostGong(TableGrid g, int h, int end) {
    List<String> lost = new ArrayList<>();
    for (int r = h; r <= end; r++) {
      for (int c = 0; c < g.columnCount(); c++) {
        String text = g.own(r, c);
        if (HeaderWords.normalize(text).startsWith("开")
            && match("公" + text).filter(m -> m.role().isPrimary()).isPresent()
            && !match("公" + text).equals(match(text))
            && !lost.contains(text)) {
          lost.add(text);
        }
      }
    }
    return lost.size() >= 2 ? lost : List.of();
  }

  /** A column whose header words lost their 公: its role read with it, its header as printed. */
  private static Column withGong(int c, List<String> parts, List<String> lostGong) {
    List<String> restored = new ArrayList<>();
    for (String p : parts) {
      restored.add(lostGong.contains(p) ? "公" + p : p);
    }
    Column read = column(c, restored);
    String header = read.header();
    String group = read.group();
    for (String p : lostGong) {
      header = header.replace("公" + p, p);
      group = group.replace("公" + p, p);
    }
    return new Column(c, read.role(), read.tiers(), header, group);
  }

  /**
   * Of two text columns for one element (公开属性 saying 主动公开 beside 公开方式 saying 全文发布), the one whose
   * cells say it; the other keeps its text as an extra column.
   */
  private static void preferByContent(
      TableGrid g, int from, List<Column> cols, Role role, String... words) {
    List<Column> same = cols.stream().filter(c -> c.role() == role).toList();
    if (same.size() < 2) {
      return;
    }
    Column best = null;
    int bestCount = -1;
    for (Column c : same) {
      int count = 0;
      for (int r = from; r < g.rowCount(); r++) {
        String v = HeaderWords.normalize(g.own(r, c.index()));
        for (String w : words) {
          if (v.contains(w)) {
            count++;
            break;
          }
        }
      }
      if (count > bestCount) {
        best = c;
        bestCount = count;
      }
    }
    for (Column c : same) {
      if (c != best) {
        cols.set(c.index(), c.with(null, Set.of()));
      }
    }
  }

  /**
   * A 公开类别 or 公开类型 column is the 公开方式 where its cells say 主动公开 or 依申请公开, but a category beside the
   * items where they say something else (决策公开, 执行公开: the 五公开 stage): kept in the note, as a 类别
   * column is, rather than dropped cell by cell as unreadable modes.
   */
  private static void categoryByContent(TableGrid g, int from, List<Column> cols) {
    for (Column c : cols) {
      if (c.role() != Role.MODE || !HeaderWords.isCategoryOrMode(c.header())) {
        continue;
      }
      boolean modes = false;
      boolean text = false;
      for (int r = from; r < g.rowCount(); r++) {
        String v = HeaderWords.normalize(g.own(r, c.index()));
        modes |= v.contains("主动") || v.contains("申请");
        text |= !v.isEmpty();
      }
      if (text && !modes) {
        cols.set(c.index(), c.with(Role.CATEGORY, Set.of()));
      }
    }
  }

  /** A column's role from its header words, top to bottom. */
  private static Column column(int c, List<String> parts) {
    if (parts.isEmpty()) {
      return new Column(c, null, Set.of(), "", "");
    }
    String bottom = parts.get(parts.size() - 1);
    String group = parts.size() > 1 ? parts.get(0) : "";
    Optional<Match> sub = match(bottom);
    if (sub.isPresent() && sub.get().role().isSub()) {
      return new Column(c, sub.get().role(), sub.get().tiers(), bottom, group);
    }
    Optional<Match> groupMatch = group.isEmpty() ? Optional.empty() : match(group);
    if (groupMatch.isPresent() && groupMatch.get().role() == Role.TIERS) {
      // any word under 公开层级 names a tier column: 东阳市级, 镇街乡, 村
      Optional<Match> t = HeaderWords.tierByKeywords(HeaderWords.normalize(bottom));
      if (t.isPresent()) {
        return new Column(c, t.get().role(), t.get().tiers(), bottom, group);
      }
    }
    if (groupMatch.isPresent()
        && groupMatch.get().role() == Role.CHANNELS
        && !HeaderWords.normalize(bottom).contains("渠道")) {
      // a 公开渠道 group over one tick column per channel
      return new Column(c, Role.CHANNEL, Set.of(), bottom, group);
    }
    Optional<Match> joined = match(String.join("", parts));
    if (joined.isPresent()) {
      return new Column(
          c, joined.get().role(), joined.get().tiers(), String.join("", parts), group);
    }
    for (String p : parts) {
      Optional<Match> m = match(p);
      if (m.isPresent()) {
        return new Column(c, m.get().role(), m.get().tiers(), p, group);
      }
    }
    return new Column(c, null, Set.of(), String.join("", parts), group);
  }

  /**
   * Settles what the header alone cannot say: a 公开事项 column with no 一级/二级 below is the item column
   * (two of them: 一级 and 二级); a blank sub-column of 公开对象/公开方式 is the one its sibling is not; 市级 is
   * the county tier unless the table also has a county column; a role seen twice is used once.
   */
  private static void resolveGroups(
      List<Column> cols, Map<Integer, TableGrid.Area> groupOf, Map<Integer, Integer> spanned) {
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
      for (int k = 0; k < items.size() && k < 3; k++) {
        int i = items.get(k);
        Role r = k == 0 ? Role.LEVEL1 : k == 1 ? Role.LEVEL2 : Role.LEVEL3;
        cols.set(i, cols.get(i).with(r, Set.of()));
      }
    }
    repeatedLevel1(cols, groupOf);
    // a group header over two columns, one of them with a blank sub-header
    for (int i = 0; i < cols.size(); i++) {
      Column c = cols.get(i);
      if (c.role() != Role.AUDIENCE && c.role() != Role.MODE) {
        continue;
      }
      for (int j = 0; j < cols.size(); j++) {
        Column o = cols.get(j);
        if (j == i || o.role() == null) {
          continue;
        }
        boolean sameGroup =
            sharesArea(i, j, groupOf) || (!o.group().isEmpty() && o.group().equals(c.header()));
        if (!sameGroup) {
          continue;
        }
        Role other =
            switch (o.role()) {
              case AUDIENCE_SPECIFIC -> Role.AUDIENCE_PUBLIC;
              case AUDIENCE_PUBLIC -> Role.AUDIENCE_SPECIFIC;
              case MODE_ON_REQUEST -> Role.MODE_PROACTIVE;
              case MODE_PROACTIVE -> Role.MODE_ON_REQUEST;
              default -> null;
            };
        if (other != null) {
          cols.set(i, new Column(i, other, Set.of(), "", c.header()));
          break;
        }
      }
    }
    Map<Role, Integer> chosen = new HashMap<>();
    for (int i = 0; i < cols.size(); i++) {
      Column c = cols.get(i);
      if (c.role() == null) {
        continue;
      }
      if (c.role() == Role.CITY && !hasCounty) {
        cols.set(i, c.with(Role.TIER, Set.of(Tier.COUNTY)));
        continue;
      }
      boolean repeatable =
          spanned.containsKey(i) // read with the column its header cell starts in
              || c.role() == Role.TIER
              || c.role() == Role.CHANNEL
              || c.role() == Role.CITY
              || c.role() == Role.NOTE
              || c.role() == Role.CATEGORY;
      if (!repeatable) {
        chosen.merge(c.role(), i, (a, b) -> preferred(cols.get(a), cols.get(b)));
      }
    }
    // a role seen twice is used once: in the column headed with the standard word if one is
    // (一级事项 over 一级目录), else the first; the other keeps its text as an extra column
    for (int i = 0; i < cols.size(); i++) {
      Column c = cols.get(i);
      Integer use = c.role() == null ? null : chosen.get(c.role());
      if (use != null && use != i && !use.equals(spanned.get(i))) {
        cols.set(i, c.with(null, Set.of()));
      }
    }
  }

  /**
   * 公开事项 over 一级事项 and 一级事项 again, with no 二级事项 anywhere: a slip in the header that a person reads
   * as 一级事项, 二级事项, as the second column is then read (reported where the table is read, see {@link
   * #readAsLevel2}). Two 一级事项 columns not side by side under one group keep the rule that a role
   * seen twice is used once.
   */
  private static void repeatedLevel1(List<Column> cols, Map<Integer, TableGrid.Area> groupOf) {
    if (cols.stream().anyMatch(c -> c.role() == Role.LEVEL2)) {
      return;
    }
    for (int i = 0; i + 1 < cols.size(); i++) {
      Column a = cols.get(i);
      Column b = cols.get(i + 1);
      if (a.role() == Role.LEVEL1
          && b.role() == Role.LEVEL1
          && sharesArea(i + 1, i, groupOf)
          && match(a.group()).map(m -> m.role() == Role.ITEM).orElse(false)) {
        cols.set(i + 1, b.with(Role.LEVEL2, Set.of()));
        return;
      }
    }
  }

  /** Whether a column is read as 二级事项 though its header says 一级事项 (see repeatedLevel1). */
  static boolean readAsLevel2(Column c) {
    return c.role() == Role.LEVEL2
        && match(c.header()).map(m -> m.role() == Role.LEVEL1).orElse(false);
  }

  /** Of two columns read as one element, the index of the one that is it. */
  private static int preferred(Column first, Column later) {
    boolean firstExact = HeaderWords.isStandard(first.role(), first.header());
    boolean laterExact = HeaderWords.isStandard(later.role(), later.header());
    return laterExact && !firstExact ? later.index() : first.index();
  }

  private static boolean sharesArea(int i, int j, Map<Integer, TableGrid.Area> groupOf) {
    TableGrid.Area a = groupOf.get(j);
    return a != null && a.firstCol() <= i && i <= a.lastCol();
  }

  /**
   * This layout for a table that continues the one before it without a header of its own (a page's
   * table split in two where the source broke a page): every row is data.
   */
  TableLayout continued() {
    return new TableLayout(0, 0, columns, List.of(), spanned);
  }

  /**
   * Whether another table's header reads as this one: the same columns, each for the same element
   * (a page printing each item as its own table, the header repeated over each).
   */
  boolean sameColumns(TableLayout other) {
    if (other.columns.size() != columns.size()) {
      return false;
    }
    for (int i = 0; i < columns.size(); i++) {
      Column a = columns.get(i);
      Column b = other.columns.get(i);
      if (a.role() != b.role() || !a.tiers().equals(b.tiers())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a column of this layout holds only running numbers (a 序号 with a blank header). */
  static boolean isRunningNumbers(TableGrid g, int from, int c) {
    int seen = 0;
    for (int r = from; r < g.rowCount(); r++) {
      TableGrid.Area a = g.mergeAt(r, c);
      if (a != null && a.firstRow() < r) {
        continue;
      }
      String v = g.own(r, c);
      if (v.isEmpty()) {
        continue;
      }
      if (!RUNNING_NUMBER.matcher(v).matches()) {
        return false;
      }
      seen++;
    }
    return seen > 0;
  }

  /** Whether a column holds text in some row below {@code from}. */
  private static boolean holdsText(TableGrid g, int from, int c) {
    for (int r = from; r < g.rowCount(); r++) {
      if (!g.own(r, c).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * This layout with its blank header cells read from their place: a column of running numbers is
   * the 序号 (where the table has none: beside one they are a code, kept in the note), a text column
   * just before 二级事项 is the missing 一级事项 (an empty one is no 一级 column: the table has none).
   */
  TableLayout withNumbers(TableGrid g) {
    List<Column> cols = new ArrayList<>(columns);
    boolean changed = false;
    boolean hasLevel1 = first(Role.LEVEL1).isPresent();
    boolean hasSeq = first(Role.SEQ).isPresent();
    for (int i = 0; i < cols.size(); i++) {
      Column c = cols.get(i);
      if (c.role() != null || !c.header().isEmpty()) {
        continue;
      }
      if (isRunningNumbers(g, dataRow, i)) {
        if (!hasSeq) {
          cols.set(i, c.with(Role.SEQ, Set.of()));
          hasSeq = true;
          changed = true;
        }
        // beside a 序号 column, numbers are a code (05 for a 0505 item): kept in the note
      } else if (!hasLevel1
          && i + 1 < cols.size()
          && cols.get(i + 1).role() == Role.LEVEL2
          && holdsText(g, dataRow, i)) {
        // a blank header just before 二级事项, with no 一级事项 anywhere: the 一级 column
        cols.set(i, c.with(Role.LEVEL1, Set.of()));
        hasLevel1 = true;
        changed = true;
      }
    }
    return changed ? new TableLayout(headerRow, dataRow, cols, List.of(), spanned) : this;
  }
}
