package org.gkml;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** Git histories for the tests of {@code diff} and {@code validate --changed}. */
public final class TestGit {
  private static final PersonIdent WHO = new PersonIdent("gkml test", "test@example.org");

  private TestGit() {}

  /**
   * Commits everything of the work tree as it is (new, changed and deleted files), by a fixed
   * author and unsigned, whatever the machine's git configuration says.
   */
  public static RevCommit commitAll(Git git, String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    return commitIndex(git, message);
  }

  /** Commits what the index holds, as {@code git commit} does. */
  public static RevCommit commitIndex(Git git, String message) throws GitAPIException {
    return git.commit().setMessage(message).setAuthor(WHO).setCommitter(WHO).setSign(false).call();
  }
}
