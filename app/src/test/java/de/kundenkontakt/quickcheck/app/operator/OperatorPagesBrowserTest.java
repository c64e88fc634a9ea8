package de.kundenkontakt.quickcheck.app.operator;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.BrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The legal and help pages with an operator's own UTF-8 file (umlauts and ß in every field, long
 * words and a long e-mail address): rendered correctly in German and English, free of axe-core
 * violations, and fit for a 360 px phone.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.import=file:src/test/resources/operator/umlauts.properties",
            "spring.datasource.url=jdbc:h2:mem:quickcheck-operator-browser;DB_CLOSE_DELAY=-1"
        })
class OperatorPagesBrowserTest extends BrowserTest {

    private static final Map<String, List<String>> EXPECTED = Map.of(
            "/impressum", List.of("Bäckerei Größe & Söhne Gesellschaft mit beschränkter Haftung", "Hauptstraße 5",
                    "12345 Übersee", "Jürgen Müßig (Geschäftsführer)", "Amtsgericht Düsseldorf, HRB 12345"),
            "/datenschutz", List.of("Bäckerei Größe & Söhne Gesellschaft mit beschränkter Haftung", "Hauptstraße 5",
                    "Datenschutzbeauftragte Frau Özlem Weiß"),
            "/hilfe", List.of("Gründungsberatung Öffnungszeiten-Süd", "Handwerkskammer Düsseldorf",
                    "Köln, Düsseldorf und Mülheim"));

    @Test
    void operatorPagesShowTheOperatorsUmlautsInBothLanguagesAndFitAPhone() {
        for (String language : List.of("de", "en")) {
            for (Map.Entry<String, List<String>> page : EXPECTED.entrySet()) {
                String name = page.getKey() + " (" + language + ")";
                driver.get(url(page.getKey() + "?lang=" + language));
                String text = driver.findElement(By.tagName("main")).getText();
                assertThat(text).as(name).contains(page.getValue());
                assertThat(text).as(name + " has no mis-decoded UTF-8").doesNotContain("Ã", "Â", "\u009f");
                assertThat(text).as(name + " shows no example placeholders").doesNotContain("Beispiel", "Musterstadt");
                browser.assertNoAxeViolations(name);
                browser.assertFitsA360PixelPhone(name);
            }
        }
    }
}
