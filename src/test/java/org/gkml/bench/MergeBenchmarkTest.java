package org.gkml.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** bench/merge.sh's two modes time what they say on a small chain of regions. */
class MergeBenchmarkTest {
  private static final Path CHAIN = Path.of("src/test/resources/merge/chain/tree");

  @Test
  void benchmarkModesTimeParseAndResolveAll() {
    StringWriter parse = new StringWriter();
    assertThat(MergeBenchmark.run("parse", CHAIN, new PrintWriter(parse))).isZero();
    assertThat(parse.toString()).startsWith("parse: ").doesNotContain("resolve-all");

    StringWriter all = new StringWriter();
    assertThat(MergeBenchmark.run("resolve-all", CHAIN, new PrintWriter(all))).isZero();
    assertThat(all.toString()).contains("resolve-all: ").contains("6 regions");

    StringWriter bad = new StringWriter();
    assertThat(MergeBenchmark.run("x", CHAIN, new PrintWriter(bad))).isEqualTo(2);
    assertThat(bad.toString()).contains("unknown benchmark mode");
  }
}
