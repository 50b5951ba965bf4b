package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.gkml.TestCatalogs;
import org.gkml.TestGit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The last of issue #15's misspellings: {@code gkml completion bsah} got no suggestion, {@code ZSH}
 * was refused while every other option value is read in any case, {@code completion --lang zh} was
 * refused though {@code --lang} is a common option; a misspelt revision ({@code --changed=HAED})
 * was only "not in the repository".
 */
class CompletionAndRevisionSlipsTest {

  @ParameterizedTest
  @CsvSource({"bsah, bash", "zhs, zsh", "bash5, bash"})
  void aMisspeltShellIsSuggested(String given, String meant) {
    CliRun run = CliRun.of("completion", given, "--lang", "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("\"" + given + "\"").contains("did you mean \"" + meant + "\"?");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZSH", "Zsh", " zsh"})
  void theShellIsReadInAnyCase(String shell) {
    CliRun run = CliRun.of("completion", shell);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("autoload -U +X compinit");
  }

  @Test
  void completionTakesTheCommonLanguageOption() {
    CliRun bash = CliRun.of("completion", "--lang", "zh", "bash");
    CliRun unknown = CliRun.of("completion", "--lang", "zh", "fish");

    assertThat(bash.code()).as(bash.err()).isZero();
    assertThat(bash.out()).startsWith("#!/usr/bin/env bash");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("没有“fish”的补全脚本");
  }

  @Test
  void aMisspeltRevisionGetsTheNameMeant(@TempDir Path repo) throws Exception {
    Path root = repo.resolve("catalogs");
    Files.createDirectories(root.resolve("basic"));
    Files.writeString(
        root.resolve("basic/safety-production.yaml"), TestCatalogs.CATALOG, StandardCharsets.UTF_8);
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      TestGit.commitAll(git, "catalogues");
      git.tag().setName("v2025.1").call();
      // a second commit, so that HEAD~1, suggested for haed~1, names one
      Files.writeString(
          root.resolve("basic/safety-production.yaml"),
          "# edited\n" + TestCatalogs.CATALOG,
          StandardCharsets.UTF_8);
      TestGit.commitAll(git, "edited");
    }
    String r = root.toString();

    CliRun head = CliRun.of("validate", "--root", r, "--lang", "en", "--changed=HAED");
    CliRun ancestor = CliRun.of("validate", "--root", r, "--lang", "zh", "--changed=haed~1");
    CliRun branch = CliRun.of("validate", "--root", r, "--lang", "en", "--changed=mian");
    CliRun far = CliRun.of("validate", "--root", r, "--lang", "en", "--changed=zzzzzz");
    CliRun tag = CliRun.of("diff", "--git", "v2025.l", r, "--lang", "en");

    assertThat(head.code()).isEqualTo(2);
    assertThat(head.err())
        .isEqualTo(
            "gkml: --changed: revision \"HAED\" is not in the repository "
                + repo.toRealPath()
                + "; did you mean \"HEAD\"?"
                + System.lineSeparator());
    assertThat(ancestor.err()).contains("没有版本“haed~1”；是否应为“HEAD~1”？");
    assertThat(branch.err()).contains("did you mean \"main\"?");
    assertThat(far.code()).isEqualTo(2);
    assertThat(far.err())
        .contains("revision \"zzzzzz\" is not in the repository")
        .doesNotContain("did you mean");
    assertThat(tag.code()).isEqualTo(2);
    assertThat(tag.err()).contains("revision \"v2025.l\"").contains("did you mean \"v2025.1\"?");
  }
}
