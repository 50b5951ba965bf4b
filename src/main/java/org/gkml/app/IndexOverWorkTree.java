package org.gkml.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.gkml.load.FileLoader;
import org.gkml.load.StagedFiles;
import org.gkml.load.TreeLoader;

/**
 * The tree the git index holds below a catalogue root, told as its difference from the work tree's
 * ({@link StagedFiles}) for {@code validate --changed --staged}: the work tree with that difference
 * laid over it is checked in place, through the cache, instead of a copy of the whole index ({@link
 * IndexTree}), when the two differ in catalogue files alone (issue #15).
 */
final class IndexOverWorkTree {
  private static final String ATTRIBUTES = Constants.DOT_GIT_ATTRIBUTES;

  private IndexOverWorkTree() {}

  /**
   * How the tree as {@code index} holds it below the root differs from the work tree's, when it
   * differs in catalogue files alone ({@link StagedFiles}): YAML files below {@code basic/} and
   * {@code regions/} that the work tree has and the index does not, or whose bytes differ, or that
   * only the index has. Differences the walk never sees (hidden files, files elsewhere, other
   * names) do not count. Null when it is not that simple, and a copy of the index's root is
   * checked: the tree reads links (in the index; one only the work tree has is a difference, itself
   * not simple), {@code gkml.yaml}, {@code regions.csv}, {@code basic/} or {@code regions/}
   * themselves differ, a differing file is a link, pipe or other special file on either side, or
   * too large to be read, or the root would be a catalogue root on one side only.
   */
  static StagedFiles of(
      Repository repo, Path work, Path top, Path shown, Status status, DirCache index)
      throws IOException {
    if (ChangedScope.readsLinks(repo, work, top, index)
        || isCatalogueRoot(work, top, index) != Pipeline.isCatalogueRoot(shown)
        || converts(repo, index)) {
      return null;
    }
    Set<String> differing = ChangedScope.differingFromIndex(status);
    differing.addAll(contentDiffers(work, top, index));
    Set<String> held = new HashSet<>();
    String prefix =
        top.equals(work) ? "" : work.relativize(top).toString().replace('\\', '/') + "/";
    for (int i = 0; i < index.getEntryCount(); i++) {
      DirCacheEntry e = index.getEntry(i);
      String name = e.getPathString();
      if (e.isSkipWorkTree() || e.isAssumeValid() || e.isIntentToAdd()) {
        differing.add(name); // the status takes these for unchanged: looked at here
      }
      if (e.isIntentToAdd() || !name.startsWith(prefix)) {
        continue;
      }
      String rel = name.substring(prefix.length());
      if (catalogueFile(rel)) {
        held.add(rel);
      } else if (e.getFileMode() == FileMode.GITLINK
          && ChangedScope.below(work, top, name) != null) {
        return null; // a submodule: its files are no entries, the copy has an empty folder
      }
    }
    Difference found = new Difference(index, shown);
    try (ObjectReader reader = repo.newObjectReader()) {
      return takeIn(reader, work, top, shown, differing, found)
          ? new StagedFiles(found.absent, found.given, held)
          : null;
    } catch (IOException e) {
      return null; // a folder that cannot be listed, say: the copy decides, as before
    }
  }

  /** Takes in each differing file ({@link Difference}); false when that is not simple. */
  private static boolean takeIn(
      ObjectReader reader, Path work, Path top, Path shown, Set<String> differing, Difference found)
      throws IOException {
    for (String name : differing) {
      Path p = work.resolve(name).normalize();
      if (top.startsWith(p)) {
        return false; // the root itself, or a folder holding it, untracked or ignored
      }
      if (!p.startsWith(top)) {
        continue;
      }
      Path rel = top.relativize(p);
      if (ChangedScope.hidden(rel)) {
        continue; // not walked, and no link leads there
      }
      String first = rel.getName(0).toString();
      boolean catalogues =
          first.equals(TreeLoader.BASIC_DIR) || first.equals(TreeLoader.REGIONS_DIR);
      if (rel.getNameCount() == 1) {
        if (catalogues
            || first.equals(TreeLoader.CONFIG_FILE)
            || first.equals(TreeLoader.REGISTER_FILE)) {
          return false; // read by name, or a whole folder of catalogues: the copy decides
        }
        continue;
      }
      if (catalogues && !found.add(reader, name, shown.resolve(rel.toString()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The repository paths of the files below the root that a check reads ({@link #catalogueFile},
   * and {@code regions.csv}) whose work tree bytes are not the blob the index holds for them,
   * compared by content: the status trusts a file's size and modification time, so a file put back
   * with its old date ({@code cp -p}, {@code touch -r}, an archive) and of the same size passes for
   * unchanged, and it never sees what a clean filter, a working-tree-encoding or line-end
   * conversion makes of a file (from a {@code .gitattributes} not in the index, the user's
   * attributes file, {@code git -c} on the command line). Entries the status looks at otherwise
   * (intent-to-add, skip-worktree, assume-unchanged, a conflict) are not compared here.
   */
  static Set<String> contentDiffers(Path work, Path top, DirCache index) throws IOException {
    List<DirCacheEntry> compared = new ArrayList<>();
    for (int i = 0; i < index.getEntryCount(); i++) {
      DirCacheEntry e = index.getEntry(i);
      if (e.getStage() != DirCacheEntry.STAGE_0
          || e.isIntentToAdd()
          || e.isSkipWorkTree()
          || e.isAssumeValid()) {
        continue;
      }
      Path rel = ChangedScope.below(work, top, e.getPathString());
      String name = rel == null ? null : rel.toString().replace('\\', '/');
      if (name != null && (catalogueFile(name) || name.equals(TreeLoader.REGISTER_FILE))) {
        compared.add(e);
      }
    }
    // one read and one SHA-1 a file, on every core: a province's 51,000 files take about a second
    Set<String> differing = ConcurrentHashMap.newKeySet();
    compared.parallelStream()
        .filter(e -> !holdsBlob(work.resolve(e.getPathString()), e))
        .forEach(e -> differing.add(e.getPathString()));
    return new TreeSet<>(differing);
  }

  /** Whether the work tree file at {@code p} holds exactly the blob of {@code e}. */
  private static boolean holdsBlob(Path p, DirCacheEntry e) {
    try {
      BasicFileAttributes a =
          Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      // (not the length the index records: git and JGit set it to 0 to mark a racily clean entry)
      if (!a.isRegularFile() || a.size() > FileLoader.MAX_FILE_BYTES) {
        return false;
      }
      byte[] bytes = Files.readAllBytes(p);
      // a blob's id: SHA-1 of "blob <length>\0" and the bytes (git's object format)
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(Constants.encodedTypeString(Constants.OBJ_BLOB));
      sha1.update((byte) ' ');
      sha1.update(Constants.encodeASCII(bytes.length));
      sha1.update((byte) 0);
      sha1.update(bytes);
      return ObjectId.fromRaw(sha1.digest()).equals(e.getObjectId());
    } catch (IOException | NoSuchAlgorithmException | RuntimeException failed) {
      return false; // unreadable or gone: read from the index, or the copy decides
    }
  }

  /**
   * Whether the walk reads a file of this name relative to the root ({@code /} between folders):
   * {@code gkml.yaml}, or a visible YAML file below {@code basic/} or {@code regions/}.
   */
  private static boolean catalogueFile(String rel) {
    if (rel.equals(TreeLoader.CONFIG_FILE)) {
      return true;
    }
    if (!rel.startsWith(TreeLoader.BASIC_DIR + "/") && !rel.startsWith(TreeLoader.REGIONS_DIR + "/")
        || !TreeLoader.isYamlName(rel)) {
      return false;
    }
    return !rel.startsWith(".") && !rel.contains("/.");
  }

  /** The catalogue files in which the index and the work tree differ, found one by one. */
  private static final class Difference {
    private final DirCache index;
    private final Path shown;
    final Set<Path> absent = new HashSet<>();
    final Map<Path, byte[]> given = new HashMap<>();

    Difference(DirCache index, Path shown) {
      this.index = index;
      this.shown = shown;
    }

    /**
     * Takes in the path {@code name} of the repository ({@code at} in the work tree, below the root
     * as given): a file, or a folder the work tree has whole (untracked, ignored) with every file
     * in it. False when that is not simple (see {@link #of}).
     */
    boolean add(ObjectReader reader, String name, Path at) throws IOException {
      BasicFileAttributes a = attributes(at);
      if (a != null && a.isDirectory()) {
        List<Path> inside;
        try (Stream<Path> list = Files.list(at)) {
          inside = list.toList();
        }
        for (Path p : inside) {
          String file = p.getFileName().toString();
          if (!file.startsWith(".") && !add(reader, name + "/" + file, p)) {
            return false; // (a hidden file or folder the walk does not read)
          }
        }
        return true;
      }
      if (a != null && !a.isRegularFile()) {
        return false; // a link, a pipe: the walk reports or follows it
      }
      if (!TreeLoader.isYamlName(at.getFileName().toString())) {
        return true; // no catalogue file: the walk reads no such name
      }
      DirCacheEntry e = index.getEntry(name);
      if (e == null || e.isIntentToAdd()) {
        if (a != null) {
          absent.add(at); // the commit will not hold it
        }
        return true;
      }
      FileMode mode = e.getFileMode();
      if (e.getStage() != DirCacheEntry.STAGE_0
          || mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
        return false;
      }
      ObjectLoader blob = reader.open(e.getObjectId(), Constants.OBJ_BLOB);
      if (blob.getSize() > FileLoader.MAX_FILE_BYTES) {
        return false; // the loader's refusal is worded for a file it read itself
      }
      if (a == null) {
        // only in the index: its folders are folders (or absent) in the work tree, so the walk of
        // the index's tree would find it where the work tree's walk lists its neighbours
        for (Path d = at.getParent(); d.startsWith(shown) && !d.equals(shown); d = d.getParent()) {
          BasicFileAttributes folder = attributes(d);
          if (folder != null && !folder.isDirectory()) {
            return false;
          }
        }
      }
      given.put(at, blob.getCachedBytes(Math.toIntExact(FileLoader.MAX_FILE_BYTES)));
      return true;
    }

    /** What the work tree holds at {@code p} (a link itself, not its target); null: nothing. */
    private static BasicFileAttributes attributes(Path p) throws IOException {
      try {
        return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        return null;
      }
    }
  }

  /**
   * Whether git may be told to convert between a file's staged bytes and its work tree bytes (line
   * endings, filters): then a file the status calls unchanged may still hold other bytes than the
   * commit will, and only the copy checks exactly the staged ones.
   */
  private static boolean converts(Repository repo, DirCache index) {
    StoredConfig config = repo.getConfig();
    String crlf = config.getString("core", null, "autocrlf");
    if (crlf != null && !crlf.equalsIgnoreCase("false")
        || config.getString("core", null, "attributesFile") != null
        || Files.exists(repo.getDirectory().toPath().resolve("info").resolve("attributes"))) {
      return true;
    }
    for (int i = 0; i < index.getEntryCount(); i++) {
      String name = index.getEntry(i).getPathString();
      if (name.equals(ATTRIBUTES) || name.endsWith("/" + ATTRIBUTES)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the tree {@code index} holds below the root is a catalogue root as {@link
   * Pipeline#isCatalogueRoot} sees a folder: it has {@code gkml.yaml}, or a file below {@code
   * basic/} or {@code regions/}.
   */
  private static boolean isCatalogueRoot(Path work, Path top, DirCache index) {
    for (int i = 0; i < index.getEntryCount(); i++) {
      DirCacheEntry e = index.getEntry(i);
      Path p = work.resolve(e.getPathString()).normalize();
      if (e.isIntentToAdd() || !p.startsWith(top) || p.equals(top)) {
        continue;
      }
      Path rel = top.relativize(p);
      String first = rel.getName(0).toString();
      if (rel.getNameCount() == 1
          ? first.equals(TreeLoader.CONFIG_FILE)
          : first.equals(TreeLoader.BASIC_DIR) || first.equals(TreeLoader.REGIONS_DIR)) {
        return true;
      }
    }
    return false;
  }
}
