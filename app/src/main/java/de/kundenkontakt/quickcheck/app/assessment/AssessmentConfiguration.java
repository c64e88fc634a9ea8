package de.kundenkontakt.quickcheck.app.assessment;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Provides the fixed lists of the company profile and the retention settings. */
@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    @Bean
    RetentionProperties retentionProperties(Environment environment) {
        return Binder.get(environment)
                .bind("quickcheck.retention", RetentionProperties.class)
                .orElseGet(() -> new RetentionProperties(null, null, null));
    }

    @Bean
    ProfileOptions profileOptions() {
        return ProfileOptions.builtIn();
    }
}
