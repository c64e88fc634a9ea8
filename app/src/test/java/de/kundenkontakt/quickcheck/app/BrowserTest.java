package de.kundenkontakt.quickcheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.Workspace;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: the headless Chromium of the test JVM ({@link BrowserSupport#shared},
 * with its skip and require rules; reset after each class) and the address of the application under test, which runs in
 * the context all tests over real HTTP share ({@link QuickcheckServerContext}, on a random port).
 */
@QuickcheckServerContext
public abstract class BrowserTest {

    protected static BrowserSupport browser;
    protected static ChromeDriver driver;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser(TestInfo test) throws IOException {
        browser = BrowserSupport.shared(test.getTestClass().map(Class::getSimpleName).orElse("browser test"));
        driver = browser.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.reset();
            browser = null;
            driver = null;
        }
    }

    /** The address of a path on the application under test, on the loopback interface. */
    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Opens the path, waits for the page's heading and asserts that axe-core finds no violation on the page. */
    protected void open(String path, String page) {
        driver.get(url(path));
        browser.waitFor(() -> !driver.findElements(By.tagName("h1")).isEmpty());
        browser.assertNoAxeViolations(page);
    }

    /**
     * Signs in on the German sign-in page with the keyboard alone (Tab to the e-mail field, Tab on to
     * the password field, Enter) as the account with {@link Workspace#PASSWORD}; waits for the workspace.
     */
    protected void signInWithKeyboard(Account account) {
        driver.get(url("/anmelden?lang=de"));
        browser.tabTo(element -> "email".equals(element.getDomAttribute("id")));
        browser.keys(account.email());
        browser.keys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("password");
        browser.keys(Workspace.PASSWORD);
        browser.keys(Keys.ENTER);
        browser.waitFor(() -> driver.getCurrentUrl().endsWith("/arbeitsbereich"));
    }

    /** Signs in on the German sign-in page by filling in the form and clicking its button; waits for the workspace. */
    protected void signIn(Account account) {
        driver.get(url("/anmelden?lang=de"));
        driver.findElement(By.id("email")).sendKeys(account.email());
        driver.findElement(By.id("password")).sendKeys(Workspace.PASSWORD);
        driver.findElement(By.cssSelector("form.account-form button[type=submit]")).click();
        browser.waitFor(() -> driver.getCurrentUrl().endsWith("/arbeitsbereich"));
    }
}
