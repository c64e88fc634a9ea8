package de.kundenkontakt.quickcheck.app.assessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the fixed lists of the company profile. */
@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    @Bean
    ProfileOptions profileOptions() {
        return ProfileOptions.builtIn();
    }
}
