package org.gkml.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gkml.TestCatalogs;
import org.gkml.model.Audience;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Item;
import org.gkml.model.Loc;
import org.gkml.model.Mode;
import org.gkml.model.Policy;
import org.gkml.model.Region;
import org.gkml.model.RegionCode;
import org.gkml.model.SourceFile;
import org.gkml.model.Tier;

/** Catalogues and pages for the publication tests: the shipped tree, and hostile text. */
public final class HtmlFixtures {
  /** Text that must show as text wherever it appears. */
  public static final String XSS = "<script>alert(1)</script>";

  public static final LocalDate DATE = LocalDate.of(2025, 3, 1);
  public static final String GENERATOR = "gkml test";

  private static final Loc LOC =
      SourceFile.unstructured(Path.of("test.yaml"), "test.yaml").at(1, 1);

  private HtmlFixtures() {}

  private static CatalogTree shipped;

  /** The shipped sample tree of catalogs/, read once. */
  public static synchronized CatalogTree shippedTree() {
    if (shipped == null) {
      shipped = TestCatalogs.load(TestCatalogs.SHIPPED);
    }
    return shipped;
  }

  public static Item item(
      String id, String level1, String content, Mode mode, Audience audience, Tier... tiers) {
    return new Item(
        id,
        level1,
        "二级" + id,
        content,
        List.of("《中华人民共和国政府信息公开条例》"),
        "信息形成或者变更之日起20个工作日内",
        "县级应急管理部门",
        List.of("政府网站", "两微一端"),
        audience,
        mode,
        tiers.length == 0 ? Set.of(Tier.COUNTY) : EnumSet.of(tiers[0], tiers),
        false,
        null,
        LOC);
  }

  public static Catalog catalog(String domain, List<Item> items) {
    return new Catalog(
        domain,
        domain + "领域基层政务公开标准目录",
        "2025.1",
        "示例省",
        "2025-03-01",
        Policy.defaults(),
        items,
        LOC);
  }

  /** Two domains of a county: basic items, one custom item, mixed modes and audiences. */
  public static HtmlPage countyPage() {
    Catalog safety =
        catalog(
            "安全生产",
            List.of(
                item("AQSC-001", "政策文件", "与安全生产有关的法律、法规", Mode.PROACTIVE, Audience.PUBLIC),
                item(
                    "AQSC-002",
                    "行政执法",
                    "行政处罚决定",
                    Mode.ON_REQUEST,
                    Audience.SPECIFIC,
                    Tier.COUNTY,
                    Tier.TOWNSHIP),
                item(
                    "511703-AQSC-001",
                    "应急管理",
                    "本区应急避难场所分布",
                    Mode.PROACTIVE,
                    Audience.PUBLIC,
                    Tier.COUNTY)));
    Catalog housing =
        catalog(
            "农村危房改造",
            List.of(
                item(
                    "WFGZ-001",
                    "政策文件",
                    "危房改造补助标准",
                    Mode.PROACTIVE,
                    Audience.PUBLIC,
                    Tier.COUNTY,
                    Tier.TOWNSHIP,
                    Tier.VILLAGE),
                item(
                    "WFGZ-002",
                    "补助对象",
                    "补助对象名单公示",
                    Mode.PROACTIVE,
                    Audience.SPECIFIC,
                    Tier.TOWNSHIP,
                    Tier.VILLAGE)));
    return new HtmlPage(
        "示例省基层政务公开事项标准目录",
        new Region(new RegionCode("511703"), "达川区"),
        Tier.COUNTY,
        List.of(safety, housing),
        Set.of("511703-AQSC-001"),
        List.of(new HtmlPage.Link("catalog.xlsx", "Excel 表格")),
        DATE);
  }

  /** Every printed value hostile, in a region page. */
  public static HtmlPage xssPage() {
    Item evil =
        new Item(
            "AQSC-001",
            XSS,
            XSS + "\"'",
            XSS,
            List.of(XSS, "《条例》"),
            XSS,
            XSS,
            List.of(XSS, "政府网站"),
            Audience.PUBLIC,
            Mode.PROACTIVE,
            Set.of(Tier.COUNTY),
            false,
            XSS,
            LOC);
    List<Item> items = new ArrayList<>();
    items.add(evil);
    Catalog c = new Catalog(XSS, XSS, XSS, XSS, XSS, Policy.defaults(), items, LOC);
    return new HtmlPage(
        XSS,
        new Region(new RegionCode("511703"), XSS),
        Tier.COUNTY,
        List.of(c),
        Set.of("AQSC-001"),
        List.of(new HtmlPage.Link("x.xlsx?a=1&b=%222%22", XSS)),
        DATE);
  }

  /** The longest channel name of the standard vocabulary, which must never break mid-word. */
  public static final String LONG_CHANNEL = "社区/企事业单位/村公示栏(电子屏)";

  /** A township's own id, the longest kind of id a table prints. */
  public static final String LOCAL_ID = "511703001-AQSC-101";

  /**
   * A township's page with what catalogues of FORMAT.md 1.1 hold: in 安全生产, an item with every
   * optional field (三级事项, 责任科室, 联系方式, both audiences with the group named) and one without; 农村危房改造
   * declared not applicable by the township, 教育 by its county.
   */
  public static HtmlPage fieldsPage() {
    Region township = new Region(new RegionCode("511703001"), "三里坪街道");
    Region county = new Region(new RegionCode("511703"), "达川区");
    Item full =
        new Item(
            LOCAL_ID,
            "行政许可",
            "危险化学品经营许可",
            "许可证核发",
            "许可条件、办理流程、许可结果",
            List.of("《危险化学品安全管理条例》"),
            "信息形成或者变更之日起20个工作日内",
            "县级应急管理部门",
            "危化品监管科",
            "0818-2000001",
            List.of("政府网站", LONG_CHANNEL),
            Audience.BOTH,
            "申请人",
            Mode.PROACTIVE,
            Set.of(Tier.TOWNSHIP),
            false,
            null,
            LOC);
    Item plain =
        item("AQSC-002", "行政执法", "行政处罚决定", Mode.ON_REQUEST, Audience.PUBLIC, Tier.TOWNSHIP);
    List<Catalog> domains =
        List.of(
            catalog("安全生产", List.of(full, plain)),
            catalog("农村危房改造", List.of()),
            catalog("教育", List.of()));
    Publication publication =
        new Publication(
            township,
            Tier.TOWNSHIP,
            domains,
            Set.of(LOCAL_ID),
            java.util.Map.of(
                "农村危房改造", new org.gkml.model.NotApplicable(township, "本街道无农村住房", LOC),
                "教育", new org.gkml.model.NotApplicable(county, "", LOC)));
    return new HtmlPage("示例省基层政务公开事项标准目录", publication, List.of(), DATE);
  }

  /** The same catalogues as the table exports see them. */
  public static PublishedCatalog fieldsCatalog() {
    HtmlPage p = fieldsPage();
    return new PublishedCatalog(p.publication(), "三里坪街道办事处", p.date());
  }

  public static String render(HtmlPage page) {
    StringWriter w = new StringWriter();
    try {
      new HtmlExporter(GENERATOR).write(page, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
