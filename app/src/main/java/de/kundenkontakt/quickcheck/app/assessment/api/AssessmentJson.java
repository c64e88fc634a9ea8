package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.assessment.ActionItem;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.GapAnalysis;
import de.kundenkontakt.quickcheck.app.assessment.PeerBenchmark;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationJson;
import de.kundenkontakt.quickcheck.app.result.json.TouchpointSummary;
import de.kundenkontakt.quickcheck.engine.JourneyPhase;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Maps assessments to their JSON records; the one place that decides the JSON of an assessment. */
public final class AssessmentJson {

    private AssessmentJson() {}

    /**
     * The response for an assessment.
     *
     * @param assessment not null
     * @param viewToken the full view token, not null
     * @param deleteToken the full delete token, or null to leave it and the delete link out
     * @param locale the language of names and labels; German unless English
     */
    public static AssessmentResponse of(Assessment assessment, String viewToken, String deleteToken, Locale locale) {
        return of(assessment, viewToken, deleteToken, Optional.empty(), locale);
    }

    /**
     * The response for an assessment with its peer benchmark.
     *
     * @param benchmark empty when there is none (a draft, or too few comparable assessments)
     * @see #of(Assessment, String, String, Locale)
     */
    public static AssessmentResponse of(
            Assessment assessment, String viewToken, String deleteToken, Optional<PeerBenchmark> benchmark, Locale locale) {
        Objects.requireNonNull(viewToken, "viewToken");
        String language = Texts.language(locale);
        Texts texts = Texts.of(locale);
        CompanyProfile profile = assessment.profile();
        return new AssessmentResponse(
                viewToken,
                deleteToken,
                AssessmentLinks.of(viewToken, deleteToken),
                assessment.status().id(),
                assessment.catalog().id(),
                language,
                assessment.createdAt().toString(),
                assessment.updatedAt().toString(),
                assessment.answers().asIds(),
                assessment.answers().openQuestions().stream().map(Question::id).toList(),
                profile(profile),
                ProfileLabels.of(profile, texts),
                assessment.currentState().asIds(),
                assessment.evaluation().map(e -> EvaluationJson.of(e, locale)).orElse(null),
                assessment.gapAnalysis().map(g -> gapAnalysis(g, language)).orElse(null),
                assessment.actionPlan()
                        .map(plan -> plan.items().stream().map(i -> actionItem(i, language, texts)).toList())
                        .orElse(null),
                benchmark.map(BenchmarkJson::of).orElse(null));
    }

    /** The profile as ids, the shape a request takes; never null. */
    public static ProfileJson profile(CompanyProfile profile) {
        return new ProfileJson(
                profile.companyName(), profile.industryCode(), profile.sizeClassId(), profile.regionId(), profile.marketId());
    }

    private static GapAnalysisJson gapAnalysis(GapAnalysis gaps, String language) {
        return new GapAnalysisJson(
                summaries(gaps.potential(), language),
                summaries(gaps.planned(), language),
                summaries(gaps.review(), language),
                summaries(gaps.inUse(), language),
                gaps.uncoveredPhases().stream().map(JourneyPhase::id).toList());
    }

    private static List<TouchpointSummary> summaries(List<TouchpointResult> results, String language) {
        return results.stream().map(r -> EvaluationJson.summary(r, language)).toList();
    }

    private static ActionItemJson actionItem(ActionItem item, String language, Texts texts) {
        TouchpointResult result = item.result();
        return new ActionItemJson(
                item.touchpointId(),
                result.touchpoint().name().in(language),
                result.rank(),
                result.percent().rounded(),
                result.percent().display(),
                result.recommendation().id(),
                result.recommendation().label().in(language),
                item.quickWin(),
                item.cost().entry().level().id(),
                texts.get(item.cost().entry().labelKey()),
                item.cost().running().level().id(),
                texts.get(item.cost().running().labelKey()),
                texts.get(item.firstStepKey()));
    }
}
