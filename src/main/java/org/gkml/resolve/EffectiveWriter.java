package org.gkml.resolve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Field;
import org.gkml.model.Item;
import org.gkml.model.ItemMap;
import org.gkml.model.Loc;
import org.gkml.model.Revision;
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

/**
 * Writes effective catalogues as {@code kind: catalog} documents (CLI.md "Merge output"): the keys
 * of FORMAT.md §5 in that order, plus {@code region}, {@code tier} and each item's {@code
 * provenance}. Output is deterministic byte for byte: items in resolution order, channels in
 * vocabulary order, tiers as 县级, 乡级, 村级, basis as written, provenance files relative to the
 * catalogue root with {@code /}. YAML quotes every text that a YAML 1.1 or 1.2 reader would take
 * for a number, date, boolean or null, so the output reads back as the same text.
 */
public final class EffectiveWriter {

  /** The formats of {@code gkml merge}. */
  public enum Format {
    YAML,
    JSON;

    /** Reads {@code yaml}, {@code yml} or {@code json}, case-insensitively. */
    public static Optional<Format> of(String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "yaml", "yml" -> Optional.of(YAML);
        case "json" -> Optional.of(JSON);
        default -> Optional.empty();
      };
    }
  }

  private static final Set<String> FLOW_LISTS =
      Set.of("channels", "tiers", "audience", "modifiable", "before", "after");

  private static final Set<String> FLOW_MAPS = Set.of("region", "defined");
  private static final String ITEMS = "items";

  private final Path root;
  private final ChannelVocabulary vocabulary;

  public EffectiveWriter(Resolver resolver) {
    this(resolver.root(), resolver.vocabulary());
  }

  public EffectiveWriter(Path root, ChannelVocabulary vocabulary) {
    this.root = root.toAbsolutePath().normalize();
    this.vocabulary = vocabulary;
  }

  /** One catalogue: a YAML document or a JSON object. */
  public void writeOne(Format format, Effective catalogue, Writer out) throws IOException {
    write(format, List.of(catalogue), /* stream= */ false, out);
  }

  /** Several catalogues: a YAML stream of one document each, or a JSON array. */
  public void writeAll(Format format, List<Effective> catalogues, Writer out) throws IOException {
    write(format, catalogues, /* stream= */ true, out);
  }

  private void write(Format format, List<Effective> catalogues, boolean stream, Writer out)
      throws IOException {
    List<Map<String, Object>> docs = new ArrayList<>(catalogues.size());
    catalogues.forEach(c -> docs.add(document(c)));
    if (format == Format.JSON) {
      json(stream ? docs : docs.get(0), out);
    } else {
      yaml(docs, stream, out);
    }
    out.flush();
  }

  /**
   * One item as a YAML document of {@link #writeAll} lists it under {@code items:}: the same text,
   * from its {@code -} line to its end. A build writes the same item in many regions' documents; it
   * can write each once and put the documents together from the pieces.
   *
   * @param provenance the item's provenance, or null to print none
   */
  public String yamlItem(Item item, Provenance provenance) throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put(ITEMS, List.of(item(item, provenance)));
    StringWriter out = new StringWriter(1024);
    yaml(List.of(doc), /* stream= */ false, out);
    String text = out.toString();
    if (!text.startsWith(ITEMS + ":\n")) {
      throw new IllegalStateException("unexpected YAML for an item list: " + text);
    }
    return text.substring(ITEMS.length() + 2);
  }

  /** A catalogue as an ordered tree of maps, lists, text, integers, booleans and nulls. */
  public Map<String, Object> document(Effective e) {
    Catalog c = e.catalog();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("gkml", 1);
    doc.put("kind", "catalog");
    doc.put("domain", c.domain());
    putIfSet(doc, "title", c.title());
    putIfSet(doc, "version", c.version());
    putIfSet(doc, "issuer", c.issuer());
    putIfSet(doc, "effective", c.effective());
    doc.put("policy", c.policy().fields());
    if (!c.revisions().isEmpty()) {
      doc.put("revisions", revisions(c.revisions()));
    }
    if (e.region() != null) {
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("code", e.region().code().digits());
      region.put("name", e.region().name());
      doc.put("region", region);
    }
    if (e.tier() != null) {
      doc.put("tier", e.tier().word());
    }
    if (!e.applicable()) {
      // FORMAT.md 1.1: the domain shows as not applicable, with who declared it and why
      doc.put("applicable", false);
      putIfSet(doc, "reason", e.notApplicable().reason());
      doc.put("declared-by", e.notApplicable().region().code().digits());
    }
    List<Object> items = new ArrayList<>(c.items().size());
    for (Item item : c.items()) {
      items.add(item(item, e.provenance().get(item.id())));
    }
    doc.put(ITEMS, items);
    return doc;
  }

  /** The revision record as files write it, newest first. */
  public static List<Object> revisions(List<Revision> revisions) {
    List<Object> out = new ArrayList<>(revisions.size());
    for (Revision r : revisions) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("version", r.version());
      putIfSet(m, "date", r.date());
      putIfSet(m, "trigger", r.trigger());
      putIfSet(m, "summary", r.summary());
      putIfSet(m, "approved", r.approved());
      out.add(m);
    }
    return out;
  }

  /**
   * One item: its fields in {@link Field} order, absent optional text left out, {@code optional}
   * always written.
   */
  private Map<String, Object> item(Item item, Provenance provenance) {
    Map<String, Object> m =
        ItemMap.of(
            item, f -> ItemValues.printed(item, f, vocabulary), ItemMap.Omit.ABSENT_OPTIONAL_TEXT);
    if (provenance != null) {
      m.put("provenance", provenance(provenance));
    }
    return m;
  }

  private Map<String, Object> provenance(Provenance p) {
    Map<String, Object> defined = new LinkedHashMap<>();
    defined.put("region", p.definedBy() == null ? null : p.definedBy().digits());
    defined.put("file", file(p.definedAt()));
    defined.put("line", p.definedAt().line());
    List<Object> changes = new ArrayList<>(p.changes().size());
    for (Provenance.Change c : p.changes()) {
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("field", c.field().key());
      change.put("before", c.before());
      change.put("after", c.after());
      change.put("region", c.region().digits());
      change.put("file", file(c.at()));
      change.put("line", c.at().line());
      changes.add(change);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("defined", defined);
    m.put("changes", changes);
    return m;
  }

  /** A file as provenance names it: relative to the catalogue root, with {@code /}. */
  private String file(Loc loc) {
    Path p = loc.file().path().toAbsolutePath().normalize();
    Path shown = p.startsWith(root) ? root.relativize(p) : loc.file().path();
    return shown.toString().replace('\\', '/');
  }

  private static void putIfSet(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  // --- JSON ---

  private static final ObjectWriter JSON =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writer(new JsonLayout());

  /** Two-space indents, one value a line, {@code "key": value}, and {@code []} for empty lists. */
  private static final class JsonLayout extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    JsonLayout() {
      super(
          Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      _objectIndenter = new DefaultIndenter("  ", "\n");
      _arrayIndenter = new DefaultIndenter("  ", "\n");
    }

    JsonLayout(JsonLayout base) {
      super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new JsonLayout(this);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      if (values > 0) {
        super.writeEndArray(g, values);
      } else {
        --_nesting;
        g.writeRaw(']');
      }
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      if (entries > 0) {
        super.writeEndObject(g, entries);
      } else {
        --_nesting;
        g.writeRaw('}');
      }
    }
  }

  private static void json(Object value, Writer out) throws IOException {
    JSON.writeValue(out, value);
    out.write("\n");
  }

  // --- YAML ---

  private static DumpSettings settings(boolean explicitStart) {
    return DumpSettings.builder()
        .setSchema(new TextSchema())
        .setExplicitStart(explicitStart)
        .setDefaultFlowStyle(FlowStyle.BLOCK)
        .setIndent(2)
        .setIndicatorIndent(2)
        .setIndentWithIndicator(true)
        .setWidth(Integer.MAX_VALUE)
        .setSplitLines(false)
        .setUseUnicodeEncoding(true)
        .setBestLineBreak("\n")
        .build();
  }

  private static void yaml(List<Map<String, Object>> docs, boolean stream, Writer out)
      throws IOException {
    Dump dump = new Dump(settings(stream));
    StreamDataWriter sink =
        new StreamDataWriter() {
          @Override
          public void write(String str) {
            try {
              out.write(str);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }

          @Override
          public void write(String str, int off, int len) {
            try {
              out.write(str, off, len);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        };
    try {
      for (Map<String, Object> doc : docs) {
        dump.dumpNode(node(doc, null), sink);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static Node node(Object value, String key) {
    if (value instanceof Map<?, ?> map) {
      List<NodeTuple> tuples = new ArrayList<>(map.size());
      for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
        tuples.add(new NodeTuple(scalar(e.getKey()), node(e.getValue(), e.getKey())));
      }
      FlowStyle style = key != null && FLOW_MAPS.contains(key) ? FlowStyle.FLOW : FlowStyle.BLOCK;
      return new MappingNode(Tag.MAP, tuples, style);
    }
    if (value instanceof List<?> list) {
      List<Node> nodes = new ArrayList<>(list.size());
      list.forEach(v -> nodes.add(node(v, null)));
      FlowStyle style = key != null && FLOW_LISTS.contains(key) ? FlowStyle.FLOW : FlowStyle.BLOCK;
      return new SequenceNode(Tag.SEQ, nodes, style);
    }
    if (value instanceof Integer i) {
      return new ScalarNode(Tag.INT, i.toString(), ScalarStyle.PLAIN);
    }
    if (value instanceof Boolean b) {
      return new ScalarNode(Tag.BOOL, b.toString(), ScalarStyle.PLAIN);
    }
    if (value == null) {
      return new ScalarNode(Tag.NULL, "null", ScalarStyle.PLAIN);
    }
    return scalar(value.toString());
  }

  private static Node scalar(String text) {
    ScalarStyle style = text.indexOf('\n') >= 0 ? ScalarStyle.LITERAL : ScalarStyle.PLAIN;
    return new ScalarNode(Tag.STR, text, style);
  }
}
