package org.gkml.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML text in lines (LF line ends, as the line layout leaves it) with its composed documents,
 * and where each node stands in it. SnakeYAML counts columns in code points; a line's Java index is
 * found from them, so text outside the Basic Multilingual Plane (CJK Extension B) lands right.
 */
final class Source {
  final String[] lines;
  final List<Node> documents;

  private Source(String[] lines, List<Node> documents) {
    this.lines = lines;
    this.documents = documents;
  }

  /**
   * The text composed, or empty when a rewrite cannot work on it: anchors and aliases (one node
   * standing in two places), keys that are not scalars.
   */
  static Optional<Source> of(String text) {
    LoadSettings settings =
        LoadSettings.builder()
            .setAllowDuplicateKeys(true)
            .setCodePointLimit(Integer.MAX_VALUE)
            .setBufferSize(text.length() + 1)
            .build();
    List<Node> documents = new ArrayList<>();
    for (Node root : new Compose(settings).composeAllFromString(text)) {
      if (!rewritable(root)) {
        return Optional.empty();
      }
      documents.add(root);
    }
    return Optional.of(new Source(text.split("\n", -1), documents));
  }

  private static boolean rewritable(Node node) {
    if (node.getAnchor().isPresent() || node.getStartMark().isEmpty()) {
      return false;
    }
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (!(t.getKeyNode() instanceof ScalarNode)
            || !rewritable(t.getKeyNode())
            || !rewritable(t.getValueNode())) {
          return false;
        }
      }
    } else if (node instanceof SequenceNode s) {
      for (Node item : s.getValue()) {
        if (!rewritable(item)) {
          return false;
        }
      }
    }
    return true;
  }

  static Mark start(Node node) {
    return node.getStartMark().orElseThrow();
  }

  static Mark end(Node node) {
    return node.getEndMark().orElseThrow();
  }

  static boolean isFlow(Node node) {
    return node instanceof CollectionNode<?> c && c.getFlowStyle() == FlowStyle.FLOW;
  }

  static boolean isBlockCollection(Node node) {
    return node instanceof CollectionNode<?> && !isFlow(node);
  }

  /** Whether the node starts and ends on one line. */
  static boolean oneLine(Node node) {
    return start(node).getLine() == end(node).getLine();
  }

  /** The Java index in its line of a mark's column. */
  int offset(Mark mark) {
    String line = lines[mark.getLine()];
    return line.offsetByCodePoints(
        0, Math.min(mark.getColumn(), line.codePointCount(0, line.length())));
  }

  /** The text of a node that stands on one line, as written. */
  String text(Node node) {
    return lines[start(node).getLine()].substring(offset(start(node)), offset(end(node)));
  }

  /**
   * The last line holding the node's own text. A block scalar's end mark stands at the start of the
   * line after it; a block collection ends with its last entry.
   */
  static int lastLine(Node node) {
    if (node instanceof MappingNode m && !isFlow(m) && !m.getValue().isEmpty()) {
      NodeTuple last = m.getValue().get(m.getValue().size() - 1);
      return Math.max(lastLine(last.getKeyNode()), lastLine(last.getValueNode()));
    }
    if (node instanceof SequenceNode s && !isFlow(s) && !s.getValue().isEmpty()) {
      return lastLine(s.getValue().get(s.getValue().size() - 1));
    }
    Mark end = end(node);
    Mark start = start(node);
    if (end.getColumn() == 0 && end.getLine() > start.getLine()) {
      return end.getLine() - 1;
    }
    return end.getLine();
  }
}
