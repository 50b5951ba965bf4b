package org.gkml.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import org.gkml.load.LoadedFile;
import org.gkml.load.TextTraits;
import org.gkml.model.Rule;

/**
 * Looks at every text value of a file as written: empty values (GK104), invisible characters
 * (GK107) and mixed full- and half-width brackets (GK108). These come from copying out of Word and
 * Excel and are invisible in review, so they are reported where they stand.
 */
final class TextHygieneCheck implements FileCheck {

  @Override
  public void check(LoadedFile file, CheckContext context, FindingSink sink) {
    // the loader noted while parsing whether any text is worth a look: most files need no walk
    if (file.tree() != null && !TextTraits.allTidy(file.tree())) {
      walk(file.tree(), new ArrayDeque<>(), file, sink);
    }
  }

  private void walk(JsonNode node, Deque<String> path, LoadedFile file, FindingSink sink) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        path.addLast(escape(e.getKey()));
        walk(e.getValue(), path, file, sink);
        path.removeLast();
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        path.addLast(Integer.toString(i));
        walk(node.get(i), path, file, sink);
        path.removeLast();
      }
    } else if (node.isTextual()) {
      text(node.textValue(), path, file, sink);
    }
  }

  private void text(String value, Deque<String> path, LoadedFile file, FindingSink sink) {
    if (value.isBlank()) {
      sink.report(Rule.EMPTY_TEXT, file.file().locate(pointer(path)), name(path));
      return;
    }
    boolean half = false;
    boolean full = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isInvisible(c)) {
        sink.report(
            Rule.INVISIBLE_CHARACTER,
            file.file().locate(pointer(path)),
            String.format("U+%04X", (int) c),
            name(path));
        return;
      }
      half |= c == '(' || c == ')';
      full |= c == '（' || c == '）';
    }
    if (half && full) {
      sink.report(Rule.MIXED_BRACKETS, file.file().locate(pointer(path)), name(path));
    }
  }

  /** Zero-width characters, no-break spaces, bidi controls and the soft hyphen. */
  static boolean isInvisible(char c) {
    return TextTraits.isInvisible(c);
  }

  private static String pointer(Deque<String> path) {
    return path.isEmpty() ? "" : "/" + String.join("/", path);
  }

  private static String name(Deque<String> path) {
    return path.isEmpty() ? "value" : String.join(".", path).replace("~1", "/").replace("~0", "~");
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
