package de.kundenkontakt.quickcheck.app.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may open which company page and API route: anonymous visitors are sent to the sign-in page
 * (the API answers 401), consultant A reaches A's companies, consultant B never reaches them (404,
 * never a 403 that would confirm they exist) and does not see them in lists, comparisons or
 * exports, administrators reach every company. Every route is called for each of the four.
 */
class CompanyAccessIntegrationTest extends CompanyWorkspaceTest {

    @Autowired
    AssessmentService assessmentService;

    /** What a caller gets. */
    enum Outcome {
        OK,
        REDIRECT,
        SIGN_IN,
        NOT_FOUND,
        UNAUTHORIZED,
        BAD_REQUEST
    }

    /**
     * One route and what anonymous, consultant A (the owner), consultant B and the administrator get.
     * The request is built anew for each caller, on fresh data where it changes something.
     */
    record Route(String name, Supplier<MockHttpServletRequestBuilder> request, Outcome anonymous, Outcome owner,
            Outcome other, Outcome admin) {}

    Account owner;
    Account other;
    Account admin;

    /** A new company of A with a complete and a draft assessment, for one call. */
    record Fixture(Company company, CreatedAssessment complete, CreatedAssessment draft) {}

    Fixture fixture() {
        Company company = company(owner, "Matrix " + System.nanoTime());
        SignedInAccount me = SignedInAccount.of(owner);
        CreatedAssessment complete = checks.start(me, company.id(), null, answers("wichtig"), false);
        CreatedAssessment draft = checks.start(me, company.id(), null, java.util.Map.of(), true);
        return new Fixture(company, complete, draft);
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        String companies = "/arbeitsbereich/unternehmen";
        routes.add(new Route("GET list", () -> get(companies), Outcome.SIGN_IN, Outcome.OK, Outcome.OK, Outcome.OK));
        routes.add(new Route("GET new", () -> get(companies + "/neu"), Outcome.SIGN_IN, Outcome.OK, Outcome.OK, Outcome.OK));
        routes.add(new Route("POST new", () -> post(companies + "/neu").with(csrf()).param("companyName", "Neu"),
                Outcome.SIGN_IN, Outcome.REDIRECT, Outcome.REDIRECT, Outcome.REDIRECT));
        routes.add(new Route("GET export.csv", () -> get(companies + "/export.csv"),
                Outcome.SIGN_IN, Outcome.OK, Outcome.OK, Outcome.OK));
        routes.add(new Route("GET shared", () -> get("/arbeitsbereich/geteilt"),
                Outcome.SIGN_IN, Outcome.OK, Outcome.OK, Outcome.OK));
        routes.add(new Route("GET company", () -> get(companies + "/" + fixture().company().id()),
                Outcome.SIGN_IN, Outcome.OK, Outcome.NOT_FOUND, Outcome.OK));
        routes.add(new Route("GET edit", () -> get(companies + "/" + fixture().company().id() + "/bearbeiten"),
                Outcome.SIGN_IN, Outcome.OK, Outcome.NOT_FOUND, Outcome.OK));
        routes.add(new Route("POST edit", () -> post(companies + "/" + fixture().company().id() + "/bearbeiten")
                        .with(csrf()).param("companyName", "Umbenannt"),
                Outcome.SIGN_IN, Outcome.REDIRECT, Outcome.NOT_FOUND, Outcome.REDIRECT));
        routes.add(new Route("GET delete", () -> get(companies + "/" + fixture().company().id() + "/loeschen"),
                Outcome.SIGN_IN, Outcome.OK, Outcome.NOT_FOUND, Outcome.OK));
        routes.add(new Route("POST delete", () -> post(companies + "/" + fixture().company().id() + "/loeschen").with(csrf()),
                Outcome.SIGN_IN, Outcome.REDIRECT, Outcome.NOT_FOUND, Outcome.REDIRECT));
        routes.add(new Route("POST reassign", () -> post(companies + "/" + fixture().company().id() + "/uebertragen")
                        .with(csrf()).param("owner", admin.id().toString()),
                Outcome.SIGN_IN, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.REDIRECT));
        routes.add(new Route("GET check", () -> get(companies + "/" + fixture().company().id() + "/pruefung"),
                Outcome.SIGN_IN, Outcome.OK, Outcome.NOT_FOUND, Outcome.OK));
        routes.add(new Route("GET check again", () -> get(companies + "/" + fixture().company().id() + "/pruefung?erneut=ja"),
                Outcome.SIGN_IN, Outcome.OK, Outcome.NOT_FOUND, Outcome.OK));
        routes.add(new Route("POST check", () -> questionnaire(companies + "/" + fixture().company().id() + "/pruefung",
                        answers("wichtig"), null),
                Outcome.SIGN_IN, Outcome.OK, Outcome.NOT_FOUND, Outcome.OK));
        routes.add(new Route("POST participation link", () -> post(companies + "/" + fixture().company().id()
                        + "/teilnahmelink").with(csrf()),
                Outcome.SIGN_IN, Outcome.OK, Outcome.NOT_FOUND, Outcome.OK));
        routes.add(new Route("GET assessment", () -> {
            Fixture f = fixture();
            return get(companies + "/" + f.company().id() + "/auswertungen/" + f.complete().assessment().id());
        }, Outcome.SIGN_IN, Outcome.OK, Outcome.NOT_FOUND, Outcome.OK));
        routes.add(new Route("GET assessment of another company", () -> {
            Fixture f = fixture();
            Fixture g = fixture();
            return get(companies + "/" + f.company().id() + "/auswertungen/" + g.complete().assessment().id());
        }, Outcome.SIGN_IN, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND));
        routes.add(new Route("GET continue draft", () -> {
            Fixture f = fixture();
            return get(companies + "/" + f.company().id() + "/auswertungen/" + f.draft().assessment().id() + "/fortsetzen");
        }, Outcome.SIGN_IN, Outcome.OK, Outcome.NOT_FOUND, Outcome.OK));
        routes.add(new Route("POST continue draft", () -> {
            Fixture f = fixture();
            return questionnaire(companies + "/" + f.company().id() + "/auswertungen/" + f.draft().assessment().id()
                    + "/fortsetzen", answers("wichtig"), "draft");
        }, Outcome.SIGN_IN, Outcome.REDIRECT, Outcome.NOT_FOUND, Outcome.REDIRECT));
        routes.add(new Route("POST new links", () -> {
            Fixture f = fixture();
            return post(companies + "/" + f.company().id() + "/auswertungen/" + f.complete().assessment().id() + "/links")
                    .with(csrf());
        }, Outcome.SIGN_IN, Outcome.OK, Outcome.NOT_FOUND, Outcome.OK));
        routes.add(new Route("GET compare own two", () -> get(companies + "/vergleich?u=" + fixture().company().id()
                        + "&u=" + fixture().company().id()),
                Outcome.SIGN_IN, Outcome.OK, Outcome.NOT_FOUND, Outcome.OK));
        routes.add(new Route("GET shared assessment", () -> get("/arbeitsbereich/geteilt/" + sharedWithOwner()),
                Outcome.SIGN_IN, Outcome.OK, Outcome.NOT_FOUND, Outcome.NOT_FOUND));
        String api = "/api/v1/workspace";
        routes.add(new Route("API GET companies", () -> get(api + "/companies"),
                Outcome.UNAUTHORIZED, Outcome.OK, Outcome.OK, Outcome.OK));
        routes.add(new Route("API POST companies", () -> post(api + "/companies").contentType("application/json")
                        .content("{\"companyName\": \"Per API\"}"),
                Outcome.UNAUTHORIZED, Outcome.OK, Outcome.OK, Outcome.OK));
        routes.add(new Route("API GET company", () -> get(api + "/companies/" + fixture().company().id()),
                Outcome.UNAUTHORIZED, Outcome.OK, Outcome.NOT_FOUND, Outcome.OK));
        routes.add(new Route("API DELETE company", () -> delete(api + "/companies/" + fixture().company().id()),
                Outcome.UNAUTHORIZED, Outcome.OK, Outcome.NOT_FOUND, Outcome.OK));
        routes.add(new Route("API GET assessments", () -> get(api + "/companies/" + fixture().company().id() + "/assessments"),
                Outcome.UNAUTHORIZED, Outcome.OK, Outcome.NOT_FOUND, Outcome.OK));
        routes.add(new Route("API POST assessment", () -> post(api + "/companies/" + fixture().company().id()
                        + "/assessments").contentType("application/json").content("{}"),
                Outcome.UNAUTHORIZED, Outcome.OK, Outcome.NOT_FOUND, Outcome.OK));
        routes.add(new Route("API GET export.csv", () -> get(api + "/export.csv"),
                Outcome.UNAUTHORIZED, Outcome.OK, Outcome.OK, Outcome.OK));
        return routes;
    }

    /** The id of an assessment a company shares with A, by A's advisor code. */
    String sharedWithOwner() {
        CreatedAssessment own = assessmentService.createComplete(AssessmentInput.of(answers("wichtig")));
        jdbc.sql("INSERT INTO assessment_share (assessment_id, account_id, shared_at) VALUES (:a, :b, CURRENT_TIMESTAMP)")
                .param("a", own.assessment().id())
                .param("b", owner.id())
                .update();
        return own.assessment().id().toString();
    }

    @Test
    void everyRouteAnswersEachCallerAsTheMatrixSays() throws Exception {
        owner = workspace.newAccount("matrix-a", Role.CONSULTANT);
        other = workspace.newAccount("matrix-b", Role.CONSULTANT);
        admin = workspace.newAccount("matrix-admin", Role.ADMINISTRATOR);
        Cookie ownerSession = workspace.signIn(owner);
        Cookie otherSession = workspace.signIn(other);
        Cookie adminSession = workspace.signIn(admin);
        String ownerToken = "Bearer " + tokens.create(owner.id(), "Matrix").secret();
        String otherToken = "Bearer " + tokens.create(other.id(), "Matrix").secret();
        String adminToken = "Bearer " + tokens.create(admin.id(), "Matrix").secret();
        List<String> wrong = new ArrayList<>();
        for (Route route : routes()) {
            boolean api = route.name().startsWith("API");
            check(route, "anonymous", null, null, route.anonymous(), wrong);
            check(route, "consultant A", api ? null : ownerSession, api ? ownerToken : null, route.owner(), wrong);
            check(route, "consultant B", api ? null : otherSession, api ? otherToken : null, route.other(), wrong);
            check(route, "admin", api ? null : adminSession, api ? adminToken : null, route.admin(), wrong);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void consultantBNeverSeesAsCompaniesInListsComparisonsOrExports() throws Exception {
        owner = workspace.newAccount("liste-a", Role.CONSULTANT);
        other = workspace.newAccount("liste-b", Role.CONSULTANT);
        Company secret = company(owner, "Geheimbetrieb " + System.nanoTime());
        checks.start(SignedInAccount.of(owner), secret.id(), null, answers("wichtig"), false);
        Company own = company(other, "Eigenbetrieb");
        Cookie session = workspace.signIn(other);
        String token = "Bearer " + tokens.create(other.id(), "B").secret();

        List<String> bodies = List.of(
                send(get("/arbeitsbereich/unternehmen"), session).getContentAsString(),
                send(get("/arbeitsbereich/unternehmen?suche=Geheim"), session).getContentAsString(),
                send(get("/arbeitsbereich/unternehmen?sortierung=letzte-auswertung"), session).getContentAsString(),
                send(get("/arbeitsbereich/unternehmen/vergleich?u=" + own.id() + "&u=" + secret.id()), session)
                        .getContentAsString(),
                send(get("/arbeitsbereich/geteilt"), session).getContentAsString(),
                new String(send(get("/arbeitsbereich/unternehmen/export.csv"), session).getContentAsByteArray(),
                        StandardCharsets.UTF_8),
                call(get("/api/v1/workspace/companies"), token),
                call(get("/api/v1/workspace/companies?q=Geheim"), token),
                call(get("/api/v1/workspace/export.csv"), token));

        assertThat(bodies).allSatisfy(body -> assertThat(body).doesNotContain("Geheimbetrieb").doesNotContain(
                secret.id().toString()));
        assertThat(bodies.get(0)).contains("Eigenbetrieb");
    }

    private String call(MockHttpServletRequestBuilder request, String bearer) throws Exception {
        return new String(mvc.perform(request.header("Authorization", bearer)).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private void check(Route route, String who, Cookie session, String bearer, Outcome expected, List<String> wrong)
            throws Exception {
        MockHttpServletRequestBuilder request = route.request().get();
        if (session != null) {
            request.cookie(session);
        }
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        Outcome actual = outcome(response);
        if (actual != expected) {
            wrong.add(route.name() + " as " + who + ": expected " + expected + ", got " + actual + " ("
                    + response.getStatus() + " " + response.getRedirectedUrl() + ")");
        }
    }

    private static Outcome outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        String target = String.valueOf(response.getRedirectedUrl());
        if (status == 302) {
            return target.endsWith("/anmelden") ? Outcome.SIGN_IN : Outcome.REDIRECT;
        }
        return switch (status) {
            case 200, 201, 204 -> Outcome.OK;
            case 400 -> Outcome.BAD_REQUEST;
            case 401 -> Outcome.UNAUTHORIZED;
            case 404 -> Outcome.NOT_FOUND;
            default -> throw new AssertionError("unexpected status " + status);
        };
    }
}
