package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review (names 1, 2): {@code new catalog --domain} and {@code import --domain} took a domain's
 * file slug for a new domain's name (domain: safety-production) and a misspelt name for a new
 * domain (安全生成), where every other command reads the slug as its domain and suggests the name
 * meant.
 */
class DomainSlipsAndSlugsTest {
  private static final Path SHIPPED = Path.of("catalogs");

  @TempDir Path tmp;

  private Path freshTree() {
    Path repo = tmp.resolve("repo");
    CliRun init = CliRun.of("init", repo.toString(), "--lang", "zh");
    assertThat(init.code()).as(init.err()).isZero();
    return repo.resolve("catalogs");
  }

  private static long filesIn(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  @Test
  void newCatalogReadsAKnownSlugAsItsDomain() throws Exception {
    Path root = freshTree();

    CliRun run =
        CliRun.of(
            "new", "catalog", "--root", root.toString(), "--domain", "safety-production", "-q");

    assertThat(run.code()).as(run.err()).isZero();
    String written = Files.readString(root.resolve("basic/safety-production.yaml"));
    assertThat(written)
        .contains("\ndomain: 安全生产\n", "\ntitle: 安全生产领域基层政务公开标准目录\n")
        .doesNotContain("domain: safety-production");
  }

  @Test
  void newCatalogRefusesASlipOfAKnownDomainAndSuggestsIt() throws Exception {
    Path root = freshTree();

    for (String slip : new String[] {"安全生成", "safety-prodution", "安全生產"}) {
      CliRun run =
          CliRun.of("new", "catalog", "--root", root.toString(), "--lang", "zh", "--domain", slip);

      assertThat(run.code()).as(slip).isEqualTo(2);
      assertThat(run.err())
          .as(slip)
          .startsWith("gkml: 未知的领域“" + slip + "”；是否应为“安全生产”？")
          .hasLineCount(1);
    }
    assertThat(filesIn(root.resolve("basic"))).isZero();
  }

  @Test
  void newCatalogRefusesALatinWordThatIsNoKnownSlug() throws Exception {
    Path root = freshTree();

    CliRun run =
        CliRun.of(
            "new", "catalog", "--root", root.toString(), "--lang", "zh", "--domain", "safety");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("gkml: “safety”既不是目录树中领域的名称，也不是其文件名")
        .contains("是否应为“safety-production”？")
        .hasLineCount(1);
    assertThat(filesIn(root.resolve("basic"))).isZero();
  }

  @Test
  void newCatalogStillMakesADomainFarFromEveryKnownOne() throws Exception {
    Path root = freshTree();

    CliRun run = CliRun.of("new", "catalog", "--root", root.toString(), "--domain", "文物保护", "-q");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(root.resolve("basic/文物保护.yaml"))).contains("\ndomain: 文物保护\n");
  }

  @Test
  void newCatalogOfASlugTheTreeHasNamesTheCatalogueThere() throws Exception {
    Path root = freshTree();
    Files.copy(
        SHIPPED.resolve("basic/safety-production.yaml"),
        root.resolve("basic/safety-production.yaml"));

    CliRun run =
        CliRun.of(
            "new",
            "catalog",
            "--root",
            root.toString(),
            "--lang",
            "en",
            "--domain",
            "safety-production");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("already has a basic catalogue for 安全生产");
  }

  @Test
  void importReadsASlugAndRefusesASlipInOneMessage() throws Exception {
    Path book = tmp.resolve("b.xlsx");
    CliRun export = CliRun.of("export", "xlsx", "-o", book.toString(), "--root", "catalogs");
    assertThat(export.code()).as(export.err()).isZero();
    Path out = Files.createDirectories(tmp.resolve("out"));

    CliRun slip =
        CliRun.of(
            "--lang", "zh", "import", book.toString(), "--domain", "安全生成", "-o", out.toString());
    CliRun slug =
        CliRun.of(
            "import", book.toString(), "--domain", "safety-production", "-o", out.toString(), "-q");

    assertThat(slip.code()).isEqualTo(2);
    assertThat(slip.err()).startsWith("gkml: 未知的领域“安全生成”；是否应为“安全生产”？").hasLineCount(1);
    assertThat(slug.code()).as(slug.err()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly("safety-production.yaml");
    }
    assertThat(Files.readString(out.resolve("safety-production.yaml")))
        .contains("\ndomain: 安全生产\n");
  }

  @Test
  void regionImportReadsASlugAndRefusesASlipToo() throws Exception {
    Path book = tmp.resolve("r.xlsx");
    CliRun export =
        CliRun.of(
            "export", "xlsx", "--root", "catalogs", "--region", "511703", "-o", book.toString());
    assertThat(export.code()).as(export.err()).isZero();
    Path out = Files.createDirectories(tmp.resolve("out"));

    CliRun slip =
        CliRun.of(
            "--lang",
            "zh",
            "import",
            book.toString(),
            "--root",
            "catalogs",
            "--region",
            "511703",
            "--domain",
            "safety-prodution",
            "-o",
            out.toString());
    CliRun slug =
        CliRun.of(
            "import",
            book.toString(),
            "--root",
            "catalogs",
            "--region",
            "511703",
            "--domain",
            "safety-production",
            "-o",
            out.toString());

    assertThat(slip.code()).isEqualTo(2);
    assertThat(slip.err()).startsWith("gkml: 未知的领域“safety-prodution”；是否应为“安全生产”？").hasLineCount(1);
    assertThat(slug.code()).as(slug.err()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly("safety-production.yaml");
    }
  }
}
