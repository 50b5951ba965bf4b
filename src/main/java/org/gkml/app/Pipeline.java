package org.gkml.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.gkml.cache.ValidationCache;
import org.gkml.check.Checker;
import org.gkml.check.Validation;
import org.gkml.diff.StaleOverlayCheck;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.load.FileLoader;
import org.gkml.load.LoadedFile;
import org.gkml.load.Scope;
import org.gkml.load.StagedFiles;
import org.gkml.load.TreeLoader;
import org.gkml.load.YamlWalk;
import org.gkml.model.Finding;
import org.gkml.model.RegionCode;
import org.gkml.report.FindingsFormat;
import org.gkml.report.FindingsReporter;
import org.gkml.report.ReportInput;
import org.gkml.resolve.ChainScope;
import org.gkml.resolve.ResolutionCheck;
import org.gkml.resolve.Resolver;
import org.gkml.text.TerminalText;

/**
 * The stages wired together for the services: load a scope, check it, and decide whether an output
 * built from it may be written.
 */
final class Pipeline {
  private final Session session;
  private final Messages messages;
  private final TreeLoader loader;
  // the path in the work tree of a path the check reads (another only for a copy of a root)
  private final UnaryOperator<Path> real;

  Pipeline(Session session) {
    this.session = session;
    this.messages = session.messages();
    this.loader = new TreeLoader(new FileLoader(messages), messages);
    this.real = UnaryOperator.identity();
  }

  private Pipeline(Session session, TreeLoader loader, UnaryOperator<Path> real) {
    this.session = session;
    this.messages = session.messages();
    this.loader = loader;
    this.real = real;
  }

  /**
   * This pipeline for a copy of the root {@code real} read in its place ({@link IndexTree}): files
   * are shown, and their git history found, by their paths below {@code real}.
   */
  Pipeline showing(Path copy, Path real) {
    Path from = copy.toAbsolutePath().normalize();
    Path to = real.toAbsolutePath().normalize();
    return new Pipeline(
        session,
        loader.showing(from, to),
        p -> {
          Path abs = p.toAbsolutePath().normalize();
          return abs.startsWith(from) ? to.resolve(from.relativize(abs).toString()) : p;
        });
  }

  private StaleOverlayCheck stale() {
    return new StaleOverlayCheck(messages, real);
  }

  /**
   * Stops a whole-root command on a folder that is no catalogue root at all: with none of {@code
   * gkml.yaml}, {@code basic/} and {@code regions/} there, a mistyped {@code --root} would
   * otherwise "check" or publish nothing and succeed.
   */
  static void requireCatalogueRoot(Path root) {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw GkmlException.usage("cli.rootNotAFolder", root);
    }
    if (!Files.isDirectory(root)) {
      throw GkmlException.usage("cli.noRoot", root);
    }
    if (!isCatalogueRoot(root)) {
      throw GkmlException.usage("cli.notACatalogueRoot", root);
    }
  }

  /** Whether a folder holds any of {@code gkml.yaml}, {@code basic/} and {@code regions/}. */
  static boolean isCatalogueRoot(Path root) {
    return Files.exists(root.resolve(TreeLoader.CONFIG_FILE))
        || Files.isDirectory(root.resolve(TreeLoader.BASIC_DIR))
        || Files.isDirectory(root.resolve(TreeLoader.REGIONS_DIR));
  }

  TreeLoader loader() {
    return loader;
  }

  /** Loads a whole catalogue root without checking it. */
  TreeLoader.Result load(Path root) {
    FileLoader.prepare(messages.locale());
    requireCatalogueRoot(root);
    return loader.load(root);
  }

  /**
   * Loads a whole catalogue root for its documents only, as {@code validate} reads it: each file's
   * located tree is dropped as soon as it is read (a position is found again from the file's bytes
   * when something asks for one), so a province's trees never pile up in memory.
   */
  TreeLoader.Result loadDocuments(Path root) {
    FileLoader.prepare(messages.locale());
    requireCatalogueRoot(root);
    return loader.load(Scope.whole(root), config -> LoadedFile::withoutTree);
  }

  /**
   * Loads what one region's effective catalogues may depend on (ChainScope.scope): the config, the
   * basic catalogues and the overlays that may lie on the region's chain, not the whole tree.
   * {@link #checkChain} then keeps exactly the chain's files.
   */
  TreeLoader.Result loadChain(Path root, RegionCode region) {
    FileLoader.prepare(messages.locale());
    requireCatalogueRoot(root);
    return loader.load(ChainScope.scope(root, region));
  }

  /**
   * As {@link #loadChain}, and besides the overlays of the regions below {@code region}: what a
   * change to the region's own overlays can affect.
   */
  TreeLoader.Result loadChainAndBelow(Path root, RegionCode region) {
    FileLoader.prepare(messages.locale());
    requireCatalogueRoot(root);
    return loader.load(ChainScope.scopeWithBelow(root, region));
  }

  /**
   * Checks what one region's effective catalogues depend on (CLI.md: "the checks inside merge"),
   * the part {@link ChainScope#of} kept of what {@link #loadChain} read, judged against {@code
   * resolver}'s resolution of it. Findings elsewhere in the tree do not count.
   */
  private Validation checkChain(TreeLoader.Result chain, Resolver resolver) {
    List<Finding> findings =
        new Checker(messages, List.of(new ResolutionCheck(resolver), stale())).check(chain);
    List<String> files = chain.files().stream().map(f -> f.file().display()).toList();
    return new Validation(chain, findings, files, chain.anyUnreadable());
  }

  /**
   * A region's output, checked: loads what the region depends on and checks the config, every basic
   * catalogue of the domains asked for ({@code domain}, or all when null) and the overlays on the
   * chain. Which domains count comes from what was asked, never from what happened to load: a basic
   * catalogue that did not load is one of "all domains" too (issue #11, class 1). Pass the result
   * to {@link #admit} before writing anything.
   *
   * @throws GkmlException a usage error for a region the tree does not know
   */
  Checked checkRegion(Path root, RegionCode region, String domain) {
    TreeLoader.Result loaded = loadChain(root, region);
    Resolver resolver = new Resolver(loaded.tree());
    if (resolver.region(region).isEmpty()) {
      // "not in regions.csv" is no answer when regions.csv could not be read: name its error
      Optional<Finding> register =
          loaded.findings().stream().filter(f -> f.isError() && loaded.isRegister(f)).findFirst();
      if (register.isPresent()) {
        throw GkmlException.usage(
            "resolve.unknownRegion.register",
            region,
            register.get().loc().toString(),
            register.get().message());
      }
      // nor when regions/ itself is a link not followed (GK008): no overlay was read at all
      Path regions = root.toAbsolutePath().normalize().resolve(TreeLoader.REGIONS_DIR);
      Optional<Finding> folder =
          loaded.findings().stream()
              .filter(f -> f.loc().file().path().toAbsolutePath().normalize().equals(regions))
              .findFirst();
      if (folder.isPresent()) {
        throw GkmlException.usage(
            "resolve.unknownRegion.regions",
            region,
            folder.get().loc().toString(),
            folder.get().message());
      }
      throw GkmlException.usage("resolve.unknownRegion", region, resolver.regionHint(region));
    }
    TreeLoader.Result chain =
        domain == null
            ? ChainScope.of(loaded, region)
            : ChainScope.of(loaded, region, List.of(domain));
    return new Checked(resolver, checkChain(chain, resolver));
  }

  /**
   * An output built from the basic catalogues alone, checked: the config and every basic catalogue
   * (the config names the set and its channels, so its errors count as well).
   */
  Checked checkBasics(Path root) {
    FileLoader.prepare(messages.locale());
    requireCatalogueRoot(root);
    Path top = root.toAbsolutePath().normalize();
    List<Path> read = new ArrayList<>();
    List<YamlWalk.Skipped> skipped = new ArrayList<>();
    for (YamlWalk.Listing l : Scope.context(top)) {
      read.addAll(l.files());
      skipped.addAll(l.skipped()); // a link out of the root or a pipe stops the output too
    }
    Validation v =
        new Checker(messages, List.of(new ResolutionCheck()))
            .validate(loader, new Scope(top, read, Set.of(), skipped));
    return new Checked(new Resolver(v.loaded().tree()), v);
  }

  /** What an output depends on, checked, and the resolver that will produce it. */
  record Checked(Resolver resolver, Validation validation) {}

  /**
   * Whether a command may write an output built from what {@code v} checked: prints the findings to
   * stderr and answers {@link ExitCode#OK}, or the exit code to stop with. Every command that
   * writes an output (merge, export, build) passes through here, so they agree on what stops them.
   *
   * <p>Besides an error (exit 1) or an unreadable file (exit 2), a file that did not load stops the
   * command even when its findings were turned off ({@code rules: {GK001: off}}) or ignored in
   * place: what the file holds would be missing from the output, and exit 0 must never mean less
   * than the user asked for.
   *
   * @param stopKey the message that says nothing was written, or null for none
   */
  ExitCode admit(Validation v, String stopKey) {
    PrintWriter err = session.err();
    if (!v.findings().isEmpty()) {
      ReportInput input =
          new ReportInput(v.findings(), v.files(), false, session.version(), messages);
      try {
        FindingsReporter.write(FindingsFormat.TEXT, input, err);
      } catch (IOException e) {
        throw GkmlException.usage("cli.cannotWrite", null, e.getMessage());
      }
      err.flush();
    }
    ExitCode code = v.exitCode(false);
    Set<String> failed = new HashSet<>();
    v.findings().stream()
        .filter(Finding::isError)
        .forEach(f -> failed.add(f.loc().file().display()));
    for (LoadedFile f : v.loaded().files()) {
      // its findings may be off, ignored, or lowered to warnings: it still did not load
      if (f.document() == null && !failed.contains(f.file().display())) {
        err.println(
            "gkml: " + TerminalText.quote(messages.get("cli.notLoaded", f.file().display())));
        code = code == ExitCode.OK ? ExitCode.FINDINGS : code;
      }
    }
    if (code != ExitCode.OK && stopKey != null) {
      err.println("gkml: " + messages.get(stopKey));
    }
    err.flush();
    return code;
  }

  /**
   * Whether a command that reads a tree as it is, without checking it ({@code explain}, {@code
   * basis}, {@code report}), read everything its answer depends on ({@code loaded}: the whole tree,
   * or a region's chain of it). Their answers are about the tree, not judgements of it: a rule
   * finding does not stop them (explain shows those on the chain), but a file that did not load, or
   * a register that could not be read, would make them answer for less than the tree holds. As
   * {@link #admit}, which prints the causes: exit 1, or 2 when a file could not be read at all.
   *
   * @param stopKey the message that says what the command does about it, or null for none
   */
  ExitCode admitRead(TreeLoader.Result loaded, String stopKey) {
    return admit(new Checker(messages).unread(loaded), stopKey);
  }

  /**
   * Checks a whole loaded root as {@code validate} does, resolving with {@code resolver} so that
   * what follows (a build) shares its resolutions.
   */
  Validation validateWhole(TreeLoader.Result whole, Resolver resolver) {
    // no paths named: every file is reported
    Scope everything = new Scope(whole.tree().root(), List.of(), java.util.Set.of());
    return new Checker(messages, List.of(new ResolutionCheck(resolver), stale()))
        .validate(whole, everything);
  }

  /**
   * Loads and checks the whole root through {@code cache}: an unchanged tree is answered from it.
   */
  ValidationCache.Outcome validateWhole(Path root, ValidationCache cache) {
    return validateWhole(root, cache, null);
  }

  /**
   * As {@link #validateWhole(Path, ValidationCache)}, of the tree as the git index holds it: the
   * work tree with {@code staged}'s difference laid over it (null: none).
   */
  ValidationCache.Outcome validateWhole(Path root, ValidationCache cache, StagedFiles staged) {
    requireCatalogueRoot(root);
    Checker checker = new Checker(messages, List.of(new ResolutionCheck(), stale()));
    return cache.validate(
        root,
        messages.locale(),
        loader,
        (part, contents) -> checker.validate(loader, part, contents),
        staged);
  }

  /**
   * Loads and checks the whole root as the git index holds it, without a cache: the work tree's
   * walk with {@code staged}'s difference laid over it ({@link StagedFiles#apply}).
   */
  Validation validateStaged(Path root, StagedFiles staged) {
    FileLoader.prepare(messages.locale());
    requireCatalogueRoot(root);
    Scope scope = staged.apply(Scope.whole(root));
    return new Checker(messages, List.of(new ResolutionCheck(), stale()))
        .validate(loader, scope, staged::of);
  }

  /**
   * The files that {@code bytes} hold, each read as the file it is keyed by (absolute, under {@code
   * root}) would be, as one tree with the root's register. Nothing is read from disk but the
   * register.
   */
  TreeLoader.Result loadBefore(Path root, Map<Path, byte[]> bytes) {
    FileLoader.prepare(messages.locale());
    Scope scope =
        new Scope(root.toAbsolutePath().normalize(), List.copyOf(bytes.keySet()), Set.of());
    return loader.load(scope, null, bytes::get);
  }

  /** Loads and checks the named paths (none: the whole root). */
  Validation validate(Path root, List<Path> paths) {
    FileLoader.prepare(messages.locale()); // compiled while the walk runs
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
    if (paths == null || paths.isEmpty()) {
      requireCatalogueRoot(root);
    }
    Scope scope = Scope.of(root, paths);
    return new Checker(messages, List.of(new ResolutionCheck(), stale())).validate(loader, scope);
  }
}
