package org.gkml.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * What of a tree's git history GK403's hints can see: they read the basic catalogue back along
 * {@code HEAD}'s first parents, so an entry holding one is good only while that history stays as it
 * was. That is the commit {@code HEAD} names, and where a clone's history is cut short: the shallow
 * commits ({@code .git/shallow}, which {@code git fetch --unshallow} or {@code --deepen} changes
 * without moving {@code HEAD}), and in a partial clone (whose blobs arrive later, in new packs) the
 * names of its packs. Cheap: it is asked for only by runs whose findings used history.
 */
final class GitHead {
  private GitHead() {}

  /**
   * The stamp of the history {@code root} sees: {@code HEAD}'s id, followed by a digest of the
   * shallow commits and of a partial clone's packs when there are any; {@code "none"} outside git
   * or before the first commit.
   */
  static String of(Path root) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder();
    builder.findGitDir(root.toAbsolutePath().normalize().toFile());
    if (builder.getGitDir() == null) {
      return "none";
    }
    try (Repository repo = builder.setMustExist(true).build()) {
      ObjectId head = repo.resolve("HEAD");
      if (head == null) {
        return "none";
      }
      StringBuilder stamp = new StringBuilder(head.name());
      List<String> shallow = new ArrayList<>();
      repo.getObjectDatabase().getShallowCommits().forEach(id -> shallow.add(id.name()));
      if (!shallow.isEmpty()) {
        stamp.append(" shallow:").append(digest(shallow));
      }
      if (repo.getConfig().getString("extensions", null, "partialclone") != null) {
        stamp.append(" packs:").append(digest(packs(repo.getDirectory().toPath())));
      }
      return stamp.toString();
    } catch (IOException | RuntimeException e) {
      return "unreadable"; // matches no stored id that a readable repository gave
    }
  }

  /** The names of the pack files of a repository's own object folder. */
  private static List<String> packs(Path gitDir) throws IOException {
    List<String> names = new ArrayList<>();
    Path folder = gitDir.resolve("objects/pack");
    if (Files.isDirectory(folder)) {
      try (DirectoryStream<Path> in = Files.newDirectoryStream(folder, "*.pack")) {
        in.forEach(p -> names.add(p.getFileName().toString()));
      }
    }
    return names;
  }

  /** A short digest of names, whatever their order. */
  private static String digest(List<String> names) {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(null);
    MessageDigest sha = TreeContents.sha256();
    for (String n : sorted) {
      sha.update(n.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 16);
  }
}
