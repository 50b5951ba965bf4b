package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gkml.model.Position;
import org.gkml.model.SourceFile;

/**
 * Finds positions in a located tree by JSON pointer.
 *
 * <p>A whole province's trees are a third of what validate keeps in memory, and copying them from
 * the young to the old generation was most of its garbage collection. Nearly all of them are never
 * asked for a position once their file's own checks are done: a locator made with its source can
 * then {@link #release} its tree and rebuild it from the source on the first question.
 */
final class TreeLocator implements SourceFile.Locator {
  private volatile JsonNode root;
  private final byte[] source;

  TreeLocator(JsonNode root) {
    this(root, null);
  }

  /** A locator that can release its tree and read it again from {@code source}. */
  TreeLocator(JsonNode root, byte[] source) {
    this.root = root;
    this.source = source;
  }

  /** Drops the tree if it can be read again; true when it was dropped. */
  boolean release() {
    if (source == null) {
      return false;
    }
    root = null;
    return true;
  }

  private JsonNode root() {
    JsonNode r = root;
    if (r == null) {
      synchronized (this) {
        r = root;
        if (r == null) {
          r = FileLoader.reread(source);
          root = r;
        }
      }
    }
    return r;
  }

  @Override
  public Position value(String pointer) {
    JsonNode root = root();
    JsonNode node = deepest(root, pointer);
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
    JsonNode node = deepest(root(), pointer);
    if (!(node instanceof Located located)) {
      return Position.START;
    }
    return new Position(located.keyLine(), located.keyColumn());
  }

  @Override
  public Optional<String> scalar(String pointer) {
    if (pointer == null || !pointer.startsWith("/")) {
      return Optional.empty(); // the whole document is no scalar
    }
    JsonNode root = root();
    if (root == null) {
      return Optional.empty();
    }
    JsonNode node = root.at(pointer); // exact: a missing node when the pointer leads nowhere
    return node.isValueNode() && !node.isNull() ? Optional.of(node.asText()) : Optional.empty();
  }

  private static JsonNode deepest(JsonNode root, String pointer) {
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
