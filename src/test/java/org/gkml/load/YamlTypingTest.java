package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gkml.TestCatalogs;
import org.gkml.i18n.Messages;
import org.gkml.model.Catalog;
import org.gkml.model.Finding;
import org.gkml.model.Item;
import org.gkml.model.Overlay;
import org.gkml.model.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * YAML's silent conversions must not bite catalogue authors (FORMAT.md §5): every value is the text
 * written, except {@code gkml} (an integer) and {@code optional} (true/false).
 */
class YamlTypingTest {
  private static final Messages MESSAGES = Messages.english();
  private static final FileLoader LOADER = new FileLoader(MESSAGES);

  @Test
  void valuesYamlWouldConvertAreReadAsWritten() {
    Path root = TestCatalogs.resource("validate/valid/yaml-typing");
    TreeLoader.Result loaded = new TreeLoader(LOADER, MESSAGES, root).load(root);

    assertThat(loaded.findings()).isEmpty();
    Catalog c = loaded.tree().basics().get(0);
    assertThat(c.version()).isEqualTo("2025.10");
    assertThat(c.effective()).isEqualTo("2025-03-01");
    Item item = c.items().get(0);
    assertThat(item.id()).isEqualTo("001");
    assertThat(item.level2()).isEqualTo("NO");
    assertThat(item.note()).isEqualTo("on");
    assertThat(item.optional()).isTrue();

    Map<String, Overlay> overlays =
        loaded.tree().overlays().stream()
            .collect(Collectors.toMap(o -> o.region().code().digits(), Function.identity()));
    assertThat(overlays).containsOnlyKeys("330802", "330802001201");
    assertThat(overlays.get("330802").version()).isEqualTo("2025.10");
    assertThat(overlays.get("330802001201").version()).isEqualTo("1.0");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NO",
        "no",
        "Yes",
        "on",
        "OFF",
        "y",
        "true",
        "False",
        "~",
        "null",
        "1e3",
        "0x1F",
        "0o17",
        "017",
        ".inf",
        "-.Inf",
        ".NaN",
        "2025-03-01",
        "2025-03-01T10:00:00Z",
        "12:30:00",
        "1_000",
        "+1",
        "3.0",
        "2025.10",
        "007"
      })
  void plainTextFieldIsTheCharactersWritten(String plain) {
    Catalog c = catalog(TestCatalogs.CATALOG.replace("level2: 行政处罚", "level2: " + plain));

    assertThat(c.items().get(0).level2()).isEqualTo(plain);
  }

  @ParameterizedTest
  @ValueSource(strings = {"001", "1e3", "0x1F", "2025.10", "true", "NO"})
  void idIsTheCharactersWritten(String id) {
    Catalog c = catalog(TestCatalogs.CATALOG.replace("id: AQSC-001", "id: " + id));

    assertThat(c.items().get(0).id()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "True", "TRUE"})
  void optionalReadsYaml12Booleans(String flag) {
    Catalog c =
        catalog(
            TestCatalogs.CATALOG.replace("tiers: [县级, 乡级]", "tiers: [县级]\n    optional: " + flag));

    assertThat(c.items().get(0).optional()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "on", "\"true\"", "1"})
  void optionalIsNotTextButOnlyTrueOrFalse(String flag) {
    LoadedFile f =
        parse(
            TestCatalogs.CATALOG.replace("tiers: [县级, 乡级]", "tiers: [县级]\n    optional: " + flag));

    assertThat(f.document()).isNull();
    assertThat(f.findings()).singleElement().extracting(Finding::rule).isEqualTo(Rule.SCHEMA);
  }

  @Test
  void formatVersionIsAnInteger() {
    assertThat(parse(TestCatalogs.CATALOG).document()).isNotNull();
    assertThat(parse(TestCatalogs.CATALOG.replace("gkml: 1", "gkml: \"1\"")).findings())
        .extracting(Finding::message)
        .singleElement()
        .isEqualTo(
            "gkml: write 1 (the format's major version, without quotes; files of format 1.1 also"
                + " write gkml: 1), not \"1\"");
  }

  private static Catalog catalog(String yaml) {
    LoadedFile f = parse(yaml);
    assertThat(f.findings()).as(yaml).isEmpty();
    return (Catalog) f.document();
  }

  private static LoadedFile parse(String yaml) {
    return LOADER.parse(
        yaml.getBytes(StandardCharsets.UTF_8), Path.of("t.yaml"), "t.yaml", DocumentKind.CATALOG);
  }
}
