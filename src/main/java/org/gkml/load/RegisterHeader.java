package org.gkml.load;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gkml.i18n.Messages;
import org.gkml.model.ColumnHeaders;
import org.gkml.model.Suggestion;

/**
 * What is wrong with the header line of a region register ({@code regions.csv}), which FORMAT.md §2
 * fixes as {@code code,name}: where on the line, and the hint that tells the author what to write.
 * Before it was checked, a misspelt column ({@code code,nmae}) registered every region without a
 * name, a missing header swallowed the first region, and {@code 代码,名称} made every row a malformed
 * code; now the header is one finding and the rows are not read (see {@link RegisterCsv}).
 *
 * <p>Empty cells at the end of the line (a spreadsheet's unused columns saved as {@code
 * code,name,,}) hold nothing and are not columns.
 */
record RegisterHeader(int cell, String hint) {

  /** The register's columns, in order (FORMAT.md §2). */
  static final List<String> COLUMNS = List.of("code", "name");

  /** The index {@link #cell} takes for a problem at the start of the line. */
  static final int LINE = 0;

  /** Separators a spreadsheet or a Chinese input method puts where the comma belongs. */
  private static final String SEPARATORS = "，;；\t、";

  /** The cells that count: {@code cells} without the empty ones at the end. */
  static List<String> columns(List<String> cells) {
    int n = cells.size();
    while (n > 0 && cells.get(n - 1).isEmpty()) {
      n--;
    }
    return cells.subList(0, n);
  }

  /**
   * The problem of a header line whose cells (trimmed) are {@code cells}, or empty when it is
   * {@code code,name}. The first problem only: the message gives the whole header meant, and one
   * hint at a time is what an author acts on.
   */
  static Optional<RegisterHeader> check(List<String> cells, Messages messages) {
    List<String> columns = columns(cells);
    if (columns.equals(COLUMNS)) {
      return Optional.empty();
    }
    if (columns.isEmpty()) {
      return Optional.of(new RegisterHeader(LINE, ""));
    }
    if (looksLikeCode(columns.get(0))) {
      return hint(LINE, messages, "register.header.dataRow");
    }
    for (int i = 0; i < columns.size(); i++) {
      String cell = columns.get(i);
      for (int c = 0; c < cell.length(); c++) {
        if (SEPARATORS.indexOf(cell.charAt(c)) >= 0) {
          String separator = cell.charAt(c) == '\t' ? "Tab" : String.valueOf(cell.charAt(c));
          return hint(i, messages, "register.header.separator", separator);
        }
      }
    }
    Optional<RegisterHeader> chinese = chinese(columns, messages);
    if (chinese.isPresent()) {
      return chinese;
    }
    if (columns.size() >= 2 && columns.get(0).equals("name") && columns.get(1).equals("code")) {
      return hint(LINE, messages, "register.header.swapped");
    }
    for (int i = 0; i < COLUMNS.size(); i++) {
      String meant = COLUMNS.get(i);
      if (i >= columns.size()) {
        return hint(i, messages, "register.header.missing", meant);
      }
      String cell = columns.get(i);
      if (cell.equals(meant)) {
        continue;
      }
      if (cell.isEmpty()) {
        return hint(i, messages, "register.header.empty", i + 1);
      }
      if (COLUMNS.contains(cell)) {
        return hint(i, messages, "register.header.twice", cell);
      }
      Optional<String> near = Suggestion.closest(cell, COLUMNS);
      return near.isPresent()
          ? hint(i, messages, "register.header.suggest", cell, near.get())
          : hint(i, messages, "register.header.unknown", cell);
    }
    return hint(COLUMNS.size(), messages, "register.header.extra", columns.get(COLUMNS.size()));
  }

  private static Optional<RegisterHeader> hint(
      int cell, Messages messages, String key, Object... args) {
    return Optional.of(new RegisterHeader(cell, messages.get(key, args)));
  }

  /**
   * The header of a division table written as it is printed (代码,名称; 区划代码,区划名称): every cell that
   * stands for a column of the register, with the English name to write instead.
   */
  private static Optional<RegisterHeader> chinese(List<String> columns, Messages messages) {
    List<String> pairs = new ArrayList<>();
    int first = -1;
    for (int i = 0; i < columns.size(); i++) {
      Optional<String> meant = ColumnHeaders.registerColumnOf(columns.get(i));
      if (meant.isPresent()) {
        pairs.add(messages.get("register.header.pair", columns.get(i), meant.get()));
        first = first < 0 ? i : first;
      }
    }
    return first < 0 ? Optional.empty() : hint(first, messages, "register.header.chinese", pairs);
  }

  /**
   * A first cell that is a region code, or digits typed as one (全角, with blanks): a register
   * without its header line, whose first row the header would otherwise swallow.
   */
  private static boolean looksLikeCode(String cell) {
    String digits = Normalizer.normalize(cell, Normalizer.Form.NFKC).replaceAll("\\s", "");
    return !digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
