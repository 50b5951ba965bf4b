package org.gkml.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which links SARIF help keeps: those that resolve on an alert page (review of issue #15). */
class SarifHelpLinksTest {

  @Test
  void linksWithoutASchemeBecomeTheirTextAndAbsoluteOnesStay() {
    String help =
        "see [GK107](#gk107), [the CI page](ci.md#基线) and"
            + " [pre-commit](https://pre-commit.com); `code [x](#y)` aside";

    assertThat(SarifReport.withoutRelativeLinks(help))
        .isEqualTo(
            "see GK107, the CI page and [pre-commit](https://pre-commit.com); `code x` aside");
  }

  @Test
  void aReplacementTextWithDollarSignsIsTakenAsWritten() {
    assertThat(SarifReport.withoutRelativeLinks("[$1 \\\\ GK0](#gk0)")).isEqualTo("$1 \\\\ GK0");
  }
}
