package org.gkml.load;

/** A parsed node that remembers where it was written. */
interface Located {
  Where where();

  /**
   * The 1-based position of a node and, for a mapping member, of its key. Mutable only while the
   * tree is being built (the key is seen before its value is attached).
   */
  final class Where {
    final int line;
    final int column;
    int keyLine;
    int keyColumn;

    Where(int line, int column) {
      this.line = line;
      this.column = column;
      this.keyLine = line;
      this.keyColumn = column;
    }
  }
}
