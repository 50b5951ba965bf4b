package org.gkml.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.gkml.cache.ValidationCache;
import org.gkml.i18n.Messages;
import org.gkml.model.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GK403's hint is read from git history, not from the tree's files: a stored run that holds one is
 * good only while {@code HEAD} stays where it was.
 */
class CachedHistoryTest {
  private static final Messages EN = Messages.of(Locale.ENGLISH);

  private static String basic(String version) {
    return """
        gkml: 1
        kind: catalog
        domain: 安全生产
        title: 安全生产领域基层政务公开标准目录
        version: "%s"
        issuer: 示例省人民政府办公厅
        items:
          - id: S-001
            level1: 行政许可
            content: 内容
            basis: [《中华人民共和国安全生产法》]
            deadline: 信息形成或者变更之日起%d个工作日内
            owner: 县级应急管理部门
            channels: [政府网站]
            audience: 全社会
            mode: 主动
            tiers: [县级, 乡级]
        """
        .formatted(version, version.endsWith("1") ? 20 : 10);
  }

  private static final String OVERLAY =
      """
      gkml: 1
      kind: overlay
      domain: 安全生产
      region: {code: "511703", name: 达川区}
      version: "2025.1"
      base: "2025.1"
      modify:
        - id: S-001
          owner: 达川区应急管理局
      """;

  @Test
  void anEntryWithAHintFromHistoryIsNotReadOnceHeadMoves(@TempDir Path repo) throws Exception {
    Path root = repo.resolve("catalogs");
    Path basic = root.resolve("basic/safety-production.yaml");
    Path overlay = root.resolve("regions/511703-达川区/safety-production.yaml");
    Files.createDirectories(basic.getParent());
    Files.createDirectories(overlay.getParent());
    Files.writeString(basic, basic("2025.1"), StandardCharsets.UTF_8);
    Files.writeString(overlay, OVERLAY, StandardCharsets.UTF_8);
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      commit(git, "2025.1");
      Files.writeString(basic, basic("2025.2"), StandardCharsets.UTF_8);
      commit(git, "2025.2");

      ValidationCache cache = ValidationCache.at(repo.resolve("cache"), "1.0");
      ValidationCache.Outcome first = Pipelines.of(EN).validateWhole(root, cache);
      assertThat(first.validation().findings())
          .anyMatch(f -> f.rule() == Rule.STALE_OVERLAY && f.message().contains("S-001"));
      assertThat(Pipelines.of(EN).validateWhole(root, cache).hit()).isTrue();

      // history moves on without any catalogue file changing
      Files.writeString(repo.resolve("README.md"), "notes\n", StandardCharsets.UTF_8);
      commit(git, "notes");
      ValidationCache.Outcome moved = Pipelines.of(EN).validateWhole(root, cache);
      assertThat(moved.hit()).isFalse();
      assertThat(moved.validation().findings())
          .extracting(f -> f.message())
          .isEqualTo(
              Pipelines.of(EN).validate(root, null).findings().stream()
                  .map(f -> f.message())
                  .toList());
      assertThat(Pipelines.of(EN).validateWhole(root, cache).hit()).isTrue();
    }
  }

  @Test
  void anEntryWithAHintFromAShallowCloneIsNotReadOnceTheCloneIsDeepened(@TempDir Path dir)
      throws Exception {
    Path origin = dir.resolve("origin");
    Path basic = origin.resolve("catalogs/basic/safety-production.yaml");
    Path overlay = origin.resolve("catalogs/regions/511703-达川区/safety-production.yaml");
    Files.createDirectories(basic.getParent());
    Files.createDirectories(overlay.getParent());
    Files.writeString(basic, basic("2025.1"), StandardCharsets.UTF_8);
    Files.writeString(overlay, OVERLAY, StandardCharsets.UTF_8);
    try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
      commit(git, "2025.1");
      Files.writeString(basic, basic("2025.2"), StandardCharsets.UTF_8);
      commit(git, "2025.2");
    }
    Path clone = dir.resolve("clone");
    try (Git git =
        Git.cloneRepository()
            .setURI(origin.toUri().toString())
            .setDirectory(clone.toFile())
            .setDepth(1)
            .call()) {
      Path root = clone.resolve("catalogs");
      ValidationCache cache = ValidationCache.at(dir.resolve("cache"), "1.0");
      ValidationCache.Outcome shallow = Pipelines.of(EN).validateWhole(root, cache);
      assertThat(shallow.validation().findings())
          .anyMatch(f -> f.rule() == Rule.STALE_OVERLAY && f.message().contains("no version"));
      assertThat(Pipelines.of(EN).validateWhole(root, cache).hit()).isTrue();

      // the same HEAD, now with the history the hint looks for
      git.fetch().setUnshallow(true).call();
      ValidationCache.Outcome deep = Pipelines.of(EN).validateWhole(root, cache);

      assertThat(deep.hit()).isFalse();
      assertThat(deep.validation().findings())
          .anyMatch(f -> f.rule() == Rule.STALE_OVERLAY && f.message().contains("S-001"));
      assertThat(deep.validation().findings())
          .extracting(f -> f.message())
          .isEqualTo(
              Pipelines.of(EN).validate(root, null).findings().stream()
                  .map(f -> f.message())
                  .toList());
      assertThat(Pipelines.of(EN).validateWhole(root, cache).hit()).isTrue();
    }
  }

  private static void commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    PersonIdent who = new PersonIdent("t", "t@example.org");
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }
}
