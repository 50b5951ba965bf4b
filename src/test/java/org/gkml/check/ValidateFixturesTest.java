package org.gkml.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * comments (rule, line, column, optionally the severity). Each case runs through the real command
 * line ({@code validate --root CASE --format json}), so the fixtures check exactly what users get,
 * resolution rules included. A new case is new files, not code.
 */
class ValidateFixturesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EXPECT_COMMENT = Pattern.compile("#\\s*expect:(.*)$");
  private static final Pattern EXPECTATION =
      Pattern.compile("(GK\\d{3})\\s+(\\d+):(\\d+)(?:\\s+(error|warning|info))?");

  /** Rules that leave a file unread: validate exits 2. */
  private static final Set<String> UNREADABLE = Set.of("GK002", "GK003", "GK005");

  /** One finding as a fixture states it; severity is null when the fixture does not say. */
  record Expected(String file, String rule, int line, int column, String severity)
      implements Comparable<Expected> {
    @Override
    public int compareTo(Expected o) {
      return Comparator.comparing(Expected::file)
          .thenComparingInt(Expected::line)
          .thenComparingInt(Expected::column)
          .thenComparing(Expected::rule)
          .compare(this, o);
    }

    Expected withoutSeverity() {
      return new Expected(file, rule, line, column, null);
    }

    @Override
    public String toString() {
      return file
          + ":"
          + line
          + ":"
          + column
          + " "
          + rule
          + (severity == null ? "" : " " + severity);
    }
  }

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
      return new Expected(relative(caseDir, Path.of(file)), rule, line, column, severity);
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
    assertThat(expectations(caseDir)).as("a valid case expects nothing").isEmpty();
  }

  @ParameterizedTest(name = "invalid/{0}")
  @MethodSource("invalidCases")
  void invalidTreeHasExactlyTheExpectedFindings(Path caseDir) throws IOException {
    List<Expected> expected = expectations(caseDir);
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

  /** The {@code # expect:} comments of every file of a case (read byte-wise: any encoding). */
  static List<Expected> expectations(Path caseDir) throws IOException {
    List<Expected> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(caseDir)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        for (String line : text.split("\r?\n")) {
          Matcher comment = EXPECT_COMMENT.matcher(line);
          if (!comment.find()) {
            continue;
          }
          Matcher e = EXPECTATION.matcher(comment.group(1));
          while (e.find()) {
            out.add(
                new Expected(
                    relative(caseDir, file),
                    e.group(1),
                    Integer.parseInt(e.group(2)),
                    Integer.parseInt(e.group(3)),
                    e.group(4)));
          }
        }
      }
    }
    out.sort(null);
    return out;
  }

  private static String relative(Path caseDir, Path file) {
    return caseDir
        .toAbsolutePath()
        .normalize()
        .relativize(file.toAbsolutePath().normalize())
        .toString()
        .replace('\\', '/');
  }

  private static Stream<Arguments> cases(String kind) throws IOException {
    Path dir = TestCatalogs.resource("validate/" + kind);
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isDirectory).sorted().toList().stream()
          .map(d -> Arguments.of(Named.of(d.getFileName().toString(), d)));
    }
  }
}
