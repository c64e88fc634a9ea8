package de.kundenkontakt.quickcheck.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may open which page and route of the workspace: anonymous visitors are sent to the
 * sign-in page, consultants reach their own pages but not the administrators', administrators
 * reach all; a session never opens the API, which needs a token. A consultant's 403 is the
 * workspace's own page.
 */
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



    Account consultant;
    Account admin;
    Account other;

    @BeforeEach
    void accounts() {
        consultant = workspace.newAccount("berater", Role.CONSULTANT);
        admin = workspace.newAccount("admin", Role.ADMINISTRATOR);
        other = workspace.newAccount("andere", Role.CONSULTANT);
    }

    /** One route and what anonymous, consultant and administrator get. */
    record Route(String name, Function<Account, MockHttpServletRequestBuilder> request, Outcome anonymous, Outcome consultant, Outcome admin) {}

    List<Route> routes() {
        return List.of(
                new Route("GET /arbeitsbereich", a -> get("/arbeitsbereich"), Outcome.SIGN_IN, Outcome.OK, Outcome.OK),
                new Route("GET /arbeitsbereich/konto", a -> get("/arbeitsbereich/konto"), Outcome.SIGN_IN, Outcome.OK, Outcome.OK),
                new Route("POST /arbeitsbereich/konto/schluessel",
                        a -> post("/arbeitsbereich/konto/schluessel").with(csrf()).param("name", "Matrix"),
                        Outcome.SIGN_IN, Outcome.OK, Outcome.OK),
                new Route("GET /arbeitsbereich/verwaltung", a -> get("/arbeitsbereich/verwaltung"),
                        Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.OK),
                new Route("GET /arbeitsbereich/verwaltung/einladen", a -> get("/arbeitsbereich/verwaltung/einladen"),
                        Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.OK),
                new Route("POST /arbeitsbereich/verwaltung/einladen",
                        a -> post("/arbeitsbereich/verwaltung/einladen").with(csrf()).param("email", Workspace.newEmail("neu")),
                        Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.OK),
                new Route("GET …/konten/{id}/deaktivieren", a -> get("/arbeitsbereich/verwaltung/konten/" + other.id() + "/deaktivieren"),
                        Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.OK),
                new Route("GET /arbeitsbereich/protokoll", a -> get("/arbeitsbereich/protokoll"),
                        Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.OK),
                new Route("GET /arbeitsbereich/gibt-es-nicht", a -> get("/arbeitsbereich/gibt-es-nicht"),
                        Outcome.SIGN_IN, Outcome.NOT_FOUND, Outcome.NOT_FOUND),
                new Route("GET /arbeitsbereich/dashboard", a -> get("/arbeitsbereich/dashboard"),
                        Outcome.SIGN_IN, Outcome.OK, Outcome.OK),
                new Route("GET /arbeitsbereich/dashboard/needs.csv", a -> get("/arbeitsbereich/dashboard/needs.csv"),
                        Outcome.SIGN_IN, Outcome.OK, Outcome.OK),
                new Route("GET /arbeitsbereich/dashboard/gibt-es-nicht.csv", a -> get("/arbeitsbereich/dashboard/gibt-es-nicht.csv"),
                        Outcome.SIGN_IN, Outcome.NOT_FOUND, Outcome.NOT_FOUND),
                new Route("GET /arbeitsbereich/verwaltung/forschungsdaten", a -> get("/arbeitsbereich/verwaltung/forschungsdaten"),
                        Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.OK),
                new Route("GET …/forschungsdaten/export.csv", a -> get("/arbeitsbereich/verwaltung/forschungsdaten/export.csv?catalog=2022"),
                        Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.OK),
                new Route("GET /api/v1/workspace/statistics (no token)", a -> get("/api/v1/workspace/statistics"),
                        Outcome.UNAUTHORIZED, Outcome.UNAUTHORIZED, Outcome.UNAUTHORIZED),
                new Route("GET /anmelden", a -> get("/anmelden"), Outcome.OK, Outcome.WORKSPACE, Outcome.WORKSPACE),
                new Route("GET /einladung/{unknown}", a -> get("/einladung/" + "A".repeat(42) + "A"),
                        Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND),
                new Route("GET /api/v1/workspace/me", a -> get("/api/v1/workspace/me"),
                        Outcome.UNAUTHORIZED, Outcome.UNAUTHORIZED, Outcome.UNAUTHORIZED));
    }

    @Test
    void everyRouteAnswersEachRoleAsTheMatrixSays() throws Exception {
        Cookie consultantSession = workspace.signIn(consultant);
        Cookie adminSession = workspace.signIn(admin);
        List<String> wrong = new ArrayList<>();
        for (Route route : routes()) {
            check(route, "anonymous", null, null, route.anonymous(), wrong);
            check(route, "consultant", consultant, consultantSession, route.consultant(), wrong);
            check(route, "admin", admin, adminSession, route.admin(), wrong);
        }
        assertThat(wrong).isEmpty();
    }

    private void check(Route route, String who, Account account, Cookie session, Outcome expected, List<String> wrong)
            throws Exception {
        MockHttpServletRequestBuilder request = route.request().apply(account);
        if (session != null) {
            request.cookie(session);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        Outcome actual = outcome(response);
        if (actual != expected) {
            wrong.add(route.name() + " as " + who + ": expected " + expected + ", got " + actual + " (" + response.getStatus()
                    + " " + response.getRedirectedUrl() + ")");
        }
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
            default -> throw new AssertionError("unexpected status " + status);
        };
    }

    @Test
    void anonymousVisitorsOfTheWorkspaceGoToTheSignInPage() throws Exception {
        // that they get no session is checked over real HTTP (SessionCookieIntegrationTest): once a
        // test used MockMvc's csrf(), CSRF tokens live in the session in this context
        MockHttpServletResponse response = mvc.perform(get("/arbeitsbereich/konto")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/anmelden");
    }

}
