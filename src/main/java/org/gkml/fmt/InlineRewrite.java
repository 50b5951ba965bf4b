package org.gkml.fmt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gkml.fmt.KeyOrder.Context;
import org.gkml.load.TextTraits;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The first pass of the canonical layout: edits inside lines. Every one-line text scalar is written
 * as {@link ScalarText} decides; every one-line flow collection is written {@code [a, b]} / {@code
 * {k: v}}, a flow mapping's keys in canonical order. Lines are neither added nor removed, so every
 * comment stays where it is. Block scalars ({@code |}, {@code >}), scalars over several lines and
 * flow collections over several lines are kept as written.
 */
final class InlineRewrite {
  /**
   * The keys whose plain values gkml reads as a number or a flag (load.YamlTreeBuilder): quoting
   * them would change the value, so they are kept as written.
   */
  static final Set<String> TYPED_KEYS = Set.of("gkml", "optional", "skippable", "applicable");

  /** Whether the value under {@code key} (null in a list) is one of {@link #TYPED_KEYS}. */
  static boolean typed(String key) {
    return key != null && TYPED_KEYS.contains(key);
  }

  private record Edit(int line, int from, int to, String text) {}

  private final Source source;
  private final boolean reorder;
  private final List<Edit> edits = new ArrayList<>();

  private InlineRewrite(Source source, boolean reorder) {
    this.source = source;
    this.reorder = reorder;
  }

  /** The text with canonical scalars and flow collections (flow keys ordered when asked). */
  static String apply(String text, Source source, boolean reorder) {
    InlineRewrite rewrite = new InlineRewrite(source, reorder);
    for (Node root : source.documents) {
      rewrite.walk(root, Context.ofKind(kindOf(root)), null);
    }
    if (rewrite.edits.isEmpty()) {
      return text;
    }
    String[] lines = source.lines.clone();
    rewrite.edits.sort(
        Comparator.comparingInt(Edit::line).thenComparing(Edit::from, Comparator.reverseOrder()));
    for (Edit e : rewrite.edits) {
      String line = lines[e.line()];
      lines[e.line()] = line.substring(0, e.from()) + e.text() + line.substring(e.to());
    }
    return String.join("\n", lines);
  }

  /** The {@code kind:} of a document, or null. */
  static String kindOf(Node root) {
    if (root instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k
            && k.getValue().equals("kind")
            && t.getValueNode() instanceof ScalarNode v) {
          return v.getValue();
        }
      }
    }
    return null;
  }

  private void walk(Node node, Context context, String key) {
    if (node instanceof ScalarNode s) {
      if (!typed(key) && context != Context.PROVENANCE) {
        replace(s, ScalarText::block);
      }
    } else if (Source.isFlow(node)) {
      if (Source.oneLine(node)) {
        String text = flow(node, context, key);
        if (!text.equals(source.text(node))) {
          edit(node, text);
        }
      }
    } else if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        ScalarNode k = (ScalarNode) t.getKeyNode();
        replace(k, ScalarText::block);
        walk(t.getValueNode(), context.child(k.getValue()), k.getValue());
      }
    } else if (node instanceof SequenceNode s) {
      for (Node item : s.getValue()) {
        walk(item, context, null);
      }
    }
  }

  /** A one-line flow node's canonical text. */
  private String flow(Node node, Context context, String key) {
    if (node instanceof ScalarNode s) {
      return typed(key) || context == Context.PROVENANCE || !canonicalizable(s)
          ? source.text(s)
          : ScalarText.flow(s.getValue());
    }
    if (node instanceof SequenceNode s) {
      return s.getValue().stream()
          .map(item -> flow(item, context, null))
          .collect(Collectors.joining(", ", "[", "]"));
    }
    List<NodeTuple> entries = new ArrayList<>(((MappingNode) node).getValue());
    if (reorder) {
      entries.sort(
          Comparator.comparingInt(
              t -> KeyOrder.rank(context, ((ScalarNode) t.getKeyNode()).getValue())));
    }
    return entries.stream()
        .map(
            t -> {
              String k = ((ScalarNode) t.getKeyNode()).getValue();
              return flow(t.getKeyNode(), Context.OTHER, null)
                  + ": "
                  + flow(t.getValueNode(), context.child(k), k);
            })
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private void replace(ScalarNode s, java.util.function.UnaryOperator<String> canonical) {
    if (canonicalizable(s)) {
      String text = canonical.apply(s.getValue());
      if (!text.equals(source.text(s))) {
        edit(s, text);
      }
    }
  }

  /**
   * A scalar on one line, plain or quoted, with no tag, no line break and no invisible character
   * ({@link TextTraits#isInvisible}) in its value: one that can be written in one line again as the
   * emitter writes it. The others are kept as written.
   */
  private boolean canonicalizable(ScalarNode s) {
    ScalarStyle style = s.getScalarStyle();
    if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED || !Source.oneLine(s)) {
      return false;
    }
    String written = source.text(s);
    if (written.isEmpty()) {
      return false; // "key:" with no value: nothing to write
    }
    if (written.startsWith("!") || written.startsWith("&")) {
      return false; // an explicit tag: kept as written
    }
    // a line break, or a character no reader sees (load.TextTraits.isInvisible: a control or
    // format character, a no-break space, a filler, a variation selector, a tag; one YAML cannot
    // hold raw) that its written form shows as an escape: the emitter would write the character
    // itself, where no reviewer sees it (and DEL raw, which YAML 1.2 readers refuse)
    return s.getValue()
        .codePoints()
        .noneMatch(
            c ->
                c == '\n'
                    || c == '\r'
                    || c == 0x85
                    || c == 0x2028
                    || c == 0x2029
                    || TextTraits.isInvisible(c));
  }

  private void edit(Node node, String text) {
    edits.add(
        new Edit(
            Source.start(node).getLine(),
            source.offset(Source.start(node)),
            source.offset(Source.end(node)),
            text));
  }
}
