package org.gkml.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * 公开对象: the whole public, a specific group only, or both where a table ticks both columns
 * (FORMAT.md 1.1). Whether the whole public is included is what matters for weakening: dropping 全社会
 * narrows who may see the item, dropping 特定群体 from both does not.
 */
public enum Audience {
  PUBLIC("全社会", List.of("全社会")),
  SPECIFIC("特定群体", List.of("特定群体")),
  BOTH("全社会、特定群体", List.of("全社会", "特定群体"));

  private final String word;
  private final List<String> words;

  Audience(String word, List<String> words) {
    this.word = word;
    this.words = words;
  }

  /** The audience as one line of text, for messages and table cells. */
  public String word() {
    return word;
  }

  /** The audience words in their printed order: 全社会 before 特定群体. */
  public List<String> words() {
    return words;
  }

  /** The audience as files write it: one word, or the list of both. */
  public Object value() {
    return words.size() == 1 ? word : words;
  }

  public boolean includesPublic() {
    return this != SPECIFIC;
  }

  public boolean includesSpecific() {
    return this != PUBLIC;
  }

  /** Whether going from this audience to {@code after} takes the whole public away. */
  public boolean weakenedBy(Audience after) {
    return includesPublic() && !after.includesPublic();
  }

  /** A single word, or the text of both ({@link #word()}). */
  public static Optional<Audience> ofWord(String word) {
    for (Audience a : values()) {
      if (a.word.equals(word)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The audience a list of words names; empty when a word is unknown or the list is empty. */
  public static Optional<Audience> ofWords(Collection<String> list) {
    boolean pub = false;
    boolean specific = false;
    for (String w : list) {
      if (PUBLIC.word.equals(w)) {
        pub = true;
      } else if (SPECIFIC.word.equals(w)) {
        specific = true;
      } else {
        return Optional.empty();
      }
    }
    if (pub && specific) {
      return Optional.of(BOTH);
    }
    return pub ? Optional.of(PUBLIC) : specific ? Optional.of(SPECIFIC) : Optional.empty();
  }

  /** The audience of a value as {@link #value()} gives it: a word or a list of words. */
  public static Optional<Audience> ofValue(Object value) {
    if (value instanceof Collection<?> c) {
      return ofWords(c.stream().map(String::valueOf).toList());
    }
    return value == null ? Optional.empty() : ofWord(value.toString());
  }
}
