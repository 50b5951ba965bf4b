package org.gkml.resolve;

import java.util.Objects;
import org.gkml.model.Overlay;

/**
 * What one region's own overlay did to a domain once applied: the items it added that stand (个性事项),
 * the items whose fields it changed, and the items it removed.
 */
public record Customization(Overlay overlay, int custom, int modified, int removed) {
  public Customization {
    Objects.requireNonNull(overlay);
  }
}
