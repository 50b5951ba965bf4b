package org.gkml.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gkml.Expectations;
import org.gkml.Expectations.Expected;
import org.gkml.TestCatalogs;
import org.gkml.check.Checker;
import org.gkml.check.Validation;
import org.gkml.cli.CliRun;
import org.gkml.i18n.Messages;
import org.gkml.load.FileLoader;
import org.gkml.load.Scope;
import org.gkml.load.TreeLoader;
import org.gkml.model.Finding;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One tree per rule of FORMAT.md §7 broken once ({@code resolve/rules/<case>/}, laid over {@code
 * resolve/base/}). Each expected finding is a {@code # expect: GKnnn LINE:COLUMN SEVERITY} comment
 * ({@link Expectations}); the checks of validate must report exactly those, and merge of the region
 * must refuse (exit 1, no output) with the same rule ids, or print them as warnings and write the
 * catalogue.
 */
class ResolutionRulesTest {
  private static final Pattern CODE = Pattern.compile("code:\\s*\"?(\\d{6,12})\"?");

  private static final Messages MESSAGES = Messages.english();
  private static final TreeLoader LOADER = new TreeLoader(new FileLoader(MESSAGES), MESSAGES);
  private static final Checker CHECKER = new Checker(MESSAGES, List.of(new ResolutionCheck()));

  @TempDir Path tmp;

  static List<Path> cases() throws IOException {
    return Trees.cases("resolve/rules");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedFindings(Path rulesCase) throws IOException {
    Path root = tmp.resolve("tree");
    TestCatalogs.copy(TestCatalogs.resource("resolve/base"), root);
    TestCatalogs.copy(rulesCase, root);
    List<Expected> expected = Expectations.of(root.resolve("regions"));
    assertThat(expected).as("fixture names its findings").isNotEmpty();
    assertThat(expected)
        .as("a resolution fixture gives each finding's severity: merge refuses on an error")
        .allMatch(e -> e.severity() != null);
    boolean anyError = expected.stream().anyMatch(ResolutionRulesTest::isError);
    // the rules expected in the overlays of each region code
    Map<String, List<Expected>> byRegion = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root.resolve("regions"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        Matcher code = CODE.matcher(Files.readString(f));
        String file = Expectations.relative(root.resolve("regions"), f);
        byRegion
            .computeIfAbsent(code.find() ? code.group(1) : "", c -> new ArrayList<>())
            .addAll(expected.stream().filter(e -> e.file().equals(file)).toList());
      }
    }

    Validation v = CHECKER.validate(LOADER.load(root), Scope.whole(root));
    List<Expected> actual = new ArrayList<>();
    for (Finding f : v.findings()) {
      actual.add(
          new Expected(
              Expectations.relative(root.resolve("regions"), f.loc().file().path()),
              f.rule().id(),
              f.loc().line(),
              f.loc().column(),
              f.severity().word()));
    }
    assertThat(new TreeSet<>(actual))
        .as(v.findings().toString())
        .isEqualTo(new TreeSet<>(expected));
    assertThat(actual).as("each finding once").doesNotHaveDuplicates();
    assertThat(v.exitCode(false).code()).isEqualTo(anyError ? 1 : 0);
    assertThat(v.exitCode(true).code()).isEqualTo(1);

    // merge of a region with expectations reports those of its chain, and refuses on an error
    for (String region : byRegion.keySet()) {
      if (byRegion.get(region).isEmpty()) {
        continue;
      }
      List<Expected> chain = new ArrayList<>();
      byRegion.forEach((code, rules) -> chain.addAll(region.startsWith(code) ? rules : List.of()));
      boolean refuses = chain.stream().anyMatch(ResolutionRulesTest::isError);
      CliRun merge = CliRun.of("merge", "--root", root.toString(), "--region", region);
      assertThat(merge.code()).as(merge.err()).isEqualTo(refuses ? 1 : 0);
      for (Expected e : chain) {
        assertThat(merge.err()).contains(e.rule());
      }
      assertThat(merge.out().isEmpty()).isEqualTo(refuses);
    }
  }

  private static boolean isError(Expected e) {
    return e.severity().equals("error");
  }
}
