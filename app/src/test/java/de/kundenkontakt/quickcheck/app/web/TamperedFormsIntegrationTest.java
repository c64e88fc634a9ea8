package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.QuickcheckServerContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forms sent with a valid security token but with field names or values no form of ours sends:
 * a 400 page naming the field, never a 500 or a stack trace.
 */
@QuickcheckServerContext
@ExtendWith(OutputCaptureExtension.class)
class TamperedFormsIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("XSRF-TOKEN=([^;]+)");

    @LocalServerPort
    int port;

    /** A complete assessment's page, and the cookie and token it hands out. */
    private record Session(String view, String cookie, String csrf) {}

    private Session session() throws Exception {
        String answers = String.join(",", java.util.stream.Stream.of("synchrone-kommunikation", "verfuegbarkeit-24-7",
                        "reichweite", "kosten-zeitersparnis", "visualisierung", "kundenbeziehung", "kundeninformationen",
                        "absatzkanaele", "glaubwuerdigkeit", "automatisierung-service", "kundenakquise",
                        "automatisierung-vertrieb", "einstiegskosten", "laufende-kosten")
                .map(q -> "\"" + q + "\":\"wichtig\"")
                .toList());
        RawHttp.Response created = RawHttp.send(port, "POST /api/v1/assessments HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json", ("{\"answers\":{" + answers + "}}").getBytes(StandardCharsets.UTF_8));
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(created.body());
        assertThat(token.find()).as(created.body()).isTrue();
        String view = "/auswertung/" + token.group(1);
        RawHttp.Response page = RawHttp.get(port, view);
        Matcher csrf = CSRF.matcher(page.body());
        Matcher cookie = COOKIE.matcher(page.header("Set-Cookie"));
        assertThat(csrf.find() && cookie.find()).isTrue();
        return new Session(view, cookie.group(1), csrf.group(1));
    }

    private RawHttp.Response post(String path, String cookie, String body) throws Exception {
        return RawHttp.send(port, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\nAccept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\nCookie: XSRF-TOKEN="
                        + cookie,
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tamperedFieldNamesGetA400PageNamingTheField(CapturedOutput output) throws Exception {
        Session session = session();
        String[][] cases = {
            {session.view() + "/stand", "usage.website=in-use"},
            {session.view() + "/stand", "usage%5Bwebsite%5D%5Bx%5D=1"},
            {session.view() + "/profil", "companyName.x=1"},
            {session.view() + "/profil", "industry.code=1"},
            {"/fragebogen", "k=2022&answers.x=1"},
            {"/auswertungen/entwurf", "k=2022&answers.x=1"},
            // a map's name without a key: a value data binding cannot put into the map
            {session.view() + "/stand", "usage=in-use"},
            {"/fragebogen", "k=2022&answers=wichtig"},
            {"/auswertungen/entwurf", "k=2022&answers=wichtig"},
            {session.view() + "/erneut", "answers=wichtig"},
        };
        for (String[] tampered : cases) {
            RawHttp.Response response = post(tampered[0], session.cookie(), "_csrf=" + session.csrf() + "&" + tampered[1]);

            assertThat(response.status()).as(tampered[1]).isEqualTo(400);
            String field = java.net.URLDecoder.decode(tampered[1].replaceAll("=.*|^k=2022&", ""), StandardCharsets.UTF_8);
            assertThat(response.body()).as(tampered[1]).contains("Feld").contains(field.length() > 40 ? field.substring(0, 40) : field);
        }
        assertThat(output.getAll()).doesNotContain("Default value must not be null").doesNotContain(" ERROR ");
    }

    @Test
    void aCompanyNameOf61EmojiIsSavedFromTheProfileForm() throws Exception {
        Session session = session();
        String name = "\ud83d\ude00".repeat(61);

        RawHttp.Response saved = post(session.view() + "/profil", session.cookie(),
                "_csrf=" + session.csrf() + "&companyName=" + URLEncoder.encode(name, StandardCharsets.UTF_8));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(RawHttp.get(port, session.view()).body()).contains(name);
    }

    @Test
    void invisibleCharactersInTheCompanyNameAreRefusedOnThePage() throws Exception {
        Session session = session();

        RawHttp.Response refused = post(session.view() + "/profil", session.cookie(),
                "_csrf=" + session.csrf() + "&companyName=" + URLEncoder.encode("\u202eevil", StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("unsichtbaren Zeichen");
    }
}
