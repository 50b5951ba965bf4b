package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.i18n.Messages;
import org.gkml.model.Catalog;
import org.gkml.model.Loc;
import org.gkml.model.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that gave up its located tree still answers every position as before. */
class ReleasedTreeTest {
  @TempDir Path dir;

  private static final String CATALOG =
      String.join(
          "\n",
          "\uFEFFgkml: 1",
          "kind: catalog",
          "domain: 安全生产",
          "title: 安全生产领域基层政务公开标准目录",
          "version: 2025.10",
          "issuer: 示例省人民政府办公厅",
          "items:",
          "  - id: AQSC-001",
          "    level1: 行政许可",
          "    level2: 安全生产许可",
          "    content: 许可条件、程序",
          "    basis: [安全生产法]",
          "    deadline: 信息形成之日起20个工作日内",
          "    owner: 县应急管理局",
          "    channels: [政府网站, 公开查阅点]",
          "    audience: 全社会",
          "    mode: 主动",
          "    tiers: [县级]",
          "");

  @Test
  void positionsAfterReleaseAreThoseOfTheTree() throws IOException {
    Path file = Files.writeString(dir.resolve("aqsc.yaml"), CATALOG, StandardCharsets.UTF_8);
    FileLoader loader = new FileLoader(Messages.english());
    TreeLocator original =
        (TreeLocator) loader.load(file, "aqsc.yaml", DocumentKind.CATALOG).file().locator();
    LoadedFile kept = loader.load(file, "aqsc.yaml", DocumentKind.CATALOG, true);

    LoadedFile released = kept.withoutTree();

    assertThat(released.tree()).isNull();
    assertThat(released.document()).isSameAs(kept.document());
    TreeLocator reread = (TreeLocator) released.file().locator();
    for (String pointer :
        new String[] {"", "/version", "/items/0/id", "/items/0/channels/1", "/items/0/nope"}) {
      assertThat(reread.value(pointer)).as(pointer).isEqualTo(original.value(pointer));
      assertThat(reread.key(pointer)).as(pointer).isEqualTo(original.key(pointer));
    }
    assertThat(reread.value("/items/0/channels/1")).isEqualTo(new Position(15, 22));
  }

  @Test
  void aReleasableFileIsReadWithoutPositionsYetItsFindingsHaveThem() throws IOException {
    // the first read of a releasable file skips positions; the parser's own findings need them
    String duplicate = CATALOG.replace("    mode: 主动\n", "    mode: 主动\n    mode: 依申请\n");
    Path file = Files.writeString(dir.resolve("aqsc.yaml"), duplicate, StandardCharsets.UTF_8);
    LoadedFile f =
        new FileLoader(Messages.english()).load(file, "aqsc.yaml", DocumentKind.CATALOG, true);
    assertThat(f.findings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.rule().id()).isEqualTo("GK004");
              assertThat(finding.loc().line()).isEqualTo(18);
              assertThat(finding.loc().column()).isEqualTo(5);
            });
    Loc mode = ((Catalog) f.document()).items().get(0).loc().child("mode");
    assertThat(mode.line()).isEqualTo(17);
  }

  @Test
  void theDocumentIsShownAtItsKindLineWithoutReadingPositionsEarly() throws IOException {
    Path file = Files.writeString(dir.resolve("aqsc.yaml"), CATALOG, StandardCharsets.UTF_8);
    LoadedFile f =
        new FileLoader(Messages.english())
            .load(file, "aqsc.yaml", DocumentKind.CATALOG, true)
            .withoutTree();
    Loc document = ((Catalog) f.document()).loc();
    assertThat(document.pointer()).isEmpty();
    assertThat(document.line()).isEqualTo(2);
    assertThat(document.column()).isEqualTo(1);
    assertThat(document.child("domain").line()).isEqualTo(3);
  }

  @Test
  void aFileReadTheUsualWayKeepsItsTree() throws IOException {
    Path file = Files.writeString(dir.resolve("aqsc.yaml"), CATALOG, StandardCharsets.UTF_8);
    LoadedFile f = new FileLoader(Messages.english()).load(file, "aqsc.yaml", DocumentKind.CATALOG);
    assertThat(f.withoutTree()).isSameAs(f);
    assertThat(f.tree()).isNotNull();
  }

  @Test
  void locationsOfAReleasedFileAreFoundWhenAskedFor() throws IOException {
    Path file = Files.writeString(dir.resolve("aqsc.yaml"), CATALOG, StandardCharsets.UTF_8);
    LoadedFile f =
        new FileLoader(Messages.english())
            .load(file, "aqsc.yaml", DocumentKind.CATALOG, true)
            .withoutTree();
    Catalog catalog = (Catalog) f.document();
    Loc level1 = catalog.items().get(0).loc().child("level1");
    assertThat(level1.line()).isEqualTo(9);
    assertThat(level1.column()).isEqualTo(13);
    assertThat(level1).isEqualTo(f.file().locate("/items/0/level1"));
    assertThat(level1.toString()).isEqualTo("aqsc.yaml:9:13");
  }
}
