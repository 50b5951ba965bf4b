package org.gkml.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The elements of a catalogue item, by the English key used in files, in the order files and
 * outputs write them.
 */
public enum Field {
  LEVEL1("level1", Shape.TEXT),
  LEVEL2("level2", Shape.TEXT),
  LEVEL3("level3", Shape.TEXT),
  CONTENT("content", Shape.TEXT),
  BASIS("basis", Shape.LIST),
  DEADLINE("deadline", Shape.TEXT),
  OWNER("owner", Shape.TEXT),
  DEPARTMENT("department", Shape.TEXT),
  CONTACT("contact", Shape.TEXT),
  CHANNELS("channels", Shape.LIST),
  AUDIENCE("audience", Shape.AUDIENCE),
  AUDIENCE_NOTE("audience-note", Shape.TEXT),
  MODE("mode", Shape.TEXT),
  TIERS("tiers", Shape.LIST),
  OPTIONAL("optional", Shape.FLAG),
  NOTE("note", Shape.TEXT);

  /** How a field's value is written. */
  public enum Shape {
    TEXT,
    LIST,
    FLAG,
    /** 公开对象: one word, or the list of both words (FORMAT.md 1.1). */
    AUDIENCE
  }

  /**
   * The most characters a table cell holds (Excel's limit, which POI enforces): a field printed
   * longer cannot be exported (GK110).
   */
  public static final int CELL_CHARS = 32_767;

  private final String key;
  private final Shape shape;

  Field(String key, Shape shape) {
    this.key = key;
    this.shape = shape;
  }

  public String key() {
    return key;
  }

  public Shape shape() {
    return shape;
  }

  public boolean isList() {
    return shape == Shape.LIST;
  }

  /**
   * Whether dropping an element of this list field weakens the item, whatever is added alongside:
   * removing a channel or a tier (FORMAT.md §7 and §9). Dropping a basis does not.
   */
  public boolean droppingWeakens() {
    return this == CHANNELS || this == TIERS;
  }

  /**
   * The form elements of this list field compare in: tiers as written, channels and basis after
   * NFKC normalisation without white space ({@link ChannelVocabulary#normalize}).
   */
  public String elementKey(String element) {
    return this == TIERS ? element : ChannelVocabulary.normalize(element);
  }

  /**
   * The elements of {@code before} (in its order, repeats kept) that {@code after} no longer has,
   * compared by {@link #elementKey}.
   */
  public List<String> dropped(Collection<String> before, Collection<String> after) {
    Set<String> kept = new HashSet<>();
    after.forEach(a -> kept.add(elementKey(a)));
    return before.stream().filter(b -> !kept.contains(elementKey(b))).toList();
  }

  public static Optional<Field> ofKey(String key) {
    for (Field f : values()) {
      if (f.key.equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
