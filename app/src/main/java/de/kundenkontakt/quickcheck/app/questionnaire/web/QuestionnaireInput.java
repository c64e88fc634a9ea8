package de.kundenkontakt.quickcheck.app.questionnaire.web;

import de.kundenkontakt.quickcheck.app.web.BadPageRequestException;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * The catalogue a questionnaire form or link names, for the pages that take one (the questionnaire
 * and the assessment pages).
 */
@NamedInterface("web")
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
}
