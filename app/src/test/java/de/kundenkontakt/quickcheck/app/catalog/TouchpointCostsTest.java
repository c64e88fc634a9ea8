package de.kundenkontakt.quickcheck.app.catalog;

import static de.kundenkontakt.quickcheck.engine.CostLevel.HIGH;
import static de.kundenkontakt.quickcheck.engine.CostLevel.LOW;
import static de.kundenkontakt.quickcheck.engine.CostLevel.MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.CostLevel;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TouchpointCostsTest {

    private static final TouchpointCosts COSTS = TouchpointCosts.read(Catalogs.builtIn());

    @Test
    void everyChannelOfEveryCatalogueHasBothCostsWithReasonsInBothLanguages() {
        for (Catalog catalog : Catalogs.builtIn().all()) {
            for (Touchpoint touchpoint : catalog.touchpoints()) {
                TouchpointCosts.Cost cost = COSTS.of(touchpoint);
                for (TouchpointCosts.Estimate estimate : new TouchpointCosts.Estimate[] {cost.entry(), cost.running()}) {
                    assertThat(estimate.reason(Locale.GERMAN)).as(touchpoint.id()).isNotBlank();
                    assertThat(estimate.reason(Locale.ENGLISH)).as(touchpoint.id()).isNotBlank()
                            .isNotEqualTo(estimate.reason(Locale.GERMAN));
                    assertThat(estimate.reason(Locale.GERMAN)).as("one line").doesNotContain("\n");
                }
            }
        }
    }

    /** The levels the review changed against the catalogue's cost weights, each backed by the guide. */
    static Stream<Arguments> reviewedAgainstTheGuide() {
        return Stream.of(
                // "Die Einstiegshürden ... sind relativ gering"; carriers record the data anyway.
                Arguments.of("track-and-trace", LOW, LOW),
                // Low stand and travel costs, cheaper than a physical fair.
                Arguments.of("online-messe", LOW, MEDIUM),
                // Its pros table: comparatively low or no entry costs; much editorial work.
                Arguments.of("social-media", LOW, HIGH));
    }

    @ParameterizedTest
    @MethodSource("reviewedAgainstTheGuide")
    void statesTheReviewedLevels(String id, CostLevel entry, CostLevel running) {
        assertThat(COSTS.of(id).entry().level()).isEqualTo(entry);
        assertThat(COSTS.of(id).running().level()).isEqualTo(running);
    }

    @Test
    void keepsTheCatalogueLevelWhereTheGuideDoesNotContradictIt() {
        Catalog catalog = Catalogs.builtIn().defaultCatalog();
        long kept = catalog.touchpoints().stream()
                .filter(t -> catalog.entryCost(t).orElseThrow() == COSTS.of(t).entry().level()
                        && catalog.runningCost(t).orElseThrow() == COSTS.of(t).running().level())
                .count();
        assertThat(kept).isEqualTo(catalog.touchpoints().size() - reviewedAgainstTheGuide().count());
        assertThat(COSTS.of("augmented-reality").entry().level()).isEqualTo(HIGH);
    }

    @Test
    void refusesAChannelWithoutCosts() {
        assertThatThrownBy(() -> COSTS.of("fax")).isInstanceOf(IllegalArgumentException.class);
    }
}
