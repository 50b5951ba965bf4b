package org.gkml.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.gkml.model.GkmlException;

/**
 * The git repository holding a catalogue tree, read with JGit: revisions resolve to commits and
 * files are read straight from their blobs, without checking anything out.
 */
final class GitRepository implements AutoCloseable {
  private final Repository repo;
  private final Path workTree;

  private GitRepository(Repository repo, Path workTree) {
    this.repo = repo;
    this.workTree = workTree;
  }

  /** The repository that contains {@code start} (a file or folder); exit 2 when there is none. */
  static GitRepository containing(Path start) {
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
      return new GitRepository(repo, repo.getWorkTree().toPath().toRealPath());
    } catch (IOException | IllegalArgumentException e) {
      throw GkmlException.usage("diff.git.unreadable", start, String.valueOf(e.getMessage()));
    }
  }

  /** A path as the repository names it: relative to the work tree, {@code /}-separated. */
  String relative(Path path) {
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

  /** The commit a revision names; exit 2 with how to fetch it when it is not in the clone. */
  ObjectId commit(String revision) {
    try {
      ObjectId id = repo.resolve(revision + "^{commit}");
      if (id != null) {
        try (RevWalk walk = new RevWalk(repo)) {
          return walk.parseCommit(id).getId();
        }
      }
    } catch (MissingObjectException | RevisionSyntaxException e) {
      // reported below, like a name that resolves to nothing
    } catch (IOException e) {
      throw GkmlException.usage("diff.git.unreadable", revision, String.valueOf(e.getMessage()));
    }
    throw GkmlException.usage(
        shallow() ? "diff.git.missingShallow" : "diff.git.missing", revision, workTree);
  }

  private boolean shallow() {
    try {
      return !repo.getObjectDatabase().getShallowCommits().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** The files of {@code revision} below {@code prefix} ("" for the whole tree). */
  Snapshot snapshot(String revision, String prefix) {
    ObjectId commit = commit(revision);
    Map<String, ObjectId> blobs = new LinkedHashMap<>();
    try (RevWalk walk = new RevWalk(repo);
        TreeWalk tree = new TreeWalk(repo)) {
      RevCommit c = walk.parseCommit(commit);
      tree.addTree(c.getTree());
      tree.setRecursive(true);
      if (!prefix.isEmpty()) {
        tree.setFilter(PathFilter.create(prefix));
      }
      String base = prefix.isEmpty() ? "" : prefix + "/";
      while (tree.next()) {
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
      throw GkmlException.usage(
          shallow() ? "diff.git.missingShallow" : "diff.git.missing", revision, workTree);
    } catch (IOException e) {
      throw GkmlException.usage("diff.git.unreadable", revision, String.valueOf(e.getMessage()));
    }
    return new GitSnapshot(this, revision, prefix, blobs);
  }

  byte[] read(ObjectId blob) throws IOException {
    return repo.open(blob, Constants.OBJ_BLOB).getBytes();
  }

  /** The id git gives a blob of these bytes, to compare working files with blobs unread. */
  static String blobIdOf(byte[] bytes) {
    try (ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
      return f.idFor(Constants.OBJ_BLOB, bytes).name();
    }
  }

  @Override
  public void close() {
    repo.close();
  }
}
