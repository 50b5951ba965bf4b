package org.gkml.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * Which gkml made an entry: its version, the build id embedded in its jar (see BuildId), and the
 * jar (or classes folder) it runs from, by size and modification time. A rebuild keeps the version
 * number but may change any rule, so it is a different build for the cache: the id tells apart
 * builds whose jars have the same size and date (every entry of the release archive is dated
 * 2026-01-01), size and date a jar built without one (by hand, in an IDE).
 */
public final class BuildStamp {
  private BuildStamp() {}

  /** The stamp of the running gkml, of version {@code version}; null when it cannot be told. */
  public static String of(String version) {
    String code = code();
    return code == null ? null : of(version, BuildId.embedded(), code);
  }

  /** The stamp of version {@code version} with build id {@code id} (null: none) run from code. */
  static String of(String version, String id, String code) {
    return version + "|" + (id == null ? "no-build-id" : id) + "|" + code;
  }

  private static String code() {
    try {
      CodeSource source = BuildStamp.class.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return null;
      }
      Path where = Path.of(source.getLocation().toURI());
      if (Files.isRegularFile(where)) {
        return where + "|" + Files.size(where) + "|" + Files.getLastModifiedTime(where).toMillis();
      }
      // a classes folder (tests, an IDE): every class file counts
      long[] sum = new long[2];
      try (Stream<Path> files = Files.walk(where)) {
        files
            .filter(Files::isRegularFile)
            .forEach(
                p -> {
                  try {
                    sum[0] = sum[0] * 31 + p.toString().hashCode() + Files.size(p);
                    sum[1] = sum[1] * 31 + Files.getLastModifiedTime(p).toMillis();
                  } catch (IOException e) {
                    sum[1]++;
                  }
                });
      }
      return where + "|" + sum[0] + "|" + sum[1];
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
