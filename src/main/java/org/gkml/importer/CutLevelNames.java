package org.gkml.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gkml.importer.TableLayout.Column;
import org.gkml.importer.TableReader.Draft;
import org.gkml.model.HeaderWords.Role;

/**
 * A level name that a page converted from PDF cut over two numbered rows: the merged 一级事项 cell of
 * two items lost its merge, and each row kept one line of its name ({@code 城镇燃} over {@code 气管理}).
 * Read as two names each of them names one item, where a person sees one. The two are read as one
 * name only where the table itself says so: the joined name is written in a cell of those items
 * ({@code 《城镇燃气管理条例》}), which two separate names next to each other never are. Where the table does
 * not say so they are read as printed, without a word: two short names of their own (部门文件 over
 * 计划实施) look just the same, and a warning on every such pair would be a false one.
 */
final class CutLevelNames {
  /** Longer names are not one line of a narrow cell. */
  private static final int MAX_PART = 10;

  /** Level names above the item's own (the one that starts an item cannot be cut over items). */
  private static final List<Role> LEVELS = List.of(Role.LEVEL1, Role.LEVEL2);

  private final TableGrid g;
  private final TableLayout layout;
  private final List<Draft> drafts;
  private final List<ImportNote> notes;

  /** Items in a row of drafts that name one level alike, printed once in the first's own cell. */
  private record Run(int first, int last, String name) {}

  private CutLevelNames(
      TableGrid g, TableLayout layout, List<Draft> drafts, List<ImportNote> notes) {
    this.g = g;
    this.layout = layout;
    this.drafts = drafts;
    this.notes = notes;
  }

  /**
   * Joins the level names of {@code drafts} (items of {@code g}) cut over two numbered rows, where
   * the items' cells write the joined name.
   */
  static void read(
      TableGrid g, TableLayout layout, Column key, List<Draft> drafts, List<ImportNote> notes) {
    Optional<Column> seq = layout.first(Role.SEQ);
    if (seq.isEmpty()) {
      return; // only numbered rows tell items apart from the lines of one cell
    }
    CutLevelNames names = new CutLevelNames(g, layout, drafts, notes);
    for (Role level : LEVELS) {
      Optional<Column> col = layout.first(level);
      if (col.isPresent() && col.get().index() != key.index()) {
        names.read(level, col.get(), seq.get().index());
      }
    }
  }

  private void read(Role level, Column col, int seq) {
    List<Run> runs = runs(level, col.index());
    for (int i = 0; i + 1 < runs.size(); i++) {
      Run a = runs.get(i);
      Run b = runs.get(i + 1);
      if (a == null
          || b == null
          || a.last() + 1 != b.first()
          || !Numbering.ownsNumber(g, drafts.get(a.first()).row, seq)
          || !Numbering.ownsNumber(g, drafts.get(b.first()).row, seq)
          || !wrapped(a.name(), b.name())) {
        continue;
      }
      int rowA = drafts.get(a.first()).row;
      int rowB = drafts.get(b.first()).row;
      String joined = squeeze(a.name()) + squeeze(b.name());
      String header = col.header().replaceAll("\\s+", "");
      TableGrid.Cell seen = seenIn(joined, rowA, b.last());
      if (seen != null) {
        for (int k = a.first(); k <= b.last(); k++) {
          set(drafts.get(k), level, a.name() + "\n" + b.name());
        }
        notes.add(
            ImportNote.warning(
                g.name(),
                g.ref(rowA, col.index()),
                "import.cutLevelName.joined",
                a.name(),
                rowA + 1,
                b.name(),
                rowB + 1,
                header,
                joined,
                seen.row() + 1,
                layout.columns().get(seen.column()).header().replaceAll("\\s+", "")));
        i++; // b is joined: it starts no pair of its own
      }
    }
  }

  /**
   * Per draft, in order, the run it begins or null: a run is a draft whose own unmerged cell names
   * the level, with the drafts after it that leave that cell blank and so take its name.
   */
  private List<Run> runs(Role level, int c) {
    List<Run> runs = new ArrayList<>();
    Run open = null;
    for (int k = 0; k < drafts.size(); k++) {
      Draft d = drafts.get(k);
      String name = get(d, level);
      String own = g.own(d.row, c);
      boolean merged = g.mergeAt(d.row, c) != null;
      if (d.grid != g || name == null || merged) {
        open = null;
      } else if (!own.isEmpty() && own.equals(name)) {
        open = new Run(k, k, name);
        runs.add(open);
        continue;
      } else if (own.isEmpty() && open != null && name.equals(open.name())) {
        open = new Run(open.first(), k, name);
        runs.set(runs.size() - 1, open);
        continue;
      } else {
        open = null;
      }
      runs.add(null);
    }
    return flatten(runs);
  }

  /** The runs in order, a null between two that are not next to each other. */
  private static List<Run> flatten(List<Run> runs) {
    List<Run> out = new ArrayList<>();
    for (Run r : runs) {
      if (r == null && (out.isEmpty() || out.get(out.size() - 1) == null)) {
        continue;
      }
      out.add(r);
    }
    return out;
  }

  /**
   * Whether two names read as the lines of one narrow cell: short single lines, the second no wider
   * than the first, the break between two Chinese characters (as {@link WrappedNames} reads the
   * lines of one cell).
   */
  private static boolean wrapped(String first, String second) {
    String a = first.strip();
    String b = second.strip();
    return !a.isEmpty()
        && !b.isEmpty()
        && a.length() <= MAX_PART
        && b.length() <= a.length()
        && !a.contains("\n")
        && !b.contains("\n")
        && han(a.codePointBefore(a.length()))
        && han(b.codePointAt(0));
  }

  private static boolean han(int cp) {
    return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /**
   * The cell between rows first and the last item's rows (other than a level's) whose text holds
   * {@code joined}, or null.
   */
  private TableGrid.Cell seenIn(String joined, int first, int lastDraft) {
    int end = lastDraft + 1 < drafts.size() ? drafts.get(lastDraft + 1).row : g.rowCount();
    for (int r = first; r < end; r++) {
      for (Column col : layout.columns()) {
        Role role = col.role();
        if (role == Role.LEVEL1 || role == Role.LEVEL2 || role == Role.LEVEL3) {
          continue;
        }
        if (squeeze(g.own(r, col.index())).contains(joined)) {
          return new TableGrid.Cell(r, col.index());
        }
      }
    }
    return null;
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static String get(Draft d, Role level) {
    return level == Role.LEVEL1 ? d.level1 : d.level2;
  }

  private static void set(Draft d, Role level, String name) {
    if (level == Role.LEVEL1) {
      d.level1 = name;
    } else {
      d.level2 = name;
    }
  }
}
