package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With SOURCE_DATE_EPOCH, every output is the same bytes from run to run (CLI.md 1.1
 * "Publication"): the printed date and the zip entries' times come from it, and nothing records the
 * wall clock. Each output kind is written twice, a second apart, and compared.
 */
class ReproducibleOutputTest {
  /** 2024-01-02T03:04:05Z. */
  private static final long EPOCH = 1_704_164_645L;

  private static final String OLD = "src/test/resources/diff/item-fields/old.yaml";
  private static final String NEW = "src/test/resources/diff/item-fields/new.yaml";

  @TempDir Path tmp;

  private byte[] twice(String name, String... args) throws Exception {
    byte[] first = null;
    for (int round = 0; round < 2; round++) {
      Path out = tmp.resolve(round + "-" + name);
      String[] all =
          Stream.concat(Stream.of(args), Stream.of("-o", out.toString())).toArray(String[]::new);
      CliRun r = CliRun.at(EPOCH, all);
      assertThat(r.code()).as(r.err()).isIn(0, 1);
      byte[] bytes = Files.readAllBytes(out);
      if (first == null) {
        first = bytes;
        Thread.sleep(1100); // past a zip timestamp's two-second grain only if the clock leaked
      } else {
        assertThat(bytes).as(name).isEqualTo(first);
      }
    }
    return first;
  }

  @Test
  void exportsAreTheSameBytesAndPrintTheEpochsDate() throws Exception {
    twice("basic.xlsx", "export", "xlsx", "--root", "catalogs");
    twice("region.xlsx", "export", "xlsx", "--root", "catalogs", "--region", "511703");
    twice("region.docx", "export", "docx", "--root", "catalogs", "--region", "511703");
    byte[] html =
        twice("region.html", "export", "html", "--root", "catalogs", "--region", "511703");
    assertThat(new String(html, java.nio.charset.StandardCharsets.UTF_8)).contains("2024-01-02");
    twice("fragment.html", "export", "html", "--fragment", "--root", "catalogs");
  }

  @Test
  void diffReportsAreTheSameBytes() throws Exception {
    twice("diff.xlsx", "diff", OLD, NEW, "--format", "xlsx", "--fail-on", "none");
    twice("diff.html", "diff", OLD, NEW, "--format", "html", "--fail-on", "none");
  }

  @Test
  void zipEntriesAreDatedFromTheEpoch() throws Exception {
    // every kind of package gkml writes: Word, a streamed workbook, a report, a 修订对照表
    assertDatedFromTheEpoch(twice("basic.docx", "export", "docx", "--root", "catalogs"));
    assertDatedFromTheEpoch(
        twice("region.xlsx", "export", "xlsx", "--root", "catalogs", "--region", "511703"));
    assertDatedFromTheEpoch(
        twice("report.xlsx", "report", "--root", "catalogs", "--format", "xlsx"));
    assertDatedFromTheEpoch(
        twice("diff.xlsx", "diff", OLD, NEW, "--format", "xlsx", "--fail-on", "none"));
  }

  private void assertDatedFromTheEpoch(byte[] pack) throws Exception {
    Path file = Files.createTempFile(tmp, "check", ".zip");
    Files.write(file, pack);
    try (var zip = new java.util.zip.ZipFile(file.toFile())) {
      assertThat(zip.size()).isPositive();
      zip.stream()
          .forEach(
              e ->
                  assertThat(e.getTimeLocal())
                      .as(e.getName())
                      .isEqualTo(java.time.LocalDateTime.of(2024, 1, 2, 0, 0)));
    }
  }

  @Test
  void buildsAreTheSameBytesWithNoClockInTheReport() throws Exception {
    Map<String, byte[]> first = null;
    for (int round = 0; round < 2; round++) {
      Path out = tmp.resolve("build-" + round);
      CliRun r = CliRun.at(EPOCH, "build", "-q", "--root", "catalogs", "-o", out.toString());
      assertThat(r.code()).as(r.err()).isZero();
      Map<String, byte[]> files = files(out);
      if (first == null) {
        first = files;
        Thread.sleep(1100);
      } else {
        assertThat(files.keySet()).isEqualTo(first.keySet());
        for (String name : files.keySet()) {
          assertThat(files.get(name)).as(name).isEqualTo(first.get(name));
        }
      }
    }
    String report =
        new String(first.get("build-report.json"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(report).contains("\"date\" : \"2024-01-02\"").doesNotContain("started", "seconds");
  }

  @Test
  void aBadEpochIsAUsageError() {
    CliRun r =
        CliRun.at(
            -5, "export", "xlsx", "--root", "catalogs", "-o", tmp.resolve("x.xlsx").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("SOURCE_DATE_EPOCH").doesNotContain("Exception");
    assertThat(tmp.resolve("x.xlsx")).doesNotExist();
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    assertThat(out).isNotEmpty();
    return out;
  }
}
