package org.gkml.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.gkml.TestGit;
import org.gkml.cli.CliRun;
import org.gkml.diff.source.GitRepository;
import org.gkml.diff.source.Snapshot;
import org.gkml.error.GkmlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 4 of issue #11 for git: a blob over the size limit is refused in one line (it was an
 * internal error), and a tree bomb (a few kB naming 10^10 paths by repeating one subtree) is cut
 * off at the walk's entry cap within seconds, and stops when its thread is interrupted.
 */
class BoundedGitInputTest {
  private static final Duration QUICK = Duration.ofSeconds(20);

  @TempDir Path repo;

  @Test
  void aBlobOverTheLimitIsRefusedInOneLine() throws Exception {
    Path catalogs = Files.createDirectories(repo.resolve("catalogs/basic"));
    byte[] huge = new byte[9 << 20];
    new Random(1).nextBytes(huge); // incompressible: the object really is this big
    Files.write(catalogs.resolve("huge.yaml"), huge);
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      TestGit.commitAll(git, "huge");
    }
    Files.writeString(catalogs.resolve("huge.yaml"), "gkml: 1\n");

    CliRun run =
        assertTimeoutPreemptively(
            QUICK,
            () ->
                CliRun.of(
                    "diff",
                    "--git",
                    "HEAD",
                    catalogs.resolve("huge.yaml").toString(),
                    "--lang",
                    "en"));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("larger than 8 MB").contains("huge.yaml");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).doesNotContain("internal error").doesNotContain("Exception");
  }

  @Test
  void aTreeBombIsCutOffAtTheEntryCap() throws Exception {
    bomb(10);

    CliRun run =
        assertTimeoutPreemptively(
            QUICK, () -> CliRun.of("diff", "--git", "HEAD", repo.toString(), "--lang", "en"));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("more than 1,000,000 files").contains("tree bomb");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void theCapIsWhatTheRepositoryIsGiven() throws Exception {
    bomb(3); // 10^4 paths
    try (GitRepository git =
        GitRepository.containing(repo, new GitRepository.Limits(9_999, 1 << 20))) {
      assertThatThrownBy(() -> git.snapshot("--git", "HEAD", ""))
          .isInstanceOfSatisfying(
              GkmlException.class, e -> assertThat(e.key()).isEqualTo("diff.git.tooManyEntries"));
    }
    try (GitRepository git =
        GitRepository.containing(repo, new GitRepository.Limits(10_000, 1 << 20))) {
      assertThat(git.snapshot("--git", "HEAD", "").paths()).hasSize(10_000);
    }
  }

  @Test
  void aLongWalkStopsWhenInterrupted() throws Exception {
    bomb(10);
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    CountDownLatch opened = new CountDownLatch(1);
    Thread t =
        new Thread(
            () -> {
              try (GitRepository git =
                  GitRepository.containing(
                      repo, new GitRepository.Limits(Long.MAX_VALUE, Long.MAX_VALUE))) {
                opened.countDown();
                git.snapshot("--git", "HEAD", "");
                outcome.complete(null);
              } catch (Throwable e) {
                outcome.complete(e);
              }
            });
    t.start();
    assertThat(opened.await(10, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(300); // well into the walk of 10^11 entries
    t.interrupt();

    Throwable e = outcome.get(10, TimeUnit.SECONDS);

    assertThat(e)
        .isInstanceOfSatisfying(
            GkmlException.class, g -> assertThat(g.key()).isEqualTo("diff.git.interrupted"));
  }

  @Test
  void whatADiffReadsIsCappedInTotal() throws Exception {
    Path basic = Files.createDirectories(repo.resolve("basic"));
    for (int i = 0; i < 3; i++) {
      Files.writeString(basic.resolve(i + ".yaml"), "x".repeat(600) + i, StandardCharsets.UTF_8);
    }
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      TestGit.commitAll(git, "three");
    }
    try (GitRepository git = GitRepository.containing(repo, new GitRepository.Limits(100, 1500))) {
      Snapshot s = git.snapshot("--git", "HEAD", "basic");
      s.read("0.yaml");
      s.read("1.yaml");
      assertThatThrownBy(() -> s.read("2.yaml"))
          .isInstanceOfSatisfying(
              GkmlException.class, e -> assertThat(e.key()).isEqualTo("diff.git.tooManyBytes"));
    }
  }

  /**
   * A commit whose tree nests {@code depth} levels of ten entries all naming the same subtree,
   * above ten small blobs: 10^(depth+1) paths in a few kB.
   */
  private void bomb(int depth) throws Exception {
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Repository r = git.getRepository();
      try (ObjectInserter ins = r.newObjectInserter()) {
        ObjectId blob =
            ins.insert(Constants.OBJ_BLOB, "gkml: 1\n".getBytes(StandardCharsets.UTF_8));
        TreeFormatter leaves = new TreeFormatter();
        for (int i = 0; i < 10; i++) {
          leaves.append("f" + i + ".yaml", FileMode.REGULAR_FILE, blob);
        }
        ObjectId tree = ins.insert(leaves);
        for (int level = 0; level < depth; level++) {
          TreeFormatter up = new TreeFormatter();
          for (int i = 0; i < 10; i++) {
            up.append("d" + i, FileMode.TREE, tree);
          }
          tree = ins.insert(up);
        }
        CommitBuilder c = new CommitBuilder();
        PersonIdent who = new PersonIdent("t", "t@example.org");
        c.setAuthor(who);
        c.setCommitter(who);
        c.setMessage("bomb");
        c.setTreeId(tree);
        ObjectId commit = ins.insert(c);
        ins.flush();
        RefUpdate head = r.updateRef("refs/heads/main");
        head.setNewObjectId(commit);
        head.forceUpdate();
      }
    }
  }
}
