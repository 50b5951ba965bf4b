package org.gkml.scaffold;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.gkml.error.GkmlException;
import org.gkml.fmt.CanonicalRepresenter;
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
 * replace an existing one.
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
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw GkmlException.usage("scaffold.exists", file);
    } catch (IOException e) {
      throw IoReason.cannotWrite(file, e);
    }
  }
}
