package de.kundenkontakt.quickcheck.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.BrowserTest;
import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.AccountService;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.Workspace;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Question;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard, the research export page and the peer benchmark in Chromium: reached and used
 * with the keyboard alone, no axe-core violation (WCAG 2.1 AA) in German and English and with an
 * error summary, nothing wider than a 360 px phone, no request to another host.
 */
class DashboardBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    Catalogs catalogs;

    @Autowired
    Seeds seeds;

    private void checked(String page) {
        browser.waitFor(() -> !driver.findElements(By.tagName("h1")).isEmpty());
        browser.assertNoAxeViolations(page);
    }

    /**
     * The whole way with the keyboard alone: sign in, add a client company, run its check on this
     * device, then the dashboard shows it and filters it.
     */
    @Test
    void aConsultantGoesFromSignInThroughACompanyAndItsCheckToTheDashboardWithTheKeyboardAlone() throws IOException {
        Account consultant = accounts.create(Workspace.newEmail("dash-browser"), Role.CONSULTANT, Workspace.PASSWORD, null);
        Catalog catalog = catalogs.defaultCatalog();
        driver.manage().deleteAllCookies();

        signInWithKeyboard(consultant);

        // A company: name, industry C (typed into the select), 10-49 employees.
        browser.followLink("Unternehmen");
        browser.waitFor(() -> driver.getCurrentUrl().endsWith("/arbeitsbereich/unternehmen"));
        browser.followLink("Unternehmen anlegen");
        browser.waitFor(() -> driver.getCurrentUrl().endsWith("/unternehmen/neu"));
        browser.tabTo(e -> "companyName".equals(e.getDomAttribute("id")));
        browser.keys("Druckerei Tastatur");
        browser.tabTo(e -> "industry".equals(e.getDomAttribute("id")));
        browser.keys("C");
        browser.tabTo(e -> "radio".equals(e.getDomAttribute("type")) && "sizeClass".equals(e.getDomAttribute("name")));
        String sizeRadio = driver.findElement(By.cssSelector("input[name=sizeClass][value='10-49']")).getDomAttribute("id");
        while (!sizeRadio.equals(driver.switchTo().activeElement().getDomAttribute("id"))) {
            browser.keys(Keys.ARROW_DOWN);
        }
        browser.pressButton("Unternehmen anlegen");
        browser.waitFor(() -> driver.findElement(By.tagName("h1")).getText().equals("Druckerei Tastatur"));

        // Its check on this device: every question answered with the keyboard.
        browser.followLink("Auf diesem Gerät durchführen");
        browser.waitFor(() -> driver.getCurrentUrl().endsWith("/pruefung"));
        for (Question question : catalog.questions()) {
            browser.tabTo(e -> ("frage-" + question.id() + "-0").equals(e.getDomAttribute("id")));
            browser.keys(Keys.SPACE);
            browser.keys(Keys.ARROW_DOWN);
        }
        browser.pressButton("Ergebnis anzeigen");
        browser.waitFor(() -> driver.findElement(By.tagName("h1")).getText().contains("ist gespeichert"));

        // The dashboard from the workspace navigation: the new assessment is counted.
        browser.tabTo(element -> "/arbeitsbereich/dashboard".equals(element.getDomAttribute("href")));
        browser.keys(Keys.ENTER);
        browser.waitFor(() -> driver.getCurrentUrl().endsWith("/arbeitsbereich/dashboard"));
        checked("dashboard");
        assertThat(driver.findElement(By.cssSelector(".dashboard-summary__count")).getText())
                .startsWith("1 abgeschlossene Auswertung von");
        // Every need has its row in the answers table, with the one answer counted.
        assertThat(driver.findElements(By.cssSelector("#beduerfnisse tbody tr"))).hasSize(catalog.questions().size());
        browser.screenshot("dashboard");
        browser.assertFitsA360PixelPhone("dashboard");

        // The filter form with the keyboard: the industry select, then the submit button.
        browser.tabTo(element -> "industry".equals(element.getDomAttribute("id")));
        browser.keys("C");
        browser.tabTo(element -> "submit".equals(element.getDomAttribute("type")));
        browser.keys(Keys.ENTER);
        browser.waitFor(() -> driver.getCurrentUrl().contains("industry=C"));
        checked("dashboard filtered by industry");
        assertThat(driver.findElement(By.cssSelector(".dashboard-summary")).getText()).contains("Gefiltert: C")
                .contains("1 abgeschlossene Auswertung");

        driver.get(url("/arbeitsbereich/dashboard?from=2026-13&sizeClass=riesig"));
        checked("dashboard with error summary");
        assertThat(driver.switchTo().activeElement().getDomAttribute("class")).contains("error-summary");
        driver.get(url("/arbeitsbereich/dashboard?lang=en"));
        checked("dashboard in English");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        assertThat(driver.findElement(By.cssSelector(".dashboard-summary__count")).getText())
                .startsWith("1 completed assessment from");
        driver.get(url("/arbeitsbereich/dashboard?lang=de&from=1999-01"));
        checked("dashboard of a period without assessments");
        browser.assertOnlyRequestsTo(url(""));
    }

    @Test
    void theResearchExportPageAndThePeerBenchmarkPassAxe() throws IOException {
        Catalog catalog = catalogs.defaultCatalog();
        for (int i = 0; i < 10; i++) {
            seeds.complete(null, catalog, i % 2 == 0 ? "wichtig" : "sehr-wichtig", seeds.profile("U", "250+", "CH"));
        }
        CreatedAssessment mine = seeds.complete(null, catalog, "weniger-wichtig", seeds.profile("U", "250+", "CH"));
        driver.manage().deleteAllCookies();
        driver.get(url("/auswertung/" + mine.viewToken().value() + "?lang=de"));
        checked("assessment page with peer benchmark");
        assertThat(driver.findElement(By.id("vergleichswerte")).getText())
                .contains("Verglichen mit", "Unteres Quartil");
        // At 360 px (waiting for the long page to be laid out): no horizontal scrolling.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        try {
            driver.navigate().refresh();
            browser.waitFor(() -> !driver.findElements(By.id("vergleichswerte-titel")).isEmpty());
            assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360L);
            browser.assertNoAxeViolations("assessment page with peer benchmark at 360 px");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        driver.findElement(By.cssSelector(".consent-form button")).click();
        browser.waitFor(() -> driver.getCurrentUrl().contains("gespeichert=vergleichswerte"));
        checked("assessment page after saving the consent");
        driver.get(url("/auswertung/" + mine.viewToken().value() + "?lang=en"));
        checked("assessment page with peer benchmark in English");

        Account admin = accounts.create(Workspace.newEmail("forschung-browser"), Role.ADMINISTRATOR, Workspace.PASSWORD, null);
        driver.manage().deleteAllCookies();
        signIn(admin);
        checked("workspace with dashboard and research cards");
        driver.get(url("/arbeitsbereich/verwaltung/forschungsdaten"));
        checked("research export page");
        browser.assertFitsA360PixelPhone("research export page");
        driver.get(url("/arbeitsbereich/dashboard"));
        checked("administrator's dashboard");
        browser.assertFitsA360PixelPhone("administrator's dashboard");
        driver.get(url("/arbeitsbereich/verwaltung/forschungsdaten?lang=en"));
        checked("research export page in English");
        browser.assertOnlyRequestsTo(url(""));
    }
}
