package org.gkml.check;

import java.util.ArrayList;
import java.util.List;
import org.gkml.load.LoadedFile;
import org.gkml.load.Scope;
import org.gkml.load.TreeLoader;
import org.gkml.model.Finding;
import org.gkml.model.Messages;

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
    return List.of(new TextHygieneCheck(), new ItemCheck(), new OverlayShapeCheck());
  }

  static List<TreeCheck> defaultTreeChecks() {
    return List.of(new TreeStructureCheck());
  }

  /**
   * Every finding of a loaded tree, including those of loading, after overrides and suppressions.
   */
  public List<Finding> check(TreeLoader.Result loaded) {
    CheckContext context = CheckContext.of(loaded.tree());
    List<Finding> all = new ArrayList<>(loaded.findings());
    List<List<Finding>> perFile =
        loaded.files().parallelStream().map(f -> checkFile(f, context)).toList();
    perFile.forEach(all::addAll);
    FindingSink sink = new FindingSink(messages);
    for (TreeCheck check : treeChecks) {
      check.check(context, sink);
    }
    all.addAll(sink.findings());
    return FindingPolicy.of(loaded, messages).apply(all);
  }

  /** Checks a loaded scope and keeps the findings of the files the user asked about. */
  public Validation validate(TreeLoader.Result loaded, Scope scope) {
    List<Finding> findings =
        check(loaded).stream().filter(f -> scope.reports(f.loc().file().path())).toList();
    List<String> files = new ArrayList<>();
    boolean unreadable = false;
    for (LoadedFile f : loaded.files()) {
      if (scope.reports(f.file().path())) {
        files.add(f.file().display());
        unreadable |= f.unreadable();
      }
    }
    return new Validation(loaded, findings, files, unreadable);
  }

  private List<Finding> checkFile(LoadedFile file, CheckContext context) {
    FindingSink sink = new FindingSink(messages);
    for (FileCheck check : fileChecks) {
      check.check(file, context, sink);
    }
    return sink.findings();
  }
}
