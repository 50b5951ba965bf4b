package org.gkml.cache;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import org.gkml.io.AtomicFile;

/**
 * What a file looked like when its digest was last computed (size, mtime, ctime, device and inode),
 * so a later run can take the digest without reading the file again, as git's index does. A stored
 * digest is trusted only when every attribute is the same and the file's mtime and ctime are older
 * than the start of the run that stored it by {@link #MARGIN_NANOS}: a file changed within the same
 * clock tick as it was read, without its size changing, would otherwise look unchanged (git's
 * "racily clean" entries). The findings stay keyed by the digests (TreeContents); this index only
 * decides which files need reading to know them.
 *
 * <p>The residual risk is git's: a tool that writes a file and then puts back its size and mtime
 * exactly, on a platform without ctime or inode numbers, is not seen; {@code --no-cache} or {@code
 * GKML_CACHE=off} avoids it (docs/ci.md).
 *
 * <p>Stored as text (one line a file, names relative to the root) ending in a CRC-32C of all that
 * precedes it: a truncated, corrupt or foreign index is ignored, never an error. (A checksum, not a
 * digest: whoever can write the cache folder can write its entries too; the CRC only has to catch
 * accidents, and a SHA-256 of the index would cost a tenth of what the index saves.)
 */
final class StatIndex {
  static final String FORMAT = "gkml-stat-index/1";
  static final String FILE = "stat-index.txt";

  /** Files changed this close to (or after) the storing run's start are read again. */
  static final long MARGIN_NANOS = TimeUnit.SECONDS.toNanos(2);

  /** One file's attributes; {@code ctime} is {@link Long#MIN_VALUE} where the platform has none. */
  record Stat(long size, long mtime, long ctime, String fileKey) {
    /** The attributes of a regular file, or null (not a regular file, or unreadable). */
    static Stat of(Path p) {
      try {
        Map<String, Object> a =
            Files.readAttributes(p, "unix:size,lastModifiedTime,ctime,dev,ino,isRegularFile");
        if (!Boolean.TRUE.equals(a.get("isRegularFile"))) {
          return null;
        }
        return new Stat(
            (Long) a.get("size"),
            nanos((FileTime) a.get("lastModifiedTime")),
            nanos((FileTime) a.get("ctime")),
            a.get("dev") + ":" + a.get("ino"));
      } catch (UnsupportedOperationException | IllegalArgumentException e) {
        return basic(p); // no unix view (Windows): size, mtime and the file key only
      } catch (IOException | SecurityException | ClassCastException e) {
        return null;
      }
    }

    private static Stat basic(Path p) {
      try {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        if (!a.isRegularFile()) {
          return null;
        }
        return new Stat(
            a.size(), nanos(a.lastModifiedTime()), Long.MIN_VALUE, String.valueOf(a.fileKey()));
      } catch (IOException | SecurityException e) {
        return null;
      }
    }

    private static long nanos(FileTime t) {
      return t.to(TimeUnit.NANOSECONDS);
    }

    /** Whether this state was already old when a run that started at {@code start} saw it. */
    boolean settledBefore(long start) {
      long limit = start - MARGIN_NANOS;
      return mtime < limit && (ctime == Long.MIN_VALUE || ctime < limit);
    }
  }

  private record Known(Stat stat, String digest) {}

  private final String root;
  private final long start;
  private final Map<String, Known> files;

  private StatIndex(String root, long start, Map<String, Known> files) {
    this.root = root;
    this.start = start;
    this.files = files;
  }

  /** An index for a run of {@code root} that started at {@code start} (ns since the epoch). */
  static StatIndex empty(Path root, long start) {
    return new StatIndex(key(root), start, new HashMap<>());
  }

  /** The current time in ns since the epoch, as file times are given. */
  static long now() {
    java.time.Instant t = java.time.Instant.now();
    return TimeUnit.SECONDS.toNanos(t.getEpochSecond()) + t.getNano();
  }

  private static String key(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }

  /** The digest (hex) stored for a file that still has {@code now}'s attributes, or null. */
  String digest(Path file, Stat now) {
    if (now == null) {
      return null;
    }
    Known k = files.get(key(file));
    if (k == null || !k.stat().equals(now) || !now.settledBefore(start)) {
      return null;
    }
    return k.digest();
  }

  /** Records a file's attributes and digest (hex); files whose names a line cannot hold are not. */
  void put(Path file, Stat stat, String digest) {
    String name = key(file);
    if (stat == null
        || name.indexOf('\t') >= 0
        || name.indexOf('\n') >= 0
        || name.indexOf('\r') >= 0
        || stat.fileKey().indexOf('\t') >= 0
        || stat.fileKey().indexOf('\n') >= 0) {
      return;
    }
    files.put(name, new Known(stat, digest));
  }

  /** The index stored in {@code dir} for {@code root}, or an empty one (absent, corrupt, other). */
  static StatIndex load(Path dir, Path root) {
    Path file = dir.resolve(FILE);
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          || Files.size(file) > ValidationCache.MAX_ENTRY_BYTES) {
        return empty(root, Long.MIN_VALUE);
      }
      byte[] all = Files.readAllBytes(file);
      int end = lastLineStart(all);
      String tail = new String(all, end, all.length - end, StandardCharsets.UTF_8);
      if (!tail.equals("end\t" + checksum(all, end) + "\n")) {
        return empty(root, Long.MIN_VALUE);
      }
      String[] lines = new String(all, 0, end, StandardCharsets.UTF_8).split("\n", -1);
      if (lines.length < 4
          || !lines[0].equals(FORMAT)
          || !lines[1].equals("root\t" + key(root))
          || !lines[2].startsWith("start\t")) {
        return empty(root, Long.MIN_VALUE);
      }
      long start = Long.parseLong(lines[2].substring(6));
      String prefix = key(root) + File.separator;
      Map<String, Known> files = new HashMap<>(lines.length * 4 / 3 + 1);
      for (int i = 3; i < lines.length - 1; i++) {
        String[] f = lines[i].split("\t", 6);
        if (f.length != 6 || !isDigest(f[0])) {
          return empty(root, Long.MIN_VALUE);
        }
        Stat stat =
            new Stat(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), f[4]);
        files.put(prefix + f[5], new Known(stat, f[0]));
      }
      return new StatIndex(key(root), start, files);
    } catch (IOException | RuntimeException e) {
      return empty(root, Long.MIN_VALUE);
    }
  }

  /** Writes the index to {@code dir} (through a temporary file and a rename), if within bounds. */
  void store(Path dir) {
    try {
      if (Files.isSymbolicLink(dir)) {
        return;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(files.size() * 160 + 256);
      StringBuilder b = new StringBuilder(FORMAT).append('\n');
      b.append("root\t").append(root).append('\n');
      b.append("start\t").append(start).append('\n');
      out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
      String prefix = root + File.separator;
      for (Map.Entry<String, Known> e : files.entrySet()) {
        Known k = e.getValue();
        if (!e.getKey().startsWith(prefix)) {
          continue; // (a scope's files are all below its root)
        }
        b.setLength(0);
        b.append(k.digest()).append('\t').append(k.stat().size()).append('\t');
        b.append(k.stat().mtime()).append('\t').append(k.stat().ctime()).append('\t');
        b.append(k.stat().fileKey())
            .append('\t')
            .append(e.getKey(), prefix.length(), e.getKey().length())
            .append('\n');
        out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
        if (out.size() > ValidationCache.MAX_ENTRY_BYTES) {
          return;
        }
      }
      byte[] body = out.toByteArray();
      byte[] tail = ("end\t" + checksum(body, body.length) + "\n").getBytes(StandardCharsets.UTF_8);
      AtomicFile.write(
          dir.resolve(FILE),
          o -> {
            o.write(body);
            o.write(tail);
          });
    } catch (IOException | RuntimeException e) {
      // without an index the next run reads every file, as it would without this class
    }
  }

  private static int lastLineStart(byte[] all) {
    int i = all.length - 2;
    while (i >= 0 && all[i] != '\n') {
      i--;
    }
    return i + 1;
  }

  private static String checksum(byte[] b, int length) {
    CRC32C crc = new CRC32C();
    crc.update(b, 0, length);
    return Long.toHexString(crc.getValue());
  }

  private static boolean isDigest(String s) {
    if (s.length() != 64) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
