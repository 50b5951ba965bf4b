package org.gkml.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.gkml.check.Checker;
import org.gkml.check.Validation;
import org.gkml.diff.StaleOverlayCheck;
import org.gkml.load.FileLoader;
import org.gkml.load.LoadedFile;
import org.gkml.load.Scope;
import org.gkml.load.TreeLoader;
import org.gkml.model.Finding;
import org.gkml.model.GkmlException;
import org.gkml.model.Messages;
import org.gkml.model.RegionCode;
import org.gkml.resolve.ChainScope;
import org.gkml.resolve.ResolutionCheck;
import org.gkml.resolve.Resolver;

/** Wires the stages together for the commands: load a scope, check it. */
final class Pipeline {
  private final Messages messages;
  private final TreeLoader loader;

  private Pipeline(Messages messages) {
    this.messages = messages;
    this.loader = new TreeLoader(new FileLoader(messages), messages);
  }

  static Pipeline of(Messages messages) {
    return new Pipeline(messages);
  }

  TreeLoader loader() {
    return loader;
  }

  /** Loads a whole catalogue root without checking it. */
  TreeLoader.Result load(Path root) {
    if (!Files.isDirectory(root)) {
      throw GkmlException.usage("cli.noRoot", root);
    }
    return loader.load(root);
  }

  /**
   * Loads a whole catalogue root for its documents only, as {@code validate} reads it: each file's
   * located tree is dropped as soon as it is read (a position is found again from the file's bytes
   * when something asks for one), so a province's trees never pile up in memory.
   */
  TreeLoader.Result loadDocuments(Path root) {
    if (!Files.isDirectory(root)) {
      throw GkmlException.usage("cli.noRoot", root);
    }
    return loader.load(Scope.whole(root), config -> LoadedFile::withoutTree);
  }

  /**
   * Loads what one region's effective catalogues may depend on (ChainScope.scope): the config, the
   * basic catalogues and the overlays that may lie on the region's chain, not the whole tree.
   * {@link #checkChain} then keeps exactly the chain's files.
   */
  TreeLoader.Result loadChain(Path root, RegionCode region) {
    if (!Files.isDirectory(root)) {
      throw GkmlException.usage("cli.noRoot", root);
    }
    return loader.load(ChainScope.scope(root, region));
  }

  /**
   * Checks what one region's effective catalogues depend on (CLI.md: "the checks inside merge"):
   * the config, the basic catalogues of {@code domains} and the overlays on the region's chain,
   * judged against {@code resolver}'s resolution of what was loaded (the whole tree, or the part
   * {@link #loadChain} read). Findings elsewhere in the tree do not count.
   */
  Validation checkChain(
      TreeLoader.Result loaded, Resolver resolver, RegionCode region, Collection<String> domains) {
    TreeLoader.Result chain = ChainScope.of(loaded, region, domains);
    List<Finding> findings =
        new Checker(
                messages, List.of(new ResolutionCheck(resolver), new StaleOverlayCheck(messages)))
            .check(chain);
    List<String> files = chain.files().stream().map(f -> f.file().display()).toList();
    return new Validation(chain, findings, files, chain.anyUnreadable());
  }

  /**
   * Checks a whole loaded root as {@code validate} does, resolving with {@code resolver} so that
   * what follows (a build) shares its resolutions.
   */
  Validation validateWhole(TreeLoader.Result whole, Resolver resolver) {
    // no paths named: every file is reported
    Scope everything = new Scope(whole.tree().root(), List.of(), java.util.Set.of());
    return new Checker(
            messages, List.of(new ResolutionCheck(resolver), new StaleOverlayCheck(messages)))
        .validate(whole, everything);
  }

  /** Loads and checks the named paths (none: the whole root). */
  Validation validate(Path root, List<Path> paths) {
    if (paths != null) {
      for (Path p : paths) {
        if (!Files.exists(p)) {
          throw GkmlException.usage("cli.noSuchPath", p);
        }
        if (!Files.isDirectory(p) && !Files.isRegularFile(p)) {
          // a pipe or a device would block the read, or never end
          throw GkmlException.usage("cli.notAFile", p);
        }
      }
    }
    if ((paths == null || paths.isEmpty()) && !Files.isDirectory(root)) {
      throw GkmlException.usage("cli.noRoot", root);
    }
    Scope scope = Scope.of(root, paths);
    return new Checker(messages, List.of(new ResolutionCheck(), new StaleOverlayCheck(messages)))
        .validate(loader, scope);
  }
}
