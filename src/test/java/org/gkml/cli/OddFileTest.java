package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gkml.TestCatalogs;
import org.gkml.i18n.Messages;
import org.gkml.load.FileLoader;
import org.gkml.load.TreeLoader;
import org.gkml.model.RegionCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 8 of issue #11, odd but legal files: a register with a BOM, files with CR-only line
 * endings, a folder that cannot be read, a register that is not CSV. Each gives the answer or one
 * clear finding at file and line, never an internal error or a Java class name.
 */
class OddFileTest {
  private static final Messages EN = Messages.english();

  @TempDir Path work;
  Path root;
  Path deep;

  @BeforeEach
  void copyTree() throws IOException {
    root = work.resolve("catalogs");
    TestCatalogs.copy(PathEscapeTest.CHAIN, root);
  }

  @AfterEach
  void removeWhatTempDirCannot() throws Exception {
    if (deep != null) {
      // a path longer than PATH_MAX: only a tool that walks by file descriptors removes it
      new ProcessBuilder("rm", "-rf", deep.toString()).inheritIO().start().waitFor();
    }
  }

  private CliRun validate() {
    return CliRun.of("validate", "--root", root.toString(), "--lang", "en");
  }

  private TreeLoader.Result load() {
    return new TreeLoader(new FileLoader(EN), EN, work).load(root);
  }

  @Test
  void aRegisterWithAByteOrderMarkReadsEveryRow() throws IOException {
    Files.writeString(
        root.resolve("regions.csv"),
        "\uFEFFcode,name\n511703,达川区\n511703001,三里坪街道\n",
        StandardCharsets.UTF_8);

    TreeLoader.Result r = load();

    assertThat(r.findings()).isEmpty();
    assertThat(r.tree().register())
        .containsEntry(new RegionCode("511703"), "达川区")
        .containsEntry(new RegionCode("511703001"), "三里坪街道");
    assertThat(validate().code()).isZero();
  }

  @Test
  void crOnlyLineEndingsParseWithTheRightLines() throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      // the catalogue's files, not a validate cache's (binary) files
      Path cache = root.resolve(org.gkml.cache.ValidationCache.TREE_FOLDER);
      for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.startsWith(cache)).toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        Files.writeString(
            p, text.replace("\r\n", "\n").replace('\n', '\r'), StandardCharsets.UTF_8);
      }
    }
    Files.writeString(
        root.resolve("regions.csv"), "code,name\r511703,达川区\r5117031,某镇\r", StandardCharsets.UTF_8);
    assertThat(validate().out()).contains("regions.csv:3:1: error GK301");

    Files.writeString(
        root.resolve("regions.csv"), "code,name\r511703,达川区\r", StandardCharsets.UTF_8);
    CliRun clean = validate();
    assertThat(clean.code()).isZero();
    assertThat(clean.out()).isEqualTo("0 errors, 0 warnings in 4 files\n");

    Path county = root.resolve("regions/511703-达川区/safety-production.yaml");
    TestCatalogs.replaceIn(county, "kind: overlay", "kind: overlay\rcolour: red");
    CliRun broken = validate();
    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.out()).contains("safety-production.yaml:4:1: error GK001");
  }

  @Test
  void aFolderThatCannotBeReadIsAFindingAndTheRestIsChecked() throws Exception {
    // a folder nested past PATH_MAX cannot be listed even by root (for whom chmod 000 is no bar)
    deep = root.resolve("regions/deep");
    Files.createDirectories(deep);
    String name = "d".repeat(250);
    Process mk =
        new ProcessBuilder(
                "sh",
                "-c",
                "for i in $(seq 1 18); do mkdir "
                    + name
                    + " && cd -P "
                    + name
                    + " || exit 1; done;"
                    + " echo 'gkml: 1' > a.yaml")
            .directory(deep.toFile())
            .inheritIO()
            .start();
    assertThat(mk.waitFor()).isZero();
    Path unlisted = Files.createDirectories(root.resolve("regions/locked"));
    boolean chmodBars = unlisted.toFile().setReadable(false) && !Files.isReadable(unlisted);

    CliRun run = validate();

    unlisted.toFile().setReadable(true);
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("regions/deep/")
        .contains("error GK002: cannot read this folder");
    if (chmodBars) { // not as root
      assertThat(run.out())
          .contains("regions/locked:1:1: error GK002")
          .contains("permission denied");
    }
    assertThat(run.out()).doesNotContain("Exception").doesNotContain("internal error");
    // the other files were read and checked: the summary counts them
    assertThat(run.out()).containsPattern("errors?, 0 warnings in [5-9] files");
  }

  @Test
  void aRegisterThatIsNotCsvNamesFileAndLineInPlainWords() throws IOException {
    Files.writeString(
        root.resolve("regions.csv"),
        "code,name\n511703,达川区\n511703001,\"三里坪街道\n",
        StandardCharsets.UTF_8);

    CliRun run = validate();

    assertThat(run.code()).isEqualTo(2); // unparseable input, as for a YAML file (CLI.md)
    assertThat(run.out())
        .contains(
            "regions.csv:3:1: error GK002: cannot read the region register: a quoted field is not"
                + " closed")
        .doesNotContain("EOF reached")
        .doesNotContain("encapsulated");
    assertThat(run.out()).doesNotContain("java.").doesNotContain("Exception");
  }

  @Test
  void problemsFoundBeforeParsingCountCrOnlyLinesToo() throws IOException {
    FileLoader loader = new FileLoader(EN);
    Path gbk = work.resolve("gbk.yaml");
    byte[] head = "gkml: 1\rkind: catalog\rdomain: ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
    bytes[head.length] = (byte) 0xB0; // 安 in GB18030, not UTF-8
    bytes[head.length + 1] = (byte) 0xB2;
    Files.write(gbk, bytes);
    Path nel = work.resolve("nel.yaml");
    Files.writeString(nel, "gkml: 1\rkind: catalog\rtitle: a\u0085b\r", StandardCharsets.UTF_8);

    assertThat(loader.load(gbk, "gbk.yaml", null).findings())
        .singleElement()
        .satisfies(f -> assertThat(f.loc().line()).isEqualTo(3));
    assertThat(loader.load(nel, "nel.yaml", null).findings())
        .filteredOn(f -> f.message().contains("U+0085"))
        .singleElement()
        .satisfies(f -> assertThat(f.loc().line()).isEqualTo(3));
  }
}
