package org.gkml.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.eclipse.jgit.api.Git;
import org.gkml.TestCatalogs;
import org.gkml.TestGit;
import org.gkml.cache.ValidationCache;
import org.gkml.check.Validation;
import org.gkml.i18n.Messages;
import org.gkml.model.Finding;

/**
 * Whatever overlays are edited, copied, renamed or deleted since the last commit, every error a
 * full validate gives now and did not give at the commit is among {@code validate --changed}'s
 * findings: a change never passes the hook while it breaks the tree (issue #15's review). With and
 * without the cache.
 */
class ChangedScopePropertyTest {
  enum Kind {
    BREAK,
    RENAME,
    DELETE,
    COPY,
    COPY_ELSEWHERE,
    TAKE_ID,
    DROP_ADDED,
    RETARGET,
    SHIFT,
    CODE_SLIP
  }

  record Edit(Kind kind, int file, int other) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Integer> index = Arbitraries.integers().between(0, 99);
    // edits that keep the file set (checked in part) twice as often as those that do not
    Arbitrary<Kind> kind =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(2, Arbitraries.of(Kind.BREAK, Kind.TAKE_ID, Kind.DROP_ADDED)),
            net.jqwik.api.Tuple.of(2, Arbitraries.of(Kind.RETARGET, Kind.SHIFT, Kind.CODE_SLIP)),
            net.jqwik.api.Tuple.of(
                1, Arbitraries.of(Kind.RENAME, Kind.DELETE, Kind.COPY, Kind.COPY_ELSEWHERE)));
    Arbitrary<Edit> edit = Combinators.combine(kind, index, index).as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 8)
  void everyNewErrorIsReported(@ForAll("edits") List<Edit> edits, @ForAll boolean cached)
      throws Exception {
    Path work = Files.createTempDirectory("gkml-changed-property");
    try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
      Path root = TestCatalogs.copyOfShipped(work);
      // overlays may then add any id: clashes between townships become possible
      Files.writeString(
          root.resolve("gkml.yaml"),
          Files.readString(root.resolve("gkml.yaml")) + "rules: {GK213: off}\n");
      Files.writeString(work.resolve(".gitignore"), ".gkml-cache/\n");
      TestGit.commitAll(git, "sample");
      Set<String> before = errors(service().validate(root, null), null);
      ValidationCache cache = cached ? ValidationCache.at(work.resolve("cache"), "1.0") : null;
      if (cached) {
        service().validate(root, null, cache); // the committed tree, stored
      }
      for (Edit e : edits) {
        apply(root, e);
      }

      Validation full = service().validate(root, null);
      Set<String> fresh = errors(full, null);
      fresh.removeAll(before);
      Optional<CheckService.Checked> changed =
          service().validateChanged(root, "HEAD", List.of(), cache);

      Statistics.label("new errors").collect(fresh.isEmpty() ? "none" : "some");
      if (changed.isEmpty()) {
        assertThat(fresh).as("nothing changed, %s", edits).isEmpty(); // (an edit that did nothing)
      } else {
        CheckService.Checked c = changed.get();
        assertThat(errors(c.validation(), c.subjects())).as("%s", edits).containsAll(fresh);
        if (!fresh.isEmpty()) {
          assertThat(c.validation().exitCode(false).code()).isEqualTo(1);
        }
      }
    } finally {
      try (Stream<Path> all = Files.walk(work)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * Regression: a county overlay whose code is a slip is committed; a village then adds an id the
   * county adds. The clash (GK101) is reported in the county's file, which no summary relates to
   * the village, so --changed must check the whole tree rather than miss it.
   */
  @Example
  void aClashWithACommittedOverlayWhoseCodeSlippedIsReported() throws Exception {
    Path work = Files.createTempDirectory("gkml-changed-slip");
    try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
      Path root = TestCatalogs.copyOfShipped(work);
      Files.writeString(
          root.resolve("gkml.yaml"),
          Files.readString(root.resolve("gkml.yaml")) + "rules: {GK213: off}\n");
      Path county = root.resolve("regions/511703-达川区/safety-production.yaml");
      rewrite(county, ValidationCachePropertyTest::toggleCodeSlip);
      Files.writeString(work.resolve(".gitignore"), ".gkml-cache/\n");
      TestGit.commitAll(git, "a county code slipped");
      Set<String> before = errors(service().validate(root, null), null);
      String id = firstAdded(county);
      Path village;
      try (Stream<Path> all = Files.walk(root.resolve("regions"))) {
        village =
            all.filter(
                    p ->
                        p.toString().endsWith(".yaml")
                            && p.getNameCount() > county.getNameCount() + 1)
                .filter(p -> firstAddedOrNull(p) != null)
                .sorted()
                .findFirst()
                .orElseThrow();
      }
      rewrite(village, t -> t.replaceFirst("(add:\n  - id: )\\S+", "$1" + id));

      Set<String> fresh = errors(service().validate(root, null), null);
      fresh.removeAll(before);
      CheckService.Checked changed =
          service().validateChanged(root, "HEAD", List.of(), null).orElseThrow();

      assertThat(fresh)
          .as("the clash, in the county's file")
          .anyMatch(e -> e.contains("511703-达川区/safety-production.yaml GK101"));
      assertThat(errors(changed.validation(), changed.subjects())).containsAll(fresh);
    } finally {
      try (Stream<Path> all = Files.walk(work)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static String firstAddedOrNull(Path file) {
    try {
      return firstAdded(file);
    } catch (IOException e) {
      return null;
    }
  }

  private static CheckService service() {
    return new CheckService(
        new Session(Messages.english(), new PrintWriter(Writer.nullWriter()), "test", Map.of()));
  }

  /** Each error by file, rule and subject: what stays the same when other lines move. */
  private static Set<String> errors(Validation v, Function<Finding, String> subjects) {
    Function<Finding, String> about = subjects == null ? v.subjects() : subjects;
    Set<String> out = new TreeSet<>();
    for (Finding f : v.findings()) {
      if (f.isError()) {
        out.add(f.loc().file().display() + " " + f.rule().id() + " " + about.apply(f));
      }
    }
    return out;
  }

  static void apply(Path root, Edit e) throws IOException {
    List<Path> overlays = new ArrayList<>();
    try (Stream<Path> all = Files.walk(root.resolve("regions"))) {
      all.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(overlays::add);
    }
    if (overlays.isEmpty()) {
      return;
    }
    Path file = overlays.get(e.file() % overlays.size());
    Path other = overlays.get(e.other() % overlays.size());
    switch (e.kind()) {
      case BREAK -> rewrite(file, t -> t.replaceFirst("mode: 主动", "mode: 主动公开"));
      case RENAME -> Files.move(file, file.resolveSibling("renamed-" + file.getFileName()));
      case DELETE -> Files.delete(file);
      case COPY -> {
        Path to = file.resolveSibling("copy-" + file.getFileName());
        if (!Files.exists(to)) { // the same file copied twice: the copy is there already
          Files.copy(file, to);
        }
      }
      case COPY_ELSEWHERE -> {
        Path to = other.resolveSibling(file.getFileName());
        if (!Files.exists(to)) {
          Files.copy(file, to);
        }
      }
      case TAKE_ID -> {
        // the first id the other overlay adds, added here too
        String id = firstAdded(other);
        if (id != null) {
          rewrite(file, t -> t.replaceFirst("(add:\n  - id: )\\S+", "$1" + id));
        }
      }
      case DROP_ADDED -> rewrite(file, t -> t.replaceFirst("(add:\n  - id: )(\\S+)", "$1$2-X"));
      case RETARGET -> rewrite(file, t -> t.replaceFirst("(modify:\n  - id: )\\S+", "$1JYCY-001"));
      case SHIFT -> rewrite(file, t -> t.replaceFirst("\n", "\n# moved down a line\n"));
      case CODE_SLIP -> rewrite(file, ValidationCachePropertyTest::toggleCodeSlip);
    }
  }

  private static String firstAdded(Path file) throws IOException {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("add:\n  - id: (\\S+)")
            .matcher(Files.readString(file, StandardCharsets.UTF_8));
    return m.find() ? m.group(1) : null;
  }

  private static void rewrite(Path file, Function<String, String> change) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, change.apply(text), StandardCharsets.UTF_8);
  }
}
