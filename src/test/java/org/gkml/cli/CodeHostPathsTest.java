package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paths code hosts read (SARIF's artifact URIs, the {@code file=} of GitHub's annotations) name
 * files from the top of the repository that holds the catalogues, not from the folder gkml ran in
 * (GitHub resolves them against the repository's top): a tree in another folder than the working
 * directory gave absolute paths under {@code SRCROOT}, invalid SARIF, and annotations that landed
 * nowhere. Outside a repository and the working directory, a file is named by its absolute {@code
 * file:} URI, without a base; a colon in a folder name cannot turn a path into a URI scheme.
 *
 * <p>(The tests run in the project's folder, so every temporary tree lies outside the working
 * directory.)
 */
class CodeHostPathsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BROKEN = TestCatalogs.CATALOG.replace("[政府网站, 两微一端]", "[门户网站]");

  private static Path catalogues(Path root) throws Exception {
    Files.createDirectories(root.resolve("basic"));
    Files.writeString(root.resolve("basic/safety-production.yaml"), BROKEN, StandardCharsets.UTF_8);
    return root;
  }

  private static JsonNode sarif(Path root) throws Exception {
    CliRun run =
        CliRun.of("validate", "--root", root.toString(), "--format", "sarif", "--lang", "en");
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    return JSON.readTree(run.out()).path("runs").get(0);
  }

  private static List<JsonNode> artifacts(JsonNode run) {
    List<JsonNode> out = new ArrayList<>();
    run.path("results")
        .forEach(r -> out.add(r.at("/locations/0/physicalLocation/artifactLocation")));
    return out;
  }

  @Test
  void sarifUrisAreRelativeToTheRepositoryTopNotTheWorkingDirectory(@TempDir Path repo)
      throws Exception {
    Files.createDirectories(repo.resolve(".git"));
    Path root = catalogues(repo.resolve("sub/dir/catalogs"));

    JsonNode run = sarif(root);

    assertThat(run.at("/originalUriBaseIds/SRCROOT/uri").asText())
        .isEqualTo(repo.toUri().toASCIIString());
    assertThat(artifacts(run))
        .isNotEmpty()
        .allSatisfy(
            a -> {
              assertThat(a.path("uri").asText())
                  .isEqualTo("sub/dir/catalogs/basic/safety-production.yaml");
              assertThat(a.path("uriBaseId").asText()).isEqualTo("SRCROOT");
            });
  }

  @Test
  void githubAnnotationsNameFilesFromTheRepositoryTop(@TempDir Path repo) throws Exception {
    // a linked work tree (git worktree) or a submodule has a .git file, not a folder
    Files.writeString(repo.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/x\n");
    Path root = catalogues(repo.resolve("catalogs"));

    CliRun run =
        CliRun.of("validate", "--root", root.toString(), "--format", "github", "--lang", "en");

    assertThat(run.out())
        .startsWith("::error file=catalogs/basic/safety-production.yaml,line=")
        .doesNotContain(repo.toString());
  }

  @Test
  void aFileOutsideAnyBaseIsNamedByItsAbsoluteFileUri(@TempDir Path dir) throws Exception {
    // no .git above a temporary folder, and it is not below the working directory
    Path root = catalogues(dir.resolve("catalogs"));

    JsonNode run = sarif(root);

    assertThat(artifacts(run))
        .isNotEmpty()
        .allSatisfy(
            a -> {
              assertThat(a.path("uri").asText())
                  .isEqualTo(root.resolve("basic/safety-production.yaml").toUri().toASCIIString())
                  .startsWith("file:///");
              assertThat(a.has("uriBaseId")).isFalse();
            });
  }

  @Test
  void aColonInTheFirstFolderNameIsNotReadAsAUriScheme(@TempDir Path repo) throws Exception {
    Files.createDirectories(repo.resolve(".git"));
    Path root = catalogues(repo.resolve("a:b/catalogs"));

    JsonNode run = sarif(root);

    assertThat(artifacts(run))
        .isNotEmpty()
        .allSatisfy(
            a ->
                assertThat(a.path("uri").asText())
                    .isEqualTo("a%3Ab/catalogs/basic/safety-production.yaml"));
  }

  @Test
  void fingerprintsDoNotDependOnWhereTheRepositoryLies(@TempDir Path one, @TempDir Path two)
      throws Exception {
    // the same repository checked out in two places: its files have the same names in it
    for (Path repo : List.of(one, two)) {
      Files.createDirectories(repo.resolve(".git"));
      catalogues(repo.resolve("catalogs"));
    }

    JsonNode first = sarif(one.resolve("catalogs")).path("results");
    JsonNode second = sarif(two.resolve("catalogs")).path("results");

    assertThat(first).isNotEmpty();
    assertThat(second.get(0).path("partialFingerprints"))
        .isEqualTo(first.get(0).path("partialFingerprints"));
  }
}
