package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gkml.export.ExcelExporter;
import org.gkml.export.ExcelOptions;
import org.gkml.export.PublishedCatalog;
import org.gkml.i18n.Messages;
import org.gkml.load.DocumentKind;
import org.gkml.load.FileLoader;
import org.gkml.load.LoadedFile;
import org.gkml.load.TreeLoader;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Finding;
import org.gkml.model.RegionCode;
import org.gkml.model.Severity;
import org.gkml.model.Tier;
import org.gkml.resolve.Effective;
import org.gkml.resolve.Resolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export then import gives back the same catalogue, ids included. */
class RoundTripTest {
  private static final Messages EN = Messages.english();

  @TempDir Path dir;

  @Test
  void shippedCatalogues() throws Exception {
    CatalogTree tree = load(Path.of("catalogs"));
    roundTrip(tree, ExcelOptions.ChannelStyle.CHECKLIST);
  }

  @Test
  void shippedCataloguesWithChannelLists() throws Exception {
    roundTrip(load(Path.of("catalogs")), ExcelOptions.ChannelStyle.LIST);
  }

  @Test
  void shippedRegionsAtEveryTier() throws Exception {
    CatalogTree tree = load(Path.of("catalogs"));
    Resolver resolver = new Resolver(tree);
    for (String code :
        List.of("511703", "511703001", "511703102", "511703001201", "511703102201")) {
      RegionCode rc = new RegionCode(code);
      for (Tier tier : Tier.values()) {
        if (tier.atOrBelow(rc.tier())) {
          roundTripRegion(resolver, rc, tier);
        }
      }
    }
  }

  @Test
  void generatedSmallTree() throws Exception {
    // made by the shared tree generator and committed (see import/region/README.md): CI has no
    // generator beside the repository, and a test must not skip there
    Path root = Path.of("src", "test", "resources", "import", "region", "generated");
    CatalogTree tree = load(root);
    roundTrip(tree, ExcelOptions.ChannelStyle.CHECKLIST);
    Resolver resolver = new Resolver(tree);
    RegionCode county = resolver.regions().iterator().next();
    roundTripRegion(resolver, county, null);
  }

  private void roundTripRegion(Resolver resolver, RegionCode code, Tier tier) throws Exception {
    List<Effective> effective = resolver.effective(code, tier);
    PublishedCatalog published =
        PublishedCatalog.region(code, tier, effective, null, LocalDate.of(2025, 6, 1));
    Path xlsx = dir.resolve(code + ".xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      new ExcelExporter(ExcelOptions.defaults(), resolver.vocabulary()).write(published, out);
    }
    ImportResult result = new TableImporter(resolver.vocabulary()).read(xlsx, null, "r.xlsx");
    assertThat(result.notes()).as(code + " " + tier).isEmpty();
    assertThat(result.catalogs()).hasSameSizeAs(effective);
    for (int i = 0; i < effective.size(); i++) {
      assertThat(comparable(result.catalogs().get(i), resolver.vocabulary()))
          .as(code + " " + tier + " " + effective.get(i).domain())
          .isEqualTo(comparable(effective.get(i).catalog(), resolver.vocabulary()));
    }
  }

  private void roundTrip(CatalogTree tree, ExcelOptions.ChannelStyle style) throws Exception {
    ChannelVocabulary vocabulary = ChannelVocabulary.standard().with(tree.config().channels());
    PublishedCatalog published =
        PublishedCatalog.basic(
            tree.basics(), null, tree.config().issuer(), LocalDate.of(2025, 6, 1));
    Path xlsx = dir.resolve("basic.xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      new ExcelExporter(new ExcelOptions(style), vocabulary).write(published, out);
    }
    ImportResult result = new TableImporter(vocabulary).read(xlsx, null, "basic.xlsx");
    assertThat(result.notes()).isEmpty();
    assertThat(result.catalogs()).hasSameSizeAs(tree.basics());
    for (int i = 0; i < tree.basics().size(); i++) {
      Catalog original = tree.basics().get(i);
      Catalog back = result.catalogs().get(i);
      assertThat(comparable(back, vocabulary)).isEqualTo(comparable(original, vocabulary));
      assertValid(back);
    }
  }

  /** The YAML view of a catalogue, channels in vocabulary order (they are a set, FORMAT.md §5). */
  static Map<String, Object> comparable(Catalog c, ChannelVocabulary vocabulary) {
    Map<String, Object> doc = new LinkedHashMap<>(CatalogYaml.map(c));
    List<Object> items = new ArrayList<>();
    for (Object o : (List<?>) doc.get("items")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item = new LinkedHashMap<>((Map<String, Object>) o);
      @SuppressWarnings("unchecked")
      List<String> channels = new ArrayList<>((List<String>) item.get("channels"));
      channels.sort((a, b) -> Integer.compare(vocabulary.rank(a), vocabulary.rank(b)));
      item.put("channels", channels);
      items.add(item);
    }
    doc.put("items", items);
    return doc;
  }

  /** The written YAML passes the schema and maps to a catalogue again. */
  private void assertValid(Catalog c) throws Exception {
    Path yaml = dir.resolve("check.yaml");
    Files.writeString(yaml, CatalogYaml.write(c, "test"));
    LoadedFile loaded = new FileLoader(EN).load(yaml, "check.yaml", DocumentKind.CATALOG);
    List<Finding> errors =
        loaded.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    assertThat(errors).isEmpty();
    assertThat(loaded.document()).isInstanceOf(Catalog.class);
    Catalog again = (Catalog) loaded.document();
    assertThat(CatalogYaml.map(again)).isEqualTo(CatalogYaml.map(c));
  }

  static CatalogTree load(Path root) {
    TreeLoader.Result r = new TreeLoader(new FileLoader(EN), EN).load(root);
    assertThat(r.findings().stream().filter(Finding::isError)).isEmpty();
    return r.tree();
  }
}
