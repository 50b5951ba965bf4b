package org.gkml.model;

import java.util.List;

/** How a {@code modify} entry changes one field of an item. */
public sealed interface FieldEdit {

  /** A text field replaced by a new value ({@code owner: 柯城区应急管理局}). */
  record SetText(String value) implements FieldEdit {}

  /** A flag set to a new value ({@code optional: true}). */
  record SetFlag(boolean value) implements FieldEdit {}

  /** A list field replaced by a full new list. */
  record ReplaceList(List<String> values) implements FieldEdit {
    public ReplaceList {
      values = List.copyOf(values);
    }
  }

  /** A list field edited in place: elements appended and elements dropped. */
  record EditList(List<String> add, List<String> remove) implements FieldEdit {
    public EditList {
      add = List.copyOf(add);
      remove = List.copyOf(remove);
    }
  }
}
