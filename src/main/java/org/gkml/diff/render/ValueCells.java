package org.gkml.diff.render;

import org.gkml.diff.Change;

/**
 * How every report shows the values of a change, one method per kind: most kinds show their plain
 * values ({@link Change#before}, {@link Change#after}) as they are, declared once here; a report
 * decides for itself how to show a list as the elements gone and new ({@link #list}) and long text
 * as an inline character diff ({@link #inline}); every report also shows a revision record's
 * entries and whether a domain applies in words of its own. A kind of change added to {@link
 * Change.Visitor} does not compile until it is placed here or in every report.
 */
interface ValueCells<R> extends Change.Visitor<R> {
  /** The values as they are, one per side (a whole item one key a line). */
  R plain(Change c);

  /** A list field changed: the elements gone and the elements new. */
  R list(Change.ListChanged c);

  /** Long text changed ({@link Change.TextChanged#isLongText}): an inline character diff. */
  R inline(Change.TextChanged c);

  @Override
  default R added(Change.ItemAdded c) {
    return plain(c);
  }

  @Override
  default R removed(Change.ItemRemoved c) {
    return plain(c);
  }

  @Override
  default R renamed(Change.ItemRenamed c) {
    return plain(c);
  }

  @Override
  default R text(Change.TextChanged c) {
    return c.isLongText() ? inline(c) : plain(c);
  }

  @Override
  default R flag(Change.FlagChanged c) {
    return plain(c);
  }

  @Override
  default R key(Change.KeyChanged c) {
    return plain(c);
  }

  @Override
  default R mapping(Change.MappingChanged c) {
    return plain(c);
  }

  @Override
  default R entry(Change.EntryChanged c) {
    return plain(c);
  }
}
