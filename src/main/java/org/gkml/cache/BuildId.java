package org.gkml.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The id of a gkml build, embedded in the jar when it is built: a SHA-256 of the compiled classes
 * and resources (each by its path and bytes, in path order) and of the build file that pins the
 * dependencies' versions. It tells builds of the same version apart when their jars have the same
 * size and date (the release archive dates every entry 2026-01-01), needs neither git nor a clock,
 * and is the same for every build of the same sources (the build stays reproducible). The running
 * gkml reads it back as one small resource (see BuildStamp): nothing is hashed at run time.
 */
public final class BuildId {
  /** Where the id is kept, below the classes folder and in the jar. */
  static final String RESOURCE = "org/gkml/build-id.txt";

  private BuildId() {}

  /**
   * Run by the build ({@code pom.xml}, phase prepare-package): {@code CLASSES [FILE...]} writes the
   * id of the classes folder and the files into {@code CLASSES/org/gkml/build-id.txt}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: BuildId CLASSES [FILE...]");
    }
    Path classes = Path.of(args[0]);
    List<Path> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      files.add(Path.of(args[i]));
    }
    Path out = classes.resolve(RESOURCE);
    Files.createDirectories(out.getParent());
    Files.writeString(out, of(classes, files) + "\n", StandardCharsets.UTF_8);
  }

  /** The id of the files below {@code classes} (but its own) and of {@code files}. */
  static String of(Path classes, List<Path> files) throws IOException {
    List<String> names;
    try (Stream<Path> all = Files.walk(classes)) {
      names =
          new ArrayList<>(
              all.filter(Files::isRegularFile)
                  .map(p -> classes.relativize(p).toString().replace('\\', '/'))
                  .filter(name -> !name.equals(RESOURCE))
                  .toList());
    }
    names.sort(null); // the walk's order depends on the file system
    MessageDigest sha = TreeContents.sha256();
    try {
      names.forEach(name -> add(sha, name, classes.resolve(name)));
      files.forEach(f -> add(sha, String.valueOf(f.getFileName()), f));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Adds a file's name, length and bytes (lengths keep one file's end from another's start). */
  private static void add(MessageDigest sha, String name, Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      byte[] n = name.getBytes(StandardCharsets.UTF_8);
      sha.update(ByteBuffer.allocate(4).putInt(n.length).array());
      sha.update(n);
      sha.update(ByteBuffer.allocate(8).putLong(bytes.length).array());
      sha.update(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The id of the running build, or null when it has none (classes compiled but not packaged: an
   * IDE, the unit tests), or when it cannot be read.
   */
  static String embedded() {
    try (InputStream in = BuildId.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return null;
      }
      String id = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
      return id.matches("[0-9a-f]{64}") ? id : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
