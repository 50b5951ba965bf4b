package org.gkml.diff.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownDiffReportTest {
  @Test
  void markdownEscapesCells() {
    assertThat(MarkdownDiffReport.cell("a|b\nc*d<e>")).isEqualTo("a\\|b<br>c\\*d&lt;e&gt;");
  }
}
