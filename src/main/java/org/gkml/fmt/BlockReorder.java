package org.gkml.fmt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gkml.fmt.KeyOrder.Context;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The second pass of the canonical layout: the entries of every block mapping in canonical key
 * order ({@link KeyOrder}). It moves whole lines: an entry is its key's line through the last line
 * of its value, together with the comment and blank lines just above it, so a comment travels with
 * the key below it. Lines above a mapping's first key (a file's schema modeline, say) and below its
 * last value stay where they are, except a {@code # gkml-ignore} comment directly above the first
 * key (and the comment lines between it and the key): it covers the key below it
 * (load.Suppressions), so it moves with that key. Nothing inside a line changes except the {@code -
 * } of a list item, which stays on the item's first line.
 */
final class BlockReorder {
  private final Source source;

  private BlockReorder(Source source) {
    this.source = source;
  }

  /** The text with every block mapping's entries in canonical order, or null when it cannot be. */
  static String apply(Source source) {
    BlockReorder reorder = new BlockReorder(source);
    List<String> out = new ArrayList<>();
    int next = 0;
    for (Node root : source.documents) {
      if (!Source.isBlockCollection(root)) {
        continue;
      }
      int first = reorder.top(root);
      copy(source, next, first, out);
      List<String> lines = reorder.render(root, Context.ofKind(InlineRewrite.kindOf(root)));
      if (lines == null) {
        return null;
      }
      out.addAll(lines);
      next = Source.lastLine(root) + 1;
    }
    copy(source, next, source.lines.length, out);
    return String.join("\n", out);
  }

  private static void copy(Source source, int from, int to, List<String> out) {
    for (int i = from; i < to; i++) {
      out.add(source.lines[i]);
    }
  }

  /**
   * The lines from a block collection's first line to its last, its mappings reordered; null when
   * the lines cannot be moved safely (the caller then keeps the order written).
   */
  private List<String> render(Node node, Context context) {
    int first = top(node);
    int last = Source.lastLine(node);
    if (node instanceof SequenceNode s) {
      return withChildren(first, last, s.getValue(), context);
    }
    MappingNode m = (MappingNode) node;
    List<NodeTuple> entries = m.getValue();
    if (entries.isEmpty()) {
      return withChildren(first, last, List.of(), context);
    }
    // each entry's lines: [after the previous entry's last line, its own last line]
    List<Entry> blocks = new ArrayList<>();
    int from = first;
    for (NodeTuple t : entries) {
      String key = ((ScalarNode) t.getKeyNode()).getValue();
      int keyLine = Source.start(t.getKeyNode()).getLine();
      int to = Math.max(Source.lastLine(t.getKeyNode()), Source.lastLine(t.getValueNode()));
      if (keyLine < from || keyLine > to) {
        return null; // two entries share a line: not a layout this pass can move
      }
      Node value = t.getValueNode();
      List<Node> children = Source.isBlockCollection(value) ? List.of(value) : List.of();
      List<String> lines = withChildren(from, to, children, context.child(key));
      if (lines == null) {
        return null;
      }
      blocks.add(new Entry(KeyOrder.rank(context, key), keyLine - from, lines));
      from = to + 1;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> blocks.get(i).rank()));
    List<Entry> ordered = new ArrayList<>();
    order.forEach(i -> ordered.add(blocks.get(i)));
    int lead = order.get(0);
    if (lead != 0) {
      // a list item's "- " stands before its first key: it moves to the new first key's line
      Entry was = blocks.get(0);
      String firstLine = was.lines().get(was.keyAt());
      String prefix =
          firstLine.substring(0, source.offset(Source.start(entries.get(0).getKeyNode())));
      if (!prefix.isBlank()) {
        Entry now = blocks.get(lead);
        String keyLine = now.lines().get(now.keyAt());
        if (keyLine.length() < prefix.length()
            || !keyLine.substring(0, prefix.length()).isBlank()) {
          return null;
        }
        ordered.set(0, now.withKeyPrefix(prefix).withCommentsAt(indentOf(prefix)));
        ordered.set(order.indexOf(0), was.withKeyPrefix(" ".repeat(prefix.length())));
      }
    }
    return concat(ordered);
  }

  /**
   * The first line a block collection's rendering covers: its own first line, or for a mapping
   * whose first key begins its line, the first {@code # gkml-ignore} comment line among the comment
   * and blank lines directly above that key. Above a list item's first key ({@code - id:}) the
   * comments stand above the {@code - } and cover the whole item wherever its keys move.
   */
  private int top(Node node) {
    int first = Source.start(node).getLine();
    if (!(node instanceof MappingNode m) || m.getValue().isEmpty()) {
      return first;
    }
    String keyLine = source.lines[first];
    if (!keyLine.substring(0, source.offset(Source.start(node))).isBlank()) {
      return first;
    }
    int top = first;
    for (int i = first - 1; i >= 0; i--) {
      String line = source.lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (!line.startsWith("#")) {
        break;
      }
      if (line.contains("gkml-ignore")) {
        top = i;
      }
    }
    return top;
  }

  /** The lines [from, to] with each block collection in {@code children} rendered in place. */
  private List<String> withChildren(int from, int to, List<Node> children, Context context) {
    List<String> out = new ArrayList<>();
    int next = from;
    for (Node child : children) {
      if (!Source.isBlockCollection(child)) {
        continue;
      }
      int start = top(child);
      if (start < next) {
        return null;
      }
      copy(source, next, start, out);
      List<String> inner = render(child, context);
      if (inner == null) {
        return null;
      }
      out.addAll(inner);
      next = Source.lastLine(child) + 1;
    }
    copy(source, next, to + 1, out);
    return out;
  }

  private static List<String> concat(List<Entry> entries) {
    List<String> out = new ArrayList<>();
    entries.forEach(e -> out.addAll(e.lines()));
    return out;
  }

  private static int indentOf(String line) {
    return line.length() - line.stripLeading().length();
  }

  /** One entry's lines, with the index of its key's line among them. */
  private record Entry(int rank, int keyAt, List<String> lines) {
    /** The entry with the comment lines above its key indented to {@code column}. */
    Entry withCommentsAt(int column) {
      List<String> copy = new ArrayList<>(lines);
      for (int i = 0; i < keyAt; i++) {
        String line = copy.get(i);
        if (line.stripLeading().startsWith("#")) {
          copy.set(i, " ".repeat(column) + line.stripLeading());
        }
      }
      return new Entry(rank, keyAt, copy);
    }

    Entry withKeyPrefix(String prefix) {
      List<String> copy = new ArrayList<>(lines);
      String keyLine = copy.get(keyAt);
      copy.set(keyAt, prefix + keyLine.substring(prefix.length()));
      return new Entry(rank, keyAt, copy);
    }
  }
}
