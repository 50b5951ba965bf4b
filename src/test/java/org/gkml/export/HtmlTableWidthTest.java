package org.gkml.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gkml.model.Catalog;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Every body row of a domain table spans exactly the columns its header declares. */
class HtmlTableWidthTest {

  @Test
  void rowsSpanTheHeaderWidthIncludingAnEmptyDomain() {
    HtmlPage county = HtmlFixtures.countyPage();
    List<Catalog> domains = new ArrayList<>(county.domains());
    domains.add(HtmlFixtures.catalog("养老服务", List.of()));
    HtmlPage page =
        new HtmlPage(
            county.setName(),
            county.region(),
            county.tier(),
            domains,
            county.customIds(),
            county.downloads(),
            county.date());
    HtmlDom dom = HtmlDom.parse(HtmlFixtures.render(page));

    List<Element> tables = dom.all("table");
    assertThat(tables).hasSize(3);
    for (Element table : tables) {
      Element headRow = HtmlDom.all(table, "tr").get(0);
      int width = 0;
      for (Element th : HtmlDom.all(headRow, "th")) {
        width += span(th);
      }
      for (Element body : HtmlDom.all(table, "tbody")) {
        for (Element tr : HtmlDom.all(body, "tr")) {
          int cells = 0;
          for (Element td : HtmlDom.all(tr, "td")) {
            cells += span(td);
          }
          for (Element th : HtmlDom.all(tr, "th")) {
            cells += span(th);
          }
          assertThat(cells).as(tr.getTextContent()).isEqualTo(width);
        }
      }
    }
  }

  private static int span(Element cell) {
    String colspan = cell.getAttribute("colspan");
    return colspan.isEmpty() ? 1 : Integer.parseInt(colspan);
  }
}
