package de.kundenkontakt.quickcheck.app.guide;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The guide's pages in headless Chromium: reachable with the keyboard, free of axe-core
 * violations in both languages, fit for a 360 px phone, and loading nothing from other hosts.
 */
class GuideBrowserTest extends BrowserTest {

    @Test
    void guidePagesPassAxeInBothLanguagesAndLoadOnlyFromThisServer() {
        List<String> pages = List.of(
                "/kanaele", "/kanaele?phase=desire", "/kanaele/virtual-showroom", "/beduerfnisse", "/customer-journey",
                "/tipps", "/glossar", "/hilfe", "/impressum", "/datenschutz");
        for (String language : List.of("de", "en")) {
            for (String page : pages) {
                driver.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
                assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
                browser.assertNoAxeViolations(page + " (" + language + ")");
                browser.assertOnlyRequestsTo(url(""));
            }
        }
    }

    @Test
    void keyboardUserFiltersTheIndexAndOpensATouchpoint() {
        driver.manage().deleteAllCookies();
        driver.get(url("/kanaele?lang=de"));

        browser.tabTo(element -> "/kanaele?phase=action".equals(element.getDomAttribute("href")));
        browser.keys(Keys.ENTER);
        browser.waitFor(() -> driver.getCurrentUrl().endsWith("phase=action"));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Kauf (Action)");
        browser.tabTo(element -> "/kanaele/online-shop".equals(element.getDomAttribute("href")));
        browser.keys(Keys.ENTER);
        browser.waitFor(() -> driver.getCurrentUrl().endsWith("/kanaele/online-shop"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Online-Shop");
        assertThat(driver.findElements(By.cssSelector(".phase-item--fits"))).hasSize(5);
    }

    @Test
    void touchpointPageAndIndexFitAPhone() {
        driver.get(url("/kanaele/suchmaschinenmarketing?lang=de"));
        browser.assertFitsA360PixelPhone("touchpoint page");
        driver.get(url("/kanaele?lang=de"));
        browser.assertFitsA360PixelPhone("touchpoint index");
    }
}
