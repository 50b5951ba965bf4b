package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gkml import FILE} (CLI.md 1.1): the reader chosen by content, the report naming {@code
 * table N row R col C}, {@code --strict} on any entry, generated ids clear of the tree's ids,
 * published text kept unless {@code --simplified}.
 */
class ImportAnyFormatTest {
  private static final Path TABLES = Path.of("src", "test", "resources", "import", "published");

  @TempDir Path dir;

  private static final String PAGE =
      "<html><head><meta charset=\"utf-8\"><title>安全生產領域基層政務公開標準目錄</title></head><body>"
          + "<table><tr><th>序號</th><th>公開事項</th><th>公開內容</th><th>公開依據</th>"
          + "<th>公開時限</th><th>公開主體</th><th>公開渠道</th><th>公開對象</th><th>公開方式</th>"
          + "<th>公開層級</th><th>網址</th></tr>"
          + "<tr><td>1</td><td>政策文件</td><td>法律法規</td><td>《條例》</td><td>20個工作日</td>"
          + "<td>縣應急局</td><td>■政府網站</td><td>全社會</td><td>主動公開</td><td>縣級</td>"
          + "<td>http://example.gov.cn/</td></tr></table></body></html>";

  @Test
  void aWebPageUnderAnyNameWithIdsClearOfTheTree() throws Exception {
    Path page = dir.resolve("catalogue.dat");
    Files.writeString(page, PAGE, StandardCharsets.UTF_8);
    Path root = dir.resolve("tree");
    Files.createDirectories(root.resolve("basic"));
    Files.writeString(
        root.resolve("basic/safety.yaml"),
        "gkml: 1\nkind: catalog\ndomain: 安全生产\nitems:\n  - id: AQSC-001\n",
        StandardCharsets.UTF_8);
    CliRun r = CliRun.of("import", page.toString(), "--root", root.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "domain: 安全生产",
            "title: 安全生產領域基層政務公開標準目錄",
            "id: AQSC-002",
            "level1: 政策文件",
            "owner: 縣應急局")
        .contains("channels: [政府网站]", "note: 網址：http://example.gov.cn/")
        .doesNotContain("AQSC-001");
    assertThat(r.err()).contains("catalogue.dat:table 1 row 2 col 11: warning:");
    CliRun strict = CliRun.of("import", page.toString(), "--root", root.toString(), "--strict");
    assertThat(strict.code()).isEqualTo(1);
    CliRun simple = CliRun.of("import", page.toString(), "--root", root.toString(), "--simplified");
    assertThat(simple.out()).contains("owner: 县应急局", "content: 法律法规");
  }

  @Test
  void theVersionOneSpellingReadsEveryFormatToo() throws Exception {
    Path page = TABLES.resolve("08-penglai-huji-threelevels/raw.html");
    Path out = dir.resolve("out.yaml");
    CliRun r =
        CliRun.of(
            "import",
            "xlsx",
            page.toString(),
            "--domain",
            "户籍管理",
            "-o",
            out.toString(),
            "--root",
            dir.toString());
    String yaml = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(yaml).contains("level2: 注销登记", "level3: 死亡注销", "# gkml import xlsx raw.html");
    // no tier columns: every item lacks tiers, an error, and the file is still written
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("raw.html:table 1: error:");
  }

  @Test
  void noFileNamed() {
    CliRun r = CliRun.of("import");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("FILE");
  }

  @Test
  void invisibleCharactersOfAPageAreNotImported() throws Exception {
    Path page = dir.resolve("page.html");
    // a zero-width space, a soft hyphen and a DEL in the cells, as pasted from another program
    Files.writeString(
        page,
        PAGE.replace("<td>政策文件</td>", "<td>政策\u200B文件</td>")
            .replace("<td>法律法規</td>", "<td>法律\u00AD法規\u007F</td>"),
        StandardCharsets.UTF_8);
    CliRun r = CliRun.of("import", page.toString(), "--root", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("level1: 政策文件", "content: 法律法規");
    assertThat(r.out().codePoints()).doesNotContain(0x200B, 0x00AD, 0x007F);
  }
}
