package org.gkml.app;

import java.nio.file.Path;
import org.gkml.load.TreeLoader;
import org.gkml.model.RegionCode;

/**
 * The import family's access to the tree: {@code import --region} reads what the region's chain
 * depends on, and checks the overlays it would write as part of it.
 */
public final class ImportService {
  private final Session session;
  private final Pipeline pipeline;

  public ImportService(Session session) {
    this.session = session;
    this.pipeline = new Pipeline(session);
  }

  /**
   * {@code import FILE --region CODE}: the region's edited table as its overlays, checked as part
   * of the tree ({@link RegionImport}). The notes and findings go to the session's error stream; on
   * an error the outcome stops with nothing to write.
   */
  public Outcome<RegionImport.Plan> importRegion(RegionImport.Request request) {
    return new RegionImport(this, session).plan(request);
  }

  /**
   * What {@code region}'s effective catalogues depend on (the config, the basic catalogues, the
   * overlays on its chain), loaded but not checked: the import checks it with its own overlays in
   * place.
   */
  public TreeLoader.Result regionChain(Path root, RegionCode region) {
    return pipeline.loadChain(root, region);
  }

  /**
   * As {@link #regionChain}, and besides the overlays of the regions below {@code region}, which an
   * import into the tree checks with the region's new overlays in place.
   */
  public TreeLoader.Result regionChainAndBelow(Path root, RegionCode region) {
    return pipeline.loadChainAndBelow(root, region);
  }

  /** How findings name {@code file}: relative to the root the tree was loaded from. */
  public String display(Path file) {
    return pipeline.loader().display(file);
  }
}
