package org.gkml.load;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A catalogue tree as the git index holds it, told as its difference from the work tree (for {@code
 * validate --changed --staged} where the two differ): the catalogue files the work tree has and the
 * index does not ({@code absent}: untracked, ignored, or reserved with {@code git add -N}), and the
 * bytes the index holds of every catalogue file whose work tree version differs from it or is
 * missing ({@code given}). Every other catalogue file is the same in both, and is read from the
 * work tree as usual. Paths are absolute and normalised, below the root as it was given.
 *
 * <p>Only a tree that reads no links and whose walk skips nothing is told so (ChangedScope decides
 * what qualifies): then the index's walk is the work tree's with these files taken out and added.
 */
public record StagedFiles(Set<Path> absent, Map<Path, byte[]> given, Set<String> held) {
  /**
   * @param held the name relative to the root ({@code /} between folders) of every catalogue file
   *     the index holds: the scope laid over the work tree must be exactly these, else it is not
   *     used (a difference the status did not name, such as a nested repository's files)
   */
  public StagedFiles {
    absent = Set.copyOf(absent);
    given = Map.copyOf(given);
    held = Set.copyOf(held);
  }

  /** Thrown by {@link #apply} for a walk this difference cannot be laid over. */
  public static final class NotSimple extends RuntimeException {
    NotSimple() {
      super(null, null, false, false);
    }
  }

  /**
   * The scope of the whole root as the index holds it, from the work tree's walk {@code walked}:
   * the absent files taken out, the files only the index holds put in where the walk would list
   * them (the config, then the basic catalogues, then the overlays, each in path order).
   *
   * @throws NotSimple when the walk skipped something (a link, a pipe, a folder it could not list):
   *     what the index's walk would skip is not worked out here; or when the files are not exactly
   *     those the index holds
   */
  public Scope apply(Scope walked) {
    if (!walked.skipped().isEmpty()) {
      throw new NotSimple();
    }
    Path top = walked.root().toAbsolutePath().normalize();
    String separator = top.getFileSystem().getSeparator();
    String prefix = top.toString().endsWith(separator) ? top.toString() : top + separator;
    List<Path> read = walked.read();
    List<BasicFileAttributes> attributes = walked.attributes();
    List<Path> files = new ArrayList<>(read.size() + given.size());
    List<BasicFileAttributes> attrs = new ArrayList<>(read.size() + given.size());
    for (int i = 0; i < read.size(); i++) {
      Path p = read.get(i);
      if (!absent.contains(p)) {
        files.add(p);
        attrs.add(attributes.isEmpty() ? null : attributes.get(i));
      }
    }
    // the walk's order: by listing (the config, the basic catalogues, the overlays), then by path
    Comparator<Path> order =
        Comparator.<Path>comparingInt(p -> listing(prefix, separator, p)).thenComparing(p -> p);
    List<Path> added = new ArrayList<>();
    for (Path p : given.keySet()) {
      if (Collections.binarySearch(files, p, order) < 0) {
        added.add(p); // only in the index
      }
    }
    added.sort(order);
    for (Path p : added) {
      // a few, each put in its place (a sparse checkout may give many: still one move each)
      int at = -(Collections.binarySearch(files, p, order) + 1);
      files.add(at, p);
      attrs.add(at, null); // no attributes of a work tree file
    }
    if (files.size() != held.size()) {
      throw new NotSimple();
    }
    for (Path p : files) {
      String text = p.toString(); // (kept by the path: the cache's key reads it too)
      if (!text.startsWith(prefix) || !held.contains(name(text.substring(prefix.length())))) {
        throw new NotSimple();
      }
    }
    return new Scope(top, files, walked.reported(), List.of(), attrs, walked.folders());
  }

  /** A name relative to the root as git writes it, {@code /} between folders. */
  private static String name(String relative) {
    return relative.replace('\\', '/');
  }

  /** The bytes the index holds of {@code path} where they are not the work tree's; else null. */
  public byte[] of(Path path) {
    return given.get(path);
  }

  /**
   * Which of the walk's listings holds a file (below the root whose path's text is {@code prefix}):
   * the config's, the basic catalogues', the rest.
   */
  private static int listing(String prefix, String separator, Path p) {
    String text = p.toString();
    String rel = text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    if (rel.equals(TreeLoader.CONFIG_FILE)) {
      return 0;
    }
    return rel.startsWith(TreeLoader.BASIC_DIR + separator) ? 1 : 2;
  }
}
