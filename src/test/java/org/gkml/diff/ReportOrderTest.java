package org.gkml.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportOrderTest {
  @Test
  void removedKeysStayAfterTheirOldPredecessor() {
    assertThat(ReportOrder.merge(List.of("a", "b", "c", "d"), List.of("x", "a", "d", "y")))
        .containsExactly("x", "a", "b", "c", "d", "y");
    assertThat(ReportOrder.merge(List.of("b", "a"), List.of("a"))).containsExactly("b", "a");
    assertThat(ReportOrder.merge(List.of(), List.of("a"))).containsExactly("a");
  }
}
