package org.gkml.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * The sheet names of one workbook, every one valid for Excel and distinct: the one place a domain
 * (or any text) becomes a sheet name, for exports and diff reports alike (issue #11, class 6).
 * POI's {@link WorkbookUtil#createSafeSheetName} handles the length (31 characters), the characters
 * {@code []:*?/\} and apostrophes at either end; on top of it the name Excel reserves ({@code
 * History}) gets a mark, and a name already taken (Excel compares them ignoring case) a number.
 */
public final class SheetNames {
  /** Excel's longest sheet name. */
  static final int MAX = 31;

  /**
   * Excel refuses to open a workbook with a sheet of this name (it keeps it for change tracking).
   */
  private static final String RESERVED = "history";

  private final Set<String> taken = new HashSet<>();

  /** Names the workbook already has, e.g. its fixed 目录 sheet. */
  public SheetNames(String... fixed) {
    for (String f : fixed) {
      taken.add(f.toLowerCase(Locale.ROOT));
    }
  }

  /** A new valid, unique name for a sheet meant to be called {@code wanted}. */
  public String add(String wanted) {
    String base = WorkbookUtil.createSafeSheetName(wanted == null ? "" : wanted.strip(), '_');
    if (base.equalsIgnoreCase(RESERVED)) {
      base = base + "_";
    }
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = "(" + n + ")";
      name = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
    }
    return name;
  }
}
