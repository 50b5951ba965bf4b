package org.gkml.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the page's style sheet promises: AA contrast, visible focus, a print layout. */
class PageStyleTest {
  private static final String CSS = css();

  @Test
  void textColoursMeetWcagAaOnEveryBackgroundTheyAreUsedOn() {
    Map<String, String> v = variables();
    String white = "#ffffff";
    String[][] pairs = {
      {v.get("--ink"), white},
      {v.get("--ink"), v.get("--head")},
      {v.get("--ink"), v.get("--custom-bg")},
      {v.get("--ink"), v.get("--target")},
      {v.get("--muted"), white},
      {v.get("--muted"), v.get("--custom-bg")},
      {v.get("--muted"), "#f6f8fa"},
      {v.get("--accent"), white},
      {v.get("--accent"), v.get("--custom-bg")},
      {v.get("--accent"), v.get("--target")},
      {white, v.get("--custom")},
    };
    for (String[] p : pairs) {
      assertThat(contrast(p[0], p[1])).as(p[0] + " on " + p[1]).isGreaterThanOrEqualTo(4.5);
    }
    // focus outline: non-text contrast of 3:1 (WCAG 1.4.11)
    assertThat(contrast(v.get("--focus"), white)).isGreaterThanOrEqualTo(3);
  }

  @Test
  void focusIsVisibleAndTheSkipLinkAppearsOnFocus() {
    assertThat(CSS).contains(":focus-visible{outline:3px solid var(--focus)");
    assertThat(CSS).contains(".skip:focus{top:.5rem}");
  }

  @Test
  void printsOnA4LandscapeWithHeaderRowsOnEveryPage() {
    String print = CSS.substring(CSS.indexOf("@media print"));
    assertThat(print)
        .contains("@page{size:A4 landscape")
        .contains("thead{display:table-header-group}");
    assertThat(print).contains(".skip,nav,.filters{display:none!important}");
  }

  @Test
  void wideTablesScrollInTheirOwnBoxWhenZoomed() {
    assertThat(CSS).contains(".scroll{overflow-x:auto");
    assertThat(CSS).contains("[hidden]{display:none!important}");
  }

  @Test
  void channelNamesAndIdsNeverBreakMidWord() {
    // CJK text breaks between any two characters unless told otherwise (两微一/端)
    assertThat(CSS).contains("td ul li,thead th{word-break:keep-all}");
    assertThat(CSS).containsPattern("\\.id\\{[^}]*white-space:nowrap");
    // so a long name needs break opportunities of its own: after each "/", nowhere else
    org.jsoup.nodes.Document page =
        org.jsoup.Jsoup.parse(HtmlFixtures.render(HtmlFixtures.fieldsPage()));
    org.jsoup.nodes.Element li =
        page.select("td ul li").stream()
            .filter(e -> e.text().equals(HtmlFixtures.LONG_CHANNEL))
            .findFirst()
            .orElseThrow();
    assertThat(li.select("wbr")).hasSize(2);
    for (org.jsoup.nodes.Element wbr : li.select("wbr")) {
      assertThat(wbr.previousSibling().toString()).endsWith("/");
    }
    assertThat(page.select("a.id").eachText()).contains(HtmlFixtures.LOCAL_ID);
  }

  private static Map<String, String> variables() {
    Map<String, String> v = new HashMap<>();
    Matcher m = Pattern.compile("(--[a-z-]+):(#[0-9a-fA-F]{6})").matcher(CSS);
    while (m.find()) {
      v.put(m.group(1), m.group(2));
    }
    return v;
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double s = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  private static String css() {
    try (InputStream in = HtmlExporter.class.getResourceAsStream("html/page.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
