package org.gkml.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gkml.i18n.Messages;
import org.gkml.load.FileLoader;
import org.gkml.load.TreeLoader;
import org.gkml.model.Finding;
import org.gkml.model.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a checker remembers about channels belongs to one tree's vocabulary. */
class CheckerReuseTest {
  @TempDir Path dir;

  private static final String CATALOG =
      String.join(
          "\n",
          "gkml: 1",
          "kind: catalog",
          "domain: 安全生产",
          "title: 安全生产领域基层政务公开标准目录",
          "version: \"2025.1\"",
          "issuer: 示例省人民政府办公厅",
          "items:",
          "  - id: AQSC-001",
          "    level1: 行政许可",
          "    content: 办事指南",
          "    basis: [《安全生产法》, 《安全生产法》]",
          "    deadline: 信息形成之日起20个工作日内",
          "    owner: 县级应急管理部门",
          "    channels: [政府网站, 浙里办, 政府网站]",
          "    audience: 全社会",
          "    mode: 主动",
          "    tiers: [县级]",
          "");

  private Path tree(String name, String config) throws IOException {
    Path root = Files.createDirectories(dir.resolve(name));
    Files.createDirectories(root.resolve("basic"));
    Files.writeString(root.resolve("basic/safety-production.yaml"), CATALOG);
    Files.writeString(root.resolve("gkml.yaml"), config);
    return root;
  }

  @Test
  void eachTreeIsJudgedByItsOwnChannels() throws IOException {
    Messages messages = Messages.english();
    TreeLoader loader = new TreeLoader(new FileLoader(messages), messages, dir);
    Checker checker = new Checker(messages);
    Path declares = tree("declares", "gkml: 1\nkind: config\nchannels: [浙里办]\n");
    Path silent = tree("silent", "gkml: 1\nkind: config\n");

    List<Finding> first = checker.check(loader.load(declares));
    List<Finding> second = checker.check(loader.load(silent));
    List<Finding> again = checker.check(loader.load(declares));

    assertThat(first).extracting(Finding::rule).doesNotContain(Rule.UNKNOWN_CHANNEL);
    assertThat(second).extracting(Finding::rule).contains(Rule.UNKNOWN_CHANNEL);
    assertThat(again).extracting(Finding::rule).doesNotContain(Rule.UNKNOWN_CHANNEL);
    // repeated channel and repeated basis are found through the remembered normal forms
    assertThat(first)
        .filteredOn(f -> f.rule() == Rule.REPEATED_ELEMENT)
        .extracting(f -> f.loc().pointer())
        .containsExactly("/items/0/basis/1", "/items/0/channels/2");
  }
}
