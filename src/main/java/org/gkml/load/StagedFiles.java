package org.gkml.load;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
    List<Path> read = walked.read();
    List<BasicFileAttributes> attributes = walked.attributes();
    Map<Path, BasicFileAttributes> kept = new HashMap<>();
    for (int i = 0; i < read.size(); i++) {
      Path p = read.get(i);
      if (!absent.contains(p)) {
        kept.put(p, attributes.isEmpty() ? null : attributes.get(i));
      }
    }
    for (Path p : given.keySet()) {
      if (!kept.containsKey(p)) {
        kept.put(p, null); // only in the index: no attributes of a work tree file
      }
    }
    List<Path> files = new ArrayList<>(kept.keySet());
    files.sort(Comparator.<Path>comparingInt(p -> listing(top, p)).thenComparing(p -> p));
    if (files.size() != held.size()) {
      throw new NotSimple();
    }
    List<BasicFileAttributes> attrs = new ArrayList<>(files.size());
    for (Path p : files) {
      if (!held.contains(top.relativize(p).toString().replace('\\', '/'))) {
        throw new NotSimple();
      }
      attrs.add(kept.get(p));
    }
    return new Scope(top, files, walked.reported(), List.of(), attrs, walked.folders());
  }

  /** The bytes the index holds of {@code path} where they are not the work tree's; else null. */
  public byte[] of(Path path) {
    return given.get(path);
  }

  /** Which of the walk's listings holds a file: the config's, the basic catalogues', the rest. */
  private static int listing(Path top, Path p) {
    Path rel = top.relativize(p);
    String first = rel.getName(0).toString();
    if (rel.getNameCount() == 1 && first.equals(TreeLoader.CONFIG_FILE)) {
      return 0;
    }
    return first.equals(TreeLoader.BASIC_DIR) ? 1 : 2;
  }
}
