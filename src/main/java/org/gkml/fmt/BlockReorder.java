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
 * of its value, together with the comment and blank lines just above it that stand at the key's
 * indentation or less, so such a comment travels with the key below it. A comment indented deeper
 * than the key below it belongs to the value above it (the end of a list, say: {@code # more
 * removals go here} under {@code remove:}), and so does every line above that comment: they stay at
 * the end of the entry above, and after a mapping's last value they are the end of its last entry.
 * A {@code # gkml-ignore} comment covers the next line whatever its indentation
 * (load.Suppressions), so it always moves with the key below it, and so do the comment lines
 * between it and that key. Lines above a mapping's first key (a file's schema modeline, say) stay
 * where they are, except such a suppression directly above the first key (and the comment lines
 * between it and the key); so do the lines after a mapping's last value that are not indented
 * deeper than its keys. Nothing inside a line changes except the {@code - } of a list item, which
 * stays on the item's first line.
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
      next = reorder.end(root) + 1;
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
    int last = end(node);
    if (node instanceof SequenceNode s) {
      return withChildren(first, last, s.getValue(), context);
    }
    MappingNode m = (MappingNode) node;
    List<NodeTuple> entries = m.getValue();
    if (entries.isEmpty()) {
      return withChildren(first, last, List.of(), context);
    }
    // each entry's lines: [after the previous entry's last line, its own last line], where the
    // lines between two entries are split by what they belong to (see the class comment)
    int column = Source.start(entries.get(0).getKeyNode()).getColumn();
    List<Entry> blocks = new ArrayList<>();
    int from = first;
    for (int i = 0; i < entries.size(); i++) {
      NodeTuple t = entries.get(i);
      String key = ((ScalarNode) t.getKeyNode()).getValue();
      int keyLine = Source.start(t.getKeyNode()).getLine();
      int valueEnd = Math.max(Source.lastLine(t.getKeyNode()), Source.lastLine(t.getValueNode()));
      int to =
          i + 1 < entries.size()
              ? split(valueEnd + 1, Source.start(entries.get(i + 1).getKeyNode()).getLine(), column)
                  - 1
              : last;
      if (keyLine < from || keyLine > valueEnd || valueEnd > to) {
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

  /**
   * The last line a block collection's rendering covers: its last value's last line, and for a
   * mapping the comment lines after it that belong to its last entry (indented deeper than its
   * keys, see {@link #split}); for a list, its last item's.
   */
  private int end(Node node) {
    int last = Source.lastLine(node);
    if (node instanceof MappingNode m && !Source.isFlow(m) && !m.getValue().isEmpty()) {
      int column = Source.start(m.getValue().get(0).getKeyNode()).getColumn();
      int next = last + 1;
      while (next < source.lines.length && isCommentOrBlank(next)) {
        next++;
      }
      return split(last + 1, next, column) - 1;
    }
    if (node instanceof SequenceNode s && !Source.isFlow(s) && !s.getValue().isEmpty()) {
      Node item = s.getValue().get(s.getValue().size() - 1);
      return Source.isBlockCollection(item) ? Math.max(last, end(item)) : last;
    }
    return last;
  }

  /**
   * Where the comment and blank lines [{@code from}, {@code next}) between a value and the next
   * line of content (a key at {@code column}, or whatever follows a mapping's last value) divide:
   * the first line that goes with what follows. The lines through the last comment indented deeper
   * than {@code column} belong to the value above; a {@code # gkml-ignore} comment covers the line
   * below it, so the division is never below the first one.
   */
  private int split(int from, int next, int column) {
    int at = from;
    for (int i = from; i < next; i++) {
      String line = source.lines[i];
      String text = line.stripLeading();
      if (!text.startsWith("#")) {
        continue;
      }
      if (text.contains("gkml-ignore")) {
        break;
      }
      if (line.length() - text.length() > column) {
        at = i + 1;
      }
    }
    return at;
  }

  private boolean isCommentOrBlank(int line) {
    String text = source.lines[line].strip();
    return text.isEmpty() || text.startsWith("#");
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
      next = end(child) + 1;
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
