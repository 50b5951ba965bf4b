package org.gkml.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The item ids a catalogue tree already uses (in basic catalogues and in overlays' added items), so
 * that ids generated for imported rows never take one. The files are scanned for {@code id:} keys
 * rather than parsed: a province's tree is read in a fraction of a second, and a key that is not an
 * item's id only reserves an id that is then skipped. Checking the files is {@code validate}'s job.
 */
public final class TreeIds {
  /** Catalogue files are small; anything larger is not one. */
  private static final long MAX_BYTES = 16L << 20;

  private static final Pattern ID =
      Pattern.compile("^[ \\t]*(?:-[ \\t]+)?id:[ \\t]*[\"']?([^\"'\\s#,}\\]]+)", Pattern.MULTILINE);

  private TreeIds() {}

  public static Set<String> of(Path root) {
    Set<String> ids = new HashSet<>();
    if (root == null || !Files.isDirectory(root)) {
      return ids;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".yaml") || name.endsWith(".yml")) || Files.size(p) > MAX_BYTES) {
          continue;
        }
        try {
          Matcher m = ID.matcher(Files.readString(p, StandardCharsets.UTF_8));
          while (m.find()) {
            ids.add(m.group(1));
          }
        } catch (IOException | RuntimeException e) {
          // an unreadable file reserves nothing
        }
      }
    } catch (IOException | RuntimeException e) {
      // an unreadable tree reserves what was read
    }
    return ids;
  }
}
