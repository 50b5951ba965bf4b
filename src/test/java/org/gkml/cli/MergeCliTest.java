package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gkml merge} and {@code gkml explain} in-process: exit code, stdout and stderr together.
 */
class MergeCliTest {
  private static final String CHAIN = resource("merge/chain/tree");

  @TempDir Path tmp;

  static String resource(String name) {
    try {
      return Path.of(MergeCliTest.class.getResource("/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theShippedCataloguesValidateCleanWithTheResolutionRules() {
    CliRun v = CliRun.of("validate", "--root", "catalogs", "--strict");
    assertThat(v.code()).as(v.out()).isZero();
    assertThat(v.out()).startsWith("0 errors, 0 warnings");
  }

  @Test
  void mergesEveryDomainOfTheShippedCountyAsAStream() throws Exception {
    String root = TestCatalogs.copyOfShipped(tmp).toString();
    int domains = TestCatalogs.load(Path.of(root)).basics().size();
    CliRun m = CliRun.of("merge", "--root", root, "--region", "511703");
    assertThat(m.code()).as(m.err()).isZero();
    assertThat(m.err()).isEmpty();
    // one document a domain, each opened by ---
    assertThat(m.out().split("(?m)^---$")).hasSize(domains + 1);
    CliRun json = CliRun.of("merge", "--root", root, "--region", "511703", "--format", "JSON");
    JsonNode all = new ObjectMapper().readTree(json.out());
    assertThat(all.isArray()).isTrue();
    assertThat(all).hasSize(domains);
    assertThat(all.get(0).get("region").get("name").asText()).isEqualTo("达川区");
  }

  @Test
  void oneDomainIsOneDocumentThatValidatesAsACatalogue() throws Exception {
    Path out = tmp.resolve("tree/basic/merged.yaml");
    Files.createDirectories(out.getParent());
    CliRun m =
        CliRun.of(
            "merge",
            "--root",
            "catalogs",
            "--region",
            "511703102201",
            "--domain",
            "农村危房改造",
            "-o",
            out.toString());
    assertThat(m.code()).as(m.err()).isZero();
    assertThat(m.out()).endsWith(out + "\n").doesNotContain("gkml: 1"); // only what it wrote
    String yaml = Files.readString(out);
    assertThat(yaml).startsWith("gkml: 1\nkind: catalog\n").doesNotContain("---");
    assertThat(yaml).contains("tier: 村级").contains("511703102201-WFGZ-001");
    CliRun v = CliRun.of("validate", "--root", tmp.resolve("tree").toString());
    assertThat(v.code()).as(v.out()).isZero();
  }

  @Test
  void usageErrorsExitTwoWithOneLine() {
    CliRun unknown = CliRun.of("merge", "--root", CHAIN, "--region", "511703099");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err())
        .isEqualTo(
            "gkml: unknown region \"511703099\": it is not in regions.csv and has no overlay\n");
    assertThat(CliRun.of("merge", "--root", CHAIN, "--region", "5117").code()).isEqualTo(2);
    assertThat(CliRun.of("merge", "--root", CHAIN).err()).contains("--region");
    CliRun tier = CliRun.of("merge", "--root", CHAIN, "--region", "511703", "--tier", "省级");
    assertThat(tier.code()).isEqualTo(2);
    assertThat(tier.err()).contains("省级");
    assertThat(CliRun.of("merge", "--root", CHAIN, "--region", "511703", "--format", "xml").code())
        .isEqualTo(2);
    CliRun domain = CliRun.of("merge", "--root", CHAIN, "--region", "511703", "--domain", "交通");
    assertThat(domain.code()).isEqualTo(2);
    assertThat(domain.err()).contains("就业, 安全生产");
    assertThat(
            CliRun.of("merge", "--root", tmp.resolve("none").toString(), "--region", "511703")
                .code())
        .isEqualTo(2);
    CliRun zh = CliRun.of("merge", "--root", CHAIN, "--region", "511703099", "--lang", "zh");
    assertThat(zh.err()).contains("未知的区划“511703099”");
  }

  @Test
  void tiersAreReadInBothLanguages() {
    CliRun words = CliRun.of("merge", "--root", CHAIN, "--region", "511703001", "--tier", "县级");
    CliRun english =
        CliRun.of("merge", "--root", CHAIN, "--region", "511703001", "--tier", "County");
    assertThat(words.code()).isZero();
    assertThat(words.out()).isEqualTo(english.out()).contains("tier: 县级");
  }

  @Test
  void errorsInTheChainWriteNothing() throws Exception {
    Path root = tmp.resolve("broken");
    TestCatalogs.copy(Path.of(resource("resolve/base")), root);
    TestCatalogs.copy(Path.of(resource("resolve/rules/gk205-channel-removed")), root);
    Path out = tmp.resolve("out.yaml");
    CliRun m =
        CliRun.of("merge", "--root", root.toString(), "--region", "511703", "-o", out.toString());
    assertThat(m.code()).isEqualTo(1);
    assertThat(m.out()).isEmpty();
    assertThat(m.err()).contains("error GK205").contains("1 error,");
    assertThat(out).doesNotExist();
    // a township below the broken county overlay depends on it too
    CliRun below = CliRun.of("merge", "--root", root.toString(), "--region", "511703001");
    assertThat(below.code()).isEqualTo(1);
  }

  @Test
  void problemsOutsideTheChainDoNotStopAMerge() throws Exception {
    Path root = tmp.resolve("tree");
    TestCatalogs.copy(Path.of(CHAIN), root);
    Files.writeString(
        root.resolve("regions/511703-达川区/511703002-石桥镇/safety.yaml"),
        "gkml: 1\nkind: overlay\ndomain: 安全生产\nregion: {code: \"511703002\", name: 石桥镇}\n"
            + "version: \"1\"\nmodify:\n  - id: S-404\n    owner: x\n");
    Files.writeString(root.resolve("regions/511703-达川区/511703002-石桥镇/broken.yaml"), "a: [");
    assertThat(CliRun.of("validate", "--root", root.toString()).code()).isEqualTo(2);
    CliRun other = CliRun.of("merge", "--root", root.toString(), "--region", "511703001");
    assertThat(other.code()).as(other.err()).isZero();
    CliRun affected = CliRun.of("merge", "--root", root.toString(), "--region", "511703002201");
    assertThat(affected.code()).isEqualTo(2);
    assertThat(affected.err()).contains("GK201").contains("broken.yaml");
  }

  @Test
  void explainTellsTheStoryInEnglishAndChinese() {
    CliRun en =
        CliRun.of("explain", "--root", CHAIN, "--region", "511703001", "S-003", "--lang", "en");
    assertThat(en.code()).isZero();
    assertThat(en.out())
        .startsWith("S-003 (安全生产) is visible to 511703001 三里坪街道 at 乡级.\n")
        .contains("basic/safety.yaml:32: defined in the basic catalogue")
        .contains(
            "511703-达川区/safety.yaml:24: 511703 达川区 changed channels (公开渠道和载体):"
                + " [政府网站] → [政府网站, 便民服务站]")
        .contains("511703 达川区 changed basis")
        .contains("511703001-三里坪街道/safety.yaml:22: 511703001 三里坪街道 changed owner");
    CliRun zh =
        CliRun.of("explain", "--root", CHAIN, "--region", "511703001201", "S-002", "--lang", "zh");
    assertThat(zh.code()).isZero();
    assertThat(zh.out())
        .startsWith("事项 S-002（安全生产）对 511703001201 凤凰村不可见：已被 511703 达川区删除。")
        .contains("由 511703 达川区删除，理由：本区不制定地方标准");
    CliRun filtered = CliRun.of("explain", "--root", CHAIN, "--region", "511703001", "S-001");
    assertThat(filtered.out()).contains("tier filter").contains("published at 县级");
    CliRun county =
        CliRun.of("explain", "--root", CHAIN, "--region", "511703001", "--tier", "county", "S-001");
    assertThat(county.out()).contains("is visible to 511703001 三里坪街道 at 县级");
    CliRun elsewhere =
        CliRun.of("explain", "--root", CHAIN, "--region", "511703002", "511703001-S-001");
    assertThat(elsewhere.out()).contains("not on the chain").contains("added by 511703001 三里坪街道");
    CliRun unknown = CliRun.of("explain", "--root", CHAIN, "--region", "511703001", "S-0003");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("did you mean \"S-003\"?");
  }

  @Test
  void explainShowsTheRulesAnEntryBreaks() throws Exception {
    Path root = tmp.resolve("broken");
    TestCatalogs.copy(Path.of(resource("resolve/base")), root);
    TestCatalogs.copy(Path.of(resource("resolve/rules/gk205-channel-removed")), root);
    CliRun e = CliRun.of("explain", "--root", root.toString(), "--region", "511703", "AQSC-003");
    assertThat(e.code()).isZero();
    assertThat(e.out())
        .contains("changed channels")
        .contains("error GK205: item AQSC-003: channel \"政府网站\" removed");
    Files.writeString(
        root.resolve("gkml.yaml"),
        "gkml: 1\nkind: config\nname: 测试\nissuer: 测试\nrules: {GK205: off}\n");
    CliRun off = CliRun.of("explain", "--root", root.toString(), "--region", "511703", "AQSC-003");
    assertThat(off.out()).contains("changed channels").doesNotContain("GK205");
    CliRun merged = CliRun.of("merge", "--root", root.toString(), "--region", "511703");
    assertThat(merged.code()).as(merged.err()).isZero();
  }

  @Test
  void aSuppressedRuleLetsTheEntryTakeEffect() throws Exception {
    Path root = tmp.resolve("suppressed");
    TestCatalogs.copy(Path.of(resource("resolve/base")), root);
    Path overlay =
        Files.createDirectories(root.resolve("regions/511703-达川区")).resolve("safety.yaml");
    Files.writeString(
        overlay,
        "gkml: 1\nkind: overlay\ndomain: 安全生产\nregion: {code: \"511703\", name: 达川区}\n"
            + "version: \"1\"\nmodify:\n  # gkml-ignore GK205: 本区不设公示栏\n  - id: AQSC-003\n"
            + "    channels: {remove: [社区/企事业单位/村公示栏(电子屏)]}\n");
    CliRun merged =
        CliRun.of("merge", "--root", root.toString(), "--region", "511703", "--domain", "安全生产");
    assertThat(merged.code()).as(merged.err()).isZero();
    assertThat(merged.out()).contains("channels: [政府网站]\n");
  }

  @Test
  void helpIsInTheUsersLanguage() {
    CliRun en = CliRun.of("merge", "--help");
    assertThat(en.code()).isZero();
    assertThat(en.out()).contains("--region=CODE").contains("effective catalogue");
    assertThat(CliRun.of("explain", "--help").out())
        .contains("region's chain")
        .doesNotContain("''");
    CliRun zh = CliRun.of("explain", "--help", "--lang", "zh");
    assertThat(zh.out()).contains("事项编号");
  }
}
