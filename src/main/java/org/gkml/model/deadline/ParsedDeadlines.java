package org.gkml.model.deadline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deadlines already parsed, by text. A province writes the same few hundred wordings on hundreds of
 * thousands of items, and parsing one (NFKC, several regular expressions) cost more than reading
 * its file. Deadlines are immutable, so one instance serves every item with that text.
 */
final class ParsedDeadlines {
  /** Enough for every distinct wording of a province; hostile or odd trees stop filling it. */
  static final int CAPACITY = 20_000;

  private static final Map<String, Deadline> PARSED = new ConcurrentHashMap<>();

  private ParsedDeadlines() {}

  static Deadline parse(String text) {
    Deadline known = PARSED.get(text);
    if (known != null) {
      return known;
    }
    Deadline parsed = DeadlineParser.parse(text);
    if (PARSED.size() < CAPACITY && text.length() <= 200) {
      PARSED.putIfAbsent(text, parsed);
    }
    return parsed;
  }
}
