package de.kundenkontakt.quickcheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Pages a phone user reads most, at 360 px in headless Chromium: nothing to scroll sideways, no
 * word broken in the middle (this Chromium has no German hyphenation dictionary, so a word too
 * long for its cell would break at any letter), the journey as a list in full-size text, and the
 * questionnaire's first question not covered by its bar.
 */
class SmallScreenBrowserTest extends BrowserTest {

    /** Runs the check in a window of this width (a phone below 800 px), then restores the window. */
    private void at(int width, Runnable check) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 740, "deviceScaleFactor", 1, "mobile", width < 800));
        try {
            check.run();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void open(String path) {
        driver.get(url(path));
        browser.waitFor(() -> !driver.findElements(By.tagName("h1")).isEmpty());
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({
        "/ergebnis?k=2022&a=23321312302122&lang=de, 360",
        "/ergebnis?k=2022&a=23321312302122&lang=en, 360",
        "/ergebnis?k=2022&a=33333333333333&lang=de, 360",
        "/kanaele/suchmaschinenmarketing?lang=de, 360",
        "/kanaele/suchmaschinenmarketing?lang=de, 1280",
        "/kanaele/bewertungsportale?lang=en, 360",
    })
    void keepsEveryWordWholeAndNeedsNoSidewaysScrolling(String path, int width) {
        at(width, () -> {
            open(path);
            assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(width);
            assertThat(browser.wordsBrokenInside()).as("words broken inside on " + path).isEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"de", "en"})
    void showsTheJourneyAsAListInFullSizeTextOnAPhone(String language) {
        at(360, () -> {
            open("/ergebnis?k=2022&a=23321312302122&lang=" + language);
            assertThat(driver.findElement(By.cssSelector(".journey__strip")).isDisplayed())
                    .as("the arrow strip, whose letters would shrink, is hidden").isFalse();
            assertThat(driver.findElements(By.cssSelector(".journey-stage"))).hasSize(6)
                    .allSatisfy(stage -> assertThat(stage.isDisplayed()).isTrue());
            Number stageText = (Number) browser.script(
                    "return parseFloat(getComputedStyle(document.querySelector('.journey-stage__list')).fontSize)");
            assertThat(stageText.doubleValue()).as("text size of the stages in px").isGreaterThanOrEqualTo(16.0);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"de", "en"})
    void leavesTheFirstQuestionUncoveredOnAPhone(String language) {
        at(360, () -> {
            open("/fragebogen?lang=" + language);
            Boolean covered = (Boolean) browser.script("""
                    var legend = document.querySelector('form.questionnaire fieldset legend');
                    legend.scrollIntoView({block: 'end'});
                    var box = legend.getBoundingClientRect();
                    var hit = document.elementFromPoint(box.left + 5, box.bottom - 3);
                    return !legend.contains(hit);""");
            assertThat(covered).as("something lies over the first question").isFalse();
            assertThat(driver.findElement(By.cssSelector(".questionnaire__footer")).getCssValue("position")).isEqualTo("static");
        });
    }
}
