package org.gkml.diff;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gkml.model.NotApplicable;
import org.gkml.model.Overlay;

/**
 * Whether a domain applies to a region (FORMAT.md 1.1 {@code applicable}/{@code reason}), as the
 * diff compares it. The tree diff reads it from a region's overlay (no overlay: the domain applies)
 * and {@code --region} from the region's effective catalogue (a declaration at or above it); both
 * classify a change of it here, so the two views agree.
 */
public record Applicability(boolean applicable, String reason) {
  public static final Applicability APPLIES = new Applicability(true, null);

  /** What a region's own overlay declares; an absent overlay declares nothing, so it applies. */
  static Applicability of(Overlay overlay) {
    return overlay == null || overlay.applicable()
        ? APPLIES
        : new Applicability(false, overlay.reason());
  }

  /** What a region's effective catalogue says: a declaration at or above it, or none. */
  static Applicability of(NotApplicable declared) {
    return declared == null ? APPLIES : new Applicability(false, declared.reason());
  }

  /**
   * The class of a change from this to {@code after}: declaring the domain not applicable takes
   * every item from the region and the regions below (breaking), restoring it gives them back
   * (additive), rewording the reason is changed.
   */
  ChangeClass classTo(Applicability after) {
    if (applicable && !after.applicable) {
      return ChangeClass.BREAKING;
    }
    return !applicable && after.applicable ? ChangeClass.ADDITIVE : ChangeClass.CHANGED;
  }

  /** The value the JSON report writes: the file's keys, {@code reason} only when not applicable. */
  Map<String, Object> value() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("applicable", applicable);
    if (!applicable) {
      map.put("reason", reason);
    }
    return map;
  }
}
