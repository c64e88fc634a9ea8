package de.kundenkontakt.quickcheck.app.company.web;

import de.kundenkontakt.quickcheck.app.assessment.ActionItem;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.result.ResultView;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An assessment as the workspace shows it, read-only: its ranking (the result page's parts), the
 * answers, the current state and the plan. Immutable.
 *
 * @param id the assessment's id
 * @param companyName the name in its profile, null if none
 * @param createdAt when it was made
 * @param updatedAt when it was last changed
 * @param complete whether it is complete
 * @param answered how many questions are answered
 * @param catalogTitle its catalogue version in words
 * @param result the ranking, null for a draft
 * @param answers topic and answer of each question, "–" where open
 * @param states touchpoint and its current use, for those with one
 * @param plan the touchpoints to take up, quick wins first; empty without a current state
 */
record AssessmentSummary(
        UUID id,
        String companyName,
        ZonedDateTime createdAt,
        ZonedDateTime updatedAt,
        boolean complete,
        int answered,
        String catalogTitle,
        ResultView result,
        List<Pair> answers,
        List<Pair> states,
        List<PlanStep> plan) {

    /** A label with its value. */
    record Pair(String label, String value) {}

    /** One step of the plan: the touchpoint's name and whether it is a quick win. */
    record PlanStep(String name, boolean quickWin) {}

    /** The summary in one language. */
    static AssessmentSummary of(Assessment assessment, Locale locale) {
        Texts texts = Texts.of(locale);
        List<Pair> answers = new ArrayList<>();
        for (Question question : assessment.catalog().questions()) {
            answers.add(new Pair(
                    question.topic().in(locale),
                    assessment.answers().level(question).map(l -> l.label().in(locale)).orElse("–")));
        }
        List<Pair> states = new ArrayList<>();
        for (Touchpoint touchpoint : assessment.catalog().touchpoints()) {
            assessment.currentState().usage(touchpoint.id()).ifPresent(usage -> states.add(
                    new Pair(touchpoint.name().in(locale), texts.get(usage.messageKey()))));
        }
        List<PlanStep> plan = assessment.actionPlan()
                .map(p -> p.items().stream()
                        .map(item -> new PlanStep(name(item, locale), item.quickWin()))
                        .toList())
                .orElse(List.of());
        return new AssessmentSummary(
                assessment.id(),
                assessment.profile().companyName(),
                GermanTime.local(assessment.createdAt()),
                GermanTime.local(assessment.updatedAt()),
                assessment.isComplete(),
                assessment.answers().answeredCount(),
                assessment.catalog().title().in(locale),
                assessment.evaluation().map(e -> ResultView.of(e, locale)).orElse(null),
                answers,
                states,
                plan);
    }

    private static String name(ActionItem item, Locale locale) {
        return item.result().touchpoint().name().in(locale);
    }

    /** How many questions its catalogue has. */
    public int total() {
        return answers.size();
    }
}
