package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The members of a located mapping, in the order written: two parallel arrays instead of a {@code
 * LinkedHashMap}, a quarter of its size for the dozen members of a typical item. Small mappings are
 * searched linearly (keys are usually shared instances, so identity hits first); large ones get a
 * hash index, so a hostile file with a huge mapping stays linear to build.
 */
final class Members extends AbstractMap<String, JsonNode> {
  static final int INDEX_FROM = 16;
  private static final String[] NO_KEYS = {};
  private static final JsonNode[] NO_VALUES = {};
  private static final int[] NO_HASHES = {};

  private String[] keys = NO_KEYS;
  // each key's hash (a String caches its own): a search that misses on identity compares ints,
  // and calls equals only on a hash match, where it nearly always succeeds
  private int[] hashes = NO_HASHES;
  private JsonNode[] values = NO_VALUES;
  private int size;
  // one bit per key hash (mod 32): a clear bit proves a key absent without looking at the keys,
  // as for the optional properties the schema validator asks every item for
  private int hashBits;
  private HashMap<String, Integer> index;

  private static int bit(Object key) {
    return key == null ? 1 : 1 << key.hashCode();
  }

  private int find(Object key) {
    if ((hashBits & bit(key)) == 0) {
      return -1;
    }
    if (index != null) {
      Integer at = index.get(key);
      return at == null ? -1 : at;
    }
    for (int i = 0; i < size; i++) {
      if (keys[i] == key) {
        return i;
      }
    }
    if (key == null) {
      return -1; // a null key was found by identity, if present
    }
    int h = key.hashCode();
    for (int i = 0; i < size; i++) {
      if (hashes[i] == h && key.equals(keys[i])) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return find(key) >= 0;
  }

  @Override
  public JsonNode get(Object key) {
    int at = find(key);
    return at < 0 ? null : values[at];
  }

  @Override
  public JsonNode put(String key, JsonNode value) {
    int at = find(key);
    if (at >= 0) {
      JsonNode old = values[at];
      values[at] = value;
      return old;
    }
    append(key, value);
    return null;
  }

  /** Adds a member unless the key is taken (one search, where has-then-put takes two). */
  boolean addIfAbsent(String key, JsonNode value) {
    if (find(key) >= 0) {
      return false;
    }
    append(key, value);
    return true;
  }

  private void append(String key, JsonNode value) {
    if (size == keys.length) {
      int capacity = size < 8 ? 8 : size + (size >> 1);
      keys = Arrays.copyOf(keys, capacity);
      values = Arrays.copyOf(values, capacity);
      hashes = Arrays.copyOf(hashes, capacity);
    }
    keys[size] = key;
    values[size] = value;
    hashes[size] = Objects.hashCode(key);
    hashBits |= bit(key);
    if (index != null) {
      index.put(key, size);
    } else if (size + 1 >= INDEX_FROM) {
      index = new HashMap<>();
      for (int i = 0; i <= size; i++) {
        index.put(keys[i], i);
      }
    }
    size++;
  }

  @Override
  public JsonNode remove(Object key) {
    int at = find(key);
    if (at < 0) {
      return null;
    }
    JsonNode old = values[at];
    removeAt(at);
    return old;
  }

  private void removeAt(int at) {
    int tail = size - at - 1;
    System.arraycopy(keys, at + 1, keys, at, tail);
    System.arraycopy(values, at + 1, values, at, tail);
    System.arraycopy(hashes, at + 1, hashes, at, tail);
    size--;
    keys[size] = null;
    values[size] = null;
    if (index != null) {
      reindex();
    }
  }

  private void reindex() {
    index.clear();
    for (int i = 0; i < size; i++) {
      index.put(keys[i], i);
    }
  }

  @Override
  public void clear() {
    keys = NO_KEYS;
    values = NO_VALUES;
    hashes = NO_HASHES;
    size = 0;
    hashBits = 0;
    index = null;
  }

  /** Drops spare capacity once the mapping is complete. */
  void trim() {
    if (size < keys.length) {
      keys = Arrays.copyOf(keys, size);
      values = Arrays.copyOf(values, size);
      hashes = Arrays.copyOf(hashes, size);
    }
  }

  @Override
  public Set<Map.Entry<String, JsonNode>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, JsonNode>> iterator() {
        return new Iterator<>() {
          private int next;
          private int last = -1;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<String, JsonNode> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            last = next++;
            return new Member(last);
          }

          @Override
          public void remove() {
            if (last < 0) {
              throw new IllegalStateException();
            }
            removeAt(last);
            next = last;
            last = -1;
          }
        };
      }
    };
  }

  /** A live view of one member: {@code setValue} writes through. */
  private final class Member implements Map.Entry<String, JsonNode> {
    private final int at;

    Member(int at) {
      this.at = at;
    }

    @Override
    public String getKey() {
      return keys[at];
    }

    @Override
    public JsonNode getValue() {
      return values[at];
    }

    @Override
    public JsonNode setValue(JsonNode value) {
      JsonNode old = values[at];
      values[at] = value;
      return old;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Map.Entry<?, ?> e
          && Objects.equals(getKey(), e.getKey())
          && Objects.equals(getValue(), e.getValue());
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(getKey()) ^ Objects.hashCode(getValue());
    }

    @Override
    public String toString() {
      return getKey() + "=" + getValue();
    }
  }
}
