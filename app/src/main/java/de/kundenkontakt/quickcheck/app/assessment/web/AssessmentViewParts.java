package de.kundenkontakt.quickcheck.app.assessment.web;

import static de.kundenkontakt.quickcheck.app.assessment.web.AssessmentView.date;
import static de.kundenkontakt.quickcheck.app.assessment.web.AssessmentView.text;

import de.kundenkontakt.quickcheck.app.assessment.ActionItem;
import de.kundenkontakt.quickcheck.app.assessment.ActionPlan;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.GapAnalysis;
import de.kundenkontakt.quickcheck.app.assessment.Usage;
import de.kundenkontakt.quickcheck.app.assessment.web.AssessmentView.Fact;
import de.kundenkontakt.quickcheck.app.assessment.web.AssessmentView.Gaps;
import de.kundenkontakt.quickcheck.app.assessment.web.AssessmentView.HistoryEntry;
import de.kundenkontakt.quickcheck.app.assessment.web.AssessmentView.Line;
import de.kundenkontakt.quickcheck.app.assessment.web.AssessmentView.Plan;
import de.kundenkontakt.quickcheck.app.assessment.web.AssessmentView.StateRow;
import de.kundenkontakt.quickcheck.app.assessment.web.AssessmentView.Step;
import de.kundenkontakt.quickcheck.app.assessment.web.AssessmentView.UsageSummary;
import de.kundenkontakt.quickcheck.app.catalog.TouchpointCosts;
import de.kundenkontakt.quickcheck.app.result.ResultView;
import de.kundenkontakt.quickcheck.app.web.RadioChoice;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.JourneyPhase;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** The parts of an {@link AssessmentView} in the locale's language: history, current state, gaps, plan. */
final class AssessmentViewParts {

    private AssessmentViewParts() {}

    /** The assessments of the history, oldest first, each with a link to compare it with this one where that makes sense. */
    static List<HistoryEntry> chain(
            Assessment assessment, List<Assessment> history, AssessmentLinks links, MessageSource messages, Locale locale) {
        List<HistoryEntry> chain = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Assessment member = history.get(i);
            boolean current = member.id().equals(assessment.id());
            String label = text(messages, member.isComplete() ? "assessment.chain.entry" : "assessment.chain.entry.draft", locale,
                    date(member.createdAt(), locale));
            chain.add(new HistoryEntry(label, current,
                    current || !member.isComplete() || !assessment.isComplete() ? null : links.compareWith(i + 1)));
        }
        return chain;
    }

    /** A row of the current-state form per ranked touchpoint, with the usage given (usage id by touchpoint id). */
    static List<StateRow> stateRows(ResultView result, Map<String, String> usage, MessageSource messages, Locale locale) {
        List<StateRow> rows = new ArrayList<>();
        for (ResultView.Row row : result.ranking()) {
            String given = usage.get(row.touchpointId());
            List<RadioChoice> choices = RadioChoice.numbered("stand-" + row.touchpointId() + "-", List.of(Usage.values()),
                    Usage::id, u -> text(messages, u.messageKey(), locale), given);
            String usageLabel = Usage.byId(given == null ? "" : given)
                    .map(u -> text(messages, u.messageKey(), locale))
                    .orElseGet(() -> text(messages, "assessment.state.notGiven", locale));
            rows.add(new StateRow(
                    row.touchpointId(), row.name(), row.rank(), row.percent(), row.recommendation(), usageLabel, choices));
        }
        return rows;
    }

    /** The touchpoint names by saved usage, in ranking order (none without a result). */
    static UsageSummary usageSummary(Assessment assessment, ResultView result) {
        List<String> inUse = new ArrayList<>();
        List<String> planned = new ArrayList<>();
        List<String> notUsed = new ArrayList<>();
        if (result != null) {
            for (ResultView.Row row : result.ranking()) {
                Usage given = assessment.currentState().usage(row.touchpointId()).orElse(Usage.NOT_USED);
                (given == Usage.IN_USE ? inUse : given == Usage.PLANNED ? planned : notUsed).add(row.name());
            }
        }
        return new UsageSummary(inUse, planned, notUsed);
    }

    /** The touchpoints recommended at least "empfehlenswert" (the second-highest level), best first, as plan items. */
    static List<ActionItem> recommended(Evaluation evaluation) {
        var levels = evaluation.catalog().recommendations();
        var good = levels.subList(0, Math.min(2, levels.size()));
        return evaluation.ranking().stream()
                .filter(r -> good.contains(r.recommendation()))
                .map(r -> new ActionItem(r, TouchpointCosts.builtIn().of(r.touchpoint()), false))
                .toList();
    }

    /** The filled-in parts of the company profile, each with its label. */
    static List<Fact> facts(CompanyProfile profile, MessageSource messages, Locale locale) {
        List<Fact> facts = new ArrayList<>();
        if (profile.companyName() != null) {
            facts.add(new Fact(text(messages, "assessment.profile.name", locale), profile.companyName()));
        }
        if (profile.industry() != null) {
            facts.add(new Fact(text(messages, "assessment.profile.industry", locale), profile.industry().label(locale)));
        }
        if (profile.sizeClass() != null) {
            facts.add(new Fact(
                    text(messages, "assessment.profile.sizeClass", locale),
                    text(messages, profile.sizeClass().messageKey(), locale)));
        }
        if (profile.region() != null) {
            facts.add(new Fact(text(messages, "assessment.profile.region", locale), profile.region().name().in(locale)));
        }
        if (profile.market() != null) {
            facts.add(new Fact(
                    text(messages, "assessment.profile.market", locale),
                    text(messages, profile.market().messageKey(), locale)));
        }
        return facts;
    }

    static Gaps gaps(GapAnalysis gaps, MessageSource messages, Locale locale) {
        List<String> phases = new ArrayList<>();
        for (JourneyPhase phase : gaps.uncoveredPhases()) {
            phases.add(text(messages, "guide.phase." + phase.id(), locale));
        }
        return new Gaps(
                lines(gaps.potential(), locale),
                lines(gaps.planned(), locale),
                lines(gaps.review(), locale),
                gaps.inUse().size(),
                phases);
    }

    private static List<Line> lines(List<TouchpointResult> results, Locale locale) {
        return results.stream()
                .map(r -> new Line(
                        r.touchpoint().id(),
                        r.touchpoint().name().in(locale),
                        ResultView.formatPercent(r.percent(), locale),
                        r.recommendation().label().in(locale)))
                .toList();
    }

    static Plan plan(ActionPlan plan, MessageSource messages, Locale locale) {
        return new Plan(
                steps(plan.quickWins(), messages, locale), steps(plan.largerProjects(), messages, locale),
                plan.runningCostMatters());
    }

    static List<Step> steps(List<ActionItem> items, MessageSource messages, Locale locale) {
        return items.stream()
                .map(item -> new Step(
                        item.touchpointId(),
                        item.result().touchpoint().name().in(locale),
                        ResultView.formatPercent(item.result().percent(), locale),
                        item.result().recommendation().label().in(locale),
                        text(messages, item.cost().entry().labelKey(), locale),
                        text(messages, item.cost().running().labelKey(), locale),
                        text(messages, item.firstStepKey(), locale)))
                .toList();
    }
}
