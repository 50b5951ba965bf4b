package org.gkml.diff.source;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.load.BoundedInput;
import org.gkml.load.DocumentKind;
import org.gkml.load.FileLoader;
import org.gkml.load.LoadedFile;
import org.gkml.load.RegisterCsv;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Config;
import org.gkml.model.Document;
import org.gkml.model.Finding;
import org.gkml.model.Overlay;
import org.gkml.model.RegionCode;
import org.gkml.model.SourceFile;

/**
 * The documents of one snapshot, parsed on demand with {@link FileLoader} and kept. A diff parses
 * only the files that differ, and for downstream impact the files that may hold one domain.
 */
public final class SnapshotDocuments {
  private final Snapshot snapshot;
  private final FileLoader loader;
  private final Messages messages;
  private final Map<String, LoadedFile> parsed = new ConcurrentHashMap<>();
  private volatile Map<String, String> domains;

  public SnapshotDocuments(Snapshot snapshot, FileLoader loader, Messages messages) {
    this.snapshot = snapshot;
    this.loader = loader;
    this.messages = messages;
  }

  public Snapshot snapshot() {
    return snapshot;
  }

  /** Parses a file from bytes already read (or reads them when null). */
  LoadedFile parse(String path, byte[] bytes) {
    LoadedFile known = parsed.get(path);
    if (known != null) {
      return known;
    }
    LoadedFile f =
        loader.parse(
            bytes != null ? bytes : read(path),
            snapshot.pathOf(path),
            snapshot.display(path),
            expectedKind(path));
    LoadedFile raced = parsed.putIfAbsent(path, f);
    return raced != null ? raced : f;
  }

  /** The document of a file the diff needs; exit 2 naming the first error when it has none. */
  public Document require(String path, byte[] bytes) {
    return documentOf(parse(path, bytes));
  }

  /** The document of a loaded file; exit 2 naming its first error when it has none. */
  public static Document documentOf(LoadedFile f) {
    if (f.document() == null) {
      Finding first = f.findings().stream().filter(Finding::isError).findFirst().orElse(null);
      String where = first == null ? f.file().display() : first.loc().toString();
      String why = first == null ? "" : first.message();
      throw GkmlException.usage("diff.invalidFile", where, why);
    }
    return f.document();
  }

  /**
   * The documents that may belong to {@code domain}: every file whose {@code domain:} line names
   * it, or cannot be read quickly (see {@link DomainLine}). Files that fail to load are skipped.
   */
  public List<Document> ofDomain(String domain) {
    Map<String, String> index = domainIndex();
    return snapshot.paths().parallelStream()
        .filter(p -> index.containsKey(p))
        .filter(p -> index.get(p).isEmpty() || index.get(p).equals(domain))
        .map(p -> Optional.ofNullable(parse(p, null).document()))
        .flatMap(Optional::stream)
        .toList();
  }

  /** Each catalogue file's domain by its {@code domain:} line, "" when it must be parsed. */
  private Map<String, String> domainIndex() {
    Map<String, String> index = domains;
    if (index == null) {
      synchronized (this) {
        if (domains == null) {
          Map<String, String> built = new ConcurrentHashMap<>();
          snapshot.paths().parallelStream()
              .filter(p -> Snapshot.isYaml(p) && !p.equals(Snapshot.CONFIG))
              .forEach(
                  p -> {
                    LoadedFile known = parsed.get(p);
                    String d =
                        known != null
                            ? domainOf(known.document())
                            : DomainLine.of(read(p)).orElse("");
                    built.put(p, d);
                  });
          domains = built;
        }
        index = domains;
      }
    }
    return index;
  }

  private static String domainOf(Document d) {
    if (d instanceof Catalog c) {
      return c.domain();
    }
    return d instanceof Overlay o ? o.domain() : "";
  }

  /** Every document, for an effective view of the whole tree; exit 2 for a file that fails. */
  public CatalogTree tree() {
    List<String> yaml = snapshot.paths().stream().filter(Snapshot::isYaml).toList();
    List<Document> docs = yaml.parallelStream().map(p -> require(p, null)).toList();
    return CatalogTree.of(snapshot.pathOf(""), docs, register());
  }

  /** The config of the snapshot, or none when it has none or it does not load. */
  public Config config() {
    if (!snapshot.paths().contains(Snapshot.CONFIG)) {
      return Config.none();
    }
    return parse(Snapshot.CONFIG, null).document() instanceof Config c ? c : Config.none();
  }

  /**
   * The region register ({@code regions.csv}), read as validate reads it ({@link
   * RegisterCsv#read(byte[], SourceFile, Messages)}); exit 2 naming the first row validate reports
   * as an error (a malformed code, an unsafe name, text that is not CSV or not UTF-8), since a
   * region view over a register that validate rejects would not be what merge computes.
   */
  Map<RegionCode, String> register() {
    if (!snapshot.paths().contains(Snapshot.REGISTER)) {
      return Map.of();
    }
    SourceFile file =
        SourceFile.unstructured(
            snapshot.pathOf(Snapshot.REGISTER), snapshot.display(Snapshot.REGISTER));
    RegisterCsv.Read read = RegisterCsv.read(read(Snapshot.REGISTER), file, messages);
    read.firstError()
        .ifPresent(
            f -> {
              throw GkmlException.usage("diff.invalidFile", f.loc().toString(), f.message());
            });
    return read.register();
  }

  public byte[] read(String path) {
    try {
      return snapshot.read(path);
    } catch (BoundedInput.Refused r) {
      throw r.failure(snapshot.display(path));
    } catch (IOException e) {
      // a file's reason (permission denied) in the user's words; git's own as it says it
      Object reason =
          e instanceof java.nio.file.FileSystemException
              ? org.gkml.io.IoReason.reading(snapshot.pathOf(path), e)
              : e.getMessage();
      throw GkmlException.usage("diff.unreadable", snapshot.display(path), reason);
    }
  }

  /** The kind a file's place in a catalogue root implies (null: any). */
  static DocumentKind expectedKind(String path) {
    if (path.equals(Snapshot.CONFIG)) {
      return DocumentKind.CONFIG;
    }
    if (path.startsWith("basic/")) {
      return DocumentKind.CATALOG;
    }
    return path.startsWith("regions/") ? DocumentKind.OVERLAY : null;
  }
}
