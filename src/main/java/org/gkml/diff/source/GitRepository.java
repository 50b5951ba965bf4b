package org.gkml.diff.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.gkml.error.GkmlException;
import org.gkml.load.BoundedInput;

/**
 * The git repository holding a catalogue tree, read with JGit: revisions resolve to commits and
 * files are read straight from their blobs, without checking anything out.
 */
public final class GitRepository implements AutoCloseable {
  /**
   * What one diff may visit in a repository: entries of a revision's tree (a province has 51,000
   * files; a "tree bomb" of a few kB names a billion by repeating one subtree) and bytes of blobs
   * read, all revisions together. Past either, the diff stops with one line, exit 2.
   */
  public record Limits(long entries, long bytes) {
    static final Limits DEFAULT = new Limits(1_000_000, 1L << 30);
  }

  private final Repository repo;
  private final Path workTree;
  private final Limits limits;
  private final AtomicLong bytesRead = new AtomicLong();

  private GitRepository(Repository repo, Path workTree, Limits limits) {
    this.repo = repo;
    this.workTree = workTree;
    this.limits = limits;
  }

  /** The repository that contains {@code start} (a file or folder); exit 2 when there is none. */
  public static GitRepository containing(Path start) {
    return containing(start, Limits.DEFAULT);
  }

  public static GitRepository containing(Path start, Limits limits) {
    Path from = start.toAbsolutePath().normalize();
    while (from != null && !Files.exists(from)) {
      from = from.getParent();
    }
    FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
    builder.findGitDir(from == null ? null : from.toFile());
    if (builder.getGitDir() == null) {
      throw GkmlException.usage("diff.git.noRepository", start);
    }
    try {
      Repository repo = builder.build();
      if (repo.isBare()) {
        repo.close();
        throw GkmlException.usage("diff.git.noRepository", start);
      }
      return new GitRepository(repo, repo.getWorkTree().toPath().toRealPath(), limits);
    } catch (IOException | IllegalArgumentException e) {
      throw GkmlException.usage("diff.git.unreadable", start, String.valueOf(e.getMessage()));
    }
  }

  /** A path as the repository names it: relative to the work tree, {@code /}-separated. */
  public String relative(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    try {
      // the longest existing ancestor in its real form, so symlinked temp folders still match
      Path existing = abs;
      Path rest = Path.of("");
      while (existing != null && !Files.exists(existing)) {
        rest = existing.getFileName().resolve(rest);
        existing = existing.getParent();
      }
      if (existing != null) {
        abs = existing.toRealPath().resolve(rest).normalize();
      }
    } catch (IOException e) {
      // keep the normalised path
    }
    if (!abs.startsWith(workTree)) {
      throw GkmlException.usage("diff.git.outside", path, workTree);
    }
    return workTree.relativize(abs).toString().replace('\\', '/');
  }

  Path workTree() {
    return workTree;
  }

  /**
   * The files of {@code revision} below {@code prefix} ("" for the whole tree); a usage error
   * naming {@code option} (the option that took the revision) when the clone lacks it ({@link
   * Revision}).
   */
  public Snapshot snapshot(String option, String revision, String prefix) {
    ObjectId commit = Revision.commit(repo, option, revision);
    Map<String, ObjectId> blobs = new LinkedHashMap<>();
    try (RevWalk walk = new RevWalk(repo);
        TreeWalk tree = new TreeWalk(repo)) {
      RevCommit c = walk.parseCommit(commit);
      ObjectId top = c.getTree();
      if (!prefix.isEmpty()) {
        try (TreeWalk at = TreeWalk.forPath(repo, prefix, top)) {
          top = at != null && at.getFileMode(0) == FileMode.TREE ? at.getObjectId(0) : null;
        }
      }
      if (top != null) {
        long paths;
        try (ObjectReader reader = repo.newObjectReader()) {
          paths = paths(reader, top, new HashMap<>(), revision);
        }
        if (paths > limits.entries()) {
          throw tooManyEntries(revision, prefix);
        }
      }
      tree.addTree(c.getTree());
      tree.setRecursive(true);
      if (!prefix.isEmpty()) {
        tree.setFilter(PathFilter.create(prefix));
      }
      String base = prefix.isEmpty() ? "" : prefix + "/";
      long visited = 0;
      while (tree.next()) {
        if (++visited > limits.entries()) {
          throw tooManyEntries(revision, prefix);
        }
        // a long walk stops when its thread is interrupted (Ctrl-C, SIGTERM, a timeout)
        if ((visited & 0x3FF) == 0 && Thread.currentThread().isInterrupted()) {
          throw GkmlException.usage("diff.git.interrupted", revision);
        }
        String path = tree.getPathString();
        if ((tree.getFileMode(0).getBits() & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
          continue;
        }
        if (path.equals(prefix)) {
          blobs.put("", tree.getObjectId(0)); // PATH names a single file
        } else if (path.startsWith(base)) {
          blobs.put(path.substring(base.length()), tree.getObjectId(0));
        }
      }
    } catch (MissingObjectException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw GkmlException.usage("diff.git.interrupted", revision); // the read was cut short
      }
      throw Revision.notInClone(repo, option, revision);
    } catch (IOException e) {
      if (Thread.currentThread().isInterrupted() || e instanceof ClosedByInterruptException) {
        // an interrupted read closes its channel: say why, not that the file broke
        throw GkmlException.usage("diff.git.interrupted", revision);
      }
      throw GkmlException.usage("diff.git.unreadable", revision, String.valueOf(e.getMessage()));
    }
    return new GitSnapshot(this, revision, prefix, blobs);
  }

  private GkmlException tooManyEntries(String revision, String prefix) {
    return GkmlException.usage(
        "diff.git.tooManyEntries",
        revision,
        limits.entries(),
        prefix.isEmpty() ? workTree : prefix);
  }

  /**
   * How many files a tree holds, up to just over the limit: each distinct tree is read once (a tree
   * bomb repeats one subtree, so its billion paths are counted from a dozen trees in milliseconds,
   * before the walk would visit them one by one). A real tree's folders are read twice, once here
   * and once by the walk; they are few next to its files.
   */
  private long paths(
      ObjectReader reader, ObjectId tree, Map<ObjectId, Long> counted, String revision)
      throws IOException {
    Long known = counted.get(tree);
    if (known != null) {
      return known;
    }
    if (Thread.currentThread().isInterrupted()) {
      throw GkmlException.usage("diff.git.interrupted", revision);
    }
    long n = 0;
    CanonicalTreeParser entries = new CanonicalTreeParser(null, reader, tree);
    List<ObjectId> subtrees = new ArrayList<>();
    for (; !entries.eof(); entries.next()) {
      if (entries.getEntryFileMode() == FileMode.TREE) {
        subtrees.add(entries.getEntryObjectId());
      } else {
        n++;
      }
    }
    // saturated just over the limit: a bomb's count would overflow a long
    long cap = limits.entries() == Long.MAX_VALUE ? Long.MAX_VALUE : limits.entries() + 1;
    for (ObjectId sub : subtrees) {
      long more = paths(reader, sub, counted, revision);
      n = more > cap - n ? cap : n + more;
    }
    counted.put(tree, n);
    return n;
  }

  /**
   * A blob's bytes through the bounded reader: at most {@link BoundedInput#MAX_BYTES}, whatever
   * size the object claims, and within what the whole diff may read ({@link Limits#bytes}).
   */
  byte[] read(ObjectId blob, String revision) throws IOException {
    ObjectLoader loader = repo.open(blob, Constants.OBJ_BLOB);
    byte[] bytes;
    try (InputStream in = loader.openStream()) {
      bytes = BoundedInput.read(in, BoundedInput.MAX_BYTES);
    }
    if (bytesRead.addAndGet(bytes.length) > limits.bytes()) {
      throw GkmlException.usage("diff.git.tooManyBytes", revision, limits.bytes() >> 20);
    }
    return bytes;
  }

  /** The id git gives a blob of these bytes, to compare working files with blobs unread. */
  public static String blobIdOf(byte[] bytes) {
    try (ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
      return f.idFor(Constants.OBJ_BLOB, bytes).name();
    }
  }

  @Override
  public void close() {
    repo.close();
  }
}
