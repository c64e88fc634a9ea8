package de.kundenkontakt.quickcheck.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.WorkspaceIntegrationTest;
import de.kundenkontakt.quickcheck.engine.Catalog;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/workspace/statistics}: the dashboard's figures for the token's scope, and bad filters. */
class StatisticsApiIntegrationTest extends WorkspaceIntegrationTest {

    @Autowired
    Seeds seeds;

    @Autowired
    Dashboard dashboard;

    @Test
    void aConsultantsTokenGetsTheirCompaniesFiguresAndAnAdministratorsAll() throws Exception {
        Account consultant = workspace.newAccount("api-stat", Role.CONSULTANT);
        Catalog catalog = seeds.catalogs().find("2020").orElseThrow();
        UUID company = seeds.company(consultant.id());
        seeds.complete(company, catalog, "wichtig", seeds.profile("F", "250+", "CH"));
        seeds.complete(company, catalog, "unwichtig", seeds.profile("F", "250+", "CH"));
        seeds.complete(null, catalog, "unwichtig", seeds.profile("F", "250+", "CH"));

        JsonNode own = json(token(consultant), "?industry=F&catalog=2020", 200);
        assertThat(own.path("scope").asString()).isEqualTo("own");
        assertThat(own.path("assessments").asLong()).isEqualTo(2);
        assertThat(own.path("filter").path("industry").asString()).isEqualTo("F");
        assertThat(own.path("months")).hasSize(12);
        assertThat(own.path("needs").path("reichweite").path("wichtig").asLong()).isEqualTo(1);
        assertThat(own.path("needs").path("reichweite").path("unwichtig").asLong()).isEqualTo(1);

        Account admin = workspace.newAccount("api-stat-admin", Role.ADMINISTRATOR);
        JsonNode all = json(token(admin), "", 200);
        assertThat(all.path("scope").asString()).isEqualTo("all");
        assertThat(all.path("assessments").asLong())
                .isEqualTo(dashboard.figures(DashboardScope.ALL, StatisticsContract.filter(null, null, null, null)).assessments())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aBadFilterIsA422NamingEachParameterInTheCallersLanguage() throws Exception {
        String token = token(workspace.newAccount("api-stat-bad", Role.CONSULTANT));
        MockHttpServletResponse response = mvc.perform(get("/api/v1/workspace/statistics?from=2026-1&sizeClass=riesig")
                        .header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "en"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.path("errors").findValuesAsString("field")).containsExactly("from", "sizeClass");
        assertThat(problem.path("errors").get(1).path("message").asString())
                .isEqualTo("unknown value \"riesig\"; allowed: 1-9, 10-49, 50-249, 250+");
        assertThat(json(token, "?from=2026-05&to=2026-01", 422).path("errors").get(0).path("field").asString()).isEqualTo("to");
        assertThat(json(token, "?from=2000-01&to=2026-01", 422).path("errors").get(0).path("code").asString())
                .isEqualTo("filter.span");
        assertThat(mvc.perform(get("/api/v1/workspace/statistics")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    private String token(Account account) {
        return tokens.create(account.id(), "Statistik").secret();
    }

    private JsonNode json(String token, String query, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/workspace/statistics" + query)
                        .header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(query).isEqualTo(status);
        return JsonMapper.shared().readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
