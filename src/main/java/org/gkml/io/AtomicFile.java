package org.gkml.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an output file through a temporary file in the same folder and a rename, so a failure
 * never leaves a half-written file behind (CLI.md "Files written").
 */
public final class AtomicFile {

  /** Writes the bytes a body produces. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final Set<PosixFilePermission> PUBLISHED =
      PosixFilePermissions.fromString("rw-r--r--");
  private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  private AtomicFile() {}

  public static void write(Path target, Body body) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    // a build writes tens of thousands of files: one open each, and no file-store lookup
    Path tmp = null;
    OutputStream out = null;
    while (out == null) {
      long n = ThreadLocalRandom.current().nextLong();
      tmp = dir.resolve("." + abs.getFileName() + Long.toUnsignedString(n) + ".tmp");
      try {
        out = create(tmp);
      } catch (FileAlreadyExistsException e) {
        // another writer's temporary file: draw another name
      }
    }
    boolean moved = false;
    try {
      try (OutputStream o = out) {
        body.writeTo(o);
      }
      publishable(tmp, abs);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** A new file, owner-only while it is written where the file system has POSIX permissions. */
  static OutputStream create(Path tmp) throws IOException {
    Set<StandardOpenOption> options =
        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      return Channels.newOutputStream(Files.newByteChannel(tmp, options, OWNER_ONLY));
    } catch (UnsupportedOperationException e) {
      return Channels.newOutputStream(Files.newByteChannel(tmp, options));
    }
  }

  /**
   * Outputs are meant to be published: they get the permissions of the file they replace, or
   * rw-r--r-- for a new one, whatever the umask allowed at creation (file systems without POSIX
   * permissions keep their own).
   */
  static void publishable(Path tmp, Path target) throws IOException {
    Set<PosixFilePermission> perms;
    try {
      perms = Files.getPosixFilePermissions(target);
    } catch (NoSuchFileException e) {
      perms = PUBLISHED;
    } catch (UnsupportedOperationException e) {
      return;
    }
    try {
      Files.setPosixFilePermissions(tmp, perms);
    } catch (UnsupportedOperationException e) {
      // no POSIX permissions here
    }
  }
}
