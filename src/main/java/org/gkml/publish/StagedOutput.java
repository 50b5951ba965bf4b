package org.gkml.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.gkml.error.GkmlException;
import org.gkml.io.AtomicFile;
import org.gkml.io.FolderLock;

/**
 * A build's output folder, written whole or not at all: the build fills a hidden sibling folder of
 * its own and renames it into place at the end, so an interrupted or failed build leaves the
 * previous output as it was (issue #11, class 3).
 *
 * <ul>
 *   <li><b>Never deletes what it did not write.</b> The target must be new, empty, or an earlier
 *       build's output holding nothing else: every build leaves {@value #MANIFEST} listing every
 *       path it wrote, and a folder with any other entry (a stray {@code build-report.json}, a
 *       user's notes, a file added to an old output) is refused, not replaced.
 *   <li><b>One build a folder at a time.</b> A lock on {@code .<name>.gkml-lock} beside the target;
 *       a second build into the same folder is refused at once. Staging folders have a random name
 *       of their own, and those a killed build left behind are removed under the lock.
 *   <li><b>Clean on Ctrl-C and SIGTERM.</b> A shutdown hook removes the staging folder and the lock
 *       unless the output was already committed; the writers check {@link #check} before each file
 *       so that nothing is written into a folder being removed.
 *   <li>A target that is a symbolic link to a folder is built into the folder it points to; the
 *       link stays.
 * </ul>
 */
public final class StagedOutput implements AutoCloseable {
  static final String MARKER = "build-report.json";

  /** The list of every path a build wrote, relative to its folder, one a line. */
  static final String MANIFEST = ".gkml-build";

  /**
   * Which command's output a folder is: the name and first line of the list of paths it wrote, and
   * the messages that refuse a path that is not a folder (taking the path), a folder it did not
   * write (the folder and the list's name, or the folder and the stray entry) and a folder another
   * run is writing (the folder).
   */
  public record Kind(
      String listName,
      String listHead,
      String badOutputKey,
      String foreignOutputKey,
      String foreignEntryKey,
      String busyKey) {}

  /** The output of {@code gkml build}. */
  static final Kind BUILD =
      new Kind(
          MANIFEST,
          "# gkml build output: every path below was written by gkml build; a later build replaces"
              + " this folder only while it holds nothing else",
          "build.badOutput",
          "build.foreignOutput",
          "build.foreignEntry",
          "build.busy");

  /** The bundle of {@code gkml export filing}. */
  public static final Kind FILING =
      new Kind(
          ".gkml-filing",
          "# gkml export filing output: every path below was written by gkml export filing; a"
              + " later run replaces this folder only while it holds nothing else",
          "filing.badOutput",
          "filing.foreignOutput",
          "filing.foreignEntry",
          "filing.busy");

  private final Kind kind;

  private final Path target;
  private final Path staging;
  private final FolderLock lock;
  private final Thread hook;
  private boolean committed;
  private volatile boolean aborted;

  private StagedOutput(Kind kind, Path target, Path staging, FolderLock lock) {
    this.kind = kind;
    this.target = target;
    this.staging = staging;
    this.lock = lock;
    this.hook = new Thread(this::abort, "gkml-build-cleanup");
  }

  /** Checks the target, takes its lock and creates a fresh, empty staging folder beside it. */
  static StagedOutput prepare(Path target) throws IOException {
    return prepare(target, BUILD);
  }

  /** As {@link #prepare(Path)}, for the output of the command {@code kind} names. */
  public static StagedOutput prepare(Path target, Kind kind) throws IOException {
    Path out = target.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(out) && Files.isDirectory(out)) {
      out = out.toRealPath(); // keep the link, build into its folder
    }
    if (out.getParent() == null) {
      throw GkmlException.usage(kind.badOutputKey(), target);
    }
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)
        && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      throw GkmlException.usage(kind.badOutputKey(), target);
    }
    Files.createDirectories(out.getParent());
    FolderLock lock =
        FolderLock.tryTake(sibling(out, "lock"))
            .orElseThrow(() -> GkmlException.usage(kind.busyKey(), target));
    try {
      checkReplaceable(kind, out, target);
      clearLeftovers(out);
      Path staging = sibling(out, "staging-" + Long.toUnsignedString(random(), 36));
      Files.createDirectory(staging);
      StagedOutput staged = new StagedOutput(kind, out, staging, lock);
      Runtime.getRuntime().addShutdownHook(staged.hook);
      return staged;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** The folder to write the build into. */
  public Path folder() {
    return staging;
  }

  /** Throws when the build is being stopped (Ctrl-C, SIGTERM): write nothing more. */
  public void check() throws IOException {
    if (aborted) {
      throw new IOException("build interrupted");
    }
  }

  /**
   * Lists what the staging folder holds in {@value #MANIFEST}, puts the folder in the target's
   * place and removes the previous output.
   */
  public void commit() throws IOException {
    writeManifest();
    Path old = sibling(target, "old-" + Long.toUnsignedString(random(), 36));
    synchronized (this) {
      check();
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        move(target, old);
      }
      move(staging, target);
      committed = true;
    }
    deleteTree(old);
  }

  /** Removes the staging folder unless committed, and releases the lock. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs (or ran) instead
      return;
    }
    synchronized (this) {
      if (!committed) {
        discard(staging);
      }
    }
    lock.close();
  }

  /** The shutdown hook: stop the writers, remove what they wrote, release the lock. */
  void abort() {
    synchronized (this) {
      if (committed) {
        lock.close();
        return;
      }
      aborted = true;
    }
    // a writer may finish the file it was writing when the flag went up: sweep until it stays gone
    for (int pass = 0; pass < 20 && Files.exists(staging, LinkOption.NOFOLLOW_LINKS); pass++) {
      discard(staging);
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    lock.close();
  }

  /** Removes a staging folder after a failure. */
  static void discard(Path staging) {
    try {
      deleteTree(staging);
    } catch (IOException | UncheckedIOException e) {
      // best effort: the next build into this folder removes it under its lock
    }
  }

  /**
   * Whether the build may replace {@code out}: it is missing, empty, or holds only what the last
   * build listed in its manifest.
   */
  private static void checkReplaceable(Kind kind, Path out, Path asNamed) throws IOException {
    if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) || isEmpty(out)) {
      return;
    }
    Path manifest = out.resolve(kind.listName());
    if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
      throw GkmlException.usage(kind.foreignOutputKey(), asNamed, kind.listName());
    }
    Set<String> written = new HashSet<>();
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(kind.listHead())) {
      throw GkmlException.usage(kind.foreignOutputKey(), asNamed, kind.listName());
    }
    written.addAll(lines.subList(1, lines.size()));
    written.add(kind.listName());
    for (String entry : entries(out)) {
      if (!written.contains(entry)) {
        throw GkmlException.usage(kind.foreignEntryKey(), asNamed, entry);
      }
    }
  }

  private void writeManifest() throws IOException {
    List<String> entries = entries(staging);
    StringBuilder text = new StringBuilder(kind.listHead()).append('\n');
    entries.forEach(e -> text.append(e).append('\n'));
    AtomicFile.write(
        staging.resolve(kind.listName()),
        o -> o.write(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** Every path below {@code dir}, relative, with {@code /} between names; links not followed. */
  private static List<String> entries(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            if (!d.equals(dir)) {
              out.add(relative(dir, d));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            out.add(relative(dir, file));
            return FileVisitResult.CONTINUE;
          }
        });
    out.sort(null); // the same manifest whatever order the file system lists folders in
    return out;
  }

  private static String relative(Path dir, Path p) {
    return dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
  }

  /** Staging and old folders a killed build left beside {@code out}; we hold its lock. */
  private static void clearLeftovers(Path out) throws IOException {
    String staging = "." + out.getFileName() + ".gkml-staging";
    String old = "." + out.getFileName() + ".gkml-old";
    try (DirectoryStream<Path> s = Files.newDirectoryStream(out.getParent())) {
      for (Path p : s) {
        String name = p.getFileName().toString();
        if (name.startsWith(staging) || name.startsWith(old)) {
          deleteTree(p);
        }
      }
    } catch (NoSuchFileException e) {
      // no parent yet: nothing left over
    }
  }

  private static long random() {
    return ThreadLocalRandom.current().nextLong();
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
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE; // removed meanwhile
            }
            throw e;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null && !(e instanceof NoSuchFileException)) {
              throw e;
            }
            Files.deleteIfExists(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
