package org.gkml.importer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gkml.model.Field;
import org.gkml.model.Tier;

/**
 * Where an imported item stands in its table, so that what is later judged about a field (a
 * weakened mode, a longer deadline) is reported at the cell a person edited: the sheet, the cell
 * that starts the item's row, the cell of its 编号 (null without one), the first cell of each field
 * the table has a column for, what its 删除理由 cell says (null when the row is kept) with that cell,
 * the cells of columns that are no catalogue element whose text went into the note, whether the
 * table is a workbook's sheet (not a web page's or Word document's table), and the cell of each
 * tier a tier column stands for (a tier ticked or cleared is reported there).
 */
public record RowPlace(
    String sheet,
    String row,
    String idCell,
    Map<Field, String> cells,
    String removalReason,
    String removalCell,
    List<Kept> kept,
    boolean inSheet,
    Map<Tier, String> tierCells) {

  /** A cell of a column that is no catalogue element, its header, and the note line it gave. */
  public record Kept(String cell, String header, String line) {}

  public RowPlace {
    cells = Map.copyOf(cells);
    kept = List.copyOf(kept);
    tierCells = Map.copyOf(tierCells);
  }

  /** The cell of {@code field}, or the row's first cell when the table has no column for it. */
  public String cell(Field field) {
    return cells.getOrDefault(field, row);
  }

  /**
   * The cell of the first of {@code tiers} (in tier order) that has a column of its own, else the
   * cell of the tiers field: where a change of those tiers was made.
   */
  public String cell(Collection<Tier> tiers) {
    return tiers.stream()
        .sorted()
        .map(tierCells::get)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(cell(Field.TIERS));
  }

  /** Whether the table has a column for {@code field} (a field without one was not read). */
  public boolean shows(Field field) {
    return cells.containsKey(field);
  }
}
