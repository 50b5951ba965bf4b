package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The machine-read formats obey their consumers: SARIF validates against the official SARIF 2.1.0
 * schema, JUnit XML parses with one test case per checked file, and every GitHub line is a workflow
 * command. Checked on the broken tree of the golden test and on a clean and a hostile tree.
 */
class ReportFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern GITHUB =
      Pattern.compile("^::(error|warning|notice) file=[^,]+,line=\\d+,col=\\d+,title=[^:]*::.+$");
  private static final String CLEAN = "src/test/resources/validate/valid/overlay-chain";
  private static final String UNREADABLE = "src/test/resources/validate/invalid/gbk-bytes";

  private static JsonSchema sarifSchema;

  @BeforeAll
  static void loadSarifSchema() throws Exception {
    try (InputStream in =
        ReportFormatTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      JsonNode schema = JSON.readTree(in);
      assertThat(schema.path("$schema").asText()).contains("draft-04");
      sarifSchema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
              .getSchema(
                  schema, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }
  }

  @Test
  void sarifValidatesAgainstTheSarif210Schema() throws Exception {
    for (String root : List.of(ValidateGoldenTest.BROKEN, CLEAN, UNREADABLE)) {
      CliRun run = CliRun.of("validate", "--root", root, "--format", "sarif", "--lang", "en");
      JsonNode log = JSON.readTree(run.out());

      Set<ValidationMessage> errors = sarifSchema.validate(log);

      assertThat(errors).as(root).isEmpty();
      assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    }
  }

  @Test
  void sarifResultsPointIntoTheRuleCatalogue() throws Exception {
    JsonNode run =
        JSON.readTree(
                CliRun.of("validate", "--root", ValidateGoldenTest.BROKEN, "--format", "sarif")
                    .out())
            .path("runs")
            .get(0);
    JsonNode rules = run.path("tool").path("driver").path("rules");

    assertThat(run.path("results")).hasSize(7);
    for (JsonNode result : run.path("results")) {
      JsonNode rule = rules.get(result.path("ruleIndex").asInt());
      assertThat(rule.path("id").asText()).isEqualTo(result.path("ruleId").asText());
      assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
      assertThat(rule.path("help").path("text").asText())
          .contains("docs/rules.md#" + rule.path("id").asText().toLowerCase());
    }
  }

  @Test
  void sarifUrisArePercentEncodedRelativeReferences() throws Exception {
    JsonNode results =
        JSON.readTree(
                CliRun.of("validate", "--root", ValidateGoldenTest.BROKEN, "--format", "sarif")
                    .out())
            .path("runs")
            .get(0)
            .path("results");

    List<String> uris = new ArrayList<>();
    results.forEach(
        r ->
            uris.add(
                r.path("locations")
                    .get(0)
                    .path("physicalLocation")
                    .path("artifactLocation")
                    .path("uri")
                    .asText()));

    assertThat(uris)
        .contains(
            "src/test/resources/cli/broken/regions/511703-%E8%BE%BE%E5%B7%9D%E5%8C%BA/"
                + "safety-production.yaml")
        .allSatisfy(u -> assertThat(u).matches("[\\x21-\\x7e]+").doesNotStartWith("/"));
  }

  @Test
  void junitParsesWithOneTestCasePerCheckedFile() throws Exception {
    for (String root : List.of(ValidateGoldenTest.BROKEN, CLEAN, UNREADABLE)) {
      CliRun text = CliRun.of("validate", "--root", root, "--lang", "en");
      long files = Long.parseLong(text.out().replaceAll("(?s).* in (\\d+) files?\\s*$", "$1"));

      Document xml = parseXml(CliRun.of("validate", "--root", root, "--format", "junit").out());
      NodeList cases = xml.getElementsByTagName("testcase");

      assertThat(cases.getLength()).as(root).isEqualTo(files);
      Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
      assertThat(suite.getAttribute("tests")).isEqualTo(Long.toString(files));
      int failures = xml.getElementsByTagName("failure").getLength();
      assertThat(suite.getAttribute("failures")).isEqualTo(Integer.toString(failures));
    }
  }

  @Test
  void junitFailsFilesWithErrorsOnly() throws Exception {
    Document xml =
        parseXml(
            CliRun.of("validate", "--root", ValidateGoldenTest.BROKEN, "--format", "junit").out());

    List<String> failing = new ArrayList<>();
    NodeList cases = xml.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      if (c.getElementsByTagName("failure").getLength() > 0) {
        failing.add(c.getAttribute("name").replaceAll(".*/broken/", ""));
      }
    }

    assertThat(failing)
        .containsExactly(
            "basic/safety-production.yaml",
            "regions/511703-达川区/511703001-三里坪街道/safety-production.yaml",
            "regions/511703-达川区/safety-production.yaml");
  }

  @Test
  void junitStrictFailsFilesWithWarnings() throws Exception {
    String warningsOnly = "src/test/resources/validate/invalid/deadline-unparsed";

    Document lenient =
        parseXml(CliRun.of("validate", "--root", warningsOnly, "--format", "junit").out());
    Document strict =
        parseXml(
            CliRun.of("validate", "--root", warningsOnly, "--format", "junit", "--strict").out());

    assertThat(lenient.getElementsByTagName("failure").getLength()).isZero();
    assertThat(lenient.getElementsByTagName("system-out").getLength()).isEqualTo(1);
    assertThat(strict.getElementsByTagName("failure").getLength()).isEqualTo(1);
  }

  @Test
  void githubLinesAreWorkflowCommands() {
    for (String root : List.of(ValidateGoldenTest.BROKEN, UNREADABLE)) {
      String out =
          CliRun.of("validate", "--root", root, "--format", "github", "--lang", "en").out();

      List<String> lines = out.lines().toList();
      assertThat(lines.subList(0, lines.size() - 1))
          .isNotEmpty()
          .allSatisfy(line -> assertThat(line).matches(GITHUB));
      assertThat(lines.get(lines.size() - 1))
          .matches("\\d+ errors?, \\d+ warnings? in \\d+ files?");
    }
    assertThat(CliRun.of("validate", "--root", CLEAN, "--format", "github", "--lang", "en").out())
        .matches("0 errors, 0 warnings in \\d+ files\n");
  }

  @Test
  void githubEscapesWhatWorkflowCommandsReserve(@TempDir Path root) throws Exception {
    Path basic = Files.createDirectories(root.resolve("basic"));
    Files.writeString(
        basic.resolve("a,b:c.yaml"),
        TestCatalogs.CATALOG.replace("[政府网站, 两微一端]", "[\"100%公开\\n渠道\"]"));

    String out = CliRun.of("validate", "--root", root.toString(), "--format", "github").out();

    assertThat(out.lines().toList()).first().asString().matches(GITHUB);
    assertThat(out).contains("a%2Cb%3Ac.yaml,line=15,col=16,");
    assertThat(out).contains("::unknown channel \"100%25公开%0A渠道\"");
  }

  @Test
  void sarifSchemaRejectsWhatIsNotSarif() throws Exception {
    JsonNode log =
        JSON.readTree(
            CliRun.of("validate", "--root", ValidateGoldenTest.BROKEN, "--format", "sarif").out());
    ((com.fasterxml.jackson.databind.node.ObjectNode) log).remove("version");
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            log.path("runs").get(0).path("results").get(0))
        .put("level", "fatal");

    assertThat(sarifSchema.validate(log)).hasSizeGreaterThanOrEqualTo(2);
  }

  private static Document parseXml(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}
