package org.gkml.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gkml.load.LoadedFile;
import org.gkml.model.Item;
import org.gkml.model.Overlay;
import org.gkml.model.Rule;
import org.gkml.model.Tier;

/**
 * What an overlay may add, judged from the file alone (FORMAT.md §7): an added id starts with the
 * region's code (GK213), and an added item is published only at or below the overlay's tier
 * (GK214): a township adds 乡级/村级 items, a village only 村级.
 */
final class OverlayShapeCheck implements FileCheck {

  @Override
  public void check(LoadedFile file, CheckContext context, FindingSink sink) {
    if (!(file.document() instanceof Overlay overlay)) {
      return;
    }
    Tier tier = overlay.tier();
    Set<Tier> allowed = EnumSet.noneOf(Tier.class);
    for (Tier t : Tier.values()) {
      if (t.atOrBelow(tier)) {
        allowed.add(t);
      }
    }
    List<String> allowedWords = allowed.stream().map(Tier::word).toList();
    for (Item item : overlay.adds()) {
      if (!overlay.ownsId(item.id())) {
        sink.report(
            Rule.ADDED_ID_PREFIX, item.loc().child("id"), item.id(), overlay.region().code());
      }
      // the tiers as written, so a finding points at the offending element, not at the list
      JsonNode written = file.tree().at(item.loc().pointer() + "/tiers");
      Set<Tier> reported = EnumSet.noneOf(Tier.class);
      for (int i = 0; i < written.size(); i++) {
        Tier t = Tier.ofWord(written.get(i).asText()).orElse(null);
        if (t != null && !t.atOrBelow(tier) && reported.add(t)) {
          sink.report(
              Rule.ADDED_TIER_ABOVE,
              item.loc().child("tiers", i),
              item.id(),
              t.word(),
              tier.word(),
              allowedWords);
        }
      }
    }
  }
}
