package org.gkml.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gkml.model.Audience;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Field;
import org.gkml.model.Item;
import org.gkml.model.Mode;
import org.gkml.model.Tier;

/** Reads and replaces one field of an item, and prints set fields in their canonical order. */
final class ItemValues {
  private ItemValues() {}

  /**
   * A field's value as gkml prints it: channels in vocabulary order, tiers as 县级, 乡级, 村级, basis as
   * written (FORMAT.md §5); text as written, a flag as a Boolean.
   */
  static Object printed(Item item, Field field, ChannelVocabulary vocabulary) {
    return field == Field.CHANNELS
        ? channelsInOrder(item.channels(), vocabulary)
        : item.value(field);
  }

  /** Channels in vocabulary order; channels the vocabulary lacks keep their written order last. */
  static List<String> channelsInOrder(List<String> channels, ChannelVocabulary vocabulary) {
    List<String> sorted = new ArrayList<>(channels);
    sorted.sort(Comparator.comparingInt(vocabulary::rank));
    return List.copyOf(sorted);
  }

  /** The item with one field set to {@code value} (text, list of text, or Boolean). */
  @SuppressWarnings("unchecked")
  static Item with(Item i, Field field, Object value) {
    String level1 = i.level1();
    String level2 = i.level2();
    String level3 = i.level3();
    String content = i.content();
    List<String> basis = i.basis();
    String deadline = i.deadline();
    String owner = i.owner();
    String department = i.department();
    String contact = i.contact();
    List<String> channels = i.channels();
    Audience audience = i.audience();
    String audienceNote = i.audienceNote();
    Mode mode = i.mode();
    Set<Tier> tiers = i.tiers();
    boolean optional = i.optional();
    String note = i.note();
    switch (field) {
      case LEVEL1 -> level1 = (String) value;
      case LEVEL2 -> level2 = (String) value;
      case LEVEL3 -> level3 = (String) value;
      case CONTENT -> content = (String) value;
      case BASIS -> basis = (List<String>) value;
      case DEADLINE -> deadline = (String) value;
      case OWNER -> owner = (String) value;
      case DEPARTMENT -> department = (String) value;
      case CONTACT -> contact = (String) value;
      case CHANNELS -> channels = (List<String>) value;
      case AUDIENCE -> audience = Audience.ofValue(value).orElse(audience);
      case AUDIENCE_NOTE -> audienceNote = (String) value;
      case MODE -> mode = Mode.ofWord((String) value).orElse(mode);
      case TIERS -> tiers = tiers((List<String>) value);
      case OPTIONAL -> optional = (Boolean) value;
      case NOTE -> note = (String) value;
    }
    return new Item(
        i.id(),
        level1,
        level2,
        level3,
        content,
        basis,
        deadline,
        owner,
        department,
        contact,
        channels,
        audience,
        audienceNote,
        mode,
        tiers,
        optional,
        note,
        i.loc());
  }

  /** The tiers named by tier words; other words are ignored (the schema reports them). */
  static Set<Tier> tiers(List<String> words) {
    Set<Tier> tiers = EnumSet.noneOf(Tier.class);
    for (String w : words) {
      Tier.ofWord(w).ifPresent(tiers::add);
    }
    return tiers;
  }
}
