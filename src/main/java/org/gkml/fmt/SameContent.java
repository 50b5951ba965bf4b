package org.gkml.fmt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.gkml.load.Suppressions;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.tokens.CommentToken;
import org.snakeyaml.engine.v2.tokens.Token;

/**
 * Whether two YAML texts hold the same data as gkml reads it and the same comments: the check every
 * rewrite of the canonical layout must pass before it is kept. Data is compared as gkml reads it
 * (every scalar as the text written, the plain numbers and flags of {@link
 * InlineRewrite#TYPED_KEYS} with their plainness, mappings whatever their key order); comments are
 * compared as the scanner reads them, as a multiset of their texts.
 */
public final class SameContent {
  private SameContent() {}

  static boolean of(String before, String after) {
    return Objects.equals(data(before), data(after))
        && Objects.equals(comments(before), comments(after));
  }

  /**
   * Whether two texts whose lines differ only in order (the key order step) suppress the same
   * findings: each {@code # gkml-ignore} covers the same lines in both (load.Suppressions decides
   * what it covers). Moving a key away from the comment above it would otherwise make a suppression
   * cover another key, and validate go from pass to fail.
   */
  static boolean sameSuppressions(String before, String after) {
    return Suppressions.coverage(before).equals(Suppressions.coverage(after));
  }

  private static LoadSettings settings(String text, boolean comments) {
    return LoadSettings.builder()
        .setAllowDuplicateKeys(true)
        .setParseComments(comments)
        .setCodePointLimit(Integer.MAX_VALUE)
        .setBufferSize(text.length() + 1)
        .build();
  }

  /**
   * Every document as plain Java values, as gkml reads them (mappings as maps whatever their key
   * order, scalars as the text written): what two texts hold is the same when these are equal.
   */
  public static List<Object> data(String text) {
    List<Object> documents = new ArrayList<>();
    for (Node root : new Compose(settings(text, false)).composeAllFromString(text)) {
      documents.add(value(root, null));
    }
    return documents;
  }

  private static Object value(Node node, String key) {
    if (node instanceof ScalarNode s) {
      return InlineRewrite.typed(key) && s.isPlain()
          ? List.of("plain", s.getValue())
          : s.getValue();
    }
    if (node instanceof SequenceNode s) {
      List<Object> items = new ArrayList<>();
      s.getValue().forEach(item -> items.add(value(item, null)));
      return items;
    }
    // duplicate keys keep every value, in the order written
    Map<Object, List<Object>> entries = new LinkedHashMap<>();
    for (NodeTuple t : ((MappingNode) node).getValue()) {
      Object k = value(t.getKeyNode(), null);
      String name = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
      entries.computeIfAbsent(k, x -> new ArrayList<>()).add(value(t.getValueNode(), name));
    }
    return entries;
  }

  /** The comments' texts, each with how often it occurs. */
  static Map<String, Integer> comments(String text) {
    LoadSettings settings = settings(text, true);
    ScannerImpl scanner = new ScannerImpl(settings, new StreamReader(settings, text));
    Map<String, Integer> counts = new TreeMap<>();
    while (scanner.hasNext()) {
      Token token = scanner.next();
      if (token instanceof CommentToken c && c.getCommentType() != CommentType.BLANK_LINE) {
        counts.merge(c.getValue(), 1, Integer::sum);
      }
    }
    return Collections.unmodifiableMap(counts);
  }
}
