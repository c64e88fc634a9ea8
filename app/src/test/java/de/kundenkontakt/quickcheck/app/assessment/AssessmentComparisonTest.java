package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.app.GoldenCases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AssessmentComparisonTest {

    static Stream<Arguments> smallChanges() {
        // "need" up from unwichtig to sehr-wichtig lifts every touchpoint with a need weight.
        return Stream.of(
                arguments("a", "66.7", "100.0", 333L, Direction.UP),
                arguments("b", "25.0", "100.0", 750L, Direction.UP),
                arguments("c", "44.4", "77.8", 334L, Direction.UP),
                arguments("f", "25.0", "25.0", 0L, Direction.SAME),
                arguments("g", "0.0", "0.0", 0L, Direction.SAME));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("smallChanges")
    void showsHowEachTouchpointMoved(String id, String before, String after, long delta, Direction direction) {
        AssessmentComparison comparison = smallComparison();

        TouchpointMovement movement = comparison.movements().stream()
                .filter(m -> m.touchpoint().id().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(movement.before().percent().display()).isEqualTo(before);
        assertThat(movement.after().percent().display()).isEqualTo(after);
        assertThat(movement.deltaTenths()).isEqualTo(delta);
        assertThat(movement.direction()).isEqualTo(direction);
    }

    @Test
    void listsOnlyTheAnswersThatChangedSideBySide() {
        AssessmentComparison comparison = smallComparison();

        assertThat(comparison.sameCatalog()).isTrue();
        assertThat(comparison.changedAnswers()).singleElement().satisfies(change -> {
            assertThat(change.question().id()).isEqualTo("need");
            assertThat(change.before().id()).isEqualTo("unwichtig");
            assertThat(change.after().id()).isEqualTo("sehr-wichtig");
            assertThat(change.pointsDelta()).isEqualTo(6);
        });
    }

    @Test
    void ordersMovementsByTheNewRankingAndCountsPlacesGained() {
        AssessmentComparison comparison = smallComparison();

        assertThat(comparison.movements()).extracting(m -> m.touchpoint().id())
                .containsExactly("a", "b", "c", "d", "e", "f", "g");
        TouchpointMovement b = comparison.movements().get(1);
        // before: a 66.7, d 50, c 44.4, then b 25 (ahead of e and f by catalogue order); after: b second.
        assertThat(b.rankBefore()).isEqualTo(4);
        assertThat(b.rankAfter()).isEqualTo(2);
        assertThat(b.rankChange()).isEqualTo(2);
        assertThat(comparison.movements()).allSatisfy(m -> assertThat(m.rankChange())
                .isEqualTo(m.before().rank() - m.after().rank()));
    }

    @Test
    void flagsRecommendationsThatChanged() {
        AssessmentComparison comparison = smallComparison();

        assertThat(comparison.movements()).filteredOn(TouchpointMovement::recommendationChanged)
                .extracting(m -> m.touchpoint().id())
                .containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void comparesOnlyWhatBothCatalogueVersionsShare() {
        Catalogs catalogs = Catalogs.builtIn();
        Catalog older = catalogs.find("2020").orElseThrow();
        Catalog newer = catalogs.find("2022").orElseThrow();
        Map<String, String> answers = new HashMap<>();
        newer.questions().forEach(q -> answers.put(q.id(), "wichtig"));
        answers.put("reichweite", "sehr-wichtig");
        Map<String, String> earlierAnswers = new HashMap<>(answers);
        earlierAnswers.put("reichweite", "unwichtig");

        AssessmentComparison comparison = AssessmentComparison.of(
                older.evaluate(Answers.complete(older, earlierAnswers)),
                newer.evaluate(Answers.complete(newer, answers)));

        assertThat(comparison.sameCatalog()).isFalse();
        assertThat(comparison.catalogBefore()).isEqualTo("2020");
        assertThat(comparison.catalogAfter()).isEqualTo("2022");
        assertThat(comparison.movements()).hasSize(18);
        assertThat(comparison.onlyBefore()).isEmpty();
        assertThat(comparison.onlyAfter()).extracting(Touchpoint::id).containsExactly(
                "live-chat", "online-messe", "service-plattform", "suchmaschinenmarketing", "virtual-showroom");
        assertThat(comparison.changedAnswers()).extracting(c -> c.question().id()).containsExactly("reichweite");
        // Ranks count the shared touchpoints only, 1 to 18 on both sides.
        assertThat(comparison.movements()).extracting(TouchpointMovement::rankAfter)
                .isEqualTo(IntStream.rangeClosed(1, 18).boxed().toList());
        assertThat(comparison.movements()).extracting(TouchpointMovement::rankBefore)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 18).boxed().toList());
    }

    static Stream<Arguments> goldenPairs() {
        List<Golden> cases = golden();
        List<Arguments> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < cases.size(); i++) {
            pairs.add(arguments(cases.get(i), cases.get(i + 1)));
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("goldenPairs")
    void agreesWithTheGoldenCases(Golden earlier, Golden later) {
        Catalogs catalogs = Catalogs.builtIn();
        Evaluation before = evaluate(catalogs, earlier);
        Evaluation after = evaluate(catalogs, later);

        AssessmentComparison comparison = AssessmentComparison.of(before, after);

        List<String> expectedChanges = after.catalog().questions().stream()
                .map(q -> q.id())
                .filter(id -> earlier.answers().containsKey(id)
                        && !earlier.answers().get(id).equals(later.answers().get(id)))
                .toList();
        assertThat(comparison.changedAnswers()).extracting(c -> c.question().id()).isEqualTo(expectedChanges);
        assertThat(comparison.sameCatalog()).isEqualTo(earlier.catalog().equals(later.catalog()));
        long shared = later.expected().keySet().stream().filter(earlier.expected()::containsKey).count();
        assertThat(comparison.movements()).hasSize((int) shared);
        for (TouchpointMovement movement : comparison.movements()) {
            String id = movement.touchpoint().id();
            String[] was = earlier.expected().get(id);
            String[] is = later.expected().get(id);
            long expectedDelta = new BigDecimal(is[0]).subtract(new BigDecimal(was[0])).movePointRight(1).longValueExact();
            assertThat(movement.deltaTenths()).as(id).isEqualTo(expectedDelta);
            assertThat(movement.before().recommendation().id()).as(id).isEqualTo(was[1]);
            assertThat(movement.after().recommendation().id()).as(id).isEqualTo(is[1]);
            assertThat(movement.direction()).as(id).isEqualTo(Direction.of(expectedDelta));
        }
    }

    private static AssessmentComparison smallComparison() {
        Catalog catalog = SmallCatalog.catalog();
        Map<String, String> earlier = new HashMap<>(SmallCatalog.STANDARD);
        earlier.put("need", "unwichtig");
        return AssessmentComparison.of(
                catalog.evaluate(Answers.complete(catalog, earlier)),
                catalog.evaluate(Answers.complete(catalog, SmallCatalog.STANDARD)));
    }

    private static Evaluation evaluate(Catalogs catalogs, Golden golden) {
        Catalog catalog = catalogs.find(golden.catalog()).orElseThrow();
        return catalog.evaluate(Answers.complete(catalog, golden.answers()));
    }

    /** One line of the golden cases: answers and, by touchpoint, expected percent and recommendation. */
    record Golden(int line, String catalog, Map<String, String> answers, Map<String, String[]> expected) {
        @Override
        public String toString() {
            return "golden line " + line + " (" + catalog + ")";
        }
    }

    static List<Golden> golden() {
        List<Golden> cases = new ArrayList<>();
        for (GoldenCases.Case each : GoldenCases.all()) {
            Map<String, String[]> expected = new LinkedHashMap<>();
            for (GoldenCases.Expected place : each.expected()) {
                expected.put(place.touchpoint(), new String[] {place.percent(), place.recommendation()});
            }
            cases.add(new Golden(each.line(), each.catalog(), each.answers(), expected));
        }
        assertThat(cases).as("golden cases in " + GoldenCases.FILE).hasSizeGreaterThan(10);
        return cases;
    }
}
