package org.gkml.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gkml.model.Loc;

/**
 * One difference between two catalogue versions, as CLI.md "Diff output" prints it.
 *
 * <p>{@code region} is null for a basic catalogue; {@code item} is null for a catalogue-level key;
 * {@code field} is null unless {@code kind} is modified. {@code before} and {@code after} are plain
 * values (text, flag, list of text, or an ordered map for whole items, policies and overlay
 * entries); null where there is nothing on that side. {@code subject} carries what reports show
 * besides: the item's names and where the change stands.
 */
public record Change(
    String domain,
    String region,
    String item,
    ChangeKind kind,
    String field,
    Object before,
    Object after,
    ChangeClass changeClass,
    Subject subject) {

  /** The item a change is about, by its names, and the file position of the change. */
  public record Subject(String level1, String level2, Loc loc) {
    public static final Subject NONE = new Subject(null, null, null);
  }

  public Change {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(changeClass, "changeClass");
    subject = subject == null ? Subject.NONE : subject;
  }

  /** Whether before and after are lists (basis, channels, tiers, policy lists). */
  public boolean isListChange() {
    return before instanceof List<?> || after instanceof List<?>;
  }

  /** The elements of a list field that are new, in the order written. */
  public List<String> addedElements() {
    return minus(after, before);
  }

  /** The elements of a list field that are gone, in the order written. */
  public List<String> removedElements() {
    return minus(before, after);
  }

  private static List<String> minus(Object from, Object drop) {
    if (!(from instanceof List<?> list)) {
      return List.of();
    }
    Set<Object> dropped = drop instanceof List<?> d ? Set.copyOf(d) : Set.of();
    List<String> out = new ArrayList<>();
    for (Object o : new LinkedHashSet<>(list)) {
      if (!dropped.contains(o)) {
        out.add(String.valueOf(o));
      }
    }
    return out;
  }
}
