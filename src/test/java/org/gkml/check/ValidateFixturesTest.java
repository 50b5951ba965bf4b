package org.gkml.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gkml.TestCatalogs;
import org.gkml.load.FileLoader;
import org.gkml.load.Scope;
import org.gkml.load.TreeLoader;
import org.gkml.model.Finding;
import org.gkml.model.Messages;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The per-rule fixtures (STYLE 14): every folder below {@code validate/valid/} is a catalogue tree
 * that produces no finding at all; every folder below {@code validate/invalid/} is a tree with one
 * broken thing, whose files name the findings they must produce in {@code # expect: GK103 12:15}
 * comments (rule, line, column, optionally the severity). A new case is new files, not code.
 */
class ValidateFixturesTest {
  private static final Messages MESSAGES = Messages.english();
  private static final FileLoader FILES = new FileLoader(MESSAGES);
  private static final Pattern EXPECT_COMMENT = Pattern.compile("#\\s*expect:(.*)$");
  private static final Pattern EXPECTATION =
      Pattern.compile("(GK\\d{3})\\s+(\\d+):(\\d+)(?:\\s+(error|warning|info))?");

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

  static Stream<Arguments> validCases() throws IOException {
    return cases("valid");
  }

  static Stream<Arguments> invalidCases() throws IOException {
    return cases("invalid");
  }

  @ParameterizedTest(name = "valid/{0}")
  @MethodSource("validCases")
  void validTreeHasNoFindings(Path caseDir) throws IOException {
    Validation v = validate(caseDir);

    assertThat(v.findings()).extracting(ValidateFixturesTest::describe).isEmpty();
    assertThat(expectations(caseDir)).as("a valid case expects nothing").isEmpty();
    assertThat(v.exitCode(/* strict= */ true).code()).isZero();
  }

  @ParameterizedTest(name = "invalid/{0}")
  @MethodSource("invalidCases")
  void invalidTreeHasExactlyTheExpectedFindings(Path caseDir) throws IOException {
    List<Expected> expected = expectations(caseDir);
    assertThat(expected)
        .as("an invalid case names its findings in # expect: comments")
        .isNotEmpty();

    List<Expected> actual = actual(caseDir, validate(caseDir).findings());

    List<Expected> comparable = new ArrayList<>();
    for (int i = 0; i < actual.size(); i++) {
      Expected a = actual.get(i);
      boolean bySeverity =
          expected.stream()
              .anyMatch(
                  e -> e.severity() != null && e.withoutSeverity().equals(a.withoutSeverity()));
      comparable.add(bySeverity ? a : a.withoutSeverity());
    }
    assertThat(comparable).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static Validation validate(Path caseDir) {
    TreeLoader loader = new TreeLoader(FILES, MESSAGES, caseDir.toAbsolutePath());
    Scope scope = Scope.whole(caseDir);
    return new Checker(MESSAGES).validate(loader.load(scope), scope);
  }

  private static List<Expected> actual(Path caseDir, List<Finding> findings) {
    List<Expected> out = new ArrayList<>();
    for (Finding f : findings) {
      String file = relative(caseDir, f.loc().file().path());
      out.add(
          new Expected(file, f.rule().id(), f.loc().line(), f.loc().column(), f.severity().word()));
    }
    out.sort(null);
    return out;
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

  private static String describe(Finding f) {
    return f.loc() + " " + f.rule().id() + " " + f.message();
  }

  private static Stream<Arguments> cases(String kind) throws IOException {
    Path dir = TestCatalogs.resource("validate/" + kind);
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isDirectory).sorted().toList().stream()
          .map(d -> Arguments.of(Named.of(d.getFileName().toString(), d)));
    }
  }
}
