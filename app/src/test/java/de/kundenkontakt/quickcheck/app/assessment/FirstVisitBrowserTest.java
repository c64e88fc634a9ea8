package de.kundenkontakt.quickcheck.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.BrowserTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A saved assessment opened in a brand-new browser profile (another device, a colleague): the
 * first form sent from its long page is accepted, not refused for a missing CSRF cookie.
 */
class FirstVisitBrowserTest extends BrowserTest {

    @Autowired
    AssessmentService service;

    @Test
    void savesTheProfileOnTheFirstTryInAFreshBrowserProfile() {
        CreatedAssessment saved = service.createComplete(new AssessmentInput(
                null,
                AssessmentStoreContract.allAnswers("wichtig"),
                CompanyProfile.EMPTY,
                CurrentState.parse(Map.of("website", "in-use", "newsletter", "planned", "blog", "not-used"))));
        // Chromium comes to each browser test class without cookies (BrowserSupport.reset); nothing was opened before this page.
        assertThat(driver.manage().getCookies()).isEmpty();

        driver.get(url("/auswertung/" + saved.viewToken().value()));
        assertThat(driver.getPageSource().length()).isGreaterThan(50_000);
        WebElement name = driver.findElement(By.id("profil-name"));
        name.sendKeys("Bäckerei Erste Sahne");
        WebElement save = driver.findElement(By.cssSelector("#profil button[type=submit]"));
        save.click();
        browser.waitFor(() -> driver.getCurrentUrl().contains("gespeichert=profil"));

        assertThat(driver.findElement(By.tagName("h1")).getText())
                .doesNotContain("schiefgegangen")
                .doesNotContain("went wrong");
        assertThat(service.find(saved.viewToken()).orElseThrow().profile().companyName())
                .isEqualTo("Bäckerei Erste Sahne");
    }
}
