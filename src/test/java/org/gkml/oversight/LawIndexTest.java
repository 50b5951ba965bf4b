package org.gkml.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gkml.cli.CliRun;
import org.junit.jupiter.api.Test;

/** {@code gkml basis} (CLI.md 1.1): one law under several spellings is one entry. */
class LawIndexTest {
  private static final Path CASE = Path.of("src/test/resources/basis/spellings");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String... extra) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of("basis", "--root", CASE.resolve("tree").toString(), "--format", "json"));
    args.addAll(List.of(extra));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void spellingsOfOneLawAreOneCitationKey() {
    String key = Citation.of("《中华人民共和国安全生产法》").key();
    assertThat(Citation.of("《安全生产法》（2021年修正）").key()).isEqualTo(key);
    assertThat(Citation.of("安全生产法").key()).isEqualTo(key);
    assertThat(Citation.of(" 《中华人民共和国 安全生产法》 ").key()).isEqualTo(key);
    assertThat(Citation.of("<<安全生产法>>").key()).isNotEqualTo(key);
    Citation numbered = Citation.of("《中华人民共和国政府信息公开条例》(国务院令第711号)");
    assertThat(numbered.key()).isEqualTo(Citation.of("《政府信息公开条例》").key());
    assertThat(numbered.number()).isEqualTo("国务院令第711号");
    assertThat(Citation.of("《安全生产法》（2021年修正）").number()).isNull();
  }

  @Test
  void theIndexCountsItemsAndRegionsPerLaw() throws IOException {
    JsonNode laws = json().get("laws");

    assertThat(laws).hasSize(3);
    assertThat(laws.get(0).get("title").asText()).isEqualTo("《中华人民共和国安全生产法》");
    assertThat(laws.get(0).get("items").asInt()).isEqualTo(5);
    assertThat(laws.get(0).get("regions").asInt()).isEqualTo(6);
    assertThat(laws.get(1).get("title").asText()).isEqualTo("《中华人民共和国政府信息公开条例》（国务院令第711号）");
  }

  @Test
  void lawListsEveryItemCitingItUnderAnySpelling() throws IOException {
    JsonNode r = json("--law", "安全生产法");

    assertThat(r.get("law").asText()).isEqualTo("《中华人民共和国安全生产法》");
    assertThat(r.get("uses").get(0).get("region").isNull()).isTrue();
    List<String> regional = new ArrayList<>();
    r.get("uses")
        .forEach(
            u -> {
              if (!u.get("region").isNull()) {
                regional.add(u.get("region").asText() + "/" + u.get("item").asText());
              }
            });
    assertThat(regional).contains("511703/511703-S-001", "511703001/S-003");
  }

  @Test
  void repealedLawsAreFindingsAtEachCitation() {
    CliRun run =
        CliRun.of(
            "basis",
            "--root",
            CASE.resolve("tree").toString(),
            "--repealed",
            CASE.resolve("repealed.txt").toString(),
            "--lang",
            "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("basic/safety.yaml:13:13: warning GK405: item S-001 cites 《政府信息公开条例》")
        .contains("basic/safety.yaml:24:13: warning GK405")
        .contains("safety.yaml:25:19: warning GK405: item S-003 cites");
  }

  @Test
  void theTextListHasTabSeparatedColumnsInBothLanguages() {
    for (String lang : List.of("en", "zh")) {
      CliRun run = CliRun.of("basis", "--root", CASE.resolve("tree").toString(), "--lang", lang);

      assertThat(run.code()).isZero();
      assertThat(run.out().lines().toList())
          .isNotEmpty()
          .allSatisfy(line -> assertThat(line.split("\t")).hasSize(3))
          .noneMatch(line -> line.contains("\\t"));
    }
  }

  @Test
  void anUnreadableListIsAUsageError() {
    CliRun run =
        CliRun.of(
            "basis", "--root", CASE.resolve("tree").toString(), "--repealed", "/no/such/file");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("/no/such/file");
  }
}
