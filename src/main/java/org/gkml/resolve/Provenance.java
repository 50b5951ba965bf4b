package org.gkml.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gkml.model.Field;
import org.gkml.model.Loc;
import org.gkml.model.RegionCode;

/**
 * Where a resolved item comes from: the basic catalogue or the region that added it, with the file
 * position of the definition, and every change overlays on the chain made to it, field by field, in
 * chain order.
 *
 * @param definedBy the region whose overlay added the item; null for a basic item
 * @param definedAt the item in its file
 * @param changes every applied change, oldest first
 */
public record Provenance(RegionCode definedBy, Loc definedAt, List<Change> changes) {

  /**
   * One field of an item changed by a region's overlay. {@code before} and {@code after} are the
   * field's values as printed: text, a list of text (channels in vocabulary order, tiers as 县级, 乡级,
   * 村级, basis as written) or a flag; text may be null for an optional field not set.
   */
  public record Change(Field field, Object before, Object after, RegionCode region, Loc at) {
    public Change {
      Objects.requireNonNull(field);
      Objects.requireNonNull(region);
      Objects.requireNonNull(at);
    }
  }

  public Provenance {
    Objects.requireNonNull(definedAt);
    changes = List.copyOf(changes);
  }

  /** The provenance of an item as defined, before any change. */
  public static Provenance definedAt(RegionCode by, Loc at) {
    return new Provenance(by, at, List.of());
  }

  /** Whether the basic catalogue defines the item (no region added it). */
  public boolean isBasic() {
    return definedBy == null;
  }

  /** This provenance with more changes after the existing ones. */
  Provenance with(List<Change> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Change> all = new ArrayList<>(changes.size() + more.size());
    all.addAll(changes);
    all.addAll(more);
    return new Provenance(definedBy, definedAt, all);
  }
}
