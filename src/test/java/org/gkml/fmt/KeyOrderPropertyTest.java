package org.gkml.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gkml.fmt.KeyOrder.Context;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Catalogues with their keys in random order, comments above keys and after values, and values in
 * every written form: {@code fmt} puts every key in canonical order, keeps every comment and every
 * value, and a second run changes nothing.
 */
class KeyOrderPropertyTest {
  /** Written forms of a value at a given indentation of its key. */
  private static final List<String> VALUES =
      List.of(
          "安全生产",
          "\"2025.1\"",
          "2025.1",
          "'it''s'",
          "\"a: b\"",
          "null",
          "\"true\"",
          "[县级, 乡级]",
          "[\"政府网站\", '两微一端']",
          "{remove: [a], add: ['x y']}",
          "|\n@  line one\n@  # not a comment\n",
          "\n@  - 《法》\n@  # between elements\n@  - '第二'\n@  # after the list\n");

  record Entry(String key, String value, boolean commentAbove, boolean commentAfter) {}

  @Provide
  Arbitrary<List<Entry>> items() {
    return entries(KeyOrder.of(Context.ITEM));
  }

  @Provide
  Arbitrary<List<Entry>> roots() {
    List<String> keys = new ArrayList<>(KeyOrder.of(Context.CATALOG));
    keys.removeAll(List.of("kind", "items", "policy", "revisions", "region"));
    return entries(keys);
  }

  private static Arbitrary<List<Entry>> entries(List<String> keys) {
    Arbitrary<Entry> entry =
        Combinators.combine(
                Arbitraries.of(keys),
                Arbitraries.of(VALUES),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false))
            .as(Entry::new);
    return entry.list().ofMinSize(1).ofMaxSize(10).uniqueElements(Entry::key);
  }

  @Property(tries = 150)
  void fmtOrdersKeysKeepsCommentsAndValuesAndIsIdempotent(
      @ForAll("roots") List<Entry> root,
      @ForAll("items") List<Entry> first,
      @ForAll("items") List<Entry> second) {
    StringBuilder text = new StringBuilder("# modeline stays on top\n");
    int[] comment = {0};
    write(text, root, "", comment);
    text.append("kind: catalog\nitems:\n");
    for (List<Entry> item : List.of(first, second)) {
      StringBuilder lines = new StringBuilder();
      write(lines, item, "    ", comment);
      text.append("  - ").append(lines.substring(4));
    }
    String before = text.toString();

    String after = CanonicalLayout.of(before).orElseThrow();

    assertThat(SameContent.data(after)).isEqualTo(SameContent.data(before));
    assertThat(comments(after)).isEqualTo(comments(before));
    assertThat(after).startsWith("# modeline stays on top\n");
    // a comment indented inside a list is the list's end: it stays under its last element
    assertThat(count(after, "- '?第二'?\n *# after the list"))
        .isEqualTo(count(before, "# after the list"));
    assertThat(CanonicalLayout.of(after)).contains(after);
    Node tree = new Compose(LoadSettings.builder().build()).composeString(after).orElseThrow();
    assertCanonical((MappingNode) tree, Context.CATALOG);
    for (Node item : ((SequenceNode) value((MappingNode) tree, "items")).getValue()) {
      assertCanonical((MappingNode) item, Context.ITEM);
    }
  }

  private static void write(StringBuilder out, List<Entry> entries, String indent, int[] comment) {
    for (Entry e : entries) {
      if (e.commentAbove()) {
        out.append(indent).append("# c").append(comment[0]++).append('\n');
      }
      String value = e.value().replace("@", indent);
      boolean block = value.startsWith("|") || value.startsWith("\n");
      out.append(indent).append(e.key()).append(':');
      if (block) {
        int nl = value.indexOf('\n');
        out.append(value.startsWith("|") ? " |" : "");
        if (e.commentAfter()) {
          out.append(" # c").append(comment[0]++);
        }
        out.append(value.substring(nl));
      } else {
        out.append(' ').append(value);
        if (e.commentAfter()) {
          out.append("   # c").append(comment[0]++);
        }
        out.append('\n');
      }
    }
  }

  private static long count(String text, String regex) {
    return java.util.regex.Pattern.compile(regex).matcher(text).results().count();
  }

  private static Map<String, Integer> comments(String text) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String line : text.split("\n")) {
      int at = line.indexOf("# ");
      if (at >= 0) {
        counts.merge(line.substring(at).strip(), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static Node value(MappingNode m, String key) {
    for (NodeTuple t : m.getValue()) {
      if (((ScalarNode) t.getKeyNode()).getValue().equals(key)) {
        return t.getValueNode();
      }
    }
    throw new AssertionError("no " + key);
  }

  private static void assertCanonical(MappingNode m, Context context) {
    List<Integer> ranks = new ArrayList<>();
    for (NodeTuple t : m.getValue()) {
      ranks.add(KeyOrder.rank(context, ((ScalarNode) t.getKeyNode()).getValue()));
    }
    List<Integer> sorted = new ArrayList<>(ranks);
    Collections.sort(sorted);
    assertThat(ranks).isEqualTo(sorted);
  }
}
