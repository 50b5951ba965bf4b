package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.gkml.i18n.Messages;
import org.gkml.text.TerminalText;

/**
 * How a finding's message names the value it is about, in the reader's words (docs/rules.md
 * "问题指向哪里"). A value inside an entry of {@code items}, {@code add}, {@code modify} or {@code
 * remove} is named by that entry's id and the field, as the item checks name items ({@code 事项
 * AQSC-001 的 content}, {@code modify 中事项 AQSC-001 的 deadline}): ids are what county staff search
 * for, list positions are not. Keys are joined with dots as the docs write them ({@code
 * region.name}); a list element is counted from 1 ({@code basis 第 2 项}). An entry without a usable
 * id is named by its position ({@code items 第 4 项 的 content}).
 *
 * <p>Schema findings (GK001) and the text checks (GK104, GK107, GK108) name places this way. Only
 * the message changes with this: what a finding is about for baselines and fingerprints stays its
 * pointer, with the same entries named by id (check.FindingSubjects).
 */
public final class PlaceName {
  /** The lists whose entries are named by their id, here and in a finding's subject. */
  public static final List<String> ENTRY_LISTS = List.of("items", "add", "modify", "remove");

  private PlaceName() {}

  /**
   * The name of the value at {@code path} in {@code tree}: each step a key (a {@link String}) or a
   * list position (an {@link Integer}).
   */
  public static String of(JsonNode tree, List<Object> path, Messages messages) {
    if (path.isEmpty()) {
      return messages.get("place.document");
    }
    if (path.size() >= 2
        && path.get(0) instanceof String list
        && ENTRY_LISTS.contains(list)
        && path.get(1) instanceof Integer index) {
      JsonNode node = tree.path(list).path(index).path("id");
      // " AQSC-005" is named AQSC-005: the space is the finding's, not the name's
      // "AQSC-005\u200B" is named with the character shown, as the value itself is quoted
      String id =
          node.isTextual()
              ? TerminalText.escaping(node.textValue().strip(), TextTraits::isInvisible)
              : "";
      if (!id.isEmpty() && path.size() == 2) {
        // the entry itself (a key missing from it, or one it must not have)
        return list.equals("items")
            ? messages.get("place.itemItself", id)
            : messages.get("place.entryItself", list, id);
      }
      if (!id.isEmpty()) {
        String field = field(path.subList(2, path.size()), messages);
        return list.equals("items")
            ? messages.get("place.item", id, field)
            : messages.get("place.entry", list, id, field);
      }
    }
    return field(path, messages);
  }

  /** Keys with dots, list positions counted from 1, keys below a position joined with "of". */
  private static String field(List<Object> path, Messages messages) {
    String name = "";
    String keys = "";
    for (Object step : path) {
      if (step instanceof Integer i) {
        name = below(name, keys, messages);
        keys = "";
        // a string, so that MessageFormat does not group digits (第 1,001 项)
        name = messages.get("place.element", name, String.valueOf(i + 1)).strip();
      } else {
        keys = keys.isEmpty() ? (String) step : keys + "." + step;
      }
    }
    return below(name, keys, messages);
  }

  private static String below(String name, String keys, Messages messages) {
    if (keys.isEmpty()) {
      return name;
    }
    return name.isEmpty() ? keys : messages.get("place.member", name, keys);
  }
}
