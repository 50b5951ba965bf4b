package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gkml.model.Audience;
import org.gkml.model.Catalog;
import org.gkml.model.Config;
import org.gkml.model.Field;
import org.gkml.model.FieldEdit;
import org.gkml.model.Item;
import org.gkml.model.Loc;
import org.gkml.model.Mode;
import org.gkml.model.Modification;
import org.gkml.model.Overlay;
import org.gkml.model.Policy;
import org.gkml.model.Region;
import org.gkml.model.RegionCode;
import org.gkml.model.Removal;
import org.gkml.model.Revision;
import org.gkml.model.Severity;
import org.gkml.model.SourceFile;
import org.gkml.model.Tier;

/**
 * Turns a schema-valid document tree into domain records. The schema has already checked shapes and
 * words, so this reads without judging; anything still odd maps to a neutral value rather than an
 * exception.
 */
final class DocumentMapper {
  /**
   * Shares the short texts the records keep (a domain, a level1, a channel, an owner): a province
   * keeps hundreds of thousands of them. The tree builder shares no values of a tree that is
   * dropped once checked, so this is where they are shared; the words that become enums (mode,
   * audience, tiers) need no sharing at all.
   */
  private static final TextPool SHARED = new TextPool();

  private DocumentMapper() {}

  static Catalog catalog(JsonNode doc, SourceFile file) {
    Loc loc = documentLoc(file);
    List<Item> items = items(doc.get("items"), file, "/items");
    return new Catalog(
        shared(text(doc, "domain")),
        text(doc, "title"),
        text(doc, "version"),
        text(doc, "issuer"),
        text(doc, "effective"),
        policy(doc.get("policy")),
        items,
        revisions(doc.get("revisions"), file),
        loc);
  }

  static Overlay overlay(JsonNode doc, SourceFile file) {
    JsonNode region = doc.path("region");
    String code = text(region, "code");
    List<Modification> modifies = new ArrayList<>();
    JsonNode mods = doc.path("modify");
    for (int i = 0; i < mods.size(); i++) {
      modifies.add(modification(mods.get(i), file.locate("/modify/" + i)));
    }
    List<Removal> removes = new ArrayList<>();
    JsonNode rems = doc.path("remove");
    for (int i = 0; i < rems.size(); i++) {
      JsonNode r = rems.get(i);
      removes.add(new Removal(text(r, "id"), text(r, "reason"), file.locate("/remove/" + i)));
    }
    return new Overlay(
        shared(text(doc, "domain")),
        new Region(new RegionCode(code), text(region, "name")),
        shared(text(doc, "version")),
        items(doc.get("add"), file, "/add"),
        modifies,
        removes,
        documentLoc(file),
        file.locateKey("/region"),
        text(doc, "base"),
        doc.path("applicable").asBoolean(true),
        text(doc, "reason"),
        revisions(doc.get("revisions"), file));
  }

  /** The revision record (FORMAT.md 1.1), newest first as written. */
  private static List<Revision> revisions(JsonNode list, SourceFile file) {
    if (list == null || !list.isArray()) {
      return List.of();
    }
    List<Revision> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      JsonNode r = list.get(i);
      String version = text(r, "version");
      out.add(
          new Revision(
              version == null ? "" : version,
              text(r, "date"),
              text(r, "trigger"),
              text(r, "summary"),
              text(r, "approved"),
              file.locate("/revisions/" + i)));
    }
    return out;
  }

  static Config config(JsonNode doc, SourceFile file) {
    Map<String, Severity> rules = new LinkedHashMap<>();
    doc.path("rules")
        .fields()
        .forEachRemaining(
            e -> Severity.ofWord(e.getValue().asText()).ifPresent(s -> rules.put(e.getKey(), s)));
    return new Config(
        text(doc, "name"),
        text(doc, "issuer"),
        texts(doc.get("channels")),
        rules,
        documentLoc(file));
  }

  /**
   * Where a whole document stands: the position of its {@code kind:} line (FORMAT.md §5: whole-file
   * findings go there), with the document's own pointer, so {@code loc.child("domain")} finds the
   * {@code domain:} value rather than a member of {@code /kind}.
   */
  private static Loc documentLoc(SourceFile file) {
    return file.locateDocument("/kind");
  }

  private static List<Item> items(JsonNode list, SourceFile file, String pointer) {
    List<Item> items = new ArrayList<>();
    if (list != null) {
      for (int i = 0; i < list.size(); i++) {
        items.add(item(list.get(i), file.locate(pointer + "/" + i)));
      }
    }
    return items;
  }

  static Item item(JsonNode n, Loc loc) {
    return new Item(
        text(n, "id"),
        shared(text(n, "level1")),
        shared(text(n, "level2")),
        shared(text(n, "level3")),
        text(n, "content"),
        sharedTexts(n.get("basis")),
        shared(text(n, "deadline")),
        shared(text(n, "owner")),
        shared(text(n, "department")),
        shared(text(n, "contact")),
        sharedTexts(n.get("channels")),
        audience(n.get("audience")).orElse(Audience.PUBLIC),
        shared(text(n, "audience-note")),
        Mode.ofWord(text(n, "mode")).orElse(Mode.PROACTIVE),
        tiers(n.get("tiers")),
        n.path("optional").asBoolean(false),
        shared(text(n, "note")),
        loc);
  }

  /** 公开对象 as one word or a list of words (FORMAT.md 1.1). */
  private static Optional<Audience> audience(JsonNode value) {
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    return value.isArray() ? Audience.ofWords(texts(value)) : Audience.ofWord(value.asText());
  }

  private static Modification modification(JsonNode n, Loc loc) {
    Map<Field, FieldEdit> edits = new LinkedHashMap<>();
    n.fields()
        .forEachRemaining(
            e -> Field.ofKey(e.getKey()).ifPresent(f -> edits.put(f, edit(f, e.getValue()))));
    return new Modification(text(n, "id"), edits, loc);
  }

  private static FieldEdit edit(Field field, JsonNode value) {
    return switch (field.shape()) {
      case FLAG -> new FieldEdit.SetFlag(value.asBoolean(false));
      case TEXT -> new FieldEdit.SetText(shared(value.asText()));
      case AUDIENCE ->
          value.isArray()
              ? new FieldEdit.ReplaceList(texts(value))
              : new FieldEdit.SetText(value.asText());
      case LIST ->
          value.isArray()
              ? new FieldEdit.ReplaceList(sharedTexts(value))
              : new FieldEdit.EditList(
                  sharedTexts(value.get("add")), sharedTexts(value.get("remove")));
    };
  }

  private static Policy policy(JsonNode p) {
    if (p == null || !p.isObject()) {
      return Policy.defaults();
    }
    Set<Field> modifiable = EnumSet.noneOf(Field.class);
    if (p.has("modifiable")) {
      for (String key : texts(p.get("modifiable"))) {
        Field.ofKey(key).ifPresent(modifiable::add);
      }
    } else {
      modifiable.addAll(Policy.defaults().modifiable());
    }
    Policy.Removable removable =
        p.has("removable")
            ? Policy.Removable.ofWord(p.get("removable").asText())
                .orElse(Policy.defaults().removable())
            : Policy.defaults().removable();
    return new Policy(modifiable, removable, p.path("skippable").asBoolean(false));
  }

  private static Set<Tier> tiers(JsonNode list) {
    Set<Tier> tiers = EnumSet.noneOf(Tier.class);
    for (String word : texts(list)) {
      Tier.ofWord(word).ifPresent(tiers::add);
    }
    return tiers;
  }

  static String text(JsonNode n, String key) {
    JsonNode v = n == null ? null : n.get(key);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  /** The shared instance of a short text a record keeps (null stays null). */
  private static String shared(String text) {
    return text == null ? null : SHARED.value(text);
  }

  private static List<String> sharedTexts(JsonNode list) {
    List<String> out = texts(list);
    if (!out.isEmpty()) { // an absent list is an immutable empty one
      out.replaceAll(DocumentMapper::shared);
    }
    return out;
  }

  static List<String> texts(JsonNode list) {
    if (list == null || !list.isArray()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(list.size());
    list.forEach(v -> out.add(v.asText()));
    return out;
  }
}
