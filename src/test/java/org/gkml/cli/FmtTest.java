package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        .endsWith("1 file would be reformatted; 2 checked, 1 could not be read\n");

    CliRun fmt = CliRun.of("fmt", "--root", root.toString(), "--lang", "en");
    assertThat(fmt.code()).isEqualTo(2);
    assertThat(fmt.err()).contains("safety-production.yaml:4:1: GK002");
    assertThat(fmt.out()).endsWith("Reformatted 1 file; 2 checked, 1 could not be read\n");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(broken);
    // the files it could read are still formatted
    assertThat(Files.readString(clean, StandardCharsets.UTF_8)).startsWith("# 安全生产\ngkml: 1\n");
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
}
