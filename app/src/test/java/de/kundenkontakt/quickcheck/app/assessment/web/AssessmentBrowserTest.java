package de.kundenkontakt.quickcheck.app.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.BrowserTest;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.Usage;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Saves a result, fills in the current state with the keyboard alone, re-assesses, compares and
 * deletes in headless Chromium, and checks each new page with axe-core.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:quickcheck-assessment-browser;DB_CLOSE_DELAY=-1")
class AssessmentBrowserTest extends BrowserTest {

    @Autowired
    AssessmentService service;

    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    @Test
    void savesAResultFillsTheCurrentStateByKeyboardComparesAndDeletesWithEveryPageAxeClean() throws IOException {
        driver.manage().deleteAllCookies();
        String code = AssessmentPagesIntegrationTest.CODE;
        List<TouchpointResult> ranking = AssessmentPagesIntegrationTest.evaluation(code).ranking();

        // Result page with the save form: reach "Ergebnis speichern" with Tab, press Enter.
        driver.get(url(SaveFormHostController.PATH + "?k=2022&a=" + code + "&lang=de"));
        browser.tabTo(e -> "submit".equals(e.getDomAttribute("type")) && e.getText().equals("Ergebnis speichern"));
        browser.keys(Keys.ENTER);
        browser.waitFor(() -> driver.getCurrentUrl().contains("/gespeichert"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ihre Auswertung ist gespeichert");
        String viewUrl = driver.findElement(By.id("link-ansehen")).getDomProperty("value");
        String deleteUrl = driver.findElement(By.id("link-loeschen")).getDomProperty("value");
        assertThat(viewUrl).contains("/auswertung/");
        assertThat(deleteUrl).contains("/loeschen/");
        browser.screenshot("assessment-links");
        browser.assertNoAxeViolations("saved-links page");

        // The assessment page: current state with the keyboard alone.
        driver.get(viewUrl);
        browser.waitFor(() -> !driver.findElements(By.id("stand-titel")).isEmpty());
        browser.assertNoAxeViolations("assessment page");
        String first = ranking.get(0).touchpoint().id();
        String second = ranking.get(1).touchpoint().id();
        String third = ranking.get(2).touchpoint().id();
        browser.tabTo(e -> ("stand-" + first + "-0").equals(e.getDomAttribute("id")));
        browser.keys(Keys.SPACE);
        browser.keys(Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("stand-" + second + "-0");
        browser.keys(Keys.ARROW_DOWN);
        browser.keys(Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("stand-" + third + "-0");
        browser.keys(Keys.ARROW_DOWN);
        browser.keys(Keys.ARROW_DOWN);
        assertThat(checked(first)).isEqualTo("in-use");
        assertThat(checked(second)).isEqualTo("planned");
        assertThat(checked(third)).isEqualTo("not-used");
        browser.tabTo(e -> "submit".equals(e.getDomAttribute("type")) && e.getText().equals("Stand speichern"));
        browser.keys(Keys.ENTER);
        browser.waitFor(() -> driver.getCurrentUrl().contains("gespeichert=stand"));
        assertThat(driver.findElement(By.cssSelector(".notice[role=status]")).getText()).contains("Stand ist gespeichert");
        assertThat(checked(first)).isEqualTo("in-use");
        assertThat(driver.findElement(By.id("standort")).getText()).contains("Potenzial");
        assertThat(driver.findElements(By.cssSelector("#plan li.plan-step"))).isNotEmpty();
        browser.screenshot("assessment-page");
        browser.assertNoAxeViolations("assessment page with gap analysis and action plan");
        Map<String, Usage> state = service.find(viewUrl.substring(viewUrl.lastIndexOf('/') + 1)).orElseThrow()
                .currentState().asMap();
        assertThat(state).containsEntry(first, Usage.IN_USE).containsEntry(second, Usage.PLANNED)
                .containsEntry(third, Usage.NOT_USED).hasSize(3);

        // At 360 px the assessment page needs no horizontal scrolling.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        try {
            driver.navigate().refresh();
            browser.waitFor(() -> !driver.findElements(By.id("stand-titel")).isEmpty());
            assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360L);
            browser.screenshot("assessment-page-360");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        // "Erneut prüfen": a new draft with links of its own; change one answer and complete it.
        driver.findElement(By.xpath("//button[normalize-space()='Erneut prüfen']")).click();
        browser.waitFor(() -> driver.getCurrentUrl().contains("/gespeichert"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ihr Entwurf ist gespeichert");
        driver.findElement(By.linkText("Fragebogen weiter ausfüllen")).click();
        browser.waitFor(() -> !driver.findElements(By.cssSelector("form.questionnaire")).isEmpty());
        browser.assertNoAxeViolations("draft questionnaire");
        String question = Catalogs.builtIn().find("2022").orElseThrow().questions().get(0).id();
        click(driver.findElement(By.cssSelector("label[for=frage-" + question + "-0]")));
        driver.findElement(By.xpath("//button[normalize-space()='Ergebnis anzeigen']")).click();
        browser.waitFor(() -> !driver.findElements(By.id("stand-titel")).isEmpty());

        // The comparison.
        driver.findElement(By.linkText("Mit der früheren Auswertung vergleichen")).click();
        browser.waitFor(() -> driver.getCurrentUrl().endsWith("/vergleich"));
        assertThat(driver.findElements(By.cssSelector("tr.compare-answer"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("tr.compare-movement"))).hasSize(23);
        browser.screenshot("assessment-comparison");
        browser.assertNoAxeViolations("comparison page");

        // Deleting the first assessment: confirmation, then gone.
        driver.get(deleteUrl);
        browser.waitFor(() -> !driver.findElements(By.tagName("h1")).isEmpty());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Auswertung endgültig löschen?");
        browser.screenshot("assessment-delete");
        browser.assertNoAxeViolations("delete confirmation page");
        driver.findElement(By.xpath("//button[normalize-space()='Endgültig löschen']")).click();
        browser.waitFor(() -> driver.getCurrentUrl().endsWith("/geloescht"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ihre Auswertung ist gelöscht");
        browser.assertNoAxeViolations("deleted page");
        driver.get(viewUrl);
        browser.waitFor(() -> !driver.findElements(By.tagName("h1")).isEmpty());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Zu diesem Link gibt es keine Auswertung");
        browser.assertNoAxeViolations("not-found page");
    }

    @Test
    void continueLaterInTheQuestionnaireSavesADraftAndShowsBothLinks() {
        driver.manage().deleteAllCookies();
        driver.get(url("/fragebogen?lang=de"));
        click(driver.findElement(By.cssSelector("label[for=frage-reichweite-2]")));
        driver.findElement(By.xpath("//button[normalize-space()='Später weitermachen']")).click();
        browser.waitFor(() -> driver.getCurrentUrl().contains("/gespeichert"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ihr Entwurf ist gespeichert");
        String viewUrl = driver.findElement(By.id("link-ansehen")).getDomProperty("value");
        Assessment draft = service.find(viewUrl.substring(viewUrl.lastIndexOf('/') + 1)).orElseThrow();
        assertThat(draft.isComplete()).isFalse();
        assertThat(draft.answers().asIds()).containsExactly(Map.entry("reichweite", "wichtig"));
        browser.assertNoAxeViolations("saved-links page of a draft");
    }

    /** Clicks an element after scrolling it to the middle, clear of the sticky questionnaire footer. */
    private void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private String checked(String touchpoint) {
        return (String) browser.script(
                "var c = document.querySelector('input[name=\"usage[' + arguments[0] + ']\"]:checked'); return c ? c.value : null;",
                touchpoint);
    }
}
