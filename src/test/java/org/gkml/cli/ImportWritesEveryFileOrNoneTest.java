package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import -o DIR} writes a file per domain, and {@code import --region -o DIR} a file per
 * overlay: all of them or none (CLI.md: never a half-written output; import.md §10), and each says
 * what it wrote, as {@code --into-tree} does. Once a folder in the way of the second file left the
 * first one written, with exit 2.
 */
class ImportWritesEveryFileOrNoneTest {
  @TempDir Path tmp;

  private Path twoDomainPage() throws IOException {
    String header =
        "<tr><td>序号</td><td>一级事项</td><td>二级事项</td><td>公开内容</td><td>公开依据</td><td>公开时限</td>"
            + "<td>公开主体</td><td>公开渠道和载体</td><td>全社会</td><td>主动</td><td>乡级</td></tr>";
    String row =
        "<tr><td>1</td><td>政策文件</td><td>法律法规</td><td>法律</td><td>《条例》</td><td>10个工作日内</td>"
            + "<td>镇政府</td><td>■政府网站</td><td>√</td><td>√</td><td>√</td></tr>";
    Path p = tmp.resolve("two.html");
    Files.writeString(
        p,
        "<html><head><meta charset=\"utf-8\"></head><body>"
            + "<p>安全生产领域基层政务公开标准目录　发布机关：某镇人民政府</p><table>"
            + header
            + row
            + "</table><p>户籍管理领域基层政务公开标准目录　发布机关：某镇人民政府</p><table>"
            + header
            + row
            + "</table></body></html>");
    return p;
  }

  @Test
  void aFileThatCannotBeWrittenLeavesNoneOfTheOthers() throws IOException {
    Path out = tmp.resolve("out");
    Files.createDirectories(out.resolve("household-registration.yaml"));
    CliRun run =
        CliRun.of("import", twoDomainPage().toString(), "-o", out.toString(), "--lang", "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("cannot write " + out.resolve("household-registration.yaml"));
    assertThat(run.err()).doesNotContain("wrote ");
    assertThat(names(out)).containsExactly("household-registration.yaml");
  }

  @Test
  void everyFileWrittenIsSaid() throws IOException {
    Path out = tmp.resolve("out");
    CliRun run =
        CliRun.of("import", twoDomainPage().toString(), "-o", out.toString(), "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("wrote " + out.resolve("safety-production.yaml"))
        .contains("wrote " + out.resolve("household-registration.yaml"));
    assertThat(names(out))
        .containsExactlyInAnyOrder("safety-production.yaml", "household-registration.yaml");
    CliRun quiet = CliRun.of("import", twoDomainPage().toString(), "-o", out.toString(), "--quiet");
    assertThat(quiet.err()).doesNotContain("wrote", "已写出");
  }

  @Test
  void aRegionsOverlaysAreWrittenAllOrNoneAndSaid() throws IOException {
    Path root = copyOfSamples();
    // two domains edited: each gets an overlay
    Path xlsx =
        EditedRegionWorkbook.of(
            root,
            "511703102",
            tmp.resolve("s.xlsx"),
            book -> {
              for (String sheet : List.of("户籍管理", "农村危房改造")) {
                Row r = book.getSheet(sheet).getRow(4);
                r.getCell(6).setCellValue("石桥镇人民政府（" + sheet + "）");
              }
            });
    Path od = tmp.resolve("od");
    Files.createDirectories(od.resolve("rural-dilapidated-housing.yaml"));
    List<String> args =
        List.of("import", xlsx.toString(), "--root", root.toString(), "--region", "511703102");
    CliRun blocked = CliRun.of(concat(args, "-o", od.toString(), "--lang", "en"));
    assertThat(blocked.code()).isEqualTo(2);
    assertThat(names(od)).containsExactly("rural-dilapidated-housing.yaml");

    Files.delete(od.resolve("rural-dilapidated-housing.yaml"));
    CliRun run = CliRun.of(concat(args, "-o", od.toString(), "--lang", "zh"));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(names(od))
        .containsExactlyInAnyOrder("household-registration.yaml", "rural-dilapidated-housing.yaml");
    String into = CliRun.of(concat(args, "--into-tree", "--lang", "zh")).err();
    // the same words for -o DIR as for --into-tree
    String wrote =
        into.lines()
            .filter(l -> l.contains("household-registration.yaml"))
            .findFirst()
            .orElseThrow();
    String verb = wrote.substring(0, wrote.indexOf(' '));
    assertThat(run.err()).contains(verb + " " + od.resolve("household-registration.yaml"));
  }

  private static List<String> concat(List<String> a, String... more) {
    return Stream.concat(a.stream(), Stream.of(more)).toList();
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  private Path copyOfSamples() throws IOException {
    Path from = Path.of("catalogs");
    Path root = tmp.resolve("tree/catalogs");
    TestCatalogs.copy(from, root);
    return root;
  }
}
