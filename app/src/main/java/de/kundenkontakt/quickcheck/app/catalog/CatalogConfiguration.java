package de.kundenkontakt.quickcheck.app.catalog;

import de.kundenkontakt.quickcheck.engine.Catalogs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the catalogues shipped with the engine. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    Catalogs catalogs() {
        return Catalogs.builtIn();
    }
}
