package org.gkml.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Field;
import org.gkml.model.FieldEdit;
import org.gkml.model.Item;
import org.gkml.model.ItemMap;
import org.gkml.model.Modification;
import org.gkml.model.Policy;
import org.gkml.model.Removal;
import org.gkml.model.Revision;
import org.gkml.model.Tier;

/**
 * The plain values a change reports (text, flags, lists, ordered maps) and the normalised forms
 * values compare in: {@code basis}, {@code channels} and {@code tiers} are sets (FORMAT.md §5),
 * channels compare after NFKC normalisation and print in vocabulary order.
 */
final class ChangeValues {
  private final ChannelVocabulary vocabulary;

  ChangeValues(ChannelVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * A field's value as reports show it. The audience is one line of text even when both are ticked
   * ({@code 全社会、特定群体}), so a change between one and both reads as an edit of one value.
   */
  Object shown(Field field, Item item) {
    return switch (field.shape()) {
      case LIST -> list(field, item);
      case TEXT, AUDIENCE -> text(field, item);
      case FLAG -> item.value(field);
    };
  }

  /** A list field as reports show it: basis without repetition, channels in vocabulary order. */
  List<String> list(Field field, Item item) {
    return switch (field) {
      case BASIS -> List.copyOf(new LinkedHashSet<>(item.basis()));
      case CHANNELS -> channels(item.channels());
      case TIERS -> item.tiersInOrder().stream().map(Tier::word).toList();
      default -> throw new IllegalArgumentException("not a list field: " + field);
    };
  }

  /** A text field (or the audience, as one line) as reports show it; null when absent. */
  String text(Field field, Item item) {
    if (field == Field.AUDIENCE) {
      return item.audience() == null ? null : item.audience().word();
    }
    Object value = item.value(field);
    return value == null ? null : value.toString();
  }

  /** A field's value in the form two versions compare in. */
  Object compared(Field field, Item item) {
    return switch (field) {
      case BASIS -> Set.copyOf(item.basis());
      case CHANNELS -> channelSet(item.channels());
      case TIERS -> item.tiers();
      default -> item.value(field);
    };
  }

  /** Everything but the id, compared as {@link #compared}: equal for an item that was renamed. */
  List<Object> signature(Item item) {
    Object[] values = new Object[Field.values().length];
    for (Field f : Field.values()) {
      values[f.ordinal()] = compared(f, item);
    }
    return Arrays.asList(values);
  }

  /** A whole item as its file writes it, keys in file order, absent optional keys left out. */
  Map<String, Object> item(Item item) {
    return ItemMap.of(item, f -> shown(f, item), ItemMap.Omit.ABSENT);
  }

  Map<String, Object> policy(Policy policy) {
    return policy.fields();
  }

  /**
   * A revision record as reports show it: each entry its keys in the order FORMAT.md 1.1 writes
   * them, {@code approved} only when given.
   */
  static List<Map<String, Object>> revisions(List<Revision> record) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Revision r : record) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("version", r.version());
      map.put("date", r.date());
      map.put("trigger", r.trigger());
      map.put("summary", r.summary());
      if (r.approved() != null) {
        map.put("approved", r.approved());
      }
      out.add(map);
    }
    return out;
  }

  /** A {@code modify} entry without its id; entries for one id are folded, later edits winning. */
  Map<String, Object> modification(List<Modification> entries) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Modification m : entries) {
      m.edits().forEach((field, edit) -> map.put(field.key(), edit(field, edit)));
    }
    return map;
  }

  /** A {@code remove} entry without its id. */
  Map<String, Object> removal(Removal removal) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("reason", removal.reason());
    return map;
  }

  private Object edit(Field field, FieldEdit edit) {
    if (edit instanceof FieldEdit.SetText t) {
      return t.value();
    }
    if (edit instanceof FieldEdit.SetFlag f) {
      return f.value();
    }
    if (edit instanceof FieldEdit.ReplaceList r) {
      return field == Field.CHANNELS ? channels(r.values()) : r.values();
    }
    FieldEdit.EditList e = (FieldEdit.EditList) edit;
    Map<String, Object> map = new LinkedHashMap<>();
    if (!e.add().isEmpty()) {
      map.put("add", e.add());
    }
    if (!e.remove().isEmpty()) {
      map.put("remove", e.remove());
    }
    return map;
  }

  /** A modify entry's value in the form two versions compare in: lists as sets. */
  static Object comparedEntry(Object value) {
    if (value instanceof List<?> list) {
      return Set.copyOf(list);
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, comparedEntry(v)));
      return out;
    }
    return value;
  }

  /** Channels without repetition, in vocabulary order (unknown ones last, as written). */
  List<String> channels(List<String> channels) {
    List<String> distinct = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String c : channels) {
      if (seen.add(ChannelVocabulary.normalize(c))) {
        distinct.add(c);
      }
    }
    distinct.sort(Comparator.comparingInt(vocabulary::rank));
    return List.copyOf(distinct);
  }

  private static Set<String> channelSet(List<String> channels) {
    Set<String> set = new LinkedHashSet<>();
    for (String c : channels) {
      set.add(ChannelVocabulary.normalize(c));
    }
    return set;
  }
}
