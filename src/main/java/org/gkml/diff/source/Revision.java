package org.gkml.diff.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.gkml.error.GkmlException;

/**
 * A revision named on the command line ({@code validate --changed REV}, {@code diff --git REV},
 * {@code export filing --since REV}): one rule for every option that takes one, for what a name may
 * be, the commit it names, and what is said when it names none (a range, a slip, a commit a shallow
 * clone lacks).
 */
public final class Revision {
  /** What separates the two revisions of a range ({@code HEAD~1..HEAD}). */
  public static final String RANGE = "..";

  /** What separates the two revisions of git's symmetric range ({@code main...HEAD}). */
  static final String SYMMETRIC = "...";

  private Revision() {}

  /**
   * A revision as typed, refused before anything is read when it is empty: {@code --changed=} would
   * otherwise be taken for a path, {@code diff --git ''} for a name to fetch.
   *
   * @param option the option that took it ({@code --changed}), for the message
   */
  public static String named(String option, String rev) {
    if (rev == null || rev.isBlank()) {
      throw GkmlException.usage("revision.empty", option);
    }
    return rev;
  }

  /**
   * As {@link #named}, for an option that takes one revision or a range {@code A..B}: git's {@code
   * A...B} (from where the two parted) is refused by name, where splitting it at its first {@code
   * ..} would look for a revision {@code .B}.
   */
  public static String namedOrRange(String option, String rev) {
    named(option, rev);
    int dots = rev.indexOf(SYMMETRIC);
    if (dots >= 0) {
      String a = rev.substring(0, dots);
      String b = rev.substring(dots + SYMMETRIC.length());
      throw GkmlException.usage(
          "revision.symmetric",
          option,
          rev,
          a.isEmpty() ? Constants.HEAD : a,
          b.isEmpty() ? Constants.HEAD : b);
    }
    return rev;
  }

  /** As {@link #named}, for an option that takes one revision and so no range. */
  public static String single(String option, String rev) {
    named(option, rev);
    if (rev.contains(RANGE)) {
      throw range(option, rev);
    }
    return rev;
  }

  /**
   * The name as JGit reads it: git takes {@code @} alone, or before {@code ~}, {@code ^} or {@code
   * :}, for {@code HEAD} ({@code @~1}); JGit knows only {@code @{…}} (the reflog, {@code @{u}}),
   * which is left to it. No branch or tag can be named {@code @}, so nothing else is meant.
   */
  static String spelledForJGit(String rev) {
    if (rev.equals("@")
        || rev.length() > 1 && rev.charAt(0) == '@' && "~^:".indexOf(rev.charAt(1)) >= 0) {
      return Constants.HEAD + rev.substring(1);
    }
    return rev;
  }

  /** Whether {@code rev} is the current commit by name ({@code HEAD}, or git's {@code @}). */
  public static boolean isHead(String rev) {
    return spelledForJGit(rev).equals(Constants.HEAD);
  }

  /**
   * The commit {@code rev} names, if the clone holds it (its object and all: a shallow clone names
   * commits beyond its edge it does not hold).
   *
   * @throws IOException when the repository cannot be read
   */
  public static Optional<ObjectId> find(Repository repo, String rev) throws IOException {
    try {
      ObjectId id = repo.resolve(spelledForJGit(rev) + "^{commit}");
      if (id == null) {
        return Optional.empty();
      }
      try (RevWalk walk = new RevWalk(repo)) {
        return Optional.of(walk.parseCommit(id).getId());
      }
    } catch (MissingObjectException | IncorrectObjectTypeException | RevisionSyntaxException e) {
      return Optional.empty(); // names nothing this clone holds, like a name that resolves to null
    }
  }

  /**
   * The commit {@code rev} names; a usage error saying why when there is none ({@link #notFound}).
   */
  public static ObjectId commit(Repository repo, String option, String rev) {
    try {
      Optional<ObjectId> found = find(repo, rev);
      if (found.isPresent()) {
        return found.get();
      }
    } catch (IOException e) {
      throw GkmlException.usage("diff.git.unreadable", rev, String.valueOf(e.getMessage()));
    }
    throw notFound(repo, option, rev);
  }

  /**
   * Why {@code rev} names no commit of {@code repo}: a range where one revision is taken; in a
   * shallow clone, how to fetch more history (with the name meant, if the name is a slip of one
   * that resolves: {@link RevisionSuggestion}); else the name meant, or how to fetch it.
   */
  public static GkmlException notFound(Repository repo, String option, String rev) {
    if (rev.contains(RANGE)) {
      return range(option, rev);
    }
    Object meant = RevisionSuggestion.hint(repo, rev);
    String fetch = fetchCommand(repo, rev);
    if (shallow(repo)) {
      return fetch == null
          ? GkmlException.usage("revision.missingShallowDeepen", option, rev, where(repo), meant)
          : GkmlException.usage("revision.missingShallow", option, rev, where(repo), meant, fetch);
    }
    if (!"".equals(meant)) {
      // a misspelt name (HAED, mian): the name meant, not how to fetch what does not exist
      return GkmlException.usage("revision.misspelt", option, rev, where(repo), meant);
    }
    return fetch == null
        ? GkmlException.usage("revision.missingNoFetch", option, rev, where(repo))
        : GkmlException.usage("revision.missing", option, rev, where(repo), fetch);
  }

  /**
   * The command that fetches what {@code rev} names, or null when a name cannot be fetched: one
   * counted from another ({@code HEAD~1}, {@code origin/main^}: more history is what is missing,
   * not a name), or a repository without a remote. A remote-tracking name is fetched as its
   * remote's branch ({@code origin/main}: {@code git fetch origin main}, as {@code git fetch origin
   * origin/main} would fail); any other name (a tag, a branch, a commit) from {@code origin}, or
   * the one remote there is.
   */
  static String fetchCommand(Repository repo, String rev) {
    String name = spelledForJGit(rev);
    if (name.isEmpty() || "~^:@{".chars().anyMatch(c -> name.indexOf(c) >= 0)) {
      return null;
    }
    Set<String> remotes = repo.getRemoteNames();
    int slash = name.indexOf('/');
    if (slash > 0 && remotes.contains(name.substring(0, slash)) && slash < name.length() - 1) {
      // named in full: a single-branch clone would put a bare branch in FETCH_HEAD only
      String remote = name.substring(0, slash);
      String branch = name.substring(slash + 1);
      return "git fetch " + remote + " " + branch + ":refs/remotes/" + remote + "/" + branch;
    }
    if (name.endsWith("HEAD") && name.equals(name.toUpperCase(Locale.ROOT))) {
      return null; // HEAD, FETCH_HEAD, ORIG_HEAD: this clone's own, not a remote's
    }
    if (remotes.contains(Constants.DEFAULT_REMOTE_NAME)) {
      return "git fetch " + Constants.DEFAULT_REMOTE_NAME + " " + name;
    }
    return remotes.size() == 1 ? "git fetch " + remotes.iterator().next() + " " + name : null;
  }

  /**
   * Why a commit {@code rev} resolved to could not be read: an object the clone lacks (a shallow
   * clone's edge, a partial clone).
   */
  public static GkmlException notInClone(Repository repo, String option, String rev) {
    return shallow(repo)
        ? GkmlException.usage("revision.missingShallowDeepen", option, rev, where(repo), "")
        : GkmlException.usage("revision.missingNoFetch", option, rev, where(repo));
  }

  private static GkmlException range(String option, String rev) {
    String from = rev.substring(0, rev.indexOf(RANGE));
    return GkmlException.usage(
        "revision.range", option, rev, from.isBlank() ? Constants.HEAD : from);
  }

  /** The repository as messages name it: its work tree, as the file system has it. */
  private static Path where(Repository repo) {
    Path top = (repo.isBare() ? repo.getDirectory() : repo.getWorkTree()).toPath();
    try {
      return top.toRealPath();
    } catch (IOException e) {
      return top.toAbsolutePath().normalize();
    }
  }

  private static boolean shallow(Repository repo) {
    try {
      return !repo.getObjectDatabase().getShallowCommits().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }
}
