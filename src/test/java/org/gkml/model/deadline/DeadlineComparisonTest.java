package org.gkml.model.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Comparison table (deadline/comparisons.csv), its laws over every pair of wordings, legal default.
 */
class DeadlineComparisonTest {

  private static final List<Deadline> WORDINGS =
      CsvTable.rows("/deadline/wordings.csv").stream()
          .map(row -> Deadline.parse(row.get(0)))
          .toList();

  static Stream<Arguments> comparisons() {
    return CsvTable.rows("/deadline/comparisons.csv").stream()
        .map(
            row ->
                Arguments.of(
                    row.get(0), row.get(1), DeadlineComparison.valueOf(row.get(2)), row.get(3)));
  }

  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @MethodSource("comparisons")
  void comparesBothWays(String left, String right, DeadlineComparison expected, String why) {
    Deadline a = Deadline.parse(left);
    Deadline b = Deadline.parse(right);

    assertThat(a.compareWith(b)).as(why).isEqualTo(expected);
    assertThat(b.compareWith(a)).as("mirror: " + why).isEqualTo(expected.inverse());
  }

  @Test
  void everyPairOfWordingsMirrors() {
    for (Deadline a : WORDINGS) {
      for (Deadline b : WORDINGS) {
        assertThat(b.compareWith(a))
            .as("%s vs %s", b.text(), a.text())
            .isEqualTo(a.compareWith(b).inverse());
      }
    }
  }

  @Test
  void everyWordingIsTheSameAsItself() {
    for (Deadline a : WORDINGS) {
      assertThat(a.compareWith(Deadline.parse(a.text())))
          .as(a.text())
          .isEqualTo(DeadlineComparison.SAME);
    }
  }

  @Test
  void shorterAndSameAreTransitiveOverTheWordings() {
    int n = WORDINGS.size();
    DeadlineComparison[][] matrix = new DeadlineComparison[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        matrix[i][j] = WORDINGS.get(i).compareWith(WORDINGS.get(j));
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        for (int k = 0; k < n; k++) {
          DeadlineComparison ij = matrix[i][j];
          DeadlineComparison jk = matrix[j][k];
          String chain =
              WORDINGS.get(i).text()
                  + " / "
                  + WORDINGS.get(j).text()
                  + " / "
                  + WORDINGS.get(k).text();
          if (ij == DeadlineComparison.SAME && jk == DeadlineComparison.SAME) {
            assertThat(matrix[i][k]).as(chain).isEqualTo(DeadlineComparison.SAME);
          } else if (atMost(ij) && atMost(jk)) {
            assertThat(matrix[i][k]).as(chain).isEqualTo(DeadlineComparison.SHORTER);
          }
        }
      }
    }
  }

  private static boolean atMost(DeadlineComparison c) {
    return c == DeadlineComparison.SHORTER || c == DeadlineComparison.SAME;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          信息形成或者变更之日起20个工作日内                          | NO
          信息形成或者变更之日起 20 个工作日内。法律、法规对政府信息公开的期限另有规定的,从其规定。 | NO
          21个工作日                                               | YES
          信息形成之日起30个工作日内                                  | YES
          本级政府财政部门批复后20日内                                 | NO
          21日内                                                  | UNKNOWN
          30日内                                                  | UNKNOWN
          37日内                                                  | UNKNOWN
          38日内                                                  | YES
          实时公开                                                 | NO
          24小时内                                                | NO
          一个月内                                                 | UNKNOWN
          两个月内                                                 | YES
          半年至少更新1次                                           | UNKNOWN
          每季度                                                  | UNKNOWN
          及时公开                                                 | UNKNOWN
          长期公开(动态调整)                                         | UNKNOWN
          提前一周发通知邀请                                          | UNKNOWN
          同上                                                   | UNKNOWN
          无                                                     | UNKNOWN
          1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。 | UNKNOWN
          1.受理:5个工作日内;2.结果:10日内                              | NO
          1.除处罚决定外其他内容:长期公开;2.处罚决定:30个工作日内            | YES
          """)
  void exceedsLegalDefault(String text, Answer expected) {
    assertThat(Deadline.parse(text).exceedsLegalDefault()).isEqualTo(expected);
  }

  @Test
  void theLegalDefaultIsTwentyWorkingDays() {
    assertThat(WorkingDays.LEGAL_DEFAULT.days()).isEqualTo(20);
    assertThat(WorkingDays.LEGAL_DEFAULT.exceedsLegalDefault()).isEqualTo(Answer.NO);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> Deadline.parse("20个工作日").compareWith(null))
        .isInstanceOf(NullPointerException.class);
  }
}
