package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quick reader and SnakeYAML agree on every text the quick reader takes: same nodes, values and
 * positions; whatever SnakeYAML refuses or reports, the quick reader leaves to it.
 */
class PlainYamlReaderTest {

  private static final String OVERLAY =
      String.join(
          "\n",
          "# yaml-language-server: $schema=../../schemas/overlay.schema.json",
          "gkml: 1",
          "kind: overlay",
          "domain: 食品药品监管",
          "region: {code: \"330101001201\", name: 示例1县1镇1村}",
          "version: \"2025.2\"",
          "add:",
          "  - id: 330101001201-SPYP-001",
          "    level1: 项目实施",
          "    level2: 资金发放(330101001201-SPYP-001)",
          "    content: 发放对象、申请材料、办理时限等信息  # a comment",
          "    basis: [\"《中华人民共和国政府信息公开条例》(国务院令第711号)\", '《it''s》']",
          "    deadline: 7日内",
          "    channels: [\"公开查阅点\", 政府网站 ]",
          "    tiers: [村级]",
          "    optional: true",
          "",
          "  - id: 330101001201-SPYP-002",
          "    level1: 办事服务",
          "    note: a#b http://x.y:80/z",
          "modify:",
          "  - id: SPYP-015",
          "    channels: {add: [浙里办], remove: []}",
          "  -   id: SPYP-016",
          "      owner: 民政局",
          "remove:",
          "- id: SPYP-001",
          "  reason: 不适用",
          "");

  @Test
  void readsTheUsualCatalogueFileAsSnakeYamlDoes() {
    assertThat(PlainYamlReader.read(OVERLAY, new TextPool())).isNull(); // indentless list
    String usual = OVERLAY.replace("remove:\n- id: SPYP-001\n  reason: 不适用\n", "");
    assertThat(PlainYamlReader.read(usual, new TextPool())).isNotNull();
    assertSameAsSnakeYaml(usual);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: 1\r\nb: 2\r\n",
        "a:\tb\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: |\n  text\n",
        "a: >-\n  text\n",
        "a: b\n  c\n",
        "a: \"b\\nc\"\n",
        "a: \"b\n  c\"\n",
        "a: 1\na: 2\n",
        "a:\nb: 1\n",
        "a:\n- 1\n",
        "--- \na: 1\n",
        "%YAML 1.2\n---\na: 1\n",
        "a: [1,\n  2]\n",
        "a: [1, 2, ]\n",
        "a: b: c\n",
        "a: b:\n",
        "? a\n: b\n",
        "- a\n- b\n",
        "  a: 1\n",
        "",
        "# only a comment\n",
        "a: -1\n",
        "a : 1\n",
        "a: 'b\n",
        "a: \"b\" c\n",
        "a: \"b\"#c\n",
        "a: 1\n b: 2\n",
        "a: \u2028\n",
        "a: \uD842\uDF9F\n",
        "a: {b: 1, b: 2}\n",
        "a: {b:1}\n"
      })
  void leavesAnythingElseToSnakeYaml(String text) {
    assertThat(PlainYamlReader.read(text, new TextPool())).isNull();
  }

  static Stream<Path> yamlFiles() throws IOException {
    List<Path> roots = List.of(Path.of("src/test/resources"), Path.of("catalogs"));
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
              .filter(Files::isRegularFile)
              .forEach(files::add);
        }
      }
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("yamlFiles")
  void agreesOnEveryFixture(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (decoded instanceof TextDecoder.Decoded.Text t) {
      assertSameAsSnakeYaml(t.text());
    }
  }

  @Property(tries = 3000)
  void agreesOnGeneratedTexts(@ForAll("documents") String text) {
    Statistics.label("read quickly").collect(assertSameAsSnakeYaml(text));
  }

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> word =
        Arbitraries.strings()
            .withChars("ab政府（）() :#-,[]{}'\"&*!?|>%@~\u00A0\u200B1")
            .ofMaxLength(6);
    Arbitrary<String> scalar =
        Arbitraries.oneOf(
            word,
            word.map(w -> "\"" + w + "\""),
            word.map(w -> "'" + w + "'"),
            word.list().ofMaxSize(3).map(l -> "[" + String.join(", ", l) + "]"),
            Combinators.combine(word, word).as((k, v) -> "{" + k + ": " + v + "}"));
    Arbitrary<String> key = Arbitraries.of("a", "b", "gkml", "optional", "政府", "c d", "\"q\"");
    Arbitrary<String> lineText =
        Combinators.combine(
                Arbitraries.of("", "  ", "    ", "- ", "  - ", "    - "),
                key,
                Arbitraries.of(": ", ":", " : ", ":  "),
                scalar,
                Arbitraries.of("", " # c", "#c", "  "))
            .as((indent, k, colon, v, tail) -> indent + k + colon + v + tail);
    Arbitrary<String> anyLine =
        Arbitraries.oneOf(
            lineText, lineText, lineText, Arbitraries.of("", "# x", "  - x", "- ", "a:"));
    return anyLine.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("\n", l) + "\n");
  }

  private static boolean assertSameAsSnakeYaml(String text) {
    YamlTreeBuilder.Result quick = PlainYamlReader.read(text, new TextPool());
    YamlTreeBuilder.Result slow =
        YamlTreeBuilder.parse(text, FileLoader.settings(text.length() + 1), new TextPool());
    if (quick == null) {
      return false;
    }
    assertThat(slow.fatal()).as("SnakeYAML refuses what the quick reader took:%n%s", text).isNull();
    assertThat(slow.problems()).as("problems in%n%s", text).isEmpty();
    assertThat(quick.problems()).isEmpty();
    assertSameTree(quick.root(), slow.root(), "", text);
    assertThat(TextTraits.allTidy(quick.root())).isEqualTo(TextTraits.allTidy(slow.root()));
    return true;
  }

  private static void assertSameTree(JsonNode quick, JsonNode slow, String at, String text) {
    String where = "at '" + at + "' in%n" + text.replace("%", "%%");
    assertThat(quick.getClass()).as(where).isEqualTo(slow.getClass());
    Located q = (Located) quick;
    Located s = (Located) slow;
    assertThat(List.of(q.line(), q.column(), q.keyLine(), q.keyColumn()))
        .as("position " + where)
        .isEqualTo(List.of(s.line(), s.column(), s.keyLine(), s.keyColumn()));
    if (quick.isObject()) {
      assertThat(iterable(quick.fieldNames())).as(where).isEqualTo(iterable(slow.fieldNames()));
      for (Iterator<Map.Entry<String, JsonNode>> it = quick.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        assertSameTree(e.getValue(), slow.get(e.getKey()), at + "/" + e.getKey(), text);
      }
    } else if (quick.isArray()) {
      assertThat(quick.size()).as(where).isEqualTo(slow.size());
      for (int i = 0; i < quick.size(); i++) {
        assertSameTree(quick.get(i), slow.get(i), at + "/" + i, text);
      }
    } else {
      assertThat(quick).as(where).isEqualTo(slow);
    }
  }

  private static List<String> iterable(Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  /** A document shape for the structured generator: mappings, sequences and scalars. */
  private sealed interface Shape permits Scalar, MapShape, SeqShape {}

  private record Scalar(String text) implements Shape {}

  private record MapShape(List<Map.Entry<String, Shape>> entries) implements Shape {}

  private record SeqShape(List<Shape> items) implements Shape {}

  @Property(tries = 2000)
  void agreesOnStructuredTexts(@ForAll("shapes") Shape shape) {
    MapShape map =
        shape instanceof MapShape m && !m.entries().isEmpty()
            ? m
            : new MapShape(List.of(Map.entry("root", shape)));
    StringBuilder out = new StringBuilder("# generated\n");
    render(map, 0, out);
    Statistics.label("read quickly").collect(assertSameAsSnakeYaml(out.toString()));
  }

  private static void render(Shape shape, int indent, StringBuilder out) {
    String pad = " ".repeat(indent);
    if (shape instanceof MapShape map) {
      for (Map.Entry<String, Shape> e : map.entries()) {
        out.append(pad).append(e.getKey()).append(':');
        value(e.getValue(), indent, out);
      }
    } else if (shape instanceof SeqShape seq) {
      for (Shape item : seq.items()) {
        out.append(pad).append("- ");
        if (item instanceof MapShape map && !map.entries().isEmpty()) {
          Map.Entry<String, Shape> first = map.entries().get(0);
          out.append(first.getKey()).append(':');
          value(first.getValue(), indent + 2, out);
          render(new MapShape(map.entries().subList(1, map.entries().size())), indent + 2, out);
        } else if (item instanceof Scalar s) {
          out.append(s.text()).append('\n');
        } else {
          out.append("x\n");
        }
      }
    }
  }

  private static void value(Shape value, int indent, StringBuilder out) {
    if (value instanceof Scalar s) {
      out.append(' ').append(s.text()).append('\n');
    } else if (value instanceof MapShape m && m.entries().isEmpty()
        || value instanceof SeqShape q && q.items().isEmpty()) {
      out.append(" []\n");
    } else {
      out.append('\n');
      render(value, indent + 2, out);
    }
  }

  @Provide
  Arbitrary<Shape> shapes() {
    Arbitrary<String> word =
        Arbitraries.strings().withChars("ab政（） :#-,[]'\"&1").ofMinLength(1).ofMaxLength(5);
    Arbitrary<Shape> scalar =
        Arbitraries.oneOf(
                word,
                word.map(w -> "\"" + w.replace("\"", "") + "\""),
                word.map(w -> "'" + w.replace("'", "''") + "'"),
                Arbitraries.of("1", "+2", "true", "True", "yes", "[]", "{}", "[a, 'b']", "{k: v}"),
                word.list().ofMaxSize(3).map(l -> "[" + String.join(", ", l) + "]"))
            .map(Scalar::new);
    Arbitrary<String> key = Arbitraries.of("a", "b", "c", "gkml", "optional", "政府", "k k");
    return Arbitraries.lazyOf(
        () -> scalar,
        () -> scalar,
        () ->
            Combinators.combine(key, shapes())
                .as(Map::entry)
                .list()
                .ofMaxSize(4)
                .uniqueElements(Map.Entry::getKey)
                .map(l -> (Shape) new MapShape(l)),
        () -> shapes().list().ofMaxSize(3).map(l -> (Shape) new SeqShape(l)));
  }

  @Test
  void readsTextsInTheSubsetOnly() {
    assertThat(PlainYamlReader.plainCharacters("a: 政府\n")).isTrue();
    assertThat(PlainYamlReader.plainCharacters("a:\u0085\n")).isFalse();
    assertThat(PlainYamlReader.plainCharacters("a:\u007F\n")).isFalse();
    assertThat(PlainYamlReader.plainCharacters("a:\uFFFE\n")).isFalse();
  }
}
