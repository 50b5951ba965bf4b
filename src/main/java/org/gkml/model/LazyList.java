package org.gkml.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An unmodifiable list whose elements are made when first asked for, each once: a whole-tree
 * validate answered from its cache lists 51,000 files, of which the text report shows only the
 * count, and showing each path (TreeLoader.display) cost such a run a twentieth of its time. The
 * function must give the same element for an index every time (a race may call it twice).
 */
public final class LazyList<T> extends AbstractList<T> implements RandomAccess {
  private final int size;
  private final IntFunction<? extends T> element;
  private final Object[] made;

  private LazyList(int size, IntFunction<? extends T> element) {
    this.size = size;
    this.element = element;
    this.made = new Object[size];
  }

  /** The list of {@code element(0) .. element(size - 1)}; no element may be null. */
  public static <T> List<T> of(int size, IntFunction<? extends T> element) {
    if (size < 0) {
      throw new IllegalArgumentException("size " + size);
    }
    return new LazyList<>(size, element);
  }

  /**
   * An unmodifiable copy of {@code list}, as {@link List#copyOf} makes one, or the list itself when
   * it is a lazy one (already unmodifiable: copying it would make every element).
   */
  public static <T> List<T> copyOf(List<T> list) {
    return list instanceof LazyList<T> ? list : List.copyOf(list);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    java.util.Objects.checkIndex(index, size);
    Object e = made[index];
    if (e == null) {
      e = java.util.Objects.requireNonNull(element.apply(index), "a null element");
      made[index] = e;
    }
    return (T) e;
  }

  @Override
  public int size() {
    return size;
  }
}
