package de.kundenkontakt.quickcheck.app.company;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.BrowserTest;
import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.AccountService;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.account.Workspace;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.engine.Question;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The company pages in Chromium: a consultant signs in, adds a company and runs its check with the
 * keyboard alone; every company page (list, form with errors, company, questionnaire, saved links,
 * assessment, participation link and the company's side of it, comparison, change, deletion,
 * shared assessments, sharing by advisor code) has no axe-core violation (WCAG 2.1 AA), lists and
 * tables fit a 360 px phone, and no request goes to another host.
 */
class CompanyBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CompanyService companies;

    @Autowired
    CompanyChecks checks;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AdvisorCodes advisorCodes;

    private String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** Waits for the page with this heading; says which page came instead. */
    private void waitForHeading(String expected) {
        try {
            browser.waitFor(() ->
                    driver.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().equals(expected)));
        } catch (TimeoutException timeout) {
            throw new AssertionError("expected the page \"" + expected + "\", got " + driver.getCurrentUrl() + ": "
                    + driver.findElement(By.tagName("body")).getText(), timeout);
        }
    }

    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    @Test
    void addsACompanyAndRunsItsCheckByKeyboardWithEveryCompanyPageAxeClean() throws IOException {
        Account consultant = accounts.create(Workspace.newEmail("browser-firmen"), Role.CONSULTANT, Workspace.PASSWORD, null);
        SignedInAccount me = SignedInAccount.of(consultant);
        driver.manage().deleteAllCookies();

        // Keyboard only: sign in, the companies in the navigation, "Unternehmen anlegen".
        signInWithKeyboard(consultant);
        browser.followLink("Unternehmen");
        browser.waitFor(() -> driver.getCurrentUrl().endsWith("/arbeitsbereich/unternehmen"));
        assertThat(heading()).isEqualTo("Ihre Unternehmen");
        browser.assertNoAxeViolations("empty company list");
        browser.followLink("Unternehmen anlegen");
        browser.waitFor(() -> driver.getCurrentUrl().endsWith("/unternehmen/neu"));
        browser.assertNoAxeViolations("new company form");

        // Without a name: the error summary takes the focus and links to the field.
        browser.pressButton("Unternehmen anlegen");
        browser.waitFor(() -> !driver.findElements(By.cssSelector(".error-summary")).isEmpty());
        assertThat(focused().getDomAttribute("class")).contains("error-summary");
        browser.assertNoAxeViolations("new company form with error summary");
        browser.tabTo(e -> "companyName".equals(e.getDomAttribute("id")));
        browser.keys("Tischlerei Kante");
        browser.pressButton("Unternehmen anlegen");
        waitForHeading("Tischlerei Kante");
        browser.assertNoAxeViolations("company page without assessments");

        // The check on this device: every question by keyboard (first option, then two steps down).
        browser.followLink("Auf diesem Gerät durchführen");
        browser.waitFor(() -> driver.getCurrentUrl().endsWith("/pruefung"));
        browser.assertNoAxeViolations("questionnaire for a company");
        for (Question question : CompanyWorkspaceTest.CATALOG.questions()) {
            browser.tabTo(e -> ("frage-" + question.id() + "-0").equals(e.getDomAttribute("id")));
            browser.keys(Keys.SPACE);
            browser.keys(Keys.ARROW_DOWN);
            browser.keys(Keys.ARROW_DOWN);
            assertThat(focused().getDomAttribute("id")).isEqualTo("frage-" + question.id() + "-2");
        }
        browser.pressButton("Ergebnis anzeigen");
        waitForHeading("Die Auswertung für Tischlerei Kante ist gespeichert");
        browser.assertNoAxeViolations("saved links of a company's assessment");
        browser.followLink("Auswertung ansehen");
        browser.waitFor(() -> driver.getCurrentUrl().contains("/auswertungen/"));
        assertThat(heading()).startsWith("Tischlerei Kante: Auswertung vom");
        assertThat(driver.findElements(By.cssSelector("#main table, #main ol"))).isNotEmpty();
        browser.assertNoAxeViolations("company assessment");
        browser.assertFitsA360PixelPhone("company assessment");
        String companyPath = driver.getCurrentUrl().substring(url("").length()).replaceFirst("/auswertungen/.*", "");

        // The company page with its history, the participation link and the company's side of it.
        open(companyPath, "company page with history");
        browser.assertFitsA360PixelPhone("company page with history");
        driver.findElement(By.xpath("//button[normalize-space()='Teilnahmelink erstellen']")).click();
        browser.waitFor(() -> !driver.findElements(By.id("teilnahmelink")).isEmpty());
        browser.assertNoAxeViolations("participation link created");
        String participation = driver.findElement(By.id("teilnahmelink")).getDomProperty("value");
        assertThat(participation).startsWith(url("/teilnahme/"));
        driver.get(participation);
        browser.waitFor(() -> !driver.findElements(By.cssSelector("form.questionnaire")).isEmpty());
        browser.assertNoAxeViolations("participation questionnaire");
        browser.script("document.querySelectorAll('input[id$=\"-3\"]').forEach(function (r) { r.checked = true; });");
        driver.findElement(By.xpath("//button[normalize-space()='Ergebnis anzeigen']")).click();
        waitForHeading("Vielen Dank für Ihre Antworten");
        browser.assertNoAxeViolations("participation done");
        open(participation.substring(url("").length()), "used participation link");
        assertThat(heading()).isEqualTo("Dieser Fragebogen ist schon beantwortet");

        // Change, comparison with a second company, the list with two, deletion.
        open(companyPath + "/bearbeiten", "company change form");
        Company second = companies.create(me, CompanyProfile.parse(ProfileOptions.builtIn(), "Bäckerei Krume", "C", "10-49", "DE-SN", "b2c"));
        checks.start(me, second.id(), null, CompanyWorkspaceTest.answers("wichtig"), false);
        String firstId = companyPath.substring(companyPath.lastIndexOf('/') + 1);
        open("/arbeitsbereich/unternehmen/vergleich?u=" + firstId + "&u=" + second.id(), "comparison");
        assertThat(driver.findElements(By.cssSelector("table caption"))).hasSizeGreaterThanOrEqualTo(2);
        browser.assertFitsA360PixelPhone("comparison");
        open("/arbeitsbereich/unternehmen", "company list");
        assertThat(driver.findElements(By.cssSelector("input[name=u]"))).hasSize(2);
        browser.assertFitsA360PixelPhone("company list");
        open("/arbeitsbereich/unternehmen?suche=nichts", "company list without a match");
        open("/arbeitsbereich/unternehmen/" + second.id() + "/loeschen", "company deletion");
        assertThat(heading()).isEqualTo("Bäckerei Krume löschen?");
        open("/arbeitsbereich/unternehmen/" + UUID.randomUUID(), "unknown company");
        assertThat(heading()).isEqualTo("Hier ist nichts zu finden");

        // A company shares its own assessment by the advisor code; the consultant sees it.
        open("/arbeitsbereich/geteilt", "shared assessments, none yet");
        String code = advisorCodes.codeOf(consultant.id());
        CreatedAssessment own = assessments.createComplete(AssessmentInput.of(CompanyWorkspaceTest.answers("wichtig")));
        String share = "/auswertung/" + own.viewToken().value() + "/teilen";
        open(share, "share page");
        driver.findElement(By.id("code")).sendKeys("FALSCH");
        driver.findElement(By.xpath("//button[normalize-space()='Auswertung freigeben']")).click();
        browser.waitFor(() -> !driver.findElements(By.cssSelector(".error-summary")).isEmpty());
        browser.assertNoAxeViolations("share page with error summary");
        driver.findElement(By.id("code")).clear();
        driver.findElement(By.id("code")).sendKeys(code);
        driver.findElement(By.xpath("//button[normalize-space()='Auswertung freigeben']")).click();
        browser.waitFor(() -> !driver.findElements(By.cssSelector("form[action$='/zurueckziehen']")).isEmpty());
        browser.assertNoAxeViolations("share page, shared");
        open("/arbeitsbereich/geteilt", "shared assessments");
        open("/arbeitsbereich/geteilt/" + own.assessment().id(), "shared assessment");

        // English.
        open("/arbeitsbereich/unternehmen?lang=en", "company list in English");
        assertThat(driver.findElement(By.cssSelector(".advisor-code__value")).getText()).isEqualTo(code);
        open(companyPath, "company page in English");
        open("/arbeitsbereich/unternehmen/vergleich?u=" + firstId + "&u=" + second.id(), "comparison in English");
        driver.get(url("/arbeitsbereich?lang=de"));

        browser.assertOnlyRequestsTo(url(""));
    }
}
