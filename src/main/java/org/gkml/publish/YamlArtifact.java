package org.gkml.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gkml.model.Catalog;
import org.gkml.resolve.Effective;
import org.gkml.resolve.EffectiveWriter;

/**
 * A folder's catalogue as {@code catalog.yaml}: the output of {@code gkml merge} for every domain,
 * a YAML stream of {@code kind: catalog} documents with region, tier and provenance.
 *
 * <p>Regions share resolutions: a village without an overlay for a domain publishes the very
 * catalogue its township or county resolved. Only the region and tier lines differ, and they come
 * before {@code items:}, the last key of a document. So each document is written as the head of a
 * document for this region without items, then the items of the shared catalogue, written once and
 * kept while regions that share it follow (regions are written in code order, so the recently used
 * ones are the ones to keep). Both parts come from {@link EffectiveWriter}; the result is the same
 * text, byte for byte, as writing the catalogues whole (a test holds it to that).
 */
public final class YamlArtifact implements Artifact {
  private static final String ITEMS = "\nitems:";

  /** About 100 MB of kept items text. */
  private static final long KEEP_CHARS = 50_000_000;

  private final EffectiveWriter writer;
  private final Map<Shared, String> items = new LinkedHashMap<>(256, 0.75f, true);
  private long keptChars;

  public YamlArtifact(EffectiveWriter writer) {
    this.writer = writer;
  }

  @Override
  public String fileName() {
    return "catalog.yaml";
  }

  @Override
  public String label() {
    return "YAML 文件";
  }

  @Override
  public void write(Published p, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    for (Effective e : p.catalogues()) {
      w.write(head(e));
      w.write(items(e));
    }
    w.flush();
  }

  /** The document up to its {@code items:} line: header, policy, region and tier. */
  private String head(Effective e) throws IOException {
    Catalog c = e.catalog();
    Catalog bare =
        new Catalog(
            c.domain(),
            c.title(),
            c.version(),
            c.issuer(),
            c.effective(),
            c.policy(),
            List.of(),
            c.loc());
    String doc = render(new Effective(e.region(), e.tier(), bare, Map.of()));
    return doc.substring(0, itemsKey(doc));
  }

  /** The document from its {@code items:} line to the end, shared by every region alike. */
  private String items(Effective e) throws IOException {
    Shared key = new Shared(e.catalog(), e.provenance());
    synchronized (items) {
      String kept = items.get(key);
      if (kept != null) {
        return kept;
      }
    }
    String doc = render(new Effective(null, null, e.catalog(), e.provenance()));
    String tail = doc.substring(itemsKey(doc));
    synchronized (items) {
      if (items.put(key, tail) == null) {
        keptChars += tail.length();
      }
      var eldest = items.entrySet().iterator();
      while (keptChars > KEEP_CHARS && eldest.hasNext()) {
        keptChars -= eldest.next().getValue().length();
        eldest.remove();
      }
    }
    return tail;
  }

  private String render(Effective e) throws IOException {
    StringWriter s = new StringWriter(4096);
    writer.writeAll(EffectiveWriter.Format.YAML, List.of(e), s);
    return s.toString();
  }

  /** Where the top-level {@code items:} key starts: the first such line, as it is the last key. */
  private static int itemsKey(String doc) {
    int at = doc.indexOf(ITEMS);
    if (at < 0) {
      throw new IllegalStateException("no items: key in a catalogue document");
    }
    return at + 1;
  }

  /** A resolution by identity: the resolver shares the same objects between regions. */
  private static final class Shared {
    private final Catalog catalog;
    private final Object provenance;

    Shared(Catalog catalog, Object provenance) {
      this.catalog = catalog;
      this.provenance = provenance;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Shared s && s.catalog == catalog && s.provenance == provenance;
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(catalog) + System.identityHashCode(provenance);
    }
  }
}
