package org.gkml.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import org.gkml.io.AtomicFile;
import org.gkml.load.FileStat;
import org.gkml.load.YamlWalk;

/**
 * What each file of the last run looked like when its digest was taken (size, modification time in
 * nanoseconds, device and inode), so a later run can take the digest without reading the file
 * again, as git's index does. A stored digest is trusted only when the file's size, mtime and file
 * key are all the same and its mtime is older than the start of the run that stored it by {@link
 * #MARGIN_NANOS}: a file changed within the same clock tick as it was read, without its size
 * changing, would otherwise look unchanged (git's "racily clean" entries). The findings stay keyed
 * by the digests (TreeContents); this index only decides which files need reading to know them.
 *
 * <p>The attributes are those the tree's walk already read (one stat per file, none more, see
 * load.FileStat), the ctime among them: copying or unpacking a file over an older copy of itself
 * ({@code cp -a}, {@code tar -x}, {@code unzip -o} of an archive with fixed dates) keeps its inode,
 * and may keep its size and mtime to the nanosecond, but sets its ctime to now, which no tool sets
 * back. The file key is kept as its hash (device and inode folded into 32 bits, the same for a file
 * as long as it is that file). Where the file system keeps no ctime (Windows), an in-place write
 * that keeps size and mtime goes unseen; that residual risk, and {@code --no-cache} against it, are
 * in docs/ci.md.
 *
 * <p>Binary (one file, {@value #FILE}), read as it lies (no per-file objects): a header, the names'
 * lengths, the names relative to the root (UTF-8), then the sizes, mtimes, ctimes, file-key hashes
 * and digests, each a column in the run's file order (a later run finds a file by position first,
 * comparing the name's bytes with the path's text: nothing is decoded unless the list changed),
 * ending in a CRC-32C of all that precedes it: a truncated, corrupt or foreign index is ignored,
 * never an error. (A checksum, not a digest: whoever can write the cache folder can write its
 * entries too; the CRC only has to catch accidents.)
 */
final class StatIndex {
  static final String FILE = "stat-index.bin";
  private static final long MAGIC = 0x676b6d6c53544137L; // "gkmlSTA7"
  private static final int D = TreeContents.DIGEST_BYTES;

  /** Files changed this close to (or after) the storing run's start are read again. */
  static final long MARGIN_NANOS = TimeUnit.SECONDS.toNanos(2);

  /**
   * One file's attributes; {@code changed} is its ctime where the file system keeps one (else its
   * mtime again): writing a file sets it, whatever the size, the mtime and the inode stay. {@code
   * fileKey} is the hash of the platform's file key (0: none) and, where the mode is known, of the
   * permission bits: {@code chmod} decides whether the file can be read (GK002).
   */
  record Stat(long size, long mtime, long changed, int fileKey) {
    /** The attributes of a regular file as read, or null (not a regular file). */
    static Stat of(BasicFileAttributes a) {
      if (a == null || !a.isRegularFile()) {
        return null;
      }
      long mtime = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
      if (a instanceof FileStat.Unix u) {
        return new Stat(u.size(), mtime, u.changed(), 31 * u.keyHash() + u.permissions());
      }
      return new Stat(a.size(), mtime, mtime, Objects.hashCode(a.fileKey()));
    }

    /** A file's attributes read now (following a link), as the walk reads them, or null. */
    static Stat of(Path p) {
      try {
        return of(FileStat.of(p));
      } catch (IOException | SecurityException e) {
        return null;
      }
    }

    /** Whether this state was already old when a run that started at {@code start} saw it. */
    boolean settledBefore(long start) {
      return Math.max(mtime, changed) < start - MARGIN_NANOS;
    }
  }

  /**
   * A folder's attributes: its status change time (ctime, ns), the hash of its file key and its
   * permission bits (whether it can be listed). An entry made, removed or renamed in a folder sets
   * its mtime and its ctime; setting the mtime back (tar and rsync restore folder times after
   * unpacking into them, a reproducible archive has one fixed time) sets the ctime to now, which no
   * tool sets back. A change of permissions sets the ctime too; the bits are kept all the same.
   */
  record FolderStat(long changed, int fileKey, int mode) {
    /**
     * The attributes of folder {@code p} as one stat read them, or null where the file system keeps
     * no ctime (folders are then always listed).
     */
    static FolderStat of(Path p, BasicFileAttributes a) {
      if (!(a instanceof FileStat.Unix u) || !u.isDirectory()) {
        return null;
      }
      return new FolderStat(u.changed(), u.keyHash(), u.permissions());
    }

    /** As {@link Stat#settledBefore}, by the ctime. */
    boolean settledBefore(long start) {
      return changed < start - MARGIN_NANOS;
    }
  }

  private final ByteBuffer data;
  private final String root;
  private final long start;
  private final byte[] namesDigest;
  // the shape and key (TreeContents) of the run that stored the index (zeros: none)
  private final byte[] shape;
  private final byte[] key;
  private final int n;
  // where each column begins in data; entry i's name is names[ends[i-1]..ends[i])
  private final int[] ends;
  private final int names;
  private final int sizes;
  private final int mtimes;
  private final int changes;
  private final int keys;
  private final int digests;
  // the folders of the walk (see KnownWalk): folder i's name is folderNames[folderEnds[i-1]..)
  private final int[] folderEnds;
  private final int folderNames;
  private final int folderMtimes;
  private final int folderKeys;
  private final int folderModes;
  // each folder's and (when there are folders) each file's folder: its index, or -1 for the root
  private final int folderParents;
  private final int fileParents;
  private Map<String, Integer> byName;

  private StatIndex(
      ByteBuffer data,
      String root,
      long start,
      byte[] namesDigest,
      byte[] shape,
      byte[] key,
      int[] ends,
      int folderNames,
      int[] folderEnds) {
    this.data = data;
    this.root = root;
    this.start = start;
    this.namesDigest = namesDigest;
    this.shape = shape;
    this.key = key;
    this.n = ends.length;
    this.ends = ends;
    this.names = data.position();
    this.sizes = names + (n == 0 ? 0 : ends[n - 1]);
    this.mtimes = sizes + 8 * n;
    this.changes = mtimes + 8 * n;
    this.keys = changes + 8 * n;
    this.digests = keys + 4 * n;
    int m = folderEnds.length;
    this.folderEnds = folderEnds;
    this.folderNames = folderNames;
    this.folderMtimes = folderNames + (m == 0 ? 0 : folderEnds[m - 1]);
    this.folderKeys = folderMtimes + 8 * m;
    this.folderModes = folderKeys + 4 * m;
    this.folderParents = folderModes + 4 * m;
    this.fileParents = folderParents + 4 * m;
  }

  /** An index that vouches for nothing. */
  static StatIndex none() {
    return new StatIndex(
        ByteBuffer.allocate(0), "", Long.MIN_VALUE, null, null, null, new int[0], 0, new int[0]);
  }

  /**
   * The index of a run of {@code root} that started at {@code start} (ns since the epoch): each
   * file's name relative to the root (UTF-8), its attributes (null: vouches for nothing), its
   * digest ({@link TreeContents#DIGEST_BYTES} each, in one array) and the digest of the list of
   * names.
   */
  static StatIndex of(
      Path root, long start, byte[][] names, Stat[] stats, byte[] digests, byte[] namesDigest) {
    return of(
        root,
        start,
        names,
        stats,
        digests,
        namesDigest,
        new byte[D],
        new byte[D],
        new byte[0][],
        new FolderStat[0],
        new int[0],
        new int[0]);
  }

  /**
   * As {@link #of(Path, long, byte[][], Stat[], byte[], byte[])}, with the folders the run's walk
   * listed (names relative to the root, UTF-8, and attributes) when they are all a later run needs
   * to know the walk's outcome unchanged (KnownWalk); none otherwise.
   *
   * @param shape the shape of the run (TreeContents.shape, as bytes)
   * @param key the run's key (TreeContents.key, as bytes): a later run whose files are all vouched
   *     for in place and whose shape is the same has the same key, without hashing the digests
   * @param folderParents each folder's parent folder (an earlier one), -1 for the root
   * @param fileParents each file's folder, -1 for the root (none when there are no folders)
   */
  static StatIndex of(
      Path root,
      long start,
      byte[][] names,
      Stat[] stats,
      byte[] digests,
      byte[] namesDigest,
      byte[] shape,
      byte[] key,
      byte[][] folderNames,
      FolderStat[] folderStats,
      int[] folderParents,
      int[] fileParents) {
    int n = names.length;
    int m = folderNames.length;
    if (folderParents.length != m || fileParents.length != (m == 0 ? 0 : n)) {
      throw new IllegalArgumentException("a parent for each folder and file");
    }
    String top = key(root);
    byte[] rootBytes = top.getBytes(StandardCharsets.UTF_8);
    int namesLength = 0;
    for (byte[] name : names) {
      namesLength += name.length;
    }
    int folderNamesLength = 0;
    for (byte[] name : folderNames) {
      folderNamesLength += name.length;
    }
    int header = 8 + 4 + rootBytes.length + 8 + 3 * D + 4;
    ByteBuffer out =
        ByteBuffer.allocate(
            header
                + 4 * n
                + namesLength
                + (8 + 8 + 8 + 4 + D) * n
                + 4
                + 4 * m
                + folderNamesLength
                + (8 + 4 + 4 + 4) * m
                + 4 * fileParents.length
                + 8);
    out.putLong(MAGIC).putInt(rootBytes.length).put(rootBytes).putLong(start).put(namesDigest);
    out.put(shape, 0, D).put(key, 0, D);
    out.putInt(n);
    for (byte[] name : names) {
      out.putInt(name.length);
    }
    for (byte[] name : names) {
      out.put(name);
    }
    for (Stat s : stats) {
      out.putLong(s == null ? 0 : s.size());
    }
    for (Stat s : stats) {
      out.putLong(s == null ? Long.MAX_VALUE : s.mtime()); // never settled: vouches for nothing
    }
    for (Stat s : stats) {
      out.putLong(s == null ? Long.MAX_VALUE : s.changed());
    }
    for (Stat s : stats) {
      out.putInt(s == null ? 0 : s.fileKey());
    }
    out.put(digests, 0, n * D);
    out.putInt(m);
    for (byte[] name : folderNames) {
      out.putInt(name.length);
    }
    for (byte[] name : folderNames) {
      out.put(name);
    }
    for (FolderStat s : folderStats) {
      out.putLong(s.changed());
    }
    for (FolderStat s : folderStats) {
      out.putInt(s.fileKey());
    }
    for (FolderStat s : folderStats) {
      out.putInt(s.mode());
    }
    for (int parent : folderParents) {
      out.putInt(parent);
    }
    for (int parent : fileParents) {
      out.putInt(parent);
    }
    out.putLong(checksum(out.array(), out.position()));
    StatIndex index = parse(out.array());
    if (index == null) {
      throw new IllegalStateException("an index that does not read back");
    }
    return index;
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
    return n;
  }

  /** The digest of the list of names it was stored with (null for none). */
  byte[] namesDigest() {
    return namesDigest;
  }

  /**
   * The key of a run of shape {@code shape} whose every digest is this index's, in place (the key
   * hashes the digests and the shape: the same ones give the same key); null when the index was
   * stored with another shape.
   */
  byte[] keyFor(byte[] shape) {
    return this.shape != null && java.util.Arrays.equals(this.shape, shape) ? key.clone() : null;
  }

  /**
   * This index with another run's shape and key (a run whose every digest was this index's, in
   * place): what it vouches for is unchanged, the next run of that shape takes the key from it.
   */
  StatIndex withKey(byte[] shape, byte[] key) {
    byte[] all = data.array().clone();
    // the shape and key follow the magic, the root, the start and the names' digest
    int at = 8 + 4 + root.getBytes(StandardCharsets.UTF_8).length + 8 + D;
    System.arraycopy(shape, 0, all, at, D);
    System.arraycopy(key, 0, all, at + D, D);
    int body = all.length - 8;
    ByteBuffer.wrap(all).putLong(body, checksum(all, body));
    StatIndex index = parse(all);
    if (index == null) {
      throw new IllegalStateException("an index that does not read back");
    }
    return index;
  }

  private int begin(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  /**
   * The entry of the file whose path's text is {@code path}, its name relative to the root starting
   * at character {@code from}; looked for at {@code i} first (the file order of the run that stored
   * it), or -1.
   */
  int find(int i, String path, int from) {
    if (n == 0) {
      return -1; // (a first run: no name decoded for nothing)
    }
    if (i < n && sameName(path, from, data.array(), names + begin(i), names + ends[i])) {
      return i;
    }
    Integer at = byName().get(path.substring(from));
    return at == null ? -1 : at;
  }

  /**
   * Whether {@code s} from character {@code from} on is the UTF-8 text {@code b[begin..end)}
   * (compared as it is decoded: no string made for the 51,000 names of a province).
   */
  static boolean sameName(String s, int from, byte[] b, int begin, int end) {
    int k = from;
    int length = s.length();
    int j = begin;
    while (j < end) {
      int c = b[j] & 0xff;
      int cp;
      if (c < 0x80) {
        cp = c;
        j += 1;
      } else if (c >= 0xc2 && c < 0xe0 && j + 1 < end) {
        cp = (c & 0x1f) << 6 | (b[j + 1] & 0x3f);
        j += 2;
      } else if (c >= 0xe0 && c < 0xf0 && j + 2 < end) {
        cp = (c & 0x0f) << 12 | (b[j + 1] & 0x3f) << 6 | (b[j + 2] & 0x3f);
        j += 3;
      } else if (c >= 0xf0 && c < 0xf5 && j + 3 < end) {
        cp =
            (c & 0x07) << 18 | (b[j + 1] & 0x3f) << 12 | (b[j + 2] & 0x3f) << 6 | (b[j + 3] & 0x3f);
        j += 4;
      } else {
        // not what getBytes writes: compare the slow way
        return s.substring(from).equals(new String(b, begin, end - begin, StandardCharsets.UTF_8));
      }
      if (cp < 0x10000) {
        if (k >= length || s.charAt(k) != cp) {
          return false;
        }
        k++;
      } else {
        if (k + 1 >= length
            || s.charAt(k) != Character.highSurrogate(cp)
            || s.charAt(k + 1) != Character.lowSurrogate(cp)) {
          return false;
        }
        k += 2;
      }
    }
    return k == length;
  }

  private synchronized Map<String, Integer> byName() {
    if (byName == null) {
      Map<String, Integer> m = new HashMap<>(n * 4 / 3 + 1);
      for (int i = 0; i < n; i++) {
        m.put(
            new String(data.array(), names + begin(i), ends[i] - begin(i), StandardCharsets.UTF_8),
            i);
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
        && data.getLong(sizes + 8 * i) == now.size()
        && data.getLong(mtimes + 8 * i) == now.mtime()
        && data.getLong(changes + 8 * i) == now.changed()
        && data.getInt(keys + 4 * i) == now.fileKey()
        && now.settledBefore(start);
  }

  /** The name relative to the root of entry {@code i}. */
  String name(int i) {
    return new String(data.array(), names + begin(i), ends[i] - begin(i), StandardCharsets.UTF_8);
  }

  /** The name relative to the root of entry {@code i}, as stored (UTF-8). */
  byte[] nameBytes(int i) {
    int from = names + begin(i);
    return java.util.Arrays.copyOfRange(data.array(), from, names + ends[i]);
  }

  /** The name relative to the root of folder {@code i}, as stored (UTF-8). */
  byte[] folderNameBytes(int i) {
    int from = folderNames + folderBegin(i);
    return java.util.Arrays.copyOfRange(data.array(), from, folderNames + folderEnds[i]);
  }

  /** Whether entry {@code i} is a file at the top of the root (its name has no '/'). */
  boolean atTop(int i) {
    byte[] b = data.array();
    for (int j = names + begin(i); j < names + ends[i]; j++) {
      if (b[j] == '/') {
        return false;
      }
    }
    return true;
  }

  /** How many folders the index holds (none: it cannot tell a walk's outcome, see KnownWalk). */
  int folders() {
    return folderEnds.length;
  }

  private int folderBegin(int i) {
    return i == 0 ? 0 : folderEnds[i - 1];
  }

  /** The name relative to the root of folder {@code i}. */
  String folderName(int i) {
    int from = folderNames + folderBegin(i);
    return new String(data.array(), from, folderEnds[i] - folderBegin(i), StandardCharsets.UTF_8);
  }

  /** Folder {@code i}'s own name (what follows its parent's name and a '/'). */
  String folderBaseName(int i) {
    return baseName(folderNames + folderBegin(i), folderNames + folderEnds[i]);
  }

  /** The folder folder {@code i} is in: an earlier folder's index, or -1 for the root. */
  int folderParent(int i) {
    return data.getInt(folderParents + 4 * i);
  }

  /** Entry {@code i}'s file's own name (what follows its folder's name and a '/'). */
  String baseName(int i) {
    return baseName(names + begin(i), names + ends[i]);
  }

  /** The folder entry {@code i}'s file is in (there are folders): an index, or -1 for the root. */
  int parent(int i) {
    return data.getInt(fileParents + 4 * i);
  }

  private String baseName(int begin, int end) {
    byte[] b = data.array();
    int from = end;
    while (from > begin && b[from - 1] != '/') {
      from--;
    }
    return new String(b, from, end - from, StandardCharsets.UTF_8);
  }

  /**
   * Whether folder {@code i} vouches for a folder that now has {@code now}'s attributes: the same
   * attributes, settled before the storing run began (as {@link #vouches} for a file).
   */
  boolean vouchesFolder(int i, FolderStat now) {
    return now != null
        && data.getLong(folderMtimes + 8 * i) == now.changed()
        && data.getInt(folderKeys + 4 * i) == now.fileKey()
        && data.getInt(folderModes + 4 * i) == now.mode()
        && now.settledBefore(start);
  }

  /**
   * Whether the folders a walk listed are those this index holds, in the same order, each vouched
   * for: a later run will know the walk's outcome from this index, none need be stored for that.
   *
   * @param prefix the root's text with a trailing '/'
   */
  boolean vouchesFolders(List<YamlWalk.Folder> walked, String prefix) {
    if (walked.size() != folders()) {
      return false;
    }
    for (int i = 0; i < walked.size(); i++) {
      YamlWalk.Folder f = walked.get(i);
      String text = f.path().toString();
      if (!text.startsWith(prefix)
          || !sameName(
              text,
              prefix.length(),
              data.array(),
              folderNames + folderBegin(i),
              folderNames + folderEnds[i])
          || !vouchesFolder(i, FolderStat.of(f.path(), f.attributes()))) {
        return false;
      }
    }
    return true;
  }

  /** Copies entry {@code i}'s digest into {@code to} at {@code at}. */
  void digest(int i, byte[] to, int at) {
    System.arraycopy(data.array(), digests + i * D, to, at, D);
  }

  /** The index stored in {@code dir} for {@code root}, or one that vouches for nothing. */
  static StatIndex load(Path dir, Path root) {
    Path file = dir.resolve(FILE);
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          || Files.size(file) > ValidationCache.MAX_ENTRY_BYTES) {
        return none();
      }
      StatIndex index = parse(Files.readAllBytes(file));
      return index != null && index.root.equals(key(root)) ? index : none();
      // (another root's: a user cache folder is named for its root, a copied folder)
    } catch (IOException | RuntimeException e) {
      return none();
    }
  }

  /** The index {@code all} holds, or null when it is not one (truncated, corrupt, foreign). */
  private static StatIndex parse(byte[] all) {
    try {
      if (all.length < 16) {
        return null;
      }
      ByteBuffer in = ByteBuffer.wrap(all);
      int body = all.length - 8;
      if (in.getLong(body) != checksum(all, body) || in.getLong() != MAGIC) {
        return null;
      }
      int rootLength = in.getInt();
      if (rootLength < 0 || rootLength > in.remaining()) {
        return null;
      }
      String root = new String(all, in.position(), rootLength, StandardCharsets.UTF_8);
      in.position(in.position() + rootLength);
      long start = in.getLong();
      byte[] namesDigest = new byte[D];
      in.get(namesDigest);
      byte[] shape = new byte[D];
      in.get(shape);
      byte[] key = new byte[D];
      in.get(key);
      int n = in.getInt();
      if (n < 0 || n > in.remaining() / (4 + 8 + 8 + 8 + 4 + D)) {
        return null;
      }
      int[] ends = new int[n];
      long total = 0;
      for (int i = 0; i < n; i++) {
        int length = in.getInt();
        total += length;
        if (length < 0 || total > body) {
          return null;
        }
        ends[i] = (int) total;
      }
      int namesAt = in.position();
      long folders = namesAt + total + (8L + 8 + 8 + 4 + D) * n;
      if (folders + 4 > body) {
        return null;
      }
      int m = in.getInt((int) folders);
      if (m < 0 || m > (body - folders - 4) / (4 + 8 + 4 + 4 + 4)) {
        return null;
      }
      int[] folderEnds = new int[m];
      long folderTotal = 0;
      for (int i = 0; i < m; i++) {
        int length = in.getInt((int) folders + 4 + 4 * i);
        folderTotal += length;
        if (length < 0 || folderTotal > body) {
          return null;
        }
        folderEnds[i] = (int) folderTotal;
      }
      long folderNames = folders + 4 + 4L * m;
      if (folderNames + folderTotal + (8L + 4 + 4 + 4) * m + (m == 0 ? 0 : 4L * n) != body) {
        return null;
      }
      return new StatIndex(
          in, root, start, namesDigest, shape, key, ends, (int) folderNames, folderEnds);
    } catch (RuntimeException e) {
      return null; // (BufferUnderflowException and friends: a foreign file)
    }
  }

  /** Writes the index to {@code dir} (through a temporary file and a rename), if within bounds. */
  void store(Path dir) {
    try {
      byte[] all = data.array();
      if (Files.isSymbolicLink(dir) || all.length > ValidationCache.MAX_ENTRY_BYTES) {
        return;
      }
      AtomicFile.write(dir.resolve(FILE), o -> o.write(all));
    } catch (IOException | RuntimeException e) {
      // without an index the next run reads every file, as it would without this class
    }
  }

  private static long checksum(byte[] b, int length) {
    CRC32C crc = new CRC32C();
    crc.update(b, 0, length);
    return crc.getValue();
  }

  /** For tests: whether two names compare as {@link #find} compares them. */
  static boolean sameName(String a, String b) {
    byte[] bytes = b.getBytes(StandardCharsets.UTF_8);
    return sameName(a, 0, bytes, 0, bytes.length);
  }
}
