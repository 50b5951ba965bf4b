package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gkml completion}: scripts that know every command and option, and parse as bash. */
class CompletionTest {

  @Test
  void bashCompletionNamesEveryCommandAndTheirOptions(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("completion", "bash");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("#!/usr/bin/env bash");
    for (String command : GkmlCommand.SUBCOMMANDS.keySet()) {
      assertThat(run.out()).contains(command);
    }
    assertThat(run.out()).contains("--baseline").contains("--changed").contains("--format");
    Path script = Files.writeString(dir.resolve("gkml.bash"), run.out());
    Process bash =
        new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
    assertThat(bash.waitFor()).isZero();
  }

  @Test
  void zshLoadsTheBashScriptThroughBashcompinit() {
    CliRun run = CliRun.of("completion", "zsh");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("autoload -U +X compinit && compinit\n");
    assertThat(run.out()).contains("bashcompinit").contains("complete -F");
  }

  @Test
  void anotherShellIsAUsageError() {
    CliRun run = CliRun.of("--lang", "en", "completion", "fish");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("\"fish\"").contains("bash and zsh");
  }
}
