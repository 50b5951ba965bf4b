package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LangBeforeCommandTest {

  @Test
  void languageMayStandBeforeTheCommand() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        Gkml.run(
            new PrintWriter(out),
            new PrintWriter(err),
            "--lang",
            "zh",
            "validate",
            "--root",
            "src/test/resources/cli/broken");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).contains("未知的公开渠道").contains("个错误");
  }
}
