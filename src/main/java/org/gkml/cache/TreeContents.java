package org.gkml.cache;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.gkml.concurrent.Background;
import org.gkml.load.BoundedInput;
import org.gkml.load.Scope;
import org.gkml.load.StagedFiles;
import org.gkml.load.TreeLoader;
import org.gkml.load.YamlWalk;

/**
 * The digest of every file a whole-tree validate reads, and the key that names them with everything
 * else its findings depend on: the gkml build, the message language, the working directory (paths
 * are shown relative to it), the root, each file's path and digest, what the walk skipped and why,
 * and {@code regions.csv}.
 *
 * <p>A file the stat index vouches for (StatIndex: unchanged since a run that read it) is not read
 * here; its stored digest counts. Every other file is read and hashed, and the check is then given
 * these very bytes ({@link #of}), so the findings stored under the key are those of the content the
 * key names even when a file changes while the check runs. A vouched file the check asks for is
 * read then, and the run stores nothing when such a file's attributes changed by the end of the
 * check ({@link #drifted}): the same trust in attributes as the stat index's, at the cost of one
 * stat instead of a digest.
 *
 * <p>The digest is SHA-512/256 (FIPS 180-4): a cryptographic hash, so no one can make two contents
 * with one key and have a CI cache answer for the other; and on the 64-bit machines gkml runs on,
 * without the JIT's SHA intrinsics (the launcher runs C1 only), it costs about four fifths of
 * SHA-256's time. MD5 and SHA-1 would be faster still but have known collisions.
 */
public final class TreeContents implements TreeLoader.Contents {
  /** Bumped whenever what an entry holds, or what the key covers, changes. */
  static final String FORMAT = "gkml-validate-cache/2";

  static final String DIGEST = "SHA-512/256";
  static final int DIGEST_BYTES = 32;

  private final String key;
  private final String shape;
  private final List<Path> files;
  private final byte[] digests;
  private final byte[][] bytes;
  private final String registerDigest;
  private final StatIndex.Stat[] stats;
  private final boolean[] vouched;
  private final Supplier<StatIndex> index;
  private final boolean anyRead;
  // files whose bytes were given (the index's, not the work tree's): handed out every time asked
  private final boolean[] pinned;
  private final ConcurrentLinkedQueue<Integer> readLate = new ConcurrentLinkedQueue<>();
  private Map<Path, Integer> position;
  private Map<Path, Integer> equalPosition;

  private TreeContents(
      String key,
      String shape,
      List<Path> files,
      byte[] digests,
      byte[][] bytes,
      String registerDigest,
      StatIndex.Stat[] stats,
      boolean[] vouched,
      Supplier<StatIndex> index,
      boolean anyRead,
      boolean[] pinned) {
    this.key = key;
    this.shape = shape;
    this.files = files;
    this.digests = digests;
    this.bytes = bytes;
    this.registerDigest = registerDigest;
    this.stats = stats;
    this.vouched = vouched;
    this.index = index;
    this.anyRead = anyRead;
    this.pinned = pinned;
  }

  /**
   * Reads and hashes every file of {@code scope} (a whole root); empty when one cannot be read in
   * full (it is then reported by the check, which runs without the cache).
   */
  public static Optional<TreeContents> read(
      Scope scope, String build, Locale locale, Path workingDir) {
    return read(scope, build, locale, workingDir, StatIndex.none(), StatIndex.now());
  }

  /**
   * Like {@link #read(Scope, String, Locale, Path)}, taking the digest of each file {@code known}
   * vouches for without reading it.
   *
   * @param start when this run began, before the walk that made {@code scope} (ns since the epoch)
   */
  static Optional<TreeContents> read(
      Scope scope, String build, Locale locale, Path workingDir, StatIndex known, long start) {
    return read(scope, build, locale, workingDir, known, start, false);
  }

  /**
   * As {@link #read(Scope, String, Locale, Path, StatIndex, long)}; {@code fromIndex} when the
   * scope is KnownWalk's of {@code known}: its files are the index's, in its order, and its folders
   * are vouched for (no name compared, no path's text made).
   */
  static Optional<TreeContents> read(
      Scope scope,
      String build,
      Locale locale,
      Path workingDir,
      StatIndex known,
      long start,
      boolean fromIndex) {
    return read(scope, build, locale, workingDir, known, start, fromIndex, null);
  }

  /**
   * As {@link #read(Scope, String, Locale, Path, StatIndex, long, boolean)}, taking the bytes of
   * the files {@code given} has (the git index's, for {@code validate --changed --staged}) instead
   * of the work tree's: they are hashed and checked as given, never vouched for by the stat index,
   * and this run makes no stat index (the work tree's attributes do not describe these bytes).
   *
   * @param given null: every file as the work tree holds it
   */
  static Optional<TreeContents> read(
      Scope scope,
      String build,
      Locale locale,
      Path workingDir,
      StatIndex known,
      long start,
      boolean fromIndex,
      StagedFiles given) {
    Path top = scope.root().toAbsolutePath().normalize();
    String prefix = top.toString().endsWith("/") ? top.toString() : top + "/";
    List<Path> files = scope.read();
    int n = files.size();
    List<BasicFileAttributes> walked = scope.attributes();
    String[] texts = new String[n];
    StatIndex.Stat[] stats = new StatIndex.Stat[n];
    boolean[] vouched = new boolean[n];
    byte[][] contents = new byte[n][];
    byte[] digests = new byte[n * DIGEST_BYTES];
    boolean[] pinned = new boolean[n];
    if (given != null) {
      for (int i = 0; i < n; i++) {
        contents[i] = given.of(files.get(i));
        pinned[i] = contents[i] != null;
      }
    }
    boolean[] inPlace = {known.size() == n};
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              Path p = files.get(i);
              BasicFileAttributes a = walked.isEmpty() ? null : walked.get(i);
              stats[i] = a != null ? StatIndex.Stat.of(a) : StatIndex.Stat.of(p);
              int at = i;
              if (!fromIndex) {
                texts[i] = text(p, prefix);
                at = known.find(i, texts[i], nameFrom(texts[i], prefix));
              }
              if (at != i) {
                inPlace[0] = false; // (a benign race: only ever set to false)
              }
              if (pinned[i]) {
                digest(contents[i], digests, i * DIGEST_BYTES);
              } else if (at >= 0 && known.vouches(at, stats[i])) {
                known.digest(at, digests, i * DIGEST_BYTES);
                vouched[i] = true;
              }
            });
    boolean anyRead = false;
    for (boolean v : vouched) {
      if (!v) {
        anyRead = true;
        break;
      }
    }
    boolean complete =
        !anyRead
            || IntStream.range(0, n)
                .parallel()
                .allMatch(
                    i -> {
                      if (vouched[i] || pinned[i]) {
                        return true;
                      }
                      try {
                        contents[i] =
                            BoundedInput.read(
                                files.get(i), walked.isEmpty() ? null : walked.get(i));
                      } catch (IOException | SecurityException e) {
                        return false; // refused or unreadable: not worth a key of its own
                      }
                      digest(contents[i], digests, i * DIGEST_BYTES);
                      return true;
                    });
    if (!complete) {
      return Optional.empty();
    }
    String register = registerDigest(top);
    if (register == null) {
      return Optional.empty();
    }
    // the names: the stored digest of the list when every name is where the index has it
    byte[] namesDigest = inPlace[0] ? known.namesDigest() : null;
    byte[][] names = null;
    if (namesDigest == null || anyRead) {
      names = new byte[n][];
      for (int i = 0; i < n; i++) {
        // a known walk's files are the index's, in place: their names as stored
        names[i] =
            fromIndex
                ? known.nameBytes(i)
                : name(texts[i] != null ? texts[i] : text(files.get(i), prefix), prefix);
      }
    }
    if (namesDigest == null) {
      MessageDigest d = digest();
      for (byte[] name : names) {
        d.update(length(name.length));
        d.update(name);
      }
      namesDigest = d.digest();
    }
    // the shape: everything but the files' contents (two trees of one shape differ in some
    // files' bytes only, see ChangedOverlays); the key: the shape and every file's digest
    MessageDigest shape = digest();
    field(shape, FORMAT);
    field(shape, build);
    field(shape, locale.toLanguageTag());
    field(shape, workingDir.toAbsolutePath().normalize().toString());
    field(shape, top.toString());
    field(shape, Integer.toString(n));
    shape.update(namesDigest);
    for (YamlWalk.Skipped s : scope.skipped()) {
      field(shape, "skipped");
      field(shape, s.path().toAbsolutePath().normalize().toString());
      field(shape, s.rule().id() + " " + s.unreadable() + " " + s.messageKey());
      for (Object arg : s.args()) {
        field(shape, String.valueOf(arg));
      }
    }
    field(shape, "register");
    field(shape, register);
    byte[] shapeDigest = shape.digest();
    // every digest the index's, in place, and the same shape: the key the index was stored with
    byte[] keyDigest = !anyRead && inPlace[0] ? known.keyFor(shapeDigest) : null;
    boolean keyKnown = keyDigest != null;
    if (keyDigest == null) {
      MessageDigest key = digest();
      key.update(digests);
      key.update(shapeDigest);
      keyDigest = key.digest();
    }
    // a new index when files were read, or moved, or when the stored one cannot tell the next run
    // that the walk's outcome is unchanged (KnownWalk) and this one can
    boolean foldersKnown =
        inPlace[0]
            && !anyRead
            && (fromIndex
                || known.vouchesFolders(scope.folders(), prefix)
                || KnownWalk.folders(scope, prefix, start) == null);
    Supplier<StatIndex> index = () -> null; // (none: the stored index says all there is to say)
    // given bytes are no work tree file's: no index then, the stored one still tells the work tree
    boolean workTree = given == null;
    if (workTree && (anyRead || !inPlace[0] || !foldersKnown)) {
      byte[][] allNames = names != null ? names : new byte[n][];
      if (names == null) {
        for (int i = 0; i < n; i++) {
          allNames[i] = name(texts[i] != null ? texts[i] : text(files.get(i), prefix), prefix);
        }
      }
      byte[] listDigest = namesDigest;
      byte[] runKey = keyDigest;
      Supplier<StatIndex> make =
          () -> {
            KnownWalk.Folders folders =
                fromIndex
                    ? KnownWalk.folders(known, scope, start)
                    : KnownWalk.folders(scope, prefix, start);
            if (folders == null) {
              folders = KnownWalk.Folders.NONE;
            }
            return StatIndex.of(
                top,
                start,
                allNames,
                stats,
                digests,
                listDigest,
                shapeDigest,
                runKey,
                folders.names(),
                folders.stats(),
                folders.parents(),
                folders.fileParents());
          };
      if (anyRead) {
        // files were read, so the tree is checked or looked up next: the index (a stat of each
        // folder, and its bytes written and read back) is made meanwhile, it is stored last
        CompletableFuture<StatIndex> made = Background.start("gkml-stat-index", make);
        index = () -> Background.join(made);
      } else {
        StatIndex made = make.get();
        index = () -> made;
      }
    } else if (workTree && !keyKnown && known.size() > 0) {
      // (after an upgrade, a config change or in another language: the key for next time)
      StatIndex made = known.withKey(shapeDigest, keyDigest);
      index = () -> made;
    }
    return Optional.of(
        new TreeContents(
            HexFormat.of().formatHex(keyDigest),
            HexFormat.of().formatHex(shapeDigest),
            files,
            digests,
            contents,
            register,
            stats,
            vouched,
            index,
            anyRead,
            pinned));
  }

  /**
   * A path's text (kept by the path: shown from it later); a scope's files are below its root,
   * anything else keeps its whole name, marked.
   */
  private static String text(Path p, String prefix) {
    String text = p.toString();
    return text.startsWith(prefix) ? text : "\u0000" + text;
  }

  private static byte[] name(String text, String prefix) {
    return text.substring(nameFrom(text, prefix)).getBytes(UTF_8);
  }

  /** Where a file's name relative to the root begins in its path's text (see read). */
  private static int nameFrom(String text, String prefix) {
    return text.charAt(0) == '\u0000' ? 0 : prefix.length();
  }

  /** The key of the entry for these contents (64 hex digits). */
  public String key() {
    return key;
  }

  /** The key of everything but the files' contents (64 hex digits). */
  String shape() {
    return shape;
  }

  /** Each file's digest, {@link #DIGEST_BYTES} each, in the order of the scope's files. */
  byte[] digests() {
    return digests;
  }

  /** The bytes of the files, left in place for the check that follows. */
  TreeLoader.Contents peek() {
    return path -> {
      int i = position(path);
      if (i < 0) {
        return null;
      }
      byte[] b = bytes[i];
      return b != null ? b : readLate(i);
    };
  }

  /** Hands a file's bytes to the loader, once: they are let go as the check goes on. */
  @Override
  public byte[] of(Path path) {
    int i = position(path);
    if (i < 0) {
      return null; // not a file of the scope: the loader reads it as it would without a cache
    }
    byte[] b = bytes[i];
    if (b == null) {
      return readLate(i);
    }
    if (!pinned[i]) {
      bytes[i] = null; // (each file is asked for once, on one thread)
    }
    return b;
  }

  private int position(Path path) {
    Map<Path, Integer> p = position;
    if (p == null) {
      synchronized (this) {
        if (position == null) {
          // the loader asks with the scope's own path objects: found by identity, no path's bytes
          // hashed (an equal path made elsewhere is looked for below)
          Map<Path, Integer> m = new IdentityHashMap<>(files.size() * 4 / 3 + 1);
          for (int i = 0; i < files.size(); i++) {
            m.put(files.get(i), i);
          }
          position = m;
        }
        p = position;
      }
    }
    Integer i = p.get(path);
    if (i == null) {
      i = byEquality().get(path);
    }
    return i == null ? -1 : i;
  }

  private synchronized Map<Path, Integer> byEquality() {
    if (equalPosition == null) {
      Map<Path, Integer> m = new HashMap<>(files.size() * 4 / 3 + 1);
      for (int i = 0; i < files.size(); i++) {
        m.put(files.get(i), i);
      }
      equalPosition = m;
    }
    return equalPosition;
  }

  /**
   * A file whose digest came from the stat index, read now (by the loader, which reports a file
   * that cannot be read as it would without a cache); {@link #drifted} then looks at it again.
   */
  private byte[] readLate(int i) {
    if (!vouched[i]) {
      return null; // read and handed over already: the loader reads it again itself
    }
    readLate.add(i);
    try {
      return BoundedInput.read(files.get(i));
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /**
   * Whether a file read late has attributes other than those its digest was vouched for with: it
   * changed during the run, and the check may have read other bytes than the key names.
   */
  boolean drifted() {
    for (int i : readLate) {
      if (!stats[i].equals(StatIndex.Stat.of(files.get(i)))) {
        return true;
      }
    }
    return false;
  }

  /** The stat index of this run, or null when the stored one still says it all. */
  StatIndex index() {
    return index.get();
  }

  /** Whether any file was read and hashed (none was when the stat index vouched for all). */
  boolean anyRead() {
    return anyRead;
  }

  /**
   * Whether {@code regions.csv} is still what the key says: it is read again by the checks
   * themselves (not through {@link #of}), so a run during which it changed stores nothing.
   */
  boolean registerUnchanged(Path root) {
    return registerDigest.equals(registerDigest(root.toAbsolutePath().normalize()));
  }

  /**
   * The register's state: absent, skipped (and why), or its content's digest; null when it cannot
   * be read (the check reports that, uncached).
   */
  private static String registerDigest(Path top) {
    YamlWalk.Listing found = YamlWalk.rootFile(top, TreeLoader.REGISTER_FILE);
    StringBuilder state = new StringBuilder();
    for (YamlWalk.Skipped s : found.skipped()) {
      state.append("skipped ").append(s.messageKey()).append(' ');
    }
    if (found.files().isEmpty()) {
      return state.append("absent").toString();
    }
    try {
      byte[] csv = BoundedInput.read(found.files().get(0));
      return state.append(HexFormat.of().formatHex(digest().digest(csv))).toString();
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /** A length-prefixed field: no two different lists of fields hash the same stream. */
  private static void field(MessageDigest d, String s) {
    byte[] b = s.getBytes(UTF_8);
    d.update(length(b.length));
    d.update(b);
  }

  private static byte[] length(int n) {
    return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
  }

  private static final ThreadLocal<MessageDigest> DIGESTS =
      ThreadLocal.withInitial(TreeContents::digest);

  /**
   * Hashes {@code b} into {@code to} at {@code at} (a digest object per thread: no lookup per
   * file).
   */
  private static void digest(byte[] b, byte[] to, int at) {
    MessageDigest d = DIGESTS.get();
    d.update(b);
    try {
      d.digest(to, at, DIGEST_BYTES);
    } catch (java.security.DigestException e) {
      throw new IllegalStateException(e);
    }
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance(DIGEST);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has " + DIGEST, e);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** For tests and summaries: whether file {@code i}'s digest came from the stat index. */
  boolean vouched(int i) {
    return vouched[i];
  }
}
