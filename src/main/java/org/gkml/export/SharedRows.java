package org.gkml.export;

import java.util.BitSet;
import java.util.List;
import java.util.function.ToLongFunction;
import org.gkml.concurrent.SizeBoundedCache;
import org.gkml.model.Catalog;

/**
 * The rows of domain sheets that several workbooks print alike, kept as the bytes POI wrote for
 * them (and likewise the domain tables of Word documents, see {@link DocxExporter}). In a build,
 * the villages of a township mostly publish their township's resolution of a domain unchanged: the
 * same catalogue object, so the same header and item rows; only the title and info rows above them
 * name the village. A sheet's rows below those two are a function of its catalogue, its tier
 * columns and which of its items are marked 个性 (the exporter's options and vocabulary are fixed,
 * and every workbook creates its cell styles in the same order), so a later workbook with the same
 * three takes the bytes instead of generating and writing the rows again. The result is the same
 * file, byte for byte (a test holds it to that).
 *
 * <p>The rest of a domain sheet's part (its columns, merges, drop-downs and print settings, see
 * {@link StreamedWorkbook.WrittenSheet}) depends on no more than its rows do, so the workbook keeps
 * that with them; the Word document keeps the table's bytes alone.
 *
 * <p>Regions are written in code order, so the recently used rows are the ones to keep.
 *
 * @param <V> what is kept of a table
 */
final class SharedRows<V> {
  /**
   * About 16 MB of kept rows: regions come in code order, so what is shared is the rows of the few
   * townships being written (a township's 26 domain sheets are about 650 KB).
   */
  private static final long KEEP_BYTES = 16L << 20;

  /**
   * Sheets larger than this are not kept (a domain sheet of a province tree is about 25 KB): so a
   * single export of a large catalogue holds no more than a few MB here.
   */
  static final int MAX_SHEET_BYTES = 256 << 10;

  private final SizeBoundedCache<Key, V> rows;

  /**
   * @param size the bytes a kept value takes
   */
  SharedRows(ToLongFunction<V> size) {
    rows = new SizeBoundedCache<>(KEEP_BYTES, size);
  }

  /** What a domain sheet's rows below its title and info rows depend on. */
  static final class Key {
    private final Catalog catalog;
    private final List<?> columns;
    private final BitSet custom;
    private final boolean editable;

    /**
     * @param catalog by identity: the resolver shares the same object between regions
     * @param columns the table's columns (they differ in their tier columns)
     * @param custom which items, by position, are marked 个性
     */
    Key(Catalog catalog, List<?> columns, BitSet custom) {
      this(catalog, columns, custom, false);
    }

    /**
     * @param editable whether the table carries a region's edit aids (a workbook's drop-downs and
     *     input messages)
     */
    Key(Catalog catalog, List<?> columns, BitSet custom, boolean editable) {
      this.catalog = catalog;
      this.columns = List.copyOf(columns);
      this.custom = (BitSet) custom.clone();
      this.editable = editable;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.catalog == catalog
          && k.columns.equals(columns)
          && k.custom.equals(custom)
          && k.editable == editable;
    }

    @Override
    public int hashCode() {
      return ((31 * System.identityHashCode(catalog) + columns.hashCode()) * 31 + custom.hashCode())
              * 2
          + (editable ? 1 : 0);
    }
  }

  /** What was written for {@code key} before, or null. */
  V get(Key key) {
    return rows.get(key);
  }

  /** How many sheets took their rows from here. */
  long reused() {
    return rows.hits();
  }

  void put(Key key, V written) {
    rows.put(key, written);
  }
}
