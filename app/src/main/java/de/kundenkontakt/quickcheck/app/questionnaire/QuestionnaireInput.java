package de.kundenkontakt.quickcheck.app.questionnaire;

import de.kundenkontakt.quickcheck.app.web.BadPageRequestException;
import de.kundenkontakt.quickcheck.engine.AnswerProblem;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.List;
import java.util.Locale;

/**
 * What a questionnaire form sends, checked for the pages that take it (the questionnaire and the
 * assessment pages): the catalogue it names and answers that no page offers.
 */
public final class QuestionnaireInput {

    private QuestionnaireInput() {}

    /**
     * The catalogue with this id, the default one when none is given.
     *
     * @throws BadPageRequestException if no catalogue has this id
     */
    public static Catalog catalog(Catalogs catalogs, String catalogId) {
        if (catalogId == null || catalogId.isBlank()) {
            return catalogs.defaultCatalog();
        }
        return catalogs.find(catalogId)
                .orElseThrow(() -> new BadPageRequestException(
                        "questionnaire.invalid.unknown-catalog", List.of(catalogId, String.join(", ", catalogs.ids()))));
    }

    /** The 400 for an answer no form offers: an unknown level, an unknown or missing question. */
    public static BadPageRequestException tampered(Catalog catalog, AnswerProblem problem, Locale locale) {
        return switch (problem.kind()) {
            case UNKNOWN_LEVEL -> new BadPageRequestException(
                    "questionnaire.invalid.unknown-level",
                    List.of(
                            catalog.question(problem.questionId())
                                    .map(q -> q.topic().in(locale))
                                    .orElse(problem.questionId()),
                            String.valueOf(problem.value())));
            case UNKNOWN_QUESTION, MISSING -> new BadPageRequestException(
                    "questionnaire.invalid.unknown-question", List.of(problem.questionId()));
        };
    }
}
