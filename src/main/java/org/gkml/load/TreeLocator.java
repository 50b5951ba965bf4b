package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.gkml.model.Position;
import org.gkml.model.SourceFile;

/** Finds positions in a located tree by JSON pointer. */
final class TreeLocator implements SourceFile.Locator {
  private final JsonNode root;

  TreeLocator(JsonNode root) {
    this.root = root;
  }

  @Override
  public Position value(String pointer) {
    JsonNode node = deepest(pointer);
    if (!(node instanceof Located located)) {
      return Position.START;
    }
    // a block collection starts on the line after its key: its key is where a reader looks
    return node.isContainerNode() && node != root
        ? new Position(located.keyLine(), located.keyColumn())
        : new Position(located.line(), located.column());
  }

  @Override
  public Position key(String pointer) {
    JsonNode node = deepest(pointer);
    if (!(node instanceof Located located)) {
      return Position.START;
    }
    return new Position(located.keyLine(), located.keyColumn());
  }

  private JsonNode deepest(String pointer) {
    JsonNode node = root;
    if (pointer == null || pointer.isEmpty()) {
      return node;
    }
    // the segments of segments(pointer), taken one by one without a list or a regex: findings
    // and resolution locate hundreds of thousands of pointers on a large tree
    int start = 1;
    while (true) {
      int slash = pointer.indexOf('/', start);
      int end = slash < 0 ? pointer.length() : slash;
      String segment = unescape(pointer.substring(start, end));
      JsonNode next = null;
      if (node.isObject()) {
        next = node.get(segment);
      } else if (node.isArray() && isIndex(segment)) {
        next = node.get(Integer.parseInt(segment));
      }
      if (next == null) {
        return node;
      }
      node = next;
      if (slash < 0) {
        return node;
      }
      start = slash + 1;
    }
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer == null || pointer.isEmpty()) {
      return out;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      out.add(unescape(raw));
    }
    return out;
  }

  private static String unescape(String raw) {
    return raw.indexOf('~') < 0 ? raw : raw.replace("~1", "/").replace("~0", "~");
  }
}
