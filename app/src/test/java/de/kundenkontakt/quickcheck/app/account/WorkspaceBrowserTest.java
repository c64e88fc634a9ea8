package de.kundenkontakt.quickcheck.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.BrowserTest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workspace in Chromium: a sign-in with the keyboard alone, and every page of accounts,
 * administration and audit log without an axe-core violation (WCAG 2.1 AA), in both languages
 * where the texts differ most, at 360 px where tables and forms could overflow, with no request to
 * another host.
 */
class WorkspaceBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TokenService tokens;

    private void submit(String formSelector) {
        driver.findElement(By.cssSelector(formSelector + " button[type=submit]")).click();
    }

    @Test
    void signsInWithTheKeyboardAloneAndEveryWorkspacePagePassesAxe() throws IOException {
        Account admin = accounts.create(Workspace.newEmail("browser-admin"), Role.ADMINISTRATOR, Workspace.PASSWORD, null);
        Account consultant = accounts.create(Workspace.newEmail("browser-berater"), Role.CONSULTANT, Workspace.PASSWORD, null);
        tokens.create(admin.id(), "Auswertungsskript");
        driver.manage().deleteAllCookies();

        // Sign-in page, then its error summary after a wrong password (one failure only: see SessionCookieIntegrationTest)
        open("/anmelden?lang=de", "sign-in page");
        driver.findElement(By.id("email")).sendKeys(admin.email());
        driver.findElement(By.id("password")).sendKeys("Falsches Passwort 9");
        submit("form.account-form");
        browser.waitFor(() -> !driver.findElements(By.cssSelector(".error-summary")).isEmpty());
        assertThat(driver.switchTo().activeElement().getDomAttribute("class")).contains("error-summary");
        browser.assertNoAxeViolations("sign-in page with error summary");
        browser.assertFitsA360PixelPhone("sign-in page with error summary");

        // Keyboard only: Tab to the e-mail field (the address is kept), to the password, Enter.
        signInWithKeyboard(admin);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ihr Arbeitsbereich");
        browser.assertNoAxeViolations("workspace");
        browser.screenshot("workspace");

        // The account page, a new token, the page that shows it once.
        open("/arbeitsbereich/konto", "account page");
        browser.assertFitsA360PixelPhone("account page");
        driver.findElement(By.id("name")).sendKeys("Browsertest");
        submit("form[action='/arbeitsbereich/konto/schluessel']");
        browser.waitFor(() -> !driver.findElements(By.id("zugriffsschluessel")).isEmpty());
        assertThat(driver.findElement(By.id("zugriffsschluessel")).getDomProperty("value")).startsWith("qc_pat_");
        browser.assertNoAxeViolations("new token page");
        driver.get(url("/arbeitsbereich/konto"));
        driver.findElement(By.id("currentPassword")).sendKeys("nicht das Passwort");
        submit("form[action='/arbeitsbereich/konto/passwort']");
        browser.waitFor(() -> !driver.findElements(By.cssSelector(".error-summary")).isEmpty());
        browser.assertNoAxeViolations("account page with error summary");

        // Administration: the list, an invitation, its link, the deactivation step, the audit log.
        open("/arbeitsbereich/verwaltung", "accounts");
        browser.assertFitsA360PixelPhone("accounts");
        open("/arbeitsbereich/verwaltung/einladen", "invitation form");
        submit("form.account-form");
        browser.waitFor(() -> !driver.findElements(By.cssSelector(".error-summary")).isEmpty());
        browser.assertNoAxeViolations("invitation form with error summary");
        driver.findElement(By.id("email")).clear();
        String invited = Workspace.newEmail("browser-gast");
        driver.findElement(By.id("email")).sendKeys(invited);
        submit("form.account-form");
        browser.waitFor(() -> !driver.findElements(By.id("einladungslink")).isEmpty());
        String link = driver.findElement(By.id("einladungslink")).getDomProperty("value");
        browser.assertNoAxeViolations("invitation link");
        open("/arbeitsbereich/verwaltung/konten/" + consultant.id() + "/deaktivieren", "deactivation");
        open("/arbeitsbereich/protokoll", "audit log");
        assertThat(driver.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        browser.assertFitsA360PixelPhone("audit log");
        open("/arbeitsbereich/protokoll?from=gestern", "audit log with error summary");
        open("/arbeitsbereich?lang=en", "workspace in English");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your workspace");
        open("/arbeitsbereich/protokoll", "audit log in English");
        driver.get(url("/arbeitsbereich?lang=de"));

        // Sign out with the navigation's button.
        submit("form.workspace-nav__sign-out");
        browser.waitFor(() -> driver.getCurrentUrl().contains("/anmelden"));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Sie sind abgemeldet.");
        browser.assertNoAxeViolations("sign-in page after signing out");

        // The invitation link, as the invited person sees it, with errors, used, then dead.
        driver.get(link);
        browser.assertNoAxeViolations("invitation page");
        driver.findElement(By.id("password")).sendKeys("kurz");
        submit("form.account-form");
        browser.waitFor(() -> !driver.findElements(By.cssSelector(".error-summary")).isEmpty());
        browser.assertNoAxeViolations("invitation page with error summary");
        driver.findElement(By.id("password")).sendKeys("Ein Passwort mit Aussicht");
        driver.findElement(By.id("confirmPassword")).sendKeys("Ein Passwort mit Aussicht");
        submit("form.account-form");
        browser.waitFor(() -> driver.getCurrentUrl().contains("hinweis=konto-angelegt"));
        browser.assertNoAxeViolations("sign-in page after the account was created");
        open(link.substring(link.indexOf("/einladung/")), "used invitation link");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dieser Einladungslink funktioniert nicht");

        // A consultant on an administrator's page gets the workspace's 403 page.
        signIn(consultant);
        List<WebElement> adminLinks = driver.findElements(By.cssSelector("a[href='/arbeitsbereich/verwaltung']"));
        assertThat(adminLinks).isEmpty();
        open("/arbeitsbereich/verwaltung", "no access page");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kein Zugriff auf diese Seite");

        browser.assertOnlyRequestsTo(url(""));
    }
}
