package org.gkml.diff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.gkml.check.CheckContext;
import org.gkml.check.FindingSink;
import org.gkml.check.TreeCheck;
import org.gkml.diff.source.GitRepository;
import org.gkml.diff.source.GitSnapshot;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.load.DocumentKind;
import org.gkml.load.FileLoader;
import org.gkml.load.LoadedFile;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Modification;
import org.gkml.model.Overlay;
import org.gkml.model.Removal;
import org.gkml.model.Rule;

/**
 * Overlays written against an older basic catalogue (GK403, FORMAT.md 1.1): an overlay whose {@code
 * base} is not its domain's current basic version. Where git history has the basic catalogue's file
 * at that version, the finding names the items changed since then that the overlay modifies or
 * removes, found with the diff's engine ({@link DocumentDiffer}) on the two versions.
 *
 * <p>Costs nothing when no overlay is stale: the repository is only opened for a stale one, and
 * history is read once per (domain, base version), walking back along first parents from {@code
 * HEAD} at most {@link #MAX_COMMITS} commits and parsing only the commits where the file changed.
 */
public final class StaleOverlayCheck implements TreeCheck {
  static final int MAX_COMMITS = 500;

  /**
   * What stands for the option in the message of a revision the history lacks: the message is never
   * shown, the walk stops there (the start of history, or of a shallow clone).
   */
  private static final String READER = "GK403";

  private final FileLoader loader;
  private final UnaryOperator<Path> real;

  public StaleOverlayCheck(Messages messages) {
    this(messages, UnaryOperator.identity());
  }

  /**
   * A check of a copy of a tree read in its place (validate --changed --staged): {@code real} gives
   * the path in the work tree of a path in the copy, where the history is found.
   */
  public StaleOverlayCheck(Messages messages, UnaryOperator<Path> real) {
    this.loader = new FileLoader(messages);
    this.real = real;
  }

  @Override
  public void check(CheckContext context, FindingSink sink) {
    CatalogTree tree = context.tree();
    List<Overlay> stale = new ArrayList<>();
    for (Overlay o : tree.overlays()) {
      Optional<Catalog> basic = tree.basic(o.domain());
      if (o.base() != null
          && basic.isPresent()
          && basic.get().version() != null
          && !basic.get().version().equals(o.base())) {
        stale.add(o);
      }
    }
    if (stale.isEmpty()) {
      return;
    }
    Messages messages = sink.messages();
    Map<String, Optional<Set<String>>> changedSince = new HashMap<>();
    try (History history = History.of(loader, tree, real)) {
      for (Overlay o : stale) {
        Catalog basic = tree.basic(o.domain()).orElseThrow();
        Optional<Set<String>> changed =
            changedSince.computeIfAbsent(
                o.domain() + "\u0000" + o.base(),
                k -> history.changedSince(basic, o.base(), context));
        String hint;
        if (changed.isEmpty()) {
          hint = messages.get("stale.noHistory", o.base());
        } else {
          List<String> touched = touched(o, changed.get());
          hint =
              touched.isEmpty()
                  ? messages.get("stale.unchanged")
                  : messages.get("stale.changed", touched);
        }
        sink.report(
            Rule.STALE_OVERLAY, o.loc().child("base"), o.base(), o.domain(), basic.version(), hint);
      }
    }
  }

  /** The ids the overlay modifies or removes that are among {@code changed}, in file order. */
  private static List<String> touched(Overlay o, Set<String> changed) {
    Set<String> ids = new LinkedHashSet<>();
    for (Modification m : o.modifies()) {
      ids.add(m.id());
    }
    for (Removal r : o.removes()) {
      ids.add(r.id());
    }
    ids.retainAll(changed);
    return List.copyOf(ids);
  }

  /** The git history of the tree's repository, if it has one. */
  private static final class History implements AutoCloseable {
    private final GitRepository repo;
    private final FileLoader loader;
    private final UnaryOperator<Path> real;

    private History(GitRepository repo, FileLoader loader, UnaryOperator<Path> real) {
      this.repo = repo;
      this.loader = loader;
      this.real = real;
    }

    static History of(FileLoader loader, CatalogTree tree, UnaryOperator<Path> real) {
      try {
        return new History(GitRepository.containing(real.apply(tree.root())), loader, real);
      } catch (GkmlException e) {
        // a tree outside git, or a repository that cannot be read, just has no history
        return new History(null, loader, real);
      }
    }

    /**
     * The ids of the items that changed between the basic catalogue at version {@code base} (the
     * newest commit holding it) and now; empty when history does not have that version.
     */
    Optional<Set<String>> changedSince(Catalog now, String base, CheckContext context) {
      if (repo == null || now.loc() == null) {
        return Optional.empty();
      }
      Catalog then = find(now, base);
      if (then == null) {
        return Optional.empty();
      }
      Set<String> ids = new LinkedHashSet<>();
      for (Change c :
          new DocumentDiffer(context.vocabulary()).catalogs(now.domain(), null, then, now)) {
        if (c.item() != null) {
          ids.add(c.item());
          if (c instanceof Change.ItemRenamed r) {
            ids.add(r.from());
          }
        }
      }
      return Optional.of(ids);
    }

    private Catalog find(Catalog now, String base) {
      String path;
      try {
        path = repo.relative(real.apply(now.file().path()));
      } catch (GkmlException e) {
        return null;
      }
      String lastBlob = null;
      for (int back = 0; back < MAX_COMMITS; back++) {
        GitSnapshot snapshot;
        try {
          snapshot = (GitSnapshot) repo.snapshot(READER, "HEAD~" + back, path);
        } catch (GkmlException e) {
          return null; // the start of history (or of a shallow clone)
        }
        String blob = snapshot.blobId("");
        if (blob == null) {
          return null; // the file did not exist yet
        }
        if (blob.equals(lastBlob)) {
          continue;
        }
        lastBlob = blob;
        try {
          LoadedFile f =
              loader.parse(
                  snapshot.read(""),
                  snapshot.pathOf(""),
                  snapshot.display(""),
                  DocumentKind.CATALOG);
          if (f.document() instanceof Catalog c && base.equals(c.version())) {
            return c;
          }
        } catch (IOException e) {
          return null;
        }
      }
      return null;
    }

    @Override
    public void close() {
      if (repo != null) {
        repo.close();
      }
    }
  }
}
