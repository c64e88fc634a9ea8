package de.kundenkontakt.quickcheck.app.guide;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the guide's cost data as a bean, read at start-up so that a data error stops the start. */
@Configuration(proxyBeanMethods = false)
class GuideConfiguration {

    /** The same instance that {@link TouchpointCosts#builtIn()} gives code outside Spring. */
    @Bean
    TouchpointCosts touchpointCosts() {
        return TouchpointCosts.builtIn();
    }
}
