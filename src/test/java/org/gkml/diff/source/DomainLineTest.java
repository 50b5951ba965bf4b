package org.gkml.diff.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The quick domain look-up answers only when sure; otherwise the file is parsed. */
class DomainLineTest {

  static Optional<String> of(String text) {
    return DomainLine.of(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void plainAndQuotedValues() {
    assertThat(of("gkml: 1\nkind: overlay\ndomain: 安全生产\nregion: {}\n")).contains("安全生产");
    assertThat(of("\uFEFFdomain: \"安全生产\"  # 领域\n")).contains("安全生产");
    assertThat(of("domain: '就业'\r\nkind: catalog\r\n")).contains("就业");
    assertThat(of("# c\ndomain: 就业\n\n  # comment\nkind: catalog\n")).contains("就业");
  }

  @Test
  void anythingUnusualIsLeftToTheParser() {
    assertThat(of("{gkml: 1, domain: 就业}\n")).isEmpty();
    assertThat(of("kind: catalog\n")).isEmpty();
    assertThat(of("domain: \"\\u5b89全生产\"\n")).isEmpty();
    assertThat(of("domain: |\n  安全生产\n")).isEmpty();
    assertThat(of("domain: 安全\n  生产\nkind: x\n")).isEmpty();
    assertThat(of("domain:\n")).isEmpty();
    assertThat(of("domain: 'it''s'\n")).isEmpty();
    assertThat(of("domain: \"open\n")).isEmpty();
    assertThat(of("domain: a: b\n")).isEmpty();
    assertThat(of("  domain: 就业\n")).isEmpty();
  }
}
