package org.gkml.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.gkml.export.ExcelLayout;
import org.gkml.i18n.Messages;
import org.gkml.importer.TableLayout.Column;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.HeaderWords;
import org.gkml.model.HeaderWords.Role;
import org.gkml.model.Rule;
import org.gkml.model.Tier;
import org.gkml.text.TextFold;

/**
 * The one interpreter of the table model: reads the item rows of a {@link TableGrid} whose header
 * {@link TableLayout} found, whatever file the grid came from. Merged cells fill down; a row that
 * only continues the item above (more content lines, one more ● or ■ per row) is joined to it; a
 * row that names only an item level is a heading for the rows below; footnotes, repeated headers,
 * column-number rows and rows holding only a 序号 are skipped. Each {@link Draft} holds what a person
 * reads in the table (text as printed, 同上 as printed, channel and tier words as printed, audience
 * and mode in their canonical words); turning it into a catalogue item is {@link TableImporter}'s
 * job. Every cell not used and every judgement made goes to the report.
 */
final class TableReader {
  private static final Pattern ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");
  private static final Pattern SAME_AS_ABOVE = Pattern.compile("同上[。.]?|同上级|同前");
  private static final Pattern FOOTNOTE =
      Pattern.compile("^(注|备注|说明|附[:：件注表]|填表|制表|审核|联系人|联系电话|\\*|※|“■”|\"■\").*", Pattern.DOTALL);
  private static final Pattern SPLIT_WORDS = Pattern.compile("[、,，;；/\\s]+");

  /** An item as read from the table, before ids and checks: what a person reads in it. */
  static final class Draft {
    final String sheet;
    final int row;
    final String at;
    String id;
    String level1;
    String level2;
    String level3;
    String content;
    String basis;
    String deadline;
    String owner;
    String department;
    String contact;
    boolean optional;
    final List<String> notes = new ArrayList<>();

    /**
     * The cells of columns that are no catalogue element, kept in the note: cell → header, line.
     */
    final Map<String, String[]> keptCells = new LinkedHashMap<>();

    /** What the 删除理由 cell says (null: the row is kept), and that cell. */
    String removalReason;

    String removalCell;

    /** Channel labels as printed, and in the vocabulary's spelling. */
    final Map<String, String> printedChannels = new LinkedHashMap<>();

    final Map<String, String> channels = new LinkedHashMap<>();

    /**
     * The 公开渠道 cells of the item, per column, row by row: read together once the item is complete,
     * so that a label wrapping into the next row ({@code □社区/企事业单位/} over {@code 村公示栏}) is read as
     * one label, as it is when it wraps inside one cell.
     */
    final Map<Integer, List<ChannelLine>> channelLines = new LinkedHashMap<>();

    boolean audiencePublic;
    boolean audienceSpecific;
    final List<String> groups = new ArrayList<>();
    boolean proactive;
    boolean onRequest;

    /** Tier words as printed (header of a ticked column, or the text of a tier cell). */
    final Set<String> tierWords = new LinkedHashSet<>();

    final Set<Tier> tiers = EnumSet.noneOf(Tier.class);

    /** Fields printed as 同上 (kept as printed here, resolved when the item is made). */
    final Set<Role> sameAsAbove = EnumSet.noneOf(Role.class);

    final TableGrid grid;

    Draft(TableGrid grid, int row) {
      this.grid = grid;
      this.sheet = grid.name();
      this.row = row;
      this.at = grid.ref(row, 0);
    }

    String note() {
      return notes.isEmpty() ? null : String.join("\n", notes);
    }

    /** The canonical audience words: 全社会, 特定群体, both joined by |, or "". */
    String audienceWords() {
      List<String> w = new ArrayList<>();
      if (audiencePublic) {
        w.add("全社会");
      }
      if (audienceSpecific) {
        w.add("特定群体");
      }
      return String.join("|", w);
    }

    String modeWords() {
      List<String> w = new ArrayList<>();
      if (proactive) {
        w.add("主动");
      }
      if (onRequest) {
        w.add("依申请");
      }
      return String.join("|", w);
    }
  }

  /** One row's text of an item's 公开渠道 cell, and the column it stands in. */
  record ChannelLine(int row, int column, String text) {}

  /**
   * What a table hands on to the next table when that one continues it (the rest of a table split
   * at a page break, or the next item of a page printing each item as its own table): the last item
   * read, for a blank 一级事项 and 同上, and the level names of the last heading row.
   */
  record Carry(Draft last, String headingLevel1, String headingLevel2) {}

  /**
   * What the report needs to know of the file a table becomes: {@code text} turns published text
   * into the file's ({@code --simplified}: simplified characters), so a note quotes a channel or a
   * note as the file holds it; {@code channelsChecked} where validate's own rules check the file
   * before it is written (a region's overlay, GK103 included), else a channel validate rejects is
   * an error here: import never exits 0 writing a file validate rejects.
   */
  record Writing(UnaryOperator<String> text, boolean channelsChecked) {
    /** As published, checked by no one before it is written (a plain import). */
    static final Writing AS_PUBLISHED = new Writing(UnaryOperator.identity(), false);
  }

  /**
   * What a table gave: the title block above the header, the items, the report lines, and what a
   * table continuing it takes on.
   */
  record Output(
      String sheet,
      String titleBlock,
      String titleRows,
      List<Draft> drafts,
      List<ImportNote> notes,
      TableLayout layout,
      TableGrid grid,
      Carry carry) {

    /** The elements the table's header has columns for (tick columns count for their group). */
    Set<Role> elements() {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (Column c : layout.columns()) {
        if (c.role() != null) {
          roles.add(element(c.role()));
        }
      }
      // the audience said in every item's 公开方式 cell (全社会范围主动公开) stands for its column
      if (!roles.contains(Role.AUDIENCE)
          && !drafts.isEmpty()
          && drafts.stream().allMatch(d -> !d.audienceWords().isEmpty())) {
        roles.add(Role.AUDIENCE);
      }
      return roles;
    }

    static Role element(Role r) {
      return switch (r) {
        case AUDIENCE_PUBLIC, AUDIENCE_SPECIFIC -> Role.AUDIENCE;
        case MODE_PROACTIVE, MODE_ON_REQUEST -> Role.MODE;
        case TIER, CITY -> Role.TIERS;
        case CHANNEL -> Role.CHANNELS;
        case ITEM -> Role.LEVEL1;
        default -> r;
      };
    }
  }

  private final TableGrid g;
  private final TableLayout layout;
  private final ChannelCells channels;
  private final Writing writing;

  /** The last item of the table this one continues, or null. */
  private final Draft carried;

  private final List<ImportNote> notes = new ArrayList<>();

  // whether the 公开方式 column said an item's audience (said once per table)
  private boolean audienceFromMode;

  /** The rows of one column that held text a note reports: the first, the last, how many. */
  private record RowSpan(int first, int last, int count) {
    RowSpan then(int row) {
      return new RowSpan(first, row, count + 1);
    }
  }

  /** Per column kept in the note. */
  private final Map<Integer, RowSpan> kept = new LinkedHashMap<>();

  /** Per column not used at all. */
  private final Map<Integer, RowSpan> unused = new LinkedHashMap<>();

  /** Per 二级/三级事项 column, the cells saying there is no such level (—, /, 无), reported once. */
  private final Map<Integer, RowSpan> noLevel = new LinkedHashMap<>();

  private final boolean idColumnHoldsIds;

  /** The deepest item-level column: a new name in it starts a new item. */
  private final Optional<Column> key;

  private final Optional<Column> seq;

  /** What the 序号 column counts, read once a row needs it (null: not yet). */
  private Numbering numbering;

  /** Whether a named row without a 序号 may join the item above (gkml's own table: never). */
  private final RowJoining joining;

  /** Level names from heading rows (a row naming only 一级 or 二级), for the rows below. */
  private String headingLevel1;

  private String headingLevel2;

  private TableReader(
      TableGrid g,
      TableLayout layout,
      ChannelCells channels,
      Carry carry,
      RowJoining joining,
      Writing writing) {
    this.g = g;
    this.joining = joining;
    this.layout = layout;
    this.channels = channels;
    this.writing = writing;
    this.carried = carry == null ? null : carry.last();
    if (carry != null) {
      this.headingLevel1 = carry.headingLevel1();
      this.headingLevel2 = carry.headingLevel2();
    }
    this.idColumnHoldsIds = idColumnHoldsIds();
    Optional<Column> k = layout.first(Role.LEVEL3);
    if (k.isEmpty()) {
      k = layout.first(Role.LEVEL2);
    }
    if (k.isEmpty()) {
      k = layout.first(Role.LEVEL1);
    }
    this.key = k;
    this.seq = layout.first(Role.SEQ);
  }

  static Output read(TableGrid g, TableLayout layout, ChannelCells channels) {
    return read(g, layout, channels, null, RowJoining.AS_NUMBERED, Writing.AS_PUBLISHED);
  }

  /**
   * Reads a table that continues the one {@code carry} came from (null: none): a blank 一级事项 or a 同上
   * in its first item refers to that table's last item.
   */
  static Output read(
      TableGrid g,
      TableLayout layout,
      ChannelCells channels,
      Carry carry,
      RowJoining joining,
      Writing writing) {
    return new TableReader(g, layout.withNumbers(g), channels, carry, joining, writing).read();
  }

  /** The texts above a table's header, one per line: where its title and domain are printed. */
  static String titleRows(TableGrid g, TableLayout layout) {
    StringBuilder rows = new StringBuilder();
    for (int r = 0; r < layout.headerRow(); r++) {
      for (int c = 0; c < g.columnCount(); c++) {
        String own = g.own(r, c);
        if (!own.isEmpty()) {
          rows.append(own).append('\n');
        }
      }
    }
    return rows.toString().strip();
  }

  private Output read() {
    for (TableGrid.Cell f : g.formulas()) {
      notes.add(ImportNote.warning(g.name(), g.ref(f.row(), f.column()), "import.formula"));
    }
    for (TableGrid.Cell f : g.unsavedFormulas()) {
      // the value is not in the file: the cell is read as empty, which is less than the table says
      notes.add(ImportNote.error(g.name(), g.ref(f.row(), f.column()), "import.formulaUnsaved"));
    }
    if (!layout.lostGong().isEmpty()) {
      notes.add(
          ImportNote.info(
              g.name(),
              g.ref(layout.headerRow(), 0),
              "import.lostGong",
              String.join("、", layout.lostGong())));
    }
    for (Map.Entry<TableGrid.Cell, String> p : g.pictures().entrySet()) {
      TableGrid.Cell at = p.getKey();
      if (at.row() >= layout.dataRow()) {
        notes.add(
            ImportNote.warning(
                g.name(), g.ref(at.row(), at.column()), "import.picture", excerpt(p.getValue())));
      }
    }
    for (Column c : layout.columns()) {
      if (TableLayout.readAsLevel2(c) && layout.dataRow() > layout.headerRow()) {
        notes.add(
            ImportNote.info(
                g.name(), g.ref(layout.dataRow() - 1, c.index()), "import.level1Repeated"));
      }
    }
    List<Draft> drafts = new ArrayList<>();
    // the item rows join: the last item of the table this one continues, until one starts here
    Draft current = carried;
    // channel lines alone in their rows under a header (■政府网站, □政府公报 above the numbered row):
    // they belong to the item below them, as the lines below that row do to it
    boolean underHeader = layout.dataRow() > layout.headerRow();
    List<Integer> leading = new ArrayList<>();
    for (int r = layout.dataRow(); r < g.rowCount(); r++) {
      List<Integer> filled = ownCells(r);
      if (filled.isEmpty()) {
        continue;
      }
      int header = TableLayout.repeatedHeader(g, r);
      if (header > 0) {
        notes.add(ImportNote.info(g.name(), g.ref(r, filled.get(0)), "import.repeatedHeader"));
        r += header - 1;
        underHeader = true;
        continue;
      }
      if (r == layout.dataRow() && isColumnNumbers(r, filled)) {
        continue; // the row of column numbers under the header
      }
      if (sectionHeading(r, filled)) {
        continue;
      }
      if (isFootnote(r, filled)) {
        int c = filled.get(0);
        notes.add(
            ImportNote.warning(g.name(), g.ref(r, c), "import.footnote", excerpt(g.own(r, c))));
        continue;
      }
      if (onlySeq(filled)) {
        int c = filled.get(0);
        notes.add(ImportNote.info(g.name(), g.ref(r, c), "import.seqOnly", g.own(r, c)));
        continue;
      }
      if (heading(r, filled)) {
        continue;
      }
      if (underHeader && namesNoItem(r) && onlyChannels(filled)) {
        leading.add(r);
      } else if (current != null && continues(r, current)) {
        for (int above : leading) {
          append(current, above);
        }
        leading.clear();
        append(current, r);
      } else if (current != null && leading.isEmpty() && unnumberedRest(r, current)) {
        cells(current, r);
      } else {
        if (current != null) {
          finish(current);
        }
        current = start(r, current, leading);
        leading.clear();
        underHeader = false;
        drafts.add(current);
      }
    }
    // no item below the channel lines: they end the item above, or start one when there is none
    for (int r : leading) {
      if (current != null && continues(r, current)) {
        append(current, r);
      } else {
        current = start(r, current, List.of());
        drafts.add(current);
      }
    }
    if (current != null) {
      finish(current);
    }
    key.ifPresent(k -> CutLevelNames.read(g, layout, k, drafts, notes));
    report(kept, "import.keptInNote");
    report(unused, "import.unusedColumn");
    for (Map.Entry<Integer, RowSpan> e : noLevel.entrySet()) {
      RowSpan span = e.getValue();
      notes.add(
          ImportNote.info(
              g.name(),
              g.range(span.first(), e.getKey(), span.last()),
              "import.noLevel",
              layout.columns().get(e.getKey()).header().replaceAll("\\s+", ""),
              span.count()));
    }
    String rows = titleRows(g, layout);
    String title = (g.caption() + "\n" + rows).strip();
    Carry next =
        new Carry(
            drafts.isEmpty() ? carried : drafts.get(drafts.size() - 1),
            headingLevel1,
            headingLevel2);
    return new Output(g.name(), title, rows, drafts, notes, layout, g, next);
  }

  // ---------------------------------------------------------------- rows

  /** The columns of a row that start a cell there (a merged cell counts in its first row). */
  private List<Integer> ownCells(int r) {
    List<Integer> out = new ArrayList<>();
    for (int c = 0; c < g.columnCount(); c++) {
      if (!g.own(r, c).isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  private boolean isColumnNumbers(int r, List<Integer> filled) {
    if (filled.size() < 3) {
      return false;
    }
    int last = 0;
    for (int c : filled) {
      String v = g.own(r, c);
      if (!v.matches("\\d{1,2}")) {
        return false;
      }
      int n = Integer.parseInt(v);
      if (n <= last) {
        return false;
      }
      last = n;
    }
    return true;
  }

  /** One text in a row, spanning much of it or worded as a note: not an item. */
  private boolean isFootnote(int r, List<Integer> filled) {
    if (filled.size() != 1) {
      return false;
    }
    int c = filled.get(0);
    TableGrid.Area a = g.mergeAt(r, c);
    if (a != null && a.width() >= 3) {
      return true;
    }
    String text = g.own(r, c);
    return FOOTNOTE
        .matcher(HeaderWords.normalize(text.substring(0, Math.min(text.length(), 12))))
        .matches();
  }

  /**
   * A short text spanning the table between item rows, worded as no note and no title (一、政策文件,
   * (二)行政许可类): the 一级 name of the rows below, where they have none of their own.
   */
  private boolean sectionHeading(int r, List<Integer> filled) {
    if (filled.size() != 1) {
      return false;
    }
    int c = filled.get(0);
    TableGrid.Area a = g.mergeAt(r, c);
    String text = g.own(r, c);
    String key = HeaderWords.normalize(text);
    if (a == null
        || a.width() < 3
        || a.width() < layout.columns().size() / 2
        || key.length() > 30
        || key.contains("目录")
        || FOOTNOTE.matcher(key.substring(0, Math.min(key.length(), 12))).matches()
        || !hasItemBelow(r)) {
      return false;
    }
    headingLevel1 = text;
    headingLevel2 = null;
    notes.add(ImportNote.info(g.name(), g.ref(r, c), "import.headingRow"));
    return true;
  }

  /** Whether a row below r holds more than one cell (an item, not another remark). */
  private boolean hasItemBelow(int r) {
    for (int below = r + 1; below < g.rowCount(); below++) {
      int n = 0;
      for (int c = 0; c < g.columnCount(); c++) {
        if (!g.own(below, c).isEmpty() && ++n > 1) {
          return true;
        }
      }
      if (n == 1) {
        return false;
      }
    }
    return false;
  }

  /** A row that holds nothing but a 序号 (the rest of the item was lost or is on the next row). */
  private boolean onlySeq(List<Integer> filled) {
    return filled.size() == 1 && seq.isPresent() && filled.get(0) == seq.get().index();
  }

  /**
   * A row that names only an item level (and perhaps its number), no element of an item: a heading
   * for the rows below, as tables print 一级 names on their own line.
   */
  private boolean heading(int r, List<Integer> filled) {
    String l1 = null;
    String l2 = null;
    for (int c : filled) {
      Role role = layout.columns().get(c).role();
      if (role == Role.SEQ || role == Role.CATEGORY) {
        continue;
      }
      if (role == Role.LEVEL1) {
        l1 = g.own(r, c);
      } else if (role == Role.LEVEL2 && layout.first(Role.LEVEL3).isPresent()) {
        l2 = g.own(r, c);
      } else {
        return false;
      }
    }
    // the other cells of the row must be empty, not filled from a cell merged above
    for (Column col : layout.columns()) {
      Role role = col.role();
      if (role == null || role == Role.SEQ || role == Role.CATEGORY) {
        continue;
      }
      if (role != Role.LEVEL1 && role != Role.LEVEL2 && !g.down(r, col.index()).isEmpty()) {
        return false;
      }
    }
    if (l1 == null && l2 == null) {
      return false;
    }
    if (l1 != null) {
      headingLevel1 = l1;
      headingLevel2 = null;
    }
    if (l2 != null) {
      headingLevel2 = l2;
    }
    notes.add(ImportNote.info(g.name(), g.ref(r, filled.get(0)), "import.headingRow"));
    return true;
  }

  /**
   * Whether a row names no item of its own: no 序号, 编号 or item level starts in it (a row of more
   * content lines or channel labels).
   */
  private boolean namesNoItem(int r) {
    if (key.isEmpty()) {
      return false;
    }
    for (Column col : layout.columns()) {
      Role role = col.role();
      boolean names =
          role == Role.SEQ
              || role == Role.ID
              || role == Role.LEVEL1
              || role == Role.LEVEL2
              || role == Role.LEVEL3;
      if (names && !g.own(r, col.index()).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Whether a row's cells all stand in 公开渠道 columns. */
  private boolean onlyChannels(List<Integer> filled) {
    for (int c : filled) {
      Role role = layout.columns().get(c).role();
      if (role != Role.CHANNELS && role != Role.CHANNEL) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a row only continues the item above: it has no 序号 of its own, and its item cell is the
   * same merged cell as the previous row's, or it names no item at all. In a table read back by its
   * 编号 (gkml's own, or a region's), a row with an 编号 of its own is never the rest of another.
   */
  private boolean continues(int r, Draft current) {
    if (key.isEmpty() || (joining != RowJoining.AS_NUMBERED && ownsId(r))) {
      return false; // read back by 编号: a row with one of its own is that item's row
    }
    if (seq.isPresent()) {
      int s = seq.get().index();
      TableGrid.Area a = g.mergeAt(r, s);
      boolean ownNumber = !g.own(r, s).isEmpty() && (a == null || a.firstRow() == r);
      if (ownNumber) {
        return false;
      }
    }
    int k = key.get().index();
    TableGrid.Area a = g.mergeAt(r, k);
    if (a != null && a.firstRow() < r) {
      // the item of the table this one continues started before any row of this one
      return current.grid == g && a.firstRow() >= current.row;
    }
    if (!g.own(r, k).isEmpty()) {
      return false;
    }
    // no level named anew in any level column: the row carries more of the previous item
    for (Role level : List.of(Role.LEVEL1, Role.LEVEL2, Role.LEVEL3)) {
      Optional<Column> col = layout.first(level);
      if (col.isPresent()) {
        int c = col.get().index();
        TableGrid.Area la = g.mergeAt(r, c);
        if (!g.own(r, c).isEmpty() && (la == null || la.firstRow() == r)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a cell of the 编号 column, holding item ids, starts in row r. */
  private boolean ownsId(int r) {
    Optional<Column> id = layout.first(Role.ID);
    return idColumnHoldsIds && id.isPresent() && !g.own(r, id.get().index()).isEmpty();
  }

  /**
   * Whether a row naming an item but having no 序号 of its own, in a numbered table, is the rest of
   * the numbered item above: a page converted from PDF cuts each cell of one item over several rows
   * ({@code 部门和} over {@code 地方规}, {@code 《中华人民共和国政府信息} over {@code 公开条例》}). It is when the table
   * numbers each item (two numbers under one 一级事项) or a cell of the row above left a 《 or a bracket
   * open; the join is reported. Where the table numbers only its 一级 groups the row is an item, as
   * it reads; where the numbers do not tell, it is an item and reported, never silently.
   */
  private boolean unnumberedRest(int r, Draft current) {
    if (joining == RowJoining.ONE_ROW_PER_ITEM) {
      return false; // gkml prints each item in one row: a row naming an item is one added
    }
    if (seq.isEmpty() || key.isEmpty() || current.grid != g) {
      return false;
    }
    int s = seq.get().index();
    String name = g.own(r, key.get().index());
    if (name.isEmpty()
        || !g.own(r, s).isEmpty()
        || g.mergeAt(r, s) != null
        || !Numbering.ownsNumber(g, current.row, s)) {
      return false;
    }
    if (numbering == null) {
      numbering = Numbering.of(g, layout.dataRow(), seq, layout.first(Role.LEVEL1), key);
    }
    int above = rowAbove(r, current);
    // every report names the row's text, the item's row and its number (and the row left open)
    List<Object> said =
        new ArrayList<>(List.of(excerpt(name), current.row + 1, g.own(current.row, s)));
    boolean joined = true;
    String why;
    if (numbering == Numbering.ITEMS) {
      why = "import.unnumberedRow.numbered";
    } else if (leftOpen(above, r)) {
      why = "import.unnumberedRow.open";
      said.add(above + 1);
    } else if (numbering == Numbering.UNKNOWN) {
      why = "import.unnumberedRow.item";
      joined = false;
    } else {
      return false; // the table numbers only its 一级 groups: an item, as it reads
    }
    if (joined && joining == RowJoining.NOT_INTO_IDS && current.id != null) {
      // joined, it would change the item of that 编号 unseen: the table must say which it is
      notes.add(
          ImportNote.error(
              g.name(),
              g.ref(r, s),
              "import.unnumberedRow.intoId",
              excerpt(name),
              current.row + 1,
              g.own(current.row, s),
              current.id));
      return true;
    }
    notes.add(ImportNote.warning(g.name(), g.ref(r, s), why, said.toArray()));
    return joined;
  }

  /** The last row above r that holds a cell of the item (r's neighbour, past empty rows). */
  private int rowAbove(int r, Draft current) {
    int above = r - 1;
    while (above > current.row && ownCells(above).isEmpty()) {
      above--;
    }
    return above;
  }

  /**
   * Whether a cell of row {@code above} leaves a 《 or a bracket open that row r's cell in the same
   * column goes on from: the text was cut where the row ended.
   */
  private boolean leftOpen(int above, int r) {
    for (Column col : layout.columns()) {
      int c = col.index();
      String top = g.own(above, c);
      if (top.isEmpty() || g.own(r, c).isEmpty()) {
        continue;
      }
      if (count(top, "《") > count(top, "》") || count(top, "(（") > count(top, ")）")) {
        return true;
      }
    }
    return false;
  }

  private static int count(String text, String chars) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        n++;
      }
    }
    return n;
  }

  /**
   * The item of row r; {@code leading}: rows above it that name no item and belong to it, read
   * first so that its text keeps the order of the page.
   */
  private Draft start(int r, Draft previous, List<Integer> leading) {
    Draft d = new Draft(g, r);
    for (int above : leading) {
      if (cells(d, above)) {
        notes.add(ImportNote.info(g.name(), g.ref(above, 0), "import.leadingRow", r + 1));
      }
    }
    boolean more = !leading.isEmpty();
    for (Column col : layout.columns()) {
      int c = col.index();
      String v = g.down(r, c);
      if (v.isEmpty()) {
        continue;
      }
      if (v.length() <= 8 && SAME_AS_ABOVE.matcher(HeaderWords.normalize(v)).matches()) {
        if (previous == null) {
          notes.add(ImportNote.warning(g.name(), g.ref(r, c), "import.sameAsAboveFirst"));
          continue;
        }
        if (col.role() != null) {
          d.sameAsAbove.add(col.role());
          notes.add(ImportNote.info(g.name(), g.ref(r, c), "import.sameAsAbove"));
          if (col.role() == Role.CHANNELS) {
            d.printedChannels.put(v, v); // as printed; the item takes the channels above
            continue;
          }
        }
      }
      apply(d, col, v, r, more);
    }
    // a blank 一级事项 under a named 二级事项 belongs to the 一级事项 above (a lost merge), or to
    // the heading row above it
    if (d.level1 == null && (d.level2 != null || d.level3 != null)) {
      if (headingLevel1 != null) {
        d.level1 = headingLevel1;
      } else if (previous != null && previous.level1 != null) {
        d.level1 = previous.level1;
        layout
            .first(Role.LEVEL1)
            .ifPresent(
                l ->
                    notes.add(
                        ImportNote.info(
                            g.name(), g.ref(r, l.index()), "import.levelFromAbove", d.level1)));
      }
    }
    if (d.level1 != null
        && d.level2 == null
        && headingLevel1 != null
        && layout.first(Role.LEVEL2).isEmpty()
        && !d.level1.equals(headingLevel1)) {
      // under a heading, a single item column names the second level
      d.level2 = d.level1;
      d.level1 = headingLevel1;
    }
    if (d.level2 == null && headingLevel2 != null && d.level3 != null) {
      d.level2 = headingLevel2;
    }
    return d;
  }

  private void append(Draft d, int r) {
    if (cells(d, r)) {
      notes.add(
          d.grid == g
              ? ImportNote.info(g.name(), g.ref(r, 0), "import.continuationRow", d.row + 1)
              : ImportNote.info(
                  g.name(), g.ref(r, 0), "import.continuationRow.before", d.sheet, d.row + 1));
    }
  }

  /** Joins the cells row r starts to an item; whether it had any. */
  private boolean cells(Draft d, int r) {
    boolean any = false;
    for (Column col : layout.columns()) {
      int c = col.index();
      TableGrid.Area a = g.mergeAt(r, c);
      if (a != null && a.firstRow() < r) {
        continue; // the merged cell was read with its first row
      }
      String v = g.own(r, c);
      if (!v.isEmpty()) {
        apply(d, col, v, r, true);
        any = true;
      }
    }
    return any;
  }

  /** Reads an item's 公开渠道 cells, all its rows together, once no more rows join it. */
  private void finish(Draft d) {
    for (Map.Entry<Integer, List<ChannelLine>> e : d.channelLines.entrySet()) {
      channels(d, e.getValue(), e.getKey());
    }
    d.channelLines.clear();
  }

  // ---------------------------------------------------------------- cells

  private void apply(Draft d, Column col, String v, int r, boolean more) {
    int c = col.index();
    Role role = col.role();
    if (role == null) {
      if (!repeatsSpannedCell(col, v, r)) {
        keep(d, col, v, r);
      }
      return;
    }
    switch (role) {
      case SEQ -> {}
      case ITEM -> keep(d, col, v, r);
      case ID -> {
        if (!idColumnHoldsIds) {
          keep(d, col, v, r);
          return;
        }
        if (d.id == null && ID.matcher(v).matches()) {
          d.id = v;
        } else {
          notes.add(ImportNote.warning(g.name(), g.ref(r, c), "import.badId", v));
        }
      }
      case LEVEL1 -> d.level1 = join(more ? d.level1 : null, v);
      case LEVEL2, LEVEL3 -> {
        if (Marks.saysNothing(v)) {
          // — or 无 where a level has no name: the item has no such level (as a tick cell's — is no)
          noLevel.merge(c, new RowSpan(r, r, 1), (span, one) -> span.then(r));
        } else if (role == Role.LEVEL2) {
          d.level2 = join(more ? d.level2 : null, v);
        } else {
          d.level3 = join(more ? d.level3 : null, v);
        }
      }
      case CONTENT -> d.content = join(more ? d.content : null, v);
      case DEADLINE -> d.deadline = join(more ? d.deadline : null, v);
      case OWNER -> d.owner = join(more ? d.owner : null, v);
      case DEPARTMENT -> d.department = join(more ? d.department : null, v);
      case CONTACT -> d.contact = join(more ? d.contact : null, v);
      case BASIS -> d.basis = join(more ? d.basis : null, v);
      case NOTE -> note(d, v, more);
      case REMOVAL_REASON -> {
        if (!v.isBlank()) {
          d.removalReason = join(more ? d.removalReason : null, v.strip());
          d.removalCell = d.removalCell == null ? g.ref(r, c) : d.removalCell;
        }
      }
      case CATEGORY -> keep(d, col, v, r);
      case CHANNELS ->
          // the parts of one checklist under a header spanning columns are read as one cell
          d.channelLines
              .computeIfAbsent(layout.headerStart(c), k -> new ArrayList<>())
              .add(new ChannelLine(r, c, v));
      case CHANNEL -> {
        if (tick(v, r, c)) {
          channels(d, List.of(new ChannelLine(r, c, col.header())), c);
        }
      }
      case AUDIENCE_PUBLIC -> d.audiencePublic |= tick(v, r, c);
      case AUDIENCE_SPECIFIC -> {
        if (Marks.tick(v) == Marks.Tick.OTHER && Marks.words(v)) {
          d.audienceSpecific = true;
          d.groups.add(v); // the 特定群体 cell names the group: 申请人, 项目单位
        } else {
          // a mark, read as in every tick column: one that cannot be read (? for a lost box) is
          // reported and not ticked, never taken for a group
          d.audienceSpecific |= tick(v, r, c);
        }
      }
      case MODE_PROACTIVE -> d.proactive |= tick(v, r, c);
      case MODE_ON_REQUEST -> d.onRequest |= tick(v, r, c);
      case TIER, CITY -> tierCell(d, col, v, r, c);
      case AUDIENCE -> audienceWords(d, v, r, c);
      case MODE -> modeWords(d, v, r, c);
      case TIERS -> tierWords(d, v, r, c);
      default -> keep(d, col, v, r);
    }
  }

  /**
   * Whether a cell under a header spanning columns repeats the cell of the header's first column in
   * its row (一级事项 over 法治宣传教育 | 法治宣传教育): the same name, nothing to keep.
   */
  private boolean repeatsSpannedCell(Column col, String v, int r) {
    int first = layout.headerStart(col.index());
    return first != col.index()
        && v.replaceAll("\\s+", "").equals(g.down(r, first).replaceAll("\\s+", ""));
  }

  /** A column that is no element of an item: its text is kept in the note, the column reported. */
  private void keep(Draft d, Column col, String v, int r) {
    String header = col.header().isEmpty() ? col.group() : col.header();
    // the header as printed, without the line breaks and spaces of its layout
    String line = header.isEmpty() ? v : header.replaceAll("\\s+", "") + "：" + v;
    d.notes.add(line);
    d.keptCells.putIfAbsent(g.ref(r, col.index()), new String[] {header, line});
    kept.merge(col.index(), new RowSpan(r, r, 1), (span, one) -> span.then(r));
  }

  private boolean tick(String v, int r, int c) {
    Marks.Tick t = Marks.tick(v);
    if (t == Marks.Tick.OTHER) {
      notes.add(ImportNote.warning(g.name(), g.ref(r, c), "import.badTick", excerpt(v)));
    }
    return t == Marks.Tick.YES;
  }

  /** A tier column's cell: a tick, or the tier written out (县级, 州级) in place of one. */
  private void tierCell(Draft d, Column col, String v, int r, int c) {
    Marks.Tick t = Marks.tick(v);
    if (t == Marks.Tick.YES) {
      d.tierWords.add(col.header());
      if (col.role() == Role.TIER) {
        d.tiers.addAll(col.tiers());
      } else {
        unused.merge(c, new RowSpan(r, r, 1), (span, one) -> span.then(r));
      }
      return;
    }
    if (t == Marks.Tick.NO) {
      return;
    }
    Optional<HeaderWords.Match> m = HeaderWords.tierByKeywords(HeaderWords.normalize(v));
    if (m.isPresent() && HeaderWords.normalize(v).length() <= 12) {
      d.tierWords.add(v);
      d.tiers.addAll(m.get().role() == Role.TIER ? m.get().tiers() : col.tiers());
      notes.add(ImportNote.info(g.name(), g.ref(r, c), "import.tierText", excerpt(v)));
    } else {
      notes.add(ImportNote.warning(g.name(), g.ref(r, c), "import.badTick", excerpt(v)));
    }
  }

  private void note(Draft d, String v, boolean more) {
    String text = v;
    if (!more
        && (text.equals(ExcelLayout.OPTIONAL_NOTE)
            || text.startsWith(ExcelLayout.OPTIONAL_NOTE + "\n"))) {
      d.optional = true;
      text = text.substring(ExcelLayout.OPTIONAL_NOTE.length()).strip();
    }
    if (!text.isEmpty()) {
      d.notes.add(text);
    }
  }

  /**
   * Reads the lines of an item's 公开渠道 column as one cell; a report line names the row where its
   * text is printed.
   */
  private void channels(Draft d, List<ChannelLine> rowLines, int c) {
    // column by column, so that a label wrapping into the next row of its column stays one label
    List<ChannelLine> lines =
        rowLines.stream().sorted(Comparator.comparingInt(ChannelLine::column)).toList();
    String v = String.join("\n", lines.stream().map(ChannelLine::text).toList());
    ChannelCells.Read read = channels.read(v);
    if (read.unreadable()) {
      // boxes lost as ? (政府网站 ??政府公报): which channels are ticked cannot be known
      String header = layout.columns().get(c).header().replaceAll("\\s+", "");
      d.notes.add(header.isEmpty() ? v : header + "：" + v);
      notes.add(
          ImportNote.warning(
              g.name(),
              g.range(lines.get(0).row(), c, lines.get(lines.size() - 1).row()),
              "import.channelUnreadable",
              excerpt(v)));
      return;
    }
    for (String ch : read.printed()) {
      d.printedChannels.putIfAbsent(
          org.gkml.model.ChannelVocabulary.normalize(TextFold.aligned(ch)), ch);
    }
    for (String ch : read.channels()) {
      d.channels.putIfAbsent(org.gkml.model.ChannelVocabulary.normalize(ch), ch);
    }
    for (String u : read.unknown()) {
      String file = writing.text().apply(u);
      String where = at(lines, u);
      if (writing.channelsChecked()) {
        notes.add(
            ImportNote.warning(g.name(), where, "import.unknownChannel", file, printed(u, file)));
      } else {
        Object closest =
            channels
                .closest(u)
                .<Object>map(x -> new Messages.Text("import.channelClosest", x))
                .orElse("");
        notes.add(
            ImportNote.error(
                g.name(),
                where,
                "import.unknownChannelRejected",
                file,
                printed(u, file),
                closest,
                Rule.UNKNOWN_CHANNEL.id()));
      }
    }
    for (String u : read.undeclared()) {
      String file = writing.text().apply(u);
      String where = at(lines, u);
      Object printed = printed(printedLabel(read, u), file);
      notes.add(
          writing.channelsChecked()
              ? ImportNote.warning(g.name(), where, "import.undeclaredChannel", file, printed)
              : ImportNote.error(
                  g.name(),
                  where,
                  "import.undeclaredChannelRejected",
                  file,
                  printed,
                  Rule.UNKNOWN_CHANNEL.id()));
    }
    for (String u : read.unboxed()) {
      notes.add(ImportNote.info(g.name(), at(lines, u), "import.channelUnboxed", u));
    }
    for (String u : read.listedAfter()) {
      notes.add(ImportNote.info(g.name(), at(lines, u), "import.channelUnboxedListed", u));
    }
    for (String u : read.unticked()) {
      notes.add(ImportNote.warning(g.name(), at(lines, u), "import.channelUnboxedUnticked", u));
    }
    if (read.stray() != null) {
      notes.add(
          ImportNote.warning(
              g.name(), at(lines, read.stray()), "import.channelStray", excerpt(read.stray())));
    }
    for (WebAddresses.Found address : read.addresses()) {
      // where the channel is on the web: the item's note, as a remark glued to the cell is
      d.notes.add(address.note());
      notes.add(
          ImportNote.info(
              g.name(),
              at(lines, address.address()),
              "import.channelAddress",
              // quoted whole: cut short, an address would lead nowhere
              address.address().length() <= 120 ? address.address() : excerpt(address.address())));
    }
    if (read.remark() != null) {
      d.notes.add(read.remark());
      notes.add(
          ImportNote.info(
              g.name(),
              at(lines, read.remark()),
              "import.channelRemark",
              excerpt(writing.text().apply(read.remark()))));
    }
  }

  /**
   * What a note adds to a text it quotes as the file holds it: the text as printed in the table
   * where that differs ({@code --simplified}: 村務公開欄 for 村务公开栏), else nothing.
   */
  private static Object printed(String printed, String file) {
    return printed.equals(file) ? "" : new Messages.Text("import.asPrinted", printed);
  }

  /** The label a cell printed for a channel read in the vocabulary's spelling. */
  private static String printedLabel(ChannelCells.Read read, String channel) {
    String key = ChannelVocabulary.normalize(channel);
    return read.printed().stream()
        .filter(
            p ->
                ChannelVocabulary.normalize(TextFold.withoutGlosses(TextFold.aligned(p)))
                    .equals(key))
        .findFirst()
        .orElse(channel);
  }

  /** The cell of the line a text read from a channel column starts in (else the first line's). */
  private String at(List<ChannelLine> lines, String text) {
    String start = text.strip().split("\n", 2)[0];
    for (ChannelLine line : lines) {
      if (!start.isEmpty() && line.text().contains(start)) {
        return g.ref(line.row(), line.column());
      }
    }
    return g.ref(lines.get(0).row(), lines.get(0).column());
  }

  private void audienceWords(Draft d, String v, int r, int c) {
    String n = HeaderWords.normalize(v);
    boolean known = false;
    if (n.contains("全社会") || n.contains("社会公众") || n.equals("公众") || n.equals("不特定对象")) {
      d.audiencePublic = true;
      known = true;
    } else if (n.contains("特定")) {
      d.audienceSpecific = true;
      known = true;
      int open = v.indexOf('(') >= 0 ? v.indexOf('(') : v.indexOf('（');
      if (open >= 0) {
        d.groups.add(v.substring(open + 1).replaceAll("[)）]\\s*$", "").strip());
      }
    }
    if (!known) {
      if (Marks.tick(v) == Marks.Tick.OTHER && Marks.words(v)) {
        d.audienceSpecific = true; // a group named in place of the word: 申请人, 项目单位
        d.groups.add(v);
        notes.add(ImportNote.info(g.name(), g.ref(r, c), "import.audienceGroup", excerpt(v)));
      } else {
        notes.add(ImportNote.warning(g.name(), g.ref(r, c), "import.badWords", excerpt(v)));
      }
    }
  }

  private void modeWords(Draft d, String v, int r, int c) {
    String n = HeaderWords.normalize(v);
    boolean known = false;
    if (n.contains("主动")) {
      d.proactive = true;
      known = true;
    }
    if (n.contains("申请")) {
      d.onRequest = true;
      known = true;
    }
    if (!known) {
      notes.add(ImportNote.warning(g.name(), g.ref(r, c), "import.badWords", excerpt(v)));
    } else if (!hasAudienceColumn()) {
      audienceInModeWords(d, n, r, c);
    }
  }

  /**
   * A table without a 公开对象 column may say the audience in its 公开方式 cells ({@code 全社会范围主动公开}): read
   * as the audience then, with one info line per table.
   */
  private void audienceInModeWords(Draft d, String n, int r, int c) {
    boolean everyone = n.contains("全社会") || n.contains("社会公众");
    boolean group = n.contains("特定");
    if (!everyone && !group) {
      return;
    }
    d.audiencePublic |= everyone;
    d.audienceSpecific |= group;
    if (!audienceFromMode) {
      audienceFromMode = true;
      notes.add(ImportNote.info(g.name(), g.ref(r, c), "import.audienceInMode"));
    }
  }

  private boolean hasAudienceColumn() {
    return layout.columns().stream()
        .anyMatch(col -> col.role() != null && Output.element(col.role()) == Role.AUDIENCE);
  }

  private void tierWords(Draft d, String v, int r, int c) {
    String n = HeaderWords.normalize(v);
    // 乡、村级 names two tiers in one word: read the whole text first
    Optional<HeaderWords.Match> whole = HeaderWords.tier(n);
    if (whole.isPresent() && whole.get().role() == Role.TIER) {
      d.tiers.addAll(whole.get().tiers());
      d.tierWords.add(v);
      return;
    }
    boolean any = false;
    for (String w : SPLIT_WORDS.split(v)) {
      Optional<HeaderWords.Match> m = HeaderWords.tier(HeaderWords.normalize(w));
      if (m.isPresent()) {
        d.tiers.addAll(m.get().tiers());
        d.tierWords.add(w);
        any = true;
      }
    }
    if (!any) {
      notes.add(ImportNote.warning(g.name(), g.ref(r, c), "import.badWords", excerpt(v)));
    }
  }

  private void report(Map<Integer, RowSpan> columns, String key) {
    for (Map.Entry<Integer, RowSpan> e : columns.entrySet()) {
      int c = e.getKey();
      RowSpan span = e.getValue();
      Column col = layout.columns().get(c);
      String header = col.header().isEmpty() ? "-" : col.header().replace('\n', ' ');
      String cells = g.range(span.first(), c, span.last());
      String k = col.role() == Role.CITY ? "import.cityTier" : key;
      notes.add(ImportNote.warning(g.name(), cells, k, header, span.count()));
    }
  }

  /** Whether the 编号 column holds item ids rather than running numbers. */
  private boolean idColumnHoldsIds() {
    Optional<Column> id = layout.first(Role.ID);
    if (id.isEmpty()) {
      return false;
    }
    boolean letters = false;
    for (int r = layout.dataRow(); r < g.rowCount(); r++) {
      String v = g.own(r, id.get().index());
      if (v.isEmpty()) {
        continue;
      }
      if (!ID.matcher(v).matches()) {
        return false;
      }
      letters |= !v.chars().allMatch(Character::isDigit);
    }
    return letters;
  }

  private static String join(String a, String b) {
    return a == null || a.isEmpty() ? b : a + "\n" + b;
  }

  static String excerpt(String s) {
    String one = s.replace('\n', ' ');
    return one.length() <= 40 ? one : one.substring(0, 40) + "…";
  }
}
