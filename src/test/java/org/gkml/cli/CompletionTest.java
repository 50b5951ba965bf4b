package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * What bash offers after {@code words} (the last one being completed), by running the script's
   * completion function as bash does on Tab.
   */
  private static String offered(Path script, String... words) throws Exception {
    String call =
        "source "
            + script
            + " 2>/dev/null; COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); COMP_LINE=\"$*\";"
            + " COMP_POINT=${#COMP_LINE}; _complete_gkml gkml \"${COMP_WORDS[$COMP_CWORD]}\""
            + " \"${COMP_WORDS[$COMP_CWORD-1]}\" 2>/dev/null; echo \"${COMPREPLY[*]}\"";
    List<String> command = new ArrayList<>(List.of("bash", "-c", call, "complete"));
    command.addAll(List.of(words));
    Process bash = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(bash.waitFor()).isZero();
    return out;
  }

  @Test
  void optionValuesAreCompletedWithTheWordsTheParserAccepts(@TempDir Path dir) throws Exception {
    Path script =
        Files.writeString(dir.resolve("gkml.bash"), CliRun.of("completion", "bash").out());

    assertThat(offered(script, "gkml", "validate", "--format", ""))
        .isEqualTo("text json sarif junit github");
    assertThat(offered(script, "gkml", "merge", "--tier", ""))
        .isEqualTo("县级 乡级 村级 county township village");
    assertThat(offered(script, "gkml", "validate", "--lang", "")).isEqualTo("zh en");
    assertThat(offered(script, "gkml", "completion", "")).isEqualTo("bash zsh");
    assertThat(offered(script, "gkml", "diff", "--fail-on", "")).isEqualTo("breaking any none");
    assertThat(offered(script, "gkml", "diff", "--color", "")).isEqualTo("auto always never");
    assertThat(offered(script, "gkml", "report", "--format", "")).isEqualTo("text json html xlsx");
    for (String word : offered(script, "gkml", "diff", "--format", "").split(" ")) {
      assertThat(CliRun.of("diff", "--format", word, "--help").code()).as(word).isZero();
    }
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

  @Test
  void valuesAreCompletedAfterTheEqualsSignAsHelpWritesTheOptions(@TempDir Path dir)
      throws Exception {
    Path script =
        Files.writeString(dir.resolve("gkml.bash"), CliRun.of("completion", "bash").out());
    Files.writeString(dir.resolve("afile"), "");

    // bash splits "--format=" into "--format" "=" and "--format=sa" into "--format" "=" "sa"
    assertThat(offered(script, "gkml", "validate", "--format", "="))
        .isEqualTo("text json sarif junit github");
    assertThat(offered(script, "gkml", "validate", "--format", "=", "sa")).isEqualTo("sarif");
    assertThat(offered(script, "gkml", "merge", "--tier", "=", "乡")).isEqualTo("乡级");
    assertThat(offered(script, "gkml", "diff", "--fail-on", "=")).isEqualTo("breaking any none");
  }
}
