package org.gkml.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.gkml.concurrent.Background;
import org.gkml.i18n.Messages;
import org.gkml.load.LoadedFile;
import org.gkml.load.Scope;
import org.gkml.load.TreeLoader;
import org.gkml.model.CatalogTree;
import org.gkml.model.Config;
import org.gkml.model.Finding;
import org.gkml.model.Item;
import org.gkml.model.Loc;
import org.gkml.model.Overlay;
import org.gkml.model.Rule;
import org.gkml.model.Suppressed;

/**
 * Runs every check over a loaded tree: per-file checks in parallel, then whole-tree checks, then
 * the tree's severity overrides and in-place suppressions. The result is sorted and final.
 */
public final class Checker {
  private final List<FileCheck> fileChecks;
  private final List<TreeCheck> treeChecks;
  private final Messages messages;

  public Checker(Messages messages) {
    this(messages, defaultFileChecks(), defaultTreeChecks());
  }

  /** A checker with more whole-tree checks, e.g. the resolution rules of later stages. */
  public Checker(Messages messages, List<TreeCheck> extraTreeChecks) {
    this(messages, defaultFileChecks(), concat(defaultTreeChecks(), extraTreeChecks));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  Checker(Messages messages, List<FileCheck> fileChecks, List<TreeCheck> treeChecks) {
    this.messages = messages;
    this.fileChecks = List.copyOf(fileChecks);
    this.treeChecks = List.copyOf(treeChecks);
  }

  static List<FileCheck> defaultFileChecks() {
    return List.of(
        new TextHygieneCheck(),
        new ItemCheck(),
        new OverlayShapeCheck(),
        new FolderCheck(),
        new CellLimitCheck(),
        new RegionNameCheck(),
        new RevisionCheck());
  }

  static List<TreeCheck> defaultTreeChecks() {
    return List.of(new TreeStructureCheck());
  }

  /**
   * Every finding of a loaded tree, including those of loading, after overrides and suppressions.
   */
  public List<Finding> check(TreeLoader.Result loaded) {
    return check(loaded, false).findings();
  }

  /**
   * The findings that count, those that in-place comments suppressed, and the broken files (found
   * once: a pass over every file of a province).
   */
  private record Checked(List<Finding> findings, List<Suppressed> suppressed, BrokenFiles broken) {}

  private Checked check(TreeLoader.Result loaded, boolean filesChecked) {
    BrokenFiles broken = BrokenFiles.of(loaded);
    CheckContext context = CheckContext.of(loaded.tree(), broken);
    List<Finding> all = new ArrayList<>(loaded.findings());
    // each whole-tree check runs on a thread of its own while the files are checked on the
    // others: they only read the tree, and the findings are sorted in the end
    List<CompletableFuture<List<Finding>>> whole = new ArrayList<>();
    for (TreeCheck check : treeChecks) {
      whole.add(Background.start("gkml-tree-checks", () -> checkTree(check, context)));
    }
    if (!filesChecked) {
      List<List<Finding>> perFile =
          loaded.files().parallelStream().map(f -> checkFile(f, context)).toList();
      perFile.forEach(all::addAll);
    }
    whole.forEach(check -> all.addAll(Background.join(check)));
    if (!broken.misfiled().isEmpty()) {
      all.removeAll(followingSlips(loaded.tree(), broken, all));
    }
    List<Suppressed> suppressed = new ArrayList<>();
    List<Finding> findings = FindingPolicy.of(loaded, messages).apply(all, suppressed);
    return new Checked(findings, suppressed, broken);
  }

  /**
   * The findings of files checked one by one that follow from a region code that is a slip
   * (BrokenFiles#misfiledAs), reported once as GK307 at the code: the folder's GK304, which that
   * GK307 names, and GK213 at each added id that starts with the code meant.
   */
  private static Set<Finding> followingSlips(
      CatalogTree tree, BrokenFiles broken, List<Finding> all) {
    Set<Path> files = broken.misfiled().keySet();
    Set<Loc> meantIds = new HashSet<>();
    for (Overlay o : tree.overlays()) {
      String meant = broken.misfiledAs(o);
      if (meant != null) {
        for (Item item : o.adds()) {
          if (item.id().startsWith(meant + "-")) {
            meantIds.add(item.loc().child("id"));
          }
        }
      }
    }
    Set<Finding> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Finding f : all) {
      boolean follows =
          f.rule() == Rule.FOLDER_CODE_MISMATCH
                  && files.contains(f.loc().file().path().toAbsolutePath().normalize())
              || f.rule() == Rule.ADDED_ID_PREFIX && meantIds.contains(f.loc());
      if (follows) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * What a command that reads a loaded tree without checking it (explain, basis, report) could not
   * read: the findings of every file that did not load and the errors of the region register (a row
   * in error is left out of it), after the tree's overrides and suppressions, as validate reports
   * them. No rule is run: the rest of the tree is the command's to read as it is.
   */
  public Validation unread(TreeLoader.Result loaded) {
    Set<Path> unloaded = new HashSet<>();
    List<String> files = new ArrayList<>();
    boolean unreadable = loaded.registerUnreadable();
    for (LoadedFile f : loaded.files()) {
      if (f.document() == null) {
        unloaded.add(f.file().path().toAbsolutePath().normalize());
        files.add(f.file().display());
        unreadable |= f.unreadable();
      }
    }
    // a row of the register with a warning is kept (an unsafe name); one with an error is not
    Predicate<Finding> cause =
        f ->
            loaded.isRegister(f)
                ? f.isError()
                : unloaded.contains(f.loc().file().path().toAbsolutePath().normalize());
    List<Suppressed> suppressed = new ArrayList<>();
    List<Finding> findings =
        FindingPolicy.of(loaded, messages).apply(loaded.findings(), suppressed).stream()
            .filter(cause)
            .toList();
    suppressed.removeIf(x -> !cause.test(x.finding()));
    findings.stream()
        .filter(loaded::isRegister)
        .findFirst()
        .ifPresent(f -> files.add(f.loc().file().display()));
    return new Validation(loaded, findings, files, unreadable, suppressed);
  }

  /** Checks a loaded scope and keeps the findings of the files the user asked about. */
  public Validation validate(TreeLoader.Result loaded, Scope scope) {
    return validation(loaded, scope, check(loaded, false));
  }

  /**
   * Reads a scope and checks it. Each file is checked on its own as soon as it is read, on the
   * thread that read it, and then gives up its located tree: whole-tree checks need the documents
   * only, and a position is found again from the file's bytes when a finding asks for one. A
   * province's trees no longer pile up in memory, which saved a good part of garbage collection.
   */
  public Validation validate(TreeLoader loader, Scope scope) {
    return validate(loader, scope, path -> null);
  }

  /** As {@link #validate(TreeLoader, Scope)}, with the bytes of files read before. */
  public Validation validate(TreeLoader loader, Scope scope, TreeLoader.Contents contents) {
    Path root = scope.root().toAbsolutePath().normalize();
    TreeLoader.Result loaded =
        loader.load(
            scope,
            config -> {
              // one context for every file: the config is read first and does not change
              CheckContext context =
                  CheckContext.of(new CatalogTree(root, config, List.of(), List.of(), Map.of()));
              return file -> file.withFindings(checkFile(file, context)).withoutTree();
            },
            contents);
    return validation(loaded, scope, check(loaded, true));
  }

  private static Validation validation(TreeLoader.Result loaded, Scope scope, Checked checked) {
    Set<Path> causes = causesOutside(loaded, scope, checked.broken());
    List<Finding> findings =
        checked.findings().stream()
            .filter(
                f -> scope.reports(f.loc().file().path()) || causes.contains(f.loc().file().path()))
            .toList();
    List<Suppressed> suppressed =
        checked.suppressed().stream()
            .filter(s -> scope.reports(s.finding().loc().file().path()))
            .toList();
    List<String> files = new ArrayList<>();
    boolean unreadable = false;
    for (LoadedFile f : loaded.files()) {
      if (scope.reports(f.file().path())) {
        files.add(f.file().display());
        unreadable |= f.unreadable();
      }
    }
    // the register is no loaded file: a register that could not be read is an unreadable input too
    Path register =
        loaded.tree().root().toAbsolutePath().normalize().resolve(TreeLoader.REGISTER_FILE);
    unreadable |= scope.reports(register) && loaded.registerUnreadable();
    return new Validation(loaded, findings, files, unreadable, suppressed);
  }

  /**
   * The broken files outside the scope that a file in it depends on (its invalid basic catalogue,
   * an unreadable parent overlay, a parent overlay whose domain has no basic catalogue): their
   * findings are the reason the file could not be checked, so they are reported with it and the run
   * fails, rather than passing what was not checked.
   */
  private static Set<Path> causesOutside(
      TreeLoader.Result loaded, Scope scope, BrokenFiles broken) {
    // every file is checked against the config: one that could not be read in full is a cause
    Config.Unread unread = loaded.tree().config().unread();
    Path config = unread == null ? null : unread.cause().file().path();
    if (broken.isEmpty()) {
      return config == null || scope.reports(config) ? Set.of() : Set.of(config);
    }
    Set<String> valid = new HashSet<>();
    loaded.tree().basics().forEach(c -> valid.add(c.domain()));
    Set<Path> causes = new HashSet<>();
    if (config != null && !scope.reports(config)) {
      causes.add(config);
    }
    for (Overlay o : loaded.tree().overlays()) {
      if (!scope.reports(o.file().path())) {
        continue;
      }
      BrokenFiles.Broken cause =
          valid.contains(o.domain()) ? broken.parentOf(o) : broken.basicOf(o);
      if (cause != null && !scope.reports(cause.at().file().path())) {
        causes.add(cause.at().file().path());
      }
    }
    return causes;
  }

  private List<Finding> checkTree(TreeCheck check, CheckContext context) {
    FindingSink sink = new FindingSink(messages);
    check.check(context, sink);
    return sink.findings();
  }

  private List<Finding> checkFile(LoadedFile file, CheckContext context) {
    FindingSink sink = new FindingSink(messages);
    for (FileCheck check : fileChecks) {
      check.check(file, context, sink);
    }
    return sink.findings();
  }
}
