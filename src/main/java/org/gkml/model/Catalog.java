package org.gkml.model;

import java.util.List;
import java.util.Objects;

/**
 * A basic catalogue (基础目录) of one domain, or the effective catalogue of a region. {@code loc}
 * points at the document's {@code kind:} line; optional text keys may be null.
 */
public record Catalog(
    String domain,
    String title,
    String version,
    String issuer,
    String effective,
    Policy policy,
    List<Item> items,
    List<Revision> revisions,
    Loc loc)
    implements Document {

  public Catalog {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(policy, "policy");
    items = List.copyOf(items);
    revisions = revisions == null ? List.of() : List.copyOf(revisions);
  }

  /** A catalogue without a revision record. */
  public Catalog(
      String domain,
      String title,
      String version,
      String issuer,
      String effective,
      Policy policy,
      List<Item> items,
      Loc loc) {
    this(domain, title, version, issuer, effective, policy, items, List.of(), loc);
  }

  /** This catalogue with other items (an effective catalogue's), everything else kept. */
  public Catalog withItems(List<Item> newItems) {
    return new Catalog(domain, title, version, issuer, effective, policy, newItems, revisions, loc);
  }

  public SourceFile file() {
    return loc.file();
  }

  /** This catalogue with only the items published at {@code tier} (FORMAT.md §7 tier filter). */
  public Catalog publishedAt(Tier tier) {
    return withItems(items.stream().filter(i -> i.publishedAt(tier)).toList());
  }
}
