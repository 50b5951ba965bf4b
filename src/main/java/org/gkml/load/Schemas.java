package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.UnknownKeywordFactory;
import com.networknt.schema.ValidationMessage;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bundled JSON Schemas (the same files as {@code schemas/} at the repository root), compiled
 * once and shared by every loading thread. Validation is networknt's; gkml only locates its
 * messages in the source file.
 */
final class Schemas {
  static final String BASE_URI = "https://gkml.org/schemas/";
  private static final String BUNDLED = "classpath:org/gkml/schemas/";

  private final Map<DocumentKind, JsonSchema> schemas = new EnumMap<>(DocumentKind.class);

  Schemas(Locale locale) {
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder ->
                builder
                    .metaSchema(withoutAnnotations())
                    .schemaMappers(m -> m.mapPrefix(BASE_URI, BUNDLED))
                    .jsonMapper(JsonMapper.builder().nodeFactory(new InterningNodes()).build()));
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .locale(validatorLocale(locale))
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .build();
    for (DocumentKind kind : DocumentKind.values()) {
      JsonSchema schema =
          factory.getSchema(SchemaLocation.of(BASE_URI + kind.schemaFile()), config);
      schema.initializeValidators();
      schemas.put(kind, schema);
    }
  }

  Set<ValidationMessage> validate(DocumentKind kind, JsonNode document) {
    return schemas.get(kind).validate(document);
  }

  /** The meta-data vocabulary of JSON Schema 2020-12: keywords that only describe. */
  private static final String META_DATA = "https://json-schema.org/draft/2020-12/vocab/meta-data";

  private static final Set<String> ANNOTATIONS =
      Set.of("title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples");

  /**
   * JSON Schema 2020-12 as networknt has it, except that the keywords that only describe (our
   * schemas have two hundred titles, descriptions and examples, for editors) make no validator:
   * each would be a validator of its own, called for every value of every file to collect an
   * annotation nothing here reads. They change no result.
   */
  private static JsonMetaSchema withoutAnnotations() {
    return JsonMetaSchema.builder(JsonMetaSchema.getV202012())
        .vocabularies(vocabularies -> vocabularies.remove(META_DATA))
        .unknownKeywordFactory(
            (keyword, context) ->
                ANNOTATIONS.contains(keyword)
                    ? null
                    : UnknownKeywordFactory.getInstance().getKeyword(keyword, context))
        .build();
  }

  /**
   * Reads the schemas with their texts interned: the names in a {@code required} list are texts,
   * not member names, and the validator looks each up in every document. Interned, they are the
   * instances the tree's keys are ({@link TextPool#key}), and a lookup succeeds on identity instead
   * of comparing strings.
   */
  private static final class InterningNodes extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public TextNode textNode(String text) {
      return super.textNode(text == null ? null : text.intern());
    }
  }

  // the validator ships zh_CN, not zh: name the region so its bundle is found
  private static Locale validatorLocale(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }
}
