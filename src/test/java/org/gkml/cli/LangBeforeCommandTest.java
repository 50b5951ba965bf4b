package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LangBeforeCommandTest {

  @Test
  void languageMayStandBeforeTheCommand() {
    CliRun run = CliRun.of("--lang", "zh", "validate", "--root", "src/test/resources/cli/broken");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("未知的公开渠道").contains("个错误");
  }
}
