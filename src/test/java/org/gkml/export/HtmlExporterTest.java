package org.gkml.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.model.CatalogTree;
import org.gkml.model.Region;
import org.gkml.model.RegionCode;
import org.gkml.model.TableVocabulary;
import org.gkml.model.Tier;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class HtmlExporterTest {

  @Test
  void basicPageListsEveryShippedItemWithAnAnchor() {
    CatalogTree tree = HtmlFixtures.shippedTree();
    HtmlPage page = HtmlPage.basic(tree.config().name(), tree.basics(), null, HtmlFixtures.DATE);
    HtmlDom dom = HtmlDom.parse(HtmlFixtures.render(page));

    assertThat(dom.root().getAttribute("lang")).isEqualTo("zh-CN");
    long items = tree.basics().stream().mapToLong(c -> c.items().size()).sum();
    List<Element> rows = dom.all("tr").stream().filter(r -> r.hasAttribute("data-mode")).toList();
    assertThat(rows).hasSize((int) items);
    assertThat(dom.byId("AQSC-001")).isNotNull();
    assertThat(dom.byId("AQSC-001").getTextContent()).contains("与安全生产有关的法律、法规");
    assertThat(dom.all("section")).hasSize(tree.basics().size());
    // every tier column for the basic catalogue
    assertThat(dom.all("thead").get(0).getTextContent()).contains("县级", "乡级", "村级");
  }

  @Test
  void officialHeaderHasTwoRowsWithSpansAndScopes() {
    HtmlDom dom = HtmlDom.parse(HtmlFixtures.render(HtmlFixtures.countyPage()));
    Element thead = dom.all("thead").get(0);
    List<Element> headRows = HtmlDom.all(thead, "tr");
    assertThat(headRows).hasSize(2);
    List<String> first =
        HtmlDom.all(headRows.get(0), "th").stream().map(Element::getTextContent).toList();
    assertThat(first)
        .containsExactly(
            "序号",
            "公开事项",
            TableVocabulary.CONTENT,
            "公开依据",
            "公开时限",
            "公开主体",
            "公开渠道和载体",
            "公开对象",
            "公开方式",
            "公开层级");
    List<String> second =
        HtmlDom.all(headRows.get(1), "th").stream().map(Element::getTextContent).toList();
    assertThat(second)
        .containsExactly("一级事项", "二级事项", "全社会", "特定群体", "主动", "依申请", "县级", "乡级", "村级");
    for (Element th : dom.all("th")) {
      assertThat(th.getAttribute("scope")).as(th.getTextContent()).isIn("col", "colgroup", "row");
    }
    Element group = HtmlDom.all(headRows.get(0), "th").get(1);
    assertThat(group.getAttribute("colspan")).isEqualTo("2");
    assertThat(HtmlDom.all(headRows.get(0), "th").get(0).getAttribute("rowspan")).isEqualTo("2");
  }

  @Test
  void ticksFollowModeAudienceAndTiers() {
    HtmlDom dom = HtmlDom.parse(HtmlFixtures.render(HtmlFixtures.countyPage()));
    List<String> ticks =
        HtmlDom.all(dom.byId("AQSC-002"), "td").stream()
            .filter(td -> td.getAttribute("class").equals("tick"))
            .map(Element::getTextContent)
            .toList();
    // 全社会, 特定群体, 主动, 依申请, 县级, 乡级, 村级
    assertThat(ticks).containsExactly("", "✓", "", "✓", "✓", "✓", "");
    assertThat(dom.byId("AQSC-002").getAttribute("data-mode")).isEqualTo("on-request");
    assertThat(dom.byId("AQSC-002").getAttribute("data-audience")).isEqualTo("specific");
  }

  @Test
  void customItemsAreMarkedAndExplained() {
    String html = HtmlFixtures.render(HtmlFixtures.countyPage());
    HtmlDom dom = HtmlDom.parse(html);
    Element custom = dom.byId("511703-AQSC-001");
    assertThat(custom.hasAttribute("data-custom")).isTrue();
    assertThat(custom.getTextContent()).contains("个性");
    assertThat(dom.byId("AQSC-001").hasAttribute("data-custom")).isFalse();
    assertThat(dom.withAttribute("data-custom")).hasSize(1);
    assertThat(dom.all("header").get(0).getTextContent())
        .contains("达川区", "511703", "县级", "2025.1", "2025-03-01", "个性");
    assertThat(html).contains("href=\"#511703-AQSC-001\"");
  }

  @Test
  void regionPageShowsTiersAtOrBelowItsOwnPlusAnyTierAnItemNames() {
    HtmlPage village =
        new HtmlPage(
            null,
            new org.gkml.model.Region(new org.gkml.model.RegionCode("511703102201"), "金花村"),
            Tier.VILLAGE,
            List.of(
                HtmlFixtures.catalog(
                    "就业",
                    List.of(
                        HtmlFixtures.item(
                            "JYCY-001",
                            "就业服务",
                            "招聘信息",
                            org.gkml.model.Mode.PROACTIVE,
                            org.gkml.model.Audience.PUBLIC,
                            Tier.TOWNSHIP,
                            Tier.VILLAGE)))),
            java.util.Set.of(),
            List.of(),
            HtmlFixtures.DATE);
    assertThat(village.tierColumns()).containsExactly(Tier.TOWNSHIP, Tier.VILLAGE);
    HtmlDom dom = HtmlDom.parse(HtmlFixtures.render(village));
    assertThat(HtmlDom.all(dom.all("thead").get(0), "tr").get(1).getTextContent()).endsWith("乡级村级");
  }

  @Test
  void basicPageOfOneTierKeepsOnlyItsItems() {
    CatalogTree tree = HtmlFixtures.shippedTree();
    HtmlPage page = HtmlPage.basic(null, tree.basics(), Tier.VILLAGE, HtmlFixtures.DATE);
    assertThat(page.domains().stream().flatMap(c -> c.items().stream()))
        .allMatch(i -> i.publishedAt(Tier.VILLAGE));
    assertThat(page.itemCount()).isPositive();
    assertThat(page.versions()).containsExactly("2025.1");
  }

  @Test
  void everyHostileValueShowsAsText() {
    String html = HtmlFixtures.render(HtmlFixtures.xssPage());
    assertThat(html).doesNotContain("<script>alert(1)");
    HtmlDom dom = HtmlDom.parse(html);
    // the page's own script and nothing else
    assertThat(dom.all("script")).hasSize(1);
    assertThat(dom.all("script").get(0).getTextContent()).doesNotContain("alert(1)");
    Element row = dom.byId("AQSC-001");
    List<String> cells = HtmlDom.all(row, "td").stream().map(Element::getTextContent).toList();
    assertThat(cells.get(0)).isEqualTo(HtmlFixtures.XSS);
    assertThat(cells.get(1)).isEqualTo(HtmlFixtures.XSS + "\"'");
    assertThat(cells.get(2)).startsWith(HtmlFixtures.XSS).contains("备注：" + HtmlFixtures.XSS);
    assertThat(cells.get(3)).isEqualTo(HtmlFixtures.XSS + "《条例》");
    assertThat(cells.get(4)).isEqualTo(HtmlFixtures.XSS);
    assertThat(cells.get(5)).isEqualTo(HtmlFixtures.XSS);
    assertThat(cells.get(6)).isEqualTo(HtmlFixtures.XSS + "政府网站");
    assertThat(dom.all("h1").get(0).getTextContent()).contains(HtmlFixtures.XSS);
    assertThat(dom.all("title").get(0).getTextContent()).contains(HtmlFixtures.XSS);
    Element option =
        dom.all("option").stream()
            .filter(o -> o.getTextContent().equals(HtmlFixtures.XSS))
            .findFirst()
            .orElseThrow();
    assertThat(option.getAttribute("value")).isEqualTo(HtmlFixtures.XSS);
    Element download =
        dom.all("a").stream()
            .filter(a -> a.getTextContent().equals(HtmlFixtures.XSS))
            .findFirst()
            .orElseThrow();
    assertThat(download.getAttribute("href")).isEqualTo("x.xlsx?a=1&b=%222%22");
    // nothing but the page's own attributes: no handler smuggled in
    assertThat(dom.all("*")).allMatch(e -> !e.hasAttribute("onerror") && !e.hasAttribute("onload"));
  }

  @Test
  void contentSecurityPolicyAllowsExactlyTheInlinedStyleAndScript() throws Exception {
    String html = HtmlFixtures.render(HtmlFixtures.countyPage());
    HtmlDom dom = HtmlDom.parse(html);
    Element meta =
        dom.all("meta").stream()
            .filter(m -> m.getAttribute("http-equiv").equals("Content-Security-Policy"))
            .findFirst()
            .orElseThrow();
    String csp = meta.getAttribute("content");
    assertThat(csp).startsWith("default-src 'none';").contains("base-uri 'none'");
    assertThat(csp).doesNotContain("unsafe");
    String style = dom.all("style").get(0).getTextContent();
    String script = dom.all("script").get(0).getTextContent();
    assertThat(hashIn(csp, "style-src")).isEqualTo(sha256(style));
    assertThat(hashIn(csp, "script-src")).isEqualTo(sha256(script));
    assertThat(HtmlExporter.pageCsp()).isEqualTo(csp);
  }

  @Test
  void pageRequestsNothingFromOutside() {
    String html = HtmlFixtures.render(HtmlFixtures.countyPage());
    HtmlDom dom = HtmlDom.parse(html);
    assertThat(dom.withAttribute("src")).isEmpty();
    assertThat(dom.all("link")).isEmpty();
    assertThat(dom.all("a"))
        .allSatisfy(a -> assertThat(a.getAttribute("href")).doesNotContain("//"));
    assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("url(");
  }

  @Test
  void withoutScriptEveryTableIsVisibleAndTheFiltersAreHidden() {
    HtmlDom dom = HtmlDom.parse(HtmlFixtures.render(HtmlFixtures.countyPage()));
    assertThat(dom.byId("_filters").hasAttribute("hidden")).isTrue();
    assertThat(dom.all("section")).noneMatch(s -> s.hasAttribute("hidden"));
    assertThat(dom.all("tr")).noneMatch(s -> s.hasAttribute("hidden"));
    Element skip = dom.all("a").get(0);
    assertThat(skip.getAttribute("href")).isEqualTo("#_main");
    assertThat(dom.byId("_main")).isNotNull();
  }

  @Test
  void rowsRenderedOnceAreReusedOnlyWhereTheyAreTheSame() throws Exception {
    HtmlExporter exporter = new HtmlExporter(HtmlFixtures.GENERATOR);
    HtmlPage county = HtmlFixtures.countyPage();
    StringWriter first = new StringWriter();
    exporter.write(county, first);
    StringWriter again = new StringWriter();
    exporter.write(county, again);
    assertThat(again.toString()).isEqualTo(first.toString());
    // the same items, none of them custom, fewer tier columns
    HtmlPage plain =
        new HtmlPage(
            null,
            new Region(new RegionCode("511703001"), "三里坪街道"),
            Tier.TOWNSHIP,
            county.domains(),
            Set.of(),
            List.of(),
            HtmlFixtures.DATE);
    StringWriter other = new StringWriter();
    exporter.write(plain, other);
    assertThat(other.toString()).isEqualTo(HtmlFixtures.render(plain));
    HtmlDom dom = HtmlDom.parse(other.toString());
    assertThat(dom.byId("511703-AQSC-001").getTextContent()).doesNotContain("个性");
    assertThat(HtmlDom.all(dom.byId("AQSC-001"), "td")).hasSize(7 + 4 + 3);
  }

  @Test
  void escaperKeepsPlainTextAndEscapesEverythingElse() {
    HtmlEscaper e = new HtmlEscaper();
    String plain = "安全生产 AQSC-001";
    assertThat(e.escape(plain)).isSameAs(plain);
    assertThat(e.escape("a&b<c>d\"e'f`g=h"))
        .isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f&#x60;g&#x3D;h");
  }

  @Test
  void emptyDomainSaysSo() {
    HtmlPage page =
        HtmlPage.basic(
            null, List.of(HtmlFixtures.catalog("统计", List.of())), null, HtmlFixtures.DATE);
    assertThat(HtmlFixtures.render(page)).contains("本领域在该层级没有公开事项");
  }

  private static String hashIn(String csp, String directive) {
    Matcher m = Pattern.compile(directive + " '(sha256-[^']+)'").matcher(csp);
    assertThat(m.find()).as(directive + " in " + csp).isTrue();
    return m.group(1);
  }

  private static String sha256(String text) throws Exception {
    byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return "sha256-" + Base64.getEncoder().encodeToString(d);
  }

  @Test
  void fragmentIsTablesAloneWithCaptionsScopesAndHeaders() throws Exception {
    java.io.StringWriter w = new java.io.StringWriter();
    new HtmlExporter(HtmlFixtures.GENERATOR)
        .writeFragment(HtmlFixtures.countyPage(), "达川区人民政府办公室", w);
    String html = w.toString();
    assertThat(html).doesNotContain("<script", "<style", "<link", "class=", "<html", "<body");
    // one inline declaration, on the outer section, lets a phone wrap ids and channel names
    // inside their columns; nothing else is styled, so the site's own style sheet decides
    assertThat(html.split("style=", -1)).hasSize(2);
    assertThat(html)
        .startsWith("<section lang=\"zh-CN\"")
        .contains("style=\"overflow-wrap:anywhere\">");
    assertThat(html).contains("AQSC-<wbr>001");
    HtmlDom dom = HtmlDom.parse("<!DOCTYPE html><html lang=\"zh-CN\"><title>t</title>" + html);
    List<Element> tables = dom.all("table");
    // the facts, then one table per domain
    assertThat(tables).hasSize(1 + HtmlFixtures.countyPage().domains().size());
    String facts = tables.get(0).getTextContent();
    assertThat(facts).contains("达川区（511703）", "县级", "2025-03-01", "达川区人民政府办公室");
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Element e : dom.all("th")) {
      if (!e.getAttribute("id").isEmpty()) {
        ids.add(e.getAttribute("id"));
      }
    }
    for (Element table : tables) {
      assertThat(HtmlDom.all(table, "caption")).hasSize(1);
    }
    for (Element th : dom.all("th")) {
      assertThat(th.getAttribute("scope")).isIn("col", "colgroup", "row");
    }
    List<Element> cells = dom.all("td");
    for (Element td : cells.subList(6, cells.size())) {
      String headers = td.getAttribute("headers");
      assertThat(headers).as(td.getTextContent()).isNotEmpty();
      for (String id : headers.split(" ")) {
        assertThat(ids).as(headers).contains(id);
      }
    }
    assertThat(html).contains(TableVocabulary.TICK, "1" + "</th>", TableVocabulary.CUSTOM_MARK);
  }
}
