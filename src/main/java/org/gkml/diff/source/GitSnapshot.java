package org.gkml.diff.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;

/** A catalogue tree as one git revision holds it, read from blobs. */
public final class GitSnapshot implements Snapshot {
  private final GitRepository repo;
  private final String revision;
  private final String prefix;
  private final Map<String, ObjectId> blobs;
  private final List<String> paths;

  GitSnapshot(GitRepository repo, String revision, String prefix, Map<String, ObjectId> blobs) {
    this.repo = repo;
    this.revision = revision;
    this.prefix = prefix;
    this.blobs = Map.copyOf(blobs);
    boolean catalogRoot =
        blobs.keySet().stream()
            .anyMatch(p -> p.equals(CONFIG) || p.startsWith("basic/") || p.startsWith("regions/"));
    this.paths =
        blobs.keySet().stream()
            .filter(p -> !p.isEmpty() && !Snapshot.isHidden(p))
            .filter(p -> catalogRoot ? Snapshot.inCatalogRoot(p) : Snapshot.isYaml(p))
            .sorted()
            .toList();
  }

  /** Whether the path named a single file at this revision rather than a folder. */
  public boolean isFile() {
    return blobs.containsKey("");
  }

  public boolean isEmpty() {
    return blobs.isEmpty();
  }

  @Override
  public String label() {
    // the whole tree of the revision (a catalogue root at the repository's top) by its name alone
    return prefix.isEmpty() ? revision : revision + ":" + prefix;
  }

  @Override
  public List<String> paths() {
    return paths;
  }

  @Override
  public byte[] read(String path) throws IOException {
    ObjectId id = blobs.get(path);
    if (id == null) {
      throw new IOException("no such file at " + revision + ": " + path);
    }
    return repo.read(id, revision);
  }

  @Override
  public String blobId(String path) {
    ObjectId id = blobs.get(path);
    return id == null ? null : id.name();
  }

  @Override
  public Path pathOf(String path) {
    return repo.workTree().resolve(full(path));
  }

  @Override
  public String display(String path) {
    return revision + ":" + full(path);
  }

  private String full(String path) {
    if (path.isEmpty()) {
      return prefix;
    }
    return prefix.isEmpty() ? path : prefix + "/" + path;
  }
}
