package org.gkml.app;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.SystemReader;
import org.gkml.cache.ValidationCache;
import org.gkml.diff.source.Revision;
import org.gkml.error.GkmlException;
import org.gkml.load.FileLoader;
import org.gkml.load.StagedFiles;
import org.gkml.load.TreeLoader;

/**
 * What changed for {@code validate --changed [REV]}: the catalogue files changed since {@code REV}
 * (committed since, staged, unstaged, untracked, ignored by git or deleted), and what each changed
 * overlay was at {@code REV}, from which Dependents finds every file whose findings the change can
 * affect (CLI.md 1.1). A change that cannot be bounded so is checked and reported whole: a change
 * to {@code gkml.yaml}, {@code regions.csv} or a basic catalogue (any overlay's result can depend
 * on them), and an overlay file added, deleted or renamed (the regions the tree knows, GK302 and
 * GK307 follow the set of files).
 *
 * <p>With {@code --staged} the change is the one a commit would make: from {@code REV} to the
 * index, each file judged as the index holds it (a hook must check what is committed, not what the
 * work tree happens to hold besides: untracked files, unstaged edits).
 */
final class ChangedScope {
  /** The variable naming the index git reads and writes instead of {@code .git/index}. */
  private static final String INDEX_FILE = "GIT_INDEX_FILE";

  /**
   * Check and report the whole tree, or these changed overlays (none: nothing changed).
   *
   * @param before each changed overlay (absolute and normalised, under the root as it was given)
   *     with its bytes at the revision
   */
  record Result(boolean whole, Map<Path, byte[]> before) {
    static final Result WHOLE = new Result(true, Map.of());
  }

  /**
   * What {@code validate --changed --staged} checks: the scope of the change from {@code REV} to
   * the index, and whether the index holds exactly what the work tree does below the root (then the
   * work tree itself is the tree as it would be committed, and is checked as it is, cache and all;
   * otherwise the index's content is checked: the work tree with {@code overWorkTree} laid over it
   * where that is the same, else a copy of the index's root, see {@link IndexTree}).
   *
   * @param overWorkTree how the index differs from the work tree below the root, when it differs in
   *     catalogue files alone and something was staged (else null)
   */
  record Staged(Result scope, boolean indexIsWorkTree, StagedFiles overWorkTree) {}

  private ChangedScope() {}

  /**
   * The change since {@code rev} in the index and the work tree (untracked files included, and
   * files git ignores: the walk reads them all).
   *
   * @param env the environment, whose git variables name the repository and its index
   */
  static Result of(Path root, Map<String, String> env, String rev) {
    return inRepository(
        root,
        env,
        (repo, git, top, shown) -> {
          ObjectId since = resolveTree(repo, rev);
          Status status = git.status().call();
          Set<String> changed = changedFiles(repo, git, since, status);
          changed.addAll(ignoredFiles(repo, top, status));
          return scope(repo, top, shown, since, changed, null);
        });
  }

  /**
   * The change since {@code rev} in the index alone (what a commit would hold), and whether the
   * work tree agrees with the index below the root.
   */
  static Staged staged(Path root, Map<String, String> env, String rev) {
    return inRepository(
        root,
        env,
        (repo, git, top, shown) -> {
          ObjectId since = resolveTree(repo, rev);
          Status status = git.status().call();
          Path work = repo.getWorkTree().toPath().toRealPath();
          for (String name : status.getConflicting()) {
            if (below(work, top, name) != null) {
              throw GkmlException.usage("changed.conflicts", top);
            }
          }
          DirCache index = repo.readDirCache();
          Result scope = scope(repo, top, shown, since, stagedFiles(repo, since, index), index);
          boolean agrees =
              agrees(work, top, status, index)
                  && IndexOverWorkTree.contentDiffers(work, top, index).isEmpty();
          boolean any = scope.whole() || !scope.before().isEmpty();
          StagedFiles over =
              agrees || !any ? null : IndexOverWorkTree.of(repo, work, top, shown, status, index);
          return new Staged(scope, agrees, over);
        });
  }

  /** What is done with an open repository, its work tree's root, and the root as given. */
  @FunctionalInterface
  interface InRepository<T> {
    T apply(Repository repo, Git git, Path top, Path shown) throws IOException, GitAPIException;
  }

  /**
   * Opens the git repository whose work tree holds {@code root}, as git's own commands run with
   * {@code env} would, and applies {@code what} to it.
   *
   * <p>A hook runs with the variables git sets for it: {@code git commit -a}, {@code git commit
   * PATH} and {@code git commit -i} stage the commit in a temporary index that {@code
   * GIT_INDEX_FILE} names ({@code .git/index} stays as it was), a linked work tree's hook gets
   * {@code GIT_DIR}, and {@code git --git-dir=… --work-tree=…} sets both. What a commit holds is
   * that index's content, so it is the one read (CLI.md 1.1, docs/ci.md).
   *
   * @throws GkmlException a usage error when there is none, or it cannot be read
   */
  static <T> T inRepository(Path root, Map<String, String> env, InRepository<T> what) {
    Path top;
    try {
      top = root.toAbsolutePath().normalize().toRealPath();
    } catch (IOException e) {
      throw GkmlException.usage("cli.noRoot", root);
    }
    // the paths the check reads are the root's as given (Scope), not the real ones
    Path shown = root.toAbsolutePath().normalize();
    try (Repository repo = open(top, env);
        Git git = new Git(repo)) {
      Path work = repo.getWorkTree().toPath().toRealPath();
      if (!top.startsWith(work)) {
        // GIT_DIR and GIT_WORK_TREE name another work tree: none of its changes are the root's
        throw GkmlException.usage("changed.noRepository", top);
      }
      return what.apply(repo, git, top, shown);
    } catch (IOException | GitAPIException | IllegalArgumentException e) {
      throw GkmlException.usage("changed.unreadable", top, String.valueOf(e.getMessage()));
    } catch (JGitInternalException e) {
      // JGit reads no split index (core.splitIndex) nor sparse index (--sparse-index): entries
      // come out with empty or folder paths ("Invalid path: ")
      throw GkmlException.usage("changed.indexFormat", top, String.valueOf(e.getMessage()));
    }
  }

  /**
   * The repository git would use for the root {@code top} with the environment {@code env}: the one
   * {@code GIT_DIR} and {@code GIT_WORK_TREE} name (relative to the working directory, as git reads
   * them), else the one whose work tree holds {@code top}; its index is the file {@code
   * GIT_INDEX_FILE} names, if any.
   *
   * @throws GkmlException a usage error when there is none, or it has no work tree
   */
  private static Repository open(Path top, Map<String, String> env) throws IOException {
    // JGit reads the variables through a SystemReader: this one reads the environment gkml was
    // given (a test's, not the test machine's)
    SystemReader given =
        new SystemReader.Delegate(SystemReader.getInstance()) {
          @Override
          public String getenv(String variable) {
            return env.get(variable);
          }
        };
    FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
    builder.readEnvironment(given);
    builder.setIndexFile(null); // read below, against the work tree as git reads it
    if (builder.getGitDir() == null) {
      builder.findGitDir(top.toFile());
      if (builder.getGitDir() == null) {
        throw GkmlException.usage("changed.noRepository", top);
      }
    } else {
      builder.setGitDir(builder.getGitDir().getAbsoluteFile());
    }
    if (builder.getWorkTree() != null) {
      builder.setWorkTree(builder.getWorkTree().getAbsoluteFile());
    }
    builder.setup();
    if (builder.isBare() || builder.getWorkTree() == null) {
      throw GkmlException.usage("changed.noRepository", top);
    }
    String index = env.get(INDEX_FILE);
    if (index != null && !index.isEmpty()) {
      // git reads a relative name from the top of the work tree, where it runs (and runs hooks):
      // a plain `git commit` hands its hook GIT_INDEX_FILE=.git/index
      builder.setIndexFile(builder.getWorkTree().toPath().toAbsolutePath().resolve(index).toFile());
    }
    return builder.build();
  }

  /**
   * The path below the root {@code top} of the repository path {@code name} (relative to the work
   * tree {@code work}); null when it is not below the root, or the walk does not read it (hidden).
   */
  static Path below(Path work, Path top, String name) {
    Path p = work.resolve(name).normalize();
    if (!p.startsWith(top) || p.equals(top)) {
      return null;
    }
    Path rel = top.relativize(p);
    return hidden(rel) ? null : rel;
  }

  /**
   * Whether the work tree holds what the index does for every file below the root that the walk
   * reads: nothing modified, deleted, untracked or ignored there (an ignored file is read too), and
   * no entry whose work tree file git does not look at (skip-worktree, as a sparse checkout leaves
   * it, or assume-unchanged): the status takes those for unchanged whatever the disk holds.
   */
  private static boolean agrees(Path work, Path top, Status status, DirCache index) {
    for (int i = 0; i < index.getEntryCount(); i++) {
      DirCacheEntry e = index.getEntry(i);
      if ((e.isSkipWorkTree() || e.isAssumeValid() || e.isIntentToAdd())
          && below(work, top, e.getPathString()) != null) {
        return false;
      }
    }
    for (String name : differingFromIndex(status)) {
      if (below(work, top, name) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * The repository paths whose work tree file is not what the index holds: modified, deleted,
   * untracked (files and folders), ignored and not in the index, or in conflict.
   */
  static Set<String> differingFromIndex(Status status) {
    Set<String> differing = new TreeSet<>();
    for (Set<String> names :
        List.of(
            status.getModified(),
            status.getMissing(),
            status.getUntracked(),
            status.getUntrackedFolders(),
            status.getIgnoredNotInIndex(),
            status.getConflicting())) {
      differing.addAll(names);
    }
    return differing;
  }

  /**
   * The scope of the change to {@code changed} (repository paths) since {@code since}: each file is
   * judged as it is in the work tree, or in {@code index} when one is given.
   */
  private static Result scope(
      Repository repo, Path top, Path shown, ObjectId since, Set<String> changed, DirCache index)
      throws IOException {
    Path work = repo.getWorkTree().toPath().toRealPath();
    Map<Path, byte[]> before = new TreeMap<>();
    // a change below the root to a file the walk does not read as a catalogue file: it may still
    // be read, as the target of a link the tree holds (regions.csv -> shared/regions.csv)
    boolean besides = false;
    for (String name : changed) {
      Path p = work.resolve(name).normalize();
      if (!p.startsWith(top) || p.equals(top)) {
        continue; // outside the root: a link out of it is not followed (GK008) wherever it leads
      }
      Path rel = top.relativize(p);
      if (hidden(rel)) {
        // the walk does not read it, a link may (regions/x.yaml -> ../.shared/x.yaml); the
        // validate cache's own folder no link of a catalogue reads
        besides |= !isCache(rel);
        continue;
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
          && (index == null ? Files.isSymbolicLink(p) : mode(index, name) == FileMode.SYMLINK)) {
        return Result.WHOLE; // read as its target, or reported (GK008) whatever its name
      }
      if (first.equals(TreeLoader.REGIONS_DIR) && isYaml(p)) {
        Path here = shown.resolve(rel.toString());
        byte[] was = blob(repo, since, name);
        boolean plain =
            index == null
                ? Files.isRegularFile(here, LinkOption.NOFOLLOW_LINKS)
                : mode(index, name) == FileMode.REGULAR_FILE
                    || mode(index, name) == FileMode.EXECUTABLE_FILE;
        if (was == null || !plain) {
          return Result.WHOLE; // added, deleted, renamed, or not a plain file on one side
        }
        before.put(here, was);
      } else {
        besides = true;
      }
    }
    if (besides && readsLinks(repo, work, top, index)) {
      // which link leads to which changed file is not worked out (through other links, to a file
      // deleted or made): a tree that reads through links is checked whole (docs/ci.md)
      return Result.WHOLE;
    }
    return new Result(false, before);
  }

  /**
   * Whether the tree as {@code index} holds it (none: the repository's index, for the work tree)
   * has a link where the walk looks: {@code gkml.yaml}, {@code regions.csv}, {@code basic/} or
   * {@code regions/} themselves, or an entry below these folders. A link the work tree holds and
   * the index does not is itself a change, and its own scope already is the whole tree.
   */
  static boolean readsLinks(Repository repo, Path work, Path top, DirCache index)
      throws IOException {
    DirCache entries = index == null ? repo.readDirCache() : index;
    for (int i = 0; i < entries.getEntryCount(); i++) {
      DirCacheEntry e = entries.getEntry(i);
      if (e.getFileMode() != FileMode.SYMLINK) {
        continue; // nearly every entry: the rest is only done for links
      }
      Path rel = below(work, top, e.getPathString());
      if (rel == null) {
        continue;
      }
      String first = rel.getName(0).toString();
      if (first.equals(TreeLoader.BASIC_DIR)
          || first.equals(TreeLoader.REGIONS_DIR)
          || rel.getNameCount() == 1
              && (first.equals(TreeLoader.CONFIG_FILE) || first.equals(TreeLoader.REGISTER_FILE))) {
        return true;
      }
    }
    return false;
  }

  /** The mode of {@code name} in the index; null when the index has no such (merged) entry. */
  private static FileMode mode(DirCache index, String name) {
    DirCacheEntry e = index.getEntry(name);
    return e == null ? null : e.getFileMode();
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

  /** Whether a path below the root is in the validate cache's folder there (docs/ci.md). */
  private static boolean isCache(Path rel) {
    return rel.getName(0).toString().equals(ValidationCache.TREE_FOLDER);
  }

  static boolean hidden(Path rel) {
    for (Path name : rel) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The paths (in the work tree) of files whose entry in {@code index} differs from the tree {@code
   * since}, compared directly: the status skips an entry marked assume-unchanged altogether, even
   * against HEAD, where git still shows it staged.
   */
  private static Set<String> stagedFiles(Repository repo, ObjectId since, DirCache index)
      throws IOException {
    Set<String> paths = new TreeSet<>();
    try (ObjectReader reader = repo.newObjectReader();
        TreeWalk walk = new TreeWalk(repo, reader)) {
      walk.setRecursive(true);
      if (since.equals(ObjectId.zeroId())) {
        walk.addTree(new EmptyTreeIterator()); // no commit yet: every entry is new
      } else {
        walk.addTree(new CanonicalTreeParser(null, reader, since));
      }
      walk.addTree(new DirCacheIterator(index));
      walk.setFilter(TreeFilter.ANY_DIFF);
      while (walk.next()) {
        DirCacheIterator staged = walk.getTree(1, DirCacheIterator.class);
        boolean onlyReserved = // git add -N: in the index, yet not in the commit
            walk.getRawMode(0) == 0
                && staged != null
                && staged.getDirCacheEntry() != null
                && staged.getDirCacheEntry().isIntentToAdd();
        if (!onlyReserved) {
          paths.add(walk.getPathString());
        }
      }
    }
    return paths;
  }

  /**
   * The paths (in the work tree) of files that differ from {@code since}, in the work tree or
   * index.
   */
  private static Set<String> changedFiles(Repository repo, Git git, ObjectId since, Status status)
      throws IOException, GitAPIException {
    Set<String> paths = new TreeSet<>();
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

  /**
   * The paths (in the work tree) of the files git ignores that the walk reads: a validate checks
   * them as it checks any other file, so {@code --changed} must too (a local overlay kept out of
   * git can break the tree as an untracked one can). The status names a folder git ignores whole by
   * the folder alone; its files are listed where the scope looks at them ({@code basic/}, {@code
   * regions/}).
   */
  private static Set<String> ignoredFiles(Repository repo, Path top, Status status)
      throws IOException {
    Path work = repo.getWorkTree().toPath().toRealPath();
    Set<String> paths = new TreeSet<>();
    for (String name : status.getIgnoredNotInIndex()) {
      Path p = work.resolve(name).normalize();
      if (!p.startsWith(top) || p.equals(top)) {
        continue;
      }
      Path rel = top.relativize(p);
      if (isCache(rel)) {
        continue; // the validate cache, ignored as gkml init's .gitignore has it
      }
      String first = rel.getName(0).toString();
      if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
          || !first.equals(TreeLoader.BASIC_DIR) && !first.equals(TreeLoader.REGIONS_DIR)) {
        paths.add(name); // a folder elsewhere stands for its files (a link's target, if any)
      } else {
        Files.walkFileTree(
            p,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                // a hidden folder is not walked by a validate either
                return !dir.equals(p) && dir.getFileName().toString().startsWith(".")
                    ? FileVisitResult.SKIP_SUBTREE
                    : FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                paths.add(work.relativize(file).toString().replace('\\', '/'));
                return FileVisitResult.CONTINUE;
              }
            });
      }
    }
    return paths;
  }

  private static boolean namesAFile(String word) {
    try {
      return Files.exists(Path.of(word), LinkOption.NOFOLLOW_LINKS);
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * The tree of the commit {@code rev} names ({@link Revision}); no commit yet on {@code HEAD}: the
   * empty tree's stand-in, everything is new.
   */
  private static ObjectId resolveTree(Repository repo, String rev) throws IOException {
    Optional<ObjectId> commit = Revision.find(repo, rev);
    if (commit.isPresent()) {
      try (RevWalk walk = new RevWalk(repo)) {
        return walk.parseCommit(commit.get()).getTree().getId();
      }
    }
    if (Revision.isHead(rev) && repo.resolve(Constants.HEAD) == null) {
      return ObjectId.zeroId(); // no commit yet: everything is new, and the status says so
    }
    if (namesAFile(rev)) {
      // validate --changed basic/x.yaml: the path was taken for the revision --changed may have
      throw GkmlException.usage("changed.withPaths");
    }
    throw Revision.notFound(repo, "--changed", rev);
  }
}
