package org.gkml.load;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gkml.error.GkmlException;

/**
 * Which files a command reads for the paths a user named, and which of them it reports on. Naming a
 * whole root reads it all. Naming files or folders inside a root reads them plus the context they
 * are judged against — the config, the basic catalogues, and for an overlay the same-named files in
 * its parent folders (the ancestors' overlays, by the folder convention of FORMAT.md §3) — so
 * checking one file stays fast on a province-sized tree.
 */
public record Scope(
    Path root,
    List<Path> read,
    Set<Path> reported,
    List<YamlWalk.Skipped> skipped,
    List<BasicFileAttributes> attributes,
    List<YamlWalk.Folder> folders) {

  /**
   * @param attributes what the walk saw of each file of {@code read} (YamlWalk.Listing), or none; a
   *     file without (null) is looked at again by whoever needs to
   * @param folders the folders the walk listed, for the validate cache (YamlWalk.Listing), or none
   */
  public Scope {
    read = List.copyOf(read);
    reported = Set.copyOf(reported);
    skipped = List.copyOf(skipped);
    if (!attributes.isEmpty() && attributes.size() != read.size()) {
      throw new IllegalArgumentException("attributes for some files only");
    }
    attributes = Collections.unmodifiableList(attributes); // (nulls: no List.copyOf)
    folders = List.copyOf(folders);
  }

  /** A scope whose walk's folders were not kept. */
  public Scope(
      Path root,
      List<Path> read,
      Set<Path> reported,
      List<YamlWalk.Skipped> skipped,
      List<BasicFileAttributes> attributes) {
    this(root, read, reported, skipped, attributes, List.of());
  }

  /** A scope whose files' attributes were not kept. */
  public Scope(Path root, List<Path> read, Set<Path> reported, List<YamlWalk.Skipped> skipped) {
    this(root, read, reported, skipped, List.of());
  }

  /** A scope in which nothing was skipped. */
  public Scope(Path root, List<Path> read, Set<Path> reported) {
    this(root, read, reported, List.of());
  }

  /** Whether findings in {@code file} belong in the report. */
  public boolean reports(Path file) {
    return reported.isEmpty() || reported.contains(file.toAbsolutePath().normalize());
  }

  /** Everything below a root. */
  public static Scope whole(Path root) {
    Path top = root.toAbsolutePath().normalize();
    List<Path> files = new ArrayList<>();
    List<YamlWalk.Skipped> skipped = new ArrayList<>();
    List<BasicFileAttributes> attributes = new ArrayList<>();
    List<YamlWalk.Folder> folders = new ArrayList<>();
    List<YamlWalk.Listing> listings = new ArrayList<>(context(top));
    listings.add(YamlWalk.of(top, top.resolve(TreeLoader.REGIONS_DIR)));
    for (YamlWalk.Listing l : listings) {
      files.addAll(l.files());
      skipped.addAll(l.skipped());
      folders.addAll(l.folders());
      if (l.attributes().isEmpty()) {
        l.files().forEach(f -> attributes.add(null));
      } else {
        attributes.addAll(l.attributes());
      }
    }
    return new Scope(top, files, Set.of(), skipped, attributes, folders);
  }

  /** The index of the basic catalogues' listing in {@link #context}. */
  private static final int BASICS = 1;

  /** What every scope of a root reads: its config and its basic catalogues. */
  public static List<YamlWalk.Listing> context(Path top) {
    return List.of(
        YamlWalk.rootFile(top, TreeLoader.CONFIG_FILE),
        YamlWalk.of(top, top.resolve(TreeLoader.BASIC_DIR)));
  }

  /** The scope of a command given {@code paths} (none: the whole default root). */
  public static Scope of(Path defaultRoot, List<Path> paths) {
    if (paths == null || paths.isEmpty()) {
      return whole(defaultRoot);
    }
    if (paths.size() == 1 && isRoot(paths.get(0))) {
      return whole(paths.get(0));
    }
    Path top = rootOf(paths.get(0), defaultRoot);
    for (Path p : paths) {
      Path other = rootOf(p, defaultRoot);
      if (other != null && top != null && !other.equals(top)) {
        // one tree's files checked against another's: each region seen twice, every overlay a
        // false GK302 against its own copy
        throw GkmlException.usage("cli.severalRoots", top, other);
      }
    }
    if (top != null && paths.stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(top))) {
      // the root among other paths inside it: the whole tree, its register and config included
      return whole(top);
    }
    Set<Path> selected = new TreeSet<>();
    List<YamlWalk.Skipped> skipped = new ArrayList<>();
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      Path link = top == null ? null : YamlWalk.folderLinkAbove(top, abs);
      if (link != null) {
        // named through a folder link (regions/ itself, say): what the whole tree reports, the
        // link (GK008), not the files behind it, which a check of the whole tree never reads
        YamlWalk.Listing l = YamlWalk.of(top, link);
        l.skipped().forEach(s -> selected.add(s.path()));
        skipped.addAll(l.skipped());
        continue;
      }
      if (Files.isDirectory(abs)) {
        YamlWalk.Listing l = YamlWalk.of(top == null ? abs : top, abs);
        selected.addAll(l.files());
        l.skipped().forEach(s -> selected.add(s.path()));
        skipped.addAll(l.skipped());
      } else {
        Path name = abs.getFileName();
        if (name != null && name.toString().equals(TreeLoader.REGISTER_FILE)) {
          // checked with its tree (its codes against the folders and overlays), not on its own
          Path tree = rootOf(abs, defaultRoot);
          throw GkmlException.usage("cli.registerNamed", p, tree == null ? abs.getParent() : tree);
        }
        requireCatalogueFileName(p);
        selected.add(abs);
        if (top != null && abs.startsWith(top)) {
          // a named file inside the root is a link leaving it: reported, not read
          skipped.addAll(YamlWalk.file(top, abs).skipped());
        }
      }
    }
    if (selected.isEmpty()) {
      // only named folders, and no YAML in them: checking "nothing" must not pass
      throw GkmlException.usage("cli.noYamlIn", paths.get(0));
    }
    Set<Path> read = new LinkedHashSet<>();
    if (top != null) {
      Path regions = top.resolve(TreeLoader.REGIONS_DIR);
      List<YamlWalk.Listing> parents = new ArrayList<>();
      Set<Path> parentFiles = new LinkedHashSet<>();
      for (Path file : selected) {
        if (file.startsWith(regions)) {
          for (Path a : ancestors(regions, file)) {
            YamlWalk.Listing l = YamlWalk.file(top, a);
            parents.add(l);
            parentFiles.addAll(l.files());
          }
        }
      }
      List<YamlWalk.Listing> context = context(top);
      for (int i = 0; i < context.size(); i++) {
        YamlWalk.Listing l = context.get(i);
        if (i == BASICS) {
          // a few named overlays need only the basic catalogues they (and their parents' domains)
          // can depend on
          l = BasicsNeeded.of(regions, selected, parentFiles, l);
        }
        read.addAll(l.files());
        skipped.addAll(l.skipped()); // reported like the context's files: when selected
      }
      for (YamlWalk.Listing l : parents) {
        read.addAll(l.files());
        skipped.addAll(l.skipped());
      }
    }
    read.addAll(selected);
    skipped.forEach(s -> read.remove(s.path()));
    List<Path> sorted = new ArrayList<>(new TreeSet<>(read));
    Path where = top == null ? selected.iterator().next().getParent() : top;
    // the context and a named folder may skip the same thing: report it once
    Map<Path, YamlWalk.Skipped> once = new TreeMap<>();
    skipped.forEach(s -> once.putIfAbsent(s.path(), s));
    return new Scope(where, sorted, selected, List.copyOf(once.values()));
  }

  private static List<Path> ancestors(Path regions, Path file) {
    List<Path> out = new ArrayList<>();
    String name = file.getFileName().toString();
    for (Path dir = file.getParent().getParent();
        dir != null && dir.startsWith(regions) && !dir.equals(regions);
        dir = dir.getParent()) {
      Path candidate = dir.resolve(name);
      if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
        out.add(candidate);
      }
    }
    return out;
  }

  /** A folder that holds a catalogue tree: it has basic/, regions/ or gkml.yaml. */
  static boolean isRoot(Path dir) {
    return Files.isDirectory(dir)
        && (Files.isDirectory(dir.resolve(TreeLoader.BASIC_DIR))
            || Files.isDirectory(dir.resolve(TreeLoader.REGIONS_DIR))
            || Files.isRegularFile(dir.resolve(TreeLoader.CONFIG_FILE)));
  }

  /**
   * The root a path belongs to: the default root if it contains it, else the nearest root above;
   * null when there is none.
   */
  public static Path rootOf(Path path, Path defaultRoot) {
    Path abs = path.toAbsolutePath().normalize();
    Path def = defaultRoot.toAbsolutePath().normalize();
    if (abs.startsWith(def) && isRoot(def)) {
      return def;
    }
    for (Path dir = abs; dir != null; dir = dir.getParent()) {
      if (isRoot(dir)) {
        return dir;
      }
    }
    return null;
  }

  /**
   * Refuses a file named on the command line that no walk would read as a catalogue file (usage
   * error naming {@code named}): a README.md named by mistake would be "checked" as YAML and blamed
   * for it; a {@code ~$x.yaml} is an office lock's name, said as such.
   */
  public static void requireCatalogueFileName(Path named) {
    Path name = named.getFileName();
    if (name != null && OfficeLockFile.is(named)) {
      throw GkmlException.usage("cli.officeLockNamed", named);
    }
    if (name == null || !TreeLoader.isYamlName(name.toString())) {
      throw GkmlException.usage("cli.notYamlFile", named);
    }
  }
}
