package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.JourneyPhase;
import de.kundenkontakt.quickcheck.engine.LocalizedText;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.Recommendation;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A catalogue small enough to reason about by hand. Questions: need, other, einstiegskosten,
 * laufende-kosten. With {@link #STANDARD} answers (all "sehr-wichtig" but "other" "unwichtig")
 * a touchpoint scores (need + entry + running) / (need + other + entry + running):
 *
 * <pre>
 * touchpoint  need other entry running  percent  recommendation        entry cost  phases
 * a            3    0     3     3       100.0   sehr-empfehlenswert   low         attention
 * b            3    0     0     1       100.0   sehr-empfehlenswert   high        interest, desire
 * c            3    2     2     2        77.8   empfehlenswert        medium      action
 * d            2    2     3     1        75.0   empfehlenswert        low         loyalty
 * e            1    2     1     0        50.0   bedingt-empfehlenswert high       advocacy
 * f            0    3     1     0        25.0   eher-uninteressant    high        attention
 * g            0    3     0     0         0.0   eher-uninteressant    high        desire
 * </pre>
 */
final class SmallCatalog {

    static final Map<String, String> STANDARD = Map.of(
            "need", "sehr-wichtig", "other", "unwichtig", "einstiegskosten", "sehr-wichtig",
            "laufende-kosten", "sehr-wichtig");

    private SmallCatalog() {}

    static Catalog catalog() {
        return catalog("small");
    }

    static Catalog catalog(String id) {
        return plainCatalog(id).withCostQuestions("einstiegskosten", "laufende-kosten");
    }

    /** The same catalogue without named cost questions. */
    static Catalog plainCatalog() {
        return plainCatalog("small");
    }

    private static Catalog plainCatalog(String id) {
        List<Question> questions = new ArrayList<>();
        for (String q : List.of("need", "other", "einstiegskosten", "laufende-kosten")) {
            questions.add(new Question(q, questions.size(), text(q), text(q + " hint")));
        }
        List<AnswerLevel> levels = List.of(
                new AnswerLevel("unwichtig", 0, text("unwichtig")),
                new AnswerLevel("weniger-wichtig", 2, text("weniger wichtig")),
                new AnswerLevel("wichtig", 4, text("wichtig")),
                new AnswerLevel("sehr-wichtig", 6, text("sehr wichtig")));
        Object[][] rows = {
            {"a", new int[] {3, 0, 3, 3}, Set.of(JourneyPhase.ATTENTION)},
            {"b", new int[] {3, 0, 0, 1}, Set.of(JourneyPhase.INTEREST, JourneyPhase.DESIRE)},
            {"c", new int[] {3, 2, 2, 2}, Set.of(JourneyPhase.ACTION)},
            {"d", new int[] {2, 2, 3, 1}, Set.of(JourneyPhase.LOYALTY)},
            {"e", new int[] {1, 2, 1, 0}, Set.of(JourneyPhase.ADVOCACY)},
            {"f", new int[] {0, 3, 1, 0}, Set.of(JourneyPhase.ATTENTION)},
            {"g", new int[] {0, 3, 0, 0}, Set.of(JourneyPhase.DESIRE)},
        };
        List<Touchpoint> touchpoints = new ArrayList<>();
        int[][] weights = new int[questions.size()][rows.length];
        for (int t = 0; t < rows.length; t++) {
            @SuppressWarnings("unchecked")
            Set<JourneyPhase> phases = (Set<JourneyPhase>) rows[t][2];
            touchpoints.add(new Touchpoint((String) rows[t][0], t, text((String) rows[t][0]), "", phases));
            int[] column = (int[]) rows[t][1];
            for (int q = 0; q < column.length; q++) {
                weights[q][t] = column[q];
            }
        }
        List<Recommendation> recommendations = List.of(
                new Recommendation("sehr-empfehlenswert", 80, text("sehr")),
                new Recommendation("empfehlenswert", 65, text("empf")),
                new Recommendation("bedingt-empfehlenswert", 50, text("bedingt")),
                new Recommendation("eher-uninteressant", 0, text("eher")));
        return Catalog.of(id, text(id), questions, levels, touchpoints, weights, recommendations);
    }

    static Evaluation standardEvaluation() {
        Catalog catalog = catalog();
        return catalog.evaluate(Answers.complete(catalog, STANDARD));
    }

    private static LocalizedText text(String text) {
        return new LocalizedText(text, text);
    }
}
