package org.gkml.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.gkml.load.LoadedFile;
import org.gkml.load.PlaceName;
import org.gkml.load.TextTraits;
import org.gkml.model.Finding;
import org.gkml.model.Rule;

/**
 * Looks at every text value of a file as written: empty values (GK104), invisible characters and
 * white space at either end (GK107) and mixed full- and half-width brackets (GK108). These come
 * from copying out of Word and Excel and are invisible in review, so they are reported where they
 * stand, naming the value as {@link PlaceName} does (the item's id and the field, not a list
 * position).
 */
final class TextHygieneCheck implements FileCheck {

  @Override
  public void check(LoadedFile file, CheckContext context, FindingSink sink) {
    // the loader noted while parsing whether any text is worth a look: most files need no walk
    if (file.tree() != null && !TextTraits.allTidy(file.tree())) {
      walk(file.tree(), new ArrayList<>(), file, sink);
    }
  }

  private void walk(JsonNode node, List<Object> path, LoadedFile file, FindingSink sink) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().indexOf('：') >= 0
            && e.getValue().isTextual()
            && e.getValue().textValue().isBlank()) {
          // {code："511703"}: the value was typed into the key (GK001 names the colon)
          continue;
        }
        path.add(e.getKey());
        walk(e.getValue(), path, file, sink);
        path.remove(path.size() - 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        path.add(i);
        walk(node.get(i), path, file, sink);
        path.remove(path.size() - 1);
      }
    } else if (node.isTextual()) {
      text(node.textValue(), path, file, sink);
    }
  }

  private void text(String value, List<Object> path, LoadedFile file, FindingSink sink) {
    if (value.isBlank()) {
      if (loadFindingAt(file, pointer(path))) {
        // region: {code: ""}: GK301 already says it, with the code meant
        return;
      }
      sink.report(Rule.EMPTY_TEXT, file.file().locate(pointer(path)), name(path, file, sink));
      return;
    }
    if (TextTraits.untidyEnds(value) && !schemaFindingAt(file, pointer(path))) {
      char c =
          TextTraits.isEndSpace(value.charAt(0))
              ? value.charAt(0)
              : value.charAt(value.length() - 1);
      sink.reportWith(
          Rule.INVISIBLE_CHARACTER,
          file.file().locate(pointer(path)),
          "rule.GK107.ends",
          String.format("U+%04X", (int) c),
          name(path, file, sink));
    }
    boolean half = false;
    boolean full = false;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (TextTraits.isInvisible(c)) {
        if (schemaFindingAt(file, pointer(path))) {
          // mode: "主\u200B动": GK001 quotes the value with the character escaped, and says it
          return;
        }
        sink.report(
            Rule.INVISIBLE_CHARACTER,
            file.file().locate(pointer(path)),
            String.format("U+%04X", c),
            name(path, file, sink));
        return;
      }
      half |= c == '(' || c == ')';
      full |= c == '（' || c == '）';
      i += Character.charCount(c);
    }
    if (half && full) {
      sink.report(
          Rule.MIXED_BRACKETS,
          file.file().locate(pointer(path)),
          name(path, file, sink),
          excerpt(value));
    }
  }

  /**
   * Whether the schema check already spoke of the value at {@code pointer} (id: " AQSC-005" breaks
   * the id's form, and GK001 suggests it without the space; mode: "主\u200B动" is no allowed word,
   * and GK001 shows the character): one finding at one place.
   */
  private static boolean schemaFindingAt(LoadedFile file, String pointer) {
    for (Finding f : file.findings()) {
      if (f.rule() == Rule.SCHEMA && pointer.equals(f.loc().pointer())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the loader reported anything at {@code pointer} (a blank value's one finding). */
  private static boolean loadFindingAt(LoadedFile file, String pointer) {
    for (Finding f : file.findings()) {
      if (pointer.equals(f.loc().pointer())) {
        return true;
      }
    }
    return false;
  }

  /** The longest stretch of a text a message quotes. */
  private static final int EXCERPT = 40;

  /**
   * The stretch of {@code value} a message quotes to show the brackets: all of a short text, else
   * {@link #EXCERPT} characters from a little before its first half-width bracket (in Chinese text
   * usually the odd one out), cut ends marked with "…".
   */
  static String excerpt(String value) {
    if (value.length() <= EXCERPT) {
      return value;
    }
    int first = value.length();
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) == '(' || value.charAt(i) == ')') {
        first = i;
        break;
      }
    }
    int start = Math.max(0, Math.min(first - 10, value.length() - EXCERPT));
    if (start > 0 && Character.isLowSurrogate(value.charAt(start))) {
      start--;
    }
    int end = Math.min(value.length(), start + EXCERPT);
    if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return (start > 0 ? "…" : "") + value.substring(start, end) + (end < value.length() ? "…" : "");
  }

  /** The value's JSON pointer: findings keep it, so baselines and fingerprints match as before. */
  private static String pointer(List<Object> path) {
    StringBuilder pointer = new StringBuilder();
    for (Object step : path) {
      pointer.append('/').append(step.toString().replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  private static String name(List<Object> path, LoadedFile file, FindingSink sink) {
    return PlaceName.of(file.tree(), path, sink.messages());
  }
}
