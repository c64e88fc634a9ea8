package de.kundenkontakt.quickcheck.app.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description of the API that {@code /v3/api-docs} and the Swagger UI at {@code /api-docs} show. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI quickcheckOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Quickcheck Digitaler Kundenkontakt API")
                        .version("v1")
                        .description("Rank the 23 digital customer touchpoints for a company's answers to the "
                                + "Quickcheck's questions, read the catalogues (questions, levels, weights), and save "
                                + "assessments (drafts, company profile, current state, gap analysis, action plan) "
                                + "reached by private links, with CSV and JSON exports. "
                                + "Texts follow Accept-Language (de default, en). Errors are RFC 9457 problem "
                                + "details (application/problem+json) with an \"errors\" list naming each bad field."));
    }

    @Bean
    OpenApiRules openApiRules() {
        return new OpenApiRules();
    }
}
