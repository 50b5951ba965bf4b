package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GK304 judges every overlay by its own region code, although the names of a folder's path are read
 * once for all the files in it: a folder shared by an agreeing and a contradicting overlay gives
 * one warning, for the second, whichever is checked first.
 */
class FolderCodeTest {
  private static final String OTHER_TOWNSHIP = "regions/511703-达川区/511703002-石桥镇";

  @TempDir Path tmp;

  @Test
  void filesOfOneFolderAreJudgedEachByItsOwnCode() throws Exception {
    Path root = tmp.resolve("tree");
    TestCatalogs.copy(Path.of(FolderCodeTest.class.getResource("/merge/chain/tree").toURI()), root);
    for (String name : new String[] {"a-employment.yaml", "z-employment.yaml"}) {
      boolean stray = name.startsWith("a");
      String code = stray ? "511703001" : "511703002";
      Files.writeString(
          root.resolve(OTHER_TOWNSHIP + "/" + name),
          "gkml: 1\nkind: overlay\ndomain: 安全生产\nregion: {code: \""
              + code
              + "\", name: x}\nversion: \"1\"\n");
      CliRun run = CliRun.of("validate", "--root", root.toString(), "--format", "json");
      assertThat(run.out()).as(run.err()).contains("GK304").contains("a-employment.yaml");
      assertThat(run.out()).doesNotContain("z-employment.yaml\"");
    }
  }
}
