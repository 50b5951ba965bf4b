package org.gkml.diff.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a "not in the repository" message tells the user to fetch: a command that works for the name
 * typed, or none (a reviewer followed "git fetch origin origin/main", which git refuses).
 */
class RevisionFetchCommandTest {
  @TempDir Path dir;

  private Repository repo(String... remotes) throws Exception {
    Repository repo = Git.init().setDirectory(dir.toFile()).call().getRepository();
    StoredConfig config = repo.getConfig();
    for (String remote : remotes) {
      config.setString("remote", remote, "url", "https://example.org/" + remote + ".git");
    }
    config.save();
    return repo;
  }

  @Test
  void aRemoteTrackingNameIsFetchedAsItsRemotesBranch() throws Exception {
    try (Repository repo = repo("origin", "upstream")) {
      assertThat(Revision.fetchCommand(repo, "origin/main"))
          .isEqualTo("git fetch origin main:refs/remotes/origin/main");
      assertThat(Revision.fetchCommand(repo, "upstream/release/2025"))
          .isEqualTo("git fetch upstream release/2025:refs/remotes/upstream/release/2025");
      assertThat(Revision.fetchCommand(repo, "v2025.1")).isEqualTo("git fetch origin v2025.1");
      // not a remote's name: a branch called feature/x on origin
      assertThat(Revision.fetchCommand(repo, "feature/x")).isEqualTo("git fetch origin feature/x");
    }
  }

  @Test
  void aNameCountedFromAnotherOrTheClonesOwnHeadIsNotFetched() throws Exception {
    try (Repository repo = repo("origin")) {
      assertThat(Revision.fetchCommand(repo, "HEAD~1")).isNull();
      assertThat(Revision.fetchCommand(repo, "origin/main^")).isNull();
      assertThat(Revision.fetchCommand(repo, "@~2")).isNull();
      assertThat(Revision.fetchCommand(repo, "FETCH_HEAD")).isNull();
      assertThat(Revision.fetchCommand(repo, "main@{u}")).isNull();
    }
  }

  @Test
  void withoutOriginTheOneRemoteThereIsIsNamedAndWithoutAnyNone() throws Exception {
    try (Repository repo = repo("gitee")) {
      assertThat(Revision.fetchCommand(repo, "main")).isEqualTo("git fetch gitee main");
    }
  }

  @Test
  void aRepositoryWithoutARemoteHasNothingToFetchFrom(@TempDir Path other) throws Exception {
    try (Repository repo = Git.init().setDirectory(other.toFile()).call().getRepository()) {
      assertThat(Revision.fetchCommand(repo, "main")).isNull();
    }
  }
}
