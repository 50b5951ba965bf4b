package org.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyListTest {
  @Test
  void elementsAreMadeWhenFirstAskedForAndOnlyOnce() {
    AtomicInteger calls = new AtomicInteger();
    List<String> list = LazyList.of(5, i -> "e" + i + "/" + calls.incrementAndGet());
    assertThat(list).hasSize(5);
    assertThat(calls).hasValue(0); // the size costs no element
    assertThat(list.get(3)).isEqualTo("e3/1");
    assertThat(list.get(3)).isEqualTo("e3/1");
    assertThat(calls).hasValue(1);
    assertThat(list).containsExactly("e0/2", "e1/3", "e2/4", "e3/1", "e4/5");
  }

  @Test
  void itIsUnmodifiableAndCopyOfKeepsItAsItIs() {
    List<Integer> list = LazyList.of(3, i -> i * i);
    assertThatThrownBy(() -> list.add(1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.set(0, 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(LazyList.copyOf(list)).isSameAs(list);
    List<Integer> plain = new ArrayList<>(List.of(1, 2));
    List<Integer> copy = LazyList.copyOf(plain);
    plain.add(3);
    assertThat(copy).containsExactly(1, 2); // any other list is copied, as List.copyOf does
    assertThat(list).isEqualTo(List.of(0, 1, 4));
  }

  @Test
  void aNullElementIsRefused() {
    List<String> list = LazyList.of(1, i -> null);
    assertThatThrownBy(() -> list.get(0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> LazyList.of(-1, i -> "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
