package org.gkml.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.gkml.load.FileStat;
import org.gkml.load.Scope;
import org.gkml.load.TreeLoader;
import org.gkml.load.YamlWalk;

/**
 * The whole tree's walk (Scope.whole) known from the stat index instead of listing every folder:
 * when each folder the last walk listed still has the attributes it had then (modification time,
 * file key and permissions, settled before that run began: StatIndex.vouchesFolder), no entry was
 * made, removed or renamed in any of them, so the walk would find the same files in the same order
 * and skip nothing. Each folder and each file is then looked at with one stat (a file's own
 * attributes still decide whether its stored digest counts, TreeContents), and no folder is opened
 * or read: on a province (21,700 folders) that is 190,000 system calls fewer, about half of an
 * unchanged run's walk. Anything else — a folder changed or unsettled, a file missing or no longer
 * a regular file, an index from a walk that skipped something or followed a link — and the tree is
 * walked as always.
 */
final class KnownWalk {
  private KnownWalk() {}

  /**
   * The scope Scope.whole would give for {@code root} now, from {@code known}; null when the index
   * cannot tell it.
   */
  static Scope of(StatIndex known, Path root) {
    try {
      return from(known, root);
    } catch (InvalidPathException e) {
      // a stored name this run cannot make a path of: the index was written under a locale whose
      // file names (sun.jnu.encoding) hold characters this one's cannot; walked as always
      return null;
    }
  }

  private static Scope from(StatIndex known, Path root) {
    if (known.folders() == 0) {
      return null;
    }
    Path top = root.toAbsolutePath().normalize();
    // the root's own files are looked at as the walk looks at them: the root is not a folder of
    // the index (its cache folder changes on every stored run)
    YamlWalk.Listing config = YamlWalk.rootFile(top, TreeLoader.CONFIG_FILE);
    if (!config.skipped().isEmpty() || hasNull(config.attributes())) {
      return null;
    }
    int m = known.folders();
    // each folder's path made from its parent's (parents come first) and its own short name
    Path[] paths = new Path[m];
    for (int i = 0; i < m; i++) {
      int parent = known.folderParent(i);
      if (parent >= i) {
        return null; // (not what a walk stores)
      }
      paths[i] = (parent < 0 ? top : paths[parent]).resolve(known.folderBaseName(i));
    }
    YamlWalk.Folder[] folders = new YamlWalk.Folder[m];
    boolean same =
        IntStream.range(0, m)
            .parallel()
            .allMatch(
                i -> {
                  BasicFileAttributes a = stat(paths[i]);
                  folders[i] = new YamlWalk.Folder(paths[i], a);
                  return known.vouchesFolder(i, StatIndex.FolderStat.of(paths[i], a));
                });
    if (!same) {
      return null;
    }
    int[] below = IntStream.range(0, known.size()).filter(i -> !known.atTop(i)).toArray();
    Path[] files = new Path[below.length];
    BasicFileAttributes[] attributes = new BasicFileAttributes[below.length];
    boolean all =
        IntStream.range(0, below.length)
            .parallel()
            .allMatch(
                j -> {
                  int parent = known.parent(below[j]);
                  if (parent < 0 || parent >= m) {
                    return false; // (below the root, so in a folder)
                  }
                  files[j] = paths[parent].resolve(known.baseName(below[j]));
                  attributes[j] = stat(files[j]);
                  return attributes[j] != null && attributes[j].isRegularFile();
                });
    if (!all) {
      return null; // changed while this run looked: walked after all
    }
    List<Path> read = new ArrayList<>(config.files());
    read.addAll(Arrays.asList(files));
    List<BasicFileAttributes> attrs = new ArrayList<>(config.attributes());
    attrs.addAll(Arrays.asList(attributes));
    return new Scope(top, read, Set.of(), List.of(), attrs, Arrays.asList(folders));
  }

  /**
   * Whether a scope {@link #of} made from {@code known} holds the index's files at the index's
   * positions (TreeContents then takes each file's entry by position, comparing no names): so when
   * the root's files, looked at anew, are as many as the index's and come first in it.
   */
  static boolean inIndexOrder(StatIndex known, Scope scope) {
    int n = known.size();
    if (scope.read().size() != n) {
      return false; // the config added or removed
    }
    int rootFiles = 0;
    while (rootFiles < n && known.atTop(rootFiles)) {
      rootFiles++;
    }
    for (int i = rootFiles; i < n; i++) {
      if (known.atTop(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * What the stat index keeps of a walk's folders (StatIndex.of): each folder's name relative to
   * the root, attributes and parent folder (an earlier one, -1 for the root), and each file's
   * folder (so that a later run makes each path from its folder's and a short name).
   */
  record Folders(byte[][] names, StatIndex.FolderStat[] stats, int[] parents, int[] fileParents) {
    static final Folders NONE =
        new Folders(new byte[0][], new StatIndex.FolderStat[0], new int[0], new int[0]);
  }

  /**
   * The folders of a whole-tree scope, when a later run can know the scope from them (else null):
   * nothing was skipped, no link was followed, every folder's permissions are known and its last
   * change settled before {@code start} (StatIndex.vouchesFolder), the root's only file is the
   * config, and both top folders were walked (a missing one may appear without any folder of the
   * index changing).
   *
   * @param prefix the root's text with a trailing '/'
   * @param start when the run that walked began (ns since the epoch)
   */
  static Folders folders(Scope scope, String prefix, long start) {
    if (!scope.skipped().isEmpty()
        || scope.attributes().size() != scope.read().size()
        || hasNull(scope.attributes())) {
      return null;
    }
    List<YamlWalk.Folder> walked = scope.folders();
    int m = walked.size();
    Path top = scope.root().toAbsolutePath().normalize();
    Map<Path, Integer> position = new HashMap<>(m * 4 / 3 + 1);
    byte[][] names = new byte[m][];
    StatIndex.FolderStat[] stats = new StatIndex.FolderStat[m];
    int[] parents = new int[m];
    boolean basic = false;
    boolean regions = false;
    for (int i = 0; i < m; i++) {
      YamlWalk.Folder f = walked.get(i);
      stats[i] = StatIndex.FolderStat.of(f.path(), f.attributes());
      String text = f.path().toString();
      Integer parent = parentOf(f.path(), top, position);
      if (stats[i] == null
          || !stats[i].settledBefore(start)
          || !text.startsWith(prefix)
          || parent == null) {
        return null;
      }
      String name = text.substring(prefix.length());
      names[i] = name.getBytes(StandardCharsets.UTF_8);
      parents[i] = parent;
      position.put(f.path(), i);
      basic |= name.equals(TreeLoader.BASIC_DIR);
      regions |= name.equals(TreeLoader.REGIONS_DIR);
    }
    List<Path> files = scope.read();
    int[] fileParents = new int[files.size()];
    for (int i = 0; i < files.size(); i++) {
      Path p = files.get(i);
      Integer parent = parentOf(p, top, position);
      if (parent == null || parent < 0 && !p.equals(top.resolve(TreeLoader.CONFIG_FILE))) {
        return null; // (the root's files are the config's only: looked at anew, see of)
      }
      fileParents[i] = parent;
    }
    return basic && regions ? new Folders(names, stats, parents, fileParents) : null;
  }

  /**
   * As {@link #folders(Scope, String, long)} for a scope this class made of {@code known} (its
   * folders and files are the index's, in place): the names and parents as stored, the attributes
   * as seen now, each settled before {@code start}.
   */
  static Folders folders(StatIndex known, Scope scope, long start) {
    List<YamlWalk.Folder> seen = scope.folders();
    int m = known.folders();
    int n = known.size();
    if (seen.size() != m || scope.read().size() != n) {
      return null;
    }
    byte[][] names = new byte[m][];
    StatIndex.FolderStat[] stats = new StatIndex.FolderStat[m];
    int[] parents = new int[m];
    for (int i = 0; i < m; i++) {
      stats[i] = StatIndex.FolderStat.of(seen.get(i).path(), seen.get(i).attributes());
      if (stats[i] == null || !stats[i].settledBefore(start)) {
        return null;
      }
      names[i] = known.folderNameBytes(i);
      parents[i] = known.folderParent(i);
    }
    int[] fileParents = new int[n];
    for (int i = 0; i < n; i++) {
      fileParents[i] = known.parent(i);
    }
    return new Folders(names, stats, parents, fileParents);
  }

  /** The position of {@code p}'s folder among those seen so far, -1 for the root, or null. */
  private static Integer parentOf(Path p, Path top, Map<Path, Integer> position) {
    Path parent = p.getParent();
    if (top.equals(parent)) {
      return -1;
    }
    return parent == null ? null : position.get(parent);
  }

  // (a loop: List.of().contains(null) throws)
  private static boolean hasNull(List<?> list) {
    for (Object o : list) {
      if (o == null) {
        return true;
      }
    }
    return false;
  }

  private static BasicFileAttributes stat(Path p) {
    try {
      return FileStat.of(p, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | SecurityException e) {
      return null;
    }
  }
}
