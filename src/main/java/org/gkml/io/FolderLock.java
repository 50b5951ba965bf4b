package org.gkml.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive lock held on a lock file for as long as one gkml command writes a folder: a second
 * command that asks for the same lock, in this process or another, is told at once that it is held
 * (no waiting). The file is removed when the lock is released; a lock whose process died is
 * released by the operating system, and its file is taken over by the next command.
 */
public final class FolderLock implements AutoCloseable {
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock on {@code file}, creating it; empty when another command (or another part of
   * this one) holds it.
   */
  public static Optional<FolderLock> tryTake(Path file) throws IOException {
    while (true) {
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this very process
      } catch (IOException e) {
        channel.close();
        throw e;
      }
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(new FolderLock(file, channel, lock));
      }
      // the previous holder removed the file between our open and our lock: lock a new one
      lock.release();
      channel.close();
    }
  }

  /** Removes the lock file and releases the lock; best effort, as a lock dies with its process. */
  @Override
  public void close() {
    try {
      // remove the file first, while still holding it: see tryTake's check after locking
      Files.deleteIfExists(file);
      if (lock.isValid()) {
        lock.release();
      }
      channel.close();
    } catch (IOException e) {
      // best effort: the next holder takes the file over
    }
  }
}
