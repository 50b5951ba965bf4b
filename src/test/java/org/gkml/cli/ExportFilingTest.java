package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gkml export filing}: the 备案 bundle of district 511703 in a temporary git repository with
 * two commits. The first is the report test's tree; the second is a year's revision: the basic
 * catalogue 2025.2 makes S-003's deadline shorter, the district's overlay 2025.2 changes an owner,
 * each with a revision record.
 */
class ExportFilingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CASE = Path.of("src/test/resources/report/stale-and-skipped/tree");
  private static final String XLSX = "511703-达川区.xlsx";
  private static final String DOCX = "511703-达川区.docx";

  @TempDir static Path repo;
  @TempDir Path tmp;
  static Path catalogs;

  @BeforeAll
  static void twoCommits() throws IOException, GitAPIException {
    catalogs = repo.resolve("catalogs");
    TestCatalogs.copy(CASE, catalogs);
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      commit(git, "2025.1");
      Path basic = catalogs.resolve("basic/safety.yaml");
      TestCatalogs.replaceIn(
          basic,
          "version: \"2025.1\"\nissuer: 示例省人民政府办公厅\neffective: 2025-03-01\n",
          "version: \"2025.2\"\nissuer: 示例省人民政府办公厅\neffective: 2025-03-01\n"
              + "revisions:\n  - version: \"2025.2\"\n    date: 2025-06-30\n"
              + "    trigger: 法律法规变化\n    summary: 根据新修订的《中华人民共和国安全生产法》缩短 S-003 的公开时限\n"
              + "    approved: 省政府办公厅\n");
      TestCatalogs.replaceIn(
          basic,
          "      - 《中华人民共和国安全生产法》\n    deadline: 信息形成或者变更之日起20个工作日内",
          "      - 《中华人民共和国安全生产法》\n    deadline: 信息形成或者变更之日起10个工作日内");
      Path overlay = catalogs.resolve("regions/511703-达川区/safety.yaml");
      TestCatalogs.replaceIn(
          overlay,
          "version: \"2025.1\"\nbase: \"2024.1\"\nrevisions:\n",
          "version: \"2025.2\"\nbase: \"2025.2\"\nrevisions:\n  - version: \"2025.2\"\n"
              + "    date: 2025-07-15\n    trigger: 上级目录调整\n    summary: 跟进省级目录 2025.2 版\n");
      TestCatalogs.replaceIn(
          overlay, "owner: 达川区应急管理局\n    channels: {add", "owner: 达川区应急管理局办公室\n    channels: {add");
      commit(git, "2025.2");
    }
  }

  @Test
  void bundleSinceRevisionHoldsEveryFileWithVerifiedHashes() throws Exception {
    Path out = tmp.resolve("备案");
    CliRun run = filing("--since", "HEAD~1", "-o", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(names(out))
        .containsExactlyInAnyOrder(
            XLSX, DOCX, "修订对照表.xlsx", "修订说明.md", "manifest.json", "SHA256SUMS", ".gkml-filing");

    JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("region").get("code").asText()).isEqualTo("511703");
    assertThat(manifest.get("since").asText()).isEqualTo("HEAD~1");
    List<String> listed = new ArrayList<>();
    for (JsonNode f : manifest.get("files")) {
      Path file = out.resolve(f.get("name").asText());
      listed.add(f.get("name").asText());
      assertThat(sha256(file)).as(file.toString()).isEqualTo(f.get("sha256").asText());
      assertThat(Files.size(file)).isEqualTo(f.get("bytes").asLong());
    }
    assertThat(listed).containsExactly(XLSX, DOCX, "修订对照表.xlsx", "修订说明.md");

    // SHA256SUMS: sha256sum -c format, covering the JSON manifest too
    List<String> sums = Files.readAllLines(out.resolve("SHA256SUMS"), StandardCharsets.UTF_8);
    assertThat(sums).hasSize(5);
    for (String line : sums) {
      String[] parts = line.split("  ", 2);
      assertThat(sha256(out.resolve(parts[1]))).as(line).isEqualTo(parts[0]);
    }
    assertThat(sums.get(4)).endsWith("  manifest.json");

    // the comparison table holds the two changes of the year, and only those
    String table = cells(out.resolve("修订对照表.xlsx"));
    assertThat(table).contains("S-003", "10个工作日", "达川区应急管理局办公室");
    // the catalogue shows the new owner and the new deadline
    assertThat(cells(out.resolve(XLSX))).contains("达川区应急管理局办公室");
    try (InputStream in = Files.newInputStream(out.resolve(DOCX));
        XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getTables()).isNotEmpty();
    }

    String statement = Files.readString(out.resolve("修订说明.md"), StandardCharsets.UTF_8);
    assertThat(statement)
        .contains("HEAD\\~1", "缩短 S-003 的公开时限", "跟进省级目录 2025.2 版", "修订记录（2 条）")
        .doesNotContain("明确区应急管理局为公开主体"); // recorded before HEAD~1
    assertThat(run.out()).contains("6");
  }

  @Test
  void withoutSinceTheStatementListsWholeRecordsAndNoComparisonIsWritten() throws Exception {
    Path out = tmp.resolve("out");
    CliRun run = filing("-o", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(names(out)).doesNotContain("修订对照表.xlsx").contains(XLSX, DOCX, "修订说明.md");
    assertThat(run.err()).contains("--since");
    String statement = Files.readString(out.resolve("修订说明.md"), StandardCharsets.UTF_8);
    assertThat(statement).contains("明确区应急管理局为公开主体", "跟进省级目录 2025.2 版", "缩短 S-003 的公开时限", "未指定");
    JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("since").isNull()).isTrue();
  }

  @Test
  void twoRunsWithSourceDateEpochAreByteIdentical() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertThat(CliRun.at(1_750_000_000L, args("--since", "HEAD~1", "-o", a.toString())).code())
        .isZero();
    Thread.sleep(1100); // a clock that leaked into the output would now differ
    assertThat(CliRun.at(1_750_000_000L, args("--since", "HEAD~1", "-o", b.toString())).code())
        .isZero();
    for (String name : names(a)) {
      assertThat(Files.readAllBytes(b.resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(a.resolve(name)));
    }
    assertThat(JSON.readTree(a.resolve("manifest.json").toFile()).get("date").asText())
        .isEqualTo("2025-06-15");
  }

  @Test
  void aRerunReplacesAnEarlierBundleButNotAForeignFolder() throws Exception {
    Path out = tmp.resolve("out");
    assertThat(filing("-o", out.toString()).code()).isZero();
    CliRun again = filing("--since", "HEAD~1", "-o", out.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(out.resolve("修订对照表.xlsx")).exists();

    Path foreign = tmp.resolve("notes");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("mine.txt"), "keep me");
    CliRun refused = filing("-o", foreign.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(names(foreign)).containsExactly("mine.txt");
  }

  @Test
  void changesWithoutARevisionRecordAreWrittenWithAWarning() throws Exception {
    Path other = tmp.resolve("repo");
    Path tree = other.resolve("catalogs");
    TestCatalogs.copy(CASE, tree);
    try (Git git = Git.init().setDirectory(other.toFile()).setInitialBranch("main").call()) {
      commit(git, "first");
    }
    TestCatalogs.replaceIn(
        tree.resolve("regions/511703-达川区/safety.yaml"),
        "owner: 达川区应急管理局\n    channels: {add",
        "owner: 达川区应急管理局综合科\n    channels: {add");
    Path out = tmp.resolve("out");
    CliRun run =
        CliRun.of(
            "export",
            "filing",
            "--root",
            tree.toString(),
            "--region",
            "511703",
            "--since",
            "HEAD",
            "-o",
            out.toString(),
            "--lang",
            "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("warning", "since HEAD");
    assertThat(Files.readString(out.resolve("修订说明.md"), StandardCharsets.UTF_8))
        .contains("自 HEAD 以来没有修订记录");
    assertThat(cells(out.resolve("修订对照表.xlsx"))).contains("达川区应急管理局综合科");
  }

  @Test
  void anOutputInsideTheRootIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path inside = catalogs.resolve("备案");
    CliRun run = filing("-o", inside.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).doesNotContain("Exception");
    assertThat(inside).doesNotExist();
  }

  @Test
  void anUnknownRevisionWritesNothing() {
    Path out = tmp.resolve("out");
    CliRun run = filing("--since", "no-such-tag", "-o", out.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no-such-tag").doesNotContain("Exception");
    assertThat(out).doesNotExist();
    assertThat(tmp).isEmptyDirectory(); // no staging folder or lock left behind
  }

  @Test
  void sinceNamesNoEmptyRevisionNorARange() {
    Path out = tmp.resolve("out");
    CliRun empty = filing("--since", "", "-o", out.toString());
    CliRun range = filing("--since", "HEAD~1..HEAD", "-o", out.toString());

    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).contains("--since：版本名为空");
    assertThat(range.code()).isEqualTo(2);
    assertThat(range.err()).contains("--since：“HEAD~1..HEAD”是版本范围；--since 只接受一个版本（例如 HEAD~1）");
    assertThat(tmp).isEmptyDirectory();
  }

  @Test
  void sinceInAShallowCloneSaysHowToFetchMoreHistory() throws Exception {
    Path clone = tmp.resolve("clone");
    try (Git git =
        Git.cloneRepository()
            .setURI(repo.toUri().toString())
            .setDirectory(clone.toFile())
            .setDepth(1)
            .call()) {
      assertThat(git.getRepository().getObjectDatabase().getShallowCommits()).isNotEmpty();
    }
    Path out = tmp.resolve("out");
    CliRun run =
        CliRun.of(
            "export",
            "filing",
            "--root",
            clone.resolve("catalogs").toString(),
            "--region",
            "511703",
            "--lang",
            "en",
            "--since",
            "HEAD~1",
            "-o",
            out.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("--since: revision \"HEAD~1\" is not in this shallow clone")
        .contains("git fetch --deepen=100");
    assertThat(out).doesNotExist();
  }

  @Test
  void anErrorInAFileTheCatalogueDependsOnStopsTheBundle() throws Exception {
    Path broken = tmp.resolve("tree");
    TestCatalogs.copy(CASE, broken);
    Path overlay = broken.resolve("regions/511703-达川区/safety.yaml");
    TestCatalogs.replaceIn(overlay, "  - id: S-003\n    channels:", "  - id: S-999\n    channels:");
    Path out = tmp.resolve("out");
    CliRun run =
        CliRun.of(
            "export",
            "filing",
            "--root",
            broken.toString(),
            "--region",
            "511703",
            "-o",
            out.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("safety.yaml");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnknownRegionAndAMissingFolderAreUsageErrors() {
    Path out = tmp.resolve("out");
    assertThat(filingFor("999999", "-o", out.toString()).code()).isEqualTo(2);
    assertThat(
            CliRun.of("export", "filing", "--root", catalogs.toString(), "--region", "511703")
                .code())
        .isEqualTo(2);
    assertThat(out).doesNotExist();
  }

  private static CliRun filing(String... more) {
    return filingFor("511703", more);
  }

  private static CliRun filingFor(String region, String... more) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "export",
                "filing",
                "--root",
                catalogs.toString(),
                "--region",
                region,
                "--lang",
                "zh"));
    all.addAll(List.of(more));
    return CliRun.of(all.toArray(String[]::new));
  }

  private static String[] args(String... more) {
    List<String> all =
        new ArrayList<>(
            List.of("export", "filing", "--root", catalogs.toString(), "--region", "511703"));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static TreeSet<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
    }
  }

  /** Every cell's text of every sheet, one after another. */
  private static String cells(Path xlsx) throws IOException {
    StringBuilder s = new StringBuilder();
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            s.append(cell.toString()).append('\t');
          }
        }
      }
    }
    return s.toString();
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static void commit(Git git, String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.commit()
        .setMessage(message)
        .setAuthor("gkml test", "test@example.org")
        .setCommitter("gkml test", "test@example.org")
        .setSign(false)
        .call();
  }
}
