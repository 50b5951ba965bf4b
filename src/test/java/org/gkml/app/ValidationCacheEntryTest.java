package org.gkml.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.gkml.cache.ValidationCache;
import org.gkml.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache entry is read field by field (a streaming parser, not a tree of nodes): fields it does
 * not know are passed over whatever they hold, and a known field of the wrong kind makes a miss.
 */
class ValidationCacheEntryTest {
  @TempDir Path work;
  private Path root;
  private final Messages en = Messages.of(Locale.ENGLISH);

  @BeforeEach
  void brokenTree() throws IOException {
    root = work.resolve("catalogs");
    ValidationCacheTest.copy(Path.of("catalogs"), root);
    org.gkml.TestCatalogs.replaceIn(
        root.resolve("basic/employment.yaml"), "id: JYCY-001", "id: JYCY-901");
  }

  private List<String> findings(ValidationCache.Outcome o) {
    return ValidationCacheTest.lines(o.validation());
  }

  private Path entry(Path dir) throws IOException {
    try (Stream<Path> in = Files.list(dir)) {
      return in.filter(p -> p.getFileName().toString().startsWith("validate-"))
          .findFirst()
          .orElseThrow();
    }
  }

  @Test
  void unknownFieldsArePassedOverAndWrongKindsAreMisses() throws IOException {
    Path dir = root.resolve(ValidationCache.TREE_FOLDER);
    ValidationCache cache = ValidationCache.at(dir, "1.0");
    List<String> expected = findings(Pipelines.of(en).validateWhole(root, cache));
    assertThat(expected).isNotEmpty();
    Path entry = entry(dir);
    String good = Files.readString(entry, StandardCharsets.UTF_8);
    assertThat(good).startsWith("{\"format\":");

    // later fields of any kind, at the top and in a finding: still a hit, the same findings
    String extra =
        good.replaceFirst("^\\{", "{\"later\":{\"a\":[1,{\"b\":null}],\"c\":2.5},")
            .replace("\"rule\":", "\"note\":[\"x\",{\"y\":[]}],\"rule\":");
    Files.writeString(entry, extra, StandardCharsets.UTF_8);
    ValidationCache.Outcome read = Pipelines.of(en).validateWhole(root, cache);
    assertThat(read.hit()).isTrue();
    assertThat(findings(read)).isEqualTo(expected);

    // a known field of another kind: a miss, checked again to the same findings
    for (String bad :
        List.of(
            good.replace("\"history\":null", "\"history\":7"),
            good.replace("\"unreadable\":false", "\"unreadable\":\"false\""),
            good.replace("\"findings\":[", "\"findings\":{\"x\":[")
                .replace("],\"suppressed\"", "]},\"suppressed\""),
            good.replace("\"column\":", "\"column\":12345678901,\"was\":"),
            good.replace("\"message\":", "\"message\":{\"text\":1},\"was\":"))) {
      assertThat(bad).isNotEqualTo(good);
      Files.writeString(entry, bad, StandardCharsets.UTF_8);
      ValidationCache.Outcome o = Pipelines.of(en).validateWhole(root, cache);
      assertThat(o.hit()).as(bad).isFalse();
      assertThat(findings(o)).isEqualTo(expected);
    }
  }
}
