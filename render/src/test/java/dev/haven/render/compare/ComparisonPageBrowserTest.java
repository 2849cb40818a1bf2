package dev.haven.render.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.haven.core.compare.Comparison;
import dev.haven.core.model.ClauseSet;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The comparison page in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): it
 * loads from a file with no network, filters by jurisdiction and by kind, opens a cell's clauses on a click and
 * on a permalink. Saves a screenshot to {@code target/compare-page/compare.png}.
 *
 * <p>Without the browser the test is skipped, unless {@code HAVEN_REQUIRE_BROWSER=1} (set by {@code .ci/run},
 * which installs the browser), where a missing browser fails it.
 */
class ComparisonPageBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path OUT = Path.of("target", "compare-page");

  private static ChromeDriver browser;
  private static String page;

  @BeforeAll
  static void start() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "1".equals(System.getenv("HAVEN_REQUIRE_BROWSER"))) {
      fail("HAVEN_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing:"
          + " apt-get install chromium chromium-driver");
    }
    Assumptions.assumeTrue(present, "no chromium and chromedriver; apt-get install chromium chromium-driver");
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE); // no CDP version warnings in the build log
    Files.createDirectories(OUT);
    Path html = OUT.resolve("compare.html");
    Files.writeString(html, new ComparisonPage().render(Comparison.of(ComparisonPageTest.corpus()),
        "Safe-haven policies compared"));
    page = html.toAbsolutePath().toUri().toString();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // the network is closed here: without these Chromium keeps trying to reach Google's services
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1600,1000",
        "--user-data-dir=" + Files.createTempDirectory("haven-chromium").toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static List<String> visibleJurisdictions() {
    return browser.findElements(By.cssSelector("#matrix tbody tr")).stream().filter(WebElement::isDisplayed)
        .map(tr -> tr.getAttribute("data-name")).toList();
  }

  @Test
  void filtersClicksAndPermalinksWorkInChromium() throws IOException {
    browser.get(page);
    assertEquals(7, visibleJurisdictions().size());

    WebElement search = browser.findElement(By.id("jurisdiction-filter"));
    search.sendKeys("king");
    assertEquals(List.of("King County"), visibleJurisdictions());
    search.clear();
    search.sendKeys(" ");
    search.clear();
    browser.executeScript("arguments[0].dispatchEvent(new Event('input'))", search);
    assertEquals(7, visibleJurisdictions().size());

    WebElement detainers = browser.findElement(By.cssSelector("input[name=kind][value=detainer-limit]"));
    detainers.click();
    assertTrue(browser.findElements(By.cssSelector("td[data-kind=detainer-limit]")).stream()
        .noneMatch(WebElement::isDisplayed), "the detainer-limit column is hidden");
    detainers.click();
    assertTrue(browser.findElement(By.cssSelector("td[data-kind=detainer-limit]")).isDisplayed());

    WebElement panel = browser.findElement(By.id("city-of-chicago--status-non-inquiry"));
    assertFalse(panel.isDisplayed(), "panels stay closed until asked for");
    browser.findElement(By.cssSelector("tr[data-name='City of Chicago'] td[data-kind=status-non-inquiry] a"))
        .click();
    assertTrue(panel.isDisplayed());
    assertTrue(panel.getText().contains("no agent or agency shall request, maintain, or share the citizenship"),
        panel.getText());
    assertTrue(browser.findElement(By.cssSelector("tr[data-name='City of Chicago'] td[data-kind=status-non-inquiry]"))
        .getAttribute("class").contains("selected"));
    browser.executeScript("window.scrollTo(0, 0)");
    Files.write(OUT.resolve("compare.png"), browser.getScreenshotAs(OutputType.BYTES));

    browser.get("about:blank");
    browser.get(page + "#king-county--detainer-limit");
    WebElement linked = browser.findElement(By.id("king-county--detainer-limit"));
    assertTrue(linked.isDisplayed(), "a permalink opens its cell");
    assertTrue(linked.getText().contains("ending the honoring of civil immigration hold requests"));
    assertTrue(browser.findElement(By.cssSelector("tr[data-name='King County'] td[data-kind=detainer-limit]"))
        .getAttribute("class").contains("selected"));
  }

  @Test
  void filtersLiveInTheAddressAndSayWhenNothingMatches() {
    browser.get(page);
    WebElement search = browser.findElement(By.id("jurisdiction-filter"));
    search.sendKeys("zzzz");
    assertTrue(visibleJurisdictions().isEmpty());
    assertTrue(browser.findElement(By.id("no-match")).isDisplayed(), "says that nothing matches");
    assertEquals("0 of 7 jurisdictions shown", browser.findElement(By.id("shown")).getText());
    search.clear();
    search.sendKeys("wisconsin");
    assertEquals(List.of("Dane County", "City of Madison"), visibleJurisdictions(), "a state's name matches");
    assertFalse(browser.findElement(By.id("no-match")).isDisplayed());
    assertTrue(browser.getCurrentUrl().contains("jurisdiction=wisconsin"), browser.getCurrentUrl());

    browser.get("about:blank");
    browser.get(page + "?state=WA&hide=detainer-limit");
    assertEquals(List.of("King County"), visibleJurisdictions(), "filters come back from the address");
    assertEquals("WA", browser.findElement(By.id("state-filter")).getAttribute("value"));
    assertFalse(browser.findElement(By.cssSelector("input[name=kind][value=detainer-limit]")).isSelected());
    assertTrue(browser.findElements(By.cssSelector("td[data-kind=detainer-limit]")).stream()
        .noneMatch(WebElement::isDisplayed));
  }

  @Test
  void theDateControlShowsEachDaysLawAndLivesInTheAddress() throws IOException {
    Path html = Files.writeString(OUT.resolve("compare-over-time.html"), new ComparisonPage().render(
        ComparisonPageTest.snapshots(ComparisonPageTest.Y2015, ComparisonPageTest.Y2022), "Over time"));
    String overTime = html.toAbsolutePath().toUri().toString();
    browser.get(overTime);
    assertTrue(browser.findElement(By.id("matrix-2022-01-01")).isDisplayed());
    assertFalse(browser.findElement(By.id("matrix-2015-01-01")).isDisplayed());
    browser.findElement(By.id("as-of")).click();
    browser.findElement(By.cssSelector("#as-of option[value='2015-01-01']")).click();
    assertTrue(browser.findElement(By.id("matrix-2015-01-01")).isDisplayed());
    assertFalse(browser.findElement(By.id("matrix-2022-01-01")).isDisplayed());
    assertTrue(browser.getCurrentUrl().contains("as-of=2015-01-01"), browser.getCurrentUrl());
    long rows2015 = browser.findElements(By.cssSelector("#matrix-2015-01-01 tbody tr")).size();
    assertEquals(rows2015 + " of " + rows2015 + " jurisdictions shown", browser.findElement(By.id("shown")).getText());

    browser.get("about:blank");
    browser.get(overTime + "?as-of=2015-01-01&state=IL");
    assertTrue(browser.findElement(By.id("matrix-2015-01-01")).isDisplayed(), "the day comes back from the address");
    assertEquals(List.of("City of Chicago"), browser.findElements(By.cssSelector("#matrix-2015-01-01 tbody tr"))
        .stream().filter(WebElement::isDisplayed).map(tr -> tr.getAttribute("data-name")).toList());
    assertEquals(List.of(), Axe.violations(browser), overTime);
  }

  @Test
  void thePageFitsA1280PixelWindow() {
    org.openqa.selenium.Dimension before = browser.manage().window().getSize();
    try {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
      browser.get(page);
      long inner = (Long) browser.executeScript("return window.innerWidth");
      long content = (Long) browser.executeScript("return document.documentElement.scrollWidth");
      assertTrue(content <= inner, "the page is " + content + " px wide in a " + inner + " px window");
    } finally {
      browser.manage().window().setSize(before);
    }
  }

  @Test
  void axeFindsNoViolationOnTheComparisonPageADocumentOrTheDiffPage() throws IOException {
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    ClauseSet madison = dev.haven.core.testing.Fixtures.load(dev.haven.core.testing.Fixtures.SEEDS
        .resolve("corpus/us-wi-madison/res-2017-safe-haven.yaml"));
    ClauseSet mpd = dev.haven.core.testing.Fixtures.load(dev.haven.core.testing.Fixtures.SEEDS
        .resolve("corpus/us-wi-madison/mpd-immigration-2017.yaml"));
    Path document = Files.writeString(OUT.resolve("madison.html"),
        dev.haven.render.HtmlRenderer.builder().build().render(madison));
    Path clean = Files.writeString(OUT.resolve("madison-clean.html"),
        dev.haven.render.HtmlRenderer.builder().clean(true).build().render(madison));
    Path diff = Files.writeString(OUT.resolve("diff.html"),
        new dev.haven.render.diff.DiffHtml().render(dev.haven.core.diff.Diff.between(madison, mpd)));
    for (String url : List.of(page, document.toAbsolutePath().toUri().toString(),
        clean.toAbsolutePath().toUri().toString(), diff.toAbsolutePath().toUri().toString())) {
      browser.get(url);
      assertEquals(List.of(), Axe.violations(browser), url);
    }
  }
}
