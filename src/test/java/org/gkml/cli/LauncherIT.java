package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./gkml} launcher in a copy of the checkout (the script and what the build leaves in
 * {@code target/}): it runs the jar with the one file of JVM options, the same for every command,
 * and its first run maps the classes the build's training run listed into a class-data archive that
 * later runs load the Excel classes from.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LauncherIT {
  private static final Path TARGET = Path.of("target");
  private static final List<String> BUILT = List.of("gkml.jar", "gkml.jvmopts", "gkml.classlist");
  private static final String BUILD_ID = "classes/org/gkml/build-id.txt";

  @TempDir Path tmp;
  Path checkout;

  record Result(int code, String out, String err) {}

  @BeforeEach
  void copyTheLauncher() throws IOException {
    List<String> needed = new ArrayList<>(BUILT);
    needed.add(BUILD_ID);
    for (String f : needed) {
      assumeTrue(
          Files.isRegularFile(TARGET.resolve(f)), "target/" + f + " is built by mvn package");
    }
    checkout = tmp.resolve("checkout");
    Files.createDirectories(checkout.resolve("target"));
    Files.copy(Path.of("gkml"), checkout.resolve("gkml"));
    for (String f : BUILT) {
      Files.copy(TARGET.resolve(f), checkout.resolve("target").resolve(f));
    }
    Path id = checkout.resolve("target").resolve(BUILD_ID);
    Files.createDirectories(id.getParent());
    Files.copy(TARGET.resolve(BUILD_ID), id);
  }

  /** The class-data archive ./gkml makes: named for the build id, as bin/gkml names it. */
  private Path archive() throws IOException {
    String id = Files.readString(TARGET.resolve(BUILD_ID), StandardCharsets.US_ASCII);
    return checkout.resolve("target/gkml-" + id.substring(0, 16) + ".jsa");
  }

  @Test
  void theArchiveFromTheTrainedClassListHoldsTheExcelClasses() throws Exception {
    Files.createSymbolicLink(checkout.resolve("catalogs"), Path.of("catalogs").toAbsolutePath());
    Path xlsx = tmp.resolve("dc.xlsx");
    Result first = gkml(Map.of(), "export", "xlsx", "--region", "511703", "-o", xlsx.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(archive()).isNotEmptyFile();

    Path exportLog = tmp.resolve("export-classes.txt");
    Result second =
        gkml(
            Map.of("GKML_JAVA_OPTS", "-Xlog:class+load=info:file=" + exportLog),
            "export",
            "xlsx",
            "--region",
            "511703",
            "-o",
            xlsx.toString());
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(Files.readAllLines(exportLog))
        .anyMatch(l -> l.contains("org.apache.poi.xssf.streaming.SXSSFWorkbook source: shared"));
    Path importLog = tmp.resolve("import-classes.txt");
    Result back =
        gkml(
            Map.of("GKML_JAVA_OPTS", "-Xlog:class+load=info:file=" + importLog),
            "import",
            "xlsx",
            xlsx.toString(),
            "-o",
            tmp.resolve("y").toString());
    assertThat(back.code()).as(back.err()).isZero();
    assertThat(Files.readAllLines(importLog))
        .anyMatch(l -> l.contains("org.gkml.importer.WorkbookReader source: shared"));
  }

  @Test
  void withoutAClassListOrWithCdsOffTheLauncherStillRuns() throws Exception {
    Result off = gkml(Map.of("GKML_CDS", "off"), "--version");
    assertThat(off.code()).as(off.err()).isZero();
    assertThat(off.out()).startsWith("gkml ");
    assertThat(archive()).doesNotExist();

    Files.delete(checkout.resolve("target/gkml.classlist"));
    Result r = gkml(Map.of(), "--version");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(archive()).doesNotExist();
  }

  @Test
  void aSmallHeapInTheUsersOptionsReplacesTheDefaultCap() throws Exception {
    Result r = gkml(Map.of("GKML_JAVA_OPTS", "-Xmx512m -XX:+PrintFlagsFinal"), "--version");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(flag(r, "MaxHeapSize")).isEqualTo(String.valueOf(512L * 1024 * 1024));
    // the heap starts at the cap the user gave, not at gkml's larger one (-Xms1536m would have
    // stopped the JVM: an initial size above the maximum)
    assertThat(flag(r, "InitialHeapSize")).isEqualTo(String.valueOf(512L * 1024 * 1024));
  }

  @Test
  void everyCommandRunsWithTheSameOptions() throws Exception {
    // the launcher used to pick compilers by command and tree size: now it decides nothing
    Path big = Files.createDirectories(tmp.resolve("big/basic"));
    List<String> levels = new ArrayList<>();
    for (String[] args :
        List.of(
            new String[] {"validate", "--root", big.getParent().toString()},
            new String[] {"build", "--root", big.getParent().toString(), "--help"},
            new String[] {"explain", "--help"})) {
      Result r = gkml(Map.of("GKML_JAVA_OPTS", "-XX:+PrintFlagsFinal"), args);
      levels.add(
          flag(r, "TieredStopAtLevel")
              + " "
              + flag(r, "UseParallelGC")
              + " "
              + flag(r, "MaxHeapSize"));
    }
    // C1 only, the parallel collector, the one cap
    assertThat(levels).containsOnly("1 true " + 1536L * 1024 * 1024);
  }

  @Test
  void theLaunchersTakeTheirJvmOptionsFromTheOneFile() throws IOException {
    for (Path launcher : List.of(Path.of("gkml"), Path.of("src/dist/bin/gkml"))) {
      String text = Files.readString(launcher, StandardCharsets.UTF_8);
      assertThat(text).as(launcher.toString()).contains("gkml.jvmopts\"").contains("-jar \"$jar\"");
      // no option of its own besides the class-data archive it makes
      assertThat(text.replaceAll("(?m)^\\s*#.*$", ""))
          .as(launcher.toString())
          .doesNotContain("-Xm", "TieredStopAtLevel", "CompileCommand", "-XX:+Use", "-Xss");
    }
    String cmd = Files.readString(Path.of("src/dist/bin/gkml.cmd"), StandardCharsets.UTF_8);
    assertThat(cmd)
        .contains("\"@%GKML_LIB%\\gkml.jvmopts\"")
        .contains("-jar \"%GKML_LIB%\\gkml.jar\"");
    assertThat(cmd.replaceAll("(?m)^rem .*$", ""))
        .doesNotContain("-Xm", "TieredStopAtLevel", "-Xss");
  }

  private static String flag(Result r, String name) {
    return r.out()
        .lines()
        .filter(l -> l.matches("\\s*\\w+ " + name + "\\s.*"))
        .map(l -> l.replaceAll(".*=\\s*(\\S+).*", "$1"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + r.out() + r.err()));
  }

  private Result gkml(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", checkout.resolve("gkml").toString()));
    command.addAll(List.of(args));
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(checkout.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().put("PATH", javaBin() + ":" + System.getenv("PATH"));
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("gkml ends").isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin").toString();
  }
}
