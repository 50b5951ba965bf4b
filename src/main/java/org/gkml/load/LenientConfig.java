package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.gkml.model.Config;
import org.gkml.model.SourceFile;

/**
 * The config of a {@code gkml.yaml} that breaks the schema, without the values that break it: one
 * bad key costs that key, not the whole config (a typo under {@code rules} must not drop the
 * declared {@code channels}, which would make every use of them an unknown channel). The violations
 * themselves are reported as usual.
 */
final class LenientConfig {
  private LenientConfig() {}

  static Config of(JsonNode tree, SourceFile file, Set<ValidationMessage> violations) {
    JsonNode copy = tree.deepCopy();
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
