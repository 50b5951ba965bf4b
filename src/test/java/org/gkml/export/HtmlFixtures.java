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
import org.gkml.i18n.Messages;
import org.gkml.load.FileLoader;
import org.gkml.load.TreeLoader;
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
      Messages m = Messages.english();
      shipped = new TreeLoader(new FileLoader(m), m).load(Path.of("catalogs")).tree();
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
