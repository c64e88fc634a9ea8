package de.kundenkontakt.quickcheck.app.catalog;

import de.kundenkontakt.quickcheck.engine.Catalogs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the catalogues shipped with the engine and the reviewed cost data of their channels. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    Catalogs catalogs() {
        return Catalogs.builtIn();
    }

    /** The reviewed cost data, read at start so that a data error stops the start; the same
     * instance that {@link TouchpointCosts#builtIn()} gives code outside Spring. */
    @Bean
    TouchpointCosts touchpointCosts() {
        return TouchpointCosts.builtIn();
    }
}
