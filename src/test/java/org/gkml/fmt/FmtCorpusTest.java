package org.gkml.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gkml.i18n.Messages;
import org.gkml.load.FileLoader;
import org.gkml.load.LoadedFile;
import org.gkml.model.Finding;
import org.junit.jupiter.api.Test;

/**
 * {@code gkml fmt} on every catalogue file the project ships and on a generated province tree:
 * idempotent, every comment line kept, and the file gkml loads before and after the same document.
 */
class FmtCorpusTest {
  private static final FileLoader LOADER = new FileLoader(Messages.english());

  @Test
  void everyShippedFileIsIdempotentKeepsItsCommentsAndLoadsAsTheSameDocument() throws IOException {
    List<Path> files = new ArrayList<>(yaml(Path.of("catalogs")));
    files.addAll(yaml(Path.of("src/test/resources/validate/valid")));
    assertThat(files).hasSizeGreaterThan(20);
    for (Path f : files) {
      check(f);
    }
  }

  @Test
  void everyFileOfAGeneratedTreeIsIdempotentKeepsItsCommentsAndLoadsAsTheSameDocument()
      throws IOException {
    // written by the shared tree generator and committed (import/region/README.md): CI has no
    // generator beside the repository, and a test must not skip there
    List<Path> files = yaml(Path.of("src/test/resources/import/region/generated"));
    assertThat(files).hasSizeGreaterThan(15);
    for (Path f : files) {
      check(f);
    }
  }

  private static void check(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String once = CanonicalLayout.of(text).orElseThrow();
    assertThat(CanonicalLayout.of(once)).as("idempotent: %s", file).contains(once);
    assertThat(commentLines(once)).as("comments of %s", file).isEqualTo(commentLines(text));
    LoadedFile before = load(file, text);
    LoadedFile after = load(file, once);
    assertThat(after.tree()).as("data of %s", file).isEqualTo(before.tree());
    assertThat(after.document() != null).as(file.toString()).isEqualTo(before.document() != null);
    assertThat(rules(after)).as("findings of %s", file).isEqualTo(rules(before));
  }

  /** Each comment line's text (stripped), with how often it occurs: no comment lost or added. */
  private static Map<String, Integer> commentLines(String text) {
    Map<String, Integer> counts = new TreeMap<>();
    text.replace("\uFEFF", "")
        .lines()
        .map(String::strip)
        .filter(l -> l.startsWith("#"))
        .forEach(l -> counts.merge(l, 1, Integer::sum));
    // comments after a value on the same line
    text.lines()
        .filter(l -> !l.strip().startsWith("#") && l.contains(" #"))
        .forEach(l -> counts.merge(l.substring(l.indexOf(" #")).strip(), 1, Integer::sum));
    return counts;
  }

  private static LoadedFile load(Path file, String text) {
    return LOADER.parse(text.getBytes(StandardCharsets.UTF_8), file, file.toString(), null);
  }

  private static List<String> rules(LoadedFile f) {
    return f.findings().stream().map(Finding::rule).map(Object::toString).sorted().toList();
  }

  private static List<Path> yaml(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
