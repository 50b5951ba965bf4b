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
import org.gkml.check.Checker;
import org.gkml.check.Validation;
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
 * resolve/base/}). Each expected finding is a {@code # expect: GKnnn} comment on its line; the
 * checks of validate must report exactly those, and merge of the region must refuse (exit 1, no
 * output) with the same rule ids, or print them as warnings and write the catalogue.
 */
class ResolutionRulesTest {
  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*((?:GK\\d{3}\\s*)+)");
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
    Trees.copy(Trees.resource("resolve/base"), root);
    Trees.copy(rulesCase, root);
    List<String> expected = new ArrayList<>();
    // the rules expected in the overlays of each region code
    Map<String, List<String>> byRegion = new TreeMap<>();
    boolean anyError = false;
    try (Stream<Path> files = Files.walk(root.resolve("regions"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        Matcher code = CODE.matcher(Files.readString(f));
        List<String> rules =
            byRegion.computeIfAbsent(code.find() ? code.group(1) : "", c -> new ArrayList<>());
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = EXPECT.matcher(lines.get(i));
          if (m.find()) {
            for (String rule : m.group(1).trim().split("\\s+")) {
              expected.add(root.relativize(f) + ":" + (i + 1) + " " + rule);
              rules.add(rule);
              anyError |= isError(rule);
            }
          }
        }
      }
    }
    assertThat(expected).as("fixture names its findings").isNotEmpty();

    Validation v = CHECKER.validate(LOADER.load(root), Scope.whole(root));
    List<String> actual = new ArrayList<>();
    for (Finding f : v.findings()) {
      Path file = f.loc().file().path().toAbsolutePath();
      actual.add(root.relativize(file) + ":" + f.loc().line() + " " + f.rule().id());
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
      List<String> chain = new ArrayList<>();
      byRegion.forEach((code, rules) -> chain.addAll(region.startsWith(code) ? rules : List.of()));
      boolean refuses = chain.stream().anyMatch(ResolutionRulesTest::isError);
      Trees.Run merge = Trees.run("merge", "--root", root.toString(), "--region", region);
      assertThat(merge.code()).as(merge.err()).isEqualTo(refuses ? 1 : 0);
      for (String rule : chain) {
        assertThat(merge.err()).contains(rule);
      }
      assertThat(merge.out().isEmpty()).isEqualTo(refuses);
    }
  }

  private static boolean isError(String rule) {
    return !List.of("GK206", "GK211", "GK215").contains(rule);
  }
}
