package de.kundenkontakt.quickcheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.result.ResultCode;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Question;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Walks through the Quickcheck in headless Chromium as a keyboard user would, and checks every
 * page with axe-core. Needs {@code /usr/bin/chromium}, {@code /usr/bin/chromedriver} and
 * {@code node_modules/axe-core} (see {@code scripts/test}); without them it is skipped, or fails
 * when {@code QUICKCHECK_REQUIRE_BROWSER=true}.
 */
class QuickcheckBrowserTest extends BrowserTest {

    /** The chosen level index per question: sehr wichtig, wichtig, weniger wichtig, unwichtig, ... */
    private static final String CODE = "32103210321032";

    @Test
    void completesTheQuickcheckWithTheKeyboardAloneAndEveryPagePassesAxe() throws IOException {
        Catalog catalog = Catalogs.builtIn().defaultCatalog();
        List<Question> questions = catalog.questions();
        driver.manage().deleteAllCookies();

        // Start page: reach the start button with Tab and follow it with Enter.
        driver.get(url("/?lang=de"));
        browser.assertNoAxeViolations("start page");
        browser.tabTo(element -> "/fragebogen".equals(element.getDomAttribute("href"))
                && element.getDomAttribute("class") != null
                && element.getDomAttribute("class").contains("button"));
        browser.keys(Keys.ENTER);
        browser.waitFor(() -> driver.getCurrentUrl().contains("/fragebogen"));
        assertThat(driver.findElements(By.cssSelector("fieldset"))).hasSize(14);
        browser.assertNoAxeViolations("questionnaire");

        // Answer all but the last two questions; the progress line follows.
        for (int i = 0; i < 12; i++) {
            String firstRadio = "frage-" + questions.get(i).id() + "-0";
            browser.tabTo(element -> firstRadio.equals(element.getDomAttribute("id")));
            chooseInFocusedGroup(level(i));
        }
        WebElement progress = driver.findElement(By.id("progress"));
        assertThat(progress.isDisplayed()).isTrue();
        assertThat(progress.getText()).isEqualTo("12 von 14 beantwortet");

        // Submit with two questions open: the error summary names both and has the focus.
        browser.tabTo(element -> "submit".equals(element.getDomAttribute("type")));
        browser.keys(Keys.ENTER);
        browser.waitFor(() -> !driver.findElements(By.cssSelector(".error-summary")).isEmpty());
        WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("Es gibt ein Problem")
                .contains(questions.get(12).topic().de())
                .contains(questions.get(13).topic().de());
        assertThat(driver.switchTo().activeElement().getDomAttribute("class")).contains("error-summary");
        assertThat(driver.findElements(By.cssSelector("input[type=radio]:checked"))).hasSize(12);
        browser.screenshot("questionnaire-errors");
        browser.assertNoAxeViolations("questionnaire with error summary");

        // Follow the summary's first link to the first open question and answer the rest.
        browser.keys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getDomAttribute("href"))
                .isEqualTo("#frage-" + questions.get(12).id() + "-0");
        browser.keys(Keys.ENTER);
        browser.waitFor(() -> ("frage-" + questions.get(12).id() + "-0")
                .equals(driver.switchTo().activeElement().getDomAttribute("id")));
        chooseInFocusedGroup(level(12));
        String lastFirstRadio = "frage-" + questions.get(13).id() + "-0";
        browser.tabTo(element -> lastFirstRadio.equals(element.getDomAttribute("id")));
        chooseInFocusedGroup(level(13));
        assertThat(driver.findElement(By.id("progress")).getText()).isEqualTo("14 von 14 beantwortet");
        browser.tabTo(element -> "submit".equals(element.getDomAttribute("type")));
        browser.keys(Keys.ENTER);

        // Result: the shareable link, 23 rows, the engine's winner first.
        browser.waitFor(() -> driver.getCurrentUrl().contains("/ergebnis"));
        assertThat(driver.getCurrentUrl()).endsWith("/ergebnis?k=" + catalog.id() + "&a=" + CODE);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ihr Ergebnis");
        List<WebElement> rows = driver.findElements(By.cssSelector("tr.ranking__row"));
        assertThat(rows).hasSize(23);
        String expectedFirst = catalog.evaluate(answers(catalog)).ranking().get(0).touchpoint().id();
        assertThat(rows.get(0).getDomAttribute("data-touchpoint")).isEqualTo(expectedFirst);
        browser.screenshot("result-1280");
        browser.assertNoAxeViolations("result page");

        browser.assertOnlyRequestsTo(url(""));

        // On a 360 px phone the result needs no horizontal scrolling.
        browser.assertFitsA360PixelPhone("result page");
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
            browser.keys(Keys.SPACE);
        } else {
            for (int i = 0; i < level; i++) {
                browser.keys(Keys.ARROW_DOWN);
            }
        }
        Object checked = browser.script(
                "var c = document.querySelector('input[type=radio][name=\"' + arguments[0] + '\"]:checked');"
                        + "return c ? c.id : null;",
                name);
        assertThat(checked).as("checked radio of " + name).isEqualTo(name.replace("answers[", "frage-").replace("]", "-") + level);
    }

}
