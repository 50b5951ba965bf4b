package org.gkml.model.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Parsing of the wordings in deadline/wordings.csv, real ones first, and of odd cases. */
class DeadlineParseTest {

  static Stream<Arguments> wordings() {
    return CsvTable.rows("/deadline/wordings.csv").stream()
        .map(row -> Arguments.of(row.get(0), row.get(1), row.get(2), row.get(3)));
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @MethodSource("wordings")
  void parsesWording(String text, String kind, String canonical, String source) {
    Deadline deadline = Deadline.parse(text);

    assertThat(deadline.getClass().getSimpleName()).as(source).isEqualTo(kind);
    assertThat(deadline.canonical()).as(source).isEqualTo(canonical);
    assertThat(deadline.text()).isEqualTo(text);
  }

  @Test
  void tableHoldsFortyRealWordings() {
    long real =
        CsvTable.rows("/deadline/wordings.csv").stream()
            .filter(row -> !row.get(3).startsWith("synthetic"))
            .count();
    assertThat(real).isGreaterThanOrEqualTo(40);
  }

  @Test
  void parsedIsFalseOnlyForUnreadableWordings() {
    assertThat(Deadline.parse("20个工作日").parsed()).isTrue();
    assertThat(Deadline.parse("长期").parsed()).isTrue();
    assertThat(Deadline.parse("无").parsed()).isFalse();
    assertThat(Deadline.parse("同上").parsed()).isFalse();
    assertThat(Deadline.parse("1.A:20个工作日;2.B:长期").parsed()).isTrue();
    assertThat(Deadline.parse("1.A:20个工作日;2.B:无").parsed()).isFalse();
  }

  @Test
  void traditionalCharactersReadAsTheirSimplifiedForms() {
    // a catalogue imported from a table kept in traditional characters (import keeps the glyphs)
    assertThat(Deadline.parse("信息形成或變更之日起20個工作日內"))
        .isEqualTo(new WorkingDays("信息形成或變更之日起20個工作日內", 20));
    assertThat(Deadline.parse("及時公開")).isInstanceOf(Timely.class);
    assertThat(((Periodic) Deadline.parse("每個月更新")).frequency())
        .isEqualTo(Periodic.Frequency.MONTHLY);
    assertThat(((Periodic) Deadline.parse("按週公開")).frequency())
        .isEqualTo(Periodic.Frequency.WEEKLY);
    assertThat(Deadline.parse("公示期不少於7個工作日")).isInstanceOf(Unparsed.class);
    // the text is kept as written; only its reading is simplified
    assertThat(Deadline.parse("20個工作日內").text()).isEqualTo("20個工作日內");
    assertThat(Deadline.parse("1.處罰決定:20個工作日內;2.其他:長期").canonical())
        .isEqualTo("处罚决定:20个工作日; 其他:长期");
  }

  @Test
  void circledNumbersStillNumberAListInTraditionalText() {
    assertThat(Deadline.parse("①處罰決定:20個工作日內②其他:長期")).isInstanceOf(Composite.class);
  }

  @Test
  void sameAsAboveResolvesToTheRowAbove() {
    Deadline above = Deadline.parse("信息形成之日起5个工作日内");

    assertThat(Deadline.parse("同上", above)).isSameAs(above);
    assertThat(Deadline.parse("10日内", above)).isEqualTo(new CalendarDays("10日内", 10));
    assertThat(Deadline.parse("同上", null)).isInstanceOf(SameAsAbove.class);
  }

  @Test
  void compositeKeepsItsParts() {
    Composite composite = (Composite) Deadline.parse("1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。");

    assertThat(composite.parts())
        .containsExactly(
            new Composite.Part("除处罚决定外其他内容", new LongTerm("长期公开(动态调整)")),
            new Composite.Part("处罚决定", new WorkingDays("20个工作日内", 20)));
  }

  @Test
  void listNumbersNeedNoSeparatorSinceLineBreaksAreDropped() {
    Deadline deadline = Deadline.parse("1.政策文件:20个工作日内\n2.办事结果:实时公开");

    assertThat(deadline.canonical()).isEqualTo("政策文件:20个工作日; 办事结果:实时");
  }

  @Test
  void aSingleNumberedLineIsNotAList() {
    assertThat(Deadline.parse("1.信息形成之日起20个工作日内")).isInstanceOf(WorkingDays.class);
  }

  @Test
  void periodicKeepsItsDetail() {
    assertThat(Deadline.parse("每季度结束后15日内"))
        .isEqualTo(new Periodic("每季度结束后15日内", Periodic.Frequency.QUARTERLY, "结束后15日内"));
    assertThat(Deadline.parse("每日更新")).extracting("frequency").isEqualTo(Periodic.Frequency.DAILY);
    assertThat(Deadline.parse("上半年结束后20日内")).isInstanceOf(CalendarDays.class);
  }

  @Test
  void frequenciesAreOrderedByLength() {
    List<Integer> days =
        Stream.of(Periodic.Frequency.values()).map(Periodic.Frequency::days).toList();

    assertThat(days).isSorted();
    assertThat(Periodic.Frequency.HALF_YEARLY.word()).isEqualTo("每半年");
  }

  @Test
  void unparsedCanonicalIsTheNormalisedText() {
    assertThat(Deadline.parse(" 暂 无（待定）").canonical()).isEqualTo("暂无(待定)");
  }

  @Test
  void workingDaysBoundsIncludeWeekendsAndHolidays() {
    assertThat(new WorkingDays("", 20).maxCalendarDays()).isEqualTo(38);
    assertThat(new WorkingDays("", 1).maxCalendarDays()).isEqualTo(13);
    assertThat(new WorkingDays("", 0).maxCalendarDays()).isZero();
    assertThat(new WorkingDays("", 61).maxCalendarDays()).isEqualTo(61 + 26 + 20);
  }

  @Test
  void recordsRejectImpossibleValues() {
    assertThatThrownBy(() -> new WorkingDays("x", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CalendarDays("x", -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CalendarMonths("x", -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Hours("x", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Composite("x", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Deadline.parse(null)).isInstanceOf(NullPointerException.class);
  }
}
