package org.gkml.app;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.gkml.cache.Dependents;
import org.gkml.cache.ValidationCache;
import org.gkml.check.BrokenFiles;
import org.gkml.check.Validation;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.io.IoReason;
import org.gkml.load.BoundedInput;
import org.gkml.load.StagedFiles;
import org.gkml.load.TreeLoader;
import org.gkml.model.Finding;
import org.gkml.model.Severity;
import org.gkml.model.SourceFile;
import org.gkml.model.Suppressed;
import org.gkml.oversight.LawIndex;
import org.gkml.resolve.Resolver;

/**
 * The check family: {@code validate} (named paths, or what changed since a revision) and the
 * whole-tree readers {@code report} and {@code basis} build on. The command reports what it gets;
 * nothing here prints.
 */
public final class CheckService {
  private final Session session;
  private final Pipeline pipeline;

  public CheckService(Session session) {
    this.session = session;
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
    return validateChanged(root, rev, paths, null).map(Checked::validation);
  }

  /**
   * A check's result and how a baseline names the subject of each finding (a run answered from the
   * cache names them as the run that stored it did).
   */
  public record Checked(Validation validation, Function<Finding, String> subjects) {}

  /**
   * As {@link #validate(Path, List)}; a whole-tree run goes through {@code cache} when there is one
   * (docs/ci.md), any other run checks what it names.
   */
  public Checked validate(Path root, List<Path> paths, ValidationCache cache) {
    if (cache != null && (paths == null || paths.isEmpty())) {
      ValidationCache.Outcome outcome = pipeline.validateWhole(root, cache);
      return new Checked(outcome.validation(), outcome.subjects());
    }
    Validation v = pipeline.validate(root, paths);
    return new Checked(v, v.subjects());
  }

  /**
   * As {@link #validateChanged(Path, String, List)}, through {@code cache} when the whole tree is
   * checked.
   */
  public Optional<Checked> validateChanged(
      Path root, String rev, List<Path> paths, ValidationCache cache) {
    refusePaths(paths);
    return checkChanged(pipeline, root, ChangedScope.of(root, session.env(), rev), cache, null);
  }

  /**
   * {@code --changed} chooses the files itself. A PATH that is no file is most likely a revision
   * written after another option ({@code --changed --staged main}), which picocli then cannot give
   * to {@code --changed}: the refusal says where a revision goes.
   */
  private static void refusePaths(List<Path> paths) {
    if (paths == null || paths.isEmpty()) {
      return;
    }
    if (paths.size() == 1 && !Files.exists(paths.get(0))) {
      throw GkmlException.usage("changed.revisionAfterOption", paths.get(0));
    }
    throw GkmlException.usage("changed.withPaths");
  }

  /**
   * {@code validate --changed REV --staged}: as {@link #validateChanged(Path, String, List,
   * ValidationCache)} for the tree as it would be committed, the index's content below the root
   * (CLI.md 1.1, docs/ci.md). Where the work tree holds the same, it is checked as it is, through
   * {@code cache}. Where they differ in catalogue files only (edits left unstaged, untracked or
   * ignored files, deletions not staged: ChangedScope tells which), the work tree is checked with
   * that difference laid over it, the index's bytes read from git, through {@code cache} as well
   * (its entries are keyed by the bytes checked). Otherwise a copy of the index's root is checked
   * without the cache, and its findings are named by the real paths, at the lines of the staged
   * content.
   */
  public Optional<Checked> validateStaged(
      Path root, String rev, List<Path> paths, ValidationCache cache) {
    return validateStaged(root, rev, paths, cache, true);
  }

  /**
   * As {@link #validateStaged(Path, String, List, ValidationCache)}; without {@code overWorkTree},
   * always through a copy of the index's root (the tests compare the two ways).
   */
  Optional<Checked> validateStaged(
      Path root, String rev, List<Path> paths, ValidationCache cache, boolean overWorkTree) {
    refusePaths(paths);
    ChangedScope.Staged staged = ChangedScope.staged(root, session.env(), rev);
    ChangedScope.Result changed = staged.scope();
    if (!changed.whole() && changed.before().isEmpty()) {
      return Optional.empty(); // nothing staged since the revision
    }
    if (staged.indexIsWorkTree()) {
      return checkChanged(pipeline, root, changed, cache, null);
    }
    if (overWorkTree && staged.overWorkTree() != null) {
      try {
        return checkChanged(pipeline, root, changed, cache, staged.overWorkTree());
      } catch (StagedFiles.NotSimple e) {
        // the walk skipped something (nothing was read or written yet): the copy below decides
      }
    }
    Path shown = root.toAbsolutePath().normalize();
    try (IndexTree index = IndexTree.write(root, session.env())) {
      Path copy = index.root();
      Map<Path, byte[]> before = new HashMap<>();
      changed
          .before()
          .forEach((p, bytes) -> before.put(copy.resolve(shown.relativize(p).toString()), bytes));
      Pipeline onCopy = pipeline.showing(copy, shown);
      try {
        return checkChanged(
                onCopy, copy, new ChangedScope.Result(changed.whole(), before), null, null)
            .map(c -> named(c, copy, shown));
      } catch (GkmlException e) {
        if (e.key().equals("cli.notACatalogueRoot")) {
          // the commit would hold no catalogue here: say so of the real root, not the copy
          throw GkmlException.usage("changed.stagedNoCatalogue", shown);
        }
        throw e;
      }
    }
  }

  /**
   * The check of {@code changed} in the tree at {@code root}, through {@code cache} if any; as the
   * git index holds it when {@code staged} is given (the work tree with that difference laid over
   * it).
   *
   * @throws StagedFiles.NotSimple before anything is read or written, when {@code staged} cannot be
   *     laid over the work tree's walk
   */
  private Optional<Checked> checkChanged(
      Pipeline pipeline,
      Path root,
      ChangedScope.Result changed,
      ValidationCache cache,
      StagedFiles staged) {
    if (changed.before().isEmpty() && !changed.whole()) {
      return Optional.empty();
    }
    // The whole tree is checked (through the cache, a few edited overlays are checked in part), so
    // every finding is the one a full validate gives; only those of the files the change can
    // affect are reported. An overlay's dependents are found by region code and ids, which the
    // folders do not bound: a file may declare any code (GK304 is a warning).
    Checked all;
    Supplier<Dependents.TreeSummary> tree;
    if (cache != null) {
      ValidationCache.Outcome outcome = pipeline.validateWhole(root, cache, staged);
      all = new Checked(outcome.validation(), outcome.subjects());
      tree = outcome::tree;
    } else {
      Validation v =
          staged == null ? pipeline.validate(root, null) : pipeline.validateStaged(root, staged);
      all = new Checked(v, v.subjects());
      tree = () -> Dependents.TreeSummary.of(v.loaded());
    }
    if (changed.whole() || all.validation().unreadable()) {
      return Optional.of(all); // an unreadable file: which file it is only the whole report says
    }
    Dependents.TreeSummary now = tree.get();
    if (now == null) {
      return Optional.of(all);
    }
    Optional<Set<Path>> reach = Dependents.of(now, pipeline.loadBefore(root, changed.before()));
    return Optional.of(reach.isEmpty() ? all : only(pipeline, all, reach.get(), now));
  }

  /**
   * {@code checked} (of a copy of the root at {@code copy}) with every finding named by its path
   * below {@code real}; a file's positions are still those of the bytes read.
   */
  private Checked named(Checked checked, Path copy, Path real) {
    Map<SourceFile, SourceFile> files = new IdentityHashMap<>();
    UnaryOperator<Finding> move =
        f -> {
          SourceFile from = f.loc().file();
          Path p = from.path().toAbsolutePath().normalize();
          if (!p.startsWith(copy)) {
            return f;
          }
          SourceFile to =
              files.computeIfAbsent(
                  from,
                  k -> {
                    Path there = real.resolve(copy.relativize(p).toString());
                    return new SourceFile(there, pipeline.loader().display(there), k.locator());
                  });
          return new Finding(f.rule(), f.severity(), f.loc().in(to), f.message());
        };
    Validation v = checked.validation();
    List<Finding> findings = v.findings().stream().map(move).toList();
    List<Suppressed> suppressed =
        v.suppressed().stream()
            .map(s -> new Suppressed(move.apply(s.finding()), s.justification()))
            .toList();
    Validation out = new Validation(v.loaded(), findings, v.files(), v.unreadable(), suppressed);
    return new Checked(out, checked.subjects());
  }

  /** {@code all}'s findings and files of {@code reach} alone. */
  private static Checked only(
      Pipeline pipeline, Checked all, Set<Path> reach, Dependents.TreeSummary tree) {
    Validation v = all.validation();
    Predicate<Finding> in = f -> reach.contains(f.loc().file().path().toAbsolutePath().normalize());
    List<String> files = new ArrayList<>();
    for (Path p : tree.files()) {
      if (reach.contains(p)) {
        files.add(pipeline.loader().display(p));
      }
    }
    Validation part =
        new Validation(
            v.loaded(),
            v.findings().stream().filter(in).toList(),
            files,
            false,
            v.suppressed().stream().filter(s -> in.test(s.finding())).toList());
    return new Checked(part, all.subjects());
  }

  /**
   * The whole tree resolved, as {@code basis} reads it: for its documents only (each file's located
   * tree is dropped once read), and not checked; but a file that did not load stops it, its cause
   * printed ({@link Pipeline#admitRead}): an index of the tree's citations without that file's
   * would be less than the user asked for.
   */
  public Outcome<Resolver> resolveWhole(Path root) {
    TreeLoader.Result loaded = pipeline.loadDocuments(root);
    ExitCode gate = pipeline.admitRead(loaded, "basis.notRead");
    return gate == ExitCode.OK ? Outcome.of(new Resolver(loaded.tree())) : Outcome.stop(gate);
  }

  /**
   * The whole tree resolved for a survey that asks once per region and domain ({@code report}): the
   * villages' resolutions are not kept ({@link Resolver#forSurvey}). Read as {@link #resolveWhole}
   * reads it; a file that did not load does not stop the survey, whose report marks what depends on
   * it, but its cause is printed and the exit code says so.
   */
  public Survey surveyWhole(Path root) {
    TreeLoader.Result loaded = pipeline.loadDocuments(root);
    boolean unloaded = loaded.files().stream().anyMatch(f -> f.document() == null);
    // nothing to mark when only the register is wrong: what the report lacks then is its regions
    ExitCode code =
        pipeline.admitRead(loaded, unloaded ? "report.notRead" : "report.registerNotRead");
    // a tree that read cleanly has no broken file to look for (a province has 51,000 files)
    BrokenFiles unread =
        code == ExitCode.OK ? BrokenFiles.none() : BrokenFiles.of(loaded).unloaded();
    return new Survey(Resolver.forSurvey(loaded.tree()), unread, code);
  }

  /**
   * A survey's resolver, the catalogue files that did not load, and the exit code the command ends
   * with (their causes were printed).
   */
  public record Survey(Resolver resolver, BrokenFiles unread, ExitCode exitCode) {}

  /**
   * {@code basis --repealed FILE}: every citation in the whole tree of a law the file names as
   * repealed, as a finding. The file is read before the tree, so an unreadable list fails fast; a
   * tree file that did not load stops it as {@link #resolveWhole} does.
   */
  public Outcome<Repealed> repealed(Path root, Path file) {
    List<LawIndex.Listed> laws = readRepealed(file);
    Outcome<Resolver> resolved = resolveWhole(root);
    if (resolved.stopped()) {
      return Outcome.stop(resolved.exitCode());
    }
    List<Finding> findings = new LawIndex(resolved.value()).repealed(laws, session.messages());
    Set<String> files = new LinkedHashSet<>();
    findings.forEach(f -> files.add(f.loc().file().display()));
    return Outcome.of(new Repealed(findings, List.copyOf(files)));
  }

  /**
   * The citations of repealed laws, the listed titles nothing cites, and the files they stand in
   * (each once, in finding order).
   *
   * @param findings one per citation (GK405), one per listed title nothing cites (GK406)
   * @param files the files the findings name
   */
  public record Repealed(List<Finding> findings, List<String> files) {
    /**
     * A citation of a repealed law, or a listed title nothing cites but one near it (a misspelt
     * list would otherwise pass a CI gate having checked nothing), is a warning: exit 1 when there
     * is one. A listed title near no cited one is information only: the law is no longer cited.
     */
    public ExitCode exitCode() {
      return findings.stream().anyMatch(f -> f.severity().compareTo(Severity.WARNING) >= 0)
          ? ExitCode.FINDINGS
          : ExitCode.OK;
    }
  }

  /**
   * One title a line, each with its line; blank lines and lines starting with # are skipped. A list
   * that cannot be read is a usage error saying why (no such file, not UTF-8 …).
   */
  private static List<LawIndex.Listed> readRepealed(Path file) {
    SourceFile list = SourceFile.unstructured(file, file.toString());
    try {
      List<LawIndex.Listed> out = new ArrayList<>();
      // bounded: a pipe or a device named as the list is refused unopened (BoundedInput)
      List<String> lines = BoundedInput.readText(file).lines().toList();
      for (int n = 0; n < lines.size(); n++) {
        String s = lines.get(n).strip();
        s = s.startsWith("\uFEFF") ? s.substring(1).strip() : s;
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(new LawIndex.Listed(s, list.at(n + 1, 1, s)));
        }
      }
      return out;
    } catch (BoundedInput.Refused r) {
      if (Files.isDirectory(file)) { // said as for any file that cannot be read: a folder
        throw GkmlException.usage("basis.unreadable", file, IoReason.reading(file, r));
      }
      throw r.failure(file);
    } catch (CharacterCodingException e) {
      throw GkmlException.usage("basis.notUtf8", file);
    } catch (IOException e) {
      throw GkmlException.usage("basis.unreadable", file, IoReason.reading(file, e));
    }
  }
}
