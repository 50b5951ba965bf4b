package org.gkml.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code modify} entry of an overlay: the target item and the edit to each field it names, in the
 * order written (so that what resolution reports reads like the file).
 */
public record Modification(String id, Map<Field, FieldEdit> edits, Loc loc) {
  public Modification {
    Objects.requireNonNull(id);
    edits = edits.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(edits));
  }
}
