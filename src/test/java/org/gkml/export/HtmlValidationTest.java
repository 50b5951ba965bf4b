package org.gkml.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.gkml.model.CatalogTree;
import org.gkml.model.RegionCode;
import org.junit.jupiter.api.Test;

/** Publication pages pass the Nu HTML checker without a single error. */
class HtmlValidationTest {

  @Test
  void basicPageOfTheShippedTreeIsValid() throws Exception {
    CatalogTree tree = HtmlFixtures.shippedTree();
    HtmlPage page = HtmlPage.basic(tree.config().name(), tree.basics(), null, HtmlFixtures.DATE);
    assertThat(NuChecker.errors(HtmlFixtures.render(page))).isEmpty();
  }

  @Test
  void regionPageWithCustomItemsIsValid() throws Exception {
    assertThat(NuChecker.errors(HtmlFixtures.render(HtmlFixtures.countyPage()))).isEmpty();
  }

  @Test
  void pageOfHostileTextIsValid() throws Exception {
    assertThat(NuChecker.errors(HtmlFixtures.render(HtmlFixtures.xssPage()))).isEmpty();
  }

  @Test
  void indexPageIsValid() throws Exception {
    HtmlIndex index =
        new HtmlIndex(
            "示例省" + HtmlFixtures.XSS,
            "2025.1",
            HtmlFixtures.DATE,
            new HtmlIndex.Entry(
                null,
                "基础目录",
                "basic/index.html",
                29,
                0,
                List.of(new HtmlPage.Link("basic/catalog.xlsx", "Excel 表格"))),
            List.of(
                entry("511703", "达川区", 40, 2),
                entry("511703001", "三里坪街道", 30, 1),
                entry("511703001201", "凤凰村" + HtmlFixtures.XSS, 10, 1),
                entry("511703102201", "金花村", 10, 1)));
    StringWriter w = new StringWriter();
    new HtmlExporter(HtmlFixtures.GENERATOR).writeIndex(index, w);
    assertThat(NuChecker.errors(w.toString())).isEmpty();
  }

  @Test
  void checkerDoesFindErrors() throws Exception {
    assertThat(
            NuChecker.errors("<!DOCTYPE html><html><head></head><body><p><div></p></body></html>"))
        .isNotEmpty();
  }

  static HtmlIndex.Entry entry(String code, String name, int basic, int custom)
      throws java.net.URISyntaxException {
    return new HtmlIndex.Entry(
        new RegionCode(code),
        name,
        new java.net.URI(null, null, code + "-" + name + "/index.html", null).toString(),
        basic,
        custom,
        List.of());
  }
}
