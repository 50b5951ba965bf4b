package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11, class 3: what {@code -o} names is checked before anything is written. An output is
 * never an input, never inside the catalogue root and never a folder holding it; a link is kept, a
 * device or pipe is written through; a folder takes the default name or is refused; a build never
 * deletes what it did not write and leaves nothing behind when it is killed.
 */
class OutputHazardTest {
  private static final String ROOT = "catalogs";

  @TempDir Path tmp;

  private Path tree() throws IOException {
    Path root = tmp.resolve("tree");
    TestCatalogs.copy(Path.of(ROOT), root);
    return root;
  }

  @Test
  void anOutputThatIsAnInputIsRefusedAndTheInputKept() throws IOException {
    Path root = tree();
    Path input = root.resolve("basic/employment.yaml");
    String before = Files.readString(input);
    CliRun v =
        CliRun.of("validate", "--root", root.toString(), input.toString(), "-o", input.toString());
    assertThat(v.code()).isEqualTo(2);
    assertThat(v.err()).contains("employment.yaml").doesNotContain("Exception");
    assertThat(input).hasContent(before);
    Path old = tmp.resolve("old.yaml");
    Files.writeString(old, before);
    CliRun d = CliRun.of("diff", old.toString(), input.toString(), "-o", old.toString());
    assertThat(d.code()).isEqualTo(2);
    assertThat(old).hasContent(before);
  }

  @Test
  void anOutputInsideTheCatalogueRootIsRefused() throws IOException {
    Path root = tree();
    for (String[] args :
        List.of(
            new String[] {"merge", "--region", "511703", "-o", "basic/merged.yaml"},
            new String[] {"export", "html", "-o", "regions/page.html"},
            new String[] {"export", "xlsx", "-o", "basic.xlsx"},
            new String[] {"validate", "-o", "report.txt"},
            new String[] {"build", "-o", "out"})) {
      String[] full = new String[args.length + 2];
      System.arraycopy(args, 0, full, 0, args.length);
      full[args.length] = "--root";
      full[args.length + 1] = root.toString();
      int o = List.of(args).indexOf("-o");
      full[o + 1] = root.resolve(args[o + 1]).toString();
      CliRun run = CliRun.of(full);
      assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).contains(root.toString());
      assertThat(Path.of(full[o + 1])).doesNotExist();
    }
    assertThat(CliRun.of("validate", "--root", root.toString()).code()).isZero();
  }

  @Test
  void aBuildIntoAFolderHoldingTheRootIsRefusedAndNothingDeleted() throws IOException {
    Path root = tree();
    CliRun run = CliRun.of("build", "--root", root.toString(), "-o", tmp.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(root.resolve("basic/employment.yaml")).isRegularFile();
  }

  @Test
  void aFolderWithAStrayBuildReportIsNotWiped() throws IOException {
    Path root = tree();
    Path out = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(out.resolve("build-report.json"), "{}");
    Files.writeString(out.resolve("notes.txt"), "keep me");
    CliRun run = CliRun.of("build", "--root", root.toString(), "-o", out.toString(), "-q");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(".gkml-build");
    assertThat(out.resolve("notes.txt")).hasContent("keep me");
    assertThat(out.resolve("build-report.json")).hasContent("{}");
    assertThat(siblings(out)).containsExactly("site");
  }

  @Test
  void aRebuildReplacesItsOwnOutputAndLeavesNothingBeside() throws IOException {
    Path root = tree();
    Path out = tmp.resolve("site");
    assertThat(CliRun.of("build", "--root", root.toString(), "-o", out + "/", "-q").code())
        .isZero();
    assertThat(out.resolve(".gkml-build")).content().contains("511703-达川区/catalog.xlsx");
    assertThat(CliRun.of("build", "--root", root.toString(), "-o", out.toString(), "-q").code())
        .isZero();
    assertThat(siblings(out)).containsExactly("site");
  }

  @Test
  void aSymbolicLinkIsKeptAndItsTargetWritten() throws IOException {
    Path root = tree();
    Path real = tmp.resolve("real.yaml");
    Path link = Files.createSymbolicLink(tmp.resolve("link.yaml"), real.getFileName());
    CliRun run =
        CliRun.of("merge", "--root", root.toString(), "--region", "511703", "-o", link.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).content().contains("gkml: 1");
    // a build through a link to a folder builds into that folder and keeps the link
    Path site = Files.createDirectory(tmp.resolve("site"));
    Path siteLink = Files.createSymbolicLink(tmp.resolve("site-link"), site);
    CliRun build = CliRun.of("build", "--root", root.toString(), "-o", siteLink.toString(), "-q");
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(Files.isSymbolicLink(siteLink)).isTrue();
    assertThat(site.resolve("index.html")).isRegularFile();
  }

  @Test
  void aDeviceIsWrittenThroughNotReplaced() throws IOException {
    Path root = tree();
    CliRun run = CliRun.of("export", "html", "--root", root.toString(), "-o", "/dev/null");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.isRegularFile(Path.of("/dev/null"), LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.exists(Path.of("/dev/null"))).isTrue();
  }

  @Test
  void aFifoIsWrittenThrough() throws Exception {
    Path root = tree();
    Path fifo = tmp.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).isZero();
    CompletableFuture<byte[]> read =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    CliRun run =
        CliRun.of("merge", "--root", root.toString(), "--region", "511703", "-o", fifo.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(new String(read.get(20, TimeUnit.SECONDS), java.nio.charset.StandardCharsets.UTF_8))
        .contains("gkml: 1");
    assertThat(Files.isRegularFile(fifo)).isFalse();
  }

  @Test
  void aFolderTakesTheDefaultNameOrIsRefused() throws IOException {
    Path root = tree();
    Path dir = tmp.resolve("exports");
    CliRun xlsx =
        CliRun.of(
            "export", "xlsx", "--root", root.toString(), "--region", "511703", "-o", dir + "/");
    assertThat(xlsx.code()).as(xlsx.err()).isZero();
    assertThat(dir.resolve("511703-达川区.xlsx")).isRegularFile();
    CliRun again =
        CliRun.of("export", "xlsx", "--root", root.toString(), "-o", dir.toString(), "-q");
    assertThat(again.code()).isZero();
    assertThat(dir.resolve("basic.xlsx")).isRegularFile();
    CliRun merge =
        CliRun.of("merge", "--root", root.toString(), "--region", "511703", "-o", dir + "/");
    assertThat(merge.code()).isEqualTo(2);
    assertThat(merge.err()).contains("exports/");
    CliRun missing =
        CliRun.of("export", "html", "--root", root.toString(), "-o", tmp.resolve("new") + "/");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(tmp.resolve("new")).doesNotExist();
  }

  @Test
  void sigtermDuringABuildRemovesItsStagingFolder() throws Exception {
    Path root = tree();
    // enough villages that the build is still writing when it is stopped
    StringBuilder csv = new StringBuilder(Files.readString(root.resolve("regions.csv")));
    for (int i = 300; i < 700; i++) {
      csv.append("511703102").append(i).append(",村").append(i).append('\n');
    }
    Files.writeString(root.resolve("regions.csv"), csv);
    Path out = tmp.resolve("site");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process build =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "build",
                "--root",
                root.toString(),
                "-o",
                out.toString(),
                "--jobs",
                "1",
                "-q")
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("build.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (stagingFolders(out).isEmpty() && build.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(stagingFolders(out)).as("the build started staging").isNotEmpty();
    Thread.sleep(300); // some regions written
    build.destroy(); // SIGTERM
    assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(stagingFolders(out)).isEmpty();
    // no lock, no staging, no old output; the output itself only if the build won the race
    assertThat(siblings(out)).allMatch("site"::equals);
    if (build.exitValue() != 0) {
      assertThat(out).doesNotExist();
    }
  }

  private static List<String> stagingFolders(Path out) throws IOException {
    return siblings(out).stream().filter(n -> n.contains("gkml-staging")).toList();
  }

  private static List<String> siblings(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out.getParent())) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.contains(out.getFileName().toString()))
          .sorted()
          .toList();
    }
  }
}
