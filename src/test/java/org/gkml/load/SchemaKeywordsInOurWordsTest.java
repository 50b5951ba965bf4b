package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every JSON Schema keyword gkml's schemas use that a value can break is said in our words, in both
 * languages: a keyword added to a schema without a message of ours would show the validator's own
 * text (数组中必须仅包含唯一项, as uniqueItems once did).
 */
class SchemaKeywordsInOurWordsTest {
  /** Keywords that hold no check of their own, or whose checks are their subschemas'. */
  private static final Set<String> NOT_CHECKS =
      Set.of(
          "$schema",
          "$id",
          "$ref",
          "$defs",
          "$comment",
          "title",
          "description",
          "default",
          "examples",
          "properties",
          "items",
          "anyOf",
          "if",
          "then");

  @Test
  void everyKeywordOfTheSchemasHasAMessageOfOurs() throws IOException {
    Set<String> used = new TreeSet<>();
    try (DirectoryStream<Path> schemas = Files.newDirectoryStream(Path.of("schemas"), "*.json")) {
      for (Path schema : schemas) {
        collect(new ObjectMapper().readTree(schema.toFile()), used);
      }
    }
    used.removeAll(NOT_CHECKS);

    assertThat(used).isNotEmpty().contains("uniqueItems", "pattern", "enum", "false");
    assertThat(SchemaFindings.KEYWORDS_IN_OUR_WORDS).containsAll(used);
  }

  /** The keywords of a schema: the names of its members, not of what properties and $defs name. */
  private static void collect(JsonNode schema, Set<String> keywords) {
    if (schema.isArray()) {
      schema.forEach(s -> collect(s, keywords));
      return;
    }
    if (!schema.isObject()) {
      return;
    }
    schema
        .fields()
        .forEachRemaining(
            e -> {
              keywords.add(e.getKey());
              boolean named =
                  Set.of("properties", "$defs", "patternProperties").contains(e.getKey());
              if (named) {
                e.getValue().forEach(s -> collect(s, keywords));
                // a member whose schema is false: nothing is allowed there ("add": false)
                e.getValue()
                    .forEach(
                        s -> {
                          if (s.isBoolean() && !s.booleanValue()) {
                            keywords.add("false");
                          }
                        });
              } else if (!Set.of("enum", "const", "examples", "default", "required")
                  .contains(e.getKey())) {
                collect(e.getValue(), keywords);
              }
            });
  }
}
