package org.gkml.diff.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gkml.diff.Applicability;
import org.gkml.diff.Change;
import org.gkml.diff.ChangeClass;
import org.gkml.diff.ChangeKind;
import org.gkml.i18n.Messages;

/** How reports write the plain values of a change: on one line, or one line per element. */
final class ValueText {
  private ValueText() {}

  /** A value on one line: text as is, lists {@code [a, b]}, maps {@code {key: value}}. */
  static String flow(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      list.forEach(v -> parts.add(flow(v)));
      return "[" + String.join(", ", parts) + "]";
    }
    if (value instanceof Map<?, ?> map) {
      List<String> parts = new ArrayList<>();
      map.forEach((k, v) -> parts.add(k + ": " + flow(v)));
      return "{" + String.join(", ", parts) + "}";
    }
    return String.valueOf(value);
  }

  /**
   * A value over lines, for table cells: a list one element a line, a map (a whole item, an overlay
   * entry, a policy) one key a line with its label.
   */
  static List<String> lines(Object value, Messages messages) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(v -> out.add(flow(v)));
    } else if (value instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) ->
              out.add(
                  messages.get(
                      "labelled", fieldLabel(String.valueOf(k), messages), cellText(v, messages))));
    } else if (value != null) {
      out.add(cellText(value, messages));
    }
    return out;
  }

  /** Whether a domain applies, in words: 适用, or 不适用 with the reason given. */
  static String applicability(Applicability a, Messages messages) {
    return a.applicable()
        ? messages.get("diff.applicable")
        : messages.get("diff.notApplicable", a.reason() == null ? "" : a.reason());
  }

  /** One entry of a revision record on one line: version, date, trigger, summary, approver. */
  static String revision(Map<String, Object> entry, Messages messages) {
    String line =
        messages.get(
            "diff.revision",
            text(entry.get("version")),
            text(entry.get("date")),
            text(entry.get("trigger")),
            text(entry.get("summary")));
    Object approved = entry.get("approved");
    return approved == null ? line : messages.get("diff.revision.approved", line, text(approved));
  }

  /** A revision record's entries one a line. */
  static List<String> revisions(List<Map<String, Object>> entries, Messages messages) {
    return entries.stream().map(e -> revision(e, messages)).toList();
  }

  private static String text(Object v) {
    return v == null ? "" : v.toString();
  }

  /** A value as a cell line says it: a flag ({@code optional: true}) as the language's word. */
  static String cellText(Object v, Messages messages) {
    if (v instanceof Boolean b) {
      return messages.get(b ? "diff.flag.true" : "diff.flag.false");
    }
    return listText(v);
  }

  /**
   * One side of a change over lines, for table cells ({@link #lines(Object, Messages)}); after an
   * item removed by an overlay of a region's chain, the reason it gave (删除理由).
   */
  static List<String> lines(Change c, boolean before, Messages messages) {
    if (!before && c instanceof Change.ItemRemoved r && r.reason() != null) {
      return List.of(removalReason(r, messages));
    }
    return lines(before ? c.before() : c.after(), messages);
  }

  /** {@code 删除理由：…} of an item removed by an overlay, with its reason. */
  static String removalReason(Change.ItemRemoved r, Messages messages) {
    return messages.get("diff.removalReason", r.reason());
  }

  /** A value in a cell line: lists joined as printed tables join them, a flag as a word. */
  private static String listText(Object v) {
    if (v instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      list.forEach(e -> parts.add(flow(e)));
      return String.join("、", parts);
    }
    return flow(v);
  }

  /** The label of a field or catalogue-level key in the user's language. */
  static String fieldLabel(String key, Messages messages) {
    String k = "diff.field." + key;
    return messages.has(k) ? messages.get(k) : key;
  }

  static String classLabel(ChangeClass c, Messages messages) {
    return messages.get("diff.class." + c.word());
  }

  static String kindLabel(ChangeKind k, Messages messages) {
    return messages.get("diff.kind." + k.word());
  }

  /** {@code 安全生产 · 基础目录} or {@code 安全生产 · 511703}. */
  static String group(Change c, Messages messages) {
    return c.domain() + " · " + (c.region() == null ? messages.get("diff.basic") : c.region());
  }

  /** The changes split into runs of one domain and region, in order. */
  static List<List<Change>> groups(List<Change> changes) {
    List<List<Change>> out = new ArrayList<>();
    List<Change> current = null;
    Change first = null;
    for (Change c : changes) {
      if (first == null
          || !first.domain().equals(c.domain())
          || !Objects.equals(first.region(), c.region())) {
        current = new ArrayList<>();
        out.add(current);
        first = c;
      }
      current.add(c);
    }
    return out;
  }
}
