package de.kundenkontakt.quickcheck.app.result.api;

import de.kundenkontakt.quickcheck.app.result.json.EvaluationJsonModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

/** Lets the application's JSON mapper write evaluations with the direct writer. */
@Configuration(proxyBeanMethods = false)
class EvaluationJsonConfiguration {

    @Bean
    JacksonModule evaluationJsonModule() {
        return new EvaluationJsonModule();
    }
}
