package de.kundenkontakt.quickcheck.app.catalog.api;

import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.JourneyPhase;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Maps catalogues to their JSON records. */
public final class CatalogJson {

    private CatalogJson() {}

    /** The list entry of a catalogue; {@code href} is the path of its details. */
    public static CatalogSummary summary(Catalog catalog, boolean isDefault, Locale locale, String href) {
        return new CatalogSummary(
                catalog.id(),
                catalog.title().in(Texts.language(locale)),
                isDefault,
                catalog.questions().size(),
                catalog.touchpoints().size(),
                href);
    }

    /** The whole catalogue with texts in the locale's language. */
    public static CatalogDetail detail(Catalog catalog, boolean isDefault, Locale locale) {
        String language = Texts.language(locale);
        return new CatalogDetail(
                catalog.id(),
                catalog.title().in(language),
                isDefault,
                language,
                catalog.questions().stream()
                        .map(q -> new CatalogDetail.QuestionJson(q.id(), q.topic().in(language), q.hint().in(language)))
                        .toList(),
                catalog.levels().stream()
                        .map(l -> new CatalogDetail.LevelJson(l.id(), l.points(), l.label().in(language)))
                        .toList(),
                catalog.recommendations().stream()
                        .map(r -> new CatalogDetail.RecommendationJson(r.id(), r.minimumPercent(), r.label().in(language)))
                        .toList(),
                catalog.touchpoints().stream()
                        .map(t -> touchpoint(catalog, t, language))
                        .toList());
    }

    private static CatalogDetail.TouchpointJson touchpoint(Catalog catalog, Touchpoint touchpoint, String language) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Question question : catalog.questions()) {
            weights.put(question.id(), catalog.weight(question, touchpoint));
        }
        return new CatalogDetail.TouchpointJson(
                touchpoint.id(),
                touchpoint.name().in(language),
                touchpoint.guideChapter(),
                touchpoint.phases().stream().map(JourneyPhase::id).toList(),
                Collections.unmodifiableMap(weights));
    }
}
