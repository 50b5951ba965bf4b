package org.gkml.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;

/**
 * The lock every command that writes inside a catalogue tree holds while it reads and writes it
 * ({@code import --region --into-tree}, {@code fmt}, {@code new}): two such commands at once would
 * each write what they read before the other wrote, leaving a mixed or invalid tree. The second is
 * refused at once (exit 2). The lock is {@value #NAME} in the tree's root folder, a hidden file
 * that no walk of the tree reads, removed when the command ends; the mechanism is {@code build}'s
 * ({@link FolderLock}).
 */
public final class TreeLock implements AutoCloseable {
  /** The lock file's name in the root folder. */
  public static final String NAME = ".gkml-lock";

  private final Optional<FolderLock> lock;

  private TreeLock(Optional<FolderLock> lock) {
    this.lock = lock;
  }

  /**
   * Takes the lock of the tree at {@code root}, or refuses (usage error {@code tree.busy}) when
   * another command holds it. A root that is not a folder is not locked (the command reports that
   * as it would anyway); one where the lock file cannot be made (a root folder others may not write
   * while its region folders are writable, a folder named {@value #NAME}) is refused too, with the
   * system's reason: writing on without the lock would let two commands mix their edits again.
   */
  public static TreeLock hold(Path root) {
    Path folder = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(folder)) {
      return new TreeLock(Optional.empty());
    }
    Optional<FolderLock> taken;
    try {
      taken = FolderLock.tryTake(folder.resolve(NAME));
    } catch (IOException e) {
      Path file = folder.resolve(NAME);
      throw new GkmlException(
          e, ExitCode.USAGE, "tree.lockFailed", root, IoReason.writing(file, e), NAME);
    }
    if (taken.isEmpty()) {
      throw GkmlException.usage("tree.busy", root);
    }
    return new TreeLock(taken);
  }

  @Override
  public void close() {
    lock.ifPresent(FolderLock::close);
  }
}
