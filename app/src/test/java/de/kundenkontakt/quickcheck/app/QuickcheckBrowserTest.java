package de.kundenkontakt.quickcheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.kundenkontakt.quickcheck.app.result.ResultCode;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Question;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Walks through the Quickcheck in headless Chromium as a keyboard user would, and checks every
 * page with axe-core. Needs {@code /usr/bin/chromium}, {@code /usr/bin/chromedriver} and
 * {@code node_modules/axe-core} (see {@code scripts/test}); without them it is skipped, or fails
 * when {@code QUICKCHECK_REQUIRE_BROWSER=true}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:quickcheck-browser;DB_CLOSE_DELAY=-1")
class QuickcheckBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** The chosen level index per question: sehr wichtig, wichtig, weniger wichtig, unwichtig, ... */
    private static final String CODE = "32103210321032";

    private static ChromeDriver driver;
    private static Path profile;
    private static String axe;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + " (Debian package chromium)");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add(CHROMEDRIVER + " (Debian package chromium-driver)");
        }
        Path axeFile = axeFile();
        if (axeFile == null) {
            String configured = System.getProperty("quickcheck.axe");
            missing.add(configured != null
                    ? configured + " (system property quickcheck.axe)"
                    : "node_modules/axe-core/axe.min.js (run npm ci in the repository root)");
        }
        if (!missing.isEmpty()) {
            String message = "Browser test needs " + String.join(", ", missing);
            if (required()) {
                fail(message + "; QUICKCHECK_REQUIRE_BROWSER=true makes this a failure");
            }
            System.err.println("QuickcheckBrowserTest skipped: " + message);
            assumeTrue(false, message + "; skipped");
        }
        axe = Files.readString(axeFile, StandardCharsets.UTF_8);
        profile = Files.createTempDirectory("quickcheck-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    private static boolean required() {
        String value = System.getProperty("QUICKCHECK_REQUIRE_BROWSER", System.getenv("QUICKCHECK_REQUIRE_BROWSER"));
        return "true".equalsIgnoreCase(value);
    }

    /** axe.min.js from {@code quickcheck.axe}, or node_modules in the repository root; null when absent. */
    private static Path axeFile() {
        String configured = System.getProperty("quickcheck.axe");
        List<Path> candidates = configured != null
                ? List.of(Path.of(configured))
                : List.of(
                        Path.of("..", "node_modules", "axe-core", "axe.min.js"),
                        Path.of("node_modules", "axe-core", "axe.min.js"));
        return candidates.stream().filter(Files::isReadable).findFirst().orElse(null);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void completesTheQuickcheckWithTheKeyboardAloneAndEveryPagePassesAxe() throws IOException {
        Catalog catalog = Catalogs.builtIn().defaultCatalog();
        List<Question> questions = catalog.questions();
        driver.manage().deleteAllCookies();

        // Start page: reach the start button with Tab and follow it with Enter.
        driver.get(url("/?lang=de"));
        assertNoAxeViolations("start page");
        tabTo(element -> "/fragebogen".equals(element.getDomAttribute("href"))
                && element.getDomAttribute("class") != null
                && element.getDomAttribute("class").contains("button"));
        keys(Keys.ENTER);
        waitFor(() -> driver.getCurrentUrl().contains("/fragebogen"));
        assertThat(driver.findElements(By.cssSelector("fieldset"))).hasSize(14);
        assertNoAxeViolations("questionnaire");

        // Answer all but the last two questions; the progress line follows.
        for (int i = 0; i < 12; i++) {
            String firstRadio = "frage-" + questions.get(i).id() + "-0";
            tabTo(element -> firstRadio.equals(element.getDomAttribute("id")));
            chooseInFocusedGroup(level(i));
        }
        WebElement progress = driver.findElement(By.id("progress"));
        assertThat(progress.isDisplayed()).isTrue();
        assertThat(progress.getText()).isEqualTo("12 von 14 beantwortet");

        // Submit with two questions open: the error summary names both and has the focus.
        tabTo(element -> "submit".equals(element.getDomAttribute("type")));
        keys(Keys.ENTER);
        waitFor(() -> !driver.findElements(By.cssSelector(".error-summary")).isEmpty());
        WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("Es gibt ein Problem")
                .contains(questions.get(12).topic().de())
                .contains(questions.get(13).topic().de());
        assertThat(driver.switchTo().activeElement().getDomAttribute("class")).contains("error-summary");
        assertThat(driver.findElements(By.cssSelector("input[type=radio]:checked"))).hasSize(12);
        screenshot("questionnaire-errors");
        assertNoAxeViolations("questionnaire with error summary");

        // Follow the summary's first link to the first open question and answer the rest.
        keys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getDomAttribute("href"))
                .isEqualTo("#frage-" + questions.get(12).id() + "-0");
        keys(Keys.ENTER);
        waitFor(() -> ("frage-" + questions.get(12).id() + "-0")
                .equals(driver.switchTo().activeElement().getDomAttribute("id")));
        chooseInFocusedGroup(level(12));
        String lastFirstRadio = "frage-" + questions.get(13).id() + "-0";
        tabTo(element -> lastFirstRadio.equals(element.getDomAttribute("id")));
        chooseInFocusedGroup(level(13));
        assertThat(driver.findElement(By.id("progress")).getText()).isEqualTo("14 von 14 beantwortet");
        tabTo(element -> "submit".equals(element.getDomAttribute("type")));
        keys(Keys.ENTER);

        // Result: the shareable link, 23 rows, the engine's winner first.
        waitFor(() -> driver.getCurrentUrl().contains("/ergebnis"));
        assertThat(driver.getCurrentUrl()).endsWith("/ergebnis?k=" + catalog.id() + "&a=" + CODE);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ihr Ergebnis");
        List<WebElement> rows = driver.findElements(By.cssSelector("tr.ranking__row"));
        assertThat(rows).hasSize(23);
        String expectedFirst = catalog.evaluate(answers(catalog)).ranking().get(0).touchpoint().id();
        assertThat(rows.get(0).getDomAttribute("data-touchpoint")).isEqualTo(expectedFirst);
        screenshot("result-1280");
        assertNoAxeViolations("result page");

        // On a 360 px phone the result needs no horizontal scrolling.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        try {
            driver.navigate().refresh();
            assertThat(script("return window.innerWidth")).isEqualTo(360L);
            assertThat((Long) script("return document.documentElement.scrollWidth"))
                    .as("result page width at 360 px")
                    .isLessThanOrEqualTo(360L);
            screenshot("result-360");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static Answers answers(Catalog catalog) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Question question : catalog.questions()) {
            ids.put(question.id(), catalog.levels().get(level(question.position())).id());
        }
        Answers answers = Answers.complete(catalog, ids);
        assertThat(ResultCode.encode(answers)).isEqualTo(CODE);
        return answers;
    }

    private static int level(int question) {
        return CODE.charAt(question) - '0';
    }

    /** Chooses a level in the radio group whose first, unchecked radio has the focus. */
    private void chooseInFocusedGroup(int level) {
        WebElement focused = driver.switchTo().activeElement();
        String name = focused.getDomAttribute("name");
        if (level == 0) {
            keys(Keys.SPACE);
        } else {
            for (int i = 0; i < level; i++) {
                keys(Keys.ARROW_DOWN);
            }
        }
        Object checked = script(
                "var c = document.querySelector('input[type=radio][name=\"' + arguments[0] + '\"]:checked');"
                        + "return c ? c.id : null;",
                name);
        assertThat(checked).as("checked radio of " + name).isEqualTo(name.replace("answers[", "frage-").replace("]", "-") + level);
    }

    private void tabTo(Predicate<WebElement> target) {
        for (int i = 0; i < 80; i++) {
            keys(Keys.TAB);
            if (target.test(driver.switchTo().activeElement())) {
                return;
            }
        }
        fail("Tab never reached the expected element; stuck at " + driver.switchTo().activeElement().getDomAttribute("id"));
    }

    private void keys(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> condition.getAsBoolean()
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void assertNoAxeViolations(String page) {
        ((JavascriptExecutor) driver).executeScript(axe);
        Object violations = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                        + ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) {"
                        + "  return {id: v.id, impact: v.impact, help: v.help,"
                        + "          nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; }), null, 1)); })"
                        + ".catch(function (e) { done('axe failed: ' + e); });",
                AXE_TAGS);
        assertThat(violations).as("axe-core violations on the " + page).isEqualTo("[]");
    }

    private void screenshot(String name) throws IOException {
        Path folder = Path.of("target", "browser-screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
