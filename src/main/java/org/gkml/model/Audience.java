package org.gkml.model;

import java.util.Optional;

/** 公开对象: the whole public, or a specific group only. The whole public is the stronger one. */
public enum Audience {
  PUBLIC("全社会"),
  SPECIFIC("特定群体");

  private final String word;

  Audience(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  public static Optional<Audience> ofWord(String word) {
    for (Audience a : values()) {
      if (a.word.equals(word)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
