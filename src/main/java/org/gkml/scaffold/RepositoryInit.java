package org.gkml.scaffold;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.io.IoReason;
import org.gkml.load.TreeLoader;

/**
 * {@code gkml init [DIR]}: a new catalogue repository. In {@code catalogs/}: {@code gkml.yaml},
 * {@code regions.csv} (the header only) and the empty {@code basic/} and {@code regions/} folders;
 * beside it the JSON schemas the modelines name, editor settings that associate them ({@code
 * .vscode/settings.json}), a {@code .gitignore}, a GitHub workflow that validates every push and a
 * pre-commit configuration. A {@code catalogs/} that holds anything is refused; other files that
 * exist already (a repository's own {@code .gitignore}) are kept as they are, never replaced.
 */
public final class RepositoryInit {
  static final String CATALOGS = "catalogs";
  static final List<String> SCHEMAS =
      List.of("catalog.schema.json", "overlay.schema.json", "config.schema.json");

  /** What init wrote, and the files it found and kept, both relative to the folder. */
  public record Result(List<Path> written, List<Path> kept) {}

  private final Messages messages;

  public RepositoryInit(Messages messages) {
    this.messages = messages;
  }

  /**
   * Initialises {@code dir} (made when missing).
   *
   * @throws GkmlException a usage error when {@code dir/catalogs} exists and is not empty
   */
  public Result create(Path dir) {
    Path catalogs = dir.resolve(CATALOGS);
    if (Files.exists(catalogs) && !isEmptyFolder(catalogs)) {
      throw GkmlException.usage("init.notEmpty", catalogs);
    }
    List<Path> written = new ArrayList<>();
    List<Path> kept = new ArrayList<>();
    Map<String, String> files = new LinkedHashMap<>();
    files.put(CATALOGS + "/gkml.yaml", config(dir));
    files.put(CATALOGS + "/" + TreeLoader.REGISTER_FILE, "code,name\n");
    for (String schema : SCHEMAS) {
      files.put("schemas/" + schema, schema(schema));
    }
    files.put(".vscode/settings.json", editorSettings());
    files.put(".gitignore", gitignore());
    files.put(".github/workflows/gkml.yml", githubWorkflow());
    files.put(".pre-commit-config.yaml", preCommit());
    Map<Path, String> missing = new LinkedHashMap<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path file = dir.resolve(f.getKey());
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        kept.add(dir.relativize(file));
      } else {
        missing.put(file, f.getValue());
        written.add(dir.relativize(file));
      }
    }
    List<Path> folders = List.of(catalogs.resolve("basic"), catalogs.resolve("regions"));
    folders.forEach(folder -> written.add(dir.relativize(folder)));
    // all or none: a half-made repository (a full disk) would refuse the next try as not empty
    ScaffoldText.create(missing, folders);
    return new Result(List.copyOf(written), List.copyOf(kept));
  }

  private String config(Path dir) {
    Path folder = dir.resolve(CATALOGS);
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("gkml", 1);
    config.put("kind", "config");
    config.put("name", messages.get("scaffold.config.name"));
    config.put("issuer", messages.get("scaffold.config.issuer"));
    return ScaffoldText.modeline(folder, folder, "config.schema.json")
        + ScaffoldText.comment(messages.get("scaffold.config.header"))
        + ScaffoldText.yaml(config);
  }

  /** A schema as the jar carries it (the same files as the repository's {@code schemas/}). */
  private static String schema(String name) {
    try (InputStream in =
        Objects.requireNonNull(
            RepositoryInit.class.getResourceAsStream("/org/gkml/schemas/" + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** VS Code with the YAML extension: completion and checking by the schemas while typing. */
  private static String editorSettings() {
    Map<String, Object> schemas = new LinkedHashMap<>();
    schemas.put("./schemas/catalog.schema.json", List.of(CATALOGS + "/basic/*.yaml"));
    schemas.put("./schemas/overlay.schema.json", List.of(CATALOGS + "/regions/**/*.yaml"));
    schemas.put("./schemas/config.schema.json", List.of(CATALOGS + "/gkml.yaml"));
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("yaml.schemas", schemas);
    settings.put("files.encoding", "utf8");
    settings.put("files.eol", "\n");
    try {
      return new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(settings)
              .replace("\r\n", "\n")
          + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String gitignore() {
    return ScaffoldText.comment(messages.get("scaffold.gitignore"))
        + "out/\n.gkml-cache/\n.gkml-lock\n";
  }

  private String githubWorkflow() {
    return ScaffoldText.comment(messages.get("scaffold.github"))
        + """
        name: gkml
        on: [push, pull_request]
        jobs:
          validate:
            runs-on: ubuntu-latest
            env:
              GKML_ZIP_URL: ${{ vars.GKML_ZIP_URL }}
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-java@v4
                with:
                  distribution: temurin
                  java-version: "17"
              - name: Install gkml
                run: |
                  curl -fsSL "$GKML_ZIP_URL" -o "$RUNNER_TEMP/gkml.zip"
                  unzip -q "$RUNNER_TEMP/gkml.zip" -d "$RUNNER_TEMP"
                  echo "$(ls -d "$RUNNER_TEMP"/gkml-*/bin)" >> "$GITHUB_PATH"
              - name: Validate
                run: gkml validate --root catalogs --format github
        """;
  }

  private String preCommit() {
    return ScaffoldText.comment(messages.get("scaffold.precommit"))
        + """
        repos:
          - repo: local
            hooks:
              - id: gkml-validate
                name: gkml validate --changed --staged
                entry: gkml validate --root catalogs --changed --staged
                language: system
                pass_filenames: false
                always_run: true
        """;
  }

  private static boolean isEmptyFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> children = Files.list(folder)) {
      return children.findAny().isEmpty();
    } catch (IOException e) {
      throw IoReason.cannotWriteFolder(folder, e);
    }
  }
}
