package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.model.Config;
import org.gkml.model.Loc;
import org.gkml.model.Rule;
import org.gkml.model.SourceFile;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What can still be read of a {@code gkml.yaml} that cannot be read whole, and what not. A broken
 * config must cost what it could not say, not the whole config: its channels dropped would make
 * every use of them an unknown channel (GK103) in files that are right, its rule settings dropped
 * would turn findings its {@code rules} switch off into errors. The cause is reported once, in
 * {@code gkml.yaml}; what is read is used, and what is not is marked {@link Config.Unread} so that
 * the checks depending on it say so (GK009) instead of reporting what follows from the gap.
 *
 * <ul>
 *   <li>Saved as GB18030/GBK (GK003 says so): read in that encoding, as the user will once it is
 *       converted.
 *   <li>A YAML syntax error (GK002): the top-level entries that end before the first line the error
 *       involves are read; the entry it falls in and everything after it are not.
 *   <li>Anything else (another encoding, binary, too large): nothing is read.
 * </ul>
 *
 * The rule ids the unread text names are the settings that may be missing ({@code GK205} in {@code
 * rules: {GK205: off}}), each at the place it is named; comments name none.
 */
final class PartialConfig {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Pattern RULE_ID = Pattern.compile("(?<![A-Za-z0-9])[Gg][Kk]\\d{3}(?!\\d)");

  /** The schema and the mapping a config tree goes through, as for a config that reads. */
  @FunctionalInterface
  interface Reading {
    Config config(JsonNode tree, SourceFile file);
  }

  private PartialConfig() {}

  /**
   * The config of bytes that cannot be read as text at all (UTF-16, binary); {@code cause} is the
   * finding that says so. ASCII reads alike in the encodings a config is saved in: the rule ids it
   * names are found anyway.
   */
  static Config ofUnreadable(byte[] bytes, SourceFile bare, Loc cause) {
    return nothing(new String(bytes, StandardCharsets.ISO_8859_1), bare, cause);
  }

  /**
   * The config of bytes that are not UTF-8 but look like GB18030/GBK; {@code cause} is the finding
   * that says so.
   */
  static Config ofGb18030(
      byte[] bytes, SourceFile bare, Loc cause, LoadSettings settings, Reading reading) {
    String text = strictGb18030(bytes);
    if (text == null) {
      return ofUnreadable(bytes, bare, cause);
    }
    YamlTreeBuilder.Result parsed = YamlTreeBuilder.build(text, settings);
    if (parsed.fatal() != null) {
      return ofBroken(text, parsed.fatalFrom(), bare, cause, settings, reading);
    }
    if (parsed.root() == null || !parsed.root().isObject()) {
      return nothing(text, bare, cause);
    }
    Config read = reading.config(parsed.root(), located(parsed.root(), bare));
    // the gaps the schema left are said to come from the one cause reported: the encoding
    return read.unread() == null
        ? read
        : read.withUnread(
            new Config.Unread(cause, read.unread().channels(), read.unread().rules()));
  }

  /**
   * The config of {@code text}, whose syntax error involves lines from {@code from} (1-based) on;
   * {@code cause} is the finding that reports it.
   */
  static Config ofBroken(
      String text, int from, SourceFile bare, Loc cause, LoadSettings settings, Reading reading) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    int cut = Math.max(0, Math.min(from - 1, lines.length)); // the lines read: [0, cut)
    String prefix = String.join("\n", java.util.Arrays.asList(lines).subList(0, cut)) + "\n";
    YamlTreeBuilder.Result parsed = cut == 0 ? null : YamlTreeBuilder.build(prefix, settings);
    if (parsed == null || parsed.fatal() != null || !(parsed.root() instanceof ObjectNode tree)) {
      return nothing(text, bare, cause);
    }
    int unreadFrom = cut; // the first line (0-based) of what is not read
    if (!startsNewEntry(lines, cut)) {
      // the last entry read goes on where the error is: what it holds is not known
      String last = lastKey(tree);
      if (last != null) {
        tree.remove(last);
        unreadFrom = firstLineOfKey(lines, cut, last);
      }
    }
    Config read = reading.config(tree, located(tree, bare));
    boolean channels = !tree.has("channels") || read.channelsUnread();
    Map<String, Loc> rules = new LinkedHashMap<>();
    if (read.unread() != null) {
      rules.putAll(read.unread().rules());
    }
    if (!tree.has("rules")) {
      namedRules(lines, unreadFrom, bare).forEach(rules::putIfAbsent);
    }
    return read.withUnread(new Config.Unread(cause, channels, rules));
  }

  /** A config of which nothing could be read. */
  private static Config nothing(String text, SourceFile bare, Loc cause) {
    Map<String, Loc> rules = namedRules(text.split("\r\n|\r|\n", -1), 0, bare);
    return Config.none().withUnread(new Config.Unread(cause, true, rules));
  }

  /** The rule ids named outside comments on {@code lines} from {@code from} (0-based) on. */
  private static Map<String, Loc> namedRules(String[] lines, int from, SourceFile bare) {
    Map<String, Loc> named = new LinkedHashMap<>();
    for (int i = from; i < lines.length; i++) {
      String line = withoutComment(lines[i]);
      Matcher m = RULE_ID.matcher(line);
      while (m.find()) {
        String id = m.group().toUpperCase(Locale.ROOT);
        if (Rule.ofId(id).isPresent()) {
          named.putIfAbsent(id, bare.at(i + 1, m.start() + 1));
        }
      }
    }
    return named;
  }

  /** A line without its comment: from a "#" at its start or after a blank. */
  private static String withoutComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  /**
   * Whether the entries above line {@code at} (0-based) surely end there: the first line with
   * content from it on starts a new top-level entry, and opens a block of its own or no line below
   * it before the next such entry is indented or a list item. Such lines belong to no entry the
   * parser read: they may be the rest of the entry above ({@code channels:} items after a broken
   * line put among them), so that entry is not known in full.
   */
  private static boolean startsNewEntry(String[] lines, int at) {
    int first = nextContent(lines, at);
    if (first < 0) {
      return true;
    }
    if (!topLevel(lines[first])) {
      return false;
    }
    String opening = withoutComment(lines[first]).strip();
    if (opening.endsWith(":") || opening.endsWith("：")) {
      return true; // the lines indented below are its own ("rules：" over its settings)
    }
    int next = nextContent(lines, first + 1);
    return next < 0 || topLevel(lines[next]);
  }

  /** The index of the first line from {@code at} on that is not blank or a comment, or -1. */
  private static int nextContent(String[] lines, int at) {
    for (int i = at; i < lines.length; i++) {
      String stripped = lines[i].strip();
      if (!stripped.isEmpty() && !stripped.startsWith("#")) {
        return i;
      }
    }
    return -1;
  }

  /** A line that starts a top-level entry: neither indented nor a list item. */
  private static boolean topLevel(String line) {
    char c = line.charAt(0);
    return c != ' ' && c != '\t' && c != '-';
  }

  private static String lastKey(ObjectNode tree) {
    String last = null;
    for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
      last = names.next();
    }
    return last;
  }

  /** The line (0-based) of the top-level key {@code key}, searched upwards from {@code before}. */
  private static int firstLineOfKey(String[] lines, int before, String key) {
    for (int i = Math.min(before, lines.length) - 1; i >= 0; i--) {
      if (lines[i].startsWith(key)) {
        return i;
      }
    }
    return 0;
  }

  private static SourceFile located(JsonNode tree, SourceFile bare) {
    return new SourceFile(bare.path(), bare.display(), new TreeLocator(tree));
  }

  /** The text of bytes that are entirely valid GB18030, or null. */
  private static String strictGb18030(byte[] bytes) {
    try {
      return GB18030
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
