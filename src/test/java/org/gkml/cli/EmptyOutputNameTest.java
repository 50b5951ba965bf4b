package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hardening review #9: {@code -o ''} (an unset shell variable) is the working folder as a path:
 * {@code export xlsx} wrote basic.xlsx there, {@code import} its YAML files, and {@code export
 * filing} replaced the folder with its bundle. An empty output name is a usage error, exit 2, for
 * every option that names an output, before anything is read or written. The runs below read the
 * checkout's own tree, which holds the working folder's files: had the empty name got through, a
 * folder output would have been refused as holding the tree, and no file output is meant to land
 * here.
 */
class EmptyOutputNameTest {

  static Stream<List<String>> commandsWithAnOutput() {
    return Stream.of(
        List.of("merge", "--root", "catalogs", "--region", "511703", "-o", ""),
        List.of("export", "xlsx", "--root", "catalogs", "-o", ""),
        List.of("export", "docx", "--root", "catalogs", "--output", ""),
        List.of("export", "html", "--root", "catalogs", "-o", ""),
        List.of("export", "filing", "--root", "catalogs", "--region", "511703", "-o", ""),
        List.of("build", "--root", "catalogs", "-o", ""),
        List.of("validate", "--root", "catalogs", "-o", ""),
        List.of("validate", "--root", "catalogs", "--write-baseline", ""),
        List.of("report", "--root", "catalogs", "-o", ""),
        List.of("diff", "catalogs", "catalogs", "-o", ""),
        List.of("import", "no-such.xlsx", "--root", "catalogs", "-o", ""),
        List.of("import", "xlsx", "no-such.xlsx", "--root", "catalogs", "-o", ""),
        List.of("import", "no-such.xlsx", "--region", "511703", "-o", ""));
  }

  @ParameterizedTest
  @MethodSource("commandsWithAnOutput")
  void anEmptyOutputNameIsAUsageError(List<String> args) {
    CliRun run = CliRun.of(args);
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("is given an empty name: name a file or folder");
    assertThat(run.out()).isEmpty();
    assertThat(Path.of("basic.xlsx")).doesNotExist();
    assertThat(Path.of("basic.docx")).doesNotExist();
    assertThat(Files.exists(Path.of("catalogs/basic/employment.yaml"))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-o", "--output"})
  void theMessageIsInTheUsersLanguage(String option) {
    CliRun run = CliRun.of("--lang", "zh", "export", "xlsx", "--root", "catalogs", option, "");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("的值是空的：请指定文件或文件夹");
  }
}
