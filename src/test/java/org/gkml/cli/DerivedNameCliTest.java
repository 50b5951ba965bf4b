package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11, class 2 (the output side), end to end: a region named {@code x/../../../../evil} never
 * makes a command write outside the folder its output belongs in, whether or not the name is also a
 * finding.
 */
class DerivedNameCliTest {
  private static final String EVIL = "x/../../../../evil";

  @TempDir Path tmp;

  private Path treeWithEvilCounty() throws IOException {
    Path root = tmp.resolve("work/tree");
    TestCatalogs.copy(Path.of("catalogs"), root);
    Path csv = root.resolve("regions.csv");
    TestCatalogs.replaceIn(csv, "511703,达川区", "511703," + EVIL);
    return root;
  }

  @Test
  void theDefaultWorkbookNameStaysInTheNamedFolder() throws IOException {
    Path root = treeWithEvilCounty();
    Path dir = Files.createDirectories(tmp.resolve("work/exports/a/b/c/d"));
    CliRun run =
        CliRun.of(
            "export", "xlsx", "--root", root.toString(), "--region", "511703", "-o", dir + "/");
    assertThat(run.code()).as(run.err()).isIn(0, 1);
    if (run.code() == 0) {
      assertThat(list(dir)).containsExactly("511703-x_.._.._.._.._evil.xlsx");
    }
    assertThat(evilAnywhere()).isEmpty();
  }

  @Test
  void buildFoldersStayInTheBuild() throws IOException {
    Path root = treeWithEvilCounty();
    Path out = tmp.resolve("work/site");
    CliRun run = CliRun.of("build", "--root", root.toString(), "-o", out.toString(), "-q");
    assertThat(run.code()).as(run.err()).isIn(0, 1);
    if (run.code() == 0) {
      assertThat(out.resolve("511703-x_.._.._.._.._evil/index.html")).isRegularFile();
      assertThat(out.resolve("index.html")).content().contains("511703-x_.._.._.._.._evil/");
    }
    assertThat(evilAnywhere()).allMatch(p -> p.startsWith(out));
  }

  /** Every path below the test's folder whose name ends in "evil" (the escape would make one). */
  private List<Path> evilAnywhere() throws IOException {
    try (Stream<Path> s = Files.walk(tmp)) {
      return s.filter(p -> p.getFileName().toString().startsWith("evil")).toList();
    }
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
