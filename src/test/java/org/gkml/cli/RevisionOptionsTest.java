package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.gkml.TestCatalogs;
import org.gkml.TestGit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every option that takes a revision ({@code validate --changed}, {@code diff --git}) resolves it
 * and says why it names nothing one way (the CI review of release 0.1.0): a shallow clone's missing
 * commit gets how to fetch more history, not another branch that is half the same; a suggestion is
 * within two letters and names a commit itself; an empty name, a range and git's {@code @} are read
 * as git reads them.
 *
 * <p>The origin has two commits on {@code main} (tag {@code v1} on the first), a branch {@code
 * release} at the second; the shallow clone holds {@code release}'s last commit alone.
 */
class RevisionOptionsTest {
  @TempDir static Path origin;
  @TempDir static Path shallow;
  static Path catalogs;
  static Path shallowCatalogs;

  @BeforeAll
  static void originAndShallowClone() throws IOException, GitAPIException {
    catalogs = origin.resolve("catalogs");
    Path basic = catalogs.resolve("basic/safety-production.yaml");
    Files.createDirectories(basic.getParent());
    Files.writeString(basic, TestCatalogs.CATALOG, StandardCharsets.UTF_8);
    try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
      TestGit.commitAll(git, "first");
      git.tag().setName("v1").call();
      Files.writeString(basic, "# edited\n" + TestCatalogs.CATALOG, StandardCharsets.UTF_8);
      TestGit.commitAll(git, "second");
      git.branchCreate().setName("release").call();
    }
    try (Git clone =
        Git.cloneRepository()
            .setURI(origin.toUri().toString())
            .setDirectory(shallow.toFile())
            .setDepth(1)
            .setCloneAllBranches(false)
            .setBranchesToClone(List.of("refs/heads/release"))
            .setBranch("release")
            .setNoTags()
            .call()) {
      assertThat(clone.getRepository().getObjectDatabase().getShallowCommits()).isNotEmpty();
      assertThat(clone.getRepository().resolve("origin/release")).isNotNull();
      assertThat(clone.getRepository().resolve("origin/main")).isNull();
    }
    shallowCatalogs = shallow.resolve("catalogs");
  }

  private static CliRun changed(Path root, String lang, String rev) {
    return CliRun.of("validate", "--root", root.toString(), "--lang", lang, "--changed", rev);
  }

  @ParameterizedTest
  @ValueSource(strings = {"origin/main", "origin/develop"})
  void aShallowCloneSaysHowToFetchNotAnotherBranch(String rev) throws IOException {
    CliRun en = changed(shallowCatalogs, "en", rev);
    CliRun diff = CliRun.of("diff", "--git", rev, shallowCatalogs.toString(), "--lang", "zh");

    assertThat(en.code()).isEqualTo(2);
    assertThat(en.out()).isEmpty();
    assertThat(en.err())
        .isEqualTo(
            "gkml: --changed: revision \""
                + rev
                + "\" is not in this shallow clone ("
                + shallow.toRealPath()
                + "); fetch more history: git fetch --deepen=100 (or git fetch origin "
                + rev.substring("origin/".length()) // origin/main is fetched as origin's main
                + ":refs/remotes/"
                + rev
                + "), or in CI clone with depth 0"
                + System.lineSeparator());
    assertThat(diff.code()).isEqualTo(2);
    assertThat(diff.err())
        .startsWith(
            "gkml: --git：浅克隆 "
                + shallow.toRealPath()
                + " 中没有版本“"
                + rev
                + "”；请获取更多历史：git fetch --deepen=100")
        .doesNotContain("是否应为");
  }

  @Test
  void changedGivesTheShallowHintAsDiffDoes() {
    CliRun changed = changed(shallowCatalogs, "en", "HEAD~1");
    CliRun diff = CliRun.of("diff", "--git", "HEAD~1", shallowCatalogs.toString(), "--lang", "en");

    assertThat(changed.code()).isEqualTo(2);
    assertThat(changed.err())
        .contains("--changed: revision \"HEAD~1\" is not in this shallow clone")
        .contains("git fetch --deepen=100, or in CI")
        .doesNotContain("git fetch origin") // HEAD~1 is more history, not a name to fetch
        .doesNotContain("did you mean");
    assertThat(diff.code()).isEqualTo(2);
    assertThat(diff.err())
        .isEqualTo(changed.err().replace("--changed:", "--git:"))
        .as("one resolution and one message for both options");
  }

  @Test
  void aSlipInAShallowCloneGetsTheNameMeantOnlyIfThatResolves() throws Exception {
    try (Git git = Git.open(shallow.toFile())) {
      git.tag().setName("v1").call(); // the clone's only commit: v1 resolves, v1~1 does not
    }
    try {
      CliRun name = changed(shallowCatalogs, "en", "v2");
      CliRun ancestor = changed(shallowCatalogs, "en", "v2~1");

      assertThat(name.err())
          .contains("not in this shallow clone")
          .contains("git fetch --deepen=100")
          .endsWith("; did you mean \"v1\"?" + System.lineSeparator());
      assertThat(ancestor.err())
          .contains("not in this shallow clone")
          .doesNotContain("did you mean");
    } finally {
      try (Git git = Git.open(shallow.toFile())) {
        git.tagDelete().setTags("v1").call();
      }
    }
  }

  @Test
  void onlyRevisionsThatResolveAreSuggested() {
    // v1 is the first commit: v1~1 names nothing, and is no answer to v2~1
    CliRun ancestor = changed(catalogs, "en", "v2~1");
    CliRun name = changed(catalogs, "en", "v2");
    CliRun main = changed(catalogs, "en", "mian~1");

    assertThat(ancestor.code()).isEqualTo(2);
    assertThat(ancestor.err())
        .contains("--changed: revision \"v2~1\" is not in the repository")
        // v2~1 is counted from v2: no fetch of that name could bring it
        .contains("check its name (git log shows the history there is)")
        .doesNotContain("git fetch")
        .doesNotContain("did you mean");
    assertThat(name.err()).endsWith("; did you mean \"v1\"?" + System.lineSeparator());
    assertThat(main.err()).endsWith("; did you mean \"main~1\"?" + System.lineSeparator());
  }

  @Test
  void aNameMoreThanTwoLettersAwayIsNotSuggested() {
    // origin/release is not suggested for origin/main in the clone: half the same, another branch
    CliRun three = changed(catalogs, "en", "relexyz"); // three letters from release
    CliRun two = changed(catalogs, "en", "relea"); // two

    assertThat(three.code()).isEqualTo(2);
    assertThat(three.err()).contains("revision \"relexyz\"").doesNotContain("did you mean");
    assertThat(two.err()).contains("did you mean \"release\"?");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--changed=", "--changed= ", "--changed"})
  void anEmptyRevisionIsAUsageError(String option) {
    String[] args =
        option.equals("--changed")
            ? new String[] {"validate", "--root", catalogs.toString(), "--lang", "en", option, ""}
            : new String[] {"validate", "--root", catalogs.toString(), "--lang", "en", option};
    CliRun en = CliRun.of(args);

    assertThat(en.code()).isEqualTo(2);
    assertThat(en.out()).isEmpty();
    assertThat(en.err())
        .isEqualTo(
            "gkml: --changed: empty revision name; give a branch, a tag or a commit (for example"
                + " HEAD)"
                + System.lineSeparator());
  }

  @Test
  void anEmptyRevisionIsAUsageErrorForDiffToo() {
    CliRun en = CliRun.of("diff", "--git", "", catalogs.toString(), "--lang", "en");
    CliRun zh = CliRun.of("diff", "--git", "", catalogs.toString(), "--lang", "zh");
    CliRun changedZh = changed(catalogs, "zh", "");

    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err()).contains("--git: empty revision name").doesNotContain("git fetch");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains("--git：版本名为空");
    assertThat(changedZh.code()).isEqualTo(2);
    assertThat(changedZh.err()).contains("--changed：版本名为空");
  }

  @Test
  void gitsAtSignIsHead() {
    CliRun at = changed(catalogs, "en", "@~1");
    CliRun head = changed(catalogs, "en", "HEAD~1");
    CliRun atAlone = changed(catalogs, "en", "@");
    CliRun diffAt = CliRun.of("diff", "--git", "@~1..@", catalogs.toString(), "--lang", "en");
    CliRun diffHead =
        CliRun.of("diff", "--git", "HEAD~1..HEAD", catalogs.toString(), "--lang", "en");

    assertThat(head.code()).as(head.err()).isIn(0, 1);
    assertThat(at.code()).as(at.err()).isEqualTo(head.code());
    assertThat(at.out()).isEqualTo(head.out());
    assertThat(atAlone.code()).as(atAlone.err()).isZero();
    assertThat(diffAt.code()).as(diffAt.err()).isEqualTo(diffHead.code());
    assertThat(diffAt.out())
        .isEqualTo(diffHead.out().replace("HEAD~1:", "@~1:").replace("HEAD:", "@:"));
  }

  @Test
  void aRangeIsRefusedWhereOneRevisionIsTaken() {
    CliRun en = changed(catalogs, "en", "HEAD~1..HEAD");
    CliRun zh = changed(catalogs, "zh", "HEAD~1..HEAD");

    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err())
        .isEqualTo(
            "gkml: --changed: \"HEAD~1..HEAD\" is a range of revisions; --changed takes one revision"
                + " (for example HEAD~1)"
                + System.lineSeparator());
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains("“HEAD~1..HEAD”是版本范围；--changed 只接受一个版本");
  }

  @Test
  void gitsThreeDotRangeIsRefusedByNameNotReadAsARevisionDotB() {
    CliRun en = CliRun.of("diff", "--git", "HEAD~1...HEAD", catalogs.toString(), "--lang", "en");
    CliRun zh = CliRun.of("diff", "--git", "main...", catalogs.toString(), "--lang", "zh");

    assertThat(en.code()).isEqualTo(2);
    assertThat(en.out()).isEmpty();
    assertThat(en.err())
        .isEqualTo(
            "gkml: --git: \"HEAD~1...HEAD\" is a range of git's three-dot kind, which gkml does not"
                + " take; compare from where the two parted with --git $(git merge-base HEAD~1"
                + " HEAD)..HEAD, or give A..B"
                + System.lineSeparator());
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains("不支持 git 的三点范围“main...”").contains("git merge-base main HEAD");
  }
}
