package org.gkml.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gkml.model.Field;
import org.gkml.model.Loc;

/**
 * One difference between two catalogue versions (FORMAT.md §9), one record per kind of difference,
 * each with its values in their own types: a whole item added, removed or renamed, one field of an
 * item changed (text, flag or list), a catalogue-level key changed (text, mapping or revision
 * record), an overlay's {@code modify}/{@code remove} entry for one id changed, or the domain
 * declared (not) applicable to a region.
 *
 * <p>Every change also answers as the row CLI.md "Diff output" prints ({@link #item}, {@link
 * #kind}, {@link #field}, {@link #before}, {@link #after}, {@link #changeClass}); {@code before}
 * and {@code after} there are the plain values the JSON report writes (null where there is nothing
 * on that side). Renderers that need more take the records one by one through {@link Visitor}.
 */
public sealed interface Change {

  /** Where a change is: its domain, and its region (null for a basic catalogue). */
  record Scope(String domain, String region) {
    public Scope {
      Objects.requireNonNull(domain, "domain");
    }
  }

  /** The item a change is about, by its names, and the file position of the change. */
  record Subject(String level1, String level2, Loc loc) {
    public static final Subject NONE = new Subject(null, null, null);

    /** A position only, for what is not an item (a catalogue-level key, an overlay entry). */
    static Subject at(Loc loc) {
      return new Subject(null, null, loc);
    }
  }

  Scope scope();

  Subject subject();

  /** The id the change is about; null for a catalogue-level key. */
  String item();

  ChangeKind kind();

  /** The field, catalogue-level key or overlay section changed; null for a whole item. */
  String field();

  /** The value before, as the JSON report writes it; null when there was none. */
  Object before();

  /** The value after, as the JSON report writes it; null when there is none. */
  Object after();

  ChangeClass changeClass();

  /** Calls the visitor's method for this kind of change. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of change, so a renderer that implements it handles every kind (the
   * compiler says which one it misses).
   */
  interface Visitor<R> {
    R added(ItemAdded c);

    R removed(ItemRemoved c);

    R renamed(ItemRenamed c);

    R text(TextChanged c);

    R flag(FlagChanged c);

    R list(ListChanged c);

    R key(KeyChanged c);

    R mapping(MappingChanged c);

    R entry(EntryChanged c);

    R applicability(ApplicabilityChanged c);

    R revisions(RevisionsChanged c);
  }

  default String domain() {
    return scope().domain();
  }

  default String region() {
    return scope().region();
  }

  /** An item only in the new version; {@code after} is the item as its file writes it. */
  record ItemAdded(Scope scope, String item, Map<String, Object> after, Subject subject)
      implements Change {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.added(this);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.ADDED;
    }

    @Override
    public String field() {
      return null;
    }

    @Override
    public Object before() {
      return null;
    }

    @Override
    public ChangeClass changeClass() {
      return ChangeClass.ADDITIVE;
    }
  }

  /**
   * An item only in the old version; {@code before} is the item as its file wrote it. In a region's
   * view ({@code diff --region}) an item that an overlay on the region's chain removed carries that
   * removal's {@code reason}, its subject then at the removal (the overlay that changed); otherwise
   * the reason is null. {@code after} stays null: the item is gone.
   */
  record ItemRemoved(
      Scope scope, String item, Map<String, Object> before, String reason, Subject subject)
      implements Change {
    ItemRemoved(Scope scope, String item, Map<String, Object> before, Subject subject) {
      this(scope, item, before, null, subject);
    }

    /** This removal as the region's chain made it: by {@code removal}, with its reason, there. */
    public ItemRemoved removedBy(org.gkml.model.Removal removal) {
      return new ItemRemoved(
          scope,
          item,
          before,
          removal.reason(),
          new Subject(subject.level1(), subject.level2(), removal.loc()));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.removed(this);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.REMOVED;
    }

    @Override
    public String field() {
      return null;
    }

    @Override
    public Object after() {
      return null;
    }

    @Override
    public ChangeClass changeClass() {
      return ChangeClass.BREAKING;
    }
  }

  /**
   * An item given a new id, every other field the same: breaking, since overlays naming the old id
   * break. {@code item} is the new id.
   */
  record ItemRenamed(Scope scope, String from, String item, Subject subject) implements Change {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.renamed(this);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.RENAMED;
    }

    @Override
    public String field() {
      return null;
    }

    @Override
    public String before() {
      return from;
    }

    @Override
    public String after() {
      return item;
    }

    @Override
    public ChangeClass changeClass() {
      return ChangeClass.BREAKING;
    }
  }

  /** A field of an item changed: {@code field} is the field's key. */
  sealed interface FieldChange extends Change permits TextChanged, FlagChanged, ListChanged {
    Field changed();

    @Override
    default ChangeKind kind() {
      return ChangeKind.MODIFIED;
    }

    @Override
    default String field() {
      return changed().key();
    }
  }

  /** A text field of an item edited (the audience shows as its one line of text). */
  record TextChanged(
      Scope scope,
      String item,
      Field changed,
      String before,
      String after,
      ChangeClass changeClass,
      Subject subject)
      implements FieldChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.text(this);
    }

    /** Long text that reports show as an inline character diff. */
    public boolean isLongText() {
      return (changed == Field.CONTENT || changed == Field.NOTE) && before != null && after != null;
    }
  }

  /** A flag of an item ({@code optional}) turned on or off. */
  record FlagChanged(
      Scope scope, String item, Field changed, Boolean before, Boolean after, Subject subject)
      implements FieldChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.flag(this);
    }

    @Override
    public ChangeClass changeClass() {
      return ChangeClass.CHANGED;
    }
  }

  /**
   * A list field of an item ({@code basis}, {@code channels}, {@code tiers}) changed as a set; the
   * values are the whole lists as reports show them.
   */
  record ListChanged(
      Scope scope,
      String item,
      Field changed,
      List<String> before,
      List<String> after,
      ChangeClass changeClass,
      Subject subject)
      implements FieldChange {
    public ListChanged {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.list(this);
    }

    /** The elements that are new, in the order written. */
    public List<String> added() {
      return minus(after, before);
    }

    /** The elements that are gone, in the order written. */
    public List<String> removed() {
      return minus(before, after);
    }

    private static List<String> minus(List<String> from, List<String> drop) {
      Set<String> dropped = Set.copyOf(drop);
      List<String> out = new ArrayList<>();
      for (String s : new LinkedHashSet<>(from)) {
        if (!dropped.contains(s)) {
          out.add(s);
        }
      }
      return out;
    }
  }

  /** A catalogue-level key changed: {@code item} is null, the class always changed. */
  sealed interface KeyChange extends Change permits KeyChanged, MappingChanged, RevisionsChanged {
    String key();

    @Override
    default String item() {
      return null;
    }

    @Override
    default ChangeKind kind() {
      return ChangeKind.MODIFIED;
    }

    @Override
    default String field() {
      return key();
    }

    @Override
    default ChangeClass changeClass() {
      return ChangeClass.CHANGED;
    }
  }

  /** A catalogue-level key with a text value ({@code title}, {@code version} …) changed. */
  record KeyChanged(Scope scope, String key, String before, String after, Subject subject)
      implements KeyChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.key(this);
    }
  }

  /**
   * A catalogue-level key with a mapping value ({@code policy}, an overlay's {@code region})
   * changed; the values are ordered maps as the file writes them.
   */
  record MappingChanged(
      Scope scope,
      String key,
      Map<String, Object> before,
      Map<String, Object> after,
      Subject subject)
      implements KeyChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.mapping(this);
    }
  }

  /**
   * A document's revision record ({@code revisions}, FORMAT.md 1.1) changed: an entry added,
   * removed or edited. The values are the whole records, newest first, each entry a map of its
   * keys; the class is changed (a record says what was revised, it revises nothing itself).
   */
  record RevisionsChanged(
      Scope scope,
      List<Map<String, Object>> before,
      List<Map<String, Object>> after,
      Subject subject)
      implements KeyChange {
    public RevisionsChanged {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }

    @Override
    public String key() {
      return "revisions";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.revisions(this);
    }

    /** The entries that are new or edited, newest first. */
    public List<Map<String, Object>> added() {
      return after.stream().filter(e -> !before.contains(e)).toList();
    }

    /** The entries that are gone or edited, newest first. */
    public List<Map<String, Object>> removed() {
      return before.stream().filter(e -> !after.contains(e)).toList();
    }
  }

  /**
   * Whether the domain applies to the region changed ({@code applicable}/{@code reason}, FORMAT.md
   * 1.1): declared not applicable, restored, or its reason reworded, classed by {@link
   * Applicability#classTo}. {@code item} is null, {@code field} {@code applicable}, and the values
   * {@code {applicable: true}} or {@code {applicable: false, reason: ...}}.
   */
  record ApplicabilityChanged(Scope scope, Applicability was, Applicability now, Subject subject)
      implements Change {
    public ApplicabilityChanged {
      Objects.requireNonNull(was, "was");
      Objects.requireNonNull(now, "now");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.applicability(this);
    }

    @Override
    public String item() {
      return null;
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.MODIFIED;
    }

    @Override
    public String field() {
      return "applicable";
    }

    @Override
    public Map<String, Object> before() {
      return was.value();
    }

    @Override
    public Map<String, Object> after() {
      return now.value();
    }

    @Override
    public ChangeClass changeClass() {
      return was.classTo(now);
    }
  }

  /** The sections of an overlay whose entries name an item by id. */
  enum Section {
    MODIFY("modify"),
    REMOVE("remove");

    private final String word;

    Section(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /**
   * An overlay's {@code modify} or {@code remove} entry for one id that appears, disappears or
   * changes: {@code item} is its target id, the values the entry without its id (null where
   * absent).
   */
  record EntryChanged(
      Scope scope,
      String item,
      Section section,
      Map<String, Object> before,
      Map<String, Object> after,
      Subject subject)
      implements Change {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.entry(this);
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.MODIFIED;
    }

    @Override
    public String field() {
      return section.word();
    }

    @Override
    public ChangeClass changeClass() {
      return ChangeClass.CHANGED;
    }
  }
}
