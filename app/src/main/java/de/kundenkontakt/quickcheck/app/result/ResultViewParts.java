package de.kundenkontakt.quickcheck.app.result;

import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.result.ResultView.Answer;
import de.kundenkontakt.quickcheck.app.result.ResultView.Group;
import de.kundenkontakt.quickcheck.app.result.ResultView.Row;
import de.kundenkontakt.quickcheck.app.result.ResultView.Stage;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.Explanation;
import de.kundenkontakt.quickcheck.engine.JourneyPhase;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.Recommendation;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The parts of a {@link ResultView} in the locale's language: ranking rows, groups, answers, journey. */
final class ResultViewParts {

    private ResultViewParts() {}

    /** Every touchpoint of the evaluation, best first, with its place, texts and bar; never null. */
    static List<Row> ranking(Evaluation evaluation, Locale locale) {
        Catalog catalog = evaluation.catalog();
        List<Recommendation> levels = catalog.recommendations();
        ExplanationText words = new ExplanationText(Texts.of(locale));
        List<Row> ranking = new ArrayList<>();
        int place = 0;
        BigDecimal previous = null;
        for (TouchpointResult result : evaluation.ranking()) {
            Explanation explanation = Explanation.of(result, catalog);
            int tier = levels.size() - levels.indexOf(result.recommendation());
            // Places follow the percentage as shown, so that two equal numbers never show different places.
            if (previous == null || result.percent().rounded().compareTo(previous) != 0) {
                place = ranking.size() + 1;
                previous = result.percent().rounded();
            }
            ranking.add(new Row(
                    result.rank(),
                    place,
                    result.touchpoint().id(),
                    result.touchpoint().name().in(locale),
                    ResultView.formatPercent(result.percent(), locale),
                    result.percent().rounded(),
                    result.recommendation().id(),
                    result.recommendation().label().in(locale),
                    tier,
                    words.why(explanation, tier >= levels.size() - 1),
                    words.heldBack(explanation),
                    ResultView.GUIDE_PATH + result.touchpoint().id(),
                    result.percent().display(),
                    "bar__fill bar-tier-" + tier));
        }
        return ranking;
    }

    /** One group per recommendation level, highest first, also those without rows; never null. */
    static List<Group> groups(List<Recommendation> levels, List<Row> ranking, Locale locale) {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            Recommendation level = levels.get(i);
            groups.add(new Group(
                    level.id(),
                    level.label().in(locale),
                    level.minimumPercent(),
                    i == 0 ? null : levels.get(i - 1).minimumPercent(),
                    levels.size() - i,
                    ranking.stream().filter(r -> r.recommendationId().equals(level.id())).toList()));
        }
        return groups;
    }

    /** The answer given to each question, in catalogue order; never null. */
    static List<Answer> answers(Evaluation evaluation, Locale locale) {
        List<Answer> answers = new ArrayList<>();
        for (Question question : evaluation.catalog().questions()) {
            evaluation.answers().level(question).ifPresent(level -> answers.add(
                    new Answer(question.id(), question.topic().in(locale), level.id(), level.label().in(locale))));
        }
        return answers;
    }

    /** The journey phases in order with the recommended rows that fit each; never null. */
    static List<Stage> journey(Catalog catalog, List<Row> ranking, Locale locale) {
        int recommendedTier = catalog.recommendations().size() - 1;
        Texts phaseNames = Texts.of(locale);
        List<Stage> journey = new ArrayList<>();
        for (JourneyPhase phase : JourneyPhase.values()) {
            List<Row> fitting = ranking.stream()
                    .filter(row -> catalog.touchpoint(row.touchpointId()).orElseThrow().fits(phase))
                    .toList();
            List<Row> recommended = fitting.stream()
                    .filter(row -> row.tier() >= recommendedTier)
                    .limit(Stage.MAX_PER_STAGE)
                    .toList();
            journey.add(new Stage(
                    phase.id(),
                    phaseNames.get("guide.phase." + phase.id()),
                    recommended,
                    recommended.isEmpty() && !fitting.isEmpty() ? fitting.get(0) : null,
                    journey.size()));
        }
        return journey;
    }
}
