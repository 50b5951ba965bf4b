package org.gkml.load;

/**
 * Shares equal short texts across the files of a tree. Keys repeat in every item and many values do
 * too (tiers, modes, channels, owners, deadlines, legal bases), and a loaded tree keeps them all:
 * one instance each keeps a province-sized tree small enough to stay out of the garbage collector's
 * way.
 *
 * <p>A lossy, direct-mapped cache rather than a map: one slot per hash, a newcomer replaces what
 * was there. Frequent texts stay (they come back before anything evicts them), unique ones only
 * pass through, the table never grows and a lookup is one array read. Racy by design and still safe
 * to share between threads: a slot holds an immutable String or null, and a lost update only costs
 * a missed share.
 */
final class TextPool {
  static final int MAX_LENGTH = 64;
  private static final int SLOTS = 1 << 13;

  private final String[] slots = new String[SLOTS];

  /** An instance equal to {@code text}: a shared one when the pool has it, else {@code text}. */
  String share(String text) {
    if (text.length() > MAX_LENGTH) {
      return text;
    }
    int h = text.hashCode();
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    String known = slots[slot];
    if (text.equals(known)) {
      return known;
    }
    slots[slot] = text;
    return text;
  }
}
