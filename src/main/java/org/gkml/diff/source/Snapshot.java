package org.gkml.diff.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One version of a catalogue tree as files: the working tree, a folder, or a git revision. Paths
 * are relative to the tree's root, separated by {@code /}, in path order: {@code gkml.yaml}, {@code
 * regions.csv}, and the YAML files below {@code basic/} and {@code regions/} (or every YAML file of
 * a folder that is not a catalogue root).
 */
public interface Snapshot {
  String CONFIG = "gkml.yaml";
  String REGISTER = "regions.csv";

  /** Names this version in report headers ({@code catalogs}, {@code HEAD~2:catalogs}). */
  String label();

  List<String> paths();

  byte[] read(String path) throws IOException;

  /** The git blob id of a file when the snapshot is a git revision, else null. */
  default String blobId(String path) {
    return null;
  }

  /** A path for the file's {@link org.gkml.model.SourceFile}. */
  Path pathOf(String path);

  /** The file as users see it in messages: a path, or {@code REV:path} for a git blob. */
  String display(String path);

  /** Whether a relative path belongs in a snapshot of a catalogue root. */
  static boolean inCatalogRoot(String path) {
    return path.equals(CONFIG)
        || path.equals(REGISTER)
        || (isYaml(path) && (path.startsWith("basic/") || path.startsWith("regions/")));
  }

  static boolean isYaml(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".yaml") || p.endsWith(".yml");
  }

  /** Whether any part of a relative path is hidden ({@code .git/}, {@code .draft.yaml}). */
  static boolean isHidden(String path) {
    for (String part : path.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
