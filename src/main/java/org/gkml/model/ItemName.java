package org.gkml.model;

import java.util.Objects;

/**
 * An item's name within its domain: (level1, level2), down to {@code level3} where a table has
 * three levels (it repeats the first two). Two items of one domain must not share it (GK102):
 * validate checks basic catalogues and resolved ones by it, and import checks what it is about to
 * write by the same key, so an import never writes a file validate rejects for it.
 */
public final class ItemName {
  private final String level1;
  private final String level2;
  private final String level3;

  private ItemName(String level1, String level2, String level3) {
    this.level1 = level1;
    this.level2 = level2;
    this.level3 = level3;
  }

  public static ItemName of(Item item) {
    return new ItemName(item.level1(), item.level2(), item.level3());
  }

  // written out rather than a record's (no invokedynamic linking in a short run, see RegionCode)
  @Override
  public boolean equals(Object o) {
    return o instanceof ItemName n
        && Objects.equals(level1, n.level1)
        && Objects.equals(level2, n.level2)
        && Objects.equals(level3, n.level3);
  }

  @Override
  public int hashCode() {
    return (Objects.hashCode(level1) * 31 + Objects.hashCode(level2)) * 31
        + Objects.hashCode(level3);
  }

  @Override
  public String toString() {
    return level1
        + " / "
        + (level2 == null ? "-" : level2)
        + (level3 == null ? "" : " / " + level3);
  }
}
