package org.gkml.publish;

import java.util.List;
import java.util.Objects;
import org.gkml.export.Publication;
import org.gkml.export.PublicationView;
import org.gkml.model.Region;
import org.gkml.model.Tier;
import org.gkml.resolve.Effective;

/**
 * The catalogues one folder of a build publishes: a region's effective catalogue in every domain at
 * its own tier, or the basic catalogue ({@code region} and {@code tier} null).
 */
public record Published(
    Region region, Tier tier, List<Effective> catalogues, Publication publication)
    implements PublicationView {

  public Published {
    catalogues = List.copyOf(catalogues);
    if ((region == null) != (tier == null)) {
      throw new IllegalArgumentException("a region needs a tier, the basic catalogue has none");
    }
    Objects.requireNonNull(publication, "publication");
  }

  /**
   * The folder's catalogues; what it shows is made once here, since every exporter asks it for each
   * item (whether it is custom, which tier columns) and a view made per question made a build's
   * tables quadratic in a region's items.
   */
  public Published(Region region, Tier tier, List<Effective> catalogues) {
    this(region, tier, catalogues, Publication.of(region, tier, catalogues));
  }

  public static Published basic(List<Effective> catalogues) {
    return new Published(null, null, catalogues);
  }

  @Override // without building the view
  public boolean isBasic() {
    return region == null;
  }

  /** The folder of a build this catalogue goes to: {@code basic} or {@code 511703-达川区}. */
  public String folder() {
    return isBasic() ? "basic" : Folders.of(Objects.requireNonNull(region));
  }
}
