package de.kundenkontakt.quickcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EvaluationPropertiesTest {

    record Case(Catalog catalog, Map<String, String> answers) {}

    @Provide
    Arbitrary<Case> answerSets() {
        return Arbitraries.of(Catalogs.builtIn().all()).flatMap(catalog -> {
            List<String> levelIds = catalog.levels().stream().map(AnswerLevel::id).toList();
            return Arbitraries.of(levelIds).list().ofSize(catalog.questions().size()).map(levels -> {
                Map<String, String> answers = new LinkedHashMap<>();
                for (int i = 0; i < levels.size(); i++) {
                    answers.put(catalog.questions().get(i).id(), levels.get(i));
                }
                return new Case(catalog, answers);
            });
        });
    }

    private static Evaluation evaluate(Case c) {
        return c.catalog().evaluate(Answers.complete(c.catalog(), c.answers()));
    }

    @Property
    void percentStaysBetween0And100(@ForAll("answerSets") Case c) {
        for (TouchpointResult result : evaluate(c).ranking()) {
            assertThat(result.percent().rounded()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
            assertThat(result.percent().score()).isBetween(0L, result.percent().maximum());
        }
    }

    @Provide
    Arbitrary<Object[]> raisedAnswer() {
        return Combinators.combine(answerSets(), Arbitraries.integers().between(0, 13))
                .as((c, question) -> new Object[] {c, question});
    }

    @Property
    void raisingOneAnswerNeverLowersAnyPercent(@ForAll("raisedAnswer") Object[] input) {
        Case c = (Case) input[0];
        int questionIndex = (Integer) input[1];
        Catalog catalog = c.catalog();
        String questionId = catalog.questions().get(questionIndex).id();
        int levelIndex = levelIndex(catalog, c.answers().get(questionId));
        if (levelIndex == catalog.levels().size() - 1) {
            return;
        }
        Map<String, String> raised = new LinkedHashMap<>(c.answers());
        raised.put(questionId, catalog.levels().get(levelIndex + 1).id());

        Evaluation before = evaluate(c);
        Evaluation after = evaluate(new Case(catalog, raised));

        for (Touchpoint touchpoint : catalog.touchpoints()) {
            Percent was = before.result(touchpoint.id()).orElseThrow().percent();
            Percent now = after.result(touchpoint.id()).orElseThrow().percent();
            assertThat(now).isGreaterThanOrEqualTo(was);
        }
    }

    private static int levelIndex(Catalog catalog, String levelId) {
        for (int i = 0; i < catalog.levels().size(); i++) {
            if (catalog.levels().get(i).id().equals(levelId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(levelId);
    }

    @Property(tries = 20)
    void allUnimportantGivesZeroEverywhere(@ForAll("catalogues") Catalog catalog) {
        Map<String, String> answers = new LinkedHashMap<>();
        catalog.questions().forEach(q -> answers.put(q.id(), "unwichtig"));

        Evaluation evaluation = catalog.evaluate(Answers.complete(catalog, answers));

        assertThat(evaluation.ranking()).allSatisfy(r -> {
            assertThat(r.percent().display()).isEqualTo("0.0");
            assertThat(r.recommendation().id()).isEqualTo("eher-uninteressant");
        });
    }

    @Provide
    Arbitrary<Catalog> catalogues() {
        return Arbitraries.of(Catalogs.builtIn().all());
    }

    @Property
    void rankingIsAPermutationInCatalogueOrderAmongTies(@ForAll("answerSets") Case c) {
        Evaluation evaluation = evaluate(c);
        List<TouchpointResult> ranking = evaluation.ranking();

        assertThat(ranking).extracting(TouchpointResult::touchpoint)
                .containsExactlyInAnyOrderElementsOf(c.catalog().touchpoints());
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            ranks.add(ranking.get(i).rank());
            if (i > 0) {
                TouchpointResult previous = ranking.get(i - 1);
                TouchpointResult current = ranking.get(i);
                int order = previous.percent().compareTo(current.percent());
                assertThat(order).isGreaterThanOrEqualTo(0);
                if (order == 0) {
                    assertThat(previous.touchpoint().position()).isLessThan(current.touchpoint().position());
                }
            }
        }
        assertThat(ranks).isSorted().doesNotHaveDuplicates().startsWith(1);
    }

    @Property
    void recommendationMatchesTheExactThreshold(@ForAll("answerSets") Case c) {
        for (TouchpointResult r : evaluate(c).ranking()) {
            // score/max ≥ p/100  ⇔  100·score ≥ p·max, in exact integers
            long s = r.percent().score();
            long m = r.percent().maximum();
            String expected = 100 * s >= 80 * m ? "sehr-empfehlenswert"
                    : 100 * s >= 65 * m ? "empfehlenswert"
                    : 100 * s >= 50 * m ? "bedingt-empfehlenswert"
                    : "eher-uninteressant";
            assertThat(r.recommendation().id()).isEqualTo(expected);
        }
    }
}
