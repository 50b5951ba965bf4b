package org.gkml.load;

/**
 * A parsed node that remembers where it was written: the 1-based position of the node and, for a
 * mapping member, of its key. The positions live in the node itself (four ints, no side object),
 * since a province-sized tree keeps millions of nodes in memory for the life of a command.
 */
interface Located {
  int line();

  int column();

  int keyLine();

  int keyColumn();

  /** Sets the key position; only while the tree is being built (the key is seen first). */
  void keyAt(int line, int column);
}
