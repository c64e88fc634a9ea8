package de.kundenkontakt.quickcheck.app.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workspace API for companies with a personal access token: list, add, show, delete, the
 * assessments of a company (list, run one with the same body and answer as POST
 * /api/v1/assessments) and the bulk export; another consultant's company is 404, no token 401.
 */
class WorkspaceCompaniesApiIntegrationTest extends CompanyWorkspaceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COMPANIES = "/api/v1/workspace/companies";

    @Autowired
    AssessmentService assessments;

    Account consultant;
    String bearer;

    @BeforeEach
    void token() {
        consultant = workspace.newAccount("api-firmen", Role.CONSULTANT);
        bearer = "Bearer " + tokens.create(consultant.id(), "Firmen").secret();
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request, String authorization) throws Exception {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType("application/json").content(body.getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode body(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void addsListsShowsAndDeletesCompanies() throws Exception {
        MockHttpServletResponse created = call(json(post(COMPANIES),
                "{\"companyName\": \"Kfz Meister\", \"industry\": \"G\", \"sizeClass\": \"1-9\"}"), bearer);

        JsonNode company = body(created, 201);
        String id = company.get("id").asString();
        assertThat(created.getHeader("Location")).isEqualTo(COMPANIES + "/" + id);
        assertThat(company.at("/profile/companyName").asString()).isEqualTo("Kfz Meister");
        assertThat(company.at("/profile/region").isNull()).isTrue();
        assertThat(company.get("owner").asString()).isEqualTo(consultant.email());
        assertThat(company.at("/links/assessments").asString()).isEqualTo(COMPANIES + "/" + id + "/assessments");
        JsonNode list = body(call(get(COMPANIES), bearer), 200);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asString()).isEqualTo(id);
        assertThat(body(call(get(COMPANIES + "?q=nichts"), bearer), 200)).isEmpty();
        assertThat(body(call(get(COMPANIES + "/" + id), bearer), 200).get("assessments").asInt()).isZero();

        assertThat(call(delete(COMPANIES + "/" + id), bearer).getStatus()).isEqualTo(204);

        assertThat(body(call(get(COMPANIES + "/" + id), bearer), 404).get("title").asString())
                .isEqualTo("Unternehmen nicht gefunden");
        assertThat(call(delete(COMPANIES + "/" + id), bearer).getStatus()).isEqualTo(404);
        assertThat(audit(AuditAction.COMPANY_DELETED, consultant.email())).hasSize(1);
    }

    @Test
    void refusesABodyThatIsNoCompanyNamingEachField() throws Exception {
        JsonNode problem = body(call(json(post(COMPANIES),
                "{\"industry\": \"Z\", \"sizeClass\": 5, \"staff\": 3}"), bearer), 422);

        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("companyName", "industry", "sizeClass", "staff");
        assertThat(body(call(json(post(COMPANIES), "{\"companyName\": "), bearer), 400).get("title").asString())
                .isEqualTo("Ungültiges JSON");
        assertThat(body(call(json(post(COMPANIES), "[1]"), bearer), 422).at("/errors/0/field").asString())
                .isEqualTo("body");
        assertThat(call(post(COMPANIES).contentType("text/plain").content("x"), bearer).getStatus()).isEqualTo(415);
        assertThat(body(call(get(COMPANIES), bearer), 200)).isEmpty();
    }

    @Test
    void runsAnAssessmentForACompanyWithTheSameBodyAndAnswerAsThePublicApi() throws Exception {
        Company company = company(consultant, "Hofladen Frisch");
        String answers = JSON.writeValueAsString(answers("wichtig"));

        MockHttpServletResponse created = call(json(post(COMPANIES + "/" + company.id() + "/assessments"),
                "{\"answers\": " + answers + ", \"profile\": {\"companyName\": \"Anders\"},"
                        + " \"currentState\": {\"website\": \"in-use\"}}"), bearer);

        JsonNode assessment = body(created, 201);
        String token = assessment.get("token").asString();
        assertThat(assessment.get("deleteToken").asString()).hasSize(43);
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/assessments/" + token);
        assertThat(assessment.get("status").asString()).isEqualTo("complete");
        assertThat(assessment.at("/profile/companyName").asString()).as("the company's profile wins").isEqualTo("Hofladen Frisch");
        assertThat(assessment.at("/currentState/website").asString()).isEqualTo("in-use");
        assertThat(assessments.find(token)).isPresent();
        JsonNode listed = body(call(get(COMPANIES + "/" + company.id() + "/assessments?lang=en"), bearer), 200);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).has("token")).isFalse();
        assertThat(listed.get(0).get("plan").isArray()).isTrue();
        assertThat(listed.get(0).at("/evaluation/ranking/0/name").asString()).isNotBlank();

        JsonNode draft = body(call(json(post(COMPANIES + "/" + company.id() + "/assessments"),
                "{\"answers\": {\"reichweite\": \"wichtig\"}}"), bearer), 201);
        assertThat(draft.get("status").asString()).isEqualTo("draft");
        JsonNode chain = body(call(get(COMPANIES + "/" + company.id() + "/assessments"), bearer), 200);
        assertThat(chain.get(0).get("reassessedFrom").asString()).isEqualTo(listed.get(0).get("id").asString());
        assertThat(chain.get(0).at("/currentState/website").asString()).as("carried over").isEqualTo("in-use");
        assertThat(body(call(json(post(COMPANIES + "/" + company.id() + "/assessments"),
                        "{\"answers\": {\"reichweite\": \"sehr\"}}"), bearer), 422).at("/errors/0/field").asString())
                .isEqualTo("answers.reichweite");
    }

    @Test
    void anotherConsultantsCompanyIsNotFoundWhateverTheRequest() throws Exception {
        Account other = workspace.newAccount("fremd", Role.CONSULTANT);
        Company foreign = company(other, "Fremdbetrieb");
        String path = COMPANIES + "/" + foreign.id();

        assertThat(body(call(get(path), bearer), 404).get("title").asString()).isEqualTo("Unternehmen nicht gefunden");
        assertThat(call(get(path + "/assessments"), bearer).getStatus()).isEqualTo(404);
        assertThat(call(json(post(path + "/assessments"), "kein JSON"), bearer).getStatus())
                .as("404 before the body is read").isEqualTo(404);
        assertThat(call(delete(path), bearer).getStatus()).isEqualTo(404);
        assertThat(call(get(COMPANIES + "/keine-id"), bearer).getStatus()).isEqualTo(404);
        assertThat(body(call(get(COMPANIES), bearer), 200).toString()).doesNotContain("Fremdbetrieb");
        assertThat(new String(call(get("/api/v1/workspace/export.csv"), bearer).getContentAsByteArray(),
                        StandardCharsets.UTF_8))
                .doesNotContain("Fremdbetrieb");
        assertThat(companies.find(SignedInAccount.of(other), foreign.id())).isNotNull();

        String adminBearer = "Bearer " + tokens.create(workspace.newAccount("admin", Role.ADMINISTRATOR).id(), "A").secret();
        assertThat(call(get(path), adminBearer).getStatus()).as("administrators see every company").isEqualTo(200);
    }

    @Test
    void withoutATokenEveryRouteIs401() throws Exception {
        UUID any = UUID.randomUUID();
        for (MockHttpServletRequestBuilder request : java.util.List.of(get(COMPANIES), post(COMPANIES),
                get(COMPANIES + "/" + any), delete(COMPANIES + "/" + any), get(COMPANIES + "/" + any + "/assessments"),
                post(COMPANIES + "/" + any + "/assessments"), get("/api/v1/workspace/export.csv"))) {
            assertThat(call(request, null).getStatus()).isEqualTo(401);
        }
    }

    @Test
    void exportsTheCompaniesAsCsvWithByteOrderMark() throws Exception {
        Company company = company(consultant, "Export Eins");
        checks.start(SignedInAccount.of(consultant), company.id(), null, answers("wichtig"), false);

        MockHttpServletResponse csv = call(get("/api/v1/workspace/export.csv?lang=en"), bearer);

        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFCompany;").contains("Export Eins;" + consultant.email());
        assertThat(audit(AuditAction.COMPANIES_EXPORTED, consultant.email())).hasSize(1);
    }
}
