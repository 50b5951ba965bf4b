package org.gkml.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;
import org.gkml.error.GkmlException;

/**
 * The catalogue root as the index holds it, written to a private temporary folder, for {@code
 * validate --changed --staged} (CLI.md 1.1, docs/ci.md): exactly the tree a commit would hold,
 * files as staged, untracked files and staged deletions absent, unstaged edits ignored. Everything
 * a validate reads from disk (the config, the register, the walk of folders, links) then comes from
 * the index; the check runs on this folder and its findings are named by the real paths again
 * ({@link CheckService}). Deleted, with everything in it, on {@link #close}.
 */
final class IndexTree implements AutoCloseable {
  private final Path folder;
  private final Path root;

  private IndexTree(Path folder, Path root) {
    this.folder = folder;
    this.root = root;
  }

  /** The root's copy: paths below it stand for the same paths below the real root. */
  Path root() {
    return root;
  }

  /**
   * Writes what the index holds below {@code root} (a folder of a git work tree) to a new temporary
   * folder; the index is the one {@code env} names ({@code GIT_INDEX_FILE}), as for {@link
   * ChangedScope#staged}.
   */
  static IndexTree write(Path root, Map<String, String> env) {
    return ChangedScope.inRepository(
        root,
        env,
        (repo, git, top, shown) -> {
          Path work = repo.getWorkTree().toPath().toRealPath();
          Path folder = Files.createTempDirectory("gkml-staged-");
          // the copy keeps the root's own name, as a finding about the root would show it
          Path name = shown.getFileName();
          Path copy = folder.resolve(name == null ? "root" : name.toString());
          IndexTree tree = new IndexTree(folder, copy);
          try {
            Files.createDirectories(copy);
            DirCache index = repo.readDirCache();
            try (ObjectReader reader = repo.newObjectReader()) {
              for (int i = 0; i < index.getEntryCount(); i++) {
                DirCacheEntry e = index.getEntry(i);
                Path p = work.resolve(e.getPathString()).normalize();
                if (!p.startsWith(top) || p.equals(top) || e.isIntentToAdd()) {
                  continue; // git add -N only reserves a name: the commit will not hold it
                }
                if (e.getStage() != DirCacheEntry.STAGE_0) {
                  throw GkmlException.usage("changed.conflicts", top);
                }
                Path to = copy.resolve(top.relativize(p).toString());
                write(reader, e, to, top, copy);
              }
            }
            return tree;
          } catch (IOException | RuntimeException ex) {
            tree.close();
            throw ex;
          }
        });
  }

  /** One index entry at {@code to}, as a checkout of the index would write it. */
  private static void write(ObjectReader reader, DirCacheEntry e, Path to, Path top, Path copy)
      throws IOException {
    Files.createDirectories(to.getParent());
    FileMode mode = e.getFileMode();
    if (mode == FileMode.GITLINK) {
      Files.createDirectories(to); // a submodule: a folder whose files are not this repository's
    } else if (mode == FileMode.SYMLINK) {
      String target =
          new String(
              reader.open(e.getObjectId(), Constants.OBJ_BLOB).getCachedBytes(),
              StandardCharsets.UTF_8);
      Path link = to.getFileSystem().getPath(target);
      // a link by absolute path into the root leads into the index's root as well
      Path real = link.normalize();
      if (link.isAbsolute() && real.startsWith(top)) {
        link = copy.resolve(top.relativize(real).toString());
      }
      Files.createSymbolicLink(to, link);
    } else {
      try (OutputStream out = Files.newOutputStream(to)) {
        reader.open(e.getObjectId(), Constants.OBJ_BLOB).copyTo(out);
      }
    }
  }

  /** Deletes the copy (links are removed, never followed). */
  @Override
  public void close() {
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.delete(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // a temporary folder left behind costs space, not a wrong result
    }
  }
}
