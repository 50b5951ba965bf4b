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
 * The {@code ./gkml} launcher in a copy of the checkout (the script, the built jar, and the
 * catalogues or not): its first run trains the class-data archive, and later runs map the Excel
 * classes from it rather than loading them from the jar.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LauncherIT {
  private static final Path JAR = Path.of("target/gkml.jar");

  @TempDir Path tmp;
  Path checkout;

  record Result(int code, String out, String err) {}

  @BeforeEach
  void copyTheLauncher() throws IOException {
    assumeTrue(Files.isRegularFile(JAR), "target/gkml.jar is built by mvn package");
    checkout = tmp.resolve("checkout");
    Files.createDirectories(checkout.resolve("target"));
    Files.copy(Path.of("gkml"), checkout.resolve("gkml"));
    Files.copy(JAR, checkout.resolve("target/gkml.jar"));
  }

  @Test
  void theTrainedArchiveHoldsTheExcelClasses() throws Exception {
    Files.createSymbolicLink(checkout.resolve("catalogs"), Path.of("catalogs").toAbsolutePath());
    Path xlsx = tmp.resolve("dc.xlsx");
    Result first = gkml(Map.of(), "export", "xlsx", "--region", "511703", "-o", xlsx.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(checkout.resolve("target/gkml.jsa")).isNotEmptyFile();

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
  void withoutCataloguesTheLauncherStillTrainsAndRuns() throws Exception {
    Result r = gkml(Map.of(), "--version");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("gkml ");
    assertThat(checkout.resolve("target/gkml.jsa")).isNotEmptyFile();
    Result off = gkml(Map.of("GKML_CDS", "off"), "--version");
    assertThat(off.code()).isZero();
  }

  @Test
  void aSmallHeapInTheUsersOptionsReplacesTheLaunchersSizes() throws Exception {
    // alone, -Xmx512m is below the launcher's -Xms1g: the JVM would refuse to start
    Result r = gkml(Map.of("GKML_JAVA_OPTS", "-Xmx512m"), "--version");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("gkml ");
  }

  @Test
  void onlyAWholeLargeTreeIsValidatedWithC2ForTheParser() throws Exception {
    // 500 township folders: the launcher's mark of a tree large enough for C2 to pay off
    Path big = tmp.resolve("big");
    Files.createDirectories(big.resolve("basic"));
    for (int county = 0; county < 25; county++) {
      for (int township = 0; township < 20; township++) {
        String code = String.format("%06d", 330100 + county);
        Files.createDirectories(
            big.resolve("regions")
                .resolve(code + "-县")
                .resolve(code + String.format("%03d", township + 1) + "-镇"));
      }
    }
    Path small = Files.createDirectories(tmp.resolve("small/basic"));
    Path overlay = big.resolve("regions/330100-县/330100.yaml");
    Files.writeString(overlay, "gkml: 1\n");

    assertThat(compilerLevel("validate", "--root", big.toString())).isEqualTo("4");
    assertThat(compilerLevel("--lang", "en", "validate", "--root=" + big, "--format", "json"))
        .isEqualTo("4");
    assertThat(compilerLevel("validate", big.toString())).isEqualTo("4");
    // one file, a small tree, another command: C1 alone starts faster
    assertThat(compilerLevel("validate", "--root", big.toString(), overlay.toString()))
        .isEqualTo("1");
    assertThat(compilerLevel("validate", "--root", small.getParent().toString())).isEqualTo("1");
    assertThat(compilerLevel("explain", "--root", big.toString(), "--help")).isEqualTo("1");
  }

  @Test
  void theMethodsTheLauncherGivesToC2Exist() throws Exception {
    // a renamed method would silently lose its compiler: every one named must be there
    String script = Files.readString(Path.of("gkml"), StandardCharsets.UTF_8);
    java.util.regex.Matcher named =
        java.util.regex.Pattern.compile("'((?:org\\.gkml|java\\.lang)[\\w.]*)::(\\w+)'")
            .matcher(script);
    int checked = 0;
    while (named.find()) {
      String method = named.group(2);
      Class<?> type = Class.forName(named.group(1));
      assertThat(type.getDeclaredMethods())
          .as(named.group())
          .anyMatch(m -> m.getName().equals(method));
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(6);
  }

  /** The highest compilation tier of the JVM the launcher starts for {@code args}. */
  private String compilerLevel(String... args) throws Exception {
    Result r = gkml(Map.of("GKML_JAVA_OPTS", "-XX:+PrintFlagsFinal"), args);
    return r.out()
        .lines()
        .filter(l -> l.matches("\\s*intx TieredStopAtLevel\\s.*"))
        .map(l -> l.replaceAll(".*=\\s*(\\d+).*", "$1"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no TieredStopAtLevel in " + r.out()));
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
