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

  /**
   * Review of issue #15 (man 5): picocli wrapped the synopsis at 80 columns, once inside {@code
   * [--changed[=REV]]}, and AsciiDoc joins wrapped lines with a space: the page read {@code
   * --changed [=REV]}, an option and a separate argument. The synopsis is one line; man wraps it.
   */
  @Test
  void theSynopsisIsNeverWrappedInsideAnOption(@TempDir Path dir) throws Exception {
    assertThat(ManPages.write(dir.toFile())).isZero();

    try (var pages = Files.list(dir)) {
      for (Path page : pages.toList()) {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int start = text.indexOf("== Synopsis\n");
        String synopsis = text.substring(start, text.indexOf("// end::", start)).strip();
        assertThat(synopsis.lines().filter(l -> !l.isBlank())).as("%s", page).hasSize(2);
      }
    }
    assertThat(Files.readString(dir.resolve("gkml-validate.adoc"), StandardCharsets.UTF_8))
        .contains("[*--changed*[=_REV_]]");
  }
}
