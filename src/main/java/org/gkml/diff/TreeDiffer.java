package org.gkml.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gkml.diff.source.GitRepository;
import org.gkml.diff.source.Snapshot;
import org.gkml.diff.source.SnapshotDocuments;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.load.FileLoader;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Document;
import org.gkml.model.Overlay;
import org.gkml.model.RegionCode;

/**
 * Compares two versions of a catalogue tree (FORMAT.md §9): basic catalogues match by domain,
 * overlays by domain and region code, wherever their files lie.
 *
 * <p>A file whose bytes are the same in both versions (or whose git blob ids are) cannot hold a
 * change, so only the files that differ are parsed: diffing two large trees costs little more than
 * reading their bytes. Downstream impact then reads the overlays below a changed document only when
 * the change alters what they may name (see {@link ImpactAnalyzer}).
 */
final class TreeDiffer {
  private final FileLoader loader;
  private final Messages messages;

  TreeDiffer(FileLoader loader, Messages messages) {
    this.loader = loader;
    this.messages = messages;
  }

  /** A document's identity across versions: its domain, and its region for an overlay. */
  private record Key(String domain, RegionCode region) {
    static final Comparator<Key> ORDER =
        Comparator.comparing(Key::domain, DomainOrder.COMPARATOR)
            .thenComparing(k -> k.region() == null ? "" : k.region().digits());

    static Key of(Document d) {
      if (d instanceof Catalog c) {
        return new Key(c.domain(), null);
      }
      Overlay o = (Overlay) d;
      return new Key(o.domain(), o.region().code());
    }
  }

  /** A file whose two versions differ; bytes already read on a side, or null. */
  private record Differing(String path, byte[] oldBytes, byte[] newBytes) {}

  DiffResult diff(Snapshot old, Snapshot neu) {
    SnapshotDocuments olds = new SnapshotDocuments(old, loader);
    SnapshotDocuments news = new SnapshotDocuments(neu, loader);
    Set<String> inOld = new HashSet<>(old.paths());
    Set<String> inNew = new HashSet<>(neu.paths());
    Set<String> all = new TreeSet<>(inOld);
    all.addAll(inNew);
    List<Differing> differing =
        all.parallelStream()
            .filter(p -> Snapshot.isYaml(p) && !p.equals(Snapshot.CONFIG))
            .map(p -> compare(p, inOld.contains(p), inNew.contains(p), olds, news))
            .filter(d -> d != null)
            .toList();
    Map<Key, Document> before = documents(olds, differing, inOld, true);
    Map<Key, Document> after = documents(news, differing, inNew, false);

    DocumentDiffer differ =
        new DocumentDiffer(ChannelVocabulary.standard().with(news.config().channels()));
    Set<Key> keys = new TreeSet<>(Key.ORDER);
    keys.addAll(before.keySet());
    keys.addAll(after.keySet());
    List<Change> changes = new ArrayList<>();
    List<RevisionNote> notes = new ArrayList<>();
    Map<String, Set<Optional<RegionCode>>> triggers = new TreeMap<>(DomainOrder.COMPARATOR);
    for (Key k : keys) {
      Document o = before.get(k);
      Document n = after.get(k);
      String region = k.region() == null ? null : k.region().digits();
      notes.addAll(RevisionNote.between(k.domain(), region, o, n));
      boolean below;
      if (k.region() == null) {
        changes.addAll(differ.catalogs(k.domain(), null, (Catalog) o, (Catalog) n));
        below = ImpactAnalyzer.changesBelow((Catalog) o, (Catalog) n);
      } else {
        changes.addAll(differ.overlays(k.domain(), region, (Overlay) o, (Overlay) n));
        below = ImpactAnalyzer.changesBelow((Overlay) o, (Overlay) n);
      }
      if (below) {
        triggers
            .computeIfAbsent(k.domain(), d -> new HashSet<>())
            .add(Optional.ofNullable(k.region()));
      }
    }
    return new DiffResult(old.label(), neu.label(), changes, impacts(triggers, olds, news), notes);
  }

  private Differing compare(
      String path, boolean inOld, boolean inNew, SnapshotDocuments olds, SnapshotDocuments news) {
    if (!inOld || !inNew) {
      return new Differing(path, null, null);
    }
    String a = olds.snapshot().blobId(path);
    String b = news.snapshot().blobId(path);
    if (a != null && b != null) {
      return a.equals(b) ? null : new Differing(path, null, null);
    }
    if (a != null) {
      byte[] nb = news.read(path);
      return a.equals(GitRepository.blobIdOf(nb)) ? null : new Differing(path, null, nb);
    }
    if (b != null) {
      byte[] ob = olds.read(path);
      return b.equals(GitRepository.blobIdOf(ob)) ? null : new Differing(path, ob, null);
    }
    byte[] ob = olds.read(path);
    byte[] nb = news.read(path);
    return Arrays.equals(ob, nb) ? null : new Differing(path, ob, nb);
  }

  /** The documents of the differing files on one side, by key; exit 2 for a clash. */
  private Map<Key, Document> documents(
      SnapshotDocuments docs, List<Differing> differing, Set<String> present, boolean oldSide) {
    List<Differing> here = differing.stream().filter(d -> present.contains(d.path())).toList();
    List<Document> parsed =
        here.parallelStream()
            .map(d -> docs.require(d.path(), oldSide ? d.oldBytes() : d.newBytes()))
            .toList();
    Map<Key, Document> byKey = new LinkedHashMap<>();
    Map<Key, String> paths = new HashMap<>();
    for (int i = 0; i < parsed.size(); i++) {
      Document d = parsed.get(i);
      if (!(d instanceof Catalog) && !(d instanceof Overlay)) {
        continue;
      }
      Key k = Key.of(d);
      String path = here.get(i).path();
      String first = paths.putIfAbsent(k, path);
      if (first != null) {
        throw GkmlException.usage(
            "diff.duplicate",
            docs.snapshot().display(first),
            docs.snapshot().display(path),
            k.region() == null ? k.domain() : k.domain() + " " + k.region());
      }
      byKey.put(k, d);
    }
    return byKey;
  }

  private List<Impact> impacts(
      Map<String, Set<Optional<RegionCode>>> triggers,
      SnapshotDocuments olds,
      SnapshotDocuments news) {
    ImpactAnalyzer analyzer = new ImpactAnalyzer(messages);
    List<Impact> out = new ArrayList<>();
    triggers.forEach(
        (domain, at) -> {
          ImpactAnalyzer.DomainDocs before = domainDocs(olds, domain);
          ImpactAnalyzer.DomainDocs after = domainDocs(news, domain);
          // a domain new or gone as a whole breaks nothing below it: its overlays are new or gone
          // too, and their own problems are the validator's business
          if (before.basic() != null && after.basic() != null) {
            out.addAll(analyzer.impacts(domain, at, before, after));
          }
        });
    out.sort(Impact.ORDER);
    return out;
  }

  private static ImpactAnalyzer.DomainDocs domainDocs(SnapshotDocuments docs, String domain) {
    Catalog basic = null;
    List<Overlay> overlays = new ArrayList<>();
    for (Document d : docs.ofDomain(domain)) {
      if (d instanceof Catalog c && c.domain().equals(domain) && basic == null) {
        basic = c;
      } else if (d instanceof Overlay o && o.domain().equals(domain)) {
        overlays.add(o);
      }
    }
    return ImpactAnalyzer.DomainDocs.of(basic, overlays);
  }
}
