package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.gkml.i18n.Messages;
import org.gkml.model.Catalog;
import org.gkml.model.Finding;
import org.gkml.model.Loc;
import org.gkml.model.Overlay;
import org.gkml.model.Rule;
import org.junit.jupiter.api.Test;

/** Bugs found in the loader, each kept fixed by a test named after it. */
class LoaderRegressionTest {
  private static final Messages MESSAGES = Messages.english();
  private static final FileLoader LOADER = new FileLoader(MESSAGES);

  static LoadedFile parse(String text) {
    return LOADER.parse(text.getBytes(StandardCharsets.UTF_8), Path.of("x.yaml"), "x.yaml", null);
  }

  @Test
  void documentLocChildFindsTopLevelValueNotAMemberOfKind() {
    Catalog c =
        (Catalog)
            parse(
                    """
                    gkml: 1
                    kind: catalog
                    domain: 安全生产
                    title: t
                    version: "1"
                    issuer: i
                    items: []
                    """)
                .document();

    Loc domain = c.loc().child("domain");

    assertThat(c.loc().line()).as("whole-file findings stay on the kind: line").isEqualTo(2);
    assertThat(domain.pointer()).isEqualTo("/domain");
    assertThat(domain.line()).isEqualTo(3);
    assertThat(domain.column()).isEqualTo(9);
  }

  @Test
  void overlayLocChildFindsItsAddedItems() {
    Overlay o =
        (Overlay)
            parse(
                    """
                    gkml: 1
                    kind: overlay
                    domain: 安全生产
                    region: {code: "511703", name: 达川区}
                    version: "1"
                    """)
                .document();

    assertThat(o.loc().child("domain").line()).isEqualTo(3);
    assertThat(o.regionLoc().child("code").column()).isEqualTo(16);
  }

  @Test
  void utf16WithoutByteOrderMarkIsReportedAsUtf16NotBinary() {
    String text = "gkml: 1\nkind: catalog\ndomain: 一开始\ntitle: 安全生产\n";
    for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      LoadedFile loaded = LOADER.parse(text.getBytes(utf16), Path.of("x.yaml"), "x.yaml", null);

      assertThat(loaded.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.rule()).isEqualTo(Rule.ENCODING);
                assertThat(f.message()).contains("UTF-16");
              });
    }
  }

  @Test
  void binaryDataWithZerosOnBothSidesIsStillBinary() {
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    for (int i = 0; i < junk.length; i += 3) {
      junk[i] = 0;
    }

    LoadedFile loaded = LOADER.parse(junk, Path.of("x.yaml"), "x.yaml", null);

    assertThat(loaded.findings())
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("binary");
  }

  @Test
  void surrogatePairAtTheParserBufferBoundaryIsRead() {
    // snakeyaml-engine 2.9 threw IndexOutOfBoundsException when a surrogate pair straddled its
    // 1 KB read window: an emoji or a CJK Extension B character at an unlucky offset
    for (String wide : new String[] {"\uD83D\uDE00", "𠲖"}) {
      int at = TestCatalogs.CATALOG.indexOf("处罚依据、处罚结果");
      for (int pad = 1000 - at; pad < 1050 - at; pad++) {
        String content = "x".repeat(pad) + wide;
        LoadedFile loaded = parse(TestCatalogs.CATALOG.replace("处罚依据、处罚结果", content));

        assertThat(loaded.findings()).as("pad %d", pad).isEmpty();
        assertThat(((Catalog) loaded.document()).items().get(0).content()).isEqualTo(content);
      }
    }
  }

  /**
   * Problems found line by line have no pointer: each is about the text of its line from where it
   * points (a baseline tells two of them apart by it, not by their order), and its column is in
   * code points like every other (𠀀 is one).
   */
  @Test
  void problemsFoundInTheTextAreAboutTheirLinesTextAndCountColumnsInCodePoints() {
    String yaml =
        TestCatalogs.CATALOG
            .replace("content: 处罚依据、处罚结果", "content: \"𠀀处罚\u2028依据\"")
            .replace("    owner: 县级应急管理部门\n", "    owner: 县级应急管理部门\n    owner: 应急管理局  # 重复\n")
            .replace("    mode: 主动\n", "    mode: 主动  # gkml-ignore GK999: 没有这条规则\n");

    LoadedFile file = parse(yaml);

    assertThat(file.findings())
        .extracting(f -> f.rule().id() + " " + f.loc().column() + " " + f.loc().about())
        .contains(
            "GK107 18 =依据\"", // (the separator is white space itself: stripped)
            "GK004 5 =owner: 应急管理局  # 重复",
            "GK006 15 =# gkml-ignore GK999: 没有这条规则");
  }
}
