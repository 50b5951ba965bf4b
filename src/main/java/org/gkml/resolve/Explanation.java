package org.gkml.resolve;

import java.util.List;
import java.util.Objects;
import org.gkml.i18n.Messages;
import org.gkml.model.Item;
import org.gkml.model.Loc;
import org.gkml.model.Region;
import org.gkml.model.RegionCode;
import org.gkml.model.Rule;
import org.gkml.model.Tier;

/**
 * The story of one item for one region and tier ({@code gkml explain}): where it was defined, what
 * each overlay on the region's chain did to it, and whether the region sees it.
 *
 * @param item the item as the region resolves it; for a removed item as it stood before removal,
 *     for an item off the chain as its overlay defines it
 * @param events in chain order: definition, changes and findings of each region, removal
 */
public record Explanation(
    Region region,
    Tier tier,
    String itemId,
    String domain,
    Outcome outcome,
    Item item,
    List<Event> events) {

  /** Whether and why the region sees the item. */
  public enum Outcome {
    /** In the region's effective catalogue. */
    VISIBLE,
    /** Resolved for the region, but its tiers do not include the tier asked for. */
    FILTERED,
    /** Removed by an overlay on the region's chain. */
    REMOVED,
    /** Defined by an overlay of a region that is not on this region's chain. */
    ELSEWHERE,
    /**
     * Defined by an overlay on this region's chain that is not applied: its domain has no basic
     * catalogue (GK303), or it is a second overlay for its region and domain (GK302).
     */
    NOT_APPLIED,
    /** Its domain was declared not applicable by the region or one above it (未涉及领域). */
    NOT_APPLICABLE
  }

  public Explanation {
    Objects.requireNonNull(region);
    Objects.requireNonNull(outcome);
    events = List.copyOf(events);
  }

  /** One step of the story, by a region (null: the basic catalogue), at a file position. */
  public sealed interface Event {
    RegionCode region();

    Loc at();

    /** The item defined: in the basic catalogue or by a region's {@code add}. */
    record Defined(RegionCode region, Loc at) implements Event {}

    /** A field changed by a region's {@code modify}. */
    record Changed(Provenance.Change change) implements Event {
      @Override
      public RegionCode region() {
        return change.region();
      }

      @Override
      public Loc at() {
        return change.at();
      }
    }

    /** A rule of FORMAT.md §7 an entry about the item breaks. */
    record Flagged(Rule rule, RegionCode region, Loc at, Object[] args) implements Event {
      public Flagged {
        args = args.clone();
      }

      /** The finding's message in the user's language. */
      public String message(Messages messages) {
        return messages.rule(rule, Hint.render(args, messages));
      }
    }

    /** The item removed by a region's {@code remove}. */
    record Removed(RegionCode region, Loc at, String reason) implements Event {}

    /** The item's whole domain declared not applicable by a region ({@code applicable: false}). */
    record NotApplicable(RegionCode region, Loc at, String reason) implements Event {}
  }
}
