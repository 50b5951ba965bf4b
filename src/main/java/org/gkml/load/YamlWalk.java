package org.gkml.load;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.gkml.model.Rule;

/**
 * Finds the catalogue files below a folder of a catalogue root: visible {@code *.yaml}/{@code
 * *.yml} regular files, in path order, and what it would not read, each with the reason.
 *
 * <p>Links: a link to a regular file inside the catalogue root is read as that file; a link that
 * leaves the root, a link to a folder (which could make a cycle) and a broken link are not followed
 * and are reported (GK008), naming the link and never its target's content. A pipe, device or
 * socket with a catalogue file name is reported, not opened (GK002, like a file that cannot be
 * read), and so is a folder that cannot be listed; the rest of the tree is still read.
 *
 * <p>The walk costs one directory read per folder and the one stat per entry it needs anyway to
 * tell files from folders; only links cost more (resolving them), and a tree has few or none.
 */
public final class YamlWalk {
  private YamlWalk() {}

  /**
   * Something the walk found and did not read, with the problem to report on it; {@code unreadable}
   * as for {@link LoadedFile#unreadable} (exit code 2 for {@code validate}).
   */
  public record Skipped(
      Path path, Rule rule, boolean unreadable, String messageKey, Object... args) {}

  /**
   * The files to read and what was skipped, both in path order, and the attributes the walk read of
   * each regular file it lists (not of links it followed): what the validate cache compares to know
   * a file unchanged without a second stat (org.gkml.cache.StatIndex).
   */
  public record Listing(
      List<Path> files,
      List<Skipped> skipped,
      List<BasicFileAttributes> attributes,
      List<Folder> folders) {
    /**
     * @param attributes one for each of {@code files} (null for a link), or none at all
     * @param folders the folders a walk listed (its own first), or none
     */
    public Listing {
      files = List.copyOf(files);
      skipped = List.copyOf(skipped);
      if (!attributes.isEmpty() && attributes.size() != files.size()) {
        throw new IllegalArgumentException("attributes for some files only");
      }
      attributes = Collections.unmodifiableList(attributes); // (nulls: no List.copyOf)
      folders = List.copyOf(folders);
    }

    public Listing(List<Path> files, List<Skipped> skipped, List<BasicFileAttributes> attributes) {
      this(files, skipped, attributes, List.of());
    }

    public Listing(List<Path> files, List<Skipped> skipped) {
      this(files, skipped, List.of());
    }

    static final Listing EMPTY = new Listing(List.of(), List.of());
  }

  /**
   * A folder a walk listed and what it saw of it: whoever keeps its attributes can tell later that
   * its list of entries is the same (an entry made, removed or renamed in a folder changes its
   * modification time), as org.gkml.cache.KnownWalk does.
   */
  public record Folder(Path path, BasicFileAttributes attributes) {}

  /** The catalogue files below {@code dir}, a folder of the catalogue root {@code root}. */
  public static Listing of(Path root, Path dir) {
    Boundary boundary = new Boundary(root);
    Found top = new Found();
    List<Folder> folders = new ArrayList<>();
    // the folder's own entries, then its subfolders walked in parallel: one directory read and
    // one stat per entry, on all cores (the walk alone used to cost seconds on a province tree)
    try {
      BasicFileAttributes self = FileStat.of(dir, LinkOption.NOFOLLOW_LINKS);
      if (self.isSymbolicLink()) {
        // basic/ or regions/ itself a link: one to a folder is not followed and one that leads
        // nowhere is broken, both reported (GK008) rather than read as an empty tree; one to a
        // file is, like a file of that name, no folder of catalogue files
        if (!Files.exists(dir)) {
          top.skipped.add(new Skipped(dir, Rule.LINK_NOT_FOLLOWED, false, "load.linkBroken"));
        } else if (Files.isDirectory(dir)) {
          top.skipped.add(boundary.folderLink(dir));
        }
        return top.listing();
      }
      if (!self.isDirectory()) {
        return Listing.EMPTY;
      }
      top.folders.add(new Folder(dir, self));
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        for (Path entry : entries) {
          BasicFileAttributes attrs;
          try {
            attrs = FileStat.of(entry, LinkOption.NOFOLLOW_LINKS);
          } catch (IOException e) {
            top.failed(entry, e);
            continue;
          }
          if (attrs.isDirectory()) {
            if (!isHidden(entry)) {
              folders.add(new Folder(entry, attrs));
              top.folderNamedLikeACatalogue(entry, entry.getFileName().toString());
            }
          } else {
            top.entry(entry, attrs, boundary);
          }
        }
      }
    } catch (NoSuchFileException e) {
      return Listing.EMPTY;
    } catch (IOException e) {
      top.failed(dir, e);
    } catch (DirectoryIteratorException e) {
      top.failed(dir, e.getCause());
    }
    // each folder comes out of its walk in path order, and the folders are taken in path order,
    // so the whole list usually is in path order and only the seams between parts are checked:
    // one sort of 51,000 long paths ran on one thread (the common pool of two cores has one
    // worker, and Arrays.parallelSort then sorts sequentially), and so did checking them all
    folders.sort(Comparator.comparing(Folder::path));
    top.sortFiles();
    folders.parallelStream().map(f -> walk(f, boundary)).forEachOrdered(top::addAll);
    return top.listing();
  }

  /**
   * A file at the top of the root ({@code gkml.yaml}, {@code regions.csv}): the file to read, what
   * was skipped instead, or nothing when there is none (or a folder of that name).
   */
  public static Listing rootFile(Path root, String name) {
    return file(root, root.resolve(name));
  }

  /**
   * One file of the catalogue root {@code root} found by name rather than by the walk: the file to
   * read, what was skipped instead, or nothing when there is none (or a folder of that name).
   */
  public static Listing file(Path root, Path file) {
    Found found = new Found();
    try {
      BasicFileAttributes attrs = FileStat.of(file, LinkOption.NOFOLLOW_LINKS);
      if (attrs.isSymbolicLink()) {
        found.link(file, new Boundary(root), true, false);
      } else if (attrs.isRegularFile()) {
        found.files.add(file);
        found.attributes.add(attrs);
      } else if (attrs.isOther()) {
        found.skipped.add(notRegular(file));
      }
    } catch (NoSuchFileException e) {
      return Listing.EMPTY;
    } catch (IOException e) {
      found.failed(file, e);
    }
    return found.listing();
  }

  /**
   * The files below a folder in path order, walked on the calling thread: each folder's entries are
   * sorted by name (a short byte compare, names of one folder share their parent) and the
   * subfolders are walked where they fall in that order, so no sort ever compares whole paths.
   */
  private static Found walk(Folder dir, Boundary boundary) {
    Found found = new Found();
    found.ordered = true;
    found.folders.add(dir);
    walkInto(dir.path(), boundary, found);
    return found;
  }

  private static void walkInto(Path dir, Boundary boundary, Found found) {
    List<Entry> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        Path name = p.getFileName();
        String text = name.toString();
        if (text.startsWith(".")) {
          continue; // hidden: neither read nor walked nor reported
        }
        try {
          entries.add(new Entry(p, name, text, FileStat.of(p, LinkOption.NOFOLLOW_LINKS)));
        } catch (IOException e) {
          found.failed(p, e);
        }
      }
    } catch (DirectoryIteratorException e) {
      found.failed(dir, e.getCause()); // listing it broke off half-way
    } catch (IOException e) {
      found.failed(dir, e); // a folder that cannot be listed, mostly
      return;
    }
    entries.sort(null);
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e.attributes().isDirectory()) {
        // a folder's name that a sibling's continues with a character below '/' ("a" and
        // "a-b"): the sibling's files come before the folder's in path order, not after
        if (i + 1 < entries.size() && continues(entries.get(i + 1), e)) {
          found.ordered = false;
        }
        found.folders.add(new Folder(e.path(), e.attributes()));
        found.folderNamedLikeACatalogue(e.path(), e.text());
        walkInto(e.path(), boundary, found);
      } else {
        found.entry(e.path(), e.text(), e.attributes(), boundary);
      }
    }
  }

  /** Whether {@code name} continues {@code folder}'s name; true when unsure (undecodable bytes). */
  private static boolean continues(Entry name, Entry folder) {
    String n = name.text();
    String f = folder.text();
    return n.startsWith(f) || n.indexOf('\uFFFD') >= 0 || f.indexOf('\uFFFD') >= 0;
  }

  /** One entry of a folder, ordered by its name (a sibling's path orders the same way). */
  private record Entry(Path path, Path name, String text, BasicFileAttributes attributes)
      implements Comparable<Entry> {
    @Override
    public int compareTo(Entry other) {
      return name.compareTo(other.name);
    }
  }

  /** What one part of the walk found. */
  private static final class Found {
    final List<Path> files = new ArrayList<>();
    final List<Skipped> skipped = new ArrayList<>();
    final List<BasicFileAttributes> attributes = new ArrayList<>(); // one for each of files
    final List<Folder> folders = new ArrayList<>(); // in the order they were listed
    boolean ordered; // files known to be in path order: listing() need not check them

    /** A walked entry that is not a folder (or a link the walk did not follow). */
    void entry(Path p, BasicFileAttributes attrs, Boundary boundary) {
      entry(p, p.getFileName().toString(), attrs, boundary);
    }

    /** Same, given the name as the walk decoded it (a province has 51,000, mostly Chinese). */
    void entry(Path p, String name, BasicFileAttributes attrs, Boundary boundary) {
      if (name.startsWith(".")) {
        return;
      }
      boolean yaml = TreeLoader.isYamlName(name);
      if (attrs.isRegularFile()) {
        if (yaml) {
          files.add(p);
          attributes.add(attrs);
        } else {
          String extra = CatalogueLikeName.extraExtension(name);
          if (extra != null) {
            skipped.add(new Skipped(p, Rule.UNREAD_FILE, false, "rule.GK010.message", extra));
          }
        }
      } else if (attrs.isSymbolicLink()) {
        link(p, boundary, yaml);
      } else if (attrs.isOther() && yaml) {
        skipped.add(notRegular(p));
      }
    }

    /**
     * A folder named like a catalogue file ({@code x.yaml/}): its name suggests a catalogue that is
     * not read as one (GK010); what it holds is walked as any folder's.
     */
    void folderNamedLikeACatalogue(Path p, String name) {
      if (TreeLoader.isYamlName(name)) {
        skipped.add(new Skipped(p, Rule.UNREAD_FILE, false, "load.folderNamedYaml"));
      }
    }

    /** A link: read when it names a regular file inside the root, else reported. */
    void link(Path p, Boundary boundary, boolean catalogueName) {
      link(p, boundary, catalogueName, true);
    }

    /** A link; one to a folder is reported when {@code walked} (a folder of the walk). */
    void link(Path p, Boundary boundary, boolean catalogueName, boolean walked) {
      Path target;
      BasicFileAttributes attrs;
      try {
        target = p.toRealPath();
        attrs = FileStat.of(target);
      } catch (IOException e) {
        if (catalogueName) {
          skipped.add(new Skipped(p, Rule.LINK_NOT_FOLLOWED, false, "load.linkBroken"));
        }
        return;
      }
      if (attrs.isDirectory()) {
        if (walked) {
          skipped.add(boundary.folderLink(p));
        }
      } else if (!catalogueName) {
        return; // not a catalogue file wherever it leads
      } else if (!boundary.contains(target)) {
        skipped.add(new Skipped(p, Rule.LINK_NOT_FOLLOWED, false, "load.linkOutside"));
      } else if (attrs.isRegularFile()) {
        files.add(p);
        attributes.add(null); // the link's, not the file's: looked at again by who needs them
      } else {
        skipped.add(notRegular(p));
      }
    }

    void failed(Path p, Throwable e) {
      skipped.add(
          e instanceof java.nio.file.AccessDeniedException
              ? new Skipped(p, Rule.SYNTAX, true, "load.walkDenied")
              : new Skipped(p, Rule.SYNTAX, true, "load.walkFailed", reason(e)));
    }

    /** Appends another part; both in path order, the whole is when the seam is. */
    void addAll(Found other) {
      if (!other.ordered
          || !files.isEmpty()
              && !other.files.isEmpty()
              && files.get(files.size() - 1).compareTo(other.files.get(0)) > 0) {
        ordered = false;
      }
      files.addAll(other.files);
      skipped.addAll(other.skipped);
      attributes.addAll(other.attributes);
      folders.addAll(other.folders);
    }

    /** This part's files (and their attributes) in path order. */
    Found sortFiles() {
      Walked[] sorted = walked();
      Arrays.sort(sorted);
      for (int i = 0; i < sorted.length; i++) {
        files.set(i, sorted[i].path());
        attributes.set(i, sorted[i].attributes());
      }
      ordered = true;
      return this;
    }

    private Walked[] walked() {
      Walked[] walked = new Walked[files.size()];
      for (int i = 0; i < walked.length; i++) {
        walked[i] = new Walked(files.get(i), attributes.get(i));
      }
      return walked;
    }

    Listing listing() {
      Walked[] sorted = walked();
      if (!ordered && !isSorted(sorted)) {
        // a folder's name that another's continues with a character below '/' ("a" and "a-b")
        // puts the parts out of path order: sort the whole list then
        Arrays.parallelSort(sorted);
      }
      Path[] paths = new Path[sorted.length];
      BasicFileAttributes[] attrs = new BasicFileAttributes[sorted.length];
      for (int i = 0; i < sorted.length; i++) {
        paths[i] = sorted[i].path();
        attrs[i] = sorted[i].attributes();
      }
      List<Skipped> skips = new ArrayList<>(skipped);
      skips.sort(Comparator.comparing(Skipped::path));
      return new Listing(Arrays.asList(paths), skips, Arrays.asList(attrs), folders);
    }
  }

  /** A file found and what the walk saw of it, in path order. */
  private record Walked(Path path, BasicFileAttributes attributes) implements Comparable<Walked> {
    @Override
    public int compareTo(Walked other) {
      return path.compareTo(other.path);
    }
  }

  private static boolean isSorted(Walked[] walked) {
    for (int i = 1; i < walked.length; i++) {
      if (walked[i - 1].compareTo(walked[i]) > 0) {
        return false;
      }
    }
    return true;
  }

  private static Skipped notRegular(Path p) {
    return new Skipped(p, Rule.SYNTAX, true, "load.notRegular");
  }

  /** The catalogue root as the file system resolves it, found once a link asks for it. */
  private static final class Boundary {
    private final Path root;
    private volatile Path real;

    Boundary(Path root) {
      this.root = root.toAbsolutePath().normalize();
    }

    boolean contains(Path target) {
      Path r = real;
      if (r == null) {
        try {
          r = root.toRealPath();
        } catch (IOException e) {
          r = root;
        }
        real = r;
      }
      return target.startsWith(r);
    }

    Skipped folderLink(Path link) {
      return new Skipped(link, Rule.LINK_NOT_FOLLOWED, false, "load.linkFolder");
    }
  }

  /**
   * The outermost folder between the root {@code top} and {@code path} (both absolute and
   * normalised) that is a symbolic link, or null: a walk of the root does not follow it.
   */
  public static Path folderLinkAbove(Path top, Path path) {
    Path link = null;
    for (Path dir = path.getParent();
        dir != null && dir.startsWith(top) && !dir.equals(top);
        dir = dir.getParent()) {
      if (Files.isSymbolicLink(dir)) {
        link = dir;
      }
    }
    return link;
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String reason(Throwable e) {
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
