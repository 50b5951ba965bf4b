package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file left with git's merge-conflict markers is named as such, at the first marker. */
class ConflictMarkersTest {

  @Test
  void anUnresolvedMergeIsNamedAtItsFirstMarker(@TempDir Path dir) throws Exception {
    Path root = TestCatalogs.copyOfShipped(dir);
    Path county = root.resolve("regions/511703-达川区/safety-production.yaml");
    String text = Files.readString(county, StandardCharsets.UTF_8);
    String version = text.lines().filter(l -> l.startsWith("version:")).findFirst().orElseThrow();
    Files.writeString(
        county,
        text.replace(
            version + "\n",
            "<<<<<<< HEAD\n" + version + "\n=======\nversion: \"2099.1\"\n>>>>>>> other\n"),
        StandardCharsets.UTF_8);
    int line = (int) text.lines().takeWhile(l -> !l.startsWith("version:")).count() + 1;

    CliRun zh = CliRun.of("validate", "--root", root.toString(), "--lang", "zh", "--no-cache");
    CliRun fmt = CliRun.of("fmt", "--check", county.toString(), "--lang", "en");

    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.out())
        .contains("safety-production.yaml:" + line + ":1: error GK002: git 合并冲突尚未解决");
    assertThat(fmt.code()).isEqualTo(2);
    assertThat(fmt.out() + fmt.err()).contains("unresolved git merge conflict");
  }
}
