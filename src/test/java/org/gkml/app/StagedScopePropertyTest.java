package org.gkml.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
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
import net.jqwik.api.Arbitrary;
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
 * Whatever is staged and whatever else the work tree holds (edits left unstaged, files moved aside
 * untracked, deletions not staged), {@code validate --changed --staged} reports every error that a
 * full validate of the commit it precedes gives and the last commit did not, and no error that
 * commit does not have: it checks the tree as committed, not the work tree (issue #15's review).
 */
class StagedScopePropertyTest {

  @Provide
  Arbitrary<List<ChangedScopePropertyTest.Edit>> edits() {
    return new ChangedScopePropertyTest().edits();
  }

  @Property(tries = 6)
  void theCommitsNewErrorsAndOnlyItsErrorsAreReported(
      @ForAll("edits") List<ChangedScopePropertyTest.Edit> staged,
      @ForAll("edits") List<ChangedScopePropertyTest.Edit> unstaged,
      @ForAll boolean cached)
      throws Exception {
    Path work = Files.createTempDirectory("gkml-staged-property");
    try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
      Path root = TestCatalogs.copyOfShipped(work);
      // overlays may then add any id: clashes between townships become possible
      Files.writeString(
          root.resolve("gkml.yaml"),
          Files.readString(root.resolve("gkml.yaml")) + "rules: {GK213: off}\n");
      Files.writeString(work.resolve(".gitignore"), ".gkml-cache/\ncache/\n");
      TestGit.commitAll(git, "sample");
      Set<String> before = errors(service().validate(root, null), null, root);
      ValidationCache cache = cached ? ValidationCache.at(work.resolve("cache"), "1.0") : null;
      if (cached) {
        service().validate(root, null, cache); // the committed tree, stored
      }
      for (ChangedScopePropertyTest.Edit e : staged) {
        ChangedScopePropertyTest.apply(root, e);
      }
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      for (ChangedScopePropertyTest.Edit e : unstaged) {
        ChangedScopePropertyTest.apply(root, e);
      }

      Optional<CheckService.Checked> checked =
          service().validateStaged(root, "HEAD", List.of(), cache);
      // the commit, checked out elsewhere and validated whole
      TestGit.commitIndex(git, "staged");
      Path clone = Files.createTempDirectory(work, "clone");
      Set<String> committed;
      try (Git copy =
          Git.cloneRepository()
              .setURI(work.toUri().toString())
              .setDirectory(clone.toFile())
              .call()) {
        Path cloneRoot = clone.resolve("catalogs");
        committed = errors(service().validate(cloneRoot, null), null, cloneRoot);
      }
      Set<String> fresh = new TreeSet<>(committed);
      fresh.removeAll(before);

      Statistics.label("new errors").collect(fresh.isEmpty() ? "none" : "some");
      if (checked.isEmpty()) {
        assertThat(fresh).as("nothing staged, %s", staged).isEmpty();
      } else {
        CheckService.Checked c = checked.get();
        Set<String> reported = errors(c.validation(), c.subjects(), root);
        assertThat(reported).as("staged %s, unstaged %s", staged, unstaged).containsAll(fresh);
        assertThat(committed).as("staged %s, unstaged %s", staged, unstaged).containsAll(reported);
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
   * Laid over the work tree (edits left unstaged, files moved aside untracked, deletions not
   * staged), the check's report is exactly that of a copy of the index's root, through the cache or
   * not (issue #15: the hook must not cost a copy of the whole tree).
   */
  @Property(tries = 8)
  void overTheWorkTreeTheReportIsTheCopys(
      @ForAll("edits") List<ChangedScopePropertyTest.Edit> staged,
      @ForAll("edits") List<ChangedScopePropertyTest.Edit> unstaged,
      @ForAll boolean cached)
      throws Exception {
    Path work = Files.createTempDirectory("gkml-staged-over");
    try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
      Path root = TestCatalogs.copyOfShipped(work);
      Files.writeString(
          root.resolve("gkml.yaml"),
          Files.readString(root.resolve("gkml.yaml")) + "rules: {GK213: off}\n");
      Files.writeString(work.resolve(".gitignore"), ".gkml-cache/\ncache/\n");
      TestGit.commitAll(git, "sample");
      ValidationCache cache = cached ? ValidationCache.at(work.resolve("cache"), "1.0") : null;
      if (cached) {
        service().validate(root, null, cache);
      }
      for (ChangedScopePropertyTest.Edit e : staged) {
        ChangedScopePropertyTest.apply(root, e);
      }
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      for (ChangedScopePropertyTest.Edit e : unstaged) {
        ChangedScopePropertyTest.apply(root, e);
      }

      ChangedScope.Staged scope = ChangedScope.staged(root, Map.of(), "HEAD");
      Statistics.label("over the work tree").collect(scope.overWorkTree() != null);
      List<String> copy = report(service().validateStaged(root, "HEAD", List.of(), null, false));
      List<String> over = report(service().validateStaged(root, "HEAD", List.of(), cache, true));

      assertThat(over).as("staged %s, unstaged %s", staged, unstaged).isEqualTo(copy);
    } finally {
      try (Stream<Path> all = Files.walk(work)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Every finding as shown, with its subject, then the files and the exit code. */
  private static List<String> report(Optional<CheckService.Checked> checked) {
    if (checked.isEmpty()) {
      return List.of("nothing staged");
    }
    Validation v = checked.get().validation();
    List<String> out = new ArrayList<>();
    for (Finding f : v.findings()) {
      out.add(
          f.rule().id()
              + " "
              + f.loc()
              + " "
              + f.message()
              + " @"
              + checked.get().subjects().apply(f));
    }
    out.add("files " + v.files());
    out.add("exit " + v.exitCode(false).code());
    return out;
  }

  private static CheckService service() {
    return new CheckService(
        new Session(Messages.english(), new PrintWriter(Writer.nullWriter()), "test", Map.of()));
  }

  /** Each error by file (below {@code root}), rule and subject. */
  private static Set<String> errors(Validation v, Function<Finding, String> subjects, Path root) {
    Function<Finding, String> about = subjects == null ? v.subjects() : subjects;
    Path top = root.toAbsolutePath().normalize();
    Set<String> out = new TreeSet<>();
    for (Finding f : v.findings()) {
      if (f.isError()) {
        Path p = f.loc().file().path().toAbsolutePath().normalize();
        out.add(top.relativize(p) + " " + f.rule().id() + " " + about.apply(f));
      }
    }
    return out;
  }
}
