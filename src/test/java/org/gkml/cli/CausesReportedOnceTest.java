package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken file is reported once, where it is; what depends on it says it was not checked instead
 * of reporting consequences as causes of their own (an overlay "without a basic catalogue", a
 * target "unknown" because the parent adding it cannot be read, channels "unknown" because a typo
 * elsewhere in gkml.yaml dropped the whole config).
 */
class CausesReportedOnceTest {

  private static Path write(Path root, String file, String text) throws Exception {
    Path p = root.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static List<String> findings(CliRun run) {
    return run.out().lines().filter(l -> l.contains(" GK")).toList();
  }

  @Test
  void anInvalidBasicCatalogueIsOneFindingAndItsOverlaysSayTheyWereNotChecked(@TempDir Path root)
      throws Exception {
    write(
        root,
        "basic/safety-production.yaml",
        TestCatalogs.CATALOG.replace("mode: 主动", "mode: 主动公开"));
    write(root, "regions/511703-达川区/safety-production.yaml", ChainFixtures.COUNTY_ADDS);

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(findings(run)).hasSize(2);
    assertThat(findings(run).get(0)).contains("basic/safety-production.yaml:17:11: error GK001");
    assertThat(findings(run).get(1))
        .contains("511703-达川区/safety-production.yaml:3:9: info GK009")
        .contains("not checked: its basic catalogue is invalid (see ")
        .contains("basic/safety-production.yaml:17:11)");
    assertThat(run.out()).doesNotContain("has no basic catalogue");
  }

  @Test
  void checkingOnlyTheOverlayReportsTheCauseAndFails(@TempDir Path root) throws Exception {
    write(
        root,
        "basic/safety-production.yaml",
        TestCatalogs.CATALOG.replace("mode: 主动", "mode: 主动公开"));
    Path overlay =
        write(root, "regions/511703-达川区/safety-production.yaml", ChainFixtures.COUNTY_ADDS);

    CliRun run =
        CliRun.of("validate", "--root", root.toString(), "--lang", "en", overlay.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("error GK001").contains("info GK009");
  }

  @Test
  void aBadKeyInTheConfigCostsOnlyThatKey(@TempDir Path root) throws Exception {
    write(
        root,
        "gkml.yaml",
        """
        gkml: 1
        kind: config
        channels: [投资项目在线审批监管平台]
        rules: {GK1O9: off, GK108: of}
        """);
    write(
        root,
        "basic/safety-production.yaml",
        TestCatalogs.CATALOG.replace("[政府网站, 两微一端]", "[政府网站, 投资项目在线审批监管平台]"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(findings(run))
        .hasSize(2)
        .allMatch(l -> l.contains("gkml.yaml:4:") && l.contains("error GK001"));
    assertThat(run.out()).doesNotContain("GK103");
  }

  @Test
  void aMisspeltKeyInTheConfigIsReadAsTheKeyItMeant(@TempDir Path root) throws Exception {
    // chanels: the declared channels are still declared, so their uses are no unknown channels
    write(
        root,
        "gkml.yaml",
        """
        gkml: 1
        kind: config
        chanels: [投资项目在线审批监管平台]
        """);
    write(
        root,
        "basic/safety-production.yaml",
        TestCatalogs.CATALOG.replace("[政府网站, 两微一端]", "[政府网站, 投资项目在线审批监管平台, 投资平台]"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(findings(run)).hasSize(2);
    assertThat(run.out())
        .contains(
            "gkml.yaml:3:1: error GK001: unknown key \"chanels\"; did you mean" + " \"channels\"?")
        .contains("GK103: unknown channel \"投资平台\"")
        .doesNotContain("\"投资项目在线审批监管平台\"");
  }

  @Test
  void aMisspeltKeyWhoseValueIsInvalidThereCostsThatKey(@TempDir Path root) throws Exception {
    write(root, "gkml.yaml", "gkml: 1\nkind: config\nchanels: 12\nrules: {GK108: off}\n");
    write(
        root,
        "basic/safety-production.yaml",
        TestCatalogs.CATALOG.replace("content: ", "content: (全角）"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(findings(run)).singleElement().asString().contains("gkml.yaml:3:1: error GK001");
  }

  @Test
  void anUnreadableParentOverlayGivesItsChildrenNoFalseUnknownTargets(@TempDir Path root)
      throws Exception {
    write(root, "basic/safety-production.yaml", TestCatalogs.CATALOG);
    Path county = root.resolve("regions/511703-达川区/safety-production.yaml");
    Files.createDirectories(county.getParent());
    Files.write(county, ChainFixtures.COUNTY_ADDS.getBytes(Charset.forName("GBK")));
    write(
        root,
        "regions/511703-达川区/511703001-三里坪街道/safety-production.yaml",
        ChainFixtures.TOWNSHIP_MODIFIES);

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).doesNotContain("GK201 ").doesNotContain("error GK201");
    assertThat(findings(run)).hasSize(2);
    assertThat(findings(run))
        .anySatisfy(l -> assertThat(l).contains("达川区/safety-production.yaml:").contains("GK003"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains("三里坪街道/safety-production.yaml:2:1: info GK009")
                    .contains("not checked against its parents"));
  }

  /** 达川区 adds 511703-AQSC-001 for its townships and villages. */
  private static final String COUNTY_ADDS_TO_VILLAGES =
      ChainFixtures.COUNTY_ADDS.replace("tiers: [县级, 乡级]", "tiers: [县级, 乡级, 村级]");

  /** A county overlay whose domain is misspelt, a township and a village below it that modify. */
  private static Path misspeltParentChain(Path root) throws Exception {
    write(root, "basic/safety-production.yaml", TestCatalogs.CATALOG);
    Path county =
        write(
            root,
            "regions/511703-达川区/safety-production.yaml",
            COUNTY_ADDS_TO_VILLAGES.replace("domain: 安全生产", "domain: 安全生厂"));
    write(
        root,
        "regions/511703-达川区/511703001-三里坪街道/safety-production.yaml",
        ChainFixtures.TOWNSHIP_MODIFIES);
    write(
        root,
        "regions/511703-达川区/511703001-三里坪街道/511703001201-凤凰村/safety-production.yaml",
        ChainFixtures.TOWNSHIP_MODIFIES
            .replace("511703001", "511703001201")
            .replace("三里坪街道", "凤凰村")
            .replace("owner: 凤凰村办事处", "owner: 凤凰村村民委员会"));
    return county;
  }

  @Test
  void aParentOverlayWithAMisspeltDomainGivesItsChildrenNoFalseUnknownTargets(@TempDir Path root)
      throws Exception {
    Path county = misspeltParentChain(root);

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("error GK201");
    assertThat(findings(run)).hasSize(3);
    assertThat(findings(run))
        .filteredOn(l -> l.contains("达川区/safety-production.yaml:3:9: error GK303"))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("did you mean \"安全生产\"?"));
    for (String child : List.of("三里坪街道/safety-production.yaml", "凤凰村/safety-production.yaml")) {
      assertThat(findings(run))
          .filteredOn(l -> l.contains(child))
          .singleElement()
          .satisfies(
              l ->
                  assertThat(l)
                      .contains(child + ":2:1: info GK009")
                      .contains("not checked against its parents")
                      .contains("达川区/safety-production.yaml:3:9)"));
    }

    // the domain mended: the children are checked against it again, and pass
    Files.writeString(county, COUNTY_ADDS_TO_VILLAGES, StandardCharsets.UTF_8);
    CliRun mended = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    assertThat(mended.code()).isZero();
    assertThat(findings(mended)).isEmpty();

    // and a real error in a child is reported again
    write(
        root,
        "regions/511703-达川区/511703001-三里坪街道/safety-production.yaml",
        ChainFixtures.TOWNSHIP_MODIFIES.replace("id: 511703-AQSC-001", "id: 511703-AQSC-009"));
    CliRun broken = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    assertThat(findings(broken))
        .singleElement()
        .satisfies(
            l -> assertThat(l).contains("三里坪街道/safety-production.yaml").contains("error GK201"));
  }

  @Test
  void checkingOnlyAChildOfAMisspeltParentReportsTheCauseAndFails(@TempDir Path root)
      throws Exception {
    misspeltParentChain(root);
    Path township = root.resolve("regions/511703-达川区/511703001-三里坪街道/safety-production.yaml");

    CliRun run =
        CliRun.of("validate", "--root", root.toString(), "--lang", "en", township.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(findings(run)).hasSize(2);
    assertThat(run.out())
        .contains("达川区/safety-production.yaml:3:9: error GK303")
        .contains("三里坪街道/safety-production.yaml:2:1: info GK009")
        .doesNotContain("error GK201");
  }

  @Test
  void aParentOverlayOfAnotherDomainIsNoCauseWhenOnlyTheChildIsChecked(@TempDir Path root)
      throws Exception {
    // the county's file has the township's name but another domain that has a basic catalogue:
    // it is applied there, and the township's modify has no target (a finding of its own)
    write(root, "basic/safety-production.yaml", TestCatalogs.CATALOG);
    write(
        root,
        "basic/employment.yaml",
        TestCatalogs.CATALOG
            .replace("domain: 安全生产", "domain: 就业")
            .replace("title: 安全生产领域", "title: 就业领域")
            .replace("AQSC-", "JYCY-"));
    write(
        root,
        "regions/511703-达川区/safety-production.yaml",
        COUNTY_ADDS_TO_VILLAGES.replace("domain: 安全生产", "domain: 就业"));
    Path township =
        write(
            root,
            "regions/511703-达川区/511703001-三里坪街道/safety-production.yaml",
            ChainFixtures.TOWNSHIP_MODIFIES);

    CliRun whole = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    CliRun one =
        CliRun.of("validate", "--root", root.toString(), "--lang", "en", township.toString());

    assertThat(findings(whole))
        .singleElement()
        .satisfies(
            l -> assertThat(l).contains("三里坪街道/safety-production.yaml").contains("error GK201"));
    assertThat(findings(one)).isEqualTo(findings(whole));
  }

  @Test
  void aMergeOfOneDomainReportsItsMisspeltParentAsTheCause(@TempDir Path dir) throws Exception {
    // the county's overlay names no domain that has a basic catalogue: a merge of the domain it
    // was meant for keeps it on the chain, as a file of that domain that did not load
    Path root = dir.resolve("tree");
    misspeltParentChain(root);
    Path out = dir.resolve("out");

    CliRun run =
        CliRun.of(
            "merge",
            "--root",
            root.toString(),
            "--lang",
            "en",
            "--region",
            "511703001",
            "--domain",
            "安全生产",
            "-o",
            out.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .contains("达川区/safety-production.yaml:3:9: error GK303")
        .contains("三里坪街道/safety-production.yaml:2:1: info GK009")
        .doesNotContain("error GK201");
    assertThat(out).doesNotExist();
  }

  @Test
  void explainSaysAnItemOfAMisspeltParentIsNotAppliedNotOffTheChain(@TempDir Path root)
      throws Exception {
    misspeltParentChain(root);

    for (String lang : List.of("en", "zh")) {
      CliRun run =
          CliRun.of(
              "explain",
              "--root",
              root.toString(),
              "--lang",
              lang,
              "--region",
              "511703001",
              "511703-AQSC-001");

      assertThat(run.code()).isZero();
      String verdict = run.out().lines().findFirst().orElseThrow();
      assertThat(verdict).doesNotContain("neither").doesNotContain("既不是");
      if (lang.equals("en")) {
        assertThat(verdict)
            .contains("511703-AQSC-001 (安全生厂) is not in the effective catalogue of 511703001")
            .contains("whose overlay is not applied")
            .contains(
                "domain \"安全生厂\" has no basic catalogue under basic/; did you mean \"安全生产\"?");
      } else {
        assertThat(verdict).contains("未参与合并").contains("领域“安全生厂”在 basic/ 下没有基础目录");
      }
    }
  }

  @Test
  void aParentOverlayBreakingTheSchemaGivesItsChildrenNoFalseUnknownTargets(@TempDir Path root)
      throws Exception {
    Path county = misspeltParentChain(root);
    // the domain right, a required key missing: the county does not load
    Files.writeString(
        county,
        COUNTY_ADDS_TO_VILLAGES.replace("version: \"2025.1\"\n", ""),
        StandardCharsets.UTF_8);

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("error GK201");
    assertThat(findings(run))
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).contains("达川区/safety-production.yaml:").contains("GK001"))
        .filteredOn(l -> l.contains("info GK009: the entries of this overlay were not checked"))
        .hasSize(2);
  }

  @Test
  void aChildsNotCheckedNotePointsAtTheErrorThatBrokeItsParentNotAnEarlierWarning(
      @TempDir Path root) throws Exception {
    write(root, "basic/safety-production.yaml", TestCatalogs.CATALOG);
    // a suppression without a reason (GK006, a warning on line 1) above a schema error (GK001)
    write(
        root,
        "regions/511703-达川区/safety-production.yaml",
        "# gkml-ignore GK103\n" + ChainFixtures.COUNTY_ADDS.replace("mode: 主动", "mode: 主动公开"));
    write(
        root,
        "regions/511703-达川区/511703001-三里坪街道/safety-production.yaml",
        ChainFixtures.TOWNSHIP_MODIFIES);

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    String cause =
        findings(run).stream()
            .filter(l -> l.contains("error GK001"))
            .findFirst()
            .orElseThrow()
            .split(": ")[0];
    assertThat(cause).contains("达川区/safety-production.yaml:17:");
    assertThat(findings(run))
        .anySatisfy(l -> assertThat(l).contains(":1:").contains("warning GK006"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains("三里坪街道/safety-production.yaml:2:1: info GK009")
                    .contains("(see " + cause + ")"));
  }

  // ------------------------------------------------------------------ a misspelt basic domain

  @Test
  void aMisspeltBasicDomainIsOneFindingThereAndItsOverlaysAreNotToldToCopyIt(@TempDir Path root)
      throws Exception {
    write(
        root,
        "basic/safety-production.yaml",
        TestCatalogs.CATALOG.replace("domain: 安全生产", "domain: 安全生成"));
    Path county =
        write(root, "regions/511703-达川区/safety-production.yaml", ChainFixtures.COUNTY_ADDS);
    write(
        root,
        "regions/511703-达川区/511703001-三里坪街道/safety-production.yaml",
        ChainFixtures.TOWNSHIP_MODIFIES);

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    CliRun zh = CliRun.of("validate", "--root", root.toString(), "--lang", "zh");

    assertThat(run.code()).isEqualTo(1);
    assertThat(findings(run)).hasSize(3);
    assertThat(findings(run).get(0))
        .contains("basic/safety-production.yaml:3:9: error GK309")
        .contains("domain \"安全生成\" is not a known domain but close to \"安全生产\"")
        .contains("the file name safety-production.yaml is that of 安全生产")
        .contains("did you mean \"安全生产\"?");
    assertThat(findings(run).subList(1, 3))
        .allSatisfy(
            l ->
                assertThat(l)
                    .contains("safety-production.yaml:3:9: info GK009")
                    .contains("the domain of its basic catalogue is misspelt there (see ")
                    .contains("basic/safety-production.yaml:3:9)"));
    assertThat(run.out()).doesNotContain("GK303").doesNotContain("GK201");
    assertThat(zh.out())
        .contains("error GK309: 领域“安全生成”不是已知的领域名称，与“安全生产”相近")
        .contains("其基础目录的领域名写错了")
        .doesNotContain("是否应为“安全生成”");

    // checking only an overlay reports the cause and fails
    CliRun one =
        CliRun.of("validate", "--root", root.toString(), "--lang", "en", county.toString());
    assertThat(one.code()).isEqualTo(1);
    assertThat(findings(one)).hasSize(2);
    assertThat(one.out()).contains("error GK309").contains("info GK009");
  }

  @Test
  void mergeAndExplainOfTheDomainMeantNameTheMisspeltBasicDomainAsTheCause(@TempDir Path dir)
      throws Exception {
    Path root = dir.resolve("tree");
    write(
        root,
        "basic/safety-production.yaml",
        TestCatalogs.CATALOG.replace("domain: 安全生产", "domain: 安全生成"));
    write(root, "regions/511703-达川区/safety-production.yaml", ChainFixtures.COUNTY_ADDS);
    Path out = dir.resolve("out");

    CliRun merge =
        CliRun.of(
            "merge",
            "--root",
            root.toString(),
            "--lang",
            "en",
            "--region",
            "511703",
            "--domain",
            "安全生产",
            "-o",
            out.toString());
    CliRun explain =
        CliRun.of(
            "explain",
            "--root",
            root.toString(),
            "--lang",
            "en",
            "--region",
            "511703",
            "511703-AQSC-001");

    assertThat(merge.code()).as(merge.err()).isEqualTo(1);
    assertThat(merge.err())
        .contains("basic/safety-production.yaml:3:9: error GK309")
        .contains("info GK009")
        .doesNotContain("GK303");
    assertThat(out).doesNotExist();
    assertThat(explain.out().lines().findFirst().orElseThrow())
        .contains("GK309: its basic catalogue writes the domain as \"安全生成\" at ")
        .doesNotContain("did you mean \"安全生成\"");
  }

  @Test
  void aBasicDomainWrittenAsItsSlugIsMisspeltToo(@TempDir Path root) throws Exception {
    write(
        root,
        "basic/safety-production.yaml",
        TestCatalogs.CATALOG.replace("domain: 安全生产", "domain: safety-production"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(findings(run))
        .singleElement()
        .asString()
        .contains("error GK309")
        .contains("did you mean \"安全生产\"?");
  }

  @Test
  void aCustomDomainFarFromEveryKnownOneIsNoMisspelling(@TempDir Path root) throws Exception {
    write(
        root,
        "basic/rural-tourism.yaml",
        TestCatalogs.CATALOG.replace("domain: 安全生产", "domain: 乡村旅游"));
    write(
        root,
        "regions/511703-达川区/rural-tourism.yaml",
        ChainFixtures.COUNTY_ADDS.replace("domain: 安全生产", "domain: 乡村旅游"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.code()).as(run.out()).isZero();
    assertThat(findings(run)).isEmpty();
  }

  @Test
  void aNearMissDomainMeantAsItIsWrittenIsKeptWhenGk309IsOff(@TempDir Path root) throws Exception {
    write(root, "gkml.yaml", "gkml: 1\nkind: config\nrules: {GK309: off}\n");
    write(
        root,
        "basic/safety-production.yaml",
        TestCatalogs.CATALOG.replace("domain: 安全生产", "domain: 安全生成"));
    write(
        root,
        "regions/511703-达川区/safety-production.yaml",
        ChainFixtures.COUNTY_ADDS.replace("domain: 安全生产", "domain: 安全生成"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.code()).as(run.out()).isZero();
    assertThat(findings(run)).isEmpty();
  }

  // ------------------------------------------------------------------ a misspelt declared channel

  private static final String MAJOR_CONSTRUCTION =
      TestCatalogs.CATALOG.replace("[政府网站, 两微一端]", "[政府网站, 投资项目在线审批监管平台]");

  @Test
  void aChannelDeclaredWithASlipIsNamedAtItsUsesNotToBeDeclaredAgain(@TempDir Path root)
      throws Exception {
    write(
        root,
        "gkml.yaml",
        """
        gkml: 1
        kind: config
        channels:
          - 公共资源交易平台
          - 投资项目在线审批监官平台
        """);
    write(root, "basic/safety-production.yaml", MAJOR_CONSTRUCTION);

    for (String lang : List.of("en", "zh")) {
      CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", lang);

      assertThat(run.code()).isEqualTo(1);
      String finding = findings(run).stream().filter(l -> l.contains("GK103")).findFirst().get();
      assertThat(findings(run)).singleElement().isEqualTo(finding);
      assertThat(finding).contains("投资项目在线审批监官平台").contains("gkml.yaml:5:5");
      if (lang.equals("en")) {
        assertThat(finding)
            .contains("gkml.yaml declares \"投资项目在线审批监官平台\" at ")
            .contains("correct the declaration there")
            .doesNotContain("declare it under channels");
      } else {
        assertThat(finding).contains("请改正那里的声明").doesNotContain("请在 gkml.yaml 的 channels 中声明");
      }
    }
  }

  @Test
  void aSlipOfADeclaredChannelIsToldTheDeclaredSpellingAndWhereItIs(@TempDir Path root)
      throws Exception {
    write(root, "gkml.yaml", "gkml: 1\nkind: config\nchannels: [投资项目在线审批监管平台]\n");
    write(
        root,
        "basic/safety-production.yaml",
        MAJOR_CONSTRUCTION.replace("投资项目在线审批监管平台", "投资项目在线审批监官平台"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(findings(run))
        .singleElement()
        .asString()
        .contains("GK103: unknown channel \"投资项目在线审批监官平台\"")
        .contains("did you mean \"投资项目在线审批监管平台\"? (it is declared at ")
        .endsWith("gkml.yaml:3:12)");
  }

  // ------------------------------------------------------------------ a parent's id in error

  /** 达川区 adds two items, each with the hyphen after its code missing. */
  private static Path misaddedChain(Path root, String townshipTarget) throws Exception {
    write(root, "basic/safety-production.yaml", TestCatalogs.CATALOG);
    String second =
        ChainFixtures.COUNTY_ADDS
            .substring(ChainFixtures.COUNTY_ADDS.indexOf("  - id: 511703-AQSC-001"))
            .replace("511703-AQSC-001", "511703-AQSC-002")
            .replace("level2: 安全生产月", "level2: 安全生产举报");
    write(
        root,
        "regions/511703-达川区/safety-production.yaml",
        (ChainFixtures.COUNTY_ADDS + second).replace("511703-AQSC-00", "511703AQSC-00"));
    return write(
        root,
        "regions/511703-达川区/511703001-三里坪街道/safety-production.yaml",
        ChainFixtures.TOWNSHIP_MODIFIES.replace("511703-AQSC-001", townshipTarget));
  }

  @Test
  void aParentsAddedIdInErrorGivesItsChildNoUnknownTargetAndIsNeverSuggested(@TempDir Path root)
      throws Exception {
    misaddedChain(root, "511703-AQSC-002");

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("GK201").doesNotContain("did you mean \"511703AQSC");
    assertThat(findings(run)).hasSize(3);
    assertThat(findings(run))
        .filteredOn(l -> l.contains("error GK213"))
        .hasSize(2)
        .allMatch(l -> l.contains("达川区/safety-production.yaml:"));
    String cause =
        findings(run).stream()
            .filter(l -> l.contains("511703AQSC-002"))
            .findFirst()
            .orElseThrow()
            .split(": ")[0];
    assertThat(findings(run))
        .filteredOn(l -> l.contains("三里坪街道"))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .contains("三里坪街道/safety-production.yaml:2:1: info GK009")
                    .contains("adds an item whose id is in error (see " + cause + ")"));
    CliRun zh = CliRun.of("validate", "--root", root.toString(), "--lang", "zh");
    assertThat(zh.out()).contains("本领域的一个上级个性目录新增事项的编号有误");
  }

  @Test
  void aChildsOwnTypoOfABasicIdIsStillReportedBelowAParentWithAnIdInError(@TempDir Path root)
      throws Exception {
    misaddedChain(root, "AQSC-0001");

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(findings(run))
        .filteredOn(l -> l.contains("三里坪街道"))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .contains("error GK201")
                    .contains("did you mean \"AQSC-001\"?")
                    .doesNotContain("511703AQSC"));
  }

  // ------------------------------------------------------------------ a misspelt channel in a list

  @Test
  void aMisspeltChannelInAFullListIsOneUnknownChannelNotAlsoARemovedOne(@TempDir Path root)
      throws Exception {
    write(root, "basic/safety-production.yaml", TestCatalogs.CATALOG);
    write(
        root,
        "regions/511703-达川区/safety-production.yaml",
        ChainFixtures.COUNTY_ADDS.replace(
            "add:\n", "modify:\n  - id: AQSC-001\n    channels: [政府网占, 两微一端]\nadd:\n"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(findings(run))
        .singleElement()
        .asString()
        .contains("error GK103: unknown channel \"政府网占\"")
        .contains("\"政府网站\"");

    // a channel really dropped beside the typo is still a weakening
    write(
        root,
        "regions/511703-达川区/safety-production.yaml",
        ChainFixtures.COUNTY_ADDS.replace(
            "add:\n", "modify:\n  - id: AQSC-001\n    channels: [政府网占]\nadd:\n"));
    CliRun dropped = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    assertThat(findings(dropped))
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("GK103"))
        .anySatisfy(l -> assertThat(l).contains("GK205").contains("\"两微一端\""));
  }
}
