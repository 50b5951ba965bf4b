package org.gkml.diff.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.gkml.i18n.Messages;
import org.gkml.model.Suggestion;

/**
 * What a user meant by a revision that names nothing ({@code --changed=HAED}, {@code diff --git
 * v2025.l}), one rule for every command that takes one: the nearest of {@code HEAD}, the branches,
 * the tags and the remote branches ({@link Suggestion}) within {@link #MAX_EDITS} edits, keeping
 * what follows the name ({@code HAED~1} → {@code HEAD~1}), and only a revision that names a commit
 * the clone holds: a suggestion that fails in turn ({@code v1~1} for {@code v2~1} when {@code v1}
 * is the first commit) sends the user round in circles.
 */
public final class RevisionSuggestion {
  /** A name and what follows it: ancestry ({@code ~2}, {@code ^}), a reflog entry, a path. */
  private static final Pattern NAME_AND_REST = Pattern.compile("([^~^@:]+)(.*)", Pattern.DOTALL);

  /**
   * The most letters a slip may differ by (docs/ci.md: one or two): {@code origin/b2} is another
   * branch, not a slip of {@code origin/main}, though half of it is the same.
   */
  static final int MAX_EDITS = 2;

  private RevisionSuggestion() {}

  /**
   * The hint for {@code rev} in {@code repo}: a {@link Messages.Text} ({@code ; did you mean
   * "HEAD"?}) or "" when no name is near. Reading the names may fail: then there is no hint.
   */
  public static Object hint(Repository repo, String rev) {
    return meant(repo, rev).<Object>map(r -> new Messages.Text("schema.suggest", r)).orElse("");
  }

  /** The revision {@code rev} was meant to be, if a name of {@code repo} is near its name. */
  public static Optional<String> meant(Repository repo, String rev) {
    Matcher m = NAME_AND_REST.matcher(rev == null ? "" : rev.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(1);
    String rest = m.group(2);
    Set<String> names = new LinkedHashSet<>();
    names.add(Constants.HEAD);
    try {
      for (Ref ref : repo.getRefDatabase().getRefs()) {
        names.add(Repository.shortenRefName(ref.getName()));
      }
    } catch (IOException | RuntimeException e) {
      // only the hint is lost: HEAD is still a name to suggest
    }
    // the distance first: it is cheap, and leaves a few names of thousands of tags to resolve
    List<String> near = new ArrayList<>();
    for (String candidate : names) {
      if (!candidate.equals(name)
          && Suggestion.edits(name, candidate) <= MAX_EDITS
          && resolves(repo, candidate + rest)) {
        near.add(candidate);
      }
    }
    return Suggestion.closest(name, near).map(meant -> meant + rest);
  }

  private static boolean resolves(Repository repo, String rev) {
    try {
      return Revision.find(repo, rev).isPresent();
    } catch (IOException | RuntimeException e) {
      return false; // a hint that cannot be checked is not given
    }
  }
}
