package org.gkml.cache;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The commit a tree's git history starts from: GK403's hints read history back from {@code HEAD},
 * so an entry holding one is good only while {@code HEAD} stays where it was.
 */
final class GitHead {
  private GitHead() {}

  /** The id of {@code HEAD}, {@code "none"} outside git or before the first commit. */
  static String of(Path root) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder();
    builder.findGitDir(root.toAbsolutePath().normalize().toFile());
    if (builder.getGitDir() == null) {
      return "none";
    }
    try (Repository repo = builder.setMustExist(true).build()) {
      ObjectId head = repo.resolve("HEAD");
      return head == null ? "none" : head.name();
    } catch (IOException | RuntimeException e) {
      return "unreadable"; // matches no stored id that a readable repository gave
    }
  }
}
