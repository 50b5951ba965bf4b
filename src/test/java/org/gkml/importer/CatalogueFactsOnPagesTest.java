package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue's domain, title and issuer as published pages state them (import.md §1): headings
 * numbered by the page ({@code (一)}), an issuer the title names before its domain only where those
 * words are names of places or bodies, the 发布机构 label and information table of government sites, a
 * domain gkml does not know, and {@code --simplified} titles. Modelled on real pages (tonghai,
 * qianlima, rongchang, jinxiang, fengtun, yunan).
 */
class CatalogueFactsOnPagesTest {
  /** A catalogue table with one complete item. */
  private static final String TABLE =
      "<table border=\"1\"><tr><td>序号</td><td>公开事项</td><td>公开内容</td><td>公开依据</td>"
          + "<td>公开时限</td><td>公开主体</td><td>公开渠道和载体</td><td>公开对象</td><td>公开方式</td>"
          + "<td>公开层级</td></tr><tr><td>1</td><td>政策文件</td><td>相关政策</td><td>《政府信息公开条例》</td>"
          + "<td>20个工作日内</td><td>镇人民政府</td><td>政府网站</td><td>全社会</td><td>主动</td>"
          + "<td>乡级</td></tr></table>";

  @TempDir Path dir;

  private ImportResult read(String body, String domain, boolean simplified) throws Exception {
    Path p = dir.resolve("page.html");
    Files.writeString(
        p, "<html><head><meta charset=\"utf-8\">" + body + "</html>", StandardCharsets.UTF_8);
    return new TableImporter(ChannelVocabulary.standard(), Set.of(), simplified)
        .read(p, domain, "page.html");
  }

  private ImportResult read(String body) throws Exception {
    return read(body, null, false);
  }

  private static long count(ImportResult r, String key) {
    return r.notes().stream().filter(n -> n.key().equals(key)).count();
  }

  @Test
  void aListNumberIsNeitherTitleNorIssuer() throws Exception {
    ImportResult r =
        read(
            "<title>九龙街道基层政务公开标准目录</title></head><body>"
                + "<p>(一)重大建设项目领域基层政务公开标准目录</p>"
                + TABLE
                + "<p>（二）公共资源交易领域基层政务公开标准目录</p>"
                + TABLE
                + "<p>三、义务教育领域基层政务公开标准目录</p>"
                + TABLE
                + "<p>4.社会救助领域基层政务公开标准目录</p>"
                + TABLE
                + "<p>第五部分 养老服务领域基层政务公开标准目录</p>"
                + TABLE
                + "</body>");
    assertThat(r.catalogs())
        .extracting(Catalog::title)
        .containsExactly(
            "重大建设项目领域基层政务公开标准目录",
            "公共资源交易领域基层政务公开标准目录",
            "义务教育领域基层政务公开标准目录",
            "社会救助领域基层政务公开标准目录",
            "养老服务领域基层政务公开标准目录");
    // nothing but the number stood before the domain: no issuer, and it is said
    assertThat(r.catalogs()).extracting(Catalog::issuer).containsOnly(TableImporter.NO_ISSUER);
    assertThat(count(r, "import.noIssuer")).isEqualTo(5);
  }

  @Test
  void theIssuerIsTheNamesOfPlacesAndBodiesBeforeTheDomainNeverAWordCutInHalf() throws Exception {
    ImportResult masked = read("</head><body><p>(十一)**县城乡规划领域基层政务公开标准目录</p>" + TABLE + "</body>");
    assertThat(masked.catalogs().get(0).issuer()).isEqualTo("**县");
    assertThat(masked.catalogs().get(0).title()).isEqualTo("**县城乡规划领域基层政务公开标准目录");

    ImportResult body = read("</head><body><p>青浦区教育局义务教育领域基层政务公开标准目录</p>" + TABLE + "</body>");
    assertThat(body.catalogs().get(0).issuer()).isEqualTo("青浦区教育局");

    // 乡村振兴 is found inside 涉贫涉乡村振兴: the words before it end in no place or body
    ImportResult cut = read("</head><body><p>重庆市荣昌区涉贫涉乡村振兴领域政务公开标准目录</p>" + TABLE + "</body>");
    assertThat(cut.catalogs().get(0).domain()).isEqualTo("乡村振兴");
    assertThat(cut.catalogs().get(0).issuer()).isEqualTo(TableImporter.NO_ISSUER);
    assertThat(count(cut, "import.noIssuer")).isEqualTo(1);
  }

  @Test
  void theIssuerLabelOfGovernmentSitesGivesTheIssuer() throws Exception {
    ImportResult r =
        read(
            "</head><body><p>发布机构：金乡县胡集镇人民政府　成文日期：2024-06-05</p>"
                + "<p>公共资源交易领域基层政务公开标准目录</p>"
                + TABLE
                + "</body>");
    assertThat(r.catalogs().get(0).issuer()).isEqualTo("金乡县胡集镇人民政府");
    assertThat(count(r, "import.noIssuer")).isZero();
  }

  /** The list of an article's facts a site prints above it, longer than the lines kept. */
  private static final String FACTS_LIST =
      "<ul><li>索 引 号:370400/2022-00091</li><li>主题分类:基层政务公开规范化标准化</li>"
          + "<li>发布机构:应急管理局</li><li>成文时间:2023年12月01日</li><li>文 号:无</li>"
          + "<li>发文时间:2023年12月01日</li><li>标 题:安全生产领域基层政务公开标准目录</li>"
          + "<li>效力状态:有效</li></ul>";

  @Test
  void anIssuerFieldInTheListOfAnArticlesFactsGivesTheIssuerHoweverFarUp() throws Exception {
    ImportResult r =
        read(
            "<title></title></head><body>"
                + FACTS_LIST
                + "<p>安全生产领域基层政务公开标准目录</p>"
                + TABLE
                + "<p>（二）社会救助领域基层政务公开标准目录</p>"
                + TABLE
                + "</body>");
    // the article's issuer holds for every table under it
    assertThat(r.catalogs()).extracting(Catalog::issuer).containsExactly("应急管理局", "应急管理局");
    assertThat(r.catalogs()).extracting(Catalog::domain).containsExactly("安全生产", "社会救助");
    assertThat(count(r, "import.noIssuer")).isZero();
  }

  @Test
  void anIssuerPrintedNearerTheTableWinsOverTheFactsList() throws Exception {
    ImportResult r =
        read(
            "</head><body>"
                + FACTS_LIST
                + "<p>发布机关：某某镇人民政府</p>"
                + "<p>安全生产领域基层政务公开标准目录</p>"
                + TABLE
                + "</body>");
    assertThat(r.catalogs().get(0).issuer()).isEqualTo("某某镇人民政府");
  }

  @Test
  void anIssuerParagraphFarAboveAWordTableServesItToo() throws Exception {
    Path p = dir.resolve("facts.docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(p)) {
      for (String line :
          new String[] {
            "索引号:370400/2022-00091",
            "发布机构:应急管理局",
            "成文时间:2023年12月01日",
            "文号:无",
            "发文时间:2023年12月01日",
            "效力状态:有效",
            "安全生产领域基层政务公开标准目录"
          }) {
        doc.createParagraph().createRun().setText(line);
      }
      fill(
          doc.createTable(2, 10),
          new String[][] {
            {"序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级"},
            {"1", "安全检查", "检查结果", "《政府信息公开条例》", "20个工作日内", "应急管理局", "政府网站", "全社会", "主动", "乡级"}
          });
      doc.write(out);
    }
    Catalog c =
        new TableImporter(ChannelVocabulary.standard())
            .read(p, null, "facts.docx")
            .catalogs()
            .get(0);
    assertThat(c.domain()).isEqualTo("安全生产");
    assertThat(c.issuer()).isEqualTo("应急管理局");
  }

  @Test
  void theSitesInformationTableGivesTitleDomainAndIssuerToTheTablesAfterIt() throws Exception {
    ImportResult r =
        read(
            "<title>**县人民政府</title></head><body><table border=\"1\">"
                + "<tr><td>索引号:</td><td>0001/2025-01</td><td>分类:</td><td></td></tr>"
                + "<tr><td>发布机构:</td><td>**县自然资源局</td><td>成文日期:</td><td>2025-12-02</td></tr>"
                + "<tr><td>名称:</td><td colspan=\"3\">(十一)**县城乡规划领域基层政务公开标准目录</td></tr>"
                + "</table>"
                + TABLE
                + "</body>");
    assertThat(r.catalogs()).hasSize(1);
    Catalog c = r.catalogs().get(0);
    assertThat(c.domain()).isEqualTo("城乡规划");
    assertThat(c.title()).isEqualTo("**县城乡规划领域基层政务公开标准目录");
    assertThat(c.issuer()).isEqualTo("**县自然资源局");
    // the information table is said as what it is, not as a catalogue table that was not read
    assertThat(count(r, "import.infoTable")).isEqualTo(1);
    assertThat(count(r, "import.noTable.table")).isZero();
    assertThat(r.errors()).isZero();
  }

  @Test
  void aTableOfLabelsThatAreNoSiteInformationIsStillReportedAsNotRead() throws Exception {
    ImportResult r =
        read(
            "</head><body><table><tr><td>联系人</td><td>张三</td></tr></table>"
                + "<p>社会救助领域基层政务公开标准目录</p>"
                + TABLE
                + "</body>");
    assertThat(count(r, "import.noTable.table")).isEqualTo(1);
    assertThat(count(r, "import.infoTable")).isZero();
  }

  @Test
  void aDomainGkmlDoesNotKnowIsReadFromTheTitleAndSaid() throws Exception {
    String page =
        "<title>鳳屯鎮(zhèn)基層政務公開標準目錄</title></head><body>"
            + "<p>(二)鳳屯鎮(zhèn)政府文件信息領域基層政務公開標準目錄</p>"
            + TABLE
            + "</body>";
    ImportResult r = read(page);
    Catalog c = r.catalogs().get(0);
    assertThat(c.domain()).isEqualTo("政府文件信息");
    assertThat(c.issuer()).isEqualTo("鳳屯鎮(zhèn)");
    assertThat(c.title()).isEqualTo("鳳屯鎮(zhèn)政府文件信息領域基層政務公開標準目錄");
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.titleDomain"))
        .singleElement()
        .satisfies(n -> assertThat(n.severity()).isEqualTo(Severity.WARNING));
    assertThat(count(r, "import.noDomain.table")).isZero();

    // --domain still names it, without the judgement
    ImportResult named = read(page, "政府文件信息", false);
    assertThat(named.catalogs().get(0).domain()).isEqualTo("政府文件信息");
    assertThat(count(named, "import.titleDomain")).isZero();
  }

  @Test
  void aLineWithoutTheFormOfADomainTitleNamesNoDomain() throws Exception {
    ImportResult r = read("</head><body><p>溪下乡政府信息公开标准目录</p>" + TABLE + "</body>");
    assertThat(count(r, "import.noDomain.table")).isEqualTo(1);
    assertThat(count(r, "import.titleDomain")).isZero();
  }

  @Test
  void simplifiedWritesTheTitleAndIssuerAsTheItemsWithoutGlosses() throws Exception {
    String page =
        "<title>x</title></head><body><p>(二)鳳屯鎮(zhèn)養老服務領(lǐng)域基層政務(wù)公開標準目錄</p>"
            + TABLE.replace("政策文件", "政策文件(jiàn)")
            + "</body>";
    Catalog kept = read(page).catalogs().get(0);
    assertThat(kept.title()).isEqualTo("鳳屯鎮(zhèn)養老服務領(lǐng)域基層政務(wù)公開標準目錄");
    assertThat(kept.items().get(0).level1()).isEqualTo("政策文件(jiàn)");

    Catalog simple = read(page, null, true).catalogs().get(0);
    assertThat(simple.domain()).isEqualTo("养老服务");
    assertThat(simple.title()).isEqualTo("凤屯镇养老服务领域基层政务公开标准目录");
    assertThat(simple.issuer()).isEqualTo("凤屯镇");
    assertThat(simple.items().get(0).level1()).isEqualTo("政策文件");
  }

  @Test
  void anInformationTableAboveAWordTableServesItToo() throws Exception {
    Path p = dir.resolve("page.docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(p)) {
      fill(
          doc.createTable(2, 4),
          new String[][] {
            {"索引号", "0001/2024-02411", "发布机构", "金乡县胡集镇人民政府"},
            {"名称", "(一)公共资源交易领域基层政务公开标准目录", "成文日期", "2024-06-05"}
          });
      doc.createParagraph().createRun().setText("附件");
      fill(
          doc.createTable(2, 10),
          new String[][] {
            {"序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级"},
            {"1", "政府采购", "招标公告", "《政府信息公开条例》", "20个工作日内", "镇人民政府", "政府网站", "全社会", "主动", "乡级"}
          });
      doc.write(out);
    }
    ImportResult r = new TableImporter(ChannelVocabulary.standard()).read(p, null, "page.docx");
    Catalog c = r.catalogs().get(0);
    assertThat(c.domain()).isEqualTo("公共资源交易");
    assertThat(c.title()).isEqualTo("公共资源交易领域基层政务公开标准目录");
    assertThat(c.issuer()).isEqualTo("金乡县胡集镇人民政府");
    assertThat(count(r, "import.infoTable")).isEqualTo(1);
  }

  private static void fill(XWPFTable table, String[][] rows) {
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        table.getRow(r).getCell(c).setText(rows[r][c]);
      }
    }
  }
}
