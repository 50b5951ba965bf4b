package org.gkml.load;

import java.util.Optional;

/** The three kinds of catalogue document, by their {@code kind:} word and schema file. */
public enum DocumentKind {
  CATALOG("catalog"),
  OVERLAY("overlay"),
  CONFIG("config");

  private final String word;

  DocumentKind(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  String schemaFile() {
    return word + ".schema.json";
  }

  static Optional<DocumentKind> ofWord(String word) {
    for (DocumentKind k : values()) {
      if (k.word.equals(word)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
