package org.gkml.importer;

import java.text.Normalizer;

/** The marks of tick columns and checkbox lists, as published tables write them. */
final class Marks {
  /** Marks that mean "yes" in a tick column or a checked box. */
  static final String TICKED = "√✓✔☑■●▄☒▇█是有YyVv";

  /** Marks that mean "no": empty boxes (口 stands in for □ in many tables), crosses. */
  static final String UNTICKED = "□☐口▢×✗✘否无-—/";

  /** Checked-box characters that can start a checklist entry. */
  static final String CHECKED_BOXES = "■☑√✓✔▄☒▇█";

  /** Empty-box characters that can start a checklist entry (口 only where a box can stand). */
  static final String EMPTY_BOXES = "□☐▢";

  /** How a tick cell reads. */
  enum Tick {
    YES,
    NO,
    /** Some other text (a group named in the 特定群体 cell, a stray remark). */
    OTHER
  }

  private Marks() {}

  static Tick tick(String cell) {
    String s = Normalizer.normalize(cell, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    if (s.isEmpty()) {
      return Tick.NO;
    }
    if (all(s, TICKED)) {
      return Tick.YES;
    }
    if (all(s, UNTICKED)) {
      return Tick.NO;
    }
    return Tick.OTHER;
  }

  private static boolean all(String s, String set) {
    for (int i = 0; i < s.length(); i++) {
      if (set.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
