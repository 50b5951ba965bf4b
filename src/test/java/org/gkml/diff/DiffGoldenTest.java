package org.gkml.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gkml.Golden;
import org.gkml.cli.CliRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases: each folder of {@code src/test/resources/diff/} holds two versions ({@code old} and
 * {@code new}, files or trees) and the JSON {@code gkml diff} must print for them. Run with {@code
 * -Dgkml.golden.update} to rewrite the expectations after checking the output.
 */
class DiffGoldenTest {
  static final Path CASES = Path.of("src/test/resources/diff");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.filter(d -> Files.exists(d.resolve("expected.json"))).sorted().toList().stream();
    }
  }

  static Path side(Path dir, String name) {
    Path folder = dir.resolve(name);
    return Files.isDirectory(folder) ? folder : dir.resolve(name + ".yaml");
  }

  /** Options a case adds, from its {@code args} file (e.g. {@code --region 511703001}). */
  static List<String> options(Path dir) throws IOException {
    Path args = dir.resolve("args");
    return Files.exists(args)
        ? List.of(Files.readString(args, StandardCharsets.UTF_8).strip().split("\\s+"))
        : List.of();
  }

  static JsonNode diff(Path old, Path neu) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "diff", old.toString(), neu.toString(), "--format", "json", "--fail-on", "none"));
    args.addAll(options(old.getParent()));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    return JSON.readTree(run.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void printsTheExpectedChanges(Path dir) throws IOException {
    JsonNode actual = diff(side(dir, "old"), side(dir, "new"));
    Path expected = dir.resolve("expected.json");
    Golden.assertJson(expected, actual);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theReverseDiffMirrorsIt(Path dir) throws IOException {
    JsonNode forward = diff(side(dir, "old"), side(dir, "new"));
    JsonNode backward = diff(side(dir, "new"), side(dir, "old"));
    List<JsonNode> mirrored = new ArrayList<>();
    forward.get("changes").forEach(c -> mirrored.add(mirror((ObjectNode) c)));
    List<JsonNode> reversed = new ArrayList<>();
    backward.get("changes").forEach(reversed::add);
    assertThat(reversed).containsExactlyInAnyOrderElementsOf(mirrored);
    JsonNode fs = forward.get("summary");
    JsonNode bs = backward.get("summary");
    assertThat(bs.get("changed")).isEqualTo(fs.get("changed"));
    assertThat(bs.get("breaking").asInt() + bs.get("additive").asInt())
        .isEqualTo(fs.get("breaking").asInt() + fs.get("additive").asInt());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachVersionAgainstItselfIsEmpty(Path dir) throws IOException {
    for (String name : List.of("old", "new")) {
      Path p = side(dir, name);
      List<String> args =
          new ArrayList<>(List.of("diff", p.toString(), p.toString(), "--format", "json"));
      args.addAll(options(dir));
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.code()).isZero();
      JsonNode doc = JSON.readTree(run.out());
      assertThat(doc.get("changes")).isEmpty();
      assertThat(doc.has("impact")).isFalse();
    }
  }

  /**
   * The change as {@code diff NEW OLD} reports it: sides swap, added and removed swap, a rename
   * names its other id, and the class mirrors where it has a direction. A rename, and a set change
   * that adds and removes, are breaking either way.
   */
  static JsonNode mirror(ObjectNode change) {
    ObjectNode m = change.deepCopy();
    m.set("before", change.get("after"));
    m.set("after", change.get("before"));
    String kind = change.get("kind").asText();
    switch (kind) {
      case "added" -> m.put("kind", "removed");
      case "removed" -> m.put("kind", "added");
      case "renamed" -> m.set("item", change.get("before"));
      default -> {}
    }
    boolean both =
        change.get("before").isArray()
            && change.get("after").isArray()
            && !contains(change.get("before"), change.get("after"))
            && !contains(change.get("after"), change.get("before"));
    if (!kind.equals("renamed") && !both) {
      m.put(
          "class", ChangeClass.ofWord(change.get("class").asText()).orElseThrow().mirror().word());
    }
    return m;
  }

  private static boolean contains(JsonNode big, JsonNode small) {
    List<JsonNode> all = new ArrayList<>();
    ((ArrayNode) big).forEach(all::add);
    for (JsonNode e : small) {
      if (!all.contains(e)) {
        return false;
      }
    }
    return true;
  }
}
