package org.gkml.model.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts in digits and Chinese numerals, and what is refused. */
class NumeralTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "20, 20",
    "007, 7",
    "999999, 999999",
    "1000000, -1",
    "七, 7",
    "十, 10",
    "十五, 15",
    "二十, 20",
    "二十五, 25",
    "两, 2",
    "一百二十, 120",
    "一百零五, 105",
    "三千, 3000",
    "〇, 0",
    "二三, -1",
    "十十, -1",
    "二十百, -1",
    "一二三四五六七八九十一二三, -1",
  })
  void readsCounts(String text, int expected) {
    assertThat(Numeral.value(text)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void refusesEmpty() {
    assertThat(Numeral.value("")).isEqualTo(-1);
  }
}
