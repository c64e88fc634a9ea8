package de.kundenkontakt.quickcheck.app.assessment.web;

import de.kundenkontakt.quickcheck.app.assessment.ActionPlan;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.result.ResultView;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.app.web.RadioChoice;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;

/**
 * What a saved assessment shows a person, in one language: the same model for the assessment page
 * and the PDF report. Every text is already resolved for the locale. Immutable.
 *
 * @param createdOn the date it was saved first, written as the locale does; never null
 * @param updatedOn the date of its last change; never null
 * @param catalogId the pinned catalogue version; never null
 * @param catalogTitle the catalogue's title; never null
 * @param complete whether every question is answered
 * @param companyName the company name, null when not given
 * @param profileFacts the parts of the company profile that were given; never null
 * @param result the result, null for a draft
 * @param stateGiven whether the current state has at least one entry
 * @param stateRows one row per touchpoint of the current state, in ranking order; empty for a draft
 * @param gaps the gap analysis, null without current state or for a draft
 * @param plan the action plan, null when there is no gap analysis
 * @param firstSteps the first three steps to take: the first of the action plan, or without a
 *     current state the best recommended touchpoints; empty for a draft, when the answers do not
 *     differ, or when nothing is recommended; never null
 * @param usage the current state by usage, in ranking order; never null
 * @param chain the assessments of this one's history, oldest first, this one included; never null
 * @param links the links of the assessment's pages; never null
 */
public record AssessmentView(
        String createdOn,
        String updatedOn,
        String catalogId,
        String catalogTitle,
        boolean complete,
        String companyName,
        List<Fact> profileFacts,
        ResultView result,
        boolean stateGiven,
        List<StateRow> stateRows,
        Gaps gaps,
        Plan plan,
        List<Step> firstSteps,
        UsageSummary usage,
        List<HistoryEntry> chain,
        AssessmentLinks links) {

    /** How many first steps the summary names. */
    public static final int FIRST_STEPS = 3;

    public AssessmentView {
        profileFacts = List.copyOf(profileFacts);
        stateRows = List.copyOf(stateRows);
        firstSteps = List.copyOf(firstSteps);
        Objects.requireNonNull(usage, "usage");
        chain = List.copyOf(chain);
        Objects.requireNonNull(links, "links");
    }

    /** A labelled part of the company profile, such as "Branche: Handel". */
    public record Fact(String label, String value) {}

    /**
     * One touchpoint in the current-state form: a fieldset of radios.
     *
     * @param touchpointId the touchpoint's id
     * @param name its name
     * @param rank its rank in the result
     * @param percent its match as the locale writes it
     * @param recommendation its recommendation level's label
     * @param usage the label of the usage given, or of "not given"
     * @param choices one radio per usage
     */
    public record StateRow(
            String touchpointId,
            String name,
            int rank,
            String percent,
            String recommendation,
            String usage,
            List<RadioChoice> choices) {

        /** The id of the fieldset's legend. */
        public String legendId() {
            return "stand-" + touchpointId + "-titel";
        }

        /** The id of the error message. */
        public String errorId() {
            return "stand-" + touchpointId + "-fehler";
        }

        /** The id of the first radio, where the error summary links to. */
        public String firstChoiceId() {
            return choices.get(0).htmlId();
        }

        /** The form field's name. */
        public String fieldName() {
            return "usage[" + touchpointId + "]";
        }
    }

    /**
     * The current state by usage: names of touchpoints in ranking order.
     *
     * @param inUse used today
     * @param planned planned
     * @param notUsed marked as not used or not marked at all (both count as not used)
     */
    public record UsageSummary(List<String> inUse, List<String> planned, List<String> notUsed) {

        public UsageSummary {
            inUse = List.copyOf(inUse);
            planned = List.copyOf(planned);
            notUsed = List.copyOf(notUsed);
        }
    }

    /**
     * One assessment of the history.
     *
     * @param label "Auswertung vom 30. November 2026", with "(Entwurf)" for a draft
     * @param current whether it is the assessment shown
     * @param compare the comparison of the shown assessment with this one, null when either is a
     *     draft or it is the shown one
     */
    public record HistoryEntry(String label, boolean current, String compare) {}

    /** The profile facts other than the company name, in one line ("Branche: … · Größe: …"); never null. */
    public String otherFacts() {
        return profileFacts.stream()
                .filter(f -> !f.value().equals(companyName))
                .map(f -> f.label() + ": " + f.value())
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    /** The element each current-state field's error links to from the error summary: its first radio button. */
    public Map<String, String> stateAnchors() {
        Map<String, String> anchors = new java.util.LinkedHashMap<>();
        stateRows.forEach(row -> anchors.put(row.fieldName(), row.firstChoiceId()));
        return anchors;
    }

    /** The 1-based place of this assessment in its history. */
    public int chainPosition() {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).current()) {
                return i + 1;
            }
        }
        return 1;
    }

    /** A touchpoint named in the gap analysis. */
    public record Line(String touchpointId, String name, String percent, String recommendation) {}

    /**
     * The gap analysis in words.
     *
     * @param potential recommended but not used, best first
     * @param planned recommended and planned
     * @param review in use but of the lowest recommendation
     * @param inUse how many touchpoints are in use
     * @param uncoveredPhases the labels of the journey phases no touchpoint in use covers
     */
    public record Gaps(List<Line> potential, List<Line> planned, List<Line> review, int inUse, List<String> uncoveredPhases) {}

    /**
     * One step of the action plan.
     *
     * @param touchpointId the touchpoint's id
     * @param name its name
     * @param percent its match as the locale writes it
     * @param recommendation its recommendation level's label (its fit)
     * @param entryCost the label of its entry cost
     * @param runningCost the label of its running cost
     * @param firstStep what to do first, in plain words
     */
    public record Step(
            String touchpointId, String name, String percent, String recommendation, String entryCost,
            String runningCost, String firstStep) {}

    /**
     * The action plan: quick wins first, then larger projects.
     *
     * @param runningCostMatters whether high running cost kept touchpoints out of the quick wins
     *     (see {@link ActionPlan}), which decides how the page explains the rule
     */
    public record Plan(List<Step> quickWins, List<Step> largerProjects, boolean runningCostMatters) {

        /** Whether there is nothing to do. */
        public boolean isEmpty() {
            return quickWins.isEmpty() && largerProjects.isEmpty();
        }
    }

    /**
     * The view of a saved assessment.
     *
     * @param assessment not null
     * @param submittedUsage usage ids by touchpoint id to show in the current-state form instead
     *     of the saved ones (after a bad submission), null to show the saved ones
     * @param links not null
     */
    static AssessmentView of(
            Assessment assessment,
            Map<String, String> submittedUsage,
            AssessmentLinks links,
            MessageSource messages,
            Locale locale) {
        return of(assessment, List.of(assessment), submittedUsage, links, messages, locale);
    }

    /**
     * The view of a saved assessment with its history.
     *
     * @param history the assessments of its history, oldest first, itself included; not null
     */
    static AssessmentView of(
            Assessment assessment,
            List<Assessment> history,
            Map<String, String> submittedUsage,
            AssessmentLinks links,
            MessageSource messages,
            Locale locale) {
        Evaluation evaluation = assessment.evaluation().orElse(null);
        ResultView result = evaluation == null ? null : ResultView.of(evaluation, locale);
        Map<String, String> usage = submittedUsage != null ? submittedUsage : assessment.currentState().asIds();
        List<Step> firstSteps = evaluation == null || !result.ranked()
                ? List.of()
                : AssessmentViewParts.steps(
                        assessment.actionPlan().map(ActionPlan::items).orElseGet(() -> AssessmentViewParts.recommended(evaluation)),
                        messages, locale);
        CompanyProfile profile = assessment.profile();
        return new AssessmentView(
                date(assessment.createdAt(), locale),
                date(assessment.updatedAt(), locale),
                assessment.catalog().id(),
                assessment.catalog().title().in(locale),
                assessment.isComplete(),
                profile.companyName(),
                AssessmentViewParts.facts(profile, messages, locale),
                result,
                !assessment.currentState().isEmpty(),
                result == null ? List.of() : AssessmentViewParts.stateRows(result, usage, messages, locale),
                assessment.gapAnalysis().map(g -> AssessmentViewParts.gaps(g, messages, locale)).orElse(null),
                assessment.actionPlan().map(p -> AssessmentViewParts.plan(p, messages, locale)).orElse(null),
                firstSteps.subList(0, Math.min(FIRST_STEPS, firstSteps.size())),
                AssessmentViewParts.usageSummary(assessment, result),
                AssessmentViewParts.chain(assessment, history, links, messages, locale),
                links);
    }

    /** A date as the locale writes it in full: "26. November 2026", "November 26, 2026". */
    static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Texts.supported(locale)).format(instant.atZone(GermanTime.ZONE));
    }

    static String text(MessageSource messages, String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
