package org.gkml.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into the parts a line may break between, for the HTML templates to join with {@code
 * <wbr>}: browsers break CJK text anywhere but treat 社区/企事业单位/村公示栏 or 511703-AQSC-002 as one
 * unbreakable word, which on a phone pushes the table past the screen's edge.
 */
final class SoftBreaks {
  private SoftBreaks() {}

  /** {@code text} cut after each of {@code marks} that is not its last character. */
  static List<String> after(String text, String marks) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < text.length() - 1; i++) {
      if (marks.indexOf(text.charAt(i)) >= 0) {
        parts.add(text.substring(from, i + 1));
        from = i + 1;
      }
    }
    parts.add(text.substring(from));
    return List.copyOf(parts);
  }
}
