package de.kundenkontakt.quickcheck.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.CostLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TouchpointEffortTest {

    @ParameterizedTest(name = "{0}: entry {1}, running {2}")
    @CsvSource({
        "augmented-reality, HIGH, HIGH",
        "bewertungsportale, LOW, LOW",
        "blog, LOW, HIGH",
        "digitale-bezahlsysteme, MEDIUM, MEDIUM",
        "e-mail, LOW, MEDIUM",
        "e-marketplace, LOW, HIGH",
        "instant-messenger, MEDIUM, LOW",
        "live-chat, HIGH, HIGH",
        "newsletter, LOW, LOW",
        "online-messe, HIGH, MEDIUM",
        "online-shop, HIGH, HIGH",
        "social-media, MEDIUM, HIGH",
        "suchmaschinenmarketing, MEDIUM, MEDIUM",
        "videokonferenz, LOW, LOW",
        "virtual-showroom, HIGH, MEDIUM",
        "website, HIGH, HIGH"
    })
    void derivesTheEffortOfTouchpointsOfThe2022Catalogue(String touchpointId, CostLevel entry, CostLevel running) {
        Catalog catalog = Catalogs.builtIn().find("2022").orElseThrow();

        TouchpointEffort effort = TouchpointEffort.of(catalog, catalog.touchpoint(touchpointId).orElseThrow());

        assertThat(effort).isEqualTo(new TouchpointEffort(entry, running));
    }

    @ParameterizedTest(name = "{0}: entry {1}")
    @CsvSource({"a, LOW", "b, HIGH", "c, MEDIUM", "d, LOW", "e, HIGH"})
    void derivesTheEffortOfAnyCatalogueWithTheCostQuestions(String touchpointId, CostLevel entry) {
        Catalog catalog = SmallCatalog.catalog();

        assertThat(TouchpointEffort.of(catalog, catalog.touchpoint(touchpointId).orElseThrow()).entryCost())
                .isEqualTo(entry);
    }

    @Test
    void refusesACatalogueThatNamesNoCostQuestions() {
        Catalog plain = SmallCatalog.plainCatalog();

        assertThatThrownBy(() -> TouchpointEffort.of(plain, plain.touchpoints().get(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no cost questions");
    }
}
