package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gkml.model.Config;
import org.gkml.model.SourceFile;
import org.gkml.model.Suggestion;

/**
 * The config of a {@code gkml.yaml} that breaks the schema, without the values that break it: one
 * bad key costs that key, not the whole config (a typo under {@code rules} must not drop the
 * declared {@code channels}, which would make every use of them an unknown channel). A misspelt key
 * whose meaning is clear (the one allowed key it is nearest to, absent from its mapping: {@code
 * chanels}) is read as that key when its value is valid there, so that the misspelling, reported as
 * usual, costs nothing else. The violations themselves are reported as usual.
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
    for (String pointer : pointers) {
      remove(copy, pointer);
    }
    return DocumentMapper.config(copy, file);
  }

  /**
   * Renames in {@code copy} each unknown key to the allowed key it is nearest to (Suggestion), when
   * its mapping has no such key; whether any was.
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
      Optional<String> meant = Suggestion.closest(v.getProperty(), allowed);
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
