package org.gkml.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gkml.diff.source.DirectorySnapshot;
import org.gkml.diff.source.GitRepository;
import org.gkml.diff.source.GitSnapshot;
import org.gkml.diff.source.Revision;
import org.gkml.diff.source.Snapshot;
import org.gkml.diff.source.SnapshotDocuments;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.load.BoundedInput;
import org.gkml.load.FileLoader;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Document;
import org.gkml.model.NotApplicable;
import org.gkml.model.Overlay;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import org.gkml.resolve.RegionSuggestion;

/**
 * What {@code gkml diff} compares, from what the user named: two files, two folders, or a git
 * revision (or range) of a path; whole documents, or with a {@link RegionView} the effective
 * catalogues of one region.
 */
public final class Differ {
  private final Messages messages;
  private final FileLoader loader;

  public Differ(Messages messages) {
    this.messages = messages;
    this.loader = new FileLoader(messages);
  }

  /** {@code --region CODE [--tier T]} with the resolver that computes effective catalogues. */
  public record RegionView(RegionCode code, Tier tier, EffectiveCatalogs effective) {
    public Tier tierOrOwn() {
      return tier != null ? tier : code.tier();
    }
  }

  /** One side of a diff: a whole tree, or a single file (absent when its bytes are null). */
  private sealed interface Version {
    record Tree(Snapshot snapshot) implements Version {}

    record File(byte[] bytes, Path path, String display) implements Version {}
  }

  /** {@code gkml diff OLD NEW}: two files or two folders. */
  public DiffResult paths(Path old, Path neu, RegionView region) {
    for (Path p : List.of(old, neu)) {
      if (!Files.exists(p)) {
        throw GkmlException.usage("cli.noSuchPath", p);
      }
    }
    boolean oldDir = Files.isDirectory(old);
    if (oldDir != Files.isDirectory(neu)) {
      throw GkmlException.usage("diff.mixed", old, neu);
    }
    if (oldDir) {
      return compare(
          new Version.Tree(DirectorySnapshot.of(old, label(old), messages)),
          new Version.Tree(DirectorySnapshot.of(neu, label(neu), messages)),
          region);
    }
    return compare(file(old), file(neu), region);
  }

  /**
   * A folder as the reports name it: as written, but the current folder ({@code --root .}) by its
   * name, which a 修订对照表 title can show ("从 v1 到 catalogs 的变更", not "从 v1 到 . 的变更").
   */
  private static String label(Path folder) {
    String written = folder.toString();
    if (!written.isEmpty() && !folder.normalize().toString().isEmpty()) {
      return written;
    }
    Path abs = folder.toAbsolutePath().normalize();
    return abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
  }

  /**
   * {@code gkml diff --git REV [PATH]} (the revision against the working tree) and {@code --git
   * A..B [PATH]} (two revisions), reading blobs from the repository that holds PATH; {@code option}
   * names the option that took the revisions, for the messages ({@code --git}, {@code --since}).
   */
  public DiffResult git(String option, String revisions, Path path, RegionView region) {
    try (GitRepository repo = GitRepository.containing(path)) {
      String rel = repo.relative(path);
      int dots = revisions.indexOf(Revision.RANGE);
      if (dots >= 0) {
        String a = revisions.substring(0, dots);
        String b = revisions.substring(dots + 2);
        GitSnapshot old = (GitSnapshot) repo.snapshot(option, a.isEmpty() ? "HEAD" : a, rel);
        GitSnapshot neu = (GitSnapshot) repo.snapshot(option, b.isEmpty() ? "HEAD" : b, rel);
        if (old.isEmpty() && neu.isEmpty()) {
          throw GkmlException.usage("diff.git.noPath", rel.isEmpty() ? "." : rel, revisions);
        }
        return compare(gitVersion(old, neu.isFile()), gitVersion(neu, old.isFile()), region);
      }
      GitSnapshot old = (GitSnapshot) repo.snapshot(option, revisions, rel);
      if (!Files.exists(path)) {
        throw GkmlException.usage("cli.noSuchPath", path);
      }
      if (Files.isDirectory(path)) {
        if (old.isFile()) {
          throw GkmlException.usage("diff.mixed", old.label(), path);
        }
        return compare(
            new Version.Tree(old),
            new Version.Tree(DirectorySnapshot.of(path, label(path), messages)),
            region);
      }
      if (!old.isEmpty() && !old.isFile()) {
        throw GkmlException.usage("diff.mixed", old.label(), path);
      }
      return compare(gitVersion(old, true), file(path), region);
    }
  }

  private Version gitVersion(GitSnapshot snapshot, boolean otherIsFile) {
    if (snapshot.isFile() || (snapshot.isEmpty() && otherIsFile)) {
      byte[] bytes =
          snapshot.isFile() ? new SnapshotDocuments(snapshot, loader, messages).read("") : null;
      return new Version.File(bytes, snapshot.pathOf(""), snapshot.display(""));
    }
    return new Version.Tree(snapshot);
  }

  private static Version file(Path p) {
    try {
      return new Version.File(BoundedInput.read(p), p, p.toString());
    } catch (BoundedInput.Refused r) {
      throw r.failure(p);
    } catch (IOException e) {
      throw GkmlException.usage("diff.unreadable", p, org.gkml.io.IoReason.reading(p, e));
    }
  }

  private DiffResult compare(Version old, Version neu, RegionView region) {
    if (old instanceof Version.Tree o && neu instanceof Version.Tree n) {
      return region == null
          ? new TreeDiffer(loader, messages).diff(o.snapshot(), n.snapshot())
          : effective(o.snapshot(), n.snapshot(), region);
    }
    if (old instanceof Version.File o && neu instanceof Version.File n) {
      if (region != null) {
        throw GkmlException.usage("diff.regionNeedsTrees");
      }
      return documents(o.display(), document(o), n.display(), document(n));
    }
    throw GkmlException.usage("diff.mixed", label(old), label(neu));
  }

  private static String label(Version v) {
    return v instanceof Version.Tree t ? t.snapshot().label() : ((Version.File) v).display();
  }

  private Document document(Version.File f) {
    if (f.bytes() == null) {
      return null;
    }
    return SnapshotDocuments.documentOf(loader.parse(f.bytes(), f.path(), f.display(), null));
  }

  /** Two versions of one document (either may be absent): matched by item id. */
  DiffResult documents(String oldLabel, Document old, String newLabel, Document neu) {
    Document any = neu != null ? neu : old;
    if (!(any instanceof Catalog) && !(any instanceof Overlay)) {
      throw GkmlException.usage("diff.notCatalog", neu != null ? newLabel : oldLabel);
    }
    if (old != null && neu != null && old.getClass() != neu.getClass()) {
      throw GkmlException.usage("diff.kindMismatch", oldLabel, newLabel);
    }
    DocumentDiffer differ = new DocumentDiffer(ChannelVocabulary.standard());
    List<Change> changes;
    String region = null;
    if (any instanceof Catalog c) {
      changes = differ.catalogs(c.domain(), null, (Catalog) old, (Catalog) neu);
    } else {
      Overlay o = (Overlay) any;
      region = o.region().code().digits();
      changes = differ.overlays(o.domain(), region, (Overlay) old, (Overlay) neu);
    }
    String domain = any instanceof Catalog c ? c.domain() : ((Overlay) any).domain();
    return new DiffResult(
        oldLabel, newLabel, changes, List.of(), RevisionNote.between(domain, region, old, neu));
  }

  /** The effective catalogues of one region in two trees, matched by domain. */
  private DiffResult effective(Snapshot old, Snapshot neu, RegionView region) {
    SnapshotDocuments olds = new SnapshotDocuments(old, loader, messages);
    SnapshotDocuments news = new SnapshotDocuments(neu, loader, messages);
    CatalogTree before = olds.tree();
    CatalogTree after = news.tree();
    RegionCode code = region.code();
    if (!knows(before, code) && !knows(after, code)) {
      Map<RegionCode, String> names = new HashMap<>(before.register());
      names.putAll(after.register());
      throw GkmlException.usage(
          "diff.unknownRegion", code, RegionSuggestion.hint(code.digits(), names));
    }
    String label = code.digits();
    List<EffectiveCatalogs.Domain> oldCatalogs =
        knows(before, code) ? region.effective().of(before, code, region.tierOrOwn()) : List.of();
    List<EffectiveCatalogs.Domain> newCatalogs =
        knows(after, code) ? region.effective().of(after, code, region.tierOrOwn()) : List.of();
    DiffResult result =
        catalogs(
            old.label(),
            oldCatalogs,
            neu.label(),
            newCatalogs,
            label,
            ChannelVocabulary.standard().with(after.config().channels()));
    // the region's effective catalogue is also made of the overlays on its chain: their revisions
    // belong in its 修订说明 (domain by domain, after the basic catalogue's, county first)
    List<RevisionNote> notes = new ArrayList<>(result.revisions());
    notes.addAll(chainNotes(before, after, code));
    notes.sort(java.util.Comparator.comparing(RevisionNote::domain, DomainOrder.COMPARATOR));
    return new DiffResult(
        result.oldLabel(),
        result.newLabel(),
        removedOnTheChain(result.changes(), after, code),
        result.impacts(),
        notes);
  }

  /**
   * The changes of a region's view with each item an overlay on its chain removed in the new tree
   * told as that removal: its reason and the overlay's file, not the basic catalogue that still
   * defines the item (the 修订对照表 row shows the 删除理由; the text view names the changed file). Of
   * several removals on the chain, the first from the county down is the one that took effect.
   */
  private static List<Change> removedOnTheChain(
      List<Change> changes, CatalogTree after, RegionCode code) {
    Map<String, org.gkml.model.Removal> removals = new HashMap<>();
    for (Overlay o : chainOverlays(after, code).values()) {
      for (org.gkml.model.Removal r : o.removes()) {
        removals.putIfAbsent(o.domain() + "\n" + r.id(), r);
      }
    }
    List<Change> out = new ArrayList<>(changes.size());
    for (Change c : changes) {
      org.gkml.model.Removal r =
          c instanceof Change.ItemRemoved ? removals.get(c.domain() + "\n" + c.item()) : null;
      out.add(r == null ? c : ((Change.ItemRemoved) c).removedBy(r));
    }
    return out;
  }

  /** The revisions of the overlays on {@code code}'s chain made between two trees. */
  private static List<RevisionNote> chainNotes(
      CatalogTree before, CatalogTree after, RegionCode code) {
    Map<String, Overlay> old = chainOverlays(before, code);
    Map<String, Overlay> neu = chainOverlays(after, code);
    List<RevisionNote> notes = new ArrayList<>();
    for (Map.Entry<String, Overlay> e : neu.entrySet()) {
      Overlay o = e.getValue();
      notes.addAll(
          RevisionNote.between(o.domain(), o.region().code().digits(), old.get(e.getKey()), o));
    }
    return notes;
  }

  /**
   * The overlays of a tree on a region's chain, keyed by region and domain, county first; where a
   * (region, domain) has several, the first in path order, as the resolver takes it.
   */
  private static Map<String, Overlay> chainOverlays(CatalogTree tree, RegionCode code) {
    Map<String, Overlay> out = new java.util.TreeMap<>();
    for (Overlay o : tree.overlays()) {
      RegionCode r = o.region().code();
      if (code.within(r)) {
        out.putIfAbsent(r.digits() + "\n" + o.domain(), o);
      }
    }
    return out;
  }

  /**
   * The effective catalogues of one region in two trees, matched by domain: whether each domain
   * applies to the region, then its items.
   */
  private static DiffResult catalogs(
      String oldLabel,
      List<EffectiveCatalogs.Domain> old,
      String newLabel,
      List<EffectiveCatalogs.Domain> neu,
      String region,
      ChannelVocabulary vocabulary) {
    Map<String, EffectiveCatalogs.Domain> was = byDomain(old);
    Map<String, EffectiveCatalogs.Domain> now = byDomain(neu);
    Map<String, Catalog> before = catalogsOf(was);
    Map<String, Catalog> after = catalogsOf(now);
    TreeSet<String> domains = new TreeSet<>(DomainOrder.COMPARATOR);
    domains.addAll(before.keySet());
    domains.addAll(after.keySet());
    DocumentDiffer differ = new DocumentDiffer(vocabulary);
    List<Change> changes = new ArrayList<>();
    List<RevisionNote> notes = new ArrayList<>();
    for (String d : domains) {
      NotApplicable declaredBefore = was.containsKey(d) ? was.get(d).notApplicable() : null;
      NotApplicable declaredAfter = now.containsKey(d) ? now.get(d).notApplicable() : null;
      NotApplicable declared = declaredAfter != null ? declaredAfter : declaredBefore;
      DocumentDiffer.applicability(
          changes,
          new Change.Scope(d, region),
          Applicability.of(declaredBefore),
          Applicability.of(declaredAfter),
          declared == null ? null : declared.loc());
      changes.addAll(differ.catalogs(d, region, before.get(d), after.get(d)));
      // an effective catalogue carries its basic catalogue's record
      notes.addAll(RevisionNote.between(d, null, before.get(d), after.get(d)));
    }
    return new DiffResult(oldLabel, newLabel, changes, List.of(), notes);
  }

  private static Map<String, EffectiveCatalogs.Domain> byDomain(
      List<EffectiveCatalogs.Domain> domains) {
    Map<String, EffectiveCatalogs.Domain> map = new LinkedHashMap<>();
    domains.forEach(d -> map.putIfAbsent(d.catalog().domain(), d));
    return map;
  }

  private static Map<String, Catalog> catalogsOf(Map<String, EffectiveCatalogs.Domain> domains) {
    Map<String, Catalog> map = new LinkedHashMap<>();
    domains.forEach((d, e) -> map.put(d, e.catalog()));
    return map;
  }

  /** FORMAT.md §2: a region is known when registered or when it has an overlay. */
  private static boolean knows(CatalogTree tree, RegionCode code) {
    return tree.register().containsKey(code)
        || tree.overlays().stream().anyMatch(o -> o.region().code().equals(code));
  }
}
