package org.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Several allowed values typed as one text are read back as those values, and nothing else is. */
class JoinedValuesTest {
  private static final List<String> TIERS = List.of("县级", "乡级", "村级");
  private static final List<String> SEPARATORS = List.of("、", "，", ",", ", ", " ", "\u3000", "；");
  private static final Function<String, Optional<String>> TIER =
      part -> TIERS.contains(part) ? Optional.of(part) : Optional.empty();

  @Property(tries = 200)
  void allowedValuesJoinedByAnySeparatorAreReadBack(
      @ForAll @Size(min = 2, max = 4) List<@IntRange(min = 0, max = 2) Integer> picks,
      @ForAll @IntRange(min = 0, max = 6) int separator) {
    List<String> values = picks.stream().map(TIERS::get).toList();
    String text = String.join(SEPARATORS.get(separator), values);
    List<String> distinct = values.stream().distinct().toList();

    if (distinct.size() >= 2) {
      assertThat(JoinedValues.split(text, TIER)).contains(distinct);
    } else {
      assertThat(JoinedValues.split(text, TIER)).as("one value written twice").isEmpty();
    }
  }

  @Test
  void oneValueOrAPartThatIsNoValueIsNotSplit() {
    assertThat(JoinedValues.split("县级", TIER)).isEmpty();
    assertThat(JoinedValues.split("县级、", TIER)).as("one value and a stray comma").isEmpty();
    assertThat(JoinedValues.split("县级、市级", TIER)).isEmpty();
    // the slash is part of channel names, not a separator
    assertThat(JoinedValues.split("县级/乡级", TIER)).isEmpty();
  }

  @Test
  void theListIsWrittenAsYamlWritesIt() {
    assertThat(JoinedValues.flowList(List.of("全社会", "特定群体"))).isEqualTo("[全社会, 特定群体]");
  }
}
