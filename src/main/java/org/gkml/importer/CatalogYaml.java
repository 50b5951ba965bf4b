package org.gkml.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gkml.model.Catalog;
import org.gkml.model.Item;
import org.gkml.model.ItemMap;
import org.gkml.model.Policy;
import org.gkml.model.Tier;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/**
 * Writes a catalogue as a {@code kind: catalog} YAML document of FORMAT.md §5, keys in the order
 * the format shows them. Short lists (channels, tiers) print in flow style as the shipped
 * catalogues do; multi-line text prints as a literal block.
 */
public final class CatalogYaml {

  /** A list printed on one line: {@code [政府网站, 两微一端]}. */
  private static final class FlowList extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    FlowList(Collection<String> values) {
      super(values);
    }
  }

  /** Picks flow style for {@link FlowList}s and literal blocks for multi-line text. */
  private static final class Representer extends StandardRepresenter {
    Representer(DumpSettings settings) {
      super(settings);
      this.representers.put(
          FlowList.class, data -> representSequence(Tag.SEQ, (FlowList) data, FlowStyle.FLOW));
      this.representers.put(
          String.class,
          data -> {
            String s = (String) data;
            boolean multiline = s.indexOf('\n') >= 0 && !s.endsWith(" ") && !s.contains(" \n");
            return multiline
                ? representScalar(Tag.STR, s, ScalarStyle.LITERAL)
                : representScalar(Tag.STR, s, ScalarStyle.PLAIN);
          });
    }
  }

  private CatalogYaml() {}

  /** The catalogue as YAML text, with an optional comment line on top. */
  public static String write(Catalog catalog, String comment) {
    return write(catalog, comment, Map.of());
  }

  /**
   * The catalogue as YAML text, each item with the FORMAT 1.1 fields {@code extras} holds for its
   * id ({@code level3}, {@code department}, {@code contact}, {@code audience} as a list, {@code
   * audience-note}) in their places.
   */
  public static String write(
      Catalog catalog, String comment, Map<String, Map<String, Object>> extras) {
    DumpSettings settings =
        DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setWidth(Integer.MAX_VALUE)
            .setSplitLines(false)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .build();
    String body = new Dump(settings, new Representer(settings)).dumpToString(map(catalog, extras));
    return comment == null ? body : "# " + comment + "\n" + body;
  }

  static Map<String, Object> map(Catalog c) {
    return map(c, Map.of());
  }

  static Map<String, Object> map(Catalog c, Map<String, Map<String, Object>> extras) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("gkml", 1);
    doc.put("kind", "catalog");
    doc.put("domain", c.domain());
    put(doc, "title", c.title());
    put(doc, "version", c.version());
    put(doc, "issuer", c.issuer());
    put(doc, "effective", c.effective());
    if (!c.policy().equals(Policy.defaults())) {
      Map<String, Object> policy = c.policy().fields();
      policy.put("modifiable", new FlowList(c.policy().modifiableKeys()));
      doc.put("policy", policy);
    }
    List<Object> items = new ArrayList<>();
    for (Item i : c.items()) {
      items.add(item(i, extras.getOrDefault(i.id(), Map.of())));
    }
    doc.put("items", items);
    return doc;
  }

  /**
   * One item: the FORMAT 1.1 fields from {@code extra}, short lists in flow style, absent values
   * and empty lists left out.
   */
  private static Map<String, Object> item(Item i, Map<String, Object> extra) {
    return ItemMap.of(
        i,
        f ->
            switch (f) {
              case LEVEL3, DEPARTMENT, CONTACT, AUDIENCE_NOTE -> extra.get(f.key());
              case BASIS -> new ArrayList<>(i.basis());
              case CHANNELS -> new FlowList(i.channels());
              case AUDIENCE ->
                  extra.get("audience") instanceof List<?> both
                      ? new FlowList(both.stream().map(String::valueOf).toList())
                      : i.audience() == null ? null : i.audience().word();
              case MODE -> i.mode() == null ? null : i.mode().word();
              case TIERS -> new FlowList(i.tiersInOrder().stream().map(Tier::word).toList());
              default -> i.value(f);
            },
        ItemMap.Omit.ABSENT_OR_EMPTY);
  }

  private static void put(Map<String, Object> m, String key, String value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
