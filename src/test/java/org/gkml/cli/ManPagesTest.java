package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;

/** The AsciiDoc man pages that mvn package turns into the release's man/man1. */
class ManPagesTest {
  @Test
  void everyCommandGetsAPageWithItsEnglishHelpAndOptions(@TempDir Path dir) throws Exception {
    assertThat(ManPages.write(dir.toFile())).isZero();

    for (String name : GkmlCommand.SUBCOMMANDS.keySet()) {
      CommandSpec spec = ManPages.model().getSubcommands().get(name).getCommandSpec();
      String page = Files.readString(dir.resolve("gkml-" + name + ".adoc"), StandardCharsets.UTF_8);
      assertThat(page).contains("= gkml-" + name + "(1)").contains("== Options");
      spec.options().forEach(o -> assertThat(page).as(name).contains("*" + o.longestName() + "*"));
    }
    String fmt = Files.readString(dir.resolve("gkml-fmt.adoc"), StandardCharsets.UTF_8);
    assertThat(fmt).contains("Change nothing; list the files that would change");
    assertThat(dir.resolve("gkml-export-docx.adoc")).isNotEmptyFile();
  }
}
