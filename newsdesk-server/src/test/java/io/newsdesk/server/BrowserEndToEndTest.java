package io.newsdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsdesk.core.store.LuceneEventStore;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The web pages in a real browser: Debian's headless Chromium driven through chromedriver loads the events page
 * over the sample corpus, opens an event, follows it to its story, searches, and saves screenshots under
 * target/screenshots. Skipped where Chromium or chromedriver is not installed (.ci/run installs both).
 */
class BrowserEndToEndTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /**
   * Selenium warns that it has no DevTools bindings for this Chromium; the WebDriver protocol needs none. Held
   * in a field: java.util.logging forgets the level of a logger nobody references.
   */
  private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

  @TempDir
  static Path dir;

  private static LuceneEventStore store;
  private static NewsdeskServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "headless Chromium tests skipped: install Debian's chromium and chromium-driver to run them");
    SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    store = SampleStore.create(dir.resolve("store"));
    server = new NewsdeskServer(store, null, null).start("127.0.0.1", 0);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // the machine's network is closed: no background connections, no sandbox (root in CI), a fresh profile
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("chromium-profile"), "--window-size=1280,1600");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
    System.out.println("Chromium end-to-end tests: running " + browser.getCapabilities().getBrowserName() + " "
        + browser.getCapabilities().getBrowserVersion() + " against http://127.0.0.1:" + server.port() + "/");
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private static void screenshot(String name) throws IOException {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Path to = SCREENSHOTS.resolve(name + ".png");
    Files.copy(shot.toPath(), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.out.println("Chromium end-to-end tests: saved " + to.toAbsolutePath());
  }

  @Test
  void eventsPageOpensAnEventAndSearchFindsArticles() throws IOException {
    browser.get(url("/"));
    assertEquals("Events — newsdesk", browser.getTitle());
    List<WebElement> events = browser.findElements(By.cssSelector("li.event-item a.headline"));
    assertEquals(7, events.size(), "the seven events of the sample corpus");
    assertTrue(browser.findElements(By.cssSelector("h2.day")).size() >= 6, "events under day headings");
    screenshot("events");

    WebElement flood = events.stream().filter(e -> e.getText().contains("Misrata")).findFirst().orElseThrow();
    String headline = flood.getText();
    flood.click();
    assertEquals(headline, browser.findElement(By.cssSelector("h1.headline")).getText());
    assertFalse(browser.findElements(By.cssSelector(".summary a.cite")).isEmpty(), "a cited summary");
    assertFalse(browser.findElements(By.cssSelector("figure.map svg circle")).isEmpty(), "a map of its places");
    assertTrue(browser.findElement(By.id("timeline")).isDisplayed());
    assertTrue(browser.findElement(By.id("sources")).isDisplayed());
    assertTrue(Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
        "var i = document.querySelector('figure.map image'); return i !== null;")), "the world map is drawn");
    screenshot("event");

    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("earthquake");
    browser.findElement(By.cssSelector("form.search button")).click();
    // the click returns before the results page has loaded: wait for its title
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!browser.getTitle().startsWith("Search: earthquake") && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
    assertTrue(browser.getTitle().startsWith("Search: earthquake"), browser.getTitle());
    List<WebElement> marks = browser.findElements(By.cssSelector("li.hit mark"));
    assertFalse(marks.isEmpty(), "matching words are marked");
    assertTrue(marks.get(0).getText().toLowerCase().startsWith("earthquake"));
    screenshot("search");

    browser.findElement(By.cssSelector("li.hit a.headline")).click();
    assertTrue(browser.findElement(By.cssSelector("h1.headline")).getText().toLowerCase().contains("earthquake"));
  }

  @Test
  void anEventPageLinksItsStoryWhoseTimelineHoldsTheEvent() throws IOException {
    browser.get(url("/"));
    WebElement flood = browser.findElements(By.cssSelector("li.event-item a.headline")).stream()
        .filter(e -> e.getText().contains("Misrata")).findFirst().orElseThrow();
    String headline = flood.getText();
    flood.click();
    String eventUrl = browser.getCurrentUrl();
    assertTrue(eventUrl.contains("/events/"), eventUrl);
    WebElement storyLink = browser.findElement(By.cssSelector("p.story-link a"));
    String title = storyLink.getText();
    storyLink.click();
    waitFor(() -> browser.getCurrentUrl().contains("/stories/"));
    assertEquals(title, browser.findElement(By.cssSelector("h1.headline")).getText());
    assertEquals(title + " — newsdesk", browser.getTitle());
    List<WebElement> timeline = browser.findElements(By.cssSelector("ol.story-timeline li.story-event a.headline"));
    assertTrue(timeline.stream().anyMatch(a -> a.getText().equals(headline) && eventUrl.equals(a.getAttribute("href"))),
        "the story's timeline holds the event it was opened from: "
            + timeline.stream().map(WebElement::getText).toList());
    assertFalse(browser.findElements(By.cssSelector("figure.map svg circle")).isEmpty(), "a map of its places");
    assertTrue(browser.findElement(By.cssSelector("a.feed")).getAttribute("href").endsWith("/feed.atom"));
    screenshot("story");

    browser.findElement(By.cssSelector("nav.sections a[href='/stories']")).click();
    waitFor(() -> browser.getTitle().startsWith("Stories"));
    assertTrue(browser.findElements(By.cssSelector("li.story-item a.headline")).stream()
        .anyMatch(a -> a.getText().equals(title)), "the stories page lists the story");
    screenshot("stories");
  }

  /** How many pixels the page is wider than the window: more than 0 scrolls sideways. */
  private static long overflow() {
    return (Long) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
  }

  /** Waits up to ten seconds for a page a click opened: the click returns before it has loaded. */
  private static void waitFor(java.util.function.BooleanSupplier loaded) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!loaded.getAsBoolean() && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
  }

  @Test
  void theCategoryFilterListsOneKindOfNewsGroupedUnderItsHeading() throws IOException {
    browser.get(url("/"));
    List<String> categories = browser.findElements(By.cssSelector("h3.category")).stream()
        .map(WebElement::getText).toList();
    assertTrue(categories.contains("Disasters and accidents") && categories.contains("Business and economy"),
        "each day's events grouped under their category: " + categories);
    browser.findElement(By.linkText("Disasters and accidents")).click();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!browser.getCurrentUrl().contains("category=") && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
    assertTrue(browser.getCurrentUrl().endsWith("/?category=disasters-and-accidents"), browser.getCurrentUrl());
    List<String> headlines = browser.findElements(By.cssSelector("li.event-item a.headline")).stream()
        .map(WebElement::getText).toList();
    assertEquals(3, headlines.size(), "the flood, the earthquake and the factory fire: " + headlines);
    assertTrue(headlines.stream().anyMatch(h -> h.contains("Misrata")), headlines.toString());
    assertTrue(browser.findElements(By.cssSelector("h3.category")).stream()
        .allMatch(h -> h.getText().equals("Disasters and accidents")));
    assertEquals("Disasters and accidents",
        browser.findElement(By.cssSelector("nav.categories a[aria-current=page]")).getText());
    screenshot("events-disasters");
    browser.findElement(By.cssSelector("nav.categories a[href='/']")).click();
    assertEquals(7, browser.findElements(By.cssSelector("li.event-item a.headline")).size());
  }

  @Test
  void pagesReadOnAPhone() throws IOException {
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      browser.get(url("/"));
      long overflow = overflow();
      assertTrue(overflow <= 0, "no sideways scrolling on a phone, got " + overflow + " px too wide");
      screenshot("events-phone");
      browser.findElement(By.cssSelector("li.event-item a.headline")).click();
      long eventOverflow = overflow();
      assertTrue(eventOverflow <= 0, "event page fits a phone, got " + eventOverflow + " px too wide");
      screenshot("event-phone");
      browser.findElement(By.cssSelector("p.story-link a")).click();
      waitFor(() -> browser.getCurrentUrl().contains("/stories/"));
      long storyOverflow = overflow();
      assertTrue(storyOverflow <= 0, "story page fits a phone, got " + storyOverflow + " px too wide");
      screenshot("story-phone");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1600));
    }
  }
}
