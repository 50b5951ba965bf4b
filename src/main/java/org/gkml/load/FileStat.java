package org.gkml.load;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What one stat of a file or folder tells, as the walk and the validate cache need it. Where the
 * file system has the "unix" view, that is the status change time (ctime) and the mode as well as
 * the basic attributes, from the same system call: writing a file sets its ctime, and no tool can
 * set it back, while its size, mtime and inode may all stay the same (an archive with fixed dates
 * unpacked over a copy of itself, {@code cp -a} into an existing tree). Elsewhere (Windows) it is
 * the basic attributes.
 */
public final class FileStat {
  private FileStat() {}

  private static final boolean UNIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
  private static final String WANTED = "unix:size,lastModifiedTime,ctime,mode,dev,ino";

  // the file type bits of st_mode (POSIX <sys/stat.h>)
  private static final int TYPE = 0170000;
  private static final int REGULAR = 0100000;
  private static final int FOLDER = 0040000;
  private static final int LINK = 0120000;

  /** The attributes of {@code p}, not following a link at its end when told so. */
  public static BasicFileAttributes of(Path p, LinkOption... options) throws IOException {
    if (!UNIX) {
      return Files.readAttributes(p, BasicFileAttributes.class, options);
    }
    Map<String, Object> a = Files.readAttributes(p, WANTED, options);
    return new Unix(
        (Long) a.get("size"),
        (FileTime) a.get("lastModifiedTime"),
        ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS),
        (Integer) a.get("mode"),
        (Long) a.get("dev"),
        (Long) a.get("ino"));
  }

  /**
   * The attributes of one stat on a file system with the unix view.
   *
   * @param changed the status change time (ctime), ns since the epoch
   * @param mode st_mode: the file type and the permission bits
   */
  public record Unix(
      long size, FileTime lastModifiedTime, long changed, int mode, long dev, long ino)
      implements BasicFileAttributes {
    /** The device and inode: the same for a file as long as it is that file. */
    public record Key(long dev, long ino) {}

    @Override
    public FileTime lastAccessTime() {
      return lastModifiedTime; // (not read: nothing in gkml asks)
    }

    @Override
    public FileTime creationTime() {
      return lastModifiedTime; // (as the JDK answers where a file system keeps none)
    }

    @Override
    public boolean isRegularFile() {
      return (mode & TYPE) == REGULAR;
    }

    @Override
    public boolean isDirectory() {
      return (mode & TYPE) == FOLDER;
    }

    @Override
    public boolean isSymbolicLink() {
      return (mode & TYPE) == LINK;
    }

    @Override
    public boolean isOther() {
      return !isRegularFile() && !isDirectory() && !isSymbolicLink();
    }

    @Override
    public Object fileKey() {
      return new Key(dev, ino);
    }

    /** The permission bits (rwx for owner, group and others, setuid, setgid, sticky). */
    public int permissions() {
      return mode & 07777;
    }

    /** The device and inode folded into 32 bits, the same on every Java. */
    public int keyHash() {
      return 31 * Long.hashCode(dev) + Long.hashCode(ino);
    }
  }
}
