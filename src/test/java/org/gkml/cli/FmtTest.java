package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gkml.TestCatalogs;
import org.gkml.fmt.CanonicalLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gkml fmt}: one line layout, every comment kept, idempotent, and data never changed. */
class FmtTest {
  private static final String MESSY =
      "\uFEFF\n# 安全生产  \r\ngkml: 1   \r\n\r\n\r\n"
          + TestCatalogs.CATALOG.replace("items:\n", "items:   # 事项\n\n\n\n")
          + "\n\n";

  @Test
  void messyLayoutBecomesCanonicalKeepingEveryComment() {
    String canonical = CanonicalLayout.of(MESSY).orElseThrow();

    assertThat(canonical)
        .startsWith("# 安全生产\ngkml: 1\n\ngkml: 1\nkind: catalog")
        .contains("items:   # 事项\n\n  - id: AQSC-001")
        .doesNotContain("\r")
        .doesNotContain("\n\n\n")
        .endsWith("tiers: [县级, 乡级]\n");
    assertThat(CanonicalLayout.of(canonical)).contains(canonical);
  }

  @Test
  void aBlockScalarWhoseSpacesAreContentIsLeftAlone() {
    String text = "note: |\n  line one  \n\n\n  line two\n";

    assertThat(CanonicalLayout.of(text)).isEmpty();
  }

  @Test
  void everyShippedCatalogueIsIdempotentAndKeepsItsComments() throws Exception {
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/validate/valid"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        String once = CanonicalLayout.of(text).orElseThrow();
        assertThat(CanonicalLayout.of(once)).as(f.toString()).contains(once);
        assertThat(once.lines().filter(l -> l.strip().startsWith("#")).count())
            .as(f.toString())
            .isEqualTo(
                text.replace("\uFEFF", "").lines().filter(l -> l.strip().startsWith("#")).count());
      }
    }
  }

  @Test
  void checkReportsAndChangesNothingThenFmtRewritesAndCheckPasses(@TempDir Path root)
      throws Exception {
    Path file = Files.createDirectories(root.resolve("basic")).resolve("safety-production.yaml");
    Files.writeString(file, MESSY.replace("gkml: 1   \r\n\r\n\r\n", ""), StandardCharsets.UTF_8);
    byte[] before = Files.readAllBytes(file);

    CliRun check = CliRun.of("fmt", "--check", "--root", root.toString(), "--lang", "en");
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out()).contains("safety-production.yaml");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);

    CliRun fmt = CliRun.of("fmt", "--root", root.toString(), "--lang", "en");
    CliRun again = CliRun.of("fmt", "--check", "--root", root.toString(), "--lang", "en");
    CliRun validate = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(fmt.code()).isZero();
    assertThat(again.code()).isZero();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("# 安全生产\ngkml: 1\n");
    assertThat(validate.code()).isZero();
  }

  @Test
  void aFileThatCannotBeParsedIsReportedWithItsLineAndFailsTheRun(@TempDir Path root)
      throws Exception {
    Path file = Files.createDirectories(root.resolve("basic")).resolve("safety-production.yaml");
    String broken = "gkml: 1\nkind: catalog\nitems: [unclosed\n";
    Files.writeString(file, broken, StandardCharsets.UTF_8);
    Path clean = root.resolve("basic/major-construction.yaml");
    Files.writeString(clean, MESSY, StandardCharsets.UTF_8);

    CliRun check = CliRun.of("fmt", "--check", "--root", root.toString(), "--lang", "en");
    assertThat(check.code()).isEqualTo(2);
    assertThat(check.err()).contains("safety-production.yaml:4:1: GK002").contains("YAML");
    assertThat(check.out())
        .contains("would reformat")
        .contains("major-construction.yaml")
        .endsWith("1 file would be reformatted; 2 checked, 1 could not be read or parsed\n");

    CliRun fmt = CliRun.of("fmt", "--root", root.toString(), "--lang", "en");
    assertThat(fmt.code()).isEqualTo(2);
    assertThat(fmt.err()).contains("safety-production.yaml:4:1: GK002");
    assertThat(fmt.out())
        .endsWith("Reformatted 1 file; 2 checked, 1 could not be read or parsed\n");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(broken);
    // the files it could read are still formatted
    assertThat(Files.readString(clean, StandardCharsets.UTF_8)).startsWith("# 安全生产\ngkml: 1\n");
  }

  @Test
  void aFileOfTwoDocumentsIsLeftAsItIsAndSaidToBeUnparsedNotUnread(@TempDir Path root)
      throws Exception {
    Path file = Files.createDirectories(root.resolve("basic")).resolve("two.yaml");
    String two = "---\ngkml: 1\n---\ngkml: 1\n";
    Files.writeString(file, two, StandardCharsets.UTF_8);

    CliRun en = CliRun.of("fmt", "--root", root.toString(), "--lang", "en");
    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err()).contains("two.yaml:3:1: GK002 more than one YAML document");
    assertThat(en.out()).endsWith("1 checked, 1 could not be read or parsed\n");
    CliRun zh = CliRun.of("fmt", "--root", root.toString(), "--lang", "zh");
    assertThat(zh.out()).endsWith("1 个无法读取或解析\n");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(two);
  }

  @Test
  void aFileThatIsNotUtf8IsReportedWithItsLineAndFailsTheRun(@TempDir Path root) throws Exception {
    Path file = Files.createDirectories(root.resolve("basic")).resolve("safety-production.yaml");
    byte[] gbk = "gkml: 1\nkind: catalog\n# 安全生产\n".getBytes("GB18030");
    Files.write(file, gbk);

    CliRun check = CliRun.of("fmt", "--check", "--root", root.toString(), "--lang", "en");

    assertThat(check.code()).isEqualTo(2);
    assertThat(check.err()).contains("safety-production.yaml:3:1: GK003");
    assertThat(Files.readAllBytes(file)).isEqualTo(gbk);
  }

  @Test
  void aNamedFileThatIsNotYamlIsAUsageErrorAndLeftAsItIs(@TempDir Path root) throws Exception {
    // "code,name" parses as a YAML scalar: fmt must not take regions.csv for a catalogue
    Path csv = Files.writeString(root.resolve("regions.csv"), "code,name\n511703,达川区\n");
    Path notes = Files.writeString(root.resolve("notes.txt"), "a:   1\n");
    byte[] before = Files.readAllBytes(notes);

    CliRun fmt = CliRun.of("fmt", notes.toString(), csv.toString(), "--lang", "en");

    assertThat(fmt.code()).isEqualTo(2);
    assertThat(fmt.err()).contains("notes.txt is not a catalogue file");
    assertThat(Files.readAllBytes(notes)).isEqualTo(before);
  }

  @Test
  void aFolderWithoutYamlIsAUsageErrorNotZeroFilesFormatted(@TempDir Path root) throws Exception {
    Path empty = Files.createDirectories(root.resolve("regions"));

    CliRun check = CliRun.of("fmt", "--check", empty.toString(), "--lang", "en");

    assertThat(check.code()).isEqualTo(2);
    assertThat(check.err()).contains("there is no .yaml file to check in");
  }

  // --- a suppression stays with what it covers, wherever fmt moves it ---

  @Test
  void suppressionAboveAMovedFirstKeyKeepsCoveringThatKey(@TempDir Path dir) throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    Path overlay = root.resolve("regions/511703-达川区/safety-production.yaml");
    TestCatalogs.replaceIn(
        overlay,
        "    channels: {add: [政务服务中心]}\n",
        "    channels:\n"
            + "      # gkml-ignore GK205: 本县无此渠道\n"
            + "      remove: [政府网站]\n"
            + "      add: [政务服务中心]\n");
    assertThat(CliRun.of("validate", "--root", root.toString(), "--lang", "en").code()).isZero();

    CliRun fmt = CliRun.of("fmt", "--root", root.toString(), "--lang", "en");
    CliRun validate = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(fmt.code()).isZero();
    assertThat(Files.readString(overlay, StandardCharsets.UTF_8))
        .contains(
            "    channels:\n"
                + "      add: [政务服务中心]\n"
                + "      # gkml-ignore GK205: 本县无此渠道\n"
                + "      remove: [政府网站]\n");
    assertThat(validate.code()).as(validate.out()).isZero();
  }

  @Test
  void suppressionInAFilesHeaderTravelsWithTheKeyItCovers(@TempDir Path root) throws Exception {
    Files.writeString(
        Files.createDirectories(root.resolve("basic")).resolve("safety-production.yaml"),
        TestCatalogs.CATALOG,
        StandardCharsets.UTF_8);
    Path config = root.resolve("gkml.yaml");
    Files.writeString(
        config,
        "# yaml-language-server: $schema=../schemas/config.schema.json\n"
            + "# gkml-ignore GK007: 预留\n"
            + "rules:\n"
            + "  GK999: off\n"
            + "gkml: 1\n"
            + "kind: config\n"
            + "name: x\n",
        StandardCharsets.UTF_8);
    CliRun before = CliRun.of("validate", "--strict", "--root", root.toString(), "--lang", "en");
    assertThat(before.code()).as(before.out()).isZero();

    CliRun fmt = CliRun.of("fmt", "--root", root.toString(), "--lang", "en");
    CliRun after = CliRun.of("validate", "--strict", "--root", root.toString(), "--lang", "en");

    assertThat(fmt.code()).isZero();
    assertThat(Files.readString(config, StandardCharsets.UTF_8))
        .isEqualTo(
            "# yaml-language-server: $schema=../schemas/config.schema.json\n"
                + "gkml: 1\n"
                + "kind: config\n"
                + "name: x\n"
                + "# gkml-ignore GK007: 预留\n"
                + "rules:\n"
                + "  GK999: off\n");
    assertThat(after.code()).as(after.out()).isZero();
  }

  // --- links: fmt rewrites what a link points to, never the link, and never splits a file ---

  @Test
  void symlinkedCatalogueStaysALinkAndItsTargetIsFormatted(@TempDir Path root) throws Exception {
    Path shared = Files.createDirectories(root.resolve("shared")).resolve("sp.yaml");
    Files.writeString(shared, MESSY.replace("gkml: 1   \r\n\r\n\r\n", ""), StandardCharsets.UTF_8);
    Path link = Files.createDirectories(root.resolve("basic")).resolve("safety-production.yaml");
    Files.createSymbolicLink(link, Path.of("../shared/sp.yaml"));

    CliRun fmt = CliRun.of("fmt", "--root", root.toString(), "--lang", "en");

    assertThat(fmt.code()).as(fmt.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(shared, StandardCharsets.UTF_8)).startsWith("# 安全生产\ngkml: 1\n");
    // the link and its target are one file: formatted and counted once
    assertThat(fmt.out()).endsWith("Reformatted 1 file; 1 checked\n");

    Files.writeString(shared, MESSY.replace("gkml: 1   \r\n\r\n\r\n", ""), StandardCharsets.UTF_8);
    CliRun named = CliRun.of("fmt", link.toString(), "--lang", "en");

    assertThat(named.code()).as(named.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(shared, StandardCharsets.UTF_8)).startsWith("# 安全生产\ngkml: 1\n");
  }

  @Test
  void symlinkLeavingTheRootIsReportedAndItsTargetNotWritten(@TempDir Path dir) throws Exception {
    Path outside = Files.writeString(dir.resolve("outside.yaml"), MESSY, StandardCharsets.UTF_8);
    Path root = dir.resolve("catalogs");
    Path link = Files.createDirectories(root.resolve("basic")).resolve("safety-production.yaml");
    Files.createSymbolicLink(link, outside);
    byte[] before = Files.readAllBytes(outside);

    for (CliRun run :
        new CliRun[] {
          CliRun.of("fmt", "--root", root.toString(), "--lang", "en"),
          CliRun.of("fmt", "--root", root.toString(), link.toString(), "--lang", "en")
        }) {
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).contains("safety-production.yaml:1:1: GK008").contains("outside");
      assertThat(Files.isSymbolicLink(link)).isTrue();
      assertThat(Files.readAllBytes(outside)).isEqualTo(before);
    }
  }

  @Test
  void hardLinkedCatalogueIsNotSplitByARewrite(@TempDir Path root) throws Exception {
    Path file = Files.createDirectories(root.resolve("basic")).resolve("safety-production.yaml");
    Files.writeString(file, MESSY, StandardCharsets.UTF_8);
    Path other = Files.createLink(root.resolve("copy-elsewhere.yaml"), file);
    byte[] before = Files.readAllBytes(file);

    CliRun fmt = CliRun.of("fmt", file.toString(), "--lang", "en");

    assertThat(fmt.code()).isEqualTo(2);
    assertThat(fmt.err()).contains("safety-production.yaml").contains("hard link");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(Files.isSameFile(file, other)).isTrue();
    // --check writes nothing: it reports the file as usual
    CliRun check = CliRun.of("fmt", "--check", file.toString(), "--lang", "en");
    assertThat(check.code()).isEqualTo(1);
    assertThat(Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).isEqualTo(2);
  }

  // --- only gkml documents are rewritten ---

  @Test
  void yamlThatIsNotAGkmlDocumentIsLeftAsItIs(@TempDir Path dir) throws Exception {
    Path hooks =
        Files.writeString(
            dir.resolve(".pre-commit-config.yaml"),
            "repos:\n  - hooks:\n      - id: gkml\n        pass_filenames: false\n",
            StandardCharsets.UTF_8);
    Path root = TestCatalogs.copyOfShipped(dir);
    Path stray = Files.writeString(root.resolve("basic/notes.yml"), "a:   1\nb: 1\n");
    byte[] hooksBefore = Files.readAllBytes(hooks);
    byte[] strayBefore = Files.readAllBytes(stray);

    CliRun named = CliRun.of("fmt", hooks.toString(), "--lang", "en");
    CliRun walked = CliRun.of("fmt", "--root", root.toString(), "--lang", "en");

    assertThat(named.code()).isEqualTo(2);
    assertThat(named.err()).contains(".pre-commit-config.yaml").contains("not a gkml document");
    // the summary says so too, not only that nothing needed reformatting
    assertThat(named.out()).endsWith("No file needed reformatting; 1 checked, 1 left as it is\n");
    assertThat(Files.readAllBytes(hooks)).isEqualTo(hooksBefore);
    assertThat(walked.err()).contains("notes.yml").contains("not a gkml document");
    assertThat(Files.readAllBytes(stray)).isEqualTo(strayBefore);
  }

  // --- what fmt cannot read is reported as validate reports it ---

  @Test
  void pipeWithACatalogueNameIsReportedAsValidateDoesNotSkipped(@TempDir Path dir)
      throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    Path fifo = root.resolve("basic/p.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo available");

    CliRun walked = CliRun.of("fmt", "--check", "--root", root.toString(), "--lang", "en");
    CliRun named = CliRun.of("fmt", "--check", fifo.toString(), "--lang", "en");

    assertThat(walked.code()).isEqualTo(2);
    assertThat(walked.err()).contains("p.yaml:1:1: GK002").contains("not a regular file");
    assertThat(walked.out()).contains("1 could not be read or parsed");
    assertThat(named.code()).isEqualTo(2);
    assertThat(named.err()).contains("p.yaml:1:1: GK002").doesNotContain("no such file");
  }

  // --- a step left undone is said in one line ---

  @Test
  void keyOrderLeftAsWrittenIsNotedNotPassedOverInSilence(@TempDir Path root) throws Exception {
    Path file = Files.createDirectories(root.resolve("basic")).resolve("safety-production.yaml");
    String text =
        TestCatalogs.CATALOG.stripTrailing() + "\n  - note: |+\n      x\n\n    id: AQSC-009\n";
    Files.writeString(file, text, StandardCharsets.UTF_8);
    assertThat(CanonicalLayout.of(text)).contains(text); // the order cannot change: data would

    CliRun check = CliRun.of("fmt", "--check", "--root", root.toString(), "--lang", "en");

    assertThat(check.err())
        .contains("safety-production.yaml")
        .contains("keys left in the order written");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
  }
}
