package de.kundenkontakt.quickcheck.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Passwords, invitation links and access tokens never appear in clear text in any column of any
 * table (sessions included) while a whole account's life runs through the pages and the API, nor
 * in the log. Passwords and access tokens stay out of the log even with Spring Security, the web
 * layer, JDBC (statement parameters) and the application logging at DEBUG/TRACE. An invitation
 * link is a URL, and Spring Security's DEBUG log names every URL it secures (as it does for the
 * private links of assessments); at the levels the application runs with, it stays out too.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsIntegrationTest extends WorkspaceIntegrationTest {

    private static final Map<String, LogLevel> VERBOSE = Map.of(
            "org.springframework.security", LogLevel.TRACE,
            "org.springframework.web", LogLevel.DEBUG,
            "org.springframework.jdbc.core", LogLevel.TRACE,
            "de.kundenkontakt", LogLevel.DEBUG);




    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

    @AfterEach
    void logAsUsual() {
        VERBOSE.keySet().forEach(name -> logging.setLogLevel(name, null));
    }

    @Test
    void noSecretIsStoredOrLoggedEvenWithDebugLogging(CapturedOutput output) throws Exception {
        VERBOSE.forEach(logging::setLogLevel);
        Secrets secrets = liveAnAccountsLife();

        assertNotStored(secrets);
        for (String secret : List.of(secrets.firstPassword(), secrets.wrongPassword(), secrets.secondPassword(), secrets.token(),
                secrets.token().substring(7))) {
            assertThat(output.getAll()).as("log").doesNotContain(secret);
        }
    }

    @Test
    void noSecretIsLoggedAtTheConfiguredLevels(CapturedOutput output) throws Exception {
        Secrets secrets = liveAnAccountsLife();

        assertNotStored(secrets);
        for (String secret : secrets.all()) {
            assertThat(output.getAll()).as("log").doesNotContain(secret);
        }
    }

    /** The secrets of one account's life: its passwords, its invitation link's token, its access token. */
    record Secrets(String email, String firstPassword, String wrongPassword, String secondPassword, String invitation, String token) {

        List<String> all() {
            return List.of(firstPassword, wrongPassword, secondPassword, invitation, token, token.substring(7));
        }
    }

    /** Invitation, first password, a failed sign-in, a password change, a token and its use, a last sign-in. */
    private Secrets liveAnAccountsLife() throws Exception {
        Cookie admin = workspace.signIn(workspace.newAccount("geheim-admin", Role.ADMINISTRATOR));
        String email = Workspace.newEmail("geheim");
        String firstPassword = "Erstes geheimes Kennwort 41";
        String wrongPassword = "Falsches geheimes Kennwort 42";
        String secondPassword = "Zweites geheimes Kennwort 43";

        String link = Jsoup.parse(mvc.perform(post("/arbeitsbereich/verwaltung/einladen").cookie(admin).with(csrf()).param("email", email))
                        .andReturn().getResponse().getContentAsString())
                .getElementById("einladungslink").val();
        String invitation = link.substring(link.lastIndexOf('/') + 1);
        mvc.perform(post("/einladung/" + invitation).with(csrf()).param("password", firstPassword).param("confirmPassword", firstPassword));
        mvc.perform(post("/anmelden").with(csrf()).param("email", email).param("password", wrongPassword));
        Cookie session = workspace.signIn(email, firstPassword);
        mvc.perform(post("/arbeitsbereich/konto/passwort").cookie(session).with(csrf())
                .param("currentPassword", firstPassword)
                .param("newPassword", secondPassword)
                .param("confirmPassword", secondPassword));
        String token = Jsoup.parse(mvc.perform(post("/arbeitsbereich/konto/schluessel").cookie(session).with(csrf()).param("name", "Geheim"))
                        .andReturn().getResponse().getContentAsString())
                .getElementById("zugriffsschluessel").val();
        assertThat(mvc.perform(get("/api/v1/workspace/me").header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        Cookie laterSession = workspace.signIn(email, secondPassword);
        assertThat(mvc.perform(get("/arbeitsbereich").cookie(laterSession)).andReturn().getResponse().getStatus()).isEqualTo(200);
        return new Secrets(email, firstPassword, wrongPassword, secondPassword, invitation, token);
    }

    private void assertNotStored(Secrets secrets) {
        String storedHash = jdbc.sql("SELECT password_hash FROM account WHERE email = :email")
                .param("email", secrets.email())
                .query(String.class)
                .single();
        assertThat(storedHash).startsWith("{bcrypt}$2");
        List<String> rows = everyStoredValue();
        for (String secret : secrets.all()) {
            assertThat(rows).as("stored values").noneMatch(value -> value.contains(secret));
        }
        assertThat(sessionAttributes()).as("sessions keep no password hash").noneMatch(value -> value.contains(storedHash.substring(8)));
    }

    /** Every value of every column of every table, as text (binary columns read as ISO-8859-1). */
    private List<String> everyStoredValue() {
        List<String> tables = jdbc.sql("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")
                .query(String.class)
                .list();
        assertThat(tables).contains("ACCOUNT", "ACCOUNT_TOKEN", "ACCOUNT_INVITATION", "AUDIT_EVENT", "SPRING_SESSION_ATTRIBUTES");
        List<String> values = new ArrayList<>();
        for (String table : tables) {
            jdbc.sql("SELECT * FROM \"" + table + "\"").query((rs, n) -> {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    values.add(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value));
                }
                return null;
            }).list();
        }
        return values;
    }

    private List<String> sessionAttributes() {
        return jdbc.sql("SELECT ATTRIBUTE_BYTES FROM SPRING_SESSION_ATTRIBUTES")
                .query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1))
                .list();
    }
}
