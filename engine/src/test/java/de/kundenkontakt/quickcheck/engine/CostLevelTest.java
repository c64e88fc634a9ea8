package de.kundenkontakt.quickcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostLevelTest {

    private final Catalog catalog = Catalogs.builtIn().defaultCatalog();

    @ParameterizedTest
    @CsvSource({"3, LOW", "2, MEDIUM", "1, HIGH", "0, HIGH"})
    void readsTheCostFromTheWeightOfTheCostQuestion(int weight, CostLevel level) {
        assertThat(CostLevel.fromWeight(weight)).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({"-1", "4"})
    void refusesWeightsOutsideTheScale(int weight) {
        assertThatThrownBy(() -> CostLevel.fromWeight(weight)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        // expected from the einstiegskosten row of weights-2022.csv: 3, 3, 1, 1
        "newsletter, LOW",
        "blog, LOW",
        "website, HIGH",
        "mobile-app, HIGH"
    })
    void knowsTheEntryCostOfShippedTouchpoints(String touchpointId, CostLevel expected) {
        Touchpoint touchpoint = catalog.touchpoint(touchpointId).orElseThrow();

        assertThat(catalog.entryCost(touchpoint)).contains(expected);
        assertThat(catalog.runningCost(touchpoint)).isPresent();
    }
}
