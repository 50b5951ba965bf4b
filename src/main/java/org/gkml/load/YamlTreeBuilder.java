package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.CharArrayReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.CharBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gkml.model.Rule;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Builds a located Jackson tree from SnakeYAML Engine's event stream. Working on events rather than
 * composed nodes lets gkml read every scalar as the text written (FORMAT.md §5: {@code version:
 * 2025.10} stays "2025.10"), report duplicate keys at their second occurrence, and cap depth and
 * alias expansion before a hostile file can cost anything.
 */
final class YamlTreeBuilder {
  static final int MAX_DEPTH = 64;
  static final long MAX_NODES = 1_000_000;

  private static final Set<String> BOOLEANS =
      Set.of("true", "True", "TRUE", "false", "False", "FALSE");
  private static final String CORE_TAG = "tag:yaml.org,2002:";
  private static final Set<String> SAFE_TAGS =
      Set.of("!", CORE_TAG + "str", CORE_TAG + "map", CORE_TAG + "seq");
  // the keys whose values are not text (FORMAT.md §5): typed as YAML 1.2 core would
  private static final String INT_KEY = "gkml";

  /** The keys whose values are flags: an item's, a policy's and an overlay's (format 1.1). */
  private static final Set<String> FLAG_KEYS = Set.of("optional", "skippable", "applicable");

  /**
   * The tree, or the problem that stopped parsing, plus problems that did not. {@code fatalFrom} is
   * the first line the fatal problem involves (where the parser began what it could not read, at
   * most the problem's line; 0 without one): the text above it read as far as the parser went.
   */
  record Result(JsonNode root, Problem fatal, List<Problem> problems, int fatalFrom) {
    Result(JsonNode root, Problem fatal, List<Problem> problems) {
      this(root, fatal, problems, fatal == null ? 0 : fatal.line());
    }
  }

  /** An open mapping or sequence, and for a mapping the key waiting for its value. */
  private static final class Frame {
    final JsonNode node;
    final long startCount;
    final Anchor anchor;
    String key;
    int keyLine;
    int keyColumn;

    Frame(JsonNode node, long startCount, Anchor anchor) {
      this.node = node;
      this.startCount = startCount;
      this.anchor = anchor;
    }
  }

  /** Thrown inside the builder to stop at the first fatal problem. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    Stop(Problem problem) {
      super(null, null, false, false);
      this.problem = problem;
    }
  }

  private final LoadSettings settings;
  private final TextPool pool;
  // the pool for short values too, or null: a tree dropped once its file is checked keeps none of
  // its values, and the document mapper shares those its records keep (DocumentMapper.shared)
  private final TextPool values;
  // false when a pass over the raw text proved that no value can be untidy except a blank one
  private final boolean mayBeUntidy;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Map<Anchor, JsonNode> anchors = new HashMap<>();
  private final Map<JsonNode, Long> sizes = new IdentityHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private JsonNode root;
  private boolean untidy;
  private long count;
  private int documents;

  private YamlTreeBuilder(
      LoadSettings settings, TextPool pool, boolean shareValues, boolean mayBeUntidy) {
    this.settings = settings;
    this.pool = pool;
    this.values = shareValues ? pool : null;
    this.mayBeUntidy = mayBeUntidy;
  }

  static Result build(String text, LoadSettings settings) {
    return build(text, settings, new TextPool());
  }

  /** Builds a tree whose keys and short texts are shared through {@code pool}. */
  static Result build(String text, LoadSettings settings, TextPool pool) {
    return parse(text, settings, pool);
  }

  /** The tree as SnakeYAML reads it. */
  static Result parse(String text, LoadSettings settings, TextPool pool) {
    return new YamlTreeBuilder(settings, pool, true, true).run(new StringReader(text), text);
  }

  /**
   * Builds a tree from decoded characters ({@link TextDecoder#decodeChars}), as the parser reads
   * them, without a String of the whole text; {@code scan} is what a pass over them found. Keys are
   * shared through {@code pool}, and short values too with {@code shareValues}.
   */
  static Result build(
      char[] chars,
      int length,
      TextScan scan,
      LoadSettings settings,
      TextPool pool,
      boolean shareValues) {
    return new YamlTreeBuilder(settings, pool, shareValues, scan.mayBeUntidy())
        .run(new CharArrayReader(chars, 0, length), CharBuffer.wrap(chars, 0, length));
  }

  /** Parses {@code text}, which reads {@code source} (looked at again for a syntax error only). */
  private Result run(Reader text, CharSequence source) {
    try {
      var parser =
          new ParserImpl(settings, new ScannerImpl(settings, new StreamReader(settings, text)));
      while (parser.hasNext()) {
        accept(parser.next());
      }
      if (root instanceof LocatedNodes.Mapping mapping) {
        mapping.tidyTexts(!untidy);
      }
      return new Result(root, null, problems);
    } catch (Stop s) {
      return new Result(null, s.problem, problems);
    } catch (MarkedYamlEngineException e) {
      Problem p = syntax(e, source);
      int from = e.getContextMark().map(m -> m.getLine() + 1).orElse(p.line());
      return new Result(null, p, problems, Math.min(from, p.line()));
    } catch (YamlEngineException e) {
      return new Result(
          null, new Problem(Rule.SYNTAX, 1, 1, "load.syntax", e.getMessage()), problems);
    } catch (RuntimeException e) {
      // a parser bug must cost one file, not the whole run (snakeyaml-engine has thrown
      // IndexOutOfBoundsException on valid input)
      return new Result(
          null, new Problem(Rule.SYNTAX, 1, 1, "load.parserFailed", e.toString()), problems);
    }
  }

  private void accept(Event event) {
    switch (event.getEventId()) {
      case DocumentStart -> {
        if (++documents > 1) {
          Mark m = event.getStartMark().orElse(null);
          throw stop(m, Rule.SYNTAX, "load.multipleDocuments");
        }
      }
      case Scalar -> scalar((ScalarEvent) event);
      case MappingStart, SequenceStart -> open((CollectionStartEvent) event);
      case MappingEnd, SequenceEnd -> close();
      case Alias -> alias((AliasEvent) event);
      default -> {
        // stream start/end, document end and comments carry nothing for the tree
      }
    }
  }

  private void scalar(ScalarEvent e) {
    Mark m = e.getStartMark().orElse(null);
    checkTag(e.getTag(), m);
    Frame top = stack.peek();
    if (top != null && top.node instanceof ObjectNode && top.key == null) {
      top.key = pool.key(e.getValue());
      top.keyLine = line(m);
      top.keyColumn = column(m);
      return;
    }
    String key = top == null ? null : top.key;
    JsonNode node = typed(e, key, line(m), column(m));
    count(1, m);
    attach(node);
    remember(e.getAnchor(), node, 1);
  }

  private JsonNode typed(ScalarEvent e, String key, int line, int column) {
    JsonNode node = scalar(e.isPlain(), key, e.getValue(), line, column, values);
    if (!untidy && node.isTextual()) {
      String text = node.textValue();
      untidy =
          mayBeUntidy ? TextTraits.isUntidy(text) : text.isBlank() || TextTraits.untidyEnds(text);
    }
    return node;
  }

  /**
   * The node of a scalar value written under {@code key} (null in a sequence): text, except the
   * values FORMAT.md §5 types, written plain: {@code gkml} as an int, {@code optional} (and format
   * 1.1's {@code skippable} and {@code applicable}) as a flag. Short texts are shared through
   * {@code pool} unless it is null.
   */
  static JsonNode scalar(
      boolean plain, String key, String value, int line, int column, TextPool pool) {
    if (plain && INT_KEY.equals(key) && isSmallInteger(value)) {
      return new LocatedNodes.Int(Integer.parseInt(value), line, column);
    }
    if (plain && key != null && FLAG_KEYS.contains(key) && BOOLEANS.contains(value)) {
      return new LocatedNodes.Flag(value.charAt(0) == 't' || value.charAt(0) == 'T', line, column);
    }
    return new LocatedNodes.Text(pool == null ? value : pool.value(value), line, column);
  }

  /** {@code [-+]?[0-9]{1,9}}: an int written in decimal digits. */
  static boolean isSmallInteger(String s) {
    int start = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
    int digits = s.length() - start;
    if (digits < 1 || digits > 9) {
      return false;
    }
    for (int i = start; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private void open(CollectionStartEvent e) {
    Mark m = e.getStartMark().orElse(null);
    checkTag(e.getTag(), m);
    Frame top = stack.peek();
    if (top != null && top.node instanceof ObjectNode && top.key == null) {
      throw stop(m, Rule.SYNTAX, "load.complexKey");
    }
    if (stack.size() >= MAX_DEPTH) {
      throw stop(m, Rule.LIMIT, "load.tooDeep", MAX_DEPTH);
    }
    JsonNode node =
        e.getEventId() == Event.ID.MappingStart
            ? new LocatedNodes.Mapping(line(m), column(m))
            : new LocatedNodes.Sequence(line(m), column(m));
    count(1, m);
    attach(node);
    stack.push(new Frame(node, count, ((NodeEvent) e).getAnchor().orElse(null)));
  }

  private void close() {
    Frame f = stack.pop();
    if (f.node instanceof LocatedNodes.Mapping mapping) {
      mapping.trim();
    } else if (f.node instanceof LocatedNodes.Sequence sequence) {
      sequence.trim();
    }
    if (f.anchor != null) {
      anchors.put(f.anchor, f.node);
      sizes.put(f.node, count - f.startCount + 1);
    }
  }

  private void alias(AliasEvent e) {
    Mark m = e.getStartMark().orElse(null);
    Frame top = stack.peek();
    if (top != null && top.node instanceof ObjectNode && top.key == null) {
      throw stop(m, Rule.SYNTAX, "load.complexKey");
    }
    JsonNode target = anchors.get(e.getAlias());
    if (target == null) {
      throw stop(m, Rule.SYNTAX, "load.unknownAlias", e.getAlias().getValue());
    }
    // an alias expands to a whole copy of its target: count it so alias bombs stop early
    count(sizes.getOrDefault(target, 1L), m);
    attach(target);
  }

  private void remember(Optional<Anchor> anchor, JsonNode node, long size) {
    if (anchor.isPresent()) {
      anchors.put(anchor.get(), node);
      sizes.put(node, size);
    }
  }

  private void attach(JsonNode node) {
    Frame top = stack.peek();
    if (top == null) {
      root = node;
    } else if (top.node instanceof LocatedNodes.Mapping map) {
      if (map.addIfAbsent(top.key, node)) {
        if (node instanceof Located located) {
          located.keyAt(top.keyLine, top.keyColumn);
        }
      } else {
        problems.add(
            new Problem(
                Rule.DUPLICATE_KEY, top.keyLine, top.keyColumn, "load.duplicateKey", top.key));
      }
      top.key = null;
    } else {
      ((ArrayNode) top.node).add(node);
    }
  }

  private void count(long n, Mark m) {
    count += n;
    if (count > MAX_NODES) {
      throw stop(m, Rule.LIMIT, "load.tooManyNodes", MAX_NODES);
    }
  }

  private static void checkTag(Optional<String> tag, Mark m) {
    if (tag.isPresent() && !SAFE_TAGS.contains(tag.get())) {
      throw stop(m, Rule.SYNTAX, "load.tag", tag.get());
    }
  }

  private static Stop stop(Mark m, Rule rule, String key, Object... args) {
    return new Stop(new Problem(rule, line(m), column(m), key, args));
  }

  private static Problem syntax(MarkedYamlEngineException e, CharSequence source) {
    Mark m = e.getProblemMark().orElse(e.getContextMark().orElse(null));
    String problem = e.getProblem() == null ? "" : e.getProblem();
    if (problem.contains("end of stream") && e.getContextMark().isPresent()) {
      // a quote or bracket never closed: the file's end says nothing, where it opened does
      m = e.getContextMark().get();
    }
    if (problem.contains("\\t") || problem.contains("TAB")) {
      return new Problem(Rule.SYNTAX, line(m), column(m), "load.tab");
    }
    // the parser stops after a full-width colon, often lines later: name the slip, where it is
    int from = e.getContextMark().map(c -> c.getLine() + 1).orElse(0);
    var slip = FullWidthColon.before(source, from, line(m), column(m));
    if (slip.isPresent()) {
      FullWidthColon.Slip s = slip.get();
      return new Problem(Rule.SYNTAX, s.line(), s.column(), "load.fullWidthColon", s.key());
    }
    var item = ListItemSlip.before(source, from, line(m));
    if (item.isPresent()) {
      ListItemSlip.Slip s = item.get();
      String key = s.fullWidth() ? "load.fullWidthDash" : "load.dashWithoutSpace";
      return new Problem(Rule.SYNTAX, s.line(), s.column(), key);
    }
    String context = e.getContext() == null ? "" : e.getContext();
    Object[] said = YamlSyntaxText.arguments(context, problem);
    String key = said.length == 1 ? "load.syntax" : "load.syntaxWhile";
    return new Problem(Rule.SYNTAX, line(m), column(m), key, said);
  }

  private static int line(Mark m) {
    return m == null ? 1 : m.getLine() + 1;
  }

  private static int column(Mark m) {
    return m == null ? 1 : m.getColumn() + 1;
  }
}
