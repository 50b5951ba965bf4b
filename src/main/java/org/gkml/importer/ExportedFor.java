package org.gkml.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.text.TextFold;

/**
 * The region a table says it was exported for: gkml prints it as a labelled fact on the workbook's
 * 目录 sheet, above each domain table and on its pages ({@code 区域：三里坪街道（511703001）}, or {@code
 * 区域：基础目录（…）} for the basic catalogue). {@code gkml import --region} refuses a table exported for
 * another region: imported, it would replace the region's overlays with another region's table.
 *
 * @param code the region's digits, or null for the basic catalogue
 * @param shown the fact as printed, for messages
 */
public record ExportedFor(String code, String shown) {
  private static final Pattern REGION =
      Pattern.compile("^.*?[（(]\\s*(\\d{6}|\\d{9}|\\d{12})\\s*[)）]$");
  private static final String BASIC = "基础目录";

  /** Whether the table is the basic catalogue's. */
  public boolean basic() {
    return code == null;
  }

  /**
   * The region that lines printed with a table record ({@link TitleFacts}), or empty when they
   * record none: a table made by hand, or a 区域 fact without a code.
   */
  static Optional<ExportedFor> of(TitleFacts facts) {
    Optional<String> fact = facts.field("区域");
    if (fact.isEmpty()) {
      return Optional.empty();
    }
    String shown = fact.get();
    String folded = TextFold.aligned(shown);
    Matcher m = REGION.matcher(folded);
    if (m.matches()) {
      return Optional.of(new ExportedFor(m.group(1), shown));
    }
    return folded.startsWith(BASIC) ? Optional.of(new ExportedFor(null, shown)) : Optional.empty();
  }
}
