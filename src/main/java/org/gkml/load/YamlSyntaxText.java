package org.gkml.load;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.i18n.Messages;

/**
 * SnakeYAML's syntax error phrases ("while parsing a flow node", "expected the node content, but
 * found ','") as texts of the bundle, so a syntax error reads in the user's language. The table
 * holds the phrases snakeyaml-engine writes; a phrase it does not know (a newer parser's) is shown
 * as SnakeYAML wrote it rather than lost.
 */
final class YamlSyntaxText {

  /** A phrase of SnakeYAML and the bundle key that says it; the pattern's groups are arguments. */
  private record Phrase(Pattern pattern, String key) {
    Phrase(String regex, String key) {
      this(Pattern.compile(regex), key);
    }
  }

  private static final List<Phrase> CONTEXTS =
      List.of(
          new Phrase("while parsing a block mapping", "yaml.while.blockMapping"),
          new Phrase("while parsing a block collection", "yaml.while.blockSequence"),
          new Phrase("while parsing a flow mapping", "yaml.while.flowMapping"),
          new Phrase("while parsing a flow sequence", "yaml.while.flowSequence"),
          new Phrase("while parsing a flow node", "yaml.while.flowNode"),
          new Phrase("while parsing a (?:block )?node", "yaml.while.node"),
          new Phrase("while scanning a simple key", "yaml.while.key"),
          new Phrase("while scanning a plain scalar", "yaml.while.plain"),
          new Phrase("while scanning a (?:double-)?quoted scalar", "yaml.while.quoted"),
          new Phrase("while scanning a block scalar", "yaml.while.block"),
          new Phrase("while scanning an? (?:anchor|alias)", "yaml.while.anchor"),
          new Phrase("while scanning a tag", "yaml.while.tag"),
          new Phrase("while scanning a comment", "yaml.while.comment"),
          new Phrase("while scanning a (?:YAML )?directive", "yaml.while.directive"),
          new Phrase("while scanning for the next token", "yaml.while.token"));

  private static final List<Phrase> PROBLEMS =
      List.of(
          new Phrase("expected <block end>, but found '(.*)'", "yaml.problem.blockEnd"),
          new Phrase("expected the node content, but found '(.*)'", "yaml.problem.nodeContent"),
          new Phrase("expected ',' or '\\]', but got (.*)", "yaml.problem.flowSequence"),
          new Phrase("expected ',' or '\\}', but got (.*)", "yaml.problem.flowMapping"),
          new Phrase("could not find expected ':'", "yaml.problem.colon"),
          new Phrase("mapping values are not allowed here", "yaml.problem.value"),
          new Phrase("mapping keys are not allowed here", "yaml.problem.mappingKey"),
          new Phrase("sequence entries are not allowed here", "yaml.problem.entry"),
          new Phrase(
              "found character '(.*)' that cannot start any token\\..*", "yaml.problem.character"),
          new Phrase("found unexpected end of stream", "yaml.problem.endOfStream"),
          new Phrase("found unexpected document separator", "yaml.problem.separator"),
          new Phrase("found unknown escape character (.*)", "yaml.problem.escape"),
          new Phrase(
              "expected escape sequence of (\\d+) hexadecimal numbers, but found: (.*)",
              "yaml.problem.hexEscape"),
          new Phrase("expected a comment or a line break, but found (.*)", "yaml.problem.lineEnd"),
          new Phrase(
              "expected chomping or indentation indicators, but found (.*)",
              "yaml.problem.blockHeader"),
          new Phrase(
              "expected indentation indicator in the range 1-9, but found 0",
              "yaml.problem.indentIndicator"),
          new Phrase("expected '<document start>', but found '(.*)'", "yaml.problem.documentStart"),
          new Phrase(
              "expected alphabetic or numeric character, but found (.*)",
              "yaml.problem.alphanumeric"),
          new Phrase(
              "\\s*the leading empty lines contain more spaces \\((\\d+)\\) than the first non-empty"
                  + " line \\((\\d+)\\)\\.",
              "yaml.problem.leadingSpaces"),
          new Phrase("special characters are not allowed", "yaml.problem.special"));

  /** The names SnakeYAML gives what it found ("but found '<stream end>'"). */
  private static final Map<String, String> TOKENS =
      Map.ofEntries(
          Map.entry("<alias>", "yaml.token.alias"),
          Map.entry("<anchor>", "yaml.token.anchor"),
          Map.entry("<block end>", "yaml.token.blockEnd"),
          Map.entry("<block mapping start>", "yaml.token.blockMapping"),
          Map.entry("<block sequence start>", "yaml.token.blockSequence"),
          Map.entry("<directive>", "yaml.token.directive"),
          Map.entry("<document end>", "yaml.token.documentEnd"),
          Map.entry("<document start>", "yaml.token.documentStart"),
          Map.entry("<scalar>", "yaml.token.scalar"),
          Map.entry("<stream end>", "yaml.token.streamEnd"),
          Map.entry("<stream start>", "yaml.token.streamStart"),
          Map.entry("<tag>", "yaml.token.tag"));

  private YamlSyntaxText() {}

  /**
   * The key and arguments of a syntax error whose SnakeYAML {@code context} (may be empty) and
   * {@code problem} are given: {@code load.syntax} with the problem, or {@code load.syntaxWhile}
   * with the context and the problem.
   */
  static Object[] arguments(String context, String problem) {
    Object said = said(PROBLEMS, problem);
    return context.isEmpty() ? new Object[] {said} : new Object[] {said(CONTEXTS, context), said};
  }

  /** The bundle's text for {@code phrase}, or the phrase itself where the table has none. */
  private static Object said(List<Phrase> table, String phrase) {
    String trimmed = phrase.strip();
    for (Phrase p : table) {
      Matcher m = p.pattern().matcher(trimmed);
      if (m.matches()) {
        Object[] args = new Object[m.groupCount()];
        for (int i = 0; i < args.length; i++) {
          String found = m.group(i + 1);
          String token = TOKENS.get(found);
          args[i] = token == null ? found : new Messages.Text(token);
        }
        return new Messages.Text(p.key(), args);
      }
    }
    return trimmed;
  }
}
