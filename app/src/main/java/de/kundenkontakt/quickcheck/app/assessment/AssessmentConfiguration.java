package de.kundenkontakt.quickcheck.app.assessment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Provides the fixed lists of the company profile and runs the retention of saved assessments. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(RetentionProperties.class)
class AssessmentConfiguration {

    @Bean
    ProfileOptions profileOptions() {
        return ProfileOptions.builtIn();
    }
}
