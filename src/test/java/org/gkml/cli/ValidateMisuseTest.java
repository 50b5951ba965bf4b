package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ways of asking {@code validate} for less than it seems that must not pass or lose data. */
class ValidateMisuseTest {
  private static final Path VALID = Path.of("src/test/resources/validate/valid/overlay-chain");

  @Test
  void aNamedFolderWithoutYamlIsAUsageErrorNotACrash(@TempDir Path dir) throws Exception {
    Path empty = Files.createDirectory(dir.resolve("空"));

    CliRun zh = CliRun.of("validate", empty.toString(), "--lang", "zh");
    CliRun en = CliRun.of("validate", empty.toString(), "--lang", "en");

    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).isEqualTo("gkml: " + empty + " 中没有可检查的 .yaml 文件\n");
    assertThat(en.err()).isEqualTo("gkml: there is no .yaml file to check in " + empty + "\n");
  }

  @Test
  void aNamedFileThatIsNotYamlIsAUsageError(@TempDir Path dir) throws Exception {
    Path readme = Files.writeString(dir.resolve("README.md"), "# 说明\n");

    CliRun run = CliRun.of("validate", readme.toString(), "--lang", "zh");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("gkml: " + readme + " 不是目录文件：gkml 只检查 .yaml 和 .yml 文件\n");
  }

  @Test
  void aBaselineIsNeverWrittenFromPartOfTheTree(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("catalogs");
    TestCatalogs.copy(VALID, root);
    Path baseline = dir.resolve("b.json");
    Path file = Files.list(root.resolve("basic")).findFirst().orElseThrow();

    CliRun named =
        CliRun.of(
            "validate",
            "--root",
            root.toString(),
            file.toString(),
            "--write-baseline",
            baseline.toString(),
            "--lang",
            "en");
    CliRun changed =
        CliRun.of(
            "validate",
            "--root",
            root.toString(),
            "--changed",
            "--write-baseline",
            baseline.toString(),
            "--lang",
            "en");

    assertThat(named.code()).isEqualTo(2);
    assertThat(named.err()).contains("--write-baseline records the findings of the whole tree");
    assertThat(changed.code()).isEqualTo(2);
    assertThat(baseline).doesNotExist();
  }

  @Test
  void aMisspeltOptionAfterChangedIsNamedAsAnOption(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("catalogs");
    TestCatalogs.copy(VALID, root);

    CliRun run =
        CliRun.of("validate", "--root", root.toString(), "--changed", "--stage", "--lang", "zh");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("gkml: --changed：“--stage”不是版本，也不是本命令的选项；是否应为“--staged”？\n");
  }

  @Test
  void theRootNamedAmongOtherPathsChecksTheWholeTreeItsRegisterIncluded(@TempDir Path dir)
      throws Exception {
    Path root = dir.resolve("c");
    TestCatalogs.copy(VALID, root);
    Files.writeString(root.resolve("regions.csv"), "code,name\n5117031,坏代码\n");
    Path file = Files.list(root.resolve("basic")).findFirst().orElseThrow();
    String r = root.toString();

    CliRun alone = CliRun.of("validate", "--root", r, r, "--no-cache", "--lang", "en");
    CliRun twice = CliRun.of("validate", "--root", r, r, r, "--no-cache", "--lang", "en");
    CliRun withFile =
        CliRun.of("validate", "--root", r, r, file.toString(), "--no-cache", "--lang", "en");

    assertThat(alone.code()).isEqualTo(1);
    assertThat(alone.out()).contains("regions.csv:").contains("GK301");
    assertThat(twice.code()).isEqualTo(1);
    assertThat(twice.out()).isEqualTo(alone.out());
    assertThat(withFile.code()).isEqualTo(1);
    assertThat(withFile.out()).isEqualTo(alone.out());
  }

  @Test
  void pathsInTwoTreesAreAUsageErrorNotOneTreeSeenTwice(@TempDir Path dir) throws Exception {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    TestCatalogs.copy(VALID, one);
    TestCatalogs.copy(VALID, two);

    CliRun run =
        CliRun.of("validate", one.toString(), two.toString(), "--no-cache", "--lang", "zh");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("gkml: 所列路径分属两个目录树 " + one + " 和 " + two + "：请分别检查每个目录树\n");
  }
}
