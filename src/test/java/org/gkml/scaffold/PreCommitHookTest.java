package org.gkml.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gkml.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The pre-commit hooks gkml ships run on every commit: pre-commit passes only added and modified
 * files and skips a hook none of them matches, so a commit that only deletes an overlay would
 * otherwise not be checked (issue #15's review). They name no files: named files are checked
 * without their dependents.
 */
class PreCommitHookTest {
  @TempDir Path tmp;

  @SuppressWarnings("unchecked")
  private static Object yaml(Path file) throws Exception {
    return new Load(LoadSettings.builder().build())
        .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  private static void assertRunsAlwaysOnTheChanges(Map<String, Object> hook) {
    assertThat(hook.get("always_run")).as("always_run of %s", hook).isEqualTo(true);
    assertThat(hook.get("pass_filenames")).as("pass_filenames of %s", hook).isEqualTo(false);
    // the tree as it would be committed: untracked files are not set aside by pre-commit
    assertThat((String) hook.get("entry"))
        .contains("gkml validate")
        .contains("--changed")
        .contains("--staged");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theRepositorysHookDefinitionRunsOnEveryCommit() throws Exception {
    List<Map<String, Object>> hooks =
        (List<Map<String, Object>>) yaml(Path.of(".pre-commit-hooks.yaml"));

    assertThat(hooks).extracting(h -> h.get("id")).containsExactly("gkml-validate");
    hooks.forEach(PreCommitHookTest::assertRunsAlwaysOnTheChanges);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theConfigurationInitWritesRunsOnEveryCommit() throws Exception {
    Path repo = tmp.resolve("repo");
    assertThat(CliRun.of("init", repo.toString(), "--lang", "en").code()).isZero();

    Map<String, Object> config =
        (Map<String, Object>) yaml(repo.resolve(".pre-commit-config.yaml"));
    List<Map<String, Object>> repos = (List<Map<String, Object>>) config.get("repos");
    List<Map<String, Object>> hooks = (List<Map<String, Object>>) repos.get(0).get("hooks");

    assertThat(hooks).isNotEmpty();
    hooks.forEach(PreCommitHookTest::assertRunsAlwaysOnTheChanges);
    assertThat((String) hooks.get(0).get("entry")).contains("--root catalogs");
  }
}
