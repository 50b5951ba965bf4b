package org.gkml.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.gkml.TestGit;
import org.gkml.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlays written against an older basic catalogue (GK403, FORMAT.md 1.1). */
class StaleOverlayTest {
  private static final String BASIC =
      """
      gkml: 1
      kind: catalog
      domain: 安全生产
      title: 安全生产领域基层政务公开标准目录
      version: "2025.1"
      issuer: 示例省人民政府办公厅
      policy: {removable: with-reason}
      items:
      %s
      """;

  private static String item(String id, String level1, String deadline) {
    return """
          - id: %s
            level1: %s
            content: 内容
            basis: [《中华人民共和国安全生产法》]
            deadline: %s
            owner: 县级应急管理部门
            channels: [政府网站]
            audience: 全社会
            mode: 主动
            tiers: [县级, 乡级]
        """
        .formatted(id, level1, deadline);
  }

  private static final String OVERLAY =
      """
      gkml: 1
      kind: overlay
      domain: 安全生产
      region: {code: "511703", name: 达川区}
      version: "2025.1"
      base: "%s"
      modify:
        - id: S-001
          owner: 达川区应急管理局
        - id: S-002
          owner: 达川区应急管理局
      remove:
        - id: S-003
          reason: 本区不适用
      """;

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String basic(String version, String deadline1, String level1of3) {
    return BASIC
        .replace("\"2025.1\"", "\"" + version + "\"")
        .formatted(
            item("S-001", "行政许可", deadline1)
                + item("S-002", "行政处罚", "信息形成或者变更之日起20个工作日内")
                + item("S-003", level1of3, "信息形成或者变更之日起20个工作日内"));
  }

  @Test
  void staleOverlayNamesTheItemsChangedSinceItsBaseThatItTouches(@TempDir Path repo)
      throws Exception {
    Path root = repo.resolve("catalogs");
    String twenty = "信息形成或者变更之日起20个工作日内";
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      write(root.resolve("basic/safety.yaml"), basic("2025.1", twenty, "行政检查"));
      write(root.resolve("regions/511703-达川区/safety.yaml"), OVERLAY.formatted("2025.1"));
      TestGit.commitAll(git, "first");
      write(root.resolve("basic/safety.yaml"), basic("2025.2", "信息形成或者变更之日起10个工作日内", "监督检查"));
      TestGit.commitAll(git, "second");
      write(root.resolve("regions.csv"), "code,name\n511703,达川区\n");
      TestGit.commitAll(git, "unrelated");
    }

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains(
            "safety.yaml:6:7: warning GK403: written against version 2025.1 of the basic catalogue"
                + " of 安全生产, which is now version 2025.2; changed since then and modified or"
                + " removed here: S-001, S-003");
  }

  @Test
  void withoutGitTheWarningSaysThereIsNoHistoryAndACurrentBaseIsQuiet(@TempDir Path root)
      throws IOException {
    String twenty = "信息形成或者变更之日起20个工作日内";
    write(root.resolve("basic/safety.yaml"), basic("2025.2", twenty, "行政检查"));
    write(root.resolve("regions/511703-达川区/safety.yaml"), OVERLAY.formatted("2025.1"));
    write(
        root.resolve("regions/511703-达川区/511703001-三里坪街道/safety.yaml"),
        OVERLAY
            .formatted("2025.2")
            .replace("511703\", name: 达川区", "511703001\", name: 三里坪街道")
            .replace("remove:\n  - id: S-003\n    reason: 本区不适用\n", ""));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "zh");

    assertThat(run.out())
        .contains("GK403: 本文件依据领域“安全生产”基础目录的 2025.1 版编写，基础目录现为 2025.2 版；git 历史中没有 2025.1 版，无法比较")
        .containsOnlyOnce("GK403");
  }
}
