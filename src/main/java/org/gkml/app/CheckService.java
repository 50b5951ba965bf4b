package org.gkml.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gkml.check.Validation;
import org.gkml.error.GkmlException;
import org.gkml.resolve.Resolver;

/**
 * The check family: {@code validate} (named paths, or what changed since a revision) and the
 * whole-tree readers {@code report} and {@code basis} build on. The command reports what it gets;
 * nothing here prints.
 */
public final class CheckService {
  private final Pipeline pipeline;

  public CheckService(Session session) {
    this.pipeline = new Pipeline(session);
  }

  /**
   * {@code validate [PATH...]}: loads and checks the named paths (none or null: the whole root).
   */
  public Validation validate(Path root, List<Path> paths) {
    return pipeline.validate(root, paths);
  }

  /**
   * {@code validate --changed REV}: checks the catalogue files changed since {@code rev} and every
   * file whose result depends on them ({@link ChangedScope}); empty when no catalogue file changed,
   * so there is nothing to check and nothing failed.
   *
   * @param paths the paths the user named as well: none may be given with a revision
   */
  public Optional<Validation> validateChanged(Path root, String rev, List<Path> paths) {
    if (paths != null && !paths.isEmpty()) {
      throw GkmlException.usage("changed.withPaths");
    }
    ChangedScope.Result changed = ChangedScope.of(root, rev);
    if (!changed.whole() && changed.paths().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(pipeline.validate(root, changed.whole() ? null : changed.paths()));
  }

  /**
   * The whole tree resolved, as {@code report} and {@code basis} read it: for its documents only
   * (each file's located tree is dropped once read), and not checked.
   */
  public Resolver resolveWhole(Path root) {
    return new Resolver(pipeline.loadDocuments(root).tree());
  }
}
