package org.gkml.fmt;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The canonical way to write a one-line text value (docs/ci.md "gkml fmt"): plain where YAML allows
 * it and a YAML 1.2 reader (an editor checking the file against gkml's schemas) would read the same
 * text, in double quotes otherwise ({@code version: "2025.1"}, {@code code: "330802"}, {@code note:
 * "null"}). SnakeYAML's emitter decides both, with the YAML 1.2 core schema: gkml never judges by
 * itself which characters a plain scalar may hold.
 */
final class ScalarText {
  private static final DumpSettings SETTINGS =
      DumpSettings.builder()
          .setSchema(new CoreSchema())
          .setWidth(Integer.MAX_VALUE)
          .setSplitLines(false)
          .setUseUnicodeEncoding(true)
          .build();

  /** Values remembered per context: a tree repeats its words; a province has a million texts. */
  private static final int REMEMBERED = 20_000;

  private static final Map<String, String> BLOCK = new ConcurrentHashMap<>();
  private static final Map<String, String> FLOW = new ConcurrentHashMap<>();

  private ScalarText() {}

  /** {@code value} written as a key or value in block context ({@code key: VALUE}). */
  static String block(String value) {
    return remembered(BLOCK, value, false);
  }

  /** {@code value} written inside a flow collection ({@code [VALUE, ...]}). */
  static String flow(String value) {
    return remembered(FLOW, value, true);
  }

  private static String remembered(Map<String, String> cache, String value, boolean flow) {
    String known = cache.get(value);
    if (known != null) {
      return known;
    }
    String text = render(value, flow);
    if (cache.size() < REMEMBERED) {
      cache.put(value, text);
    }
    return text;
  }

  private static String render(String value, boolean flow) {
    String plain = emit(value, ScalarStyle.PLAIN, flow);
    // the emitter falls back to single quotes where plain is not possible; gkml quotes with "
    return plain.startsWith("'") ? emit(value, ScalarStyle.DOUBLE_QUOTED, flow) : plain;
  }

  private static String emit(String value, ScalarStyle style, boolean flow) {
    ScalarNode scalar = new ScalarNode(Tag.STR, value, style);
    Node holder =
        flow
            ? new SequenceNode(Tag.SEQ, List.of(scalar), FlowStyle.FLOW)
            : new MappingNode(
                Tag.MAP,
                List.of(new NodeTuple(new ScalarNode(Tag.STR, "k", ScalarStyle.PLAIN), scalar)),
                FlowStyle.BLOCK);
    Writer out = new Writer();
    new Dump(SETTINGS).dumpNode(holder, out);
    String text = out.toString().stripTrailing();
    // "[VALUE]" or "k: VALUE"
    return flow ? text.substring(1, text.length() - 1) : text.substring("k: ".length());
  }

  /** Collects what the emitter writes. */
  private static final class Writer extends StringWriter implements StreamDataWriter {
    @Override
    public void flush() {
      // nothing buffered
    }
  }
}
