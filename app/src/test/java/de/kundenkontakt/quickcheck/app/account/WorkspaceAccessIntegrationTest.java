package de.kundenkontakt.quickcheck.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may open which page and route of the workspace: anonymous visitors are sent to the
 * sign-in page, consultants reach their own pages but not the administrators', administrators
 * reach all; a session never opens the API, which needs a token. A consultant's 403 is the
 * workspace's own page. (That anonymous visitors get no session is checked over real HTTP, in
 * {@code SessionCookieIntegrationTest}: once a test used MockMvc's {@code csrf()}, CSRF tokens
 * live in the session in this context.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceAccessIntegrationTest extends WorkspaceIntegrationTest {

    /** What a caller gets: a status, and for redirects where they lead. */
    enum Outcome {
        OK,
        SIGN_IN,
        WORKSPACE,
        FORBIDDEN,
        NOT_FOUND,
        UNAUTHORIZED
    }

    Workspace.SignedIn consultant;
    Workspace.SignedIn admin;
    Account other;

    /** The accounts and their sessions, once for the whole matrix. */
    @BeforeAll
    void accounts() throws Exception {
        Workspace workspace = new Workspace(mvc, accounts);
        consultant = workspace.signedIn("berater", Role.CONSULTANT);
        admin = workspace.signedIn("admin", Role.ADMINISTRATOR);
        other = workspace.newAccount("andere", Role.CONSULTANT);
    }

    /**
     * One route and what anonymous, consultant and administrator get. In a path, {@code {other}}
     * stands for another consultant's id and {@code {new}} for an e-mail address no test has used;
     * parameters of a POST are sent with the form-protection token.
     */
    @ParameterizedTest(name = "{0} {1}: anonymous {2}, consultant {3}, administrator {4}")
    @CsvSource(delimiter = '|', textBlock = """
            GET  | /arbeitsbereich                                                    | SIGN_IN      | OK           | OK
            GET  | /arbeitsbereich/konto                                              | SIGN_IN      | OK           | OK
            POST | /arbeitsbereich/konto/schluessel?name=Matrix                       | SIGN_IN      | OK           | OK
            GET  | /arbeitsbereich/verwaltung                                         | SIGN_IN      | FORBIDDEN    | OK
            GET  | /arbeitsbereich/verwaltung/einladen                                | SIGN_IN      | FORBIDDEN    | OK
            POST | /arbeitsbereich/verwaltung/einladen?email={new}                    | SIGN_IN      | FORBIDDEN    | OK
            GET  | /arbeitsbereich/verwaltung/konten/{other}/deaktivieren             | SIGN_IN      | FORBIDDEN    | OK
            GET  | /arbeitsbereich/protokoll                                          | SIGN_IN      | FORBIDDEN    | OK
            GET  | /arbeitsbereich/gibt-es-nicht                                      | SIGN_IN      | NOT_FOUND    | NOT_FOUND
            GET  | /arbeitsbereich/dashboard                                          | SIGN_IN      | OK           | OK
            GET  | /arbeitsbereich/dashboard/needs.csv                                | SIGN_IN      | OK           | OK
            GET  | /arbeitsbereich/dashboard/gibt-es-nicht.csv                        | SIGN_IN      | NOT_FOUND    | NOT_FOUND
            GET  | /arbeitsbereich/verwaltung/forschungsdaten                         | SIGN_IN      | FORBIDDEN    | OK
            GET  | /arbeitsbereich/verwaltung/forschungsdaten/export.csv?catalog=2022 | SIGN_IN      | FORBIDDEN    | OK
            GET  | /api/v1/workspace/statistics                                       | UNAUTHORIZED | UNAUTHORIZED | UNAUTHORIZED
            GET  | /anmelden                                                          | OK           | WORKSPACE    | WORKSPACE
            GET  | /einladung/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA             | NOT_FOUND    | NOT_FOUND    | NOT_FOUND
            GET  | /api/v1/workspace/me                                               | UNAUTHORIZED | UNAUTHORIZED | UNAUTHORIZED
            """)
    void everyRouteAnswersEachRoleAsTheMatrixSays(HttpMethod method, String path, Outcome asAnonymous, Outcome asConsultant,
            Outcome asAdmin) throws Exception {
        assertThat(List.of(outcome(method, path, null), outcome(method, path, consultant.session()),
                        outcome(method, path, admin.session())))
                .as("anonymous, consultant, administrator")
                .containsExactly(asAnonymous, asConsultant, asAdmin);
    }

    private Outcome outcome(HttpMethod method, String path, Cookie session) throws Exception {
        MockHttpServletRequestBuilder request = request(method,
                path.replace("{other}", other.id().toString()).replace("{new}", Workspace.newEmail("neu")));
        if (method == HttpMethod.POST) {
            request.with(csrf());
        }
        if (session != null) {
            request.cookie(session);
        }
        return outcome(mvc.perform(request).andReturn().getResponse());
    }

    private static Outcome outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/anmelden")) {
            return Outcome.SIGN_IN;
        }
        if (status == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/arbeitsbereich")) {
            return Outcome.WORKSPACE;
        }
        return switch (status) {
            case 200 -> Outcome.OK;
            case 401 -> Outcome.UNAUTHORIZED;
            case 403 -> {
                assertThat(response.getForwardedUrl()).isEqualTo("/kein-zugriff");
                yield Outcome.FORBIDDEN;
            }
            case 404 -> Outcome.NOT_FOUND;
            default -> throw new AssertionError("unexpected status " + status + " " + response.getRedirectedUrl());
        };
    }
}
