package org.gkml.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Several output files written all or none (CLI.md: never a half-written output): every file is
 * first written in full to a temporary file beside its target, and only when all of them are there
 * are they renamed into place; a file that replaces another keeps the old one aside until every
 * rename succeeded, so a failure at any step puts back what was there and removes what the batch
 * made. Files to delete are set aside the same way. {@link AtomicFile} does this for one file.
 *
 * <p>A target that is a folder (or that cannot be a file for another reason) fails before anything
 * is written. Ctrl-C or SIGTERM during the commit rolls it back before the process ends ({@link
 * CommitGuard}).
 */
public final class FileBatch {

  /** Writing failed at {@link #target}; nothing of the batch is left. */
  public static final class Failed extends IOException {
    private final transient Path target;

    Failed(Path target, IOException cause) {
      super(cause.getMessage(), cause);
      this.target = target;
    }

    /** The file the batch could not write (or delete), as it was given. */
    public Path target() {
      return target;
    }

    /** Why. */
    public IOException reason() {
      return (IOException) getCause();
    }
  }

  private final Map<Path, byte[]> writes = new LinkedHashMap<>();
  private final Map<Path, Path> given = new LinkedHashMap<>();
  private final Set<Path> deletes = new LinkedHashSet<>();

  /** Adds a file to write; a later call for the same path replaces the bytes. */
  public FileBatch write(Path target, byte[] bytes) {
    Path abs = target.toAbsolutePath().normalize();
    writes.put(abs, bytes);
    given.put(abs, target);
    return this;
  }

  /** Adds a file to delete (nothing happens if it does not exist). */
  public FileBatch delete(Path target) {
    Path abs = target.toAbsolutePath().normalize();
    deletes.add(abs);
    given.put(abs, target);
    return this;
  }

  /** Writes every file and deletes every file given, or none of them. */
  public void commit() throws Failed {
    try (CommitGuard guard = CommitGuard.register()) {
      commit(guard, target -> {});
    }
  }

  /**
   * The commit, stopping and rolling back when {@code guard} says the process is stopping; {@code
   * beforeRename} is told of each file about to be renamed into place (tests use it to stop there).
   */
  void commit(CommitGuard guard, Consumer<Path> beforeRename) throws Failed {
    for (Path target : writes.keySet()) {
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)
          || (Files.exists(target) && !Files.isRegularFile(target))) {
        throw failed(target, new FileAlreadyExistsException(target.toString()));
      }
    }
    List<Path> createdFolders = new ArrayList<>();
    Map<Path, Path> temps = new LinkedHashMap<>();
    Map<Path, Path> setAside = new LinkedHashMap<>();
    List<Path> placed = new ArrayList<>();
    Path current = null;
    try {
      for (Map.Entry<Path, byte[]> e : writes.entrySet()) {
        current = e.getKey();
        guard.check();
        createFolders(current.getParent(), createdFolders);
        Path tmp = temporary(current);
        temps.put(current, tmp);
        try (OutputStream out = AtomicFile.create(tmp)) {
          out.write(e.getValue());
        }
        AtomicFile.publishable(tmp, current);
      }
      for (Path target : deletes) {
        current = target;
        guard.check();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          setAside.put(target, aside(target));
        }
      }
      for (Map.Entry<Path, Path> e : temps.entrySet()) {
        current = e.getKey();
        beforeRename.accept(current);
        guard.check();
        if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
          setAside.put(current, aside(current));
        }
        move(e.getValue(), current);
        placed.add(current);
      }
    } catch (IOException e) {
      undo(placed, setAside, temps, createdFolders);
      throw failed(current, e);
    }
    for (Path old : setAside.values()) {
      try {
        Files.deleteIfExists(old);
      } catch (IOException e) {
        // the new files are in place; a leftover hidden copy of an old one is harmless
      }
    }
  }

  private Failed failed(Path target, IOException e) {
    return new Failed(given.getOrDefault(target, target), e);
  }

  /** Puts back what the batch replaced or set aside and removes what it made. */
  private static void undo(
      List<Path> placed, Map<Path, Path> setAside, Map<Path, Path> temps, List<Path> folders) {
    for (Path p : placed) {
      quietly(() -> Files.deleteIfExists(p));
    }
    for (Map.Entry<Path, Path> e : setAside.entrySet()) {
      quietly(() -> move(e.getValue(), e.getKey()));
    }
    for (Path tmp : temps.values()) {
      quietly(() -> Files.deleteIfExists(tmp));
    }
    for (int i = folders.size() - 1; i >= 0; i--) {
      Path f = folders.get(i);
      quietly(() -> Files.deleteIfExists(f)); // only if still empty
    }
  }

  private interface Step {
    void run() throws IOException;
  }

  private static void quietly(Step step) {
    try {
      step.run();
    } catch (IOException e) {
      // best effort: the failure being reported is the first one
    }
  }

  /** Creates a folder and its missing parents, noting those it made (outermost first). */
  private static void createFolders(Path folder, List<Path> created) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
      missing.add(0, p);
    }
    for (Path p : missing) {
      Files.createDirectory(p);
      created.add(p);
    }
  }

  private static Path temporary(Path target) {
    return sibling(target, ".tmp");
  }

  /** Moves an existing file to a hidden name beside it, returning that name. */
  private static Path aside(Path target) throws IOException {
    Path old = sibling(target, ".old");
    move(target, old);
    return old;
  }

  private static Path sibling(Path target, String suffix) {
    long n = ThreadLocalRandom.current().nextLong();
    return target.resolveSibling("." + target.getFileName() + Long.toUnsignedString(n) + suffix);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
