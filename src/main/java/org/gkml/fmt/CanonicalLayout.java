package org.gkml.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The canonical line layout of a catalogue file (docs/ci.md "gkml fmt"): UTF-8 without a byte order
 * mark, LF line ends, no white space at the end of a line, no blank line at the start or end, at
 * most one blank line in a row, and one newline at the end. Every comment and every value is kept
 * as written. The layout works on lines, so comments survive by construction; a rewrite is kept
 * only when the YAML it gives is the same data as before (white space at a line's end or a run of
 * blank lines can be content inside a block scalar): otherwise the file is left as it is.
 */
public final class CanonicalLayout {
  private CanonicalLayout() {}

  /** The canonical form of {@code text}, or empty when it cannot be given without changing data. */
  public static Optional<String> of(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = body.split("\r\n|\r|\n", -1);
    List<String> out = new ArrayList<>(lines.length);
    boolean blank = false;
    for (String line : lines) {
      String stripped = line.stripTrailing();
      if (stripped.isEmpty()) {
        blank = !out.isEmpty();
        continue;
      }
      if (blank) {
        out.add("");
        blank = false;
      }
      out.add(stripped);
    }
    String canonical = out.isEmpty() ? "" : String.join("\n", out) + "\n";
    if (canonical.equals(text)) {
      return Optional.of(text);
    }
    return sameData(text, canonical) ? Optional.of(canonical) : Optional.empty();
  }

  private static boolean sameData(String before, String after) {
    try {
      return Objects.equals(parse(before), parse(after));
    } catch (YamlEngineException e) {
      return false; // not YAML gkml can read: the layout does not touch it
    }
  }

  private static Object parse(String text) {
    LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(true).build();
    List<Object> documents = new ArrayList<>();
    new Load(settings).loadAllFromString(text).forEach(documents::add);
    return documents;
  }
}
