package org.gkml.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gkml.error.GkmlException;
import org.gkml.fmt.CanonicalRepresenter;
import org.gkml.io.FileBatch;
import org.gkml.io.IoReason;
import org.gkml.load.YamlWalk;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * What the scaffolds write with: YAML from snakeyaml-engine in the canonical layout of {@code gkml
 * fmt} (every value quoted as a reader needs, in double quotes), the same YAML commented out for a
 * person to enable line by line, the schema modeline at a file's depth, and new files that never
 * replace an existing one, written all or none.
 */
final class ScaffoldText {
  private static final DumpSettings SETTINGS =
      DumpSettings.builder()
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setIndent(2)
          .setIndicatorIndent(2)
          .setIndentWithIndicator(true)
          .setWidth(Integer.MAX_VALUE)
          .setSplitLines(false)
          .setDereferenceAliases(true)
          .setSchema(new CoreSchema())
          .build();

  /** Quoting as {@code gkml fmt} writes it: a scaffolded file is already canonical. */
  private static final Dump YAML = new Dump(SETTINGS, new CanonicalRepresenter(SETTINGS));

  private ScaffoldText() {}

  /** A map or list as block YAML, ending in a newline. */
  static String yaml(Object value) {
    return YAML.dumpToString(value);
  }

  /**
   * {@code key:} and the YAML of {@code entries} below it, every line commented out with {@code # }
   * so that removing those two characters from a line enables it as it is.
   */
  static String commentedList(String key, List<Map<String, Object>> entries) {
    StringBuilder out = new StringBuilder("# ").append(key).append(":\n");
    for (String line : yaml(Map.of(key, entries)).split("\n")) {
      if (!line.equals(key + ":")) {
        out.append("# ").append(line).append('\n');
      }
    }
    return out.toString();
  }

  /** {@code text} as YAML comment lines. */
  static String comment(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
    }
    return out.toString();
  }

  /**
   * The editor modeline of a file in {@code folder} for {@code schema} (e.g. {@code
   * overlay.schema.json}) in the repository's {@code schemas/} folder, beside the catalogue root:
   * as many {@code ../} as the file lies deep.
   */
  static String modeline(Path root, Path folder, String schema) {
    Path schemas = root.toAbsolutePath().normalize().resolveSibling("schemas");
    Path relative = folder.toAbsolutePath().normalize().relativize(schemas.resolve(schema));
    return "# yaml-language-server: $schema=" + relative.toString().replace('\\', '/') + "\n";
  }

  /**
   * Writes a new file (and its folders) of the tree at {@code root}; an existing file is an error,
   * never replaced, and so is a folder on the way that is a link: a walk of the tree does not
   * follow it (GK008), so the file would be written where it is never read, or not at all.
   */
  static void create(Path root, Path file, String text) {
    Path top = root.toAbsolutePath().normalize();
    Path link = YamlWalk.folderLinkAbove(top, file.toAbsolutePath().normalize());
    if (link != null) {
      throw GkmlException.usage("scaffold.linkedFolder", file, link);
    }
    create(file, text);
  }

  /** Writes a new file (and its folders); an existing file is an error, never replaced. */
  static void create(Path file, String text) {
    create(Map.of(file, text), List.of());
  }

  /**
   * Writes new files and makes empty folders (with the folders above them), all or none: each file
   * goes to a temporary file beside it and is renamed into place only when every one is written
   * ({@link FileBatch}), so a full disk or any other failure leaves no empty or cut-off file and no
   * folder made on the way, and the same command can simply be run again. An existing file is an
   * error, never replaced.
   */
  static void create(Map<Path, String> files, List<Path> folders) {
    for (Path file : files.keySet()) {
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        throw GkmlException.usage("scaffold.exists", file);
      }
    }
    List<Path> made = new ArrayList<>();
    Path folder = null;
    try {
      for (Path f : folders) {
        folder = f;
        makeFolders(f.toAbsolutePath().normalize(), made);
      }
      FileBatch batch = new FileBatch();
      files.forEach((file, text) -> batch.write(file, text.getBytes(StandardCharsets.UTF_8)));
      batch.commit();
    } catch (FileBatch.Failed e) {
      removeEmpty(made);
      throw IoReason.cannotWrite(e.target(), e.reason());
    } catch (IOException e) {
      removeEmpty(made);
      throw IoReason.cannotWriteFolder(folder, e);
    }
  }

  /** Makes a folder and the missing ones above it, noting each made (outermost first). */
  private static void makeFolders(Path folder, List<Path> made) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
      missing.add(0, p);
    }
    for (Path p : missing) {
      Files.createDirectory(p);
      made.add(p);
    }
  }

  /** Removes the folders made, innermost first, each only while it is empty. */
  private static void removeEmpty(List<Path> made) {
    for (int i = made.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(made.get(i));
      } catch (IOException e) {
        // not empty, or gone: the failure being reported is the first one
      }
    }
  }
}
