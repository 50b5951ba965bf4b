package org.gkml.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * axe-core (the engine of most accessibility checkers) on the publication page, the content-editor
 * fragment (as a site would embed it) and the build index, at a desktop width (1366 px) and a
 * phone's (390 px): no violation of any impact; at the phone's width nothing lies beyond the
 * viewport; filters that match nothing say so.
 *
 * <p>axe-core comes from the npm registry at test time ({@code npm install} into {@code
 * target/axe}; {@code GKML_AXE} names another copy of {@code axe.min.js}). Without it, or without
 * Chromium, the test is skipped on a developer's machine and fails in CI, as {@link Browser} does.
 */
class AccessibilityTest {
  private static final String AXE_VERSION = "4.10.3";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Browser browser;
  private static String axe;
  private static Path dir;

  @BeforeAll
  static void start() throws Exception {
    axe = Files.readString(axeScript(), StandardCharsets.UTF_8);
    browser = Browser.start();
    dir = Files.createDirectories(Path.of("target", "a11y"));
    Files.writeString(dir.resolve("page.html"), PageBrowserTest.bigPage(), StandardCharsets.UTF_8);
    StringWriter index = new StringWriter();
    new HtmlExporter(HtmlFixtures.GENERATOR).writeIndex(PageBrowserTest.sampleIndex(), index);
    Files.writeString(dir.resolve("index.html"), index.toString(), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("fragment.html"), embedded(HtmlFixtures.countyPage()), StandardCharsets.UTF_8);
    // what catalogues of FORMAT.md 1.1 add: optional columns, domains that do not apply
    Files.writeString(
        dir.resolve("fields.html"),
        HtmlFixtures.render(HtmlFixtures.fieldsPage()),
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("fields-fragment.html"),
        embedded(HtmlFixtures.fieldsPage()),
        StandardCharsets.UTF_8);
  }

  /** The fragment of a page as a site's page holds it: in main, in a document with a title. */
  private static String embedded(HtmlPage page) throws IOException {
    StringWriter fragment = new StringWriter();
    new HtmlExporter(HtmlFixtures.GENERATOR).writeFragment(page, "达川区人民政府办公室", fragment);
    return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>政务公开</title></head><body><main><h1>政务公开</h1>"
        + fragment
        + "</main></body></html>";
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"page.html", "index.html", "fragment.html", "fields.html"})
  void noViolationAtDesktopOrPhoneWidth(String file) throws Exception {
    for (int width : new int[] {1366, 390}) {
      open(file, width);
      List<String> violations = violations();
      assertThat(violations).as(file + " at " + width + " px").isEmpty();
      if (width == 390) {
        long inner = ((Number) js("return window.innerWidth")).longValue();
        long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        assertThat(scroll).as(file + ": page width at 390 px").isLessThanOrEqualTo(inner);
        // no table wider than the viewport inside a scroll box either
        long widest =
            ((Number)
                    js(
                        "return Math.max(0, ...Array.from(document.querySelectorAll('table'))"
                            + ".map(t => t.getBoundingClientRect().right))"))
                .longValue();
        assertThat(widest).as(file + ": tables at 390 px").isLessThanOrEqualTo(inner);
      }
    }
  }

  /**
   * The fragment of a catalogue with optional columns and domains that do not apply: no violation
   * at either width. (Its width on a phone is the site's style sheet's to manage: the fragment has
   * none of its own.)
   */
  @org.junit.jupiter.api.Test
  void fragmentWithOptionalColumnsAndDomainsThatDoNotApplyHasNoViolation() throws Exception {
    for (int width : new int[] {1366, 390}) {
      open("fields-fragment.html", width);
      assertThat(violations()).as("fields-fragment.html at " + width + " px").isEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  void filtersThatMatchNothingSaySoAndStayAccessible() throws Exception {
    open("page.html", 1366);
    WebElement search = browser.driver().findElement(By.id("_f-text"));
    search.sendKeys("没有这样的事项");
    WebElement none = browser.driver().findElement(By.id("_f-none"));
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(10))
        .until(d -> none.isDisplayed());
    assertThat(none.getText()).contains("没有符合筛选条件的事项");
    assertThat(violations()).isEmpty();
    open("index.html", 390);
    browser.driver().findElement(By.id("_f-region")).sendKeys("不存在的区域");
    WebElement noRegion = browser.driver().findElement(By.id("_f-none"));
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(10))
        .until(d -> noRegion.isDisplayed());
    assertThat(violations()).isEmpty();
  }

  private static void open(String file, int width) {
    browser.driver().manage().window().setSize(new Dimension(width, 900));
    browser.driver().get(dir.resolve(file).toAbsolutePath().toUri().toString());
  }

  /** axe's violations, one line each: rule, impact and the first offending element. */
  private static List<String> violations() throws IOException {
    js(axe);
    browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
    Object result =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']})"
                    + ".then(r => done(JSON.stringify(r.violations)))"
                    + ".catch(e => done(JSON.stringify([{id: 'axe-error', impact: String(e),"
                    + " nodes: []}])));");
    List<String> out = new ArrayList<>();
    for (JsonNode v : JSON.readTree((String) result)) {
      JsonNode nodes = v.path("nodes");
      String where = nodes.size() > 0 ? nodes.get(0).path("html").asText() : "";
      out.add(v.path("id").asText() + " (" + v.path("impact").asText() + "): " + where);
    }
    return out;
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script);
  }

  /** axe.min.js: {@code GKML_AXE}, or installed from the npm registry into target/axe. */
  private static Path axeScript() throws Exception {
    String named = System.getenv("GKML_AXE");
    if (named != null && !named.isBlank()) {
      return Path.of(named);
    }
    Path prefix = Path.of("target", "axe").toAbsolutePath();
    Path script = prefix.resolve("node_modules/axe-core/axe.min.js");
    if (!Files.isRegularFile(script)) {
      try {
        Files.createDirectories(prefix);
        Process npm =
            new ProcessBuilder(
                    "npm",
                    "install",
                    "--prefix",
                    prefix.toString(),
                    "--no-save",
                    "--no-audit",
                    "--no-fund",
                    "axe-core@" + AXE_VERSION)
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("npm.log").toFile())
                .start();
        if (!npm.waitFor(180, TimeUnit.SECONDS)) {
          npm.destroyForcibly();
        }
      } catch (IOException e) {
        // no npm: handled below
      }
    }
    if (!Files.isRegularFile(script)) {
      String why =
          "axe-core not found at " + script + " (npm install axe-core@" + AXE_VERSION + ")";
      if (System.getenv("CI") != null) {
        fail(why + " (CI must run the accessibility test)");
      }
      assumeTrue(false, why);
    }
    return script;
  }
}
