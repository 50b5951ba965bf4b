package org.gkml.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gkml.Golden;
import org.gkml.cli.CliRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden merge outputs: each folder {@code merge/<case>/} holds a catalogue tree in {@code tree/}
 * and expected outputs in {@code expected/}, one file per command line, named for its arguments:
 * {@code <region>[.<tier>][.<domain>].<yaml|json>}, e.g. {@code 511703001.county.安全生产.yaml} is
 * {@code merge --region 511703001 --tier county --domain 安全生产}. A new case is new files. Run with
 * {@code -Dgkml.golden.update} to rewrite the expected files after checking a diff.
 */
class MergeGoldenTest {
  private static final List<String> TIERS = List.of("county", "township", "village");

  static Stream<Arguments> goldens() throws IOException {
    List<Arguments> all = new ArrayList<>();
    for (Path c : Trees.cases("merge")) {
      try (Stream<Path> files = Files.list(c.resolve("expected"))) {
        for (Path f : files.sorted().toList()) {
          all.add(Arguments.of(c.getFileName() + "/" + f.getFileName(), c.resolve("tree"), f));
        }
      }
    }
    return all.stream();
  }

  /** The command line an expected file's name stands for. */
  static List<String> args(Path root, String fileName) {
    String[] parts = fileName.split("\\.");
    List<String> args = new ArrayList<>(List.of("merge", "--root", root.toString()));
    args.addAll(List.of("--region", parts[0], "--format", parts[parts.length - 1]));
    for (int i = 1; i < parts.length - 1; i++) {
      args.addAll(List.of(TIERS.contains(parts[i]) ? "--tier" : "--domain", parts[i]));
    }
    return args;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void mergeMatchesGolden(String name, Path root, Path expected) throws IOException {
    List<String> args = args(root, expected.getFileName().toString());
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    // the source file, not the copy in target/: the switch rewrites what gets committed
    Golden.assertText(
        Path.of("src/test/resources/merge", name.split("/")[0], "expected", name.split("/")[1]),
        run.out());
  }
}
