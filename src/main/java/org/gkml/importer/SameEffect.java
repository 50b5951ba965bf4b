package org.gkml.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gkml.model.Audience;
import org.gkml.model.Field;
import org.gkml.model.FieldEdit;
import org.gkml.model.Item;

/**
 * Whether what a region's overlay already says has the effect a row of its edited table shows: a
 * {@code modify} edit applied to the inherited item, or an item the overlay adds. When it has,
 * {@link RegionDelta} writes it back in the overlay's own form ({@code channels: [政府网站, 两微一端]}
 * stays a full list, not {@code {add: [两微一端]}}), so that a table imported without edits leaves the
 * overlay as written (docs/import.md §10).
 *
 * <p>Values compare as {@link RegionDelta} compares them to find a change: texts blank-as-absent,
 * list elements as a set by {@link Field#elementKey}, an audience the row leaves unread as no
 * change.
 */
final class SameEffect {
  private SameEffect() {}

  /**
   * Whether {@code edit} of {@code field}, applied to {@code before}, gives what {@code row} has.
   */
  static boolean ofEdit(Field field, FieldEdit edit, Item before, Item row) {
    return switch (field.shape()) {
      case FLAG -> edit instanceof FieldEdit.SetFlag f && f.value() == row.optional();
      case AUDIENCE ->
          row.audience() == null || audienceOf(edit).equals(Optional.of(row.audience()));
      case TEXT ->
          edit instanceof FieldEdit.SetText t && Objects.equals(text(t.value()), text(row, field));
      case LIST -> sameSet(field, applied(field, edit, list(before, field)), list(row, field));
    };
  }

  /**
   * Whether the item {@code own} an overlay adds is what {@code row} shows, on every field the
   * table has a column for.
   */
  static boolean ofItem(Item own, Item row, RowPlace place) {
    for (Field f : Field.values()) {
      if (!place.shows(f)) {
        continue;
      }
      boolean same =
          switch (f.shape()) {
            case FLAG -> own.optional() == row.optional();
            case AUDIENCE -> row.audience() == null || row.audience() == own.audience();
            case TEXT -> Objects.equals(text(own, f), text(row, f));
            case LIST -> sameSet(f, list(own, f), list(row, f));
          };
      if (!same) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Audience> audienceOf(FieldEdit edit) {
    if (edit instanceof FieldEdit.SetText t) {
      return Audience.ofWord(t.value());
    }
    if (edit instanceof FieldEdit.ReplaceList r) {
      return Audience.ofWords(r.values());
    }
    return Optional.empty();
  }

  /** A list field after {@code edit}, as the resolver applies it (elements by their key). */
  private static List<String> applied(Field field, FieldEdit edit, List<String> before) {
    if (edit instanceof FieldEdit.ReplaceList r) {
      return r.values();
    }
    if (!(edit instanceof FieldEdit.EditList l)) {
      return before; // not a list edit: the resolver reports it; no form to keep
    }
    List<String> out = new ArrayList<>(before);
    for (String x : l.remove()) {
      out.removeIf(v -> field.elementKey(v).equals(field.elementKey(x)));
    }
    for (String x : l.add()) {
      if (out.stream().noneMatch(v -> field.elementKey(v).equals(field.elementKey(x)))) {
        out.add(x);
      }
    }
    return out;
  }

  private static boolean sameSet(Field field, List<String> a, List<String> b) {
    return keys(field, a).equals(keys(field, b));
  }

  private static Set<String> keys(Field field, List<String> values) {
    Set<String> keys = new HashSet<>();
    values.forEach(v -> keys.add(field.elementKey(v)));
    return keys;
  }

  private static String text(Item item, Field field) {
    // an item the table left without a mode has none (reported on reading)
    return field == Field.MODE && item.mode() == null ? null : text(item.value(field));
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Item item, Field field) {
    Object v = item.value(field);
    return v == null ? List.of() : (List<String>) v;
  }
}
