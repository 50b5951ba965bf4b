package org.gkml.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.gkml.error.GkmlException;
import org.gkml.load.TreeLoader;

/**
 * What {@code validate --changed [REV]} checks: the catalogue files changed since {@code REV}
 * (committed since, staged, unstaged, untracked or deleted) and every file whose result depends on
 * them (CLI.md 1.1). A change to {@code gkml.yaml}, {@code regions.csv} or a basic catalogue can
 * change any overlay's result: the whole tree. A changed or deleted overlay affects itself and the
 * overlays of the regions below it, which lie in the folders below its own: its folder. Nothing
 * else depends on an overlay, so a pre-commit hook that checks this scope lets no breaking change
 * through.
 */
final class ChangedScope {
  /** Check the whole tree ({@code paths} null), these folders and files, or nothing. */
  record Result(boolean whole, List<Path> paths) {}

  private ChangedScope() {}

  static Result of(Path root, String rev) {
    Path top;
    try {
      top = root.toAbsolutePath().normalize().toRealPath();
    } catch (IOException e) {
      throw GkmlException.usage("cli.noRoot", root);
    }
    Set<Path> changed = changedFiles(top, rev);
    Set<Path> folders = new TreeSet<>();
    for (Path p : changed) {
      if (!p.startsWith(top)) {
        continue;
      }
      Path rel = top.relativize(p);
      String first = rel.getName(0).toString();
      if (rel.getNameCount() == 1
          && (first.equals(TreeLoader.CONFIG_FILE) || first.equals(TreeLoader.REGISTER_FILE))) {
        return new Result(true, List.of());
      }
      if (first.equals(TreeLoader.BASIC_DIR) && isYaml(p)) {
        return new Result(true, List.of());
      }
      if (first.equals(TreeLoader.REGIONS_DIR) && isYaml(p)) {
        Path folder = p.getParent();
        while (folder != null && !Files.isDirectory(folder)) {
          folder = folder.getParent(); // a deleted region folder: the nearest one left
        }
        if (folder != null && folder.startsWith(top)) {
          folders.add(folder);
        }
      }
    }
    // a folder inside another already chosen adds nothing
    List<Path> paths = new ArrayList<>();
    for (Path f : folders) {
      if (paths.stream().noneMatch(f::startsWith)) {
        paths.add(f);
      }
    }
    return new Result(false, paths);
  }

  private static boolean isYaml(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /** The absolute paths of files that differ from {@code rev}, in the work tree or the index. */
  private static Set<Path> changedFiles(Path top, String rev) {
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
      Set<String> paths = new TreeSet<>();
      Status status = git.status().call();
      paths.addAll(status.getAdded());
      paths.addAll(status.getChanged());
      paths.addAll(status.getModified());
      paths.addAll(status.getUntracked());
      paths.addAll(status.getRemoved());
      paths.addAll(status.getMissing());
      paths.addAll(status.getConflicting());
      ObjectId since = resolveTree(repo, rev);
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
      Set<Path> out = new TreeSet<>();
      paths.forEach(p -> out.add(work.resolve(p).normalize()));
      return out;
    } catch (IOException | GitAPIException e) {
      throw GkmlException.usage("changed.unreadable", top, String.valueOf(e.getMessage()));
    }
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
