package de.kundenkontakt.quickcheck.app.result.json;

import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.engine.Contribution;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.JourneyPhase;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.util.List;
import java.util.Locale;

/** Maps engine results to their JSON records; the one place that decides the JSON of an evaluation. */
public final class EvaluationJson {

    private EvaluationJson() {}

    /**
     * The response for an evaluation.
     *
     * @param evaluation the evaluation, not null
     * @param locale the language of names and labels; German unless English
     */
    public static EvaluationResponse of(Evaluation evaluation, Locale locale) {
        String language = Texts.language(locale);
        List<RankedTouchpoint> ranking = evaluation.ranking().stream()
                .map(result -> rankedTouchpoint(result, language))
                .toList();
        return new EvaluationResponse(evaluation.catalog().id(), language, ranking);
    }

    /**
     * The compact response for an evaluation: the ranking without the contributions ({@code
     * ?fields=ranking} of the API, {@code --format summary} of the CLI).
     *
     * @param evaluation the evaluation, not null
     * @param locale the language of names and labels; German unless English
     */
    public static EvaluationResponse ranking(Evaluation evaluation, Locale locale) {
        String language = Texts.language(locale);
        List<RankedTouchpoint> ranking = evaluation.ranking().stream()
                .map(result -> rankedTouchpoint(result, language).withoutContributions())
                .toList();
        return new EvaluationResponse(evaluation.catalog().id(), language, ranking);
    }

    /** One ranked touchpoint; {@code language} is "de" or "en". */
    public static RankedTouchpoint rankedTouchpoint(TouchpointResult result, String language) {
        return new RankedTouchpoint(
                summary(result, language),
                result.touchpoint().phases().stream().map(JourneyPhase::id).toList(),
                result.contributions().stream().map(EvaluationJson::contribution).toList());
    }

    /** A ranked touchpoint's place without the explanation; {@code language} is "de" or "en". */
    public static TouchpointSummary summary(TouchpointResult result, String language) {
        return new TouchpointSummary(
                result.rank(),
                result.touchpoint().id(),
                result.touchpoint().name().in(language),
                result.percent().rounded(),
                result.percent().display(),
                result.recommendation().id(),
                result.recommendation().label().in(language));
    }

    /** One contribution. */
    public static ContributionJson contribution(Contribution contribution) {
        return new ContributionJson(
                contribution.question().id(),
                contribution.level().id(),
                contribution.weight(),
                contribution.value(),
                contribution.maximum());
    }
}
