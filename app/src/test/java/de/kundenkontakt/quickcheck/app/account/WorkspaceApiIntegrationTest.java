package de.kundenkontakt.quickcheck.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The workspace API with personal access tokens: 401 problems without a valid token, stateless with one. */
class WorkspaceApiIntegrationTest extends WorkspaceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();





    Account account;
    CreatedToken token;

    @BeforeEach
    void token() {
        account = new Workspace(mvc, accounts).newAccount("api", Role.CONSULTANT);
        token = tokens.create(account.id(), "Test");
    }

    MockHttpServletResponse me(String authorization, String language) throws Exception {
        var request = get("/api/v1/workspace/me").header("Accept-Language", language);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    static JsonNode problem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/workspace/me");
        return problem;
    }

    @Test
    void withoutATokenTheAnswerIs401InTheCallersLanguage() throws Exception {
        MockHttpServletResponse german = me(null, "de");
        MockHttpServletResponse english = me(null, "en");

        assertThat(problem(german, 401).get("title").asString()).isEqualTo("Anmeldung erforderlich");
        assertThat(german.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(german.getHeader("Content-Language")).isEqualTo("de");
        assertThat(problem(english, 401).get("title").asString()).isEqualTo("Authentication required");
        assertThat(english.getHeader("Content-Language")).isEqualTo("en");
    }

    @Test
    void anUnknownMalformedOrForeignSchemeTokenIs401() throws Exception {
        String unknown = TokenService.PREFIX + "A".repeat(42) + "A";
        for (String header : new String[] {"Bearer " + unknown, "Bearer qc_pat_kurz", "Bearer ", "Basic dXNlcjpwYXNz",
                token.secret()}) {
            MockHttpServletResponse response = me(header, "de");
            assertThat(response.getStatus()).as(header).isEqualTo(401);
            assertThat(response.getContentType()).as(header).startsWith("application/problem+json");
        }
        assertThat(problem(me("Bearer " + unknown, "en"), 401).get("title").asString()).isEqualTo("Invalid access token");
    }

    @Test
    void aValidTokenReachesTheAccountWithoutASession() throws Exception {
        MockHttpServletResponse response = me("Bearer " + token.secret(), "de");

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.getContentAsString());
        assertThat(body.get("id").asString()).isEqualTo(account.id().toString());
        assertThat(body.get("email").asString()).isEqualTo(account.email());
        assertThat(body.get("role").asString()).isEqualTo("consultant");
        assertThat(response.getCookies()).isEmpty();
        assertThat(me("bearer  " + token.secret() + " ", "de").getStatus()).isEqualTo(200);
        OffsetDateTime used = jdbc.sql("SELECT last_used_at FROM account_token WHERE id = :id")
                .param("id", token.token().id())
                .query(OffsetDateTime.class)
                .single();
        assertThat(used).isNotNull();
    }

    @Test
    void writesNeedNoCsrfTokenOnlyTheBearerToken() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/workspace/me").header("Authorization", "Bearer " + token.secret()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void aRevokedTokenOrADeactivatedAccountIs401() throws Exception {
        CreatedToken other = tokens.create(account.id(), "Zweiter");
        tokens.revoke(account.id(), token.token().id(), account.actor());
        assertThat(me("Bearer " + token.secret(), "de").getStatus()).isEqualTo(401);
        assertThat(me("Bearer " + other.secret(), "de").getStatus()).isEqualTo(200);

        Account admin = new Workspace(mvc, accounts).newAccount("api-admin", Role.ADMINISTRATOR);
        accounts.deactivate(account.id(), admin.actor());

        assertThat(me("Bearer " + other.secret(), "de").getStatus()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentDescribesTheBearerScheme() throws Exception {
        JsonNode api = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());

        JsonNode scheme = api.at("/components/securitySchemes/personalAccessToken");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        JsonNode me = api.at("/paths/~1api~1v1~1workspace~1me/get");
        assertThat(me.at("/security/0/personalAccessToken").isArray()).isTrue();
        assertThat(me.at("/responses/401").isMissingNode()).isFalse();
    }
}
