package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;

/**
 * Reads the plain YAML nearly every catalogue file is written in, several times faster than
 * SnakeYAML, into the same located tree the {@link YamlTreeBuilder} builds from SnakeYAML's events:
 * same nodes, same values, same positions. It knows a deliberately small subset: block mappings and
 * sequences, one-line flow sequences and mappings, and one-line scalars — plain, double-quoted
 * without escapes, single-quoted — with comments and blank lines between. At the first thing
 * outside that subset (tabs, anchors, tags, block or multi-line scalars, escapes, duplicate keys,
 * empty values, document markers, unusual characters, anything it is unsure of) it gives up and
 * SnakeYAML reads the file, so every error message and every corner of YAML still comes from
 * SnakeYAML.
 */
final class PlainYamlReader {
  private static final int MAX_DEPTH = 16;
  // SnakeYAML refuses simple keys longer than 1024 characters; leave anything near that to it
  private static final int MAX_KEY_LENGTH = 1000;

  /** Thrown to give up on a text; carries nothing, costs nothing. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Unsupported INSTANCE = new Unsupported();

    private Unsupported() {
      super(null, null, false, false);
    }
  }

  private final String text;
  // the text's characters and a few NULs after them: at(i) needs no length check
  private final char[] chars;
  private final int length;
  private final TextPool pool;
  private int pos;
  private int line = 1;
  private int lineStart;
  private int depth;
  private long count;
  private boolean untidy;

  private PlainYamlReader(String text, TextPool pool) {
    this.text = text;
    this.length = text.length();
    this.chars = new char[length + 4];
    text.getChars(0, length, chars, 0);
    this.pool = pool;
  }

  /** The tree of a text in the subset, or null: then SnakeYAML must read it. */
  static YamlTreeBuilder.Result read(String text, TextPool pool) {
    PlainYamlReader reader = new PlainYamlReader(text, pool);
    if (!plainCharacters(reader.chars, reader.length)) {
      return null;
    }
    try {
      return new YamlTreeBuilder.Result(reader.document(), null, new ArrayList<>());
    } catch (Unsupported e) {
      return null;
    }
  }

  /**
   * Whether every character is one the subset takes as it is: printable, one column wide (no
   * surrogate pairs: SnakeYAML counts columns in code points), and no line break but LF (SnakeYAML
   * also breaks lines at CR, NEL, LS and PS). No tabs, no byte order mark.
   */
  static boolean plainCharacters(String text) {
    return plainCharacters(text.toCharArray(), text.length());
  }

  private static boolean plainCharacters(char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c < ' ' ? c != '\n' : c >= '\u007F' && !plainWide(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean plainWide(char c) {
    return c >= '\u00A0'
        && c != '\u2028'
        && c != '\u2029'
        && !Character.isSurrogate(c)
        && c != '\uFEFF'
        && c < '\uFFFE';
  }

  private static Unsupported unsupported() {
    return Unsupported.INSTANCE;
  }

  private JsonNode document() {
    if (nextContent() != 0) {
      throw unsupported(); // empty, or an indented root
    }
    LocatedNodes.Mapping root = blockMapping(0);
    if (pos < length) {
      throw unsupported();
    }
    root.tidyTexts(!untidy);
    return root;
  }

  // ---- block context ----

  /** A block mapping whose first key starts at {@code pos}, in column {@code indent} + 1. */
  private LocatedNodes.Mapping blockMapping(int indent) {
    enter();
    LocatedNodes.Mapping map = new LocatedNodes.Mapping(line, column());
    while (true) {
      int keyLine = line;
      int keyColumn = column();
      String key = pool.key(blockKey());
      JsonNode value;
      if (restIsEmpty()) {
        endOfLine();
        int next = nextContent();
        if (next <= indent) {
          throw unsupported(); // an empty value, or a sequence not indented below its key
        }
        value = blockNode(next);
      } else {
        skipSpaces();
        value = inlineValue(key);
        endOfLine();
        nextContent();
      }
      if (!map.addIfAbsent(key, value)) {
        throw unsupported(); // a duplicate key: SnakeYAML's path reports it
      }
      ((Located) value).keyAt(keyLine, keyColumn);
      int next = currentIndent();
      if (next < indent) {
        map.trim();
        depth--;
        return map;
      }
      if (next > indent) {
        throw unsupported(); // a continuation line, or a block indented oddly
      }
    }
  }

  /** A block sequence whose first {@code -} is at {@code pos}, in column {@code indent} + 1. */
  private LocatedNodes.Sequence blockSequence(int indent) {
    enter();
    LocatedNodes.Sequence seq = new LocatedNodes.Sequence(line, column());
    while (true) {
      if (at(pos) != '-' || at(pos + 1) != ' ') {
        throw unsupported();
      }
      pos++;
      skipSpaces();
      if (restIsEmpty()) {
        throw unsupported(); // an entry on the lines below its dash
      }
      JsonNode item;
      if (isKeyLine()) {
        item = blockMapping(pos - lineStart);
      } else {
        item = inlineValue(null);
        endOfLine();
        nextContent();
      }
      seq.add(item);
      int next = currentIndent();
      if (next < indent) {
        seq.trim();
        depth--;
        return seq;
      }
      if (next > indent) {
        throw unsupported();
      }
    }
  }

  /** The block collection starting at {@code pos}, the first content of its lines. */
  private JsonNode blockNode(int indent) {
    if (at(pos) == '-') {
      return blockSequence(indent);
    }
    if (!isKeyLine()) {
      throw unsupported(); // a scalar on its own line
    }
    return blockMapping(indent);
  }

  /** Reads a key and its colon; {@code pos} ends after the colon. */
  private String blockKey() {
    int start = pos;
    String key;
    char c = at(pos);
    if (c == '"' || c == '\'') {
      key = quoted();
    } else {
      if (isIndicator(c)) {
        throw unsupported();
      }
      while (true) {
        c = at(pos);
        if (c == '\n' || c == 0) {
          throw unsupported(); // no colon: not a key
        }
        if (c == ':' && isBlankOrEnd(at(pos + 1))) {
          break;
        }
        if (c == '#' && at(pos - 1) == ' ') {
          throw unsupported();
        }
        pos++;
      }
      if (at(pos - 1) == ' ') {
        throw unsupported(); // space before the colon
      }
      key = new String(chars, start, pos - start);
    }
    if (at(pos) != ':' || !isBlankOrEnd(at(pos + 1)) || pos - start > MAX_KEY_LENGTH) {
      throw unsupported();
    }
    pos++;
    return key;
  }

  /** Whether the line from {@code pos} is {@code key: ...} rather than a value. */
  private boolean isKeyLine() {
    char c = at(pos);
    int i = pos;
    if (c == '"' || c == '\'') {
      i = text.indexOf(c, pos + 1);
      int eol = lineEnd(pos);
      if (i < 0 || i > eol) {
        return false; // let the value reader decide
      }
      return at(i + 1) == ':' && isBlankOrEnd(at(i + 2));
    }
    while (true) {
      c = at(i);
      if (c == '\n' || c == 0 || (c == '#' && at(i - 1) == ' ')) {
        return false;
      }
      if (c == ':' && isBlankOrEnd(at(i + 1))) {
        return true;
      }
      i++;
    }
  }

  /** A scalar or flow collection on the rest of the line, the value of {@code key}. */
  private JsonNode inlineValue(String key) {
    char c = at(pos);
    if (c == '[') {
      return flowSequence();
    }
    if (c == '{') {
      return flowMapping();
    }
    int valueLine = line;
    int valueColumn = column();
    if (c == '"' || c == '\'') {
      return scalar(false, key, quoted(), valueLine, valueColumn);
    }
    if (isIndicator(c)) {
      throw unsupported();
    }
    int start = pos;
    int end = pos;
    while (true) {
      c = at(pos);
      if (c == '\n' || c == 0 || (c == '#' && at(pos - 1) == ' ')) {
        break;
      }
      if (c == ':' && isBlankOrEnd(at(pos + 1))) {
        throw unsupported(); // a mapping on one line
      }
      pos++;
      if (c != ' ') {
        end = pos;
      }
    }
    pos = end;
    return scalar(true, key, new String(chars, start, end - start), valueLine, valueColumn);
  }

  // ---- flow context (one line) ----

  private JsonNode flowNode(String key) {
    char c = at(pos);
    if (c == '[') {
      return flowSequence();
    }
    if (c == '{') {
      return flowMapping();
    }
    int valueLine = line;
    int valueColumn = column();
    if (c == '"' || c == '\'') {
      return scalar(false, key, quoted(), valueLine, valueColumn);
    }
    return scalar(true, key, flowPlain(), valueLine, valueColumn);
  }

  /** A plain scalar inside brackets: it ends at a flow indicator, a value colon or a comment. */
  private String flowPlain() {
    if (isIndicator(at(pos))) {
      throw unsupported();
    }
    int start = pos;
    int end = pos;
    while (true) {
      char c = at(pos);
      if (c == '\n'
          || c == 0
          || c == ','
          || c == '['
          || c == ']'
          || c == '{'
          || c == '}'
          || c == '?'
          || (c == '#' && at(pos - 1) == ' ')
          || (c == ':' && isFlowValueEnd(at(pos + 1)))) {
        break;
      }
      pos++;
      if (c != ' ') {
        end = pos;
      }
    }
    if (end == start) {
      throw unsupported();
    }
    pos = end;
    return new String(chars, start, end - start);
  }

  private LocatedNodes.Sequence flowSequence() {
    enter();
    LocatedNodes.Sequence seq = new LocatedNodes.Sequence(line, column());
    pos++; // [
    skipFlowSpaces();
    if (at(pos) != ']') {
      while (true) {
        seq.add(flowNode(null));
        skipFlowSpaces();
        char c = at(pos);
        if (c == ']') {
          break;
        }
        if (c != ',') {
          throw unsupported();
        }
        pos++;
        skipFlowSpaces();
        if (at(pos) == ']') {
          throw unsupported(); // a trailing comma
        }
      }
    }
    pos++; // ]
    seq.trim();
    depth--;
    return seq;
  }

  private LocatedNodes.Mapping flowMapping() {
    enter();
    LocatedNodes.Mapping map = new LocatedNodes.Mapping(line, column());
    pos++; // {
    skipFlowSpaces();
    if (at(pos) != '}') {
      while (true) {
        int keyLine = line;
        int keyColumn = column();
        char c = at(pos);
        String key = pool.key(c == '"' || c == '\'' ? quoted() : flowPlain());
        if (at(pos) != ':' || at(pos + 1) != ' ') {
          throw unsupported();
        }
        pos++;
        skipFlowSpaces();
        JsonNode value = flowNode(key);
        if (!map.addIfAbsent(key, value)) {
          throw unsupported();
        }
        ((Located) value).keyAt(keyLine, keyColumn);
        skipFlowSpaces();
        c = at(pos);
        if (c == '}') {
          break;
        }
        if (c != ',') {
          throw unsupported();
        }
        pos++;
        skipFlowSpaces();
        if (at(pos) == '}') {
          throw unsupported();
        }
      }
    }
    pos++; // }
    map.trim();
    depth--;
    return map;
  }

  // ---- scalars ----

  /** A quoted scalar on one line: double quotes without escapes, or single quotes. */
  private String quoted() {
    char quote = at(pos);
    int start = pos + 1;
    if (quote == '"') {
      for (int i = start; ; i++) {
        char c = at(i);
        if (c == '"') {
          pos = i + 1;
          return new String(chars, start, i - start);
        }
        if (c == '\\' || c == '\n' || c == 0) {
          throw unsupported();
        }
      }
    }
    StringBuilder value = null;
    int from = start;
    for (int i = start; ; i++) {
      char c = at(i);
      if (c == '\n' || c == 0) {
        throw unsupported();
      }
      if (c == '\'') {
        if (at(i + 1) != '\'') {
          pos = i + 1;
          if (value == null) {
            return new String(chars, start, i - start);
          }
          return value.append(chars, from, i - from).toString();
        }
        if (value == null) {
          value = new StringBuilder();
        }
        value.append(chars, from, i + 1 - from); // one quote for two
        i++;
        from = i + 1;
      }
    }
  }

  private JsonNode scalar(boolean plain, String key, String value, int valueLine, int column) {
    count();
    JsonNode node = YamlTreeBuilder.scalar(plain, key, value, valueLine, column, pool);
    untidy = untidy || node.isTextual() && TextTraits.isUntidy(value);
    return node;
  }

  // ---- lines ----

  /** Moves to the first character of the next line that is not blank or a comment. */
  private int nextContent() {
    while (true) {
      int i = pos;
      while (at(i) == ' ') {
        i++;
      }
      if (i >= length) {
        pos = length;
        return -1;
      }
      char c = text.charAt(i);
      if (c == '\n' || c == '#') {
        int eol = lineEnd(i);
        pos = eol < length ? eol + 1 : length;
        line++;
        lineStart = pos;
        continue;
      }
      pos = i;
      int indent = i - lineStart;
      if (indent == 0 && (c == '%' || text.startsWith("---", i) || text.startsWith("...", i))) {
        throw unsupported(); // directives and document markers
      }
      return indent;
    }
  }

  /** Spaces then the end of the line, possibly after a comment; moves past the line break. */
  private void endOfLine() {
    int spaces = pos;
    skipSpaces();
    char c = at(pos);
    if (c == '#' && pos > spaces) {
      pos = lineEnd(pos);
      c = at(pos);
    }
    if (c == 0) {
      pos = length;
      return;
    }
    if (c != '\n') {
      throw unsupported();
    }
    pos++;
    line++;
    lineStart = pos;
  }

  /** Whether only spaces and a comment remain on the line. */
  private boolean restIsEmpty() {
    int i = pos;
    while (at(i) == ' ') {
      i++;
    }
    char c = at(i);
    return c == '\n' || c == 0 || (c == '#' && i > pos);
  }

  private int currentIndent() {
    return pos >= length ? -1 : pos - lineStart;
  }

  private int column() {
    return pos - lineStart + 1;
  }

  private int lineEnd(int from) {
    int eol = text.indexOf('\n', from);
    return eol < 0 ? length : eol;
  }

  private void skipSpaces() {
    while (at(pos) == ' ') {
      pos++;
    }
  }

  private void skipFlowSpaces() {
    skipSpaces();
    if (at(pos) == '\n' || at(pos) == 0) {
      throw unsupported(); // a flow collection over several lines
    }
  }

  /** The character at {@code i}, or 0 past the end (the text has no NUL: see plainCharacters). */
  private char at(int i) {
    return i >= 0 ? chars[i] : 0;
  }

  private static boolean isBlankOrEnd(char c) {
    return c == ' ' || c == '\n' || c == 0;
  }

  private static boolean isFlowValueEnd(char c) {
    return c == ' ' || c == '\n' || c == 0 || c == ',' || c == ']' || c == '}' || c == '['
        || c == '{';
  }

  /** Characters a plain scalar may not start with (the reader does not take "-1" either). */
  private static boolean isIndicator(char c) {
    return "-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0 || c == ' ' || c == '\n' || c == 0;
  }

  private void enter() {
    count();
    if (++depth > MAX_DEPTH) {
      throw unsupported();
    }
  }

  private void count() {
    if (++count > YamlTreeBuilder.MAX_NODES) {
      throw unsupported();
    }
  }
}
