package de.kundenkontakt.quickcheck.app.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.BrowserTest;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.Usage;
import de.kundenkontakt.quickcheck.app.result.ResultCode;
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

/**
 * Saves a result, fills in the current state with the keyboard alone, re-assesses, compares and
 * deletes in headless Chromium, and checks each new page with axe-core.
 */
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
        driver.get(url(ResultCode.RESULT_PATH + "?k=2022&a=" + code + "&lang=de"));
        browser.pressButton("Ergebnis speichern");
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
        browser.pressButton("Stand speichern");
        browser.waitFor(() -> driver.getCurrentUrl().contains("gespeichert=stand"));
        WebElement stateSaved = driver.findElement(By.cssSelector("#stand .notice[role=status]"));
        assertThat(stateSaved.getText()).contains("Stand ist gespeichert").contains("Maßnahmenplan oben ist aktualisiert");
        assertThat(inViewport(stateSaved)).as("the confirmation is where the page opens").isTrue();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("stand-gespeichert");
        assertThat(checked(first)).isEqualTo("in-use");
        assertThat(driver.findElement(By.id("plan")).getText()).contains("Potenzial");
        assertThat(driver.findElements(By.cssSelector("#plan li.plan-step"))).isNotEmpty();
        browser.screenshot("assessment-page");
        browser.assertNoAxeViolations("assessment page with gap analysis and action plan");
        Map<String, Usage> state = service.find(viewUrl.substring(viewUrl.lastIndexOf('/') + 1)).orElseThrow()
                .currentState().usages();
        assertThat(state).containsEntry(first, Usage.IN_USE).containsEntry(second, Usage.PLANNED)
                .containsEntry(third, Usage.NOT_USED).hasSize(3);

        // The profile: its confirmation shows in its own section, in view.
        driver.findElement(By.id("profil-name")).sendKeys("Bäckerei Müller");
        click(driver.findElement(By.xpath("//button[normalize-space()='Profil speichern']")));
        browser.waitFor(() -> driver.getCurrentUrl().contains("gespeichert=profil"));
        WebElement profileSaved = driver.findElement(By.cssSelector("#profil .notice[role=status]"));
        assertThat(profileSaved.getText()).contains("Firmenprofil ist gespeichert");
        assertThat(inViewport(profileSaved)).isTrue();
        browser.assertNoAxeViolations("assessment page after saving the profile");

        // At 360 px: no horizontal scrolling, the summary's first heading visible without scrolling.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        try {
            driver.get(viewUrl);
            browser.waitFor(() -> !driver.findElements(By.id("zusammenfassung-titel")).isEmpty());
            assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360L);
            assertThat(inViewport(driver.findElement(By.id("zusammenfassung-titel")))).isTrue();
            assertThat(browser.wordsBrokenInside()).as("words broken inside at 360 px").isEmpty();
            browser.screenshot("assessment-page-360");
            browser.assertNoAxeViolations("assessment page at 360 px");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        // From the summary to a touchpoint page and back.
        driver.get(viewUrl);
        click(driver.findElement(By.cssSelector("#zusammenfassung .top-list a")));
        browser.waitFor(() -> !driver.findElements(By.cssSelector(".your-fit")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".your-fit")).getText()).contains("Für Ihr Unternehmen").contains("Platz 1 von 23");
        browser.assertNoAxeViolations("touchpoint page opened from an assessment");
        click(driver.findElement(By.linkText("Zurück zu Ihrem Ergebnis")));
        browser.waitFor(() -> driver.getCurrentUrl().contains("#rangfolge"));
        assertThat(driver.getCurrentUrl()).startsWith(viewUrl);

        // "Erneut prüfen" twice: pre-filled questionnaire, saved only on "Ergebnis anzeigen"; a chain of three.
        String question = Catalogs.builtIn().find("2022").orElseThrow().questions().get(0).id();
        String latest = viewUrl;
        for (int round = 0; round < 2; round++) {
            driver.get(latest);
            click(driver.findElement(By.linkText("Erneut prüfen")));
            browser.waitFor(() -> !driver.findElements(By.cssSelector("form.questionnaire")).isEmpty());
            assertThat(driver.getPageSource()).contains("Gespeichert wird erst");
            if (round == 0) {
                browser.assertNoAxeViolations("pre-filled questionnaire of a re-assessment");
            }
            click(driver.findElement(By.cssSelector("label[for=frage-" + question + "-" + round + "]")));
            click(driver.findElement(By.xpath("//button[normalize-space()='Ergebnis anzeigen']")));
            browser.waitFor(() -> driver.getCurrentUrl().endsWith("/gespeichert"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ihre Auswertung ist gespeichert");
            assertThat(driver.findElements(By.id("link-loeschen"))).hasSize(1);
            latest = driver.findElement(By.id("link-ansehen")).getDomProperty("value");
            driver.navigate().refresh();
            browser.waitFor(() -> !driver.findElements(By.tagName("h1")).isEmpty());
            assertThat(driver.findElements(By.id("link-loeschen"))).as("the delete link shows once").isEmpty();
        }

        // The comparison of the third with the first, and the trend over all three.
        driver.get(latest);
        browser.waitFor(() -> !driver.findElements(By.id("verlauf")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#verlauf li"))).hasSize(3);
        click(driver.findElements(By.linkText("mit dieser vergleichen")).get(0));
        browser.waitFor(() -> driver.getCurrentUrl().endsWith("/vergleich?mit=1"));
        assertThat(driver.findElements(By.cssSelector("tr.compare-answer"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("tr.compare-movement"))).hasSize(23);
        browser.screenshot("assessment-comparison");
        browser.assertNoAxeViolations("comparison page");
        browser.assertFitsA360PixelPhone("comparison page");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        try {
            driver.navigate().refresh();
            browser.waitFor(() -> !driver.findElements(By.cssSelector("tr.compare-movement")).isEmpty());
            @SuppressWarnings("unchecked")
            List<Long> rightEdges = (List<Long>) browser.script(
                    "return Array.from(document.querySelectorAll('.compare-table th, .compare-table td'))"
                            + ".filter(function (c) { return c.getClientRects().length > 0; })"
                            + ".map(function (c) { return Math.ceil(c.getBoundingClientRect().right); });");
            assertThat(rightEdges).as("right edges of the comparison's cells at 360 px, none cut off").isNotEmpty()
                    .allSatisfy(right -> assertThat(right).isLessThanOrEqualTo(360L));
            assertThat(driver.findElements(By.cssSelector(".compare-name-row th")).get(0).isDisplayed())
                    .as("the channel's name above its figures").isTrue();
            assertThat(browser.wordsBrokenInside()).as("words broken inside in the comparison at 360 px").isEmpty();
            browser.assertNoAxeViolations("comparison page at 360 px");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        driver.get(latest + "/verlauf");
        browser.waitFor(() -> !driver.findElements(By.cssSelector("tr.trend-row")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("tr.trend-row svg polyline"))).hasSize(23);
        @SuppressWarnings("unchecked")
        List<Boolean> aligned = (List<Boolean>) browser.script(
                "var heads = Array.from(document.querySelectorAll('.trend-table thead th'))"
                        + ".map(function (h) { return Math.round(h.getBoundingClientRect().left); });"
                        + "return Array.from(document.querySelectorAll('tr.trend-row')).map(function (row) {"
                        + "  var cells = Array.from(row.children).map(function (c) { return Math.round(c.getBoundingClientRect().left); });"
                        + "  return cells.length === heads.length && cells.every(function (x, i) { return x === heads[i]; }); });");
        assertThat(aligned).as("every trend row's cells stand under their column headings").hasSize(23).containsOnly(true);
        browser.assertNoAxeViolations("trend page");

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

    /** Whether the element's top edge is inside the window, so that a person sees it without scrolling. */
    private boolean inViewport(WebElement element) {
        return (Boolean) browser.script(
                "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;", element);
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
