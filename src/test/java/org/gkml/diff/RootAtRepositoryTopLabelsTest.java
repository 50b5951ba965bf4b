package org.gkml.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.gkml.TestCatalogs;
import org.gkml.TestGit;
import org.gkml.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue root at the top of its repository (the layout gen_province makes): the revision's
 * side of a diff is named by the revision alone, not "v1:" with nothing after the colon.
 */
class RootAtRepositoryTopLabelsTest {
  @TempDir Path repo;

  @Test
  void theRevisionOfAWholeRepositoryIsNamedByItselfInEveryReport() throws Exception {
    TestCatalogs.copy(TestCatalogs.SHIPPED, repo);
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      TestGit.commitAll(git, "v1");
      git.tag().setName("v1").call();
    }
    TestCatalogs.replaceIn(repo.resolve("basic/safety-production.yaml"), "县级应急管理部门", "县级应急管理局");

    CliRun text = CliRun.of("diff", "--git", "v1", repo.toString(), "--lang", "en");
    CliRun markdown =
        CliRun.of("diff", "--git", "v1", repo.toString(), "--format", "markdown", "--lang", "zh");

    assertThat(text.out()).as(text.err()).startsWith("--- v1\n+++ " + repo + "\n");
    assertThat(markdown.out()).contains("v1").doesNotContain("v1:");
  }
}
