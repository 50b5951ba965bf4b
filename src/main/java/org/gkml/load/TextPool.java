package org.gkml.load;

/**
 * Shares equal texts across the files of a tree. Keys repeat in every item and short values do too
 * (tiers, modes, audiences, channels, owners), and a loaded tree keeps them all: one instance each
 * keeps a province-sized tree small enough to stay out of the garbage collector's way.
 *
 * <p>Keys are handed out as the JVM's interned instances, the same ones the schema validator and
 * the document mapper look members up with, so a lookup in a mapping's members usually succeeds on
 * identity. Values are pooled only when short: longer ones (ids, contents) rarely repeat and
 * comparing them costs more than it saves.
 *
 * <p>Both pools are lossy, direct-mapped caches rather than maps: one slot per hash, a newcomer
 * replaces what was there. Frequent texts stay (they come back before anything evicts them), rare
 * ones only pass through, and the tables never grow. Racy by design and still safe to share between
 * threads: a slot holds an immutable String or null, and a lost update only costs a missed share.
 */
final class TextPool {
  static final int MAX_KEY_LENGTH = 64;
  static final int MAX_VALUE_LENGTH = 12;
  private static final int KEY_SLOTS = 1 << 9;
  private static final int VALUE_SLOTS = 1 << 12;

  private final String[] keys = new String[KEY_SLOTS];
  private final String[] values = new String[VALUE_SLOTS];

  /** The interned instance of a mapping key (long keys are returned as they are). */
  String key(String text) {
    if (text.length() > MAX_KEY_LENGTH) {
      return text;
    }
    int slot = slot(text, KEY_SLOTS);
    String known = keys[slot];
    if (text.equals(known)) {
      return known;
    }
    String interned = text.intern();
    keys[slot] = interned;
    return interned;
  }

  /** An instance equal to a value: a shared one when the pool has it, else {@code text}. */
  String value(String text) {
    if (text.length() > MAX_VALUE_LENGTH) {
      return text;
    }
    int slot = slot(text, VALUE_SLOTS);
    String known = values[slot];
    if (text.equals(known)) {
      return known;
    }
    values[slot] = text;
    return text;
  }

  private static int slot(String text, int slots) {
    int h = text.hashCode();
    return (h ^ (h >>> 16)) & (slots - 1);
  }
}
