package de.kundenkontakt.quickcheck.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TouchpointEffortTest {

    @ParameterizedTest(name = "weight {0} means {1} cost")
    @CsvSource({"3, LOW", "2, MEDIUM", "1, HIGH", "0, HIGH"})
    void readsTheCostLevelFromTheWeightOfALowCostQuestion(int weight, CostLevel level) {
        assertThat(CostLevel.fromWeight(weight)).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 4})
    void rejectsWeightsOutsideTheScale(int weight) {
        assertThatThrownBy(() -> CostLevel.fromWeight(weight)).isInstanceOf(IllegalArgumentException.class);
    }

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
}
