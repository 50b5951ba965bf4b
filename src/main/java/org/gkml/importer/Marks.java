package org.gkml.importer;

import java.text.Normalizer;

/** The marks of tick columns and checkbox lists, as published tables write them. */
final class Marks {
  /**
   * Filled marks: a ticked tick column, or a chosen entry of a checklist (■政府网站, ◆政府网站, ●政府网站).
   * Each has its empty counterpart in {@link #EMPTY_BOXES}: a table that marks choices with one
   * shape marks the others with its hollow form (◆/◇, ●/○, ■/□, ◼/◻, ▪/▫, ☑/☐).
   */
  static final String CHECKED_BOXES = "■☑√✓✔✅▄☒▇█●◆◼▪";

  /** Hollow marks: an entry not chosen (口 only where a box can stand, see ChannelCells). */
  static final String EMPTY_BOXES = "□☐▢○◇◻▫";

  /**
   * What tables write in a cell that has nothing to say: 无, a dash or a slash (—, -, /, and their
   * full-width and doubled forms). In a tick column it is "no"; in a 二级/三级事项 column, no such level.
   */
  static final String NOTHING = "无-—–―/";

  /** Marks that mean "yes" in a tick column: the filled marks, 是, 有, and V or Y for a tick. */
  static final String TICKED = CHECKED_BOXES + "是有YyVv";

  /**
   * Marks that mean "no" in a tick column: the hollow marks, 口 (which stands in for □ in many
   * tables), crosses (an x typed for ×, as Chinese tables write "no"), 否, 无, a dash or slash. 〇 is
   * none of them: drawn both for a hollow circle and for a tick, it is left unreadable.
   */
  static final String UNTICKED = EMPTY_BOXES + "口×✗✘✕Xx否" + NOTHING;

  /** How a tick cell reads. */
  enum Tick {
    YES,
    NO,
    /** Some other text (a group named in the 特定群体 cell, a stray remark). */
    OTHER
  }

  private Marks() {}

  static Tick tick(String cell) {
    String s =
        withoutVariationSelectors(Normalizer.normalize(cell, Normalizer.Form.NFKC))
            .replaceAll("\\s+", "");
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

  /** Whether a cell holds only a placeholder for nothing ({@link #NOTHING}: —, /, 无, --). */
  static boolean saysNothing(String cell) {
    String s = Normalizer.normalize(cell, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    return !s.isEmpty() && all(s, NOTHING);
  }

  /**
   * Whether a cell that reads as neither yes nor no holds words (a group named in the 特定群体 cell:
   * 申请人, 在征收范围内) rather than a mark that could not be read (a box lost as ?, 〇): a Chinese
   * character, or two letters or more.
   */
  static boolean words(String cell) {
    String s = Normalizer.normalize(cell, Normalizer.Form.NFKC);
    int letters = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
          return true;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** The text without emoji or text variation selectors (✔️ is ✔ drawn as an emoji). */
  static String withoutVariationSelectors(String s) {
    return s.replace("\uFE0F", "").replace("\uFE0E", "");
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
