package org.gkml.export;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium through Debian's chromedriver, with a fresh profile and every background
 * network feature off. Paths can be overridden with {@code GKML_CHROMIUM} and {@code
 * GKML_CHROMEDRIVER}. Missing binaries skip the test on a developer's machine but fail it in CI
 * ({@code CI} set), so CI cannot pass without the browser test.
 */
final class Browser implements AutoCloseable {
  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Browser start() throws IOException {
    String chromium = env("GKML_CHROMIUM", "/usr/bin/chromium");
    String chromedriver = env("GKML_CHROMEDRIVER", "/usr/bin/chromedriver");
    boolean present =
        Files.isExecutable(Path.of(chromium)) && Files.isExecutable(Path.of(chromedriver));
    if (!present) {
      String why =
          "headless Chromium not found ("
              + chromium
              + ", "
              + chromedriver
              + "); install it: apt-get install chromium chromium-driver";
      if (System.getenv("CI") != null) {
        fail(why + " (CI must run the browser test)");
      }
      assumeTrue(false, why);
    }
    // Selenium warns that it has no DevTools binding for this Chromium; the test needs none
    java.util.logging.Logger.getLogger("org.openqa.selenium")
        .setLevel(java.util.logging.Level.SEVERE);
    Path profile = Files.createTempDirectory("gkml-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    options.setCapability("goog:loggingPrefs", PageBrowserTest.logging());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(chromedriver))
            .usingAnyFreePort()
            .build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        // a temporary profile left behind is harmless
      }
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
