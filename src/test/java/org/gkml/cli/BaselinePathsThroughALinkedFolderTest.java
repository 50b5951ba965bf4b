package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (a root given by its logical path matched no baseline entry): Java's working directory
 * is physical, while a path typed from a shell's {@code $PWD} in a folder reached through a
 * symbolic link is logical. A baseline's entries and the findings are the same files however either
 * side is spelt, so the baseline matches, and what is written never climbs out and back in through
 * the link ({@code ../link/catalogs/…}).
 *
 * <p>The layout: {@code real/} holds the tree and the baselines; {@code link} points at it. A
 * baseline read as {@code real/b.json} with the root given as {@code link/catalogs} is exactly the
 * reviewer's {@code cd link; gkml validate --root "$PWD/catalogs" --baseline b.json}.
 */
class BaselinePathsThroughALinkedFolderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path real;
  private Path link;

  @BeforeEach
  void tree() throws IOException {
    real = Files.createDirectories(dir.resolve("real"));
    TestCatalogs.copy(Path.of(ValidateGoldenTest.BROKEN), real.resolve("catalogs"));
    link = Files.createSymbolicLink(dir.resolve("link"), real);
  }

  private static CliRun validate(Path root, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "validate";
    args[1] = "--root";
    args[2] = root.toString();
    args[3] = "--lang=en";
    System.arraycopy(more, 0, args, 4, more.length);
    return CliRun.of(args);
  }

  private static String firstFile(Path baseline) throws IOException {
    return JSON.readTree(baseline.toFile()).at("/findings/0/file").asText();
  }

  @Test
  void aBaselineWrittenFromThePhysicalPathMatchesARootGivenThroughTheLink() throws Exception {
    Path baseline = real.resolve("b.json");
    CliRun write = validate(real.resolve("catalogs"), "--write-baseline", baseline.toString());

    CliRun logicalRoot = validate(link.resolve("catalogs"), "--baseline", baseline.toString());
    CliRun logicalBoth =
        validate(link.resolve("catalogs"), "--baseline", link.resolve("b.json").toString());
    CliRun logicalBaseline =
        validate(real.resolve("catalogs"), "--baseline", link.resolve("b.json").toString());

    assertThat(write.err()).contains("7 findings written to the baseline");
    assertThat(firstFile(baseline)).startsWith("catalogs/");
    for (CliRun run : new CliRun[] {logicalRoot, logicalBoth, logicalBaseline}) {
      assertThat(run.code()).isZero();
      assertThat(run.out()).isEqualTo("0 errors, 0 warnings in 5 files\n");
      assertThat(run.err()).contains("7 findings are in the baseline");
    }
  }

  @Test
  void aBaselineWrittenWithTheRootGivenThroughTheLinkNamesItsFilesBelowItsFolder()
      throws Exception {
    Path baseline = real.resolve("b2.json");
    validate(link.resolve("catalogs"), "--write-baseline", baseline.toString());

    CliRun physical = validate(real.resolve("catalogs"), "--baseline", baseline.toString());
    CliRun logical = validate(link.resolve("catalogs"), "--baseline", baseline.toString());

    JsonNode entries = JSON.readTree(baseline.toFile()).path("findings");
    assertThat(entries).hasSize(7);
    entries.forEach(e -> assertThat(e.path("file").asText()).startsWith("catalogs/"));
    assertThat(physical.code()).isZero();
    assertThat(physical.out()).isEqualTo("0 errors, 0 warnings in 5 files\n");
    assertThat(logical.code()).isZero();
  }

  /** Baselines written before the fix recorded {@code ../link/catalogs/…}: they still match. */
  @Test
  void aBaselineThatNamesItsFilesThroughTheLinkStillMatches() throws Exception {
    Path baseline = real.resolve("b.json");
    validate(real.resolve("catalogs"), "--write-baseline", baseline.toString());
    Path old = real.resolve("old.json");
    String text = Files.readString(baseline, StandardCharsets.UTF_8);
    Files.writeString(old, text.replace("\"catalogs/", "\"../link/catalogs/"));

    CliRun physical = validate(real.resolve("catalogs"), "--baseline", old.toString());
    CliRun logical = validate(link.resolve("catalogs"), "--baseline", old.toString());

    assertThat(firstFile(old)).startsWith("../link/catalogs/");
    assertThat(physical.code()).isZero();
    assertThat(physical.err()).contains("7 findings are in the baseline");
    assertThat(logical.code()).isZero();
    assertThat(logical.err()).contains("7 findings are in the baseline");
  }

  /**
   * An entry climbing out of the folder ({@code ../}) read from a baseline whose folder is spelt
   * through a link to a folder elsewhere: the old writer made it relative to that spelling, the new
   * one relative to the real folder; whichever names an existing file is the one meant.
   */
  @Test
  void anEntryOutsideALinkedBaselineFolderIsReadAsWrittenEitherWay() throws Exception {
    Path ciReal = Files.createDirectories(dir.resolve("elsewhere/deeper/ci"));
    Path ci = Files.createSymbolicLink(real.resolve("ci"), ciReal);
    Path written = ci.resolve("b.json");
    validate(real.resolve("catalogs"), "--write-baseline", written.toString());
    // as the new writer names them: from the real folder, three levels below dir
    assertThat(firstFile(written)).startsWith("../../../real/catalogs/");
    // as an earlier gkml named them: relative to real/ci as spelt
    Path old = ci.resolve("old.json");
    Files.writeString(
        old,
        Files.readString(written, StandardCharsets.UTF_8)
            .replace("\"../../../real/catalogs/", "\"../catalogs/"));

    CliRun fresh = validate(real.resolve("catalogs"), "--baseline", written.toString());
    CliRun before = validate(link.resolve("catalogs"), "--baseline", old.toString());

    assertThat(fresh.code()).isZero();
    assertThat(fresh.err()).contains("7 findings are in the baseline");
    assertThat(before.code()).isZero();
    assertThat(before.err()).contains("7 findings are in the baseline");
  }

  /**
   * A tree folder that is itself a link inside the baseline's folder keeps the link's name, as the
   * repository has it: its real place may differ on the next machine.
   */
  @Test
  void aTreeLinkedIntoTheBaselineFolderIsNamedByTheLink() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createSymbolicLink(repo.resolve("catalogs"), real.resolve("catalogs"));
    Path baseline = repo.resolve("b.json");

    validate(repo.resolve("catalogs"), "--write-baseline", baseline.toString());
    CliRun check = validate(repo.resolve("catalogs"), "--baseline", baseline.toString());

    JsonNode entries = JSON.readTree(baseline.toFile()).path("findings");
    assertThat(entries).hasSize(7);
    entries.forEach(e -> assertThat(e.path("file").asText()).startsWith("catalogs/"));
    assertThat(check.code()).isZero();
  }
}
