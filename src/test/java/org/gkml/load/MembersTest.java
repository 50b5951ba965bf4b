package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import org.junit.jupiter.api.Test;

/** The compact member map behaves like the LinkedHashMap it replaces. */
class MembersTest {

  private static JsonNode text(String s) {
    return TextNode.valueOf(s);
  }

  @Test
  void keepsInsertionOrderAndReplacesInPlace() {
    Members m = new Members();
    m.put("b", text("1"));
    m.put("a", text("2"));
    assertThat(m.put("b", text("3"))).isEqualTo(text("1"));
    assertThat(m.keySet()).containsExactly("b", "a");
    assertThat(m.get("b")).isEqualTo(text("3"));
    assertThat(m.get(new String("a"))).isEqualTo(text("2"));
    assertThat(m.get("c")).isNull();
    assertThat(m.containsKey("a")).isTrue();
    assertThat(m.containsKey(null)).isFalse();
    assertThat(m).hasSize(2);
  }

  @Test
  void removesAndTrims() {
    Members m = new Members();
    for (int i = 0; i < 5; i++) {
      m.put("k" + i, text("v" + i));
    }
    assertThat(m.remove("k1")).isEqualTo(text("v1"));
    assertThat(m.remove("nope")).isNull();
    m.trim();
    assertThat(m.keySet()).containsExactly("k0", "k2", "k3", "k4");
    m.put("k5", text("v5"));
    assertThat(m.keySet()).containsExactly("k0", "k2", "k3", "k4", "k5");
    m.clear();
    assertThat(m).isEmpty();
    m.put("x", text("y"));
    assertThat(m).containsEntry("x", text("y"));
  }

  @Test
  void largeMappingsUseAnIndexThatSurvivesRemoval() {
    Members m = new Members();
    Map<String, JsonNode> expected = new LinkedHashMap<>();
    for (int i = 0; i < 1000; i++) {
      m.put("key" + i, text("v" + i));
      expected.put("key" + i, text("v" + i));
    }
    m.remove("key10");
    expected.remove("key10");
    m.put("key10", text("again"));
    expected.put("key10", text("again"));
    assertThat(m).isEqualTo(expected);
    assertThat(new ArrayList<>(m.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
    assertThat(m.get("key999")).isEqualTo(text("v999"));
    assertThat(m.hashCode()).isEqualTo(expected.hashCode());
  }

  @Test
  void entriesWriteThroughAndIteratorsRemove() {
    Members m = new Members();
    m.put("a", text("1"));
    m.put("b", text("2"));
    m.put("c", text("3"));
    Iterator<Map.Entry<String, JsonNode>> it = m.entrySet().iterator();
    assertThatThrownBy(it::remove).isInstanceOf(IllegalStateException.class);
    Map.Entry<String, JsonNode> a = it.next();
    assertThat(a.setValue(text("one"))).isEqualTo(text("1"));
    assertThat(a).isEqualTo(Map.entry("a", text("one")));
    assertThat(a.hashCode()).isEqualTo(Map.entry("a", text("one")).hashCode());
    assertThat(a.toString()).isEqualTo("a=\"one\"");
    it.next();
    it.remove();
    assertThat(it.next().getKey()).isEqualTo("c");
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    assertThat(m.keySet()).containsExactly("a", "c");
    assertThat(m.get("a")).isEqualTo(text("one"));
  }

  @Test
  void jacksonObjectNodesWorkOnTop() {
    LocatedNodes.Mapping node = new LocatedNodes.Mapping(3, 4);
    node.put("x", "1");
    node.set("y", node.arrayNode().add("2"));
    node.retain("y");
    assertThat(node.toString()).isEqualTo("{\"y\":[\"2\"]}");
    assertThat(node.deepCopy()).isEqualTo(node);
    assertThat(node.line()).isEqualTo(3);
    assertThat(node.column()).isEqualTo(4);
  }

  @Property(tries = 200)
  void matchesLinkedHashMap(@ForAll("operations") List<Tuple3<Integer, String, String>> ops) {
    Members m = new Members();
    Map<String, JsonNode> expected = new LinkedHashMap<>();
    for (Tuple3<Integer, String, String> op : ops) {
      switch (op.get1()) {
        case 0 ->
            assertThat(m.put(op.get2(), text(op.get3())))
                .isEqualTo(expected.put(op.get2(), text(op.get3())));
        case 1 -> assertThat(m.remove(op.get2())).isEqualTo(expected.remove(op.get2()));
        default -> m.trim();
      }
      assertThat(m.get(op.get2())).isEqualTo(expected.get(op.get2()));
    }
    assertThat(m).isEqualTo(expected);
    assertThat(new ArrayList<>(m.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
  }

  @Provide
  Arbitrary<List<Tuple3<Integer, String, String>>> operations() {
    Arbitrary<Integer> kind = Arbitraries.integers().between(0, 3).map(i -> i == 3 ? 0 : i);
    Arbitrary<String> key = Arbitraries.integers().between(0, 40).map(i -> "k" + i);
    Arbitrary<String> value = Arbitraries.strings().alpha().ofMaxLength(3);
    return Arbitraries.oneOf(
            kind.flatMap(k -> key.flatMap(kk -> value.map(v -> Tuple.of(k, kk, v)))))
        .list()
        .ofMaxSize(120);
  }
}
