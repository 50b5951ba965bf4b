package org.gkml.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.gkml.load.BoundedInput;
import org.gkml.load.Scope;
import org.gkml.load.TreeLoader;
import org.gkml.load.YamlWalk;

/**
 * Every byte a whole-tree validate reads, read once, and the key that names them with everything
 * else its findings depend on: the gkml build, the message language, the working directory (paths
 * are shown relative to it), the root, each file's path and SHA-256, what the walk skipped and why,
 * and {@code regions.csv}. The files are then checked from these very bytes ({@link #take}), so the
 * findings stored under the key are those of the content the key names, even when a file changes
 * while the check runs.
 */
public final class TreeContents implements TreeLoader.Contents {
  /** Bumped whenever what an entry holds, or what the key covers, changes. */
  static final String FORMAT = "gkml-validate-cache/1";

  private final String key;
  private final String shape;
  private final List<String> digests;
  private final Map<Path, byte[]> bytes;
  private final String registerDigest;
  private final Map<Path, String> digestOf;
  private final StatIndex stats;
  private final boolean anyRead;
  private final AtomicBoolean drifted = new AtomicBoolean();

  private TreeContents(
      String key,
      String shape,
      List<String> digests,
      Map<Path, byte[]> bytes,
      String registerDigest,
      Map<Path, String> digestOf,
      StatIndex stats,
      boolean anyRead) {
    this.key = key;
    this.shape = shape;
    this.digests = digests;
    this.bytes = bytes;
    this.registerDigest = registerDigest;
    this.digestOf = digestOf;
    this.stats = stats;
    this.anyRead = anyRead;
  }

  /**
   * Reads every file of {@code scope} (a whole root); empty when one cannot be read in full (it is
   * then reported by the check, which runs without the cache).
   */
  public static Optional<TreeContents> read(
      Scope scope, String build, Locale locale, Path workingDir) {
    Path top = scope.root().toAbsolutePath().normalize();
    return read(scope, build, locale, workingDir, StatIndex.empty(top, Long.MIN_VALUE));
  }

  /**
   * Like {@link #read(Scope, String, Locale, Path)}, taking the digest of each file {@code known}
   * vouches for (see StatIndex) without reading it: such a file is read when the check asks for it,
   * and a run that then finds other bytes than the digest says stores nothing ({@link #drifted}).
   */
  static Optional<TreeContents> read(
      Scope scope, String build, Locale locale, Path workingDir, StatIndex known) {
    Path top = scope.root().toAbsolutePath().normalize();
    StatIndex fresh = StatIndex.empty(top, StatIndex.now()); // before any file is looked at
    List<Path> files = scope.read();
    byte[][] contents = new byte[files.size()][];
    byte[][] digests = new byte[files.size()][];
    StatIndex.Stat[] stats = new StatIndex.Stat[files.size()];
    boolean complete =
        IntStream.range(0, files.size())
            .parallel()
            .allMatch(
                i -> {
                  stats[i] = StatIndex.Stat.of(files.get(i));
                  String stored = known.digest(files.get(i), stats[i]);
                  if (stored != null) {
                    digests[i] = HexFormat.of().parseHex(stored);
                    return true;
                  }
                  try {
                    contents[i] = BoundedInput.read(files.get(i));
                  } catch (IOException | SecurityException e) {
                    return false; // refused or unreadable: not worth a key of its own
                  }
                  digests[i] = sha256().digest(contents[i]);
                  return true;
                });
    if (!complete) {
      return Optional.empty();
    }
    String register = registerDigest(top);
    if (register == null) {
      return Optional.empty();
    }
    // the shape: everything but the files' contents (two trees of one shape differ in some
    // files' bytes only, see ChangedOverlays); the key: the shape and every file's digest
    MessageDigest shape = sha256();
    MessageDigest key = sha256();
    field(shape, FORMAT);
    field(shape, build);
    field(shape, locale.toLanguageTag());
    field(shape, workingDir.toAbsolutePath().normalize().toString());
    field(shape, top.toString());
    Map<Path, byte[]> byPath = new ConcurrentHashMap<>(files.size() * 4 / 3 + 1);
    Map<Path, String> digestOf = new HashMap<>(files.size() * 4 / 3 + 1);
    List<String> hex = new java.util.ArrayList<>(files.size());
    boolean anyRead = false;
    for (int i = 0; i < files.size(); i++) {
      Path p = files.get(i);
      field(shape, "file");
      field(shape, p.toAbsolutePath().normalize().toString());
      key.update(digests[i]);
      String h = HexFormat.of().formatHex(digests[i]);
      hex.add(h);
      digestOf.put(p, h);
      fresh.put(p, stats[i], h);
      if (contents[i] != null) {
        byPath.put(p, contents[i]);
        anyRead = true;
      }
    }
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
    key.update(shapeDigest);
    return Optional.of(
        new TreeContents(
            HexFormat.of().formatHex(key.digest()),
            HexFormat.of().formatHex(shapeDigest),
            List.copyOf(hex),
            byPath,
            register,
            digestOf,
            fresh,
            anyRead));
  }

  /** The key of the entry for these contents (64 hex digits). */
  public String key() {
    return key;
  }

  /** The key of everything but the files' contents (64 hex digits). */
  String shape() {
    return shape;
  }

  /** Each file's SHA-256 (hex), in the order of the scope's files. */
  List<String> digests() {
    return digests;
  }

  /** The bytes of the files, left in place for the check that follows. */
  TreeLoader.Contents peek() {
    return path -> {
      byte[] b = bytes.get(path);
      return b != null ? b : readNow(path);
    };
  }

  /** Hands a file's bytes to the loader, once: they are let go as the check goes on. */
  @Override
  public byte[] of(Path path) {
    byte[] b = bytes.remove(path);
    return b != null ? b : readNow(path);
  }

  /**
   * A file whose digest came from the stat index, read now; bytes other than the digest says (or
   * none) mark this run as not to be stored, as its findings are not those of the key.
   */
  private byte[] readNow(Path path) {
    String expected = digestOf.get(path);
    if (expected == null) {
      return null; // not a file of the scope: the loader reads it as it would without a cache
    }
    try {
      byte[] b = BoundedInput.read(path);
      if (!HexFormat.of().formatHex(sha256().digest(b)).equals(expected)) {
        drifted.set(true);
      }
      return b;
    } catch (IOException | SecurityException e) {
      drifted.set(true);
      return null; // the loader reads it again and reports why it cannot
    }
  }

  /** Whether a file read during the check had changed since its digest was taken. */
  boolean drifted() {
    return drifted.get();
  }

  /** Each file's attributes and digest as this run saw them. */
  StatIndex stats() {
    return stats;
  }

  /** Whether any file was read (a stat index written now would vouch for more files). */
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
      return state.append(HexFormat.of().formatHex(sha256().digest(csv))).toString();
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /** A length-prefixed field: no two different lists of fields hash the same stream. */
  private static void field(MessageDigest d, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.update((byte) (b.length >>> 24));
    d.update((byte) (b.length >>> 16));
    d.update((byte) (b.length >>> 8));
    d.update((byte) b.length);
    d.update(b);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
