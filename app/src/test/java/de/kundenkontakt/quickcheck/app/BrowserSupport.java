package de.kundenkontakt.quickcheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium with axe-core for browser tests: the same requirements and skip rules as
 * {@link QuickcheckBrowserTest} ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver},
 * {@code node_modules/axe-core}; skipped without them unless {@code QUICKCHECK_REQUIRE_BROWSER=true}).
 */
public final class BrowserSupport implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String AXE_MISSING = "axe-core is not on the page";

    private final ChromeDriver driver;
    private final Path profile;
    private final String axe;

    private BrowserSupport(ChromeDriver driver, Path profile, String axe) {
        this.driver = driver;
        this.profile = profile;
        this.axe = axe;
    }

    /** The one Chromium of this test JVM, started by the first browser test class that asks for it. */
    private static BrowserSupport shared;

    /**
     * The Chromium that all browser test classes of this JVM share, started on first use and quit
     * when the JVM ends; skips (fails when required) the calling test class when a tool is missing.
     * Starting Chromium costs about a second of CPU per test class; {@link #reset()} between
     * classes gives each class a browser without the previous class's cookies, cache or page.
     */
    public static synchronized BrowserSupport shared(String testName) throws IOException {
        if (shared == null) {
            BrowserSupport started = start(testName);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    System.err.println("Chromium profile not removed: " + e);
                }
            }));
            shared = started;
        }
        return shared;
    }

    /** Starts Chromium, or skips (fails when required) the calling test class when a tool is missing. */
    public static BrowserSupport start(String testName) throws IOException {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + " (Debian package chromium)");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add(CHROMEDRIVER + " (Debian package chromium-driver)");
        }
        Path axeFile = axeFile();
        if (axeFile == null) {
            missing.add("node_modules/axe-core/axe.min.js (run npm ci in the repository root)");
        }
        if (!missing.isEmpty()) {
            String message = "Browser test needs " + String.join(", ", missing);
            String required = System.getProperty("QUICKCHECK_REQUIRE_BROWSER", System.getenv("QUICKCHECK_REQUIRE_BROWSER"));
            if ("true".equalsIgnoreCase(required)) {
                fail(message + "; QUICKCHECK_REQUIRE_BROWSER=true makes this a failure");
            }
            System.err.println(testName + " skipped: " + message);
            assumeTrue(false, message + "; skipped");
        }
        Path profile = Files.createTempDirectory("quickcheck-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the back/forward cache and RenderDocument, a navigation neither keeps the page it leaves
        // alive nor builds a new document host for the next: about a sixth less Chromium CPU per page
        // (measured over 40 pages x load + axe + 360 px). No test goes back or forward in the history.
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-features=BackForwardCache,RenderDocument",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        String axe = Files.readString(axeFile, StandardCharsets.UTF_8);
        // axe-core comes with every page Chromium loads instead of being sent over WebDriver (500 kB)
        // each time a test checks a page; it only defines window.axe and loads nothing.
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axe));
        return new BrowserSupport(driver, profile, axe);
    }

    /**
     * Leaves Chromium as a newly started one would be for the next test class: one window on a blank
     * page at 1280 px, no cookies (of any port on 127.0.0.1), an empty cache.
     */
    public void reset() {
        String first = driver.getWindowHandles().iterator().next();
        for (String window : driver.getWindowHandles()) {
            if (!window.equals(first)) {
                driver.switchTo().window(window).close();
            }
        }
        driver.switchTo().window(first);
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    private static Path axeFile() {
        OutsideCheckers.awaitToolsInstall();
        String configured = System.getProperty("quickcheck.axe");
        List<Path> candidates = configured != null
                ? List.of(Path.of(configured))
                : List.of(Path.of("..", "node_modules", "axe-core", "axe.min.js"), Path.of("node_modules", "axe-core", "axe.min.js"));
        return candidates.stream().filter(Files::isReadable).findFirst().orElse(null);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Asserts that axe-core finds no WCAG 2.1 A/AA violation on the current page. */
    public void assertNoAxeViolations(String page) {
        Object violations = runAxe();
        if (AXE_MISSING.equals(violations)) {
            driver.executeScript(axe);
            violations = runAxe();
        }
        assertThat(violations).as("axe-core violations on the " + page).isEqualTo("[]");
    }

    /**
     * Runs axe-core (preloaded into every page, see {@link #start}) on the current page: its
     * violations as JSON, or {@link #AXE_MISSING} on a page that came without it.
     */
    private Object runAxe() {
        // resultTypes: axe still runs every rule on every node, but gathers the nodes of the
        // passed and inapplicable rules no further (their result lists stay short): faster, same violations
        return driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "if (typeof axe !== 'object') { done(arguments[1]); return; }"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) {"
                        + "  return {id: v.id, impact: v.impact, help: v.help,"
                        + "          nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; }), null, 1)); })"
                        + ".catch(function (e) { done('axe failed: ' + e); });",
                AXE_TAGS, AXE_MISSING);
    }

    /**
     * Asserts that the current page and everything it loaded came from {@code origin} (such as
     * {@code http://127.0.0.1:8080}): no font, script, style or image from another host.
     */
    public void assertOnlyRequestsTo(String origin) {
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) driver.executeScript(
                "return performance.getEntries().filter(function (e) {"
                        + " return e.entryType === 'navigation' || e.entryType === 'resource'; })"
                        + ".map(function (e) { return e.name; });");
        assertThat(urls).as("requests of " + driver.getCurrentUrl()).isNotEmpty()
                .allSatisfy(url -> assertThat(url).startsWith(origin));
    }

    /**
     * Shows the current page as a 360 px wide phone and asserts it needs no horizontal scrolling.
     * Chromium lays the page out again for the new width (media queries, the viewport meta tag), so
     * no reload is needed: on all pages of {@code EveryPageBrowserTest} the widths measured with and
     * without a reload were the same.
     */
    public void assertFitsA360PixelPhone(String page) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        try {
            @SuppressWarnings("unchecked")
            List<Long> widths = (List<Long>) script("return [window.innerWidth, document.documentElement.scrollWidth]");
            assertThat(widths.get(0)).isEqualTo(360L);
            assertThat(widths.get(1)).as(page + " width at 360 px").isLessThanOrEqualTo(360L);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * The words of the current page's {@code main} that the browser broke across two lines
     * anywhere but after a hyphen or slash, each written with a bar where the line ends (such as
     * "Videokonfere|nz"); never null, empty when there are none. Words of fewer than six characters
     * are not looked at.
     */
    @SuppressWarnings("unchecked")
    public List<String> wordsBrokenInside() {
        return (List<String>) script("""
                var found = [], main = document.querySelector('main');
                var walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
                function top(node, from, to) {
                  var range = document.createRange(); range.setStart(node, from); range.setEnd(node, to);
                  var box = Array.from(range.getClientRects()).find(function (r) { return r.width > 0; });
                  return box ? Math.round(box.top) : null;
                }
                while (walker.nextNode()) {
                  var node = walker.currentNode, word, pattern = /[\\p{L}\\p{N}][\\p{L}\\p{N}\\-\\/]{5,}/gu;
                  if (!node.parentElement || node.parentElement.getClientRects().length === 0) continue;
                  while ((word = pattern.exec(node.data))) {
                    var shown = '', last = null, inside = false;
                    for (var i = 0; i < word[0].length; i++) {
                      var t = top(node, word.index + i, word.index + i + 1);
                      if (last !== null && t !== null && t !== last) {
                        shown += '|';
                        if ('-/'.indexOf(word[0][i - 1]) < 0) inside = true;
                      }
                      shown += word[0][i];
                      if (t !== null) last = t;
                    }
                    if (inside) found.push(shown);
                  }
                }
                return found;""");
    }

    /** Presses Tab until the focused element matches; fails after 150 steps. */
    public void tabTo(Predicate<WebElement> target) {
        for (int i = 0; i < 150; i++) {
            keys(Keys.TAB);
            if (target.test(driver.switchTo().activeElement())) {
                return;
            }
        }
        fail("Tab never reached the expected element; stuck at " + driver.switchTo().activeElement().getDomAttribute("id"));
    }

    /** Presses Tab until the link with exactly this text has the focus, then Enter. */
    public void followLink(String text) {
        tabTo(e -> "a".equals(e.getTagName()) && e.getText().equals(text));
        keys(Keys.ENTER);
    }

    /** Presses Tab until the submit button with exactly this text has the focus, then Enter. */
    public void pressButton(String text) {
        tabTo(e -> "submit".equals(e.getDomAttribute("type")) && e.getText().equals(text));
        keys(Keys.ENTER);
    }

    public void keys(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Waits up to 30 s until the condition holds on a fully loaded page. An element that goes stale
     * or leaves the document while the condition reads it (the page was just replaced) means "not
     * yet", not a failure; any other error of the browser still fails at once.
     */
    public void waitFor(BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> holdsOnLoadedPage(d, condition));
    }

    private static boolean holdsOnLoadedPage(WebDriver driver, BooleanSupplier condition) {
        try {
            return condition.getAsBoolean()
                    && "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState"));
        } catch (WebDriverException e) {
            // a stale element, or Chromium's words for a node that the navigation under way has just removed
            if (e instanceof StaleElementReferenceException
                    || String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return false;
            }
            throw e;
        }
    }

    public void screenshot(String name) throws IOException {
        Path folder = Path.of("target", "browser-screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
