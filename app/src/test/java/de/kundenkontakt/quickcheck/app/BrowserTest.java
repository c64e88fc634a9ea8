package de.kundenkontakt.quickcheck.app;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
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
}
