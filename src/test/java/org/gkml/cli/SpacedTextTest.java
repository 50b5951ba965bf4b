package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * White space that would be published as written is reported where it stands (issue #15's review):
 * a space inside a channel name ("政府 网站") passed as 政府网站 and was published beside it as a channel
 * of its own; a space or U+3000 at the end of a value ("政府网站　") passed silently too.
 */
class SpacedTextTest {

  private static Path tree(Path root, String channels, String owner) throws Exception {
    Path basic = root.resolve("basic/safety-production.yaml");
    Files.createDirectories(basic.getParent());
    String text =
        TestCatalogs.CATALOG
            .replace("channels: [政府网站, 两微一端]", "channels: " + channels)
            .replace("owner: 县级应急管理部门", "owner: " + owner);
    Files.writeString(basic, text, StandardCharsets.UTF_8);
    return basic;
  }

  private static List<String> findings(CliRun run) {
    return run.out().lines().filter(l -> l.contains(" GK")).toList();
  }

  private static CliRun validate(Path root, String lang) {
    return CliRun.of("validate", "--root", root.toString(), "--lang", lang, "--no-cache");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void aSpaceInsideAKnownChannelIsAnUnknownChannelNamingTheLabel(String lang, @TempDir Path root)
      throws Exception {
    tree(root, "[\"政府 网站\", 两微一端, 政府　网站]", "县级应急管理部门");

    CliRun run = validate(root, lang);

    assertThat(run.code()).isEqualTo(1);
    List<String> gk103 = findings(run).stream().filter(l -> l.contains("error GK103")).toList();
    assertThat(gk103).hasSize(2);
    assertThat(gk103.get(0))
        .endsWith(
            lang.equals("zh")
                ? "未知的公开渠道“政府 网站”；是否应为“政府网站”？"
                : "unknown channel \"政府 网站\"; did you mean \"政府网站\"?");
    assertThat(gk103.get(1)).contains("政府　网站");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void whiteSpaceAtTheEndsOfAValueIsUntidyText(String lang, @TempDir Path root) throws Exception {
    tree(root, "[政府网站　, 两微一端]", "\" 县级应急管理部门\"");

    CliRun run = validate(root, lang);

    // untidy text is info: the run passes, and says where
    assertThat(run.code()).isZero();
    assertThat(findings(run)).hasSize(2).allMatch(l -> l.contains("info GK107"));
    if (lang.equals("zh")) {
      assertThat(findings(run))
          .anySatisfy(l -> assertThat(l).endsWith("事项 AQSC-001 的 channels 第 1 项首尾有空白 U+3000"))
          .anySatisfy(l -> assertThat(l).endsWith("事项 AQSC-001 的 owner 首尾有空白 U+0020"));
    } else {
      assertThat(findings(run))
          .anySatisfy(
              l ->
                  assertThat(l)
                      .endsWith(
                          "white space U+3000 at the start or end of channels entry 1 of item"
                              + " AQSC-001"))
          .anySatisfy(
              l ->
                  assertThat(l)
                      .endsWith(
                          "white space U+0020 at the start or end of owner of item AQSC-001"));
    }
    assertThat(run.out()).doesNotContain("GK103");
  }

  @Test
  void aChannelWrittenAsItsLabelOrSpacedAsDeclaredPasses(@TempDir Path root) throws Exception {
    Files.createDirectories(root);
    Files.writeString(
        root.resolve("gkml.yaml"), "gkml: 1\nkind: config\nchannels: [投资项目 在线审批监管平台]\n");
    tree(root, "[政府网站, 投资项目 在线审批监管平台, \"其他: 国家企业信用信息公示系统\"]", "县级应急管理部门");

    CliRun run = validate(root, "en");

    assertThat(run.code()).as(run.out()).isZero();
    assertThat(findings(run)).isEmpty();
  }
}
