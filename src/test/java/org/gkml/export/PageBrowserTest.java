package org.gkml.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.gkml.model.Audience;
import org.gkml.model.Catalog;
import org.gkml.model.Item;
import org.gkml.model.Mode;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The publication page driven in headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}, which {@code .ci/run} installs): search, filters, item anchors, a screenshot,
 * no network request, hostile text shown as text, no CSP violation.
 *
 * <p>On a machine without Chromium the test is skipped, but only outside CI: with the {@code CI}
 * variable set a missing browser fails the build, so CI can never pass without running it.
 */
class PageBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Browser browser;
  private static Path dir;

  @BeforeAll
  static void start() throws IOException {
    browser = Browser.start();
    dir = Files.createDirectories(Path.of("target", "e2e"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void typingInSearchFiltersRowsAndCounts() throws IOException {
    open(write("search.html", bigPage()));
    assertThat(status()).isEqualTo("显示 45 项，共 45 项");
    // a domain without items at this tier still shows, saying so, until a filter is set
    assertThat(browser.driver().findElement(By.id("_d-空白")).isDisplayed()).isTrue();
    WebElement search = browser.driver().findElement(By.id("_f-text"));
    search.sendKeys("危房");
    waitForStatus("显示 1 项，共 45 项");
    assertThat(visibleRowIds()).containsExactly("WFGZ-001");
    // a domain without a matching row is hidden, its count updated
    assertThat(browser.driver().findElement(By.id("_d-安全生产")).isDisplayed()).isFalse();
    assertThat(browser.driver().findElement(By.id("_n_d-安全生产")).getText()).isEqualTo("0");
    assertThat(browser.driver().findElement(By.id("_d-空白")).isDisplayed()).isFalse();
    search.clear();
    search.sendKeys("aqsc-00");
    waitForStatus("显示 3 项，共 45 项");
    assertThat(visibleRowIds()).containsExactly("AQSC-001", "AQSC-002", "511703-AQSC-001");
  }

  @Test
  void filtersCombine() throws IOException {
    open(write("filters.html", bigPage()));
    new Select(browser.driver().findElement(By.id("_f-mode"))).selectByVisibleText("依申请");
    waitForStatus("显示 1 项，共 45 项");
    assertThat(visibleRowIds()).containsExactly("AQSC-002");
    new Select(browser.driver().findElement(By.id("_f-mode"))).selectByVisibleText("主动");
    new Select(browser.driver().findElement(By.id("_f-audience"))).selectByVisibleText("特定群体");
    waitForStatus("显示 1 项，共 45 项");
    assertThat(visibleRowIds()).containsExactly("WFGZ-002");
    new Select(browser.driver().findElement(By.id("_f-audience"))).selectByVisibleText("全部");
    browser.driver().findElement(By.id("_f-custom")).click();
    waitForStatus("显示 1 项，共 45 项");
    assertThat(visibleRowIds()).containsExactly("511703-AQSC-001");
    browser.driver().findElement(By.id("_f-text")).sendKeys("法规");
    waitForStatus("显示 0 项，共 45 项");
    browser.driver().findElement(By.cssSelector("button[type=reset]")).click();
    waitForStatus("显示 45 项，共 45 项");
    new Select(browser.driver().findElement(By.id("_f-domain"))).selectByVisibleText("统计");
    waitForStatus("显示 40 项，共 45 项");
    assertThat(visibleRowIds()).allMatch(id -> id.startsWith("TJ-"));
  }

  @Test
  void itemAnchorScrollsToItsRowEvenWhenFilteredOut() throws IOException {
    Path page = write("anchor.html", bigPage());
    browser.driver().get(page.toUri() + "#TJ-040");
    waitForStatus("显示 45 项，共 45 项");
    assertRowInView("TJ-040");
    assertThat(js("return window.scrollY")).isNotEqualTo(0L);
    // a row hidden by the filters is shown again when its anchor is followed
    browser.driver().findElement(By.id("_f-text")).sendKeys("危房");
    waitForStatus("显示 1 项，共 45 项");
    js("location.hash = 'TJ-020'");
    waitForStatus("显示 45 项，共 45 项");
    assertRowInView("TJ-020");
  }

  @Test
  void makesNoNetworkRequestAndNoConsoleError() throws IOException {
    Path page = write("offline.html", bigPage());
    requestedUrls(); // drop what earlier pages requested
    open(page);
    browser.driver().findElement(By.id("_f-text")).sendKeys("统计");
    waitForStatus("显示 40 项，共 45 项");
    browser.driver().findElement(By.id("_f-custom")).click();
    waitForStatus("显示 0 项，共 45 项");
    assertThat(js("return performance.getEntriesByType('resource').length")).isEqualTo(0L);
    // the page itself, and nothing else
    assertThat(requestedUrls()).containsExactly(page.toUri().toString());
    assertThat(severeConsoleEntries()).isEmpty();
  }

  @Test
  void hostileTextShowsAsTextAndRunsNothing() throws IOException {
    open(write("xss.html", HtmlFixtures.render(HtmlFixtures.xssPage())));
    assertThat(alertShown()).isFalse();
    WebElement row = browser.driver().findElement(By.id("AQSC-001"));
    assertThat(row.findElements(By.tagName("td")).get(0).getText()).isEqualTo(HtmlFixtures.XSS);
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains(HtmlFixtures.XSS);
    assertThat(severeConsoleEntries()).isEmpty();
  }

  @Test
  void indexFindsARegionByNameOrCodeAndKeepsItsAncestors() throws Exception {
    HtmlIndex index = sampleIndex();
    java.io.StringWriter w = new java.io.StringWriter();
    new HtmlExporter(HtmlFixtures.GENERATOR).writeIndex(index, w);
    open(write("index.html", w.toString()));
    assertThat(status()).isEqualTo("共 5 个区域");
    browser.driver().findElement(By.id("_f-region")).sendKeys("凤凰");
    waitForStatus("找到 1 个区域");
    assertThat(visibleRegions()).containsExactly("达川区", "三里坪街道", "凤凰村");
    WebElement search = browser.driver().findElement(By.id("_f-region"));
    search.clear();
    search.sendKeys("511703102");
    waitForStatus("找到 2 个区域");
    assertThat(visibleRegions()).containsExactly("达川区", "石桥镇", "金花村");
    assertThat(severeConsoleEntries()).isEmpty();
  }

  /** The index of a build of the shipped tree's five regions. */
  static HtmlIndex sampleIndex() throws Exception {
    return new HtmlIndex(
        "示例省",
        "2025.1",
        HtmlFixtures.DATE,
        new HtmlIndex.Entry(null, "基础目录", "basic/index.html", 29, 0, List.of()),
        List.of(
            HtmlValidationTest.entry("511703", "达川区", 23, 2),
            new HtmlIndex.Entry(
                new RegionCode("511703001"),
                "三里坪街道",
                "511703001-三里坪街道/index.html",
                21,
                3,
                List.of(),
                HtmlFixtures.fieldsPage().notApplicable()),
            HtmlValidationTest.entry("511703001201", "凤凰村", 8, 2),
            HtmlValidationTest.entry("511703102", "石桥镇", 21, 2),
            HtmlValidationTest.entry("511703102201", "金花村", 8, 2)));
  }

  private static List<String> visibleRegions() {
    return browser.driver().findElements(By.cssSelector("li[data-find] a")).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void screenshotIsTaken() throws IOException {
    open(write("screenshot.html", bigPage()));
    Path shot = dir.resolve("page.png");
    byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
    Files.write(shot, png);
    assertThat(png.length).isGreaterThan(10_000);
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  // --- helpers

  /** The county page with a third domain of 40 items, long enough to scroll. */
  static String bigPage() {
    HtmlPage base = HtmlFixtures.countyPage();
    List<Item> many = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      many.add(
          HtmlFixtures.item(
              String.format("TJ-%03d", i),
              "统计信息",
              "统计公报第" + i + "期",
              Mode.PROACTIVE,
              Audience.PUBLIC,
              Tier.COUNTY));
    }
    List<Catalog> domains = new ArrayList<>(base.domains());
    domains.add(HtmlFixtures.catalog("统计", many));
    domains.add(HtmlFixtures.catalog("空白", List.of()));
    return HtmlFixtures.render(
        new HtmlPage(
            base.setName(),
            base.region(),
            base.tier(),
            domains,
            base.customIds(),
            base.downloads(),
            base.date()));
  }

  private static Path write(String name, String html) throws IOException {
    return Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
  }

  private static void open(Path page) {
    browser.driver().get(page.toUri().toString());
    // the script un-hides the filters and prints the count once it has run
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !status().isEmpty());
  }

  private static String status() {
    return browser.driver().findElement(By.id("_f-status")).getText();
  }

  private static void waitForStatus(String expected) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> expected.equals(status()));
  }

  private static List<String> visibleRowIds() {
    return browser.driver().findElements(By.cssSelector("tbody tr[data-mode]")).stream()
        .filter(WebElement::isDisplayed)
        .map(r -> r.getAttribute("id"))
        .toList();
  }

  private static void assertRowInView(String id) {
    Object inView =
        js(
            "var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;",
            id);
    assertThat(inView).as(id + " in the viewport").isEqualTo(true);
    assertThat(browser.driver().findElement(By.id(id)).isDisplayed()).isTrue();
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
  }

  private static boolean alertShown() {
    try {
      browser.driver().switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }

  /** The URLs of every request Chromium made since the last call (its network log). */
  private static List<String> requestedUrls() throws IOException {
    List<String> urls = new ArrayList<>();
    for (LogEntry e : browser.driver().manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = JSON.readTree(e.getMessage()).path("message");
      if (message.path("method").asText().equals("Network.requestWillBeSent")) {
        urls.add(message.path("params").path("request").path("url").asText());
      }
    }
    return urls;
  }

  private static List<String> severeConsoleEntries() {
    return browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Logging the test needs from Chromium: the console and the network events. */
  static LoggingPreferences logging() {
    LoggingPreferences prefs = new LoggingPreferences();
    prefs.enable(LogType.BROWSER, Level.ALL);
    prefs.enable(LogType.PERFORMANCE, Level.ALL);
    return prefs;
  }
}
