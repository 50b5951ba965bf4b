package org.gkml.export;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.gkml.model.Catalog;
import org.gkml.model.Item;
import org.gkml.model.Mode;
import org.gkml.model.TableVocabulary;
import org.gkml.model.Tier;

/**
 * Writes publication pages: one self-contained HTML file per region, in the official table layout,
 * with offline search and filters, and the index page of a build. Every value goes through a
 * Mustache template that HTML-escapes it; the style sheet and script are inlined and allowed by
 * their SHA-256 hashes in the page's Content-Security-Policy, so the page makes no request of any
 * kind. Thread-safe.
 */
public final class HtmlExporter {
  private static final String DIR = "html/";
  private static final String TICK = TableVocabulary.TICK;

  private static final Mustache.Compiler COMPILER =
      Mustache.compiler()
          .withEscaper(new HtmlEscaper())
          .nullValue("")
          .emptyStringIsFalse(true)
          .zeroIsFalse(true);
  private static final Template PAGE = COMPILER.compile(resource("page.mustache"));
  private static final Template INDEX = COMPILER.compile(resource("index.mustache"));
  private static final Template ROW = COMPILER.compile(resource("row.mustache"));
  private static final Template FRAGMENT = COMPILER.compile(resource("fragment.mustache"));

  /**
   * Rows rendered so far; a build shows most items on thousands of pages. A row's cells are about
   * 800 characters, kept as text and as UTF-8: some 2.7 KB a row, about 80 MB at most (a county's
   * pages share a few thousand rows).
   */
  private static final int CACHE_LIMIT = 30_000;

  private static final String CSS = resource("page.css");
  private static final String PAGE_JS = resource("page.js");
  private static final String INDEX_JS = resource("index.js");
  private static final byte[] CSS_UTF8 = CSS.getBytes(StandardCharsets.UTF_8);
  private static final byte[] PAGE_JS_UTF8 = PAGE_JS.getBytes(StandardCharsets.UTF_8);
  private static final String PAGE_CSP = csp(CSS, PAGE_JS);
  private static final String INDEX_CSP = csp(CSS, INDEX_JS);

  private final String generator;
  private final Map<RowKey, Cells> rows = new ConcurrentHashMap<>();

  /**
   * @param generator the tool and version named in the pages, e.g. {@code gkml 0.1.0}
   */
  public HtmlExporter(String generator) {
    this.generator = Objects.requireNonNull(generator);
  }

  /** Writes the page of one region's (or the basic) catalogues. */
  public void write(HtmlPage page, Writer out) throws IOException {
    execute(PAGE, view(page, new IdentityHashMap<>()), out);
  }

  /**
   * Writes the page of one region's (or the basic) catalogues to {@code out} in UTF-8 (which stays
   * open): the same bytes, with the pieces every page shares (style sheet, script, the cells of
   * rows rendered for earlier pages) copied as the bytes they were encoded to once.
   */
  public void write(HtmlPage page, OutputStream out) throws IOException {
    Map<String, byte[]> encoded = new IdentityHashMap<>();
    encoded.put(CSS, CSS_UTF8);
    encoded.put(PAGE_JS, PAGE_JS_UTF8);
    BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
    Writer w = new EncodedWriter(buffered, encoded);
    execute(PAGE, view(page, encoded), w);
    w.flush();
  }

  /**
   * Writes the tables of a page alone, for a web site's content editor: a small table of region,
   * tier, version, date and issuer, a line explaining the marks, then one table per domain with
   * items (a caption, both header rows with {@code scope}, each cell naming its headers). No
   * script, no style sheet, no class: the site's own styles apply. Domains with no item are listed
   * in one line below instead of as empty tables.
   *
   * @param issuer who publishes the catalogue (gkml.yaml {@code issuer}); may be null
   */
  public void writeFragment(HtmlPage page, String issuer, Writer out) throws IOException {
    execute(FRAGMENT, HtmlFragment.of(page, facts(page), issuer), out);
  }

  /** The values of a page the fragment shares: region, tier, version, date, counts. */
  record PageFacts(
      String heading,
      String regionText,
      String tierText,
      String version,
      String date,
      int itemCount,
      int customCount) {}

  PageFacts facts(HtmlPage page) {
    PageView v = view(page, new IdentityHashMap<>());
    return new PageFacts(
        v.heading(),
        v.regionText(),
        v.tierText(),
        v.version(),
        v.date(),
        v.itemCount(),
        v.customCount());
  }

  /** Writes the index page of a build. */
  public void writeIndex(HtmlIndex index, Writer out) throws IOException {
    execute(INDEX, IndexView.of(index, generator, CSS, INDEX_JS, INDEX_CSP), out);
  }

  /** The Content-Security-Policy of region pages: nothing but the inlined style and script. */
  static String pageCsp() {
    return PAGE_CSP;
  }

  private static void execute(Template template, Object view, Writer out) throws IOException {
    try {
      template.execute(view, out);
    } catch (MustacheException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }

  /** A header cell of the first header row. */
  private record HeaderCell(String scope, int rowspan, int colspan, String text) {}

  /**
   * @param encoded where the UTF-8 of the rows' cells is put, by identity of their text
   */
  private PageView view(HtmlPage page, Map<String, byte[]> encoded) {
    List<Tier> tiers = page.tierColumns();
    List<DomainView> domains = new ArrayList<>(page.domains().size());
    for (Catalog c : page.domains()) {
      TableColumn.Extras extras = TableColumn.Extras.of(c);
      // the page's columns: the table's without 备注 and 编号 (the note is under the content, the
      // id under the number)
      List<TableColumn> columns =
          TableColumn.layout(tiers, extras).stream()
              .filter(k -> k.kind() != TableColumn.Kind.NOTE && k.kind() != TableColumn.Kind.ID)
              .toList();
      List<HeaderCell> top = new ArrayList<>();
      List<String> sub = new ArrayList<>();
      for (int k = 0; k < columns.size(); ) {
        TableColumn col = columns.get(k);
        int end = TableColumn.groupEnd(columns, k, TableColumn::group);
        if (col.group() == null) {
          top.add(new HeaderCell("col", 2, 0, col.header()));
        } else {
          top.add(new HeaderCell("colgroup", 0, end - k + 1, col.group()));
          for (int j = k; j <= end; j++) {
            sub.add(columns.get(j).header());
          }
        }
        k = end + 1;
      }
      List<RowView> rows = new ArrayList<>(c.items().size());
      int custom = 0;
      for (Item item : c.items()) {
        boolean isCustom = page.isCustom(item.id());
        custom += isCustom ? 1 : 0;
        rows.add(row(item, rows.size() + 1, isCustom, tiers, extras, encoded));
      }
      String anchor = "_d-" + c.domain().strip().replaceAll("\\s+", "-");
      String href = "#" + fragment(anchor);
      String title = c.title() != null ? c.title() : c.domain() + "领域基层政务公开标准目录";
      domains.add(
          new DomainView(
              anchor,
              href,
              c.domain(),
              title,
              rows.size(),
              custom,
              c.version(),
              c.effective(),
              tiers.size(),
              columns.size(),
              extras.level3(),
              extras.department(),
              extras.contact(),
              page.notApplicableText(c),
              top,
              sub,
              rows));
    }
    String region;
    String heading;
    if (page.isBasic()) {
      region = "基础目录（各地通用）";
      heading = "基层政务公开标准目录（基础目录）";
    } else {
      String name =
          page.region().name().isEmpty() ? page.region().code().digits() : page.region().name();
      region = name + "（" + page.region().code().digits() + "）";
      heading = name + "基层政务公开标准目录";
    }
    String tierText =
        page.tier() != null
            ? page.tier().word()
            : page.isBasic() ? "县级、乡级、村级" : page.region().tier().word();
    String version = page.versions().isEmpty() ? "—" : String.join("、", page.versions());
    String title = page.setName() == null ? heading : heading + " - " + page.setName();
    return new PageView(
        PAGE_CSP,
        generator,
        title,
        CSS,
        PAGE_JS,
        page.setName(),
        heading,
        region,
        tierText,
        version,
        page.date().toString(),
        page.itemCount(),
        page.customCount(),
        !page.downloads().isEmpty(),
        page.downloads(),
        domains,
        String.join(
            "、",
            page.domains().stream()
                .filter(c -> c.items().isEmpty() && page.notApplicableText(c) == null)
                .map(Catalog::domain)
                .toList()),
        String.join(
            "；",
            page.domains().stream()
                .filter(c -> page.notApplicableText(c) != null)
                .map(c -> c.domain() + "：" + page.notApplicableText(c))
                .toList()));
  }

  /** The values of a page, as its template names them. */
  private record PageView(
      String csp,
      String generator,
      String title,
      String css,
      String js,
      String setName,
      String heading,
      String regionText,
      String tierText,
      String version,
      String date,
      int itemCount,
      int customCount,
      boolean hasDownloads,
      List<HtmlPage.Link> downloads,
      List<DomainView> domains,
      String emptyDomains,
      String notApplicableDomains) {

    /** Whether some domain has no item at this tier: printed as a line, not a page. */
    public boolean hasEmpty() {
      return !emptyDomains.isEmpty();
    }

    /** What the page calls a domain that does not apply (the tables' word). */
    public String naWord() {
      return TableVocabulary.NOT_APPLICABLE;
    }
  }

  /**
   * One domain's table; {@code level3}, {@code department} and {@code contact} say which optional
   * columns it has, {@code notApplicable} what the page says instead of a table when the domain
   * does not apply to the region (null when it does).
   */
  private record DomainView(
      String anchor,
      String href,
      String name,
      String title,
      int count,
      int customCount,
      String version,
      String effective,
      int tierCount,
      int columnCount,
      boolean level3,
      boolean department,
      boolean contact,
      String notApplicable,
      List<HeaderCell> top,
      List<String> sub,
      List<RowView> rows) {}

  /** The start of an item's row, and its cells as the row template rendered them. */
  private record RowView(
      String id, int no, boolean custom, String mode, String audience, String cells) {}

  /**
   * What a row's cells depend on. The item by identity: a resolver shares the items an overlay
   * leaves alone between regions, and hashing the item's text would cost more than it saves.
   */
  private static final class RowKey {
    private final Item item;
    private final boolean custom;
    private final List<Tier> tiers;
    private final TableColumn.Extras extras;

    RowKey(Item item, boolean custom, List<Tier> tiers, TableColumn.Extras extras) {
      this.item = item;
      this.custom = custom;
      this.tiers = tiers;
      this.extras = extras;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof RowKey k
          && k.item == item
          && k.custom == custom
          && k.tiers.equals(tiers)
          && k.extras.equals(extras);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(item) * 31
          + (custom ? 1 : 0)
          + tiers.hashCode() * 7
          + extras.hashCode() * 13;
    }
  }

  /** The values of a row's cells, as the row template names them. */
  private record CellsView(
      String id,
      boolean custom,
      boolean optional,
      String level1,
      String level2,
      String content,
      String note,
      List<String> basis,
      String deadline,
      String owner,
      List<Channel> channels,
      List<Tick> ticks,
      Words w,
      String level3,
      String department,
      String contact,
      TableColumn.Extras show) {}

  /**
   * A channel's name in the parts it may break between: after each {@code /} (社区/企事业单位/村公示栏), where
   * the template puts a {@code <wbr>}; the style sheet keeps each part whole.
   */
  private record Channel(List<String> parts) {
    static Channel of(String name) {
      return new Channel(SoftBreaks.after(name, "/"));
    }
  }

  /** A tick cell: its column's word (the label of the stacked card on phones) and its mark. */
  private record Tick(String label, String mark) {}

  /** The words of the text columns, the labels of the stacked cards on phones. */
  private record Words(
      String level1,
      String level2,
      String content,
      String basis,
      String deadline,
      String owner,
      String channels,
      String level3,
      String department,
      String contact) {}

  private static final Words WORDS =
      new Words(
          TableVocabulary.LEVEL1,
          TableVocabulary.LEVEL2,
          TableVocabulary.CONTENT,
          TableVocabulary.BASIS,
          TableVocabulary.DEADLINE,
          TableVocabulary.OWNER,
          TableVocabulary.CHANNELS,
          TableVocabulary.LEVEL3,
          TableVocabulary.DEPARTMENT,
          TableVocabulary.CONTACT);

  /** A row's cells as the row template rendered them, and their UTF-8. */
  private record Cells(String html, byte[] utf8) {}

  private RowView row(
      Item item,
      int no,
      boolean custom,
      List<Tier> tiers,
      TableColumn.Extras extras,
      Map<String, byte[]> encoded) {
    RowKey key = new RowKey(item, custom, tiers, extras);
    Cells cells = rows.get(key);
    if (cells == null) {
      String html = ROW.execute(cellsView(item, custom, tiers, extras));
      cells = new Cells(html, html.getBytes(StandardCharsets.UTF_8));
      if (rows.size() >= CACHE_LIMIT) {
        rows.clear();
      }
      rows.put(key, cells);
    }
    encoded.put(cells.html(), cells.utf8());
    String mode =
        item.mode() == null ? "" : item.mode() == Mode.PROACTIVE ? "proactive" : "on-request";
    String audience =
        item.audience() == null ? "" : item.audience().includesPublic() ? "public" : "specific";
    return new RowView(item.id(), no, custom, mode, audience, cells.html());
  }

  private static CellsView cellsView(
      Item item, boolean custom, List<Tier> tiers, TableColumn.Extras extras) {
    List<Tick> ticks = new ArrayList<>(4 + tiers.size());
    // an item of both audiences (FORMAT.md 1.1) ticks both columns
    boolean known = item.audience() != null;
    ticks.add(
        new Tick(TableVocabulary.AUDIENCE_PUBLIC, tick(known && item.audience().includesPublic())));
    ticks.add(new Tick(TableVocabulary.AUDIENCE_SPECIFIC, TableText.specificGroup(item)));
    ticks.add(new Tick(TableVocabulary.MODE_PROACTIVE, tick(item.mode() == Mode.PROACTIVE)));
    ticks.add(new Tick(TableVocabulary.MODE_ON_REQUEST, tick(item.mode() == Mode.ON_REQUEST)));
    for (Tier t : tiers) {
      ticks.add(new Tick(t.word(), tick(item.publishedAt(t))));
    }
    return new CellsView(
        item.id(),
        custom,
        item.optional(),
        item.level1(),
        item.level2(),
        item.content(),
        item.note(),
        item.basis(),
        item.deadline(),
        item.owner(),
        item.channels().stream().map(Channel::of).toList(),
        ticks,
        WORDS,
        item.level3(),
        item.department(),
        item.contact(),
        extras);
  }

  private static String tick(boolean on) {
    return on ? TICK : "";
  }

  /** An id as a URL fragment: characters a URL may not hold are percent-encoded. */
  private static String fragment(String id) {
    try {
      return new URI(null, null, null, id).getRawFragment();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(id, e);
    }
  }

  private static String csp(String css, String js) {
    return "default-src 'none'; style-src '"
        + sha256(css)
        + "'; script-src '"
        + sha256(js)
        + "'; base-uri 'none'; form-action 'none'";
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlExporter.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIR + name);
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = r.read(buf)) > 0; ) {
          sb.append(buf, 0, n);
        }
        return sb.toString();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
