package org.gkml.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gkml.Expectations;
import org.gkml.Expectations.Expected;
import org.gkml.TestCatalogs;
import org.gkml.cli.CliRun;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The per-rule fixtures (STYLE 14): every folder below {@code validate/valid/} is a catalogue tree
 * that produces no finding at all; every folder below {@code validate/invalid/} is a tree with one
 * broken thing, whose files name the findings they must produce in {@code # expect: GK103 12:15}
 * comments (rule, line, column, optionally the severity: {@link Expectations}). Each case runs
 * through the real command line ({@code validate --root CASE --format json}), so the fixtures check
 * exactly what users get, resolution rules included. A new case is new files, not code.
 */
class ValidateFixturesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Rules that leave a file unread: validate exits 2. */
  private static final Set<String> UNREADABLE = Set.of("GK002", "GK003", "GK005");

  /** One finding of {@code validate --format json}. */
  record Reported(
      String file,
      int line,
      int column,
      String severity,
      String rule,
      String message,
      String pointer) {
    Expected asExpected(Path caseDir) {
      return new Expected(
          Expectations.relative(caseDir, Path.of(file)), rule, line, column, severity);
    }

    String describe() {
      return file + ":" + line + ":" + column + " " + rule + " " + message;
    }
  }

  /** What {@code gkml validate} printed and its exit code. */
  record Run(int code, List<Reported> findings) {}

  static Stream<Arguments> validCases() throws IOException {
    return cases("valid");
  }

  static Stream<Arguments> invalidCases() throws IOException {
    return cases("invalid");
  }

  @ParameterizedTest(name = "valid/{0}")
  @MethodSource("validCases")
  void validTreeHasNoFindings(Path caseDir) throws IOException {
    Run run = validate(caseDir, "--strict");

    assertThat(run.findings()).extracting(Reported::describe).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(Expectations.of(caseDir)).as("a valid case expects nothing").isEmpty();
  }

  @ParameterizedTest(name = "invalid/{0}")
  @MethodSource("invalidCases")
  void invalidTreeHasExactlyTheExpectedFindings(Path caseDir) throws IOException {
    List<Expected> expected = Expectations.of(caseDir);
    assertThat(expected)
        .as("an invalid case names its findings in # expect: comments")
        .isNotEmpty();

    Run run = validate(caseDir);

    List<Expected> comparable = new ArrayList<>();
    for (Reported r : run.findings()) {
      Expected a = r.asExpected(caseDir);
      boolean bySeverity =
          expected.stream()
              .anyMatch(
                  e -> e.severity() != null && e.withoutSeverity().equals(a.withoutSeverity()));
      comparable.add(bySeverity ? a : a.withoutSeverity());
    }
    assertThat(comparable).containsExactlyInAnyOrderElementsOf(expected);
    boolean unreadable = run.findings().stream().anyMatch(f -> UNREADABLE.contains(f.rule()));
    boolean error = run.findings().stream().anyMatch(f -> f.severity().equals("error"));
    assertThat(run.code()).isEqualTo(unreadable ? 2 : error ? 1 : 0);
  }

  /** Runs the real command line in-process, as users run it. */
  private static Run validate(Path caseDir, String... more) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of("validate", "--root", caseDir.toString(), "--format", "json", "--lang", "en"));
    args.addAll(List.of(more));
    CliRun run = CliRun.of(args);
    assertThat(run.err()).isEmpty();
    return new Run(run.code(), List.of(JSON.readValue(run.out(), Reported[].class)));
  }

  private static Stream<Arguments> cases(String kind) throws IOException {
    Path dir = TestCatalogs.resource("validate/" + kind);
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isDirectory).sorted().toList().stream()
          .map(d -> Arguments.of(Named.of(d.getFileName().toString(), d)));
    }
  }
}
