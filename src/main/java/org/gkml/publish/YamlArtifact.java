package org.gkml.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gkml.concurrent.SizeBoundedCache;
import org.gkml.model.Catalog;
import org.gkml.model.Item;
import org.gkml.model.NotApplicable;
import org.gkml.model.Region;
import org.gkml.model.Tier;
import org.gkml.resolve.Effective;
import org.gkml.resolve.EffectiveWriter;
import org.gkml.resolve.Provenance;

/**
 * A folder's catalogue as {@code catalog.yaml}: the output of {@code gkml merge} for every domain,
 * a YAML stream of {@code kind: catalog} documents with region, tier and provenance.
 *
 * <p>Regions share resolutions: a village without an overlay for a domain publishes the very
 * catalogue its township or county resolved. Only the region and tier lines differ, and they come
 * before {@code items:}, the last key of a document. So each document is written as the head of a
 * document for this region without items, then the items of the shared catalogue, written once and
 * kept while regions that share it follow (regions are written in code order, so the recently used
 * ones are the ones to keep). Catalogues that differ share most of their items (an overlay changes
 * a few; the others are the same objects with the same provenance), so the items part is put
 * together from items written once and kept alike. All parts come from {@link EffectiveWriter}; the
 * result is the same text, byte for byte, as writing the catalogues whole (a test holds it to
 * that).
 */
public final class YamlArtifact implements Artifact {
  private static final String ITEMS = "\nitems:";

  private final EffectiveWriter writer;

  /**
   * The items part of a shared resolution, by catalogue and provenance, in UTF-8 (so that it is
   * encoded once, not for each region that shares it): 16 MB, far more than the few townships being
   * written at a time share (a township's documents are about 1 MB).
   */
  private final SizeBoundedCache<Pair, byte[]> documents =
      new SizeBoundedCache<>(16_000_000, bytes -> bytes.length);

  /** The lines of a catalogue's document before its region (see {@link #head}), by catalogue. */
  private final SizeBoundedCache<Pair, String> heads =
      new SizeBoundedCache<>(1_000_000, String::length);

  /** The second half of a {@link #heads} key. */
  private static final Object HEAD = new Object();

  /** One item with its provenance, as listed under {@code items:}: about 16 MB. */
  private final SizeBoundedCache<Pair, String> items =
      new SizeBoundedCache<>(8_000_000, String::length);

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
    OutputStream o = new BufferedOutputStream(out, 1 << 16);
    Map<RegionTier, String> regionLines = new HashMap<>();
    for (Effective e : p.catalogues()) {
      o.write(head(e, regionLines).getBytes(StandardCharsets.UTF_8));
      o.write(items(e));
    }
    o.flush();
  }

  /**
   * The document up to its {@code items:} line: the catalogue's lines (header, policy), kept by
   * catalogue, then the lines naming the region and tier, the same in all of a folder's documents
   * (top-level keys, each written as it would be alone), worked out once per folder.
   */
  private String head(Effective e, Map<RegionTier, String> regionLines) throws IOException {
    String catalogLines = catalogLines(e.catalog());
    RegionTier rt = new RegionTier(e.region(), e.tier(), e.notApplicable());
    String lines = regionLines.get(rt);
    if (lines == null) {
      String whole = head(e.region(), e.tier(), e.notApplicable(), e.catalog());
      if (!whole.startsWith(catalogLines)) {
        return whole; // never seen: the region's lines are not a plain suffix
      }
      lines = whole.substring(catalogLines.length());
      regionLines.put(rt, lines);
    }
    return catalogLines + lines;
  }

  /** The lines of a catalogue's document without region, tier and items. */
  private String catalogLines(Catalog c) throws IOException {
    Pair key = new Pair(c, HEAD);
    String kept = heads.get(key);
    if (kept == null) {
      kept = head(null, null, null, c);
      heads.put(key, kept);
    }
    return kept;
  }

  /**
   * The document of {@code c} for a region and tier (or none), and whether the domain applies
   * there, up to its {@code items:} line.
   */
  private String head(Region region, Tier tier, NotApplicable notApplicable, Catalog c)
      throws IOException {
    String doc =
        render(new Effective(region, tier, c.withItems(List.of()), Map.of(), notApplicable));
    return doc.substring(0, itemsKey(doc));
  }

  /** The document from its {@code items:} line to the end, shared by every region alike. */
  private byte[] items(Effective e) throws IOException {
    Pair key = new Pair(e.catalog(), e.provenance());
    byte[] kept = documents.get(key);
    if (kept != null) {
      return kept;
    }
    String tail;
    if (e.catalog().items().isEmpty()) {
      String doc = render(new Effective(null, null, e.catalog(), e.provenance()));
      tail = doc.substring(itemsKey(doc));
    } else {
      StringBuilder s = new StringBuilder(ITEMS.substring(1)).append('\n');
      for (Item i : e.catalog().items()) {
        s.append(item(i, e.provenance().get(i.id())));
      }
      tail = s.toString();
    }
    byte[] bytes = tail.getBytes(StandardCharsets.UTF_8);
    documents.put(key, bytes);
    return bytes;
  }

  private String item(Item item, Provenance provenance) throws IOException {
    Pair key = new Pair(item, provenance);
    String kept = items.get(key);
    if (kept == null) {
      kept = writer.yamlItem(item, provenance);
      items.put(key, kept);
    }
    return kept;
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

  private record RegionTier(Region region, Tier tier, NotApplicable notApplicable) {}

  /** Two objects by identity: the resolver shares the same objects between regions. */
  private static final class Pair {
    private final Object first;
    private final Object second;

    Pair(Object first, Object second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Pair p && p.first == first && p.second == second;
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(first) + System.identityHashCode(second);
    }
  }
}
