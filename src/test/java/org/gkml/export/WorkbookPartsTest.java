package org.gkml.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.gkml.model.Catalog;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import org.gkml.resolve.Resolver;
import org.junit.jupiter.api.Test;

/**
 * The parts of exported files, byte for byte: workbooks that take rows from earlier ones (a build's
 * villages sharing their township's resolution) are the files a fresh exporter writes, and a faster
 * compression changes nothing but the file's size.
 */
class WorkbookPartsTest {
  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

  @Test
  void sharedRowsGiveTheSameFiles() throws Exception {
    Resolver resolver = new Resolver(HtmlFixtures.shippedTree());
    ExcelExporter shared = new ExcelExporter(ExcelOptions.defaults(), resolver.vocabulary());
    List<PublishedCatalog> workbooks = new ArrayList<>();
    workbooks.add(PublishedCatalog.basic(resolver.tree().basics(), null, "示例", DATE));
    for (RegionCode code : resolver.regions()) {
      workbooks.add(
          PublishedCatalog.region(code, null, resolver.effective(code, null), "示例", DATE));
    }
    // twice: the second round takes every sheet's rows from the first
    for (int round = 0; round < 2; round++) {
      for (PublishedCatalog p : workbooks) {
        ExcelExporter fresh = new ExcelExporter(ExcelOptions.defaults(), resolver.vocabulary());
        assertThat(parts(write(shared, p))).isEqualTo(parts(write(fresh, p)));
      }
    }
    long domainSheets = workbooks.stream().mapToLong(p -> p.domains().size()).sum();
    assertThat(shared.sharedSheets()).isGreaterThan(domainSheets);
  }

  @Test
  void rowsAreSharedOnlyWithTheSameMarksAndColumns() throws Exception {
    Catalog safety = ExcelExportTest.safety();
    Catalog countyOnly =
        new Catalog(
            "安全生产",
            null,
            null,
            null,
            null,
            safety.policy(),
            safety.items().stream().filter(i -> i.tiers().equals(Set.of(Tier.COUNTY))).toList(),
            safety.loc());
    ExcelExporter shared = ExcelExportTest.exporter(ExcelOptions.defaults());
    for (Catalog c : List.of(safety, countyOnly)) {
      for (PublishedCatalog p :
          List.of(
              new PublishedCatalog("达川区", "511703", null, List.of(c), Set.of(), null, DATE),
              new PublishedCatalog(
                  "达川区", "511703", null, List.of(c), Set.of("AQSC-003"), null, DATE),
              new PublishedCatalog("凤凰村", "511703001201", null, List.of(c), Set.of(), null, DATE),
              new PublishedCatalog(
                  "金花村", "511703102201", null, List.of(c), Set.of(), null, DATE))) {
        ExcelExporter fresh = ExcelExportTest.exporter(ExcelOptions.defaults());
        assertThat(parts(write(shared, p))).isEqualTo(parts(write(fresh, p)));
      }
    }
    // every item of the first names all three tiers, so its villages print the county's columns
    // and both reuse the county's rows; the second's villages print other columns than the county
    assertThat(shared.sharedSheets()).isEqualTo(3);
  }

  @Test
  void aSheetPartReusedAtAnotherPositionIsThePartWrittenAfresh() throws Exception {
    Catalog safety = ExcelExportTest.safety();
    Catalog empty =
        new Catalog("财政预决算", null, null, null, null, safety.policy(), List.of(), safety.loc());
    ExcelExporter shared = ExcelExportTest.exporter(ExcelOptions.defaults());
    List<PublishedCatalog> workbooks =
        List.of(
            new PublishedCatalog(
                "凤凰村", "511703001201", null, List.of(safety, empty), Set.of(), null, DATE),
            // the same catalogue objects on other sheets of the next village's workbook
            new PublishedCatalog(
                "金花村", "511703102201", null, List.of(empty, safety), Set.of(), null, DATE),
            // and in the basic workbook, which has no edit aids
            PublishedCatalog.basic(List.of(safety, empty), null, null, DATE));
    for (PublishedCatalog p : workbooks) {
      ExcelExporter fresh = ExcelExportTest.exporter(ExcelOptions.defaults());
      assertThat(parts(write(shared, p))).isEqualTo(parts(write(fresh, p)));
    }
    // the second village takes both sheets (columns, merges, drop-downs and rows) from the first
    assertThat(shared.sharedSheets()).isEqualTo(2);
  }

  @Test
  void fasterCompressionWritesTheSameParts() throws Exception {
    PublishedCatalog p =
        new PublishedCatalog(
            "达川区",
            "511703",
            null,
            List.of(ExcelExportTest.safety()),
            Set.of("AQSC-003"),
            null,
            DATE);
    byte[] small = write(ExcelExportTest.exporter(ExcelOptions.defaults()), p);
    byte[] fast =
        write(
            ExcelExportTest.exporter(
                ExcelOptions.defaults().withCompression(ExcelOptions.Compression.FAST)),
            p);
    assertThat(parts(fast)).isEqualTo(parts(small));
  }

  @Test
  void partsAreWrittenInPackageOrder() throws Exception {
    Resolver resolver = new Resolver(HtmlFixtures.shippedTree());
    ExcelExporter exporter = new ExcelExporter(ExcelOptions.defaults(), resolver.vocabulary());
    byte[] file =
        write(exporter, PublishedCatalog.basic(resolver.tree().basics(), null, "示例", DATE));
    List<String> names = new ArrayList<>(parts(file).keySet());
    assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
    assertThat(names).contains("xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml");
  }

  private static byte[] write(ExcelExporter exporter, PublishedCatalog p) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(p, out);
    return out.toByteArray();
  }

  /** The parts of a file in order, but for the creation time POI stamps on each. */
  private static Map<String, String> parts(byte[] file) throws Exception {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipFile zip = ZipFile.builder().setByteArray(file).get()) {
      for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) {
        try (InputStream in = zip.getInputStream(e)) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          parts.put(e.getName(), e.getName().equals("docProps/core.xml") ? "" : text);
        }
      }
    }
    return parts;
  }
}
