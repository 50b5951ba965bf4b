package org.gkml.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gkml.check.Checker;
import org.gkml.i18n.Messages;
import org.gkml.load.LoadedFile;
import org.gkml.load.TreeLoader;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Finding;
import org.gkml.model.Overlay;
import org.gkml.model.RegionCode;
import org.gkml.resolve.ResolutionCheck;
import org.gkml.resolve.Resolver;

/**
 * What a region's new overlays do to the overlays of the regions below it ({@code import --region
 * --into-tree}): a village's overlay may modify or remove an item its township's table no longer
 * has. The overlays below are checked with the resolution rules of {@code validate} twice, on the
 * tree as it is and as it would be after the write; a finding counts only when the write causes it
 * (it is not there before), so what was wrong below already does not stop the import.
 */
final class BelowCheck {
  private final Messages messages;
  private final TreeLoader.Result loaded;
  private final Set<String> chain = new HashSet<>();
  private final String region;
  private final Set<String> domains;
  private final List<LoadedFile> files = new ArrayList<>();
  private final Set<Path> paths = new HashSet<>();

  /**
   * @param loaded the region's chain and the overlays below it, as they are now
   * @param domains the domains whose overlays the import writes or removes
   */
  BelowCheck(Messages messages, TreeLoader.Result loaded, RegionCode region, Set<String> domains) {
    this.messages = messages;
    this.loaded = loaded;
    this.region = region.digits();
    this.domains = domains;
    region.chain().forEach(c -> chain.add(c.digits()));
    for (LoadedFile f : loaded.files()) {
      if (f.document() instanceof Overlay o && isBelow(o)) {
        files.add(f);
        paths.add(normal(f.file().path()));
      }
    }
  }

  /** The overlay files below the region whose findings were compared. */
  Set<Path> files() {
    return Set.copyOf(paths);
  }

  /**
   * The findings at the overlays below the region with {@code after} (every overlay of the tree as
   * it would be written) that they do not have now.
   */
  List<Finding> caused(List<Overlay> after) {
    if (files.isEmpty()) {
      return List.of();
    }
    Set<Key> before = new HashSet<>();
    for (Finding f : findings(loaded.tree().overlays())) {
      before.add(Key.of(f));
    }
    List<Finding> caused = new ArrayList<>();
    for (Finding f : findings(after)) {
      if (!before.contains(Key.of(f))) {
        caused.add(f);
      }
    }
    return caused;
  }

  /** The findings at the overlays below with {@code overlays} in the tree (its chain and below). */
  private List<Finding> findings(List<Overlay> overlays) {
    CatalogTree t = loaded.tree();
    List<Overlay> kept = overlays.stream().filter(this::counts).toList();
    List<Catalog> basics = t.basics().stream().filter(c -> domains.contains(c.domain())).toList();
    CatalogTree tree = new CatalogTree(t.root(), t.config(), basics, kept, t.register());
    TreeLoader.Result part = new TreeLoader.Result(tree, files, List.of());
    return new Checker(messages, List.of(new ResolutionCheck(new Resolver(tree))))
        .check(part).stream().filter(f -> paths.contains(normal(f.loc().file().path()))).toList();
  }

  /** An overlay of one of the domains, on the region's chain or below it. */
  private boolean counts(Overlay o) {
    return domains.contains(o.domain())
        && (chain.contains(o.region().code().digits()) || isBelow(o));
  }

  private boolean isBelow(Overlay o) {
    String code = o.region().code().digits();
    return code.length() > region.length() && code.startsWith(region);
  }

  private static Path normal(Path p) {
    return p.toAbsolutePath().normalize();
  }

  /** A finding as the same finding before and after: the files below do not change. */
  private record Key(String rule, String severity, Path file, int line, int column, String text) {
    static Key of(Finding f) {
      return new Key(
          f.rule().id(),
          f.severity().name(),
          normal(f.loc().file().path()),
          f.loc().line(),
          f.loc().column(),
          f.message());
    }
  }
}
