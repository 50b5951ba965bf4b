package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.TestCatalogs;
import org.gkml.model.TableVocabulary;
import org.gkml.model.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * {@code gkml import FILE --region CODE} (issue 14, CLI.md 1.1): a region's exported workbook,
 * edited or not, comes back as the smallest overlays, checked like any overlay, findings at the
 * cell a person edited.
 */
class RegionImportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  // ------------------------------------------------------------------ round trips

  /** {@code gkml import FILE --root ROOT --region CODE --lang en}, the overlays on stdout. */
  private static CliRun importRegion(Path file, Path root, String code) {
    return CliRun.of(
        "import", file.toString(), "--root", root.toString(), "--region", code, "--lang", "en");
  }

  @Test
  void everyRegionOfTheSamplesRoundTripsToTheSameEffectiveCatalogue() throws Exception {
    Path root = copy(Path.of("catalogs"));
    roundTripEveryRegion(
        root, List.of("511703", "511703001", "511703102", "511703001201", "511703102201"));
  }

  @Test
  void everyRegionOfAGeneratedTreeRoundTripsToTheSameEffectiveCatalogue() throws Exception {
    Path root = copy(resource("import/region/generated"));
    roundTripEveryRegion(
        root,
        List.of(
            "330101",
            "330101001",
            "330101002",
            "330101001201",
            "330101001202",
            "330101002201",
            "330101002202"));
  }

  /**
   * Exports each region's workbook, imports it back into the tree unedited and compares the
   * effective catalogues at the region's tier and below, before and after (provenance aside; basis
   * is a set, FORMAT.md §5). County first, so each region's parent has been round-tripped too.
   */
  private void roundTripEveryRegion(Path root, List<String> regions) throws Exception {
    for (String code : regions) {
      Map<String, JsonNode> before = effective(root, code);
      Path xlsx = tmp.resolve(code + ".xlsx");
      CliRun export =
          CliRun.of(
              "export", "xlsx", "--root", root.toString(), "--region", code, "-o", xlsx.toString());
      assertThat(export.code()).as(export.err()).isZero();
      CliRun imported =
          CliRun.of(
              "import",
              xlsx.toString(),
              "--root",
              root.toString(),
              "--region",
              code,
              "--into-tree",
              "--lang",
              "en");
      assertThat(imported.code()).as(code + "\n" + imported.err()).isZero();
      assertThat(imported.err()).doesNotContain(": warning", ": error");
      assertThat(effective(root, code)).as(code).isEqualTo(before);
    }
    CliRun validate = CliRun.of("validate", "--root", root.toString());
    assertThat(validate.code()).as(validate.out()).isZero();
  }

  /** The region's effective catalogues, one JSON document per tier at or below its own. */
  private static Map<String, JsonNode> effective(Path root, String code) throws IOException {
    Map<String, JsonNode> all = new TreeMap<>();
    Tier own = Tier.ofCodeLength(code.length()).orElseThrow();
    for (Tier t : Tier.values()) {
      if (!t.atOrBelow(own)) {
        continue;
      }
      CliRun merge =
          CliRun.of(
              "merge",
              "--root",
              root.toString(),
              "--region",
              code,
              "--tier",
              t.word(),
              "--format",
              "json");
      assertThat(merge.code()).as(merge.err()).isZero();
      JsonNode docs = JSON.readTree(merge.out());
      for (JsonNode doc : docs) {
        for (JsonNode item : doc.get("items")) {
          ((ObjectNode) item).remove("provenance");
          List<String> basis = new ArrayList<>();
          item.get("basis").forEach(b -> basis.add(b.asText()));
          basis.sort(null);
          ArrayNode sorted = ((ObjectNode) item).putArray("basis");
          basis.forEach(sorted::add);
        }
      }
      all.put(t.word(), docs);
    }
    return all;
  }

  // ------------------------------------------------------------------ edits

  @Test
  void editsInTheWorkbookGiveExactlyTheExpectedOverlayEntries() throws Exception {
    Path root = copy(Path.of("catalogs"));
    Path xlsx = export(root, "511703");
    String ticked;
    try (Book book = Book.open(xlsx)) {
      Sheet safety = book.sheetOf("AQSC-001");
      int r = book.rowOf(safety, "AQSC-001");
      book.set(safety, r, TableVocabulary.OWNER, "达川区应急管理局");
      Cell channels = book.cell(safety, r, TableVocabulary.CHANNELS);
      String boxes = channels.getStringCellValue();
      int box = boxes.indexOf(TableVocabulary.UNCHECKED);
      ticked = boxes.substring(box + 1).split("[\\s□■]")[0];
      channels.setCellValue(
          boxes.substring(0, box) + TableVocabulary.CHECKED + boxes.substring(box + 1));
      // a local item: a new row below the others, without an id
      int local = book.lastRow(safety) + 1;
      book.copyRow(safety, r, local);
      book.set(safety, local, TableVocabulary.LEVEL2, "安全生产约谈");
      book.set(safety, local, TableVocabulary.CONTENT, "约谈对象、约谈事由和整改要求");
      book.set(safety, local, TableVocabulary.ID_HEADER, "");
      // an inherited optional item removed, with the reason
      Sheet household = book.sheetOf("HJGL-002");
      int reasonColumn = book.addRemovalColumn(household);
      book.row(household, book.rowOf(household, "HJGL-002"))
          .createCell(reasonColumn)
          .setCellValue("本区户籍业务由市公安局统一办理");
      book.save();
    }
    CliRun run = importRegion(xlsx, root, "511703");
    assertThat(run.code()).as(run.err()).isZero();
    Map<String, Map<String, Object>> overlays = overlays(run.out());
    assertThat(overlays).containsOnlyKeys("安全生产", "户籍管理", "农村危房改造");

    Map<String, Object> safety = overlays.get("安全生产");
    assertThat(safety).containsEntry("base", "2025.1");
    List<Map<String, Object>> modify = list(safety.get("modify"));
    assertThat(modify.get(0))
        .isEqualTo(
            Map.of(
                "id", "AQSC-001", "owner", "达川区应急管理局", "channels", Map.of("add", List.of(ticked))));
    assertThat(modify)
        .extracting(m -> m.get("id"))
        .containsExactly("AQSC-001", "AQSC-005", "AQSC-006");
    List<Map<String, Object>> add = list(safety.get("add"));
    assertThat(add)
        .extracting(m -> m.get("id"))
        .containsExactly("511703-AQSC-001", "511703-AQSC-002", "511703-AQSC-003");
    assertThat(add.get(2))
        .containsEntry("level2", "安全生产约谈")
        .containsEntry("content", "约谈对象、约谈事由和整改要求");
    assertThat(list(safety.get("remove"))).extracting(m -> m.get("id")).containsExactly("AQSC-003");

    Map<String, Object> household = overlays.get("户籍管理");
    assertThat(household).doesNotContainKeys("add", "modify");
    assertThat(household.get("remove"))
        .isEqualTo(List.of(Map.of("id", "HJGL-002", "reason", "本区户籍业务由市公安局统一办理")));

    // written into the tree, the result passes validate and shows the edits
    CliRun into =
        CliRun.of(
            "import",
            xlsx.toString(),
            "--root",
            root.toString(),
            "--region",
            "511703",
            "--into-tree");
    assertThat(into.code()).as(into.err()).isZero();
    Path written = root.resolve("regions/511703-达川区/household-registration.yaml");
    assertThat(Files.readString(written))
        .startsWith("# yaml-language-server: $schema=../../../schemas/overlay.schema.json\n");
    CliRun validate = CliRun.of("validate", "--root", root.toString());
    assertThat(validate.code()).as(validate.out()).isZero();
    CliRun merge = CliRun.of("merge", "--root", root.toString(), "--region", "511703");
    assertThat(merge.out()).contains("511703-AQSC-003").doesNotContain("id: HJGL-002\n");
  }

  @Test
  void weakeningEditsAreFindingsAtTheirCellsAndNothingIsWritten() throws Exception {
    Path root = copy(Path.of("catalogs"));
    Path xlsx = export(root, "511703");
    String modeCell;
    String deadlineCell;
    try (Book book = Book.open(xlsx)) {
      Sheet safety = book.sheetOf("AQSC-001");
      int r = book.rowOf(safety, "AQSC-001");
      book.set(safety, r, TableVocabulary.MODE_PROACTIVE, "");
      modeCell = book.set(safety, r, TableVocabulary.MODE_ON_REQUEST, TableVocabulary.TICK);
      int r5 = book.rowOf(safety, "AQSC-005");
      deadlineCell = book.set(safety, r5, TableVocabulary.DEADLINE, "信息形成或变更之日起30个工作日内");
      book.save();
    }
    Map<String, String> tree = snapshot(root);
    Path out = tmp.resolve("out");
    for (String[] target :
        List.of(new String[] {"--into-tree"}, new String[] {"-o", out.toString()}, new String[0])) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "import",
                  xlsx.toString(),
                  "--root",
                  root.toString(),
                  "--region",
                  "511703",
                  "--lang",
                  "en"));
      args.addAll(List.of(target));
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.code()).as(run.err()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .contains(xlsx + ":安全生产!" + modeCell + ": error GK208")
          .contains(xlsx + ":安全生产!" + deadlineCell + ": error GK207")
          .contains("nothing written");
      assertThat(snapshot(root)).isEqualTo(tree);
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void aMisspeltChannelInACellIsOneFindingNotAlsoARemovedChannel() throws Exception {
    Path root = copy(Path.of("catalogs"));
    Path xlsx = export(root, "511703");
    String channelCell;
    try (Book book = Book.open(xlsx)) {
      Sheet safety = book.sheetOf("AQSC-001");
      int r = book.rowOf(safety, "AQSC-001");
      Cell channels = book.cell(safety, r, TableVocabulary.CHANNELS);
      String boxes = channels.getStringCellValue();
      assertThat(boxes).contains(TableVocabulary.CHECKED + "政府网站");
      channels.setCellValue(
          boxes.replace(TableVocabulary.CHECKED + "政府网站", TableVocabulary.CHECKED + "政府网占"));
      channelCell = new CellReference(r, channels.getColumnIndex()).formatAsString(false);
      book.save();
    }
    CliRun run = importRegion(xlsx, root, "511703");
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    List<String> atCell =
        run.err().lines().filter(l -> l.contains("安全生产!" + channelCell + ":")).toList();
    assertThat(atCell).as(run.err()).singleElement().asString().contains("政府网站");
    assertThat(run.err()).doesNotContain("GK205");
  }

  @Test
  void aChannelTheTreeDoesNotDeclareStopsTheImportAtItsCell() throws Exception {
    // a real domain channel the tree's gkml.yaml does not declare: the overlay would fail
    // validate (GK103), so nothing is written, and the cell is named once
    Path root = copy(Path.of("catalogs"));
    Path xlsx = export(root, "511703");
    String channelCell;
    try (Book book = Book.open(xlsx)) {
      Sheet safety = book.sheetOf("AQSC-001");
      int r = book.rowOf(safety, "AQSC-001");
      Cell channels = book.cell(safety, r, TableVocabulary.CHANNELS);
      channels.setCellValue(
          channels.getStringCellValue() + " " + TableVocabulary.CHECKED + "其他法律服务网");
      channelCell = new CellReference(r, channels.getColumnIndex()).formatAsString(false);
      book.save();
    }
    Map<String, String> tree = snapshot(root);
    CliRun run = importRegion(xlsx, root, "511703");
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    List<String> atCell =
        run.err().lines().filter(l -> l.contains("安全生产!" + channelCell + ":")).toList();
    assertThat(atCell).as(run.err()).isNotEmpty().allMatch(l -> l.contains("其他法律服务网"));
    assertThat(run.err()).contains("GK103").contains("gkml.yaml");
    assertThat(snapshot(root)).isEqualTo(tree);
  }

  @Test
  void aLocalItemPublishedAboveTheRegionIsAFindingAtItsTierCell() throws Exception {
    Path root = copy(Path.of("catalogs"));
    String township = "511703102";
    Path xlsx = export(root, township);
    String tierCell;
    try (Book book = Book.open(xlsx)) {
      // a row like the county's own item 511703-AQSC-002, which it publishes at 县级 and 乡级
      Sheet safety = book.sheetOf("511703-AQSC-002");
      int local = book.lastRow(safety) + 1;
      book.copyRow(safety, book.rowOf(safety, "511703-AQSC-002"), local);
      book.set(safety, local, TableVocabulary.LEVEL2, "乡镇安全生产检查");
      book.set(safety, local, TableVocabulary.ID_HEADER, "");
      tierCell = book.set(safety, local, Tier.COUNTY.word(), TableVocabulary.TICK);
      book.save();
    }
    CliRun run =
        CliRun.of(
            "import",
            xlsx.toString(),
            "--root",
            root.toString(),
            "--region",
            township,
            "--lang",
            "en");
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains(xlsx + ":安全生产!" + tierCell + ": error GK214");
  }

  @Test
  void aVillageItemTicked乡级IsReportedAtThe乡级Cell() throws Exception {
    Path root = copy(Path.of("catalogs"));
    String village = "511703102201";
    Path xlsx = export(root, village);
    String tierCell;
    try (Book book = Book.open(xlsx)) {
      Sheet housing = book.sheetOf("WFGZ-001");
      int local = book.lastRow(housing) + 1;
      book.copyRow(housing, book.rowOf(housing, "WFGZ-001"), local);
      book.set(housing, local, TableVocabulary.LEVEL2, "村危房排查");
      book.set(housing, local, TableVocabulary.ID_HEADER, "");
      book.set(housing, local, Tier.COUNTY.word(), "");
      book.set(housing, local, Tier.VILLAGE.word(), "");
      tierCell = book.set(housing, local, Tier.TOWNSHIP.word(), TableVocabulary.TICK);
      book.save();
    }
    CliRun run = importRegion(xlsx, root, village);
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains(xlsx + ":农村危房改造!" + tierCell + ": error GK214");
  }

  @Test
  void anEdited编号IsAnErrorAtThatCellNotADeletedRow() throws Exception {
    Path root = copy(Path.of("catalogs"));
    Path xlsx = export(root, "511703");
    String idCell;
    try (Book book = Book.open(xlsx)) {
      Sheet safety = book.sheetOf("AQSC-002");
      idCell =
          book.set(safety, book.rowOf(safety, "AQSC-002"), TableVocabulary.ID_HEADER, "AQSC-092");
      book.save();
    }
    CliRun run = importRegion(xlsx, root, "511703");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            xlsx + ":安全生产!" + idCell + ": error: this row has the name of inherited item AQSC-002")
        .doesNotContain("the row of inherited item AQSC-002");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aClearedTierTickIsReportedAtThatTiersCell() throws Exception {
    Path root = copy(Path.of("catalogs"));
    String township = "511703102";
    Path xlsx = export(root, township);
    String cleared;
    try (Book book = Book.open(xlsx)) {
      Sheet housing = book.sheetOf("WFGZ-004");
      cleared = book.set(housing, book.rowOf(housing, "WFGZ-004"), Tier.VILLAGE.word(), "");
      book.save();
    }
    CliRun run = importRegion(xlsx, root, township);
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains(xlsx + ":农村危房改造!" + cleared + ": error GK204");
  }

  @Test
  void aRowDeletedWithoutAReasonIsAnErrorNamingTheItem() throws Exception {
    Path root = copy(Path.of("catalogs"));
    Path xlsx = export(root, "511703");
    try (Book book = Book.open(xlsx)) {
      Sheet safety = book.sheetOf("AQSC-002");
      safety.removeRow(book.row(safety, book.rowOf(safety, "AQSC-002")));
      book.save();
    }
    CliRun run = importRegion(xlsx, root, "511703");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .contains(xlsx + ":安全生产: error: the row of inherited item AQSC-002")
        .contains("删除理由")
        // no cell is named above: the closing line does not point at cells
        .contains("nothing written: correct the table as said above")
        .doesNotContain("at the cells named above");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aTableEqualToTheInheritedCatalogueRemovesTheStaleOverlayFromTheTree() throws Exception {
    Path root = copy(Path.of("catalogs"));
    String village = "511703001201";
    Path xlsx = export(root, village);
    try (Book book = Book.open(xlsx)) {
      Sheet employment = book.sheetOf("JYCY-001");
      Cell channels =
          book.cell(employment, book.rowOf(employment, "JYCY-001"), TableVocabulary.CHANNELS);
      channels.setCellValue(
          channels
              .getStringCellValue()
              .replace(
                  TableVocabulary.CHECKED + "社区/企事业单位/村公示栏(电子屏)",
                  TableVocabulary.UNCHECKED + "社区/企事业单位/村公示栏(电子屏)"));
      employment.removeRow(book.row(employment, book.rowOf(employment, village + "-JYCY-001")));
      book.save();
    }
    Path overlay =
        root.resolve("regions/511703-达川区/511703001-三里坪街道/511703001201-凤凰村/employment.yaml");
    assertThat(overlay).exists();
    CliRun run =
        CliRun.of(
            "import",
            xlsx.toString(),
            "--root",
            root.toString(),
            "--region",
            village,
            "--into-tree",
            "--lang",
            "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("removed " + overlay);
    assertThat(overlay).doesNotExist();
    CliRun validate = CliRun.of("validate", "--root", root.toString());
    assertThat(validate.code()).as(validate.out()).isZero();
  }

  @Test
  void aWorkbookSavedByLibreOfficeImports() throws Exception {
    Path root = copy(Path.of("catalogs"));
    Path xlsx = resource("import/region/libreoffice-511703.xlsx");
    CliRun run = importRegion(xlsx, root, "511703");
    assertThat(run.code()).as(run.err()).isZero();
    List<Map<String, Object>> modify = list(overlays(run.out()).get("安全生产").get("modify"));
    assertThat(modify.get(0))
        .isEqualTo(
            Map.of(
                "id", "AQSC-001", "owner", "达川区应急管理局", "channels", Map.of("add", List.of("政府公报"))));
  }

  @Test
  void aWorkbookFromAnOlderBasicVersionIsImportedAgainstTheCurrentOneWithAWarning()
      throws Exception {
    Path root = copy(Path.of("catalogs"));
    Path xlsx = export(root, "511703");
    Path basic = root.resolve("basic/safety-production.yaml");
    Files.writeString(
        basic, Files.readString(basic).replaceFirst("version: \"2025.1\"", "version: \"2025.2\""));
    // the basic catalogue changed since the export: refused unless the table is to win
    CliRun refused = importRegion(xlsx, root, "511703");
    assertThat(refused.code()).as(refused.err()).isEqualTo(1);
    assertThat(refused.err()).contains("changed for these domains: 安全生产");
    CliRun run =
        CliRun.of(
            "import",
            xlsx.toString(),
            "--root",
            root.toString(),
            "--region",
            "511703",
            "--accept-changed-tree",
            "--lang",
            "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err())
        .contains(xlsx + ":安全生产: warning: the workbook was exported from version 2025.1");
    assertThat(overlays(run.out()).get("安全生产")).containsEntry("base", "2025.2");
  }

  @Test
  void aRemovalReasonWithoutRegionKeepsTheItemWithAWarning() throws Exception {
    Path root = copy(Path.of("catalogs"));
    Path xlsx = export(root, "511703");
    String reasonCell;
    try (Book book = Book.open(xlsx)) {
      Sheet household = book.sheetOf("HJGL-002");
      int c = book.addRemovalColumn(household);
      int r = book.rowOf(household, "HJGL-002");
      book.row(household, r).createCell(c).setCellValue("本区无此业务");
      reasonCell = new CellReference(r, c).formatAsString(false);
      book.save();
    }
    CliRun run = CliRun.of("import", xlsx.toString(), "--root", root.toString(), "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err())
        .contains(xlsx + ":户籍管理!" + reasonCell + ": warning: item HJGL-002 is marked removed");
    assertThat(run.out()).contains("id: HJGL-002\n").doesNotContain("本区无此业务");
  }

  @Test
  void intoTreeNeedsARegionAndExcludesOutput() {
    CliRun noRegion = CliRun.of("import", "x.xlsx", "--into-tree", "--lang", "en");
    assertThat(noRegion.code()).isEqualTo(2);
    assertThat(noRegion.err()).contains("--region CODE");
    CliRun both =
        CliRun.of(
            "import", "x.xlsx", "--region", "511703", "--into-tree", "-o", "d", "--lang", "en");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("not both");
  }

  // ------------------------------------------------------------------ helpers

  private Path export(Path root, String code) {
    Path xlsx = tmp.resolve(code + ".xlsx");
    CliRun export =
        CliRun.of(
            "export", "xlsx", "--root", root.toString(), "--region", code, "-o", xlsx.toString());
    assertThat(export.code()).as(export.err()).isZero();
    return xlsx;
  }

  /** The overlays of a YAML stream by domain. */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> overlays(String yaml) {
    Map<String, Map<String, Object>> byDomain = new TreeMap<>();
    for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
      Map<String, Object> m = (Map<String, Object>) doc;
      assertThat(m).containsEntry("kind", "overlay");
      byDomain.put((String) m.get("domain"), m);
    }
    return byDomain;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }

  private Path copy(Path tree) throws IOException {
    Path root = tmp.resolve("tree/catalogs");
    TestCatalogs.copy(tree, root);
    return root;
  }

  private static Map<String, String> snapshot(Path root) throws IOException {
    return TestCatalogs.everyFile(root);
  }

  private static Path resource(String name) {
    try {
      return Path.of(RegionImportTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An exported workbook being edited as a person would: cells found by header and by id. */
  private static final class Book implements AutoCloseable {
    private final Path file;
    private final XSSFWorkbook workbook;

    private Book(Path file, XSSFWorkbook workbook) {
      this.file = file;
      this.workbook = workbook;
    }

    static Book open(Path file) throws IOException {
      try (InputStream in = Files.newInputStream(file)) {
        return new Book(file, new XSSFWorkbook(in));
      }
    }

    /** The domain sheet whose 编号 column holds {@code id}. */
    Sheet sheetOf(String id) {
      for (Sheet s : workbook) {
        if (!workbook.isSheetHidden(workbook.getSheetIndex(s)) && rowOf(s, id) >= 0) {
          return s;
        }
      }
      throw new AssertionError("no sheet with " + id);
    }

    int rowOf(Sheet s, String id) {
      int c = column(s, TableVocabulary.ID_HEADER);
      for (Row row : s) {
        Cell cell = c < 0 ? null : row.getCell(c);
        if (cell != null && id.equals(cell.toString().strip())) {
          return row.getRowNum();
        }
      }
      return -1;
    }

    int lastRow(Sheet s) {
      return s.getLastRowNum();
    }

    Row row(Sheet s, int r) {
      Row row = s.getRow(r);
      return row != null ? row : s.createRow(r);
    }

    /** The column whose header is {@code header}, in the table's header rows; -1 without one. */
    int column(Sheet s, String header) {
      for (int r = 0; r <= Math.min(6, s.getLastRowNum()); r++) {
        Row row = s.getRow(r);
        if (row == null) {
          continue;
        }
        for (Cell cell : row) {
          if (cell.toString().replaceAll("\\s", "").equals(header)) {
            return cell.getColumnIndex();
          }
        }
      }
      return -1;
    }

    /**
     * The cell under {@code header} in row {@code r}, made anew with the old one's style: POI keeps
     * an exported inline string beside a value set on its cell, which no spreadsheet program does.
     */
    Cell cell(Sheet s, int r, String header) {
      int c = column(s, header);
      assertThat(c).as(header).isNotNegative();
      Row row = row(s, r);
      Cell old = row.getCell(c);
      if (old == null) {
        return row.createCell(c);
      }
      String text = old.toString();
      var style = old.getCellStyle();
      row.removeCell(old);
      Cell cell = row.createCell(c);
      cell.setCellStyle(style);
      if (!text.isEmpty()) {
        cell.setCellValue(text);
      }
      return cell;
    }

    /** Sets a cell (blank for ""), answering its reference as findings print it. */
    String set(Sheet s, int r, String header, String value) {
      Cell cell = cell(s, r, header);
      if (value.isEmpty()) {
        cell.setBlank();
      } else {
        cell.setCellValue(value);
      }
      return new CellReference(r, cell.getColumnIndex()).formatAsString(false);
    }

    void copyRow(Sheet s, int from, int to) {
      Row source = s.getRow(from);
      Row target = row(s, to);
      for (Cell c : source) {
        Cell copy = target.createCell(c.getColumnIndex());
        copy.setCellStyle(c.getCellStyle());
        if (!c.toString().isEmpty()) {
          copy.setCellValue(c.toString());
        }
      }
    }

    /**
     * The 删除理由 column: the one a region export has, or (a workbook without it, as other tools
     * write) one added after the 编号 column and headed like it.
     */
    int addRemovalColumn(Sheet s) {
      int existing = column(s, TableVocabulary.REMOVAL_REASON_HEADER);
      if (existing >= 0) {
        return existing;
      }
      int id = column(s, TableVocabulary.ID_HEADER);
      int c = id + 1;
      int headerRow = -1;
      for (int r = 0; r <= 6 && headerRow < 0; r++) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(id);
        if (cell != null && cell.toString().strip().equals(TableVocabulary.ID_HEADER)) {
          headerRow = r;
        }
      }
      row(s, headerRow).createCell(c).setCellValue(TableVocabulary.REMOVAL_REASON_HEADER);
      for (CellRangeAddress merged : new ArrayList<>(s.getMergedRegions())) {
        if (merged.getFirstColumn() == id && merged.getFirstRow() == headerRow) {
          s.addMergedRegion(new CellRangeAddress(merged.getFirstRow(), merged.getLastRow(), c, c));
        }
      }
      return c;
    }

    void save() throws IOException {
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }

    @Override
    public void close() throws IOException {
      workbook.close();
    }
  }
}
