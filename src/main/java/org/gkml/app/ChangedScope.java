package org.gkml.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.gkml.error.GkmlException;
import org.gkml.load.FileLoader;
import org.gkml.load.TreeLoader;

/**
 * What changed for {@code validate --changed [REV]}: the catalogue files changed since {@code REV}
 * (committed since, staged, unstaged, untracked or deleted), and what each changed overlay was at
 * {@code REV}, from which Dependents finds every file whose findings the change can affect (CLI.md
 * 1.1). A change that cannot be bounded so is checked and reported whole: a change to {@code
 * gkml.yaml}, {@code regions.csv} or a basic catalogue (any overlay's result can depend on them),
 * and an overlay file added, deleted or renamed (the regions the tree knows, GK302 and GK307 follow
 * the set of files).
 */
final class ChangedScope {
  /**
   * Check and report the whole tree, or these changed overlays (none: nothing changed).
   *
   * @param before each changed overlay (absolute and normalised, under the root as it was given)
   *     with its bytes at the revision
   */
  record Result(boolean whole, Map<Path, byte[]> before) {
    static final Result WHOLE = new Result(true, Map.of());
  }

  private ChangedScope() {}

  static Result of(Path root, String rev) {
    Path top;
    try {
      top = root.toAbsolutePath().normalize().toRealPath();
    } catch (IOException e) {
      throw GkmlException.usage("cli.noRoot", root);
    }
    // the paths the check reads are the root's as given (Scope), not the real ones
    Path shown = root.toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
    builder.findGitDir(top.toFile());
    if (builder.getGitDir() == null) {
      throw GkmlException.usage("changed.noRepository", top);
    }
    try (Repository repo = builder.build();
        Git git = new Git(repo)) {
      if (repo.isBare()) {
        throw GkmlException.usage("changed.noRepository", top);
      }
      Path work = repo.getWorkTree().toPath().toRealPath();
      ObjectId since = resolveTree(repo, rev);
      Map<Path, byte[]> before = new TreeMap<>();
      for (String name : changedFiles(repo, git, since)) {
        Path p = work.resolve(name).normalize();
        if (!p.startsWith(top) || p.equals(top)) {
          continue;
        }
        Path rel = top.relativize(p);
        if (hidden(rel)) {
          continue; // the walk reads nothing there
        }
        String first = rel.getName(0).toString();
        if (rel.getNameCount() == 1
            && (first.equals(TreeLoader.CONFIG_FILE) || first.equals(TreeLoader.REGISTER_FILE))) {
          return Result.WHOLE;
        }
        if (first.equals(TreeLoader.BASIC_DIR) && isYaml(p)) {
          return Result.WHOLE;
        }
        if ((first.equals(TreeLoader.BASIC_DIR) || first.equals(TreeLoader.REGIONS_DIR))
            && Files.isSymbolicLink(p)) {
          return Result.WHOLE; // read as its target, or reported (GK008) whatever its name
        }
        if (first.equals(TreeLoader.REGIONS_DIR) && isYaml(p)) {
          Path here = shown.resolve(rel.toString());
          byte[] was = blob(repo, since, name);
          if (was == null || !Files.isRegularFile(here, LinkOption.NOFOLLOW_LINKS)) {
            return Result.WHOLE; // added, deleted, renamed, or not a plain file on one side
          }
          before.put(here, was);
        }
      }
      return new Result(false, before);
    } catch (IOException | GitAPIException e) {
      throw GkmlException.usage("changed.unreadable", top, String.valueOf(e.getMessage()));
    }
  }

  /**
   * The bytes of the plain file {@code name} in the tree {@code since}; null when it has none
   * there, or one too large to be a catalogue file (the loader would not read it either).
   */
  private static byte[] blob(Repository repo, ObjectId since, String name) throws IOException {
    if (since.equals(ObjectId.zeroId())) {
      return null;
    }
    try (RevWalk walk = new RevWalk(repo);
        TreeWalk tree = TreeWalk.forPath(repo, name, walk.parseTree(since))) {
      if (tree == null || (tree.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
        return null;
      }
      ObjectLoader blob = repo.open(tree.getObjectId(0), Constants.OBJ_BLOB);
      if (blob.getSize() > FileLoader.MAX_FILE_BYTES) {
        return null;
      }
      return blob.getCachedBytes(Math.toIntExact(FileLoader.MAX_FILE_BYTES));
    }
  }

  private static boolean isYaml(Path p) {
    return TreeLoader.isYamlName(p.getFileName().toString());
  }

  private static boolean hidden(Path rel) {
    for (Path name : rel) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The paths (in the work tree) of files that differ from {@code since}, in the work tree or
   * index.
   */
  private static Set<String> changedFiles(Repository repo, Git git, ObjectId since)
      throws IOException, GitAPIException {
    Set<String> paths = new TreeSet<>();
    Status status = git.status().call();
    paths.addAll(status.getAdded());
    paths.addAll(status.getChanged());
    paths.addAll(status.getModified());
    paths.addAll(status.getUntracked());
    paths.addAll(status.getRemoved());
    paths.addAll(status.getMissing());
    paths.addAll(status.getConflicting());
    ObjectId head = repo.resolve("HEAD^{tree}");
    if (head != null && !since.equals(head)) {
      try (ObjectReader reader = repo.newObjectReader()) {
        CanonicalTreeParser from = new CanonicalTreeParser();
        from.reset(reader, since);
        CanonicalTreeParser to = new CanonicalTreeParser();
        to.reset(reader, head);
        for (DiffEntry d : git.diff().setOldTree(from).setNewTree(to).call()) {
          paths.add(d.getOldPath());
          paths.add(d.getNewPath());
        }
      }
    }
    paths.remove(DiffEntry.DEV_NULL);
    return paths;
  }

  private static ObjectId resolveTree(Repository repo, String rev) throws IOException {
    try {
      ObjectId tree = repo.resolve(rev + "^{tree}");
      if (tree != null) {
        return tree;
      }
    } catch (RevisionSyntaxException e) {
      // reported below like any revision that names nothing
    }
    if (rev.equals("HEAD") && repo.resolve("HEAD") == null) {
      return ObjectId.zeroId(); // no commit yet: everything is new, and the status says so
    }
    throw GkmlException.usage("changed.badRevision", rev);
  }
}
