package de.kundenkontakt.quickcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoldenCasesTest {

    static Stream<GoldenCases.Case> cases() {
        return GoldenCases.all().stream();
    }

    @Test
    void goldenFileCoversBothCatalogues() {
        assertThat(GoldenCases.all()).extracting(GoldenCases.Case::catalog).contains("2022", "2020");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reproducesThePublishedRanking(GoldenCases.Case golden) {
        Catalog catalog = Catalogs.builtIn().find(golden.catalog()).orElseThrow();

        Evaluation evaluation = catalog.evaluate(Answers.complete(catalog, golden.answers()));

        List<GoldenCases.Expected> actual = evaluation.ranking().stream()
                .map(r -> new GoldenCases.Expected(
                        r.touchpoint().id(), r.percent().display(), r.recommendation().id()))
                .toList();
        assertThat(actual).containsExactlyElementsOf(golden.expected());
    }
}
