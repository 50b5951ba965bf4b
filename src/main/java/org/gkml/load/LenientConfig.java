package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.model.ChineseKeys;
import org.gkml.model.Config;
import org.gkml.model.Loc;
import org.gkml.model.Rule;
import org.gkml.model.SourceFile;
import org.gkml.model.Suggestion;

/**
 * The config of a {@code gkml.yaml} that breaks the schema, without the values that break it: one
 * bad key costs that key, not the whole config (a typo under {@code rules} must not drop the
 * declared {@code channels}, which would make every use of them an unknown channel). A misspelt key
 * whose meaning is clear (the one allowed key it is nearest to, absent from its mapping: {@code
 * chanels}; or the printed catalogue's word for it: {@code 渠道}, {@code 规则}) is read as that key
 * when its value is valid there, so that the misspelling, reported as usual, costs nothing else.
 * The violations themselves are reported as usual; what leaving a value out leaves unsaid (declared
 * channels, rule settings) is marked {@link Config.Unread}, so that what depends on it is not
 * reported as if the config had said nothing.
 */
final class LenientConfig {
  private LenientConfig() {}

  static Config of(
      JsonNode tree, SourceFile file, Set<ValidationMessage> violations, Schemas schemas) {
    JsonNode copy = tree.deepCopy();
    if (renameMisspelt(copy, violations)) {
      violations = schemas.validate(DocumentKind.CONFIG, copy);
    }
    // deepest and last first, so that removing one array element leaves the others' indices
    List<String> pointers =
        violations.stream()
            .map(LenientConfig::pointerOf)
            .distinct()
            .sorted(
                Comparator.comparing((String p) -> p, LenientConfig::inDocumentOrder).reversed())
            .toList();
    // keys the config does not have, read as none of its own (a word for rules no table knows)
    Set<String> unknown = new HashSet<>();
    for (ValidationMessage v : violations) {
      String at = v.getInstanceLocation().toString();
      if (v.getType().equals("additionalProperties") && ("$".equals(at) || at.isEmpty())) {
        unknown.add(pointerOf(v));
      }
    }
    Config.Unread unread = unread(copy, pointers, unknown, file);
    for (String pointer : pointers) {
      remove(copy, pointer);
    }
    Config config = DocumentMapper.config(copy, file);
    return unread == null ? config : config.withUnread(unread);
  }

  /**
   * What leaving out the values at {@code pointers} leaves unsaid, or null if nothing that checks
   * depend on: the declared channels (all or some), and the rule settings of {@code rules} (a
   * setting's id, or the rule id a key of the wrong form is nearest to: {@code GK2O6}, {@code
   * gk205}), and those an unknown top-level key's value names ({@code 规则设置: {GK205: off}}: the
   * settings it may hold). The cause is the first value left out that says any of it.
   */
  private static Config.Unread unread(
      JsonNode copy, List<String> pointers, Set<String> unknown, SourceFile file) {
    boolean channels = false;
    Map<String, Loc> rules = new LinkedHashMap<>();
    String cause = null;
    // in document order, so that the cause is the first
    for (int i = pointers.size() - 1; i >= 0; i--) {
      String pointer = pointers.get(i);
      boolean says = false;
      if (pointer.equals("/channels") || pointer.startsWith("/channels/")) {
        channels = true;
        says = true;
      } else if (pointer.equals("/rules")) {
        for (String id : ruleIds(copy.at(pointer))) {
          rules.putIfAbsent(id, file.locate(pointer));
          says = true;
        }
      } else if (unknown.contains(pointer)) {
        for (String id : ruleIds(copy.at(pointer))) {
          rules.putIfAbsent(id, file.locateKey(pointer));
          says = true;
        }
      } else if (pointer.startsWith("/rules/")) {
        String key = pointer.substring("/rules/".length()).replace("~1", "/").replace("~0", "~");
        Optional<String> id = Rule.ofId(key).map(Rule::id).or(() -> Rule.closestId(key));
        if (id.isPresent()) {
          rules.putIfAbsent(id.get(), file.locateKey(pointer));
          says = true;
        }
      }
      if (says && cause == null) {
        cause = pointer;
      }
    }
    return cause == null ? null : new Config.Unread(file.locate(cause), channels, rules);
  }

  private static final Pattern RULE_ID = Pattern.compile("(?i)(?<![a-z0-9])gk\\d{3}(?!\\d)");

  /** The rule ids a value that is not a mapping of settings names (its keys and texts). */
  private static Set<String> ruleIds(JsonNode value) {
    Set<String> ids = new LinkedHashSet<>();
    List<String> texts = new ArrayList<>();
    value.fieldNames().forEachRemaining(texts::add);
    value.forEach(n -> texts.add(n.isValueNode() ? n.asText() : n.toString()));
    if (value.isValueNode()) {
      texts.add(value.asText());
    }
    for (String t : texts) {
      Matcher m = RULE_ID.matcher(t);
      while (m.find()) {
        Rule.ofId(m.group().toUpperCase(Locale.ROOT)).ifPresent(r -> ids.add(r.id()));
      }
    }
    return ids;
  }

  /**
   * Renames in {@code copy} each unknown key to the allowed key it stands for ({@code 渠道}, {@code
   * 规则}: ChineseKeys) or is nearest to (Suggestion), when its mapping has no such key; whether any
   * was.
   */
  private static boolean renameMisspelt(JsonNode copy, Set<ValidationMessage> violations) {
    boolean renamed = false;
    for (ValidationMessage v : violations) {
      if (!v.getType().equals("additionalProperties") || v.getProperty() == null) {
        continue;
      }
      String pointer = v.getInstanceLocation().toString();
      JsonNode parent = copy.at("$".equals(pointer) ? "" : pointer);
      if (!(parent instanceof ObjectNode o) || !o.has(v.getProperty())) {
        continue;
      }
      List<String> allowed = SchemaFindings.allowedKeys(v);
      allowed.removeIf(o::has);
      Optional<String> meant =
          ChineseKeys.keyOf(v.getProperty(), allowed)
              .or(() -> Suggestion.closest(v.getProperty(), allowed));
      if (meant.isPresent()) {
        o.set(meant.get(), o.remove(v.getProperty()));
        renamed = true;
      }
    }
    return renamed;
  }

  /** JSON pointers in document order: segment by segment, array indices as numbers. */
  private static int inDocumentOrder(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c =
          x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
              ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
              : x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static String pointerOf(ValidationMessage v) {
    String pointer = v.getInstanceLocation().toString();
    pointer = "$".equals(pointer) ? "" : pointer;
    if (v.getProperty() != null
        && (v.getType().equals("additionalProperties") || v.getType().equals("propertyNames"))) {
      return pointer + "/" + v.getProperty().replace("~", "~0").replace("/", "~1");
    }
    return pointer;
  }

  private static void remove(JsonNode root, String pointer) {
    int slash = pointer.lastIndexOf('/');
    if (slash < 0) {
      return; // the document itself: nothing to leave out
    }
    JsonNode parent = root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ObjectNode o) {
      o.remove(last);
    } else if (parent instanceof ArrayNode a && last.matches("\\d{1,9}")) {
      int index = Integer.parseInt(last);
      if (index < a.size()) {
        a.remove(index);
      }
    }
  }
}
