package org.gkml.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gkml.export.ExcelLayout;
import org.gkml.importer.HeaderWords.Role;
import org.gkml.importer.TableLayout.Column;
import org.gkml.model.Tier;

/**
 * Reads the item rows of one sheet whose header {@link TableLayout} found: merged cells fill down,
 * 同上 repeats the row above, a row that only continues the previous item's cells is joined to it,
 * footnotes and blank rows are skipped. Every cell that cannot be used is reported.
 */
final class SheetReader {
  private static final Pattern ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");
  private static final Pattern SAME_AS_ABOVE = Pattern.compile("同上[。.]?|同上级|同前");
  private static final Pattern FOOTNOTE =
      Pattern.compile("^(注|备注|说明|附[:：件注]|填表|制表|审核|联系人|联系电话|\\*|※|“■”|\"■\").*", Pattern.DOTALL);
  private static final Pattern SPLIT_WORDS = Pattern.compile("[、,，;；/\\s]+");

  /** An item as read so far, before ids and checks. */
  static final class Draft {
    final String sheet;
    final int row;
    String id;
    String level1;
    String level2;
    String level3;
    String content;
    String deadline;
    String owner;
    String note;
    boolean optional;
    final List<String> basis = new ArrayList<>();
    final Map<String, String> channels = new LinkedHashMap<>();
    boolean audiencePublic;
    boolean audienceSpecific;
    final List<String> groups = new ArrayList<>();
    boolean proactive;
    boolean onRequest;
    final Set<Tier> tiers = EnumSet.noneOf(Tier.class);

    Draft(String sheet, int row) {
      this.sheet = sheet;
      this.row = row;
    }
  }

  /** What a sheet gave: the title block above the header, the items, the report lines. */
  record Output(
      String sheet,
      String titleBlock,
      List<Draft> drafts,
      List<ImportNote> notes,
      TableLayout layout) {

    /** The elements the sheet's header has columns for (tick columns count for their group). */
    Set<Role> elements() {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (Column c : layout.columns()) {
        if (c.role() != null) {
          roles.add(element(c.role()));
        }
      }
      return roles;
    }

    static Role element(Role r) {
      return switch (r) {
        case AUDIENCE_PUBLIC, AUDIENCE_SPECIFIC -> Role.AUDIENCE;
        case MODE_PROACTIVE, MODE_ON_REQUEST -> Role.MODE;
        case TIER, CITY -> Role.TIERS;
        case ITEM -> Role.LEVEL1;
        default -> r;
      };
    }
  }

  private final SheetGrid g;
  private final TableLayout layout;
  private final ChannelCells channels;
  private final List<ImportNote> notes = new ArrayList<>();

  /** Per unused column: {first row, last row, count}. */
  private final Map<Integer, int[]> unused = new LinkedHashMap<>();

  /** The text each column gave the previous item row, for 同上. */
  private final Map<Integer, String> above = new HashMap<>();

  private final boolean idColumnHoldsIds;

  private SheetReader(SheetGrid g, TableLayout layout, ChannelCells channels) {
    this.g = g;
    this.layout = layout;
    this.channels = channels;
    this.idColumnHoldsIds = idColumnHoldsIds();
  }

  static Output read(SheetGrid g, TableLayout layout, ChannelCells channels) {
    return new SheetReader(g, layout, channels).read();
  }

  private Output read() {
    for (long[] f : g.formulas()) {
      notes.add(
          ImportNote.warning(g.name(), ImportNote.ref((int) f[0], (int) f[1]), "import.formula"));
    }
    List<Draft> drafts = new ArrayList<>();
    Draft current = null;
    for (int r = layout.dataRow(); r < g.rowCount(); r++) {
      List<Integer> filled = ownCells(r);
      if (filled.isEmpty()) {
        continue;
      }
      if (TableLayout.isHeaderRow(g, r)) {
        if (TableLayout.isSubHeader(g, r)) {
          r++; // a header repeated on a later page, with its second row
        }
        continue;
      }
      if (r == layout.dataRow() && isColumnNumbers(r, filled)) {
        continue; // the row of column numbers under the header
      }
      if (isFootnote(r, filled)) {
        int c = filled.get(0);
        notes.add(
            ImportNote.warning(
                g.name(), ImportNote.ref(r, c), "import.footnote", excerpt(g.own(r, c))));
        continue;
      }
      if (current != null && continues(r, current)) {
        append(current, r);
      } else {
        current = start(r, current);
        drafts.add(current);
      }
    }
    reportUnused();
    StringBuilder title = new StringBuilder();
    for (int r = 0; r < layout.headerRow(); r++) {
      for (int c = 0; c < g.columnCount(); c++) {
        String own = g.own(r, c);
        if (!own.isEmpty()) {
          title.append(own).append('\n');
        }
      }
    }
    return new Output(g.name(), title.toString().strip(), drafts, notes, layout);
  }

  // ---------------------------------------------------------------- rows

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
    SheetGrid.Area a = g.mergeAt(r, c);
    if (a != null && a.width() >= 3) {
      return true;
    }
    String text = g.own(r, c);
    return FOOTNOTE
        .matcher(HeaderWords.normalize(text.substring(0, Math.min(text.length(), 12))))
        .matches();
  }

  /**
   * Whether a row only continues the item above: its item cell is the same merged cell as the
   * previous row's, or it names no item at all and the cells it has continue the previous ones.
   */
  private boolean continues(int r, Draft current) {
    Optional<Column> level1 = layout.first(Role.LEVEL1);
    Optional<Column> level2 = layout.first(Role.LEVEL2);
    Optional<Column> key = level2.isPresent() ? level2 : level1;
    if (key.isEmpty()) {
      return false;
    }
    int k = key.get().index();
    SheetGrid.Area a = g.mergeAt(r, k);
    if (a != null && a.firstRow() < r) {
      return a.firstRow() >= current.row;
    }
    if (!g.own(r, k).isEmpty()) {
      return false;
    }
    if (level2.isEmpty()) {
      return true; // no item name of its own under a single item column
    }
    int l1 = level1.map(Column::index).orElse(-1);
    if (l1 < 0) {
      return true;
    }
    SheetGrid.Area l1Area = g.mergeAt(r, l1);
    // neither 一级 nor 二级 named anew: the row carries more of the previous item
    return g.own(r, l1).isEmpty() && (l1Area == null || l1Area.firstRow() < r);
  }

  private Draft start(int r, Draft previous) {
    Draft d = new Draft(g.name(), r);
    Map<Integer, String> given = new HashMap<>();
    for (Column col : layout.columns()) {
      int c = col.index();
      String v = g.down(r, c);
      if (v.isEmpty()) {
        continue;
      }
      if (v.length() <= 8 && SAME_AS_ABOVE.matcher(HeaderWords.normalize(v)).matches()) {
        String prev = above.get(c);
        if (previous == null || prev == null) {
          notes.add(ImportNote.warning(g.name(), ImportNote.ref(r, c), "import.sameAsAboveFirst"));
          continue;
        }
        v = prev;
      }
      given.put(c, v);
      apply(d, col, v, r, false);
    }
    // a blank 一级事项 under a named 二级事项 belongs to the 一级事项 above (a lost merge)
    if (d.level1 == null && d.level2 != null && previous != null) {
      d.level1 = previous.level1;
    }
    above.clear();
    above.putAll(given);
    return d;
  }

  private void append(Draft d, int r) {
    for (Column col : layout.columns()) {
      int c = col.index();
      SheetGrid.Area a = g.mergeAt(r, c);
      if (a != null && a.firstRow() < r) {
        continue; // the merged cell was read with its first row
      }
      String v = g.own(r, c);
      if (!v.isEmpty()) {
        apply(d, col, v, r, true);
      }
    }
  }

  // ---------------------------------------------------------------- cells

  private void apply(Draft d, Column col, String v, int r, boolean more) {
    int c = col.index();
    Role role = col.role();
    if (role == null || role == Role.ITEM) {
      unused(r, c);
      return;
    }
    switch (role) {
      case SEQ -> {}
      case ID -> {
        if (!idColumnHoldsIds) {
          return;
        }
        if (d.id == null && ID.matcher(v).matches()) {
          d.id = v;
        } else {
          notes.add(ImportNote.warning(g.name(), ImportNote.ref(r, c), "import.badId", v));
        }
      }
      case LEVEL1 -> d.level1 = join(more ? d.level1 : null, v);
      case LEVEL2 -> d.level2 = join(more ? d.level2 : null, v);
      case LEVEL3 -> d.level3 = join(more ? d.level3 : null, v);
      case CONTENT -> d.content = join(more ? d.content : null, v);
      case DEADLINE -> d.deadline = join(more ? d.deadline : null, v);
      case OWNER -> d.owner = join(more ? d.owner : null, v);
      case BASIS -> d.basis.addAll(BasisText.split(v));
      case NOTE -> note(d, v, more);
      case CHANNELS -> channels(d, v, r, c);
      case AUDIENCE_PUBLIC -> d.audiencePublic |= tick(v, r, c);
      case AUDIENCE_SPECIFIC -> {
        Marks.Tick t = Marks.tick(v);
        if (t == Marks.Tick.OTHER) {
          d.audienceSpecific = true;
          d.groups.add(v); // the 特定群体 cell names the group: 申请人, 项目单位
        } else {
          d.audienceSpecific |= t == Marks.Tick.YES;
        }
      }
      case MODE_PROACTIVE -> d.proactive |= tick(v, r, c);
      case MODE_ON_REQUEST -> d.onRequest |= tick(v, r, c);
      case TIER -> {
        if (tick(v, r, c)) {
          d.tiers.addAll(col.tiers());
        }
      }
      case CITY -> {
        if (Marks.tick(v) != Marks.Tick.NO) {
          unused(r, c);
        }
      }
      case AUDIENCE -> audienceWords(d, v, r, c);
      case MODE -> modeWords(d, v, r, c);
      case TIERS -> tierWords(d, v, r, c);
      default -> unused(r, c);
    }
  }

  private boolean tick(String v, int r, int c) {
    Marks.Tick t = Marks.tick(v);
    if (t == Marks.Tick.OTHER) {
      notes.add(ImportNote.warning(g.name(), ImportNote.ref(r, c), "import.badTick", excerpt(v)));
    }
    return t == Marks.Tick.YES;
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
      d.note = join(d.note, text);
    }
  }

  private void channels(Draft d, String v, int r, int c) {
    ChannelCells.Read read = channels.read(v);
    for (String ch : read.channels()) {
      d.channels.putIfAbsent(org.gkml.model.ChannelVocabulary.normalize(ch), ch);
    }
    String at = ImportNote.ref(r, c);
    for (String u : read.unknown()) {
      notes.add(ImportNote.warning(g.name(), at, "import.unknownChannel", u));
    }
    for (String u : read.undeclared()) {
      notes.add(ImportNote.warning(g.name(), at, "import.undeclaredChannel", u));
    }
    if (read.stray() != null) {
      notes.add(ImportNote.warning(g.name(), at, "import.channelStray", excerpt(read.stray())));
    }
  }

  private void audienceWords(Draft d, String v, int r, int c) {
    String n = HeaderWords.normalize(v);
    boolean known = false;
    if (n.contains("全社会") || n.contains("社会公众") || n.equals("公众")) {
      d.audiencePublic = true;
      known = true;
    }
    if (n.contains("特定")) {
      d.audienceSpecific = true;
      known = true;
      int open = v.indexOf('(') >= 0 ? v.indexOf('(') : v.indexOf('（');
      if (open >= 0) {
        d.groups.add(v.substring(open + 1).replaceAll("[)）]\\s*$", "").strip());
      }
    }
    if (!known) {
      if (Marks.tick(v) == Marks.Tick.OTHER) {
        d.audienceSpecific = true; // a group named in place of the word: 申请人, 项目单位
        d.groups.add(v);
      } else {
        notes.add(
            ImportNote.warning(g.name(), ImportNote.ref(r, c), "import.badWords", excerpt(v)));
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
      notes.add(ImportNote.warning(g.name(), ImportNote.ref(r, c), "import.badWords", excerpt(v)));
    }
  }

  private void tierWords(Draft d, String v, int r, int c) {
    String n = Normalizer.normalize(v, Normalizer.Form.NFKC);
    // 乡、村级 names two tiers in one word: read the whole text first
    Optional<HeaderWords.Match> whole = HeaderWords.tier(HeaderWords.normalize(n));
    if (whole.isPresent()) {
      d.tiers.addAll(whole.get().tiers());
      return;
    }
    boolean any = false;
    for (String w : SPLIT_WORDS.split(n)) {
      Optional<HeaderWords.Match> m = HeaderWords.tier(w);
      if (m.isPresent()) {
        d.tiers.addAll(m.get().tiers());
        any = true;
      }
    }
    if (!any) {
      notes.add(ImportNote.warning(g.name(), ImportNote.ref(r, c), "import.badWords", excerpt(v)));
    }
  }

  private void unused(int r, int c) {
    int[] span = unused.computeIfAbsent(c, k -> new int[] {r, r, 0});
    span[1] = r;
    span[2]++;
  }

  private void reportUnused() {
    for (Map.Entry<Integer, int[]> e : unused.entrySet()) {
      int c = e.getKey();
      int[] span = e.getValue();
      Column col = layout.columns().get(c);
      String header = col.header().isEmpty() ? "-" : col.header();
      String cells = ImportNote.range(span[0], c, span[1], c);
      String key = col.role() == Role.CITY ? "import.cityTier" : "import.unusedColumn";
      notes.add(ImportNote.warning(g.name(), cells, key, header, span[2]));
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
