package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.i18n.Messages;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.ChineseKeys;
import org.gkml.model.Finding;
import org.gkml.model.JoinedValues;
import org.gkml.model.Loc;
import org.gkml.model.Rule;
import org.gkml.model.SourceFile;
import org.gkml.model.Suggestion;
import org.gkml.model.Tier;
import org.gkml.text.TerminalText;

/**
 * Turns the schema validator's violations into GK001 findings in our own words, per JSON Schema
 * keyword, in the user's language, quoting the bad value and what is allowed. A misspelt key is one
 * finding with a suggestion ({@code chanels}: did you mean {@code channels}?), not an unknown key
 * plus a missing one, and so is a lone unknown key beside a lone missing one however unlike ({@code
 * qudao} for {@code channels}) and a table's column header written as a key ({@code 渠道}); of the
 * alternatives of an {@code anyOf} only the one the value's type fits speaks ({@link
 * UnionBranches}). Only files that break the schema come here: valid files cost nothing.
 */
final class SchemaFindings {
  /** The flags of YAML 1.1 (yes, on, …): gkml reads YAML 1.2, where only true and false are. */
  private static final Map<String, String> YAML_11_FLAGS =
      Map.of("yes", "true", "y", "true", "on", "true", "no", "false", "n", "false", "off", "false");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCHEMA_RESOURCES = "/org/gkml/schemas/";
  private static final Map<String, JsonNode> SCHEMA_DOCUMENTS = new ConcurrentHashMap<>();

  private final Messages messages;

  SchemaFindings(Messages messages) {
    this.messages = messages;
  }

  /** The findings of {@code violations} of {@code tree}, the document of {@code file}. */
  List<Finding> of(SourceFile file, JsonNode tree, Set<ValidationMessage> violations) {
    Map<String, List<ValidationMessage>> byPlace = new LinkedHashMap<>();
    Map<String, ValidationMessage> blank = new LinkedHashMap<>();
    List<ValidationMessage> said = new ArrayList<>();
    for (ValidationMessage v : UnionBranches.relevant(violations)) {
      if (blankValue(v)) {
        blank.putIfAbsent(pointer(v), v);
      } else {
        said.add(v);
      }
    }
    said.stream()
        .sorted(
            Comparator.comparing((ValidationMessage v) -> pointer(v))
                .thenComparing(ValidationMessage::getType)
                .thenComparing(v -> String.valueOf(v.getProperty())))
        .forEach(v -> byPlace.computeIfAbsent(pointer(v), k -> new ArrayList<>()).add(v));
    List<Finding> out = new ArrayList<>();
    byPlace.forEach((pointer, group) -> out.addAll(findingsAt(file, tree, pointer, group)));
    // a blank value is said to be empty, as an empty content is (GK104), once, here: the file
    // breaks the schema by it, and this is the finding that says why (TextHygieneCheck then
    // leaves it)
    blank.forEach(
        (pointer, v) ->
            out.add(
                new Finding(
                    Rule.EMPTY_TEXT,
                    Rule.EMPTY_TEXT.defaultSeverity(),
                    file.locate(pointer),
                    messages.rule(
                        Rule.EMPTY_TEXT,
                        PlaceName.of(tree, steps(v.getInstanceLocation()), messages)))));
    return out;
  }

  /**
   * Whether a violation is of a value that is an empty or blank text ({@code id: ""}, {@code mode:
   * "　"}): GK104 reports it where it stands, as it does an empty content, and a second finding at
   * the same place (its form, its allowed words, its type) would tell the one cause twice.
   */
  private static boolean blankValue(ValidationMessage v) {
    JsonNode value = v.getInstanceNode();
    return value != null
        && value.isTextual()
        && value.textValue().isBlank()
        && BLANK_SPOKEN_BY_GK104.contains(v.getType());
  }

  /** The keywords a value breaks by being blank: its form, its words, its type. */
  private static final Set<String> BLANK_SPOKEN_BY_GK104 =
      Set.of("pattern", "format", "enum", "const", "type");

  private List<Finding> findingsAt(
      SourceFile file, JsonNode tree, String pointer, List<ValidationMessage> group) {
    // named as a reader names it (事项 AQSC-001 的 mode), not by its pointer: see PlaceName
    String where =
        pointer.isEmpty()
            ? ""
            : messages.get(
                "schema.where",
                PlaceName.of(tree, steps(group.get(0).getInstanceLocation()), messages));
    List<Finding> out = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<ValidationMessage> unknown = new ArrayList<>();
    List<String> expectedTypes = new ArrayList<>();
    List<ValidationMessage> types = new ArrayList<>();
    JsonNode typed = null;
    // a value of the wrong type also fails its const ("1" is not 1): the type says why
    boolean wrongType = group.stream().anyMatch(v -> v.getType().equals("type"));
    // a text that is not one of the allowed words also fails an anyOf's list alternative
    // (audience: 全体社会 is neither 全社会 nor a list): the allowed words say what is wrong
    boolean notAllowed =
        group.stream()
            .anyMatch(v -> v.getType().equals("enum") && v.getInstanceNode().isValueNode());
    // a text not of a date's form (2025-3-1) is no date either: its form says what is wrong
    boolean wrongForm = group.stream().anyMatch(v -> v.getType().equals("pattern"));
    for (ValidationMessage v : group) {
      if (wrongType && v.getType().equals("const")) {
        continue;
      }
      // mode: [主动] is a list where text is wanted: that is what is wrong, not which word it is
      if (wrongType && v.getType().equals("enum") && !v.getInstanceNode().isValueNode()) {
        continue;
      }
      if (wrongForm && v.getType().equals("format")) {
        continue;
      }
      if (notAllowed && v.getType().equals("type")) {
        continue;
      }
      switch (v.getType()) {
        case "required" -> missing.add(v.getProperty());
        case "additionalProperties" -> unknown.add(v);
        case "type" -> {
          typed = v.getInstanceNode();
          expectedTypes.add(v.getSchemaNode().asText());
          types.add(v);
        }
        // a key of the wrong form is shown at that key, not at its mapping's
        case "propertyNames" ->
            out.add(
                finding(
                    file.locateKey(pointer + "/" + escape(v.getProperty())),
                    single(where, v) + keySuggestion(v)));
        case "enum" -> out.add(finding(file.locate(pointer), enumValue(where, v, tree)));
        case "uniqueItems" -> out.add(repeated(file, pointer, where, v.getInstanceNode()));
        default -> out.add(finding(file.locate(pointer), single(where, v)));
      }
    }
    out.addAll(unknownKeys(file, pointer, where, unknown, missing));
    for (String key : missing) {
      // the missing member's own pointer: shown where its mapping stands (its deepest existing
      // ancestor), and a baseline tells two missing keys of one mapping apart
      Loc at = file.locate(pointer + "/" + escape(key));
      out.add(finding(at, messages.get("schema.required", where, key)));
    }
    if (pointer.equals("/gkml")
        && (typed != null || group.stream().anyMatch(SchemaFindings::isConst))) {
      // gkml: holds the format's major version: 1.1 is a version of the format, not of this key
      JsonNode value = typed != null ? typed : group.get(0).getInstanceNode();
      out.clear(); // the const of the same key says the same
      out.add(
          finding(file.locate(pointer), messages.get("schema.formatVersion", where, text(value))));
      return out;
    }
    if (expectedTypes.equals(List.of("boolean")) && typed != null && typed.isTextual()) {
      // optional: ture: said with the words to write, and the one meant
      List<String> flags = List.of("true", "false");
      String written = typed.asText();
      if (flags.contains(written)) {
        // optional: "true": the word is right, its quotes make it a text
        out.add(finding(file.locate(pointer), messages.get("schema.quotedFlag", where, written)));
        return out;
      }
      String hint =
          ChineseKeys.valueOf(written, flags)
              .map(english -> messages.get("schema.englishValue", english))
              .or(
                  () ->
                      Optional.ofNullable(YAML_11_FLAGS.get(written.toLowerCase(Locale.ROOT)))
                          .map(this::suggest))
              .or(() -> Suggestion.closest(written, flags).map(this::suggest))
              .orElse("");
      out.add(finding(file.locate(pointer), messages.get("schema.flag", where, text(typed), hint)));
      return out;
    }
    if (expectedTypes.contains("object") && typed != null && typed.isTextual()) {
      // rules: followed by "GK205：off": a key whose colon was typed full-width (FullWidthColon)
      Matcher slip = FULL_WIDTH_KEY.matcher(typed.asText());
      if (slip.lookingAt()) {
        Loc value = file.locate(pointer);
        Loc at = new Loc(file, pointer, value.line(), value.column() + slip.end() - 1);
        out.add(finding(at, messages.get("schema.fullWidthColon", where, slip.group(1))));
        return out;
      }
    }
    if (!expectedTypes.isEmpty()) {
      List<String> words = expectedTypes.stream().distinct().map(this::typeWord).toList();
      String expected = String.join(messages.get("schema.or"), words);
      String message =
          typed != null && typed.isValueNode()
              ? messages.get("schema.type", where, text(typed), typeWord(typeOf(typed)), expected)
              : messages.get("schema.typeOf", where, typeWord(typeOf(typed)), expected);
      if (typed != null && typed.isTextual()) {
        // tiers: 县级,乡级: the list it was meant to be
        message +=
            joinedList(typed, types)
                .map(l -> messages.get("schema.writeList", JoinedValues.flowList(l)))
                .orElse("");
      }
      out.add(finding(file.locate(pointer), message));
    }
    return out;
  }

  /**
   * The findings of the unknown keys of one mapping, each taking off {@code missing} the required
   * key it stands for. Each key gets the allowed key nearest it, a missing one only breaking ties
   * ({@code contacts}: {@code contact}, though {@code content} is missing), and no two keys the
   * same one while another fits ({@link Suggestion#closestEach}).
   */
  private List<Finding> unknownKeys(
      SourceFile file,
      String pointer,
      String where,
      List<ValidationMessage> unknown,
      List<String> missing) {
    Map<String, Finding> said = new LinkedHashMap<>();
    List<String> plain = new ArrayList<>();
    java.util.Set<String> allowed = new java.util.LinkedHashSet<>();
    for (ValidationMessage u : unknown) {
      String key = u.getProperty();
      Loc at = file.locateKey(pointer + "/" + escape(key));
      List<String> free = allowedKeys(u);
      free.removeIf(k -> u.getInstanceNode().has(k));
      allowed.addAll(free);
      // {code："511703"} in a flow mapping: no syntax error, one key of the whole text
      Matcher slip = FULL_WIDTH_KEY.matcher(key);
      if (slip.lookingAt() && free.contains(slip.group(1))) {
        missing.remove(slip.group(1));
        Loc colon = new Loc(file, at.pointer(), at.line(), at.column() + slip.end() - 1);
        said.put(key, finding(colon, messages.get("schema.fullWidthColon", where, slip.group(1))));
        continue;
      }
      // a table's column header or the printed catalogue's word written as the key (渠道, 领域,
      // 新增): the key it stands for
      Optional<String> column = ChineseKeys.keyOf(key, free);
      if (column.isPresent()) {
        missing.remove(column.get());
        said.put(key, finding(at, messages.get("schema.columnKey", where, key, column.get())));
        continue;
      }
      plain.add(key);
    }
    Map<String, String> meant = Suggestion.closestEach(plain, allowed, missing);
    List<Finding> out = new ArrayList<>();
    for (ValidationMessage u : unknown) {
      String key = u.getProperty();
      if (said.containsKey(key)) {
        out.add(said.get(key));
        continue;
      }
      Loc at = file.locateKey(pointer + "/" + escape(key));
      String near = meant.get(key);
      if (near != null && missing.remove(near)) {
        // the misspelling is both an unknown key and a missing one: one finding says so
        out.add(finding(at, messages.get("schema.misspeltKey", where, key, near)));
      } else if (near != null) {
        out.add(finding(at, messages.get("schema.unknownKey", where, key, suggest(near))));
      } else if (unknown.size() == 1 && missing.size() == 1) {
        // one key too many and one too few (qudao for channels): however unlike, the one is
        // most likely the other written wrong, and one finding says both
        out.add(finding(at, messages.get("schema.unknownForMissing", where, key, missing.get(0))));
        missing.clear();
      } else {
        // qudao: 渠道 written in pinyin, channels (in modify too, where nothing is missing)
        Optional<Map.Entry<String, String>> pinyin = ChineseKeys.keyOfPinyin(key, allowed);
        pinyin.ifPresent(p -> missing.remove(p.getKey()));
        out.add(
            finding(
                at,
                pinyin
                    .map(
                        p -> messages.get("schema.pinyinKey", where, key, p.getValue(), p.getKey()))
                    .orElseGet(() -> messages.get("schema.unknownKey", where, key, ""))));
      }
    }
    return out;
  }

  /**
   * A list whose elements must differ that holds one twice ({@code audience: [全社会, 全社会]}): the
   * repeated value quoted, shown at its second place, as GK109 shows a repeated channel.
   */
  private Finding repeated(SourceFile file, String pointer, String where, JsonNode list) {
    Map<JsonNode, Integer> first = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Integer earlier = first.putIfAbsent(list.get(i), i);
      if (earlier != null) {
        return finding(
            file.locate(pointer + "/" + i),
            messages.get("schema.uniqueItems", where, text(list.get(i)), i + 1, earlier + 1));
      }
    }
    // not reached: the validator finds two elements equal as Jackson does; said at the list
    return finding(
        file.locate(pointer), messages.get("schema.uniqueItems", where, text(list), 1, 1));
  }

  /**
   * The JSON Schema keywords whose violations are said in our own words (the rest would show the
   * validator's text): every keyword of gkml's schemas must be one of them (a test reads the
   * schemas to make sure).
   */
  static final Set<String> KEYWORDS_IN_OUR_WORDS =
      Set.of(
          "required",
          "additionalProperties",
          "type",
          "propertyNames",
          "enum",
          "uniqueItems",
          "const",
          "pattern",
          "format",
          "minItems",
          "minProperties",
          "false");

  /**
   * A value that is not one of the allowed words: several of them joined into one text (a list to
   * write as one, or one word too many where one is allowed), the English word a Chinese one stands
   * for ({@code 可选}: optional-only), a tier by another name ({@code 镇级}, {@code 縣級}, {@code
   * county}: 镇级 is as near 县级 as 乡级) or the nearest spelling.
   */
  private String enumValue(String where, ValidationMessage v, JsonNode tree) {
    JsonNode value = v.getInstanceNode();
    List<String> allowed = new ArrayList<>();
    v.getSchemaNode().forEach(n -> allowed.add(text(n)));
    Optional<String> visible = withoutInvisible(value).filter(allowed::contains);
    if (visible.isPresent()) {
      return invisibleOnly(where, value, visible.get());
    }
    String given = text(value);
    // the words as written are matched, the quoted text (escapes shown) only shown
    String written = value.isValueNode() ? value.asText() : given;
    Optional<List<String>> joined =
        value.isTextual()
            ? JoinedValues.split(value.asText(), part -> allowedWord(part, allowed))
            : Optional.empty();
    if (joined.isPresent()) {
      Optional<List<String>> list = asList(v, tree, joined.get());
      return list.isPresent()
          ? messages.get("schema.joinedList", where, given, JoinedValues.flowList(list.get()))
          : messages.get("schema.joinedOne", where, given, list(allowed));
    }
    Optional<String> english = ChineseKeys.valueOf(written, allowed);
    if (english.isPresent()) {
      // 可选 for optional-only; public for 全社会: the word in the values' language
      boolean inEnglish = english.get().chars().allMatch(c -> c < 0x80);
      return messages.get(
          "schema.enum",
          where,
          given,
          list(allowed),
          messages.get(inEnglish ? "schema.englishValue" : "schema.chineseValue", english.get()));
    }
    String hint =
        Tier.meant(written)
            .map(Tier::word)
            .filter(allowed::contains)
            .or(() -> Suggestion.closest(written, allowed))
            .map(this::suggest)
            .orElse("");
    return messages.get("schema.enum", where, given, list(allowed), hint);
  }

  /** The allowed word {@code part} is, or the tier it names ({@code 乡} of 乡、村级: 乡级). */
  private static Optional<String> allowedWord(String part, List<String> allowed) {
    if (allowed.contains(part)) {
      return Optional.of(part);
    }
    return Tier.meant(part).map(Tier::word).filter(allowed::contains);
  }

  /**
   * The list to write for a value that joins {@code values}, if its place takes a list: an entry of
   * a list ({@code tiers: [县级、乡级]}: the list with that entry written as its values) or a word that
   * may also be a list of such words (audience: the only {@code anyOf} of the schemas with a word
   * alternative, the other a list of the same words). Empty where one word is allowed (mode).
   */
  private static Optional<List<String>> asList(
      ValidationMessage v, JsonNode tree, List<String> values) {
    JsonNodePath at = v.getInstanceLocation();
    int n = at.getNameCount();
    if (n > 0 && at.getElement(n - 1) instanceof Integer index) {
      String parent = at.getParent().toString();
      JsonNode list = tree.at("$".equals(parent) ? "" : parent);
      List<String> whole = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        if (i == index) {
          whole.addAll(values);
        } else {
          whole.add(text(list.get(i)));
        }
      }
      return Optional.of(whole.isEmpty() ? values : whole);
    }
    JsonNodePath eval = v.getEvaluationPath();
    for (int i = 0; i < eval.getNameCount(); i++) {
      if ("anyOf".equals(String.valueOf(eval.getElement(i)))) {
        return Optional.of(values);
      }
    }
    return Optional.empty();
  }

  /**
   * For a text where a list is wanted ({@code tiers: 县级,乡级}), the list it joins when every part is
   * one of the list's allowed words: those its items' schema enumerates, or the standard channels
   * for a list of channels (whose schema names none).
   */
  private static Optional<List<String>> joinedList(JsonNode typed, List<ValidationMessage> types) {
    for (ValidationMessage t : types) {
      if (!"array".equals(t.getSchemaNode().asText())) {
        continue;
      }
      JsonNode items = itemsSchema(t);
      if (items.isMissingNode()) {
        continue;
      }
      List<String> words = new ArrayList<>();
      items.path("enum").forEach(n -> words.add(n.asText()));
      if (!words.isEmpty()) {
        return JoinedValues.split(typed.asText(), part -> allowedWord(part, words));
      }
      if (items.path("title").asText().equals(CHANNEL_TITLE)) {
        return JoinedValues.split(typed.asText(), ChannelVocabulary.standard()::labelOf);
      }
    }
    return Optional.empty();
  }

  /** The title of the schemas' one channel ($defs/channel), the item of every list of channels. */
  private static final String CHANNEL_TITLE = "公开渠道";

  /**
   * The schema of the items of the list a {@code type} violation wanted, following one {@code $ref}
   * (within its document or to another of ours), or a missing node.
   */
  private static JsonNode itemsSchema(ValidationMessage typeViolation) {
    String location = typeViolation.getSchemaLocation().toString();
    int hash = location.indexOf('#');
    if (hash < 0) {
      return JSON.missingNode();
    }
    String resource = location.substring(location.lastIndexOf('/', hash) + 1, hash);
    String fragment = location.substring(hash + 1);
    int last = fragment.lastIndexOf('/');
    JsonNode items =
        schemaDocument(resource).at(last <= 0 ? "" : fragment.substring(0, last)).path("items");
    String ref = items.path("$ref").asText("");
    if (ref.isEmpty()) {
      return items;
    }
    int refHash = ref.indexOf('#');
    String refResource = refHash <= 0 ? resource : ref.substring(0, refHash);
    return schemaDocument(refResource).at(ref.substring(refHash + 1));
  }

  // a key-like word and a full-width colon: the text a mapping became by that slip
  private static final Pattern FULL_WIDTH_KEY = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)[ \t]*：");

  private static boolean isConst(ValidationMessage v) {
    return v.getType().equals("const");
  }

  private String single(String where, ValidationMessage v) {
    JsonNode value = v.getInstanceNode();
    JsonNode schema = v.getSchemaNode();
    return switch (v.getType()) {
      case "const" -> messages.get("schema.const", where, text(schema), text(value));
      case "pattern" ->
          withoutInvisible(value)
              .filter(visible -> Pattern.compile(schema.asText()).matcher(visible).find())
              .map(visible -> invisibleOnly(where, value, visible))
              .orElseGet(
                  () ->
                      messages.get("schema.pattern", where, text(value), form(schema.asText()))
                          + normalForm(value, schema.asText()).map(this::suggest).orElse(""));
      case "format" ->
          "date".equals(schema.asText())
              ? notADate(where, text(value))
              : messages.get("schema.pattern", where, text(value), schema.asText());
      case "minItems" -> messages.get("schema.minItems", where, schema.asInt());
      case "minProperties" -> messages.get("schema.minProperties", where, schema.asInt());
      // a key the schema allows nowhere here (the false schema): add, modify and remove of an
      // overlay declaring its domain not applicable
      case "false" -> messages.get("schema.falseSchema", where);
      case "propertyNames" ->
          messages.get(
              "schema.propertyName",
              where,
              v.getProperty(),
              form(schema.path("pattern").asText(schema.toString())));
      default -> where + v.getError();
    };
  }

  /**
   * A text holding invisible characters ({@code "主\u200B动"}, {@code "全社会\u00A0"}, pasted from Word
   * or a web page) without them, or empty when it holds none: the value meant, when that is
   * allowed.
   */
  private static Optional<String> withoutInvisible(JsonNode value) {
    if (value == null || !value.isTextual()) {
      return Optional.empty();
    }
    String text = value.textValue();
    if (text.codePoints().noneMatch(TextTraits::isInvisible)) {
      return Optional.empty();
    }
    StringBuilder visible = new StringBuilder(text.length());
    text.codePoints().filter(c -> !TextTraits.isInvisible(c)).forEach(visible::appendCodePoint);
    return Optional.of(visible.toString());
  }

  /**
   * A value that is the allowed {@code visible} but for invisible characters: said so, with the
   * characters shown as escapes and named by code point (as GK107 names them), in one finding.
   */
  private String invisibleOnly(String where, JsonNode value, String visible) {
    List<String> codes =
        value
            .textValue()
            .codePoints()
            .filter(TextTraits::isInvisible)
            .distinct()
            .mapToObj(c -> String.format("U+%04X", c))
            .toList();
    return messages.get("schema.invisibleOnly", where, text(value), visible, codes);
  }

  /**
   * A text of a date's form that is no day of the calendar ({@code 2025-02-30}, {@code
   * 2025-31-03}): the validator's {@code format: date} ({@code java.time}'s strict ISO date)
   * refused it. Says why (no month 31; February 2025 has 28 days), and suggests month and day
   * swapped when that is a date: 2025-31-03 was written day before month.
   */
  private String notADate(String where, String written) {
    Matcher parts = DATE_PARTS.matcher(written);
    if (!parts.matches()) {
      return messages.get("schema.pattern", where, written, form(DATE_PATTERN));
    }
    int year = Integer.parseInt(parts.group(1));
    int month = Integer.parseInt(parts.group(2));
    int day = Integer.parseInt(parts.group(3));
    String why =
        month < 1 || month > 12
            ? messages.get("schema.date.noMonth", month)
            : messages.get(
                "schema.date.monthLength",
                parts.group(1) + "-" + parts.group(2),
                YearMonth.of(year, month).lengthOfMonth());
    String hint = "";
    if (day >= 1 && day <= 12 && month >= 1 && month <= 31) {
      try {
        hint = suggest(LocalDate.of(year, day, month).toString());
      } catch (DateTimeException e) {
        // day and month swapped is no date either: nothing to suggest
      }
    }
    return messages.get("schema.notADate", where, written, why, form(DATE_PATTERN)) + hint;
  }

  private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  private static final Pattern DATE_PARTS = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");

  /**
   * "Did you mean" for a key of the wrong form: the nearest rule id for a key of {@code rules}
   * ({@code GK2O6}, {@code gk205}); none for other patterns, which name no list of their own.
   */
  private String keySuggestion(ValidationMessage v) {
    if (!"schema.form.ruleId".equals(FORMS.get(v.getSchemaNode().path("pattern").asText()))) {
      return "";
    }
    return Rule.closestId(v.getProperty()).map(this::suggest).orElse("");
  }

  /**
   * What a value of the schemas' {@code pattern} looks like, in words with an example ("GK and
   * three digits, e.g. GK101"): a regular expression tells an author nothing. A pattern without
   * words (a schema edited by hand) is shown as it is.
   */
  private String form(String pattern) {
    String key = FORMS.get(pattern);
    return key == null ? messages.get("schema.form.pattern", pattern) : messages.get(key);
  }

  /** The patterns of gkml's schemas (schemas/*.json) and the texts that say them in words. */
  private static final Map<String, String> FORMS =
      Map.of(
          "^GK[0-9]{3}$",
          "schema.form.ruleId",
          DATE_PATTERN,
          "schema.form.date",
          "^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$",
          "schema.form.itemId");

  /**
   * A text that breaks a pattern only by its width ({@code ＡＱＳＣ-005}, {@code AQSC－005}: typed with
   * a Chinese input method's full-width letters or dash): its NFKC form, when that fits.
   */
  private static Optional<String> normalForm(JsonNode value, String pattern) {
    if (value == null || !value.isTextual()) {
      return Optional.empty();
    }
    // " AQSC-005": white space at the ends breaks the form too (and is the whole of what is wrong)
    String normal = Normalizer.normalize(value.asText(), Normalizer.Form.NFKC).strip();
    return !normal.equals(value.asText()) && Pattern.compile(pattern).matcher(normal).find()
        ? Optional.of(normal)
        : Optional.empty();
  }

  private String suggest(String word) {
    return messages.get("schema.suggest", word);
  }

  private String list(Collection<String> words) {
    return messages.list(words);
  }

  private String typeWord(String type) {
    return messages.get("schema.typeName." + type);
  }

  private static String typeOf(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "null";
    }
    if (node.isObject()) {
      return "object";
    }
    if (node.isArray()) {
      return "array";
    }
    if (node.isBoolean()) {
      return "boolean";
    }
    if (node.isIntegralNumber()) {
      return "integer";
    }
    return node.isNumber() ? "number" : "string";
  }

  /**
   * A value as the user wrote it: the text of a scalar, a list or mapping in YAML's flow form
   * ({@code [主动]}, {@code {主动: true}}), shortened.
   */
  private static String text(JsonNode node) {
    if (node == null) {
      return "";
    }
    String s = node.isValueNode() ? node.asText() : flow(node);
    // a zero-width or no-break space quoted raw looks like nothing: shown as its escape
    return TerminalText.escaping(
        s.length() > 60 ? s.substring(0, 57) + "…" : s, TextTraits::isInvisible);
  }

  private static String flow(JsonNode node) {
    StringBuilder out = new StringBuilder();
    if (node.isArray()) {
      out.append('[');
      node.forEach(n -> out.append(out.length() > 1 ? ", " : "").append(flow(n)));
      return out.append(']').toString();
    }
    if (node.isObject()) {
      out.append('{');
      node.fields()
          .forEachRemaining(
              e ->
                  out.append(out.length() > 1 ? ", " : "")
                      .append(e.getKey())
                      .append(": ")
                      .append(flow(e.getValue())));
      return out.append('}').toString();
    }
    return node.isNull() ? "" : node.asText();
  }

  /** The keys the schema allows where an unknown key stands, from the schema documents. */
  static List<String> allowedKeys(ValidationMessage v) {
    String location = v.getSchemaLocation().toString();
    int hash = location.indexOf('#');
    if (hash < 0) {
      return new ArrayList<>();
    }
    String resource = location.substring(location.lastIndexOf('/', hash) + 1, hash);
    String fragment = location.substring(hash + 1);
    int last = fragment.lastIndexOf('/');
    String parent = last <= 0 ? "" : fragment.substring(0, last);
    JsonNode schema = schemaDocument(resource);
    List<String> keys = new ArrayList<>();
    if (schema != null) {
      schema.at(parent).path("properties").fieldNames().forEachRemaining(keys::add);
    }
    return keys;
  }

  private static JsonNode schemaDocument(String name) {
    return SCHEMA_DOCUMENTS.computeIfAbsent(
        name,
        n -> {
          try (InputStream in = SchemaFindings.class.getResourceAsStream(SCHEMA_RESOURCES + n)) {
            return in == null ? JSON.missingNode() : JSON.readTree(in);
          } catch (IOException e) {
            return JSON.missingNode();
          }
        });
  }

  /** A location's keys and list positions, as PlaceName takes them. */
  private static List<Object> steps(JsonNodePath at) {
    List<Object> steps = new ArrayList<>(at.getNameCount());
    for (int i = 0; i < at.getNameCount(); i++) {
      steps.add(at.getElement(i));
    }
    return steps;
  }

  private static String pointer(ValidationMessage v) {
    String pointer = v.getInstanceLocation().toString();
    return "$".equals(pointer) ? "" : pointer;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static Finding finding(Loc at, String message) {
    return new Finding(Rule.SCHEMA, Rule.SCHEMA.defaultSeverity(), at, message);
  }
}
