package org.gkml.fmt;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/**
 * Represents data for every YAML file gkml writes itself (scaffolds, imports) so that the file is
 * already in the canonical layout {@code gkml fmt} keeps: one-line text quoted exactly as {@link
 * ScalarText} decides (plain where possible, otherwise double quotes, never single quotes), in
 * block or flow context as the text lands, and multi-line text as a literal block where YAML can
 * hold it so. Writers subclass it to add their own representers; the quoting stays here.
 */
public class CanonicalRepresenter extends StandardRepresenter {

  /** A representer for {@code settings}. */
  public CanonicalRepresenter(DumpSettings settings) {
    super(settings);
  }

  @Override
  public Node represent(Object data) {
    return canonical(super.represent(data));
  }

  /** {@code node} with every text scalar in it styled as the canonical layout writes it. */
  public static Node canonical(Node node) {
    return restyle(node, false);
  }

  private static Node restyle(Node node, boolean inFlow) {
    if (node instanceof ScalarNode s) {
      return s.getTag().equals(Tag.STR)
          ? new ScalarNode(Tag.STR, s.getValue(), style(s, inFlow))
          : s;
    }
    if (node instanceof SequenceNode seq) {
      boolean flow = inFlow || seq.getFlowStyle() == FlowStyle.FLOW;
      List<Node> items = new ArrayList<>(seq.getValue().size());
      seq.getValue().forEach(n -> items.add(restyle(n, flow)));
      return new SequenceNode(seq.getTag(), items, seq.getFlowStyle());
    }
    if (node instanceof MappingNode map) {
      boolean flow = inFlow || map.getFlowStyle() == FlowStyle.FLOW;
      List<NodeTuple> tuples = new ArrayList<>(map.getValue().size());
      for (NodeTuple t : map.getValue()) {
        tuples.add(new NodeTuple(restyle(t.getKeyNode(), flow), restyle(t.getValueNode(), flow)));
      }
      return new MappingNode(map.getTag(), tuples, map.getFlowStyle());
    }
    return node;
  }

  private static ScalarStyle style(ScalarNode s, boolean inFlow) {
    String text = s.getValue();
    if (text.indexOf('\n') >= 0) {
      // a literal block keeps the lines as they are read; trailing spaces on a line it cannot hold
      boolean literal = !inFlow && !text.endsWith(" ") && !text.contains(" \n");
      return literal ? ScalarStyle.LITERAL : ScalarStyle.DOUBLE_QUOTED;
    }
    String written = inFlow ? ScalarText.flow(text) : ScalarText.block(text);
    return written.startsWith("\"") ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.PLAIN;
  }
}
