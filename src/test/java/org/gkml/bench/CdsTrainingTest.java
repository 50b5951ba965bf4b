package org.gkml.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's training run: every command succeeds on the shipped catalogues (a failing one
 * would quietly leave its classes out of the archive and make every run of it slower).
 */
class CdsTrainingTest {
  @TempDir Path scratch;

  @Test
  void everyTrainingCommandSucceedsOnTheShippedCatalogues() {
    List<List<String>> commands = CdsTraining.commands(Path.of("catalogs"), scratch);
    assertThat(commands)
        .extracting(c -> c.get(0) + (c.get(0).equals("export") ? " " + c.get(1) : ""))
        .containsExactly(
            "validate", "validate", "validate", "export xlsx", "import", "export html", "merge");
    // the one-file run checks a village's overlay, the file with the longest context
    assertThat(commands.get(2)).hasSize(4);
    assertThat(Path.of(commands.get(2).get(3)).getParent().getFileName().toString())
        .startsWith("511703001201-");
    assertThat(commands.get(3)).contains("--region", "511703001201");
    assertThat(CdsTraining.run(Path.of("catalogs"), scratch)).containsOnly(0);
  }

  @Test
  void withoutATreeItTrainsTheHelp() {
    assertThat(CdsTraining.commands(null, scratch)).containsExactly(List.of("--help"));
    assertThat(CdsTraining.commands(scratch.resolve("none"), scratch))
        .containsExactly(List.of("--help"));
    assertThat(CdsTraining.run(null, scratch)).containsExactly(0);
  }
}
