package org.gkml.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import org.gkml.io.AtomicFile;

/**
 * What each file of the last run looked like when its digest was taken (size, modification time in
 * nanoseconds, device and inode), so a later run can take the digest without reading the file
 * again, as git's index does. A stored digest is trusted only when the file's size, mtime and file
 * key are all the same and its mtime is older than the start of the run that stored it by {@link
 * #MARGIN_NANOS}: a file changed within the same clock tick as it was read, without its size
 * changing, would otherwise look unchanged (git's "racily clean" entries). The findings stay keyed
 * by the digests (TreeContents); this index only decides which files need reading to know them.
 *
 * <p>The attributes are those the tree's walk already read (one stat per file, none more). No
 * ctime: Java gives it only through a second stat per file ({@code unix:ctime}), about a tenth of
 * an unchanged run's time on a province, and it would only catch an edit in place that keeps the
 * size and then sets the mtime back to the very nanosecond (tools that restore times, {@code touch
 * -r}). An edit by a new file and a rename (what editors, git and rsync do) changes the inode. The
 * residual risk, and {@code --no-cache} against it, are in docs/ci.md.
 *
 * <p>Binary (one file, {@value #FILE}): a header, the files' names relative to the root, then per
 * file its size, mtime, file key and digest, in the run's file order (a later run finds a file by
 * position first, comparing the name's bytes: no name is decoded unless the list changed), ending
 * in a CRC-32C of all that precedes it: a truncated, corrupt or foreign index is ignored, never an
 * error. (A checksum, not a digest: whoever can write the cache folder can write its entries too;
 * the CRC only has to catch accidents.)
 */
final class StatIndex {
  static final String FILE = "stat-index.bin";
  private static final long MAGIC = 0x676b6d6c53544132L; // "gkmlSTA2"

  /** Files changed this close to (or after) the storing run's start are read again. */
  static final long MARGIN_NANOS = TimeUnit.SECONDS.toNanos(2);

  /** One file's attributes; {@code fileKey} is "null" where the platform has none. */
  record Stat(long size, long mtime, String fileKey) {
    /** The attributes of a regular file as read, or null (not a regular file). */
    static Stat of(BasicFileAttributes a) {
      if (a == null || !a.isRegularFile()) {
        return null;
      }
      return new Stat(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), key(a));
    }

    /** A file's attributes read now (following a link), or null. */
    static Stat of(Path p) {
      try {
        return of(Files.readAttributes(p, BasicFileAttributes.class));
      } catch (IOException | SecurityException e) {
        return null;
      }
    }

    private static String key(BasicFileAttributes a) {
      return String.valueOf(a.fileKey()); // (dev and inode on Unix)
    }

    /** Whether this state was already old when a run that started at {@code start} saw it. */
    boolean settledBefore(long start) {
      return mtime < start - MARGIN_NANOS;
    }
  }

  private final String root;
  private final long start;
  // the names relative to the root, UTF-8, one after another: entry i is names[ends[i-1]..ends[i])
  private final byte[] names;
  private final int[] ends;
  private final long[] sizes;
  private final long[] mtimes;
  private final String[] keys;
  private final byte[] digests;
  private final byte[] namesDigest;
  private Map<String, Integer> byName;

  private StatIndex(
      String root,
      long start,
      byte[] names,
      int[] ends,
      long[] sizes,
      long[] mtimes,
      String[] keys,
      byte[] digests,
      byte[] namesDigest) {
    this.root = root;
    this.start = start;
    this.names = names;
    this.ends = ends;
    this.sizes = sizes;
    this.mtimes = mtimes;
    this.keys = keys;
    this.digests = digests;
    this.namesDigest = namesDigest;
  }

  /** An index that vouches for nothing. */
  static StatIndex none() {
    return new StatIndex(
        "",
        Long.MIN_VALUE,
        new byte[0],
        new int[0],
        new long[0],
        new long[0],
        new String[0],
        new byte[0],
        null);
  }

  /**
   * The index of a run of {@code root} that started at {@code start} (ns since the epoch): each
   * file's name relative to the root (UTF-8, {@code paths[i]} from {@code from[i]}), its attributes
   * (null: not indexed), its digest ({@link TreeContents#DIGEST_BYTES} each, in one array) and the
   * digest of the list of names.
   */
  static StatIndex of(
      Path root,
      long start,
      byte[][] paths,
      int[] from,
      Stat[] stats,
      byte[] digests,
      byte[] namesDigest) {
    int n = paths.length;
    int total = 0;
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      total += paths[i].length - from[i];
      ends[i] = total;
    }
    byte[] names = new byte[total];
    for (int i = 0; i < n; i++) {
      int begin = i == 0 ? 0 : ends[i - 1];
      System.arraycopy(paths[i], from[i], names, begin, ends[i] - begin);
    }
    long[] sizes = new long[n];
    long[] mtimes = new long[n];
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      Stat s = stats[i];
      if (s == null) {
        mtimes[i] = Long.MAX_VALUE; // never settled: vouches for nothing
        keys[i] = "";
      } else {
        sizes[i] = s.size();
        mtimes[i] = s.mtime();
        keys[i] = s.fileKey();
      }
    }
    return new StatIndex(key(root), start, names, ends, sizes, mtimes, keys, digests, namesDigest);
  }

  /** The current time in ns since the epoch, as file times are given. */
  static long now() {
    java.time.Instant t = java.time.Instant.now();
    return TimeUnit.SECONDS.toNanos(t.getEpochSecond()) + t.getNano();
  }

  private static String key(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }

  /** How many files the index holds. */
  int size() {
    return ends.length;
  }

  /** The digest of the list of names it was stored with (null for none). */
  byte[] namesDigest() {
    return namesDigest;
  }

  /**
   * The entry of the file named {@code path[from..]} (relative to the root, UTF-8), looked for at
   * {@code i} first (the file order of the run that stored it), or -1.
   */
  int find(int i, byte[] path, int from) {
    if (ends.length == 0) {
      return -1; // (a first run: no name decoded for nothing)
    }
    if (i < ends.length && Arrays.equals(names, begin(i), ends[i], path, from, path.length)) {
      return i;
    }
    Integer at = byName().get(new String(path, from, path.length - from, StandardCharsets.UTF_8));
    return at == null ? -1 : at;
  }

  private int begin(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  private synchronized Map<String, Integer> byName() {
    if (byName == null) {
      Map<String, Integer> m = new HashMap<>(ends.length * 4 / 3 + 1);
      for (int i = 0; i < ends.length; i++) {
        m.put(new String(names, begin(i), ends[i] - begin(i), StandardCharsets.UTF_8), i);
      }
      byName = m;
    }
    return byName;
  }

  /**
   * Whether entry {@code i} vouches for a file that now has {@code now}'s attributes: the same
   * attributes, settled before the storing run began.
   */
  boolean vouches(int i, Stat now) {
    return now != null
        && sizes[i] == now.size()
        && mtimes[i] == now.mtime()
        && keys[i].equals(now.fileKey())
        && now.settledBefore(start);
  }

  /** Copies entry {@code i}'s digest into {@code to} at {@code at}. */
  void digest(int i, byte[] to, int at) {
    int d = TreeContents.DIGEST_BYTES;
    System.arraycopy(digests, i * d, to, at, d);
  }

  /** The index stored in {@code dir} for {@code root}, or one that vouches for nothing. */
  static StatIndex load(Path dir, Path root) {
    Path file = dir.resolve(FILE);
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          || Files.size(file) > ValidationCache.MAX_ENTRY_BYTES) {
        return none();
      }
      byte[] all = Files.readAllBytes(file);
      if (all.length < 12) {
        return none();
      }
      ByteBuffer in = ByteBuffer.wrap(all);
      int body = all.length - 8;
      if (in.getLong(body) != checksum(all, body) || in.getLong() != MAGIC) {
        return none();
      }
      String stored = text(in, all);
      if (!stored.equals(key(root))) {
        return none(); // (a user cache folder is named for its root: a copied folder)
      }
      long start = in.getLong();
      int d = TreeContents.DIGEST_BYTES;
      byte[] namesDigest = new byte[d];
      in.get(namesDigest);
      int n = in.getInt();
      if (n < 0 || n > body / (d + 20)) {
        return none();
      }
      int[] ends = new int[n];
      int total = 0;
      for (int i = 0; i < n; i++) {
        int length = in.getInt();
        if (length < 0 || length > body - total) {
          return none();
        }
        total += length;
        ends[i] = total;
      }
      byte[] names = new byte[total];
      in.get(names);
      long[] sizes = new long[n];
      long[] mtimes = new long[n];
      String[] keys = new String[n];
      byte[] digests = new byte[n * d];
      for (int i = 0; i < n; i++) {
        sizes[i] = in.getLong();
        mtimes[i] = in.getLong();
        keys[i] = text(in, all);
        in.get(digests, i * d, d);
      }
      if (in.position() != body) {
        return none();
      }
      return new StatIndex(stored, start, names, ends, sizes, mtimes, keys, digests, namesDigest);
    } catch (IOException | RuntimeException e) {
      return none(); // (BufferUnderflowException and friends: a foreign file)
    }
  }

  /** Writes the index to {@code dir} (through a temporary file and a rename), if within bounds. */
  void store(Path dir) {
    try {
      if (Files.isSymbolicLink(dir)) {
        return;
      }
      ByteArrayOutputStream bytes =
          new ByteArrayOutputStream(names.length + ends.length * 80 + 256);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeLong(MAGIC);
      text(out, root);
      out.writeLong(start);
      out.write(namesDigest);
      int n = ends.length;
      out.writeInt(n);
      for (int i = 0; i < n; i++) {
        out.writeInt(ends[i] - begin(i));
      }
      out.write(names);
      int d = TreeContents.DIGEST_BYTES;
      for (int i = 0; i < n; i++) {
        out.writeLong(sizes[i]);
        out.writeLong(mtimes[i]);
        text(out, keys[i]);
        out.write(digests, i * d, d);
      }
      out.flush();
      byte[] body = bytes.toByteArray();
      if (body.length > ValidationCache.MAX_ENTRY_BYTES) {
        return;
      }
      long crc = checksum(body, body.length);
      AtomicFile.write(
          dir.resolve(FILE),
          o -> {
            o.write(body);
            o.write(ByteBuffer.allocate(8).putLong(crc).array());
          });
    } catch (IOException | RuntimeException e) {
      // without an index the next run reads every file, as it would without this class
    }
  }

  private static void text(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String text(ByteBuffer in, byte[] all) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new BufferUnderflowException();
    }
    String s = new String(all, in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return s;
  }

  private static long checksum(byte[] b, int length) {
    CRC32C crc = new CRC32C();
    crc.update(b, 0, length);
    return crc.getValue();
  }
}
