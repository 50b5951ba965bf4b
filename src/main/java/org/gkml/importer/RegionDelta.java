package org.gkml.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Field;
import org.gkml.model.FieldEdit;
import org.gkml.model.Item;
import org.gkml.model.ItemName;
import org.gkml.model.Modification;
import org.gkml.model.Overlay;
import org.gkml.model.Region;
import org.gkml.model.Removal;
import org.gkml.model.Tier;
import org.gkml.resolve.EffectiveWriter;

/**
 * The smallest overlay (FORMAT.md §6) that turns a region's inherited catalogue of one domain into
 * what the region's edited table shows (issue 14, CLI.md 1.1 "Import from any published form"):
 * {@code modify} for the fields a row changed (lists as {@code {add: …}} / {@code {remove: …}}),
 * {@code add} for rows that are no inherited item, {@code remove} for inherited rows whose 删除理由
 * cell gives a reason. It is written as a document for {@link CatalogYaml}, with the cell of the
 * table behind each of its values, so that the checks run on it can point at {@code sheet!cell}.
 *
 * <p>The table shows only the items published at the region's tier. What the region's current
 * overlay says about anything else (an item published only below it, an item it removed) is kept as
 * it stands; an inherited item the table shows no row for, and that was not removed before, is an
 * error: a row deleted without a reason cannot become a removal, and it must not silently stay.
 */
public final class RegionDelta {

  /** A place in the table: a sheet and a cell in it (null for the sheet as a whole). */
  public record At(String sheet, String cell) {}

  /**
   * The overlay for one domain, or {@code empty} when the table shows exactly the inherited
   * catalogue: the document, where each of its JSON pointers came from, and what was noticed.
   */
  public record Result(
      String domain,
      Map<String, Object> document,
      Map<String, At> places,
      At sheet,
      List<ImportNote> notes,
      boolean empty) {

    /** The overlay as YAML text, after {@code header} (comment lines with their breaks). */
    public String yaml(String header) {
      return CatalogYaml.write(document, header);
    }

    /**
     * The place of a JSON pointer of the document: its own, else its nearest ancestor's, else the
     * sheet.
     */
    public At place(String pointer) {
      String p = pointer;
      while (true) {
        At at = places.get(p);
        if (at != null) {
          return at;
        }
        int slash = p.lastIndexOf('/');
        if (slash < 0) {
          return sheet;
        }
        p = p.substring(0, slash);
      }
    }
  }

  /** What the table's rows are compared with, for one domain of one region. */
  public record Inputs(
      Region region,
      Catalog inherited,
      Overlay current,
      Set<String> shown,
      String version,
      String base) {}

  private final ChannelVocabulary vocabulary;

  public RegionDelta(ChannelVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * The overlay that turns {@code in.inherited()} into {@code table}'s items.
   *
   * @param table the domain's catalogue as the table was read
   * @param places where each of its items stands, by id
   */
  public Result of(Inputs in, Catalog table, Map<String, RowPlace> places) {
    String sheet = table.items().isEmpty() ? null : places.get(table.items().get(0).id()).sheet();
    At sheetAt = new At(sheet, null);
    Map<String, At> at = new HashMap<>();
    List<ImportNote> notes = new ArrayList<>();
    Map<String, Item> inherited = new LinkedHashMap<>();
    in.inherited().items().forEach(i -> inherited.put(i.id(), i));
    // added items by id, with the row each came from (none for those kept from the overlay)
    Map<String, Map<String, Object>> adds = new LinkedHashMap<>();
    Map<String, RowPlace> addedFrom = new HashMap<>();
    // the rows read as added items, by name: an inherited item's row whose 编号 was edited is one
    Map<ItemName, RowPlace> addedByName = new HashMap<>();
    List<Placed> modifies = new ArrayList<>();
    List<Placed> removes = new ArrayList<>();
    Set<String> rows = new HashSet<>();
    Map<String, Modification> ownEdits = new HashMap<>();
    Map<String, Item> ownAdds = new HashMap<>();
    if (in.current() != null) {
      in.current().modifies().forEach(m -> ownEdits.putIfAbsent(m.id(), m));
      in.current().adds().forEach(a -> ownAdds.putIfAbsent(a.id(), a));
    }
    if (!table.items().isEmpty()
        && table.items().stream().allMatch(r -> places.get(r.id()).idCell() == null)) {
      // no 编号 column (a page as published, gkml's own export html among them): no row can be
      // matched to its item, and every inherited item would read as deleted; say so once
      notes.add(ImportNote.error(sheet, null, "import.regionNoIds", table.domain()));
      return new Result(table.domain(), new LinkedHashMap<>(), at, sheetAt, notes, true);
    }
    Map<String, Map<String, Object>> unmatched = unmatchedOwnAdds(in.current(), table);
    for (Item row : table.items()) {
      RowPlace place = places.get(row.id());
      rows.add(row.id());
      Item before = inherited.get(row.id());
      String idCell = place.idCell() != null ? place.idCell() : place.row();
      if (before == null) {
        if (place.removalReason() != null) {
          // the region's own item, marked removed: it is simply not added any more
          notes.add(
              ImportNote.info(
                  place.sheet(), place.removalCell(), "import.ownItemRemoved", row.id()));
          continue;
        }
        Item own = ownAdds.get(row.id());
        // the overlay's own item, shown unchanged: written back as the overlay wrote it
        Map<String, Object> item =
            CatalogYaml.item(own != null && SameEffect.ofItem(own, row, place) ? own : row);
        String id = sameAsOwn(item, unmatched).orElse(row.id());
        if (!id.equals(row.id())) {
          // a row added with a blank 编号 and imported before: the item it became keeps its id
          item.put("id", id);
          rows.add(id);
        }
        adds.put(id, item);
        addedFrom.put(id, place);
        addedByName.putIfAbsent(ItemName.of(row), place);
      } else if (place.removalReason() != null) {
        At cell = new At(place.sheet(), place.removalCell());
        removes.add(
            new Placed(
                row.id(), removal(row.id(), place.removalReason()), Map.of("", cell, "/id", cell)));
      } else {
        Map<String, Object> entry = modification(before, row, place, ownEdits.get(row.id()), notes);
        if (entry.size() > 1) {
          Map<String, At> cells = new HashMap<>();
          cells.put("", new At(place.sheet(), idCell));
          cells.put("/id", new At(place.sheet(), idCell));
          for (Field f : Field.values()) {
            cells.put("/" + f.key(), new At(place.sheet(), place.cell(f)));
          }
          // a tier ticked or cleared: the cell of the (first) tier that changed
          cells.put(
              "/" + Field.TIERS.key(), new At(place.sheet(), place.cell(changed(before, row))));
          String added = noteAddedBy(before, place);
          if (added != null && entry.containsKey(Field.NOTE.key())) {
            // the note changed by a column that is no catalogue element: that cell, not 备注
            cells.put("/" + Field.NOTE.key(), new At(place.sheet(), added));
          }
          modifies.add(new Placed(row.id(), entry, cells));
        }
      }
    }
    carryOver(in, inherited, rows, sheetAt, addedByName, adds, modifies, removes, notes);
    List<Object> added = new ArrayList<>();
    for (String id : addOrder(in.current(), adds)) {
      RowPlace place = addedFrom.get(id);
      if (place != null) {
        String p = "/add/" + added.size();
        at.put(p, new At(place.sheet(), place.row()));
        at.put(
            p + "/id",
            new At(place.sheet(), place.idCell() != null ? place.idCell() : place.row()));
        for (Field f : Field.values()) {
          at.put(p + "/" + f.key(), new At(place.sheet(), place.cell(f)));
        }
      }
      added.add(adds.get(id));
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("gkml", 1);
    doc.put("kind", "overlay");
    doc.put("domain", table.domain());
    CatalogYaml.FlowMap region = new CatalogYaml.FlowMap();
    region.put("code", in.region().code().digits());
    region.put("name", in.region().name());
    doc.put("region", region);
    doc.put("version", in.version());
    if (in.base() != null) {
      doc.put("base", in.base());
    }
    if (in.current() != null && !in.current().revisions().isEmpty()) {
      doc.put("revisions", EffectiveWriter.revisions(in.current().revisions()));
    }
    if (!added.isEmpty()) {
      doc.put("add", added);
    }
    if (!modifies.isEmpty()) {
      List<String> order =
          in.current() == null
              ? List.of()
              : in.current().modifies().stream().map(Modification::id).toList();
      doc.put("modify", placed("/modify/", modifies, order, at));
    }
    if (!removes.isEmpty()) {
      List<String> order =
          in.current() == null
              ? List.of()
              : in.current().removes().stream().map(Removal::id).toList();
      doc.put("remove", placed("/remove/", removes, order, at));
    }
    boolean empty = adds.isEmpty() && modifies.isEmpty() && removes.isEmpty();
    return new Result(table.domain(), doc, at, sheetAt, notes, empty);
  }

  /**
   * A {@code modify} or {@code remove} entry for one item, with the cells behind it by JSON pointer
   * relative to the entry ({@code ""} for the entry, {@code "/owner"} for its owner); none for an
   * entry kept from the overlay for an item the table does not show.
   */
  private record Placed(String id, Map<String, Object> value, Map<String, At> cells) {}

  /**
   * The entries, each entry's cells put into {@code at} under its pointer. The region's overlay's
   * own entries ({@code order}, its ids) keep the order it gave them, in the places they take among
   * the table's: an overlay imported back without edits lists its entries as it did, and a new
   * entry stands where its row stands.
   */
  private static List<Object> placed(
      String list, List<Placed> entries, List<String> order, Map<String, At> at) {
    List<Placed> sorted = new ArrayList<>(entries);
    java.util.Iterator<Placed> own =
        entries.stream()
            .filter(e -> order.contains(e.id()))
            .sorted(java.util.Comparator.comparingInt(e -> order.indexOf(e.id())))
            .iterator();
    for (int i = 0; i < sorted.size(); i++) {
      if (order.contains(sorted.get(i).id())) {
        sorted.set(i, own.next());
      }
    }
    List<Object> out = new ArrayList<>();
    for (Placed e : sorted) {
      String pointer = list + out.size();
      e.cells().forEach((relative, cell) -> at.put(pointer + relative, cell));
      out.add(e.value());
    }
    return out;
  }

  /**
   * What the table cannot speak for, kept from the region's current overlay: its entries for items
   * the table does not show (published only below the region's tier) and its removals. An inherited
   * item the table should show but has no row for is an error at the sheet.
   */
  private void carryOver(
      Inputs in,
      Map<String, Item> inherited,
      Set<String> rows,
      At sheet,
      Map<ItemName, RowPlace> addedByName,
      Map<String, Map<String, Object>> adds,
      List<Placed> modifies,
      List<Placed> removes,
      List<ImportNote> notes) {
    Overlay current = in.current();
    Map<String, Removal> removed = new HashMap<>();
    Map<String, Modification> modified = new HashMap<>();
    if (current != null) {
      current.removes().forEach(r -> removed.putIfAbsent(r.id(), r));
      current.modifies().forEach(m -> modified.putIfAbsent(m.id(), m));
    }
    for (Item item : inherited.values()) {
      String id = item.id();
      if (rows.contains(id)) {
        continue;
      }
      Removal r = removed.get(id);
      if (r != null) {
        removes.add(new Placed(id, removal(id, r.reason()), Map.of()));
      } else if (in.shown().contains(id)) {
        RowPlace renamed = addedByName.get(ItemName.of(item));
        notes.add(
            renamed != null
                // its row is there under another 编号: say so at that cell, not that it is gone
                ? ImportNote.error(
                    renamed.sheet(),
                    renamed.idCell() != null ? renamed.idCell() : renamed.row(),
                    "import.rowIdChanged",
                    id,
                    item.level1(),
                    item.subName())
                : ImportNote.error(
                    sheet.sheet(), null, "import.rowDeleted", id, item.level1(), item.subName()));
      } else if (modified.containsKey(id)) {
        modifies.add(new Placed(id, modification(modified.get(id)), Map.of()));
      }
    }
    if (current != null) {
      for (Item own : current.adds()) {
        if (rows.contains(own.id()) || inherited.containsKey(own.id())) {
          continue;
        }
        if (in.shown().contains(own.id())) {
          notes.add(ImportNote.info(sheet.sheet(), null, "import.ownItemDropped", own.id()));
        } else {
          adds.put(own.id(), CatalogYaml.item(own));
        }
      }
    }
  }

  /**
   * The items the region's current overlay adds that no row of the table names by id, as written,
   * by id: a row without an id whose content is one of these is that item, imported before.
   */
  private static Map<String, Map<String, Object>> unmatchedOwnAdds(Overlay current, Catalog table) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    if (current == null) {
      return out;
    }
    Set<String> named = new HashSet<>();
    table.items().forEach(i -> named.add(i.id()));
    for (Item own : current.adds()) {
      if (!named.contains(own.id())) {
        out.put(own.id(), withoutId(CatalogYaml.item(own)));
      }
    }
    return out;
  }

  /**
   * The id of the first of {@code unmatched} whose content equals {@code item}'s, taken out of
   * {@code unmatched} so that it names one row only.
   */
  private static Optional<String> sameAsOwn(
      Map<String, Object> item, Map<String, Map<String, Object>> unmatched) {
    Map<String, Object> content = withoutId(item);
    for (Map.Entry<String, Map<String, Object>> e : unmatched.entrySet()) {
      if (e.getValue().equals(content)) {
        String id = e.getKey();
        unmatched.remove(id);
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  private static Map<String, Object> withoutId(Map<String, Object> item) {
    Map<String, Object> m = new HashMap<>(item);
    m.remove("id");
    return m;
  }

  /**
   * The order of the added items: those the current overlay adds in its order (its items the table
   * does not show stay where they were, so every tier resolves as before), then the new rows.
   */
  private static List<String> addOrder(Overlay current, Map<String, Map<String, Object>> adds) {
    List<String> order = new ArrayList<>();
    if (current != null) {
      current.adds().stream().map(Item::id).filter(adds::containsKey).forEach(order::add);
    }
    adds.keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
    return order;
  }

  private static Map<String, Object> removal(String id, String reason) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("reason", reason);
    return m;
  }

  /** A {@code modify} entry of the current overlay, written back as it stands. */
  private static Map<String, Object> modification(Modification m) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", m.id());
    m.edits().forEach((field, edit) -> entry.put(field.key(), value(edit)));
    return entry;
  }

  private static Object value(FieldEdit edit) {
    if (edit instanceof FieldEdit.SetText t) {
      return t.value();
    }
    if (edit instanceof FieldEdit.SetFlag f) {
      return f.value();
    }
    if (edit instanceof FieldEdit.ReplaceList r) {
      return CatalogYaml.flow(r.values());
    }
    FieldEdit.EditList l = (FieldEdit.EditList) edit;
    return listEdit(l.add(), l.remove());
  }

  private static Map<String, Object> listEdit(List<String> add, List<String> remove) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!add.isEmpty()) {
      m.put("add", CatalogYaml.flow(add));
    }
    if (!remove.isEmpty()) {
      m.put("remove", CatalogYaml.flow(remove));
    }
    return m;
  }

  /**
   * The {@code modify} entry that turns {@code before} into {@code row}: its id and each changed
   * field the table has a column for, in {@link Field} order. A text the row leaves blank where the
   * item has one cannot be written as an edit (an overlay sets values, it does not unset them): it
   * is reported and the inherited text stays.
   *
   * <p>Where the region's overlay has an entry {@code own} for the item, its edit of a field the
   * row agrees with is kept in its own form and place ({@link SameEffect}), and so is its edit of a
   * field the table has no column for (the table cannot speak for it).
   */
  private Map<String, Object> modification(
      Item before, Item row, RowPlace place, Modification own, List<ImportNote> notes) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", before.id());
    Map<Field, FieldEdit> owned = own == null ? Map.of() : own.edits();
    // the overlay's fields in its order, then the others
    Set<Field> fields = new java.util.LinkedHashSet<>(owned.keySet());
    fields.addAll(List.of(Field.values()));
    for (Field f : fields) {
      FieldEdit written = owned.get(f);
      if (written != null && (!place.shows(f) || SameEffect.ofEdit(f, written, before, row))) {
        entry.put(f.key(), value(written));
        continue;
      }
      if (!place.shows(f)) {
        continue;
      }
      switch (f.shape()) {
        case TEXT -> {
          String was = text(value(before, f));
          String now = text(value(row, f));
          if (!Objects.equals(was, now)) {
            if (now == null) {
              notes.add(
                  ImportNote.warning(
                      place.sheet(),
                      place.cell(f),
                      "import.cannotClear",
                      before.id(),
                      columnOf(f)));
            } else {
              entry.put(f.key(), now);
            }
          }
        }
        case FLAG -> {
          if (before.optional() != row.optional()) {
            entry.put(f.key(), row.optional());
          }
        }
        case AUDIENCE -> {
          if (row.audience() != null && before.audience() != row.audience()) {
            entry.put(f.key(), CatalogYaml.audience(row.audience()));
          }
        }
        case LIST -> {
          Map<String, Object> edit = listChange(f, list(before, f), list(row, f));
          if (!edit.isEmpty()) {
            entry.put(f.key(), edit);
          }
        }
      }
    }
    return entry;
  }

  /**
   * The first cell of a column that is no catalogue element whose text the row's note has and the
   * inherited note has not (a column added to the table: its text went into the note), or null.
   */
  /** The tiers one of {@code before} and {@code row} has and the other has not. */
  private static Set<Tier> changed(Item before, Item row) {
    Set<Tier> changed = EnumSet.noneOf(Tier.class);
    changed.addAll(before.tiers());
    changed.addAll(row.tiers());
    changed.removeIf(t -> before.tiers().contains(t) == row.tiers().contains(t));
    return changed;
  }

  private static String noteAddedBy(Item before, RowPlace place) {
    String was = before.note() == null ? "" : before.note();
    for (RowPlace.Kept k : place.kept()) {
      if (!was.contains(k.line())) {
        return k.cell();
      }
    }
    return null;
  }

  /**
   * A field as the import report names it where the place is a cell: its key with the table's word
   * for it ({@code note（备注）}), as {@link TableImporter} names a missing element.
   */
  private static org.gkml.i18n.Messages.Text columnOf(Field f) {
    return new org.gkml.i18n.Messages.Text("field." + f.key());
  }

  /** A field's value; an item the table left without a mode has none (reported on reading). */
  private static Object value(Item item, Field f) {
    return f == Field.MODE && item.mode() == null ? null : item.value(f);
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Item item, Field f) {
    Object v = item.value(f);
    return v == null ? List.of() : (List<String>) v;
  }

  /**
   * The elements added and removed, compared as the resolver compares them (channels and basis by
   * their normal form, so a spelling the table prints differently is no change).
   */
  private Map<String, Object> listChange(Field f, List<String> before, List<String> after) {
    Function<String, String> key =
        f == Field.TIERS ? Function.identity() : ChannelVocabulary::normalize;
    Set<String> had = new HashSet<>();
    before.forEach(v -> had.add(key.apply(v)));
    Set<String> has = new HashSet<>();
    after.forEach(v -> has.add(key.apply(v)));
    List<String> add = new ArrayList<>();
    for (String v : after) {
      if (!had.contains(key.apply(v))
          && add.stream().noneMatch(a -> key.apply(a).equals(key.apply(v)))) {
        add.add(v);
      }
    }
    List<String> remove = new ArrayList<>();
    for (String v : before) {
      if (!has.contains(key.apply(v))) {
        remove.add(v);
      }
    }
    if (f == Field.TIERS) {
      add.sort(java.util.Comparator.comparingInt(w -> Tier.ofWord(w).map(Enum::ordinal).orElse(9)));
    } else if (f == Field.CHANNELS) {
      add.sort(java.util.Comparator.comparingInt(vocabulary::rank));
    }
    return listEdit(add, remove);
  }
}
