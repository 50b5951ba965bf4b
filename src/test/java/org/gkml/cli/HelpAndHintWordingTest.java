package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Issue 15 (review): help texts are not MessageFormat patterns, so an apostrophe written {@code ''}
 * there (as messages write it) showed doubled ("region CODE''s edited catalogue"); and {@code gkml
 * export} alone named only xlsx of its four formats.
 */
class HelpAndHintWordingTest {

  /** Every command's words: {@code []}, {@code [validate]}, {@code [export, xlsx]} … */
  private static List<List<String>> commands() {
    List<List<String>> all = new ArrayList<>();
    collect(ManPages.model(), new ArrayList<>(), all);
    return all;
  }

  private static void collect(CommandLine at, List<String> path, List<List<String>> all) {
    all.add(List.copyOf(path));
    at.getSubcommands()
        .forEach(
            (name, sub) -> {
              path.add(name);
              collect(sub, path, all);
              path.remove(path.size() - 1);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void noHelpTextShowsADoubledApostrophe(String lang) {
    List<List<String>> commands = commands();
    assertThat(commands).hasSizeGreaterThan(15);
    for (List<String> command : commands) {
      List<String> args = new ArrayList<>(List.of("--lang", lang));
      args.addAll(command);
      args.add("--help");

      CliRun run = CliRun.of(args);

      assertThat(run.code()).as("gkml %s --help", command).isZero();
      assertThat(run.out()).as("gkml %s --help", command).isNotEmpty().doesNotContain("''");
    }
  }

  @Test
  void anApostropheInHelpIsPrintedOnce() {
    CliRun run = CliRun.of("--lang", "en", "import", "--help");

    assertThat(run.out()).contains("region CODE's edited catalogue").contains("region's folder");
  }

  @Test
  void exportAloneNamesEveryFormat() {
    CliRun zh = CliRun.of("--lang", "zh", "export");
    CliRun en = CliRun.of("--lang", "en", "export");

    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).startsWith("gkml: 请指定格式：gkml export xlsx|docx|html|filing\n");
    assertThat(en.err()).startsWith("gkml: name a format: gkml export xlsx|docx|html|filing\n");
  }
}
