package org.gkml.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gkml.model.GkmlException;

/** A catalogue tree on disk: a catalogue root, or any folder of catalogue files. */
final class DirectorySnapshot implements Snapshot {
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

  /** The files below {@code dir}; exit 2 when it cannot be listed. */
  static DirectorySnapshot of(Path dir, String label) {
    Path root = dir.toAbsolutePath().normalize();
    boolean catalogRoot = isCatalogRoot(root);
    try (Stream<Path> walk = Files.walk(root)) {
      List<String> paths =
          walk.filter(Files::isRegularFile)
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .filter(p -> !Snapshot.isHidden(p))
              .filter(p -> catalogRoot ? Snapshot.inCatalogRoot(p) : Snapshot.isYaml(p))
              .sorted()
              .toList();
      return new DirectorySnapshot(root, label, Path.of("").toAbsolutePath(), paths);
    } catch (IOException | UncheckedIOException e) {
      throw GkmlException.usage("diff.unreadable", dir, String.valueOf(e.getMessage()));
    }
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
    return Files.readAllBytes(pathOf(path));
  }

  @Override
  public Path pathOf(String path) {
    return root.resolve(path);
  }

  @Override
  public String display(String path) {
    Path abs = pathOf(path);
    return abs.startsWith(workingDir) ? workingDir.relativize(abs).toString() : abs.toString();
  }
}
