package org.gkml.concurrent;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Values kept by key for the workers of one build, the least recently used dropped once their total
 * size passes a limit. A build writes regions in code order, so what neighbouring regions share is
 * what was used last; keeping that, and only up to a size, bounds the memory whatever the tree.
 * Safe for several threads.
 *
 * @param <K> the key; equality as the key type defines it (identity where it compares identities)
 * @param <V> the value
 */
public final class SizeBoundedCache<K, V> {
  private final long limit;
  private final ToLongFunction<V> size;
  private final Map<K, V> kept = new LinkedHashMap<>(256, 0.75f, /* accessOrder= */ true);
  private long total;
  private long hits;

  /**
   * @param limit the most the kept values may add up to, in the unit of {@code size}
   * @param size the size of one value (characters, bytes…)
   */
  public SizeBoundedCache(long limit, ToLongFunction<V> size) {
    this.limit = limit;
    this.size = size;
  }

  /** The value kept for {@code key}, or null; a value found counts as a {@link #hits hit}. */
  public synchronized V get(K key) {
    V value = kept.get(key);
    if (value != null) {
      hits++;
    }
    return value;
  }

  /** Keeps {@code value} for {@code key}, then drops the least recently used past the limit. */
  public synchronized void put(K key, V value) {
    V old = kept.put(key, value);
    total += size.applyAsLong(value) - (old == null ? 0 : size.applyAsLong(old));
    Iterator<V> eldest = kept.values().iterator();
    while (total > limit && eldest.hasNext()) {
      total -= size.applyAsLong(eldest.next());
      eldest.remove();
    }
  }

  /** How many lookups found a value. */
  public synchronized long hits() {
    return hits;
  }
}
