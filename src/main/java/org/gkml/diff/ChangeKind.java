package org.gkml.diff;

/** What happened to an item or a key: added, removed, modified in place, or given a new id. */
public enum ChangeKind {
  ADDED("added"),
  REMOVED("removed"),
  MODIFIED("modified"),
  RENAMED("renamed");

  private final String word;

  ChangeKind(String word) {
    this.word = word;
  }

  /** The word used in JSON. */
  public String word() {
    return word;
  }
}
