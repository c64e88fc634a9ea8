package de.kundenkontakt.quickcheck.app.company.web;

import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.result.ResultView;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One assessment in a company's history. Immutable.
 *
 * @param id the assessment's id
 * @param link the path of its page in the workspace
 * @param createdAt when it was made
 * @param complete whether it is complete
 * @param answered how many questions are answered
 * @param total how many questions its catalogue has
 * @param catalogId its catalogue version
 * @param top the names of its best three touchpoints with their percentages, empty for a draft
 * @param reassesses when the assessment it re-assesses was made, null if none (or deleted)
 */
record HistoryRow(
        UUID id,
        String link,
        ZonedDateTime createdAt,
        boolean complete,
        int answered,
        int total,
        String catalogId,
        List<String> top,
        ZonedDateTime reassesses) {

    /** The rows of a company's history, newest first, each naming the one it re-assesses. */
    static List<HistoryRow> of(UUID companyId, List<Assessment> history, Locale locale) {
        Map<UUID, Instant> made = new HashMap<>();
        history.forEach(a -> made.put(a.id(), a.createdAt()));
        return history.stream().map(a -> of(companyId, a, made, locale)).toList();
    }

    private static HistoryRow of(UUID companyId, Assessment assessment, Map<UUID, Instant> made, Locale locale) {
        List<String> top = assessment.evaluation()
                .map(e -> e.ranking().stream().limit(3).map(r -> label(r, locale)).toList())
                .orElse(List.of());
        return new HistoryRow(
                assessment.id(),
                CompanyPages.assessment(companyId, assessment.id()),
                GermanTime.local(assessment.createdAt()),
                assessment.isComplete(),
                assessment.answers().answeredCount(),
                assessment.catalog().questions().size(),
                assessment.catalog().id(),
                top,
                GermanTime.local(assessment.reassessedFrom().map(made::get).orElse(null)));
    }

    private static String label(TouchpointResult result, Locale locale) {
        return result.touchpoint().name().in(locale) + " (" + ResultView.formatPercent(result.percent(), locale) + ")";
    }
}
