package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Of the alternatives of a oneOf or anyOf, only the one the value's type fits is reported, at any
 * depth; when none fits, only the type mismatches; the union's own "matches none" never.
 */
class UnionBranchesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  // a is one word, or a list whose elements are each a positive number or the word z
  private static final String SCHEMA =
      """
      {"$schema": "https://json-schema.org/draft/2020-12/schema",
       "type": "object",
       "properties": {"a": {"oneOf": [
         {"type": "string", "enum": ["x", "y"]},
         {"type": "array", "items": {"anyOf": [
           {"type": "integer", "minimum": 1},
           {"type": "string", "enum": ["z"]}]}}]}}}
      """;

  private static List<String> relevant(String document) throws Exception {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(
                SCHEMA, SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build());
    JsonNode doc = JSON.readTree(document);
    return UnionBranches.relevant(schema.validate(doc)).stream()
        .map(v -> v.getType() + " " + v.getInstanceLocation())
        .sorted()
        .toList();
  }

  @Test
  void aListIsJudgedAsAListAndEachElementByTheAlternativeItsTypeFits() throws Exception {
    assertThat(relevant("{\"a\": [\"w\", 0, 3]}")).containsExactly("enum /a/0", "minimum /a/1");
  }

  @Test
  void aWordIsJudgedAsAWord() throws Exception {
    assertThat(relevant("{\"a\": \"w\"}")).containsExactly("enum /a");
  }

  @Test
  void aValueNoAlternativeFitsIsOnlyOfTheWrongType() throws Exception {
    assertThat(relevant("{\"a\": {\"k\": 1}}")).containsExactly("type /a", "type /a");
  }

  @Test
  void violationsOutsideUnionsAreKept() throws Exception {
    List<ValidationMessage> none = List.of();
    assertThat(UnionBranches.relevant(none)).isEmpty();
    assertThat(relevant("[]")).containsExactly("type ");
  }
}
