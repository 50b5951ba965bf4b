package org.gkml.diff.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.load.BoundedInput;
import org.gkml.load.YamlWalk;

/** A catalogue tree on disk: a catalogue root, or any folder of catalogue files. */
public final class DirectorySnapshot implements Snapshot {
  private final Path root;
  private final String label;
  private final Path workingDir;
  private final List<String> paths;

  private DirectorySnapshot(Path root, String label, Path workingDir, List<String> paths) {
    this.root = root;
    this.label = label;
    this.workingDir = workingDir;
    this.paths = List.copyOf(paths);
  }

  /**
   * The files below {@code dir}, found as validate finds them ({@link YamlWalk}); exit 2 naming the
   * first thing it would not read (a link leaving the folder, a pipe, a folder it cannot list).
   */
  public static DirectorySnapshot of(Path dir, String label, Messages messages) {
    Path root = dir.toAbsolutePath().normalize();
    boolean catalogRoot = isCatalogRoot(root);
    List<YamlWalk.Listing> found = new ArrayList<>();
    if (catalogRoot) {
      found.add(YamlWalk.rootFile(root, CONFIG));
      found.add(YamlWalk.rootFile(root, REGISTER));
      found.add(YamlWalk.of(root, root.resolve("basic")));
      found.add(YamlWalk.of(root, root.resolve("regions")));
    } else {
      found.add(YamlWalk.of(root, root));
    }
    Path workingDir = Path.of("").toAbsolutePath();
    List<String> paths = new ArrayList<>();
    for (YamlWalk.Listing l : found) {
      for (YamlWalk.Skipped s : l.skipped()) {
        throw GkmlException.usage(
            "diff.unreadable", shown(workingDir, s.path()), messages.get(s.messageKey(), s.args()));
      }
      for (Path p : l.files()) {
        paths.add(root.relativize(p).toString().replace('\\', '/'));
      }
    }
    Collections.sort(paths);
    return new DirectorySnapshot(root, label, workingDir, paths);
  }

  /** A folder holding a catalogue tree: it has basic/, regions/ or gkml.yaml. */
  static boolean isCatalogRoot(Path dir) {
    return Files.isDirectory(dir.resolve("basic"))
        || Files.isDirectory(dir.resolve("regions"))
        || Files.isRegularFile(dir.resolve(CONFIG));
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public List<String> paths() {
    return paths;
  }

  @Override
  public byte[] read(String path) throws IOException {
    return BoundedInput.read(pathOf(path));
  }

  @Override
  public Path pathOf(String path) {
    return root.resolve(path);
  }

  @Override
  public String display(String path) {
    return shown(workingDir, pathOf(path));
  }

  private static String shown(Path workingDir, Path abs) {
    return abs.startsWith(workingDir) ? workingDir.relativize(abs).toString() : abs.toString();
  }
}
