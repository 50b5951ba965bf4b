package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code new overlay --domain D} where D's basic catalogue exists but cannot be read names the
 * file, line and problem as validate does, not "unknown domain" (which left D out of the list of
 * domains and sent the user looking for a misspelling).
 */
class NewOverlayNamesAnUnreadableBasicTest {
  @TempDir Path tmp;
  private Path root;
  private Path basic;

  @BeforeEach
  void tree() throws IOException {
    root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
    basic = root.resolve("basic/safety-production.yaml");
  }

  private CliRun newOverlay(String domain, String lang) {
    return CliRun.of(
        "new",
        "overlay",
        "--root",
        root.toString(),
        "--region",
        "511703102",
        "--domain",
        domain,
        "--lang",
        lang);
  }

  @Test
  void aBasicCatalogueSavedInGbkIsNamedWithItsProblem() throws IOException {
    String text = Files.readString(basic);
    Files.write(basic, text.getBytes(Charset.forName("GBK")));
    List<Path> before = files();
    for (String domain : List.of("安全生产", "safety-production")) {
      CliRun en = newOverlay(domain, "en");
      assertThat(en.code()).as(en.err()).isEqualTo(2);
      assertThat(en.err())
          .contains("the basic catalogue of \"" + domain + "\" cannot be read")
          .contains("basic/safety-production.yaml:")
          .contains("GK003")
          .doesNotContain("unknown domain");
    }
    CliRun zh = newOverlay("安全生产", "zh");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains("无法读取“安全生产”的基础目录").contains("GK003").doesNotContain("未知的领域");
    assertThat(files()).isEqualTo(before);
  }

  @Test
  void aYamlSlipInTheBasicCatalogueIsNamedAtItsLine() throws IOException {
    Files.writeString(
        basic, Files.readString(basic) + "items: [unclosed\n", StandardCharsets.UTF_8);
    CliRun r = newOverlay("安全生产", "en");
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).containsPattern("basic/safety-production\\.yaml:\\d+:\\d+: error GK00");
  }

  @Test
  void aDomainInAnUnreadableFileOfAnotherNameIsPointedAt() throws IOException {
    // a tree's own domain in a file whose name is no standard slug: it may be the one meant
    Path own = root.resolve("basic/minzheng.yaml");
    Files.write(own, "gkml: 1\nkind: catalog\ndomain: 民政\n\u0000".getBytes(StandardCharsets.UTF_8));
    CliRun r = newOverlay("民政", "en");
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("basic/minzheng.yaml:").contains("may be it");
  }

  @Test
  void anUnknownDomainWithEveryBasicReadIsStillUnknown() {
    CliRun r = newOverlay("民政", "en");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown domain \"民政\"");
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
