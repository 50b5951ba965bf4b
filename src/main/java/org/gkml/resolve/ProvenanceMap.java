package org.gkml.resolve;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.gkml.model.Item;

/**
 * An immutable map from item id to provenance in catalogue order, backed by the two lists of a
 * resolved view. Iterating costs nothing extra; the hash index for lookups is built on first use,
 * which keeps the tens of thousands of views of a province cheap when they are only printed.
 */
final class ProvenanceMap extends AbstractMap<String, Provenance> {
  private final List<Item> items;
  private final List<Provenance> provenance;
  private volatile Map<String, Provenance> index;

  ProvenanceMap(List<Item> items, List<Provenance> provenance) {
    this.items = List.copyOf(items);
    this.provenance = List.copyOf(provenance);
  }

  @Override
  public int size() {
    return items.size();
  }

  @Override
  public boolean containsKey(Object key) {
    return lookup().containsKey(key);
  }

  @Override
  public Provenance get(Object key) {
    return lookup().get(key);
  }

  private Map<String, Provenance> lookup() {
    Map<String, Provenance> i = index;
    if (i == null) {
      Map<String, Provenance> built = new HashMap<>(items.size() * 2);
      for (int k = 0; k < items.size(); k++) {
        built.putIfAbsent(items.get(k).id(), provenance.get(k));
      }
      i = built;
      index = i;
    }
    return i;
  }

  @Override
  public Set<Entry<String, Provenance>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return items.size();
      }

      @Override
      public Iterator<Entry<String, Provenance>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < items.size();
          }

          @Override
          public Entry<String, Provenance> next() {
            if (next >= items.size()) {
              throw new NoSuchElementException();
            }
            int k = next++;
            return new SimpleImmutableEntry<>(items.get(k).id(), provenance.get(k));
          }
        };
      }
    };
  }
}
