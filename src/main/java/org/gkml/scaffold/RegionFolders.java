package org.gkml.scaffold;

import java.nio.file.Path;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.RegionCode;
import org.gkml.resolve.Resolver;

/**
 * Where a region's overlays go and how they start, as {@code gkml new overlay} decides it, for the
 * commands that write overlays into the tree too ({@code import --region --into-tree}).
 */
public final class RegionFolders {
  private RegionFolders() {}

  /**
   * The region's folder below {@code regions/}: where its other overlays are, else the existing
   * folders of its chain, else new {@code 代码-名称} folders (not created here).
   */
  public static Path folder(Path root, CatalogTree tree, Resolver resolver, RegionCode code) {
    return OverlayScaffold.folder(root, tree, resolver, code);
  }

  /** The schema modeline of an overlay file in {@code folder}, with its line break. */
  public static String modeline(Path root, Path folder) {
    return ScaffoldText.modeline(root, folder, "overlay.schema.json");
  }

  /** The file name of a domain's overlays: its basic catalogue's (safety-production.yaml). */
  public static String fileName(Catalog basic) {
    return Domains.fileName(basic);
  }

  /** What the ids of a region's new items in a domain start with: {@code 511703-AQSC-}. */
  public static String idPrefix(RegionCode code, Catalog basic) {
    return code.digits() + "-" + Domains.idCode(basic) + "-";
  }
}
