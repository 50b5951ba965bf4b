package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11, class 1: a command that writes an output must never exit 0 with a domain missing. A
 * basic catalogue is a dependency of every region, so an error in one (or a file that did not load
 * at all, even with its findings turned off) stops merge, export and build with exit 1 or 2.
 */
class SilentDataLossTest {
  private static final Path SHIPPED = Path.of("catalogs");
  private static final String COUNTY = "511703";
  private static final String VILLAGE = "511703102201";
  private static final Pattern YAML_DOMAIN = Pattern.compile("(?m)^domain: (.+)$");
  private static final Pattern HTML_DOMAIN = Pattern.compile("<h2 id=\"_h_d-([^\"]+)\"");

  @TempDir Path tmp;

  /** How a line of a basic catalogue is broken. */
  enum Mutation {
    MISSPELT_KEY,
    BAD_ENUM,
    WRONG_TYPE,
    DELETED_LINE,
    TAB_INDENT,
    DUPLICATED_LINE
  }

  /** The commands that write what the basic catalogues hold. */
  enum Output {
    MERGE_COUNTY,
    MERGE_VILLAGE_JSON,
    HTML_BASIC,
    HTML_REGION,
    XLSX_BASIC,
    XLSX_REGION
  }

  record Mutant(int file, int line, Mutation mutation, boolean rulesOff) {}

  @Provide
  Arbitrary<Mutant> mutants() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 7),
            Arbitraries.integers().between(0, 200),
            Arbitraries.of(Mutation.class),
            Arbitraries.of(false, false, true))
        .as(Mutant::new);
  }

  @Property(tries = 16)
  void anExitZeroOutputHoldsEveryDomainOfTheBasicCatalogues(
      @ForAll("mutants") Mutant mutant, @ForAll Output output) throws IOException {
    Path root = Files.createTempDirectory("gkml-mutant");
    try {
      TestCatalogs.copy(SHIPPED, root);
      Set<String> domains = basicDomains(root);
      mutate(root, mutant);
      // named as its format: an export completes a name without extension (-out.xlsx)
      Path out = root.resolveSibling(root.getFileName() + "-out" + extension(output));
      CliRun run = CliRun.of(command(output, root, out));
      assertThat(run.code()).as(run.err()).isIn(0, 1, 2);
      assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
      if (run.code() == 0) {
        assertThat(domainsIn(output, run, out)).as(mutant + " " + output).containsAll(domains);
      } else {
        assertThat(run.err()).isNotBlank();
        assertThat(out).doesNotExist();
      }
      Files.deleteIfExists(out);
    } finally {
      deleteTree(root);
    }
  }

  @Test
  void aBadEnumValueInABasicCatalogueStopsEveryOutputCommand() throws IOException {
    Path root = tmp.resolve("tree");
    TestCatalogs.copy(SHIPPED, root);
    replaceFirst(root.resolve("basic/employment.yaml"), "mode: 主动", "mode: 主动的");
    for (Output o : Output.values()) {
      Path out = tmp.resolve("out-" + o);
      CliRun run = CliRun.of(command(o, root, out));
      assertThat(run.code()).as(o + ": " + run.err()).isEqualTo(1);
      assertThat(run.err()).contains("employment.yaml").contains("GK001");
      assertThat(out).doesNotExist();
    }
    CliRun build = CliRun.of("build", "--root", root.toString(), "-o", tmp.resolve("b").toString());
    assertThat(build.code()).isEqualTo(1);
    assertThat(tmp.resolve("b")).doesNotExist();
  }

  @Test
  void aBasicCatalogueThatDidNotLoadStopsTheOutputEvenWithItsRuleTurnedOff() throws IOException {
    Path root = tmp.resolve("tree");
    TestCatalogs.copy(SHIPPED, root);
    replaceFirst(root.resolve("basic/employment.yaml"), "mode: 主动", "mode: 主动的");
    Files.writeString(
        root.resolve("gkml.yaml"),
        Files.readString(root.resolve("gkml.yaml")) + "rules:\n  GK001: off\n");
    for (Output o : Output.values()) {
      Path out = tmp.resolve("out-" + o);
      CliRun run = CliRun.of(command(o, root, out));
      assertThat(run.code()).as(o + ": " + run.err()).isEqualTo(1);
      assertThat(run.err()).contains("employment.yaml").doesNotContain("GK001");
      assertThat(out).doesNotExist();
    }
    CliRun build = CliRun.of("build", "--root", root.toString(), "-o", tmp.resolve("b").toString());
    assertThat(build.code()).as(build.err()).isEqualTo(1);
    assertThat(build.err()).contains("employment.yaml");
  }

  @Test
  void aBasicCatalogueThatDidNotLoadStopsTheOutputWithItsRuleLoweredToAWarning()
      throws IOException {
    Path root = tmp.resolve("tree");
    TestCatalogs.copy(SHIPPED, root);
    replaceFirst(root.resolve("basic/employment.yaml"), "mode: 主动", "mode: 主动的");
    Files.writeString(
        root.resolve("gkml.yaml"),
        Files.readString(root.resolve("gkml.yaml")) + "rules:\n  GK001: warning\n");
    for (Output o : List.of(Output.MERGE_COUNTY, Output.XLSX_BASIC, Output.HTML_REGION)) {
      Path out = tmp.resolve("out-" + o);
      CliRun run = CliRun.of(command(o, root, out));
      assertThat(run.code()).as(o + ": " + run.err()).isEqualTo(1);
      assertThat(run.err()).contains("warning GK001").contains("did not load");
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void anErrorInTheConfigStopsTheBasicExports() throws IOException {
    Path root = tmp.resolve("tree");
    TestCatalogs.copy(SHIPPED, root);
    // an unknown key: the config still names every channel the catalogues use
    Files.writeString(
        root.resolve("gkml.yaml"), Files.readString(root.resolve("gkml.yaml")) + "colour: red\n");
    for (Output o : List.of(Output.HTML_BASIC, Output.XLSX_BASIC)) {
      CliRun run = CliRun.of(command(o, root, tmp.resolve("out")));
      assertThat(run.code()).as(run.err()).isEqualTo(1);
      assertThat(run.err()).contains("gkml.yaml").contains("GK001");
    }
  }

  @Test
  void aBrokenCatalogueOfAnotherDomainDoesNotStopAMergeOfOneDomain() throws IOException {
    Path root = tmp.resolve("tree");
    TestCatalogs.copy(SHIPPED, root);
    replaceFirst(root.resolve("basic/employment.yaml"), "mode: 主动", "mode: 主动的");
    CliRun other =
        CliRun.of("merge", "--root", root.toString(), "--region", COUNTY, "--domain", "安全生产");
    assertThat(other.code()).as(other.err()).isZero();
    CliRun same =
        CliRun.of("merge", "--root", root.toString(), "--region", COUNTY, "--domain", "就业");
    assertThat(same.code()).isEqualTo(1);
    assertThat(same.err()).contains("GK001");
  }

  // ---------------------------------------------------------------- helpers

  private static String extension(Output o) {
    return switch (o) {
      case MERGE_COUNTY -> ".yaml";
      case MERGE_VILLAGE_JSON -> ".json";
      case HTML_BASIC, HTML_REGION -> ".html";
      case XLSX_BASIC, XLSX_REGION -> ".xlsx";
    };
  }

  private static String[] command(Output o, Path root, Path out) {
    String r = root.toString();
    String f = out.toString();
    return switch (o) {
      case MERGE_COUNTY -> new String[] {"merge", "--root", r, "--region", COUNTY, "-o", f};
      case MERGE_VILLAGE_JSON ->
          new String[] {"merge", "--root", r, "--region", VILLAGE, "--format", "json", "-o", f};
      case HTML_BASIC -> new String[] {"export", "html", "--root", r, "-o", f};
      case HTML_REGION -> new String[] {"export", "html", "--root", r, "--region", COUNTY, "-o", f};
      case XLSX_BASIC -> new String[] {"export", "xlsx", "--root", r, "-q", "-o", f};
      case XLSX_REGION ->
          new String[] {"export", "xlsx", "--root", r, "--region", VILLAGE, "-q", "-o", f};
    };
  }

  private static Set<String> domainsIn(Output o, CliRun run, Path out) throws IOException {
    Set<String> found = new LinkedHashSet<>();
    switch (o) {
      case MERGE_COUNTY -> collect(YAML_DOMAIN, Files.readString(out), found);
      case MERGE_VILLAGE_JSON ->
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(out.toFile())
              .forEach(d -> found.add(d.get("domain").asText()));
      case HTML_BASIC, HTML_REGION -> collect(HTML_DOMAIN, Files.readString(out), found);
      case XLSX_BASIC, XLSX_REGION -> {
        try (InputStream in = Files.newInputStream(out);
            XSSFWorkbook wb = new XSSFWorkbook(in)) {
          wb.forEach(sheet -> found.add(sheet.getSheetName()));
        }
      }
    }
    return found;
  }

  private static void collect(Pattern p, String text, Set<String> into) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      into.add(m.group(1).strip());
    }
  }

  private static Set<String> basicDomains(Path root) throws IOException {
    Set<String> domains = new LinkedHashSet<>();
    for (Path f : basicFiles(root)) {
      collect(YAML_DOMAIN, Files.readString(f), domains);
    }
    return domains;
  }

  private static List<Path> basicFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.list(root.resolve("basic"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /** Breaks one line of one basic catalogue; the {@code domain} value itself is never renamed. */
  private static void mutate(Path root, Mutant m) throws IOException {
    List<Path> files = basicFiles(root);
    Path file = files.get(m.file() % files.size());
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    List<Integer> keyed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("^\\s*(- )?[a-z0-9]+:.*")) {
        keyed.add(i);
      }
    }
    int at = keyed.get(m.line() % keyed.size());
    String line = lines.get(at);
    switch (m.mutation()) {
      case MISSPELT_KEY -> lines.set(at, line.replaceFirst("([a-z0-9]+):", "$1x:"));
      case BAD_ENUM ->
          lines.set(
              at,
              line.contains("mode:") || line.contains("audience:") || line.contains("tiers:")
                  ? line.replace("主动", "主动的").replace("全社会", "全体").replace("县级", "区级")
                  : line.replaceFirst("([a-z0-9]+):.*", "$1: {bad: 1}"));
      case WRONG_TYPE -> lines.set(at, line.replaceFirst("([a-z0-9]+):.*", "$1: [1, [2]]"));
      case DELETED_LINE -> lines.remove(at);
      case TAB_INDENT -> lines.set(at, "\t" + line);
      case DUPLICATED_LINE -> lines.add(at, line);
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    if (m.rulesOff()) {
      Path config = root.resolve("gkml.yaml");
      Files.writeString(
          config,
          Files.readString(config) + "rules: {GK001: off, GK002: off, GK004: off, GK303: off}\n");
    }
  }

  private static void replaceFirst(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replaceFirst(Pattern.quote(from), to));
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
