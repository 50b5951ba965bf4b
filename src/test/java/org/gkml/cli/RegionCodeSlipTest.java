package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.gkml.TestCatalogs;
import org.gkml.TestGit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A slip in a parent overlay's region code (full-width digits, two digits transposed) is one
 * finding at the code, naming the code meant; the overlays below its folder say they were not
 * checked against it instead of reporting the items it adds as unknown targets (issue #15's review:
 * a county's {@code ５１１７０３} or {@code 511730} gave its township a false GK201 whose suggestion was
 * wrong, and 511730 four findings for one cause). A file in the wrong folder whose own code is
 * right is still only a warning.
 */
class RegionCodeSlipTest {
  private static final String COUNTY = "regions/511703-达川区/safety-production.yaml";
  private static final String TOWNSHIP =
      "regions/511703-达川区/511703001-三里坪街道/safety-production.yaml";
  private static final String REGISTER = "code,name\n511703,达川区\n511703001,三里坪街道\n";

  private static Path write(Path root, String file, String text) throws Exception {
    Path p = root.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static List<String> findings(CliRun run) {
    return run.out().lines().filter(l -> l.contains(" GK")).toList();
  }

  /** A county that adds an item, its township that modifies it, the county's code as given. */
  private static void chain(Path root, String countyCode, boolean register) throws Exception {
    write(root, "basic/safety-production.yaml", TestCatalogs.CATALOG);
    write(
        root,
        COUNTY,
        ChainFixtures.COUNTY_ADDS.replace("code: \"511703\"", "code: \"" + countyCode + "\""));
    write(root, TOWNSHIP, ChainFixtures.TOWNSHIP_MODIFIES);
    if (register) {
      write(root, "regions.csv", REGISTER);
    }
  }

  private static CliRun validate(Path root, String lang, String... more) {
    String[] args = new String[5 + more.length];
    args[0] = "validate";
    args[1] = "--root";
    args[2] = root.toString();
    args[3] = "--lang";
    args[4] = lang;
    System.arraycopy(more, 0, args, 5, more.length);
    return CliRun.of(args);
  }

  /** The one cause at the county's code and the one note at the township. */
  private static void oneCauseOneNote(CliRun run, String rule, String lang) {
    assertThat(run.code()).as(run.out()).isEqualTo(1);
    assertThat(findings(run)).as(run.out()).hasSize(2);
    String hint = lang.equals("zh") ? "；是否应为“511703”？" : "; did you mean \"511703\"?";
    assertThat(findings(run))
        .filteredOn(l -> l.contains("达川区/safety-production.yaml:4:16: error " + rule))
        .singleElement()
        .satisfies(l -> assertThat(l).endsWith(hint));
    assertThat(findings(run))
        .filteredOn(l -> l.contains("三里坪街道/safety-production.yaml:2:1: info GK009"))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("达川区/safety-production.yaml:4:16"));
    assertThat(run.out()).doesNotContain("GK201").doesNotContain("GK213").doesNotContain("GK304");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void aFullWidthCodeInAParentIsOneFindingNamingTheCodeMeant(String lang, @TempDir Path root)
      throws Exception {
    chain(root, "５１１７０３", true);

    oneCauseOneNote(validate(root, lang), "GK301", lang);
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void aFullWidthCodeIsMeantAsWrittenWhereverItsFileLies(String lang, @TempDir Path root)
      throws Exception {
    // no code folder to go by: the code written in half-width digits is the suggestion still
    write(root, "basic/safety-production.yaml", TestCatalogs.CATALOG);
    write(
        root,
        "regions/达川区/safety-production.yaml",
        ChainFixtures.COUNTY_ADDS.replace("code: \"511703\"", "code: \"５１１７０３\""));

    CliRun run = validate(root, lang);

    assertThat(findings(run))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .contains("error GK301")
                    .endsWith(lang.equals("zh") ? "是否应为“511703”？" : "did you mean \"511703\"?"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void aFullWidthCodeInTheRegisterNamesTheCodeMeant(String lang, @TempDir Path root)
      throws Exception {
    write(root, "basic/safety-production.yaml", TestCatalogs.CATALOG);
    write(root, "regions.csv", "code,name\n５１１７０３,达川区\n");

    CliRun run = validate(root, lang);

    assertThat(findings(run))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .contains("regions.csv:2:1: error GK301")
                    .endsWith(lang.equals("zh") ? "是否应为“511703”？" : "did you mean \"511703\"?"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void aTransposedCodeInAParentIsOneFindingAtTheCode(String lang, @TempDir Path root)
      throws Exception {
    chain(root, "511730", true);

    CliRun run = validate(root, lang);

    oneCauseOneNote(run, "GK307", lang);
    assertThat(run.out())
        .contains(lang.equals("zh") ? "与所在文件夹 511703-达川区不符" : "contradicts its folder 511703-达川区");
  }

  @Test
  void withoutARegisterTheIdsTheParentAddsNameTheCodeMeant(@TempDir Path root) throws Exception {
    chain(root, "511730", false);

    CliRun run = validate(root, "en");

    oneCauseOneNote(run, "GK307", "en");
    assertThat(run.out()).contains("every id this file adds starts with the folder's code");
  }

  @Test
  void aRightCodeInAWrongFolderIsStillOnlyAWarning(@TempDir Path root) throws Exception {
    // the register knows the file's code and not the folder's: the file is misplaced, its code
    // decides (FORMAT.md §3), and it is applied
    write(root, "basic/safety-production.yaml", TestCatalogs.CATALOG);
    write(root, "regions/511799-通川区/safety-production.yaml", ChainFixtures.COUNTY_ADDS);
    write(
        root,
        "regions/511799-通川区/511703001-三里坪街道/safety-production.yaml",
        ChainFixtures.TOWNSHIP_MODIFIES);
    write(root, "regions.csv", REGISTER);

    CliRun run = validate(root, "en");

    assertThat(run.code()).as(run.out()).isZero();
    assertThat(findings(run))
        .hasSize(2)
        .allMatch(l -> l.contains("warning GK304"))
        .noneMatch(l -> l.contains("did you mean"));
  }

  @Test
  void aMergeBelowTheSlipReportsItAsTheCause(@TempDir Path root) throws Exception {
    chain(root, "511730", true);

    CliRun merge =
        CliRun.of("merge", "--root", root.toString(), "--lang", "en", "--region", "511703001");

    assertThat(merge.code()).isEqualTo(1);
    assertThat(merge.out()).isEmpty();
    assertThat(merge.err())
        .contains("达川区/safety-production.yaml:4:16: error GK307")
        .contains("info GK009")
        .doesNotContain("GK201");
  }

  @Test
  void theCacheFollowsTheSlipAndItsMending(@TempDir Path root) throws Exception {
    chain(root, "511730", true);
    assertThat(validate(root, "en").out()).contains("GK307");
    Path county = root.resolve(COUNTY);

    // a line above the code: the township's note must name where the cause is now
    String text = Files.readString(county);
    Files.writeString(county, "# 达川区\n" + text);
    CliRun moved = validate(root, "en");
    assertThat(moved.out()).isEqualTo(validate(root, "en", "--no-cache").out());
    assertThat(moved.out()).contains("达川区/safety-production.yaml:5:16)");

    // the code mended: the township is checked against its county again, and passes
    Files.writeString(county, text.replace("511730", "511703"));
    CliRun mended = validate(root, "en");
    assertThat(mended.code()).as(mended.out()).isZero();
    assertThat(findings(mended)).isEmpty();

    // and slipped again
    Files.writeString(county, text);
    CliRun slipped = validate(root, "en");
    assertThat(slipped.out()).isEqualTo(validate(root, "en", "--no-cache").out());
    oneCauseOneNote(slipped, "GK307", "en");
  }

  @Test
  void aChangeToTheSlippedFileReportsTheFilesBelowItsFolder(@TempDir Path repo) throws Exception {
    Path root = repo.resolve("catalogs");
    chain(root, "511730", true);
    Files.writeString(repo.resolve(".gitignore"), ".gkml-cache/\n");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      TestGit.commitAll(git, "slipped");
      Path county = root.resolve(COUNTY);
      Files.writeString(county, "# 达川区\n" + Files.readString(county));

      CliRun changed = validate(root, "en", "--changed");

      assertThat(changed.code()).isEqualTo(1);
      assertThat(changed.out())
          .contains("达川区/safety-production.yaml:5:16: error GK307")
          .contains("三里坪街道/safety-production.yaml:2:1: info GK009")
          .contains("达川区/safety-production.yaml:5:16)");
    }
  }
}
