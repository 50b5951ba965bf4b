package org.gkml.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.gkml.model.GkmlException;

/**
 * A build's output folder, written whole or not at all: the build fills a hidden sibling folder and
 * renames it into place at the end, so an interrupted or failed build leaves the previous output as
 * it was. To never delete a user's files, the target must be new, empty, or the output of an
 * earlier build (it holds {@code build-report.json}).
 */
final class StagedOutput {
  static final String MARKER = "build-report.json";

  private StagedOutput() {}

  /** Checks the target and creates a fresh, empty staging folder beside it. */
  static Path prepare(Path target) throws IOException {
    Path out = target.toAbsolutePath().normalize();
    if (out.getParent() == null) {
      throw GkmlException.usage("build.badOutput", target);
    }
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
        throw GkmlException.usage("build.badOutput", target);
      }
      if (!isEmpty(out) && !Files.isRegularFile(out.resolve(MARKER))) {
        throw GkmlException.usage("build.foreignOutput", target, MARKER);
      }
    }
    Files.createDirectories(out.getParent());
    Path staging = sibling(out, "staging");
    deleteTree(staging);
    Files.createDirectory(staging);
    return staging;
  }

  /** Puts the staged folder in the target's place and removes the previous output. */
  static void commit(Path staging, Path target) throws IOException {
    Path out = target.toAbsolutePath().normalize();
    Path old = sibling(out, "old");
    deleteTree(old);
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      move(out, old);
    }
    move(staging, out);
    deleteTree(old);
  }

  /** Removes a staging folder after a failure. */
  static void discard(Path staging) {
    try {
      deleteTree(staging);
    } catch (IOException e) {
      // best effort: the next build removes it anyway
    }
  }

  private static Path sibling(Path out, String role) {
    return out.resolveSibling("." + out.getFileName() + ".gkml-" + role);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
