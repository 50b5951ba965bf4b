package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gkml init DIR} names what it wrote as the user finds it from where they are: it printed
 * "wrote catalogs/gkml.yaml" for {@code init 我的目录}, where there is no {@code ./catalogs}.
 */
class InitNamesWhatItWroteTest {
  @TempDir Path tmp;

  @Test
  void everyPathPrintedLeadsToWhatWasWritten() {
    Path repo = tmp.resolve("我的目录");
    CliRun init = CliRun.of("init", repo.toString(), "--lang", "en");

    assertThat(init.code()).as(init.err()).isZero();
    var wrote =
        init.out().lines().filter(l -> l.startsWith("wrote ")).map(l -> l.substring(6)).toList();
    assertThat(wrote).isNotEmpty().anyMatch(p -> p.endsWith("gkml.yaml"));
    wrote.forEach(p -> assertThat(Files.exists(Path.of(p))).as(p).isTrue());
    assertThat(wrote).allMatch(p -> p.startsWith(repo.toString()));
    // the next steps run inside the new repository: it says to go there first
    assertThat(init.out()).contains("Next: cd " + repo + ", then put the basic catalogues");
  }

  @Test
  void aFolderWithASpaceIsQuotedInTheCdHint() {
    Path repo = tmp.resolve("我的 目录");
    CliRun init = CliRun.of("init", repo.toString(), "--lang", "en");

    assertThat(init.code()).as(init.err()).isZero();
    assertThat(init.out()).contains("Next: cd \"" + repo + "\", then");
  }

  @Test
  void namesAShellReadsPlainlyAreShownAsTheyAre() {
    assertThat(InitCommand.asTyped(Path.of("县级/目录"))).isEqualTo("县级/目录");
    assertThat(InitCommand.asTyped(Path.of("a&b"))).isEqualTo("\"a&b\"");
    assertThat(InitCommand.asTyped(Path.of("a\"b c"))).isEqualTo("a\"b c");
  }
}
