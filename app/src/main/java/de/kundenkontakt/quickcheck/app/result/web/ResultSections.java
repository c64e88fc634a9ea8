package de.kundenkontakt.quickcheck.app.result.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.result.ResultView;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The HTML of the result page's ranking, journey and answers (template {@code result/sections}),
 * rendered once per catalogue, answer code and language and kept in a bounded cache (least
 * recently used first out). These sections hold nothing about the person or the request (no
 * token, no form, no link that depends on the request), so the same HTML serves everyone; the page
 * around them, with its save form and CSRF token, is rendered per request. {@code
 * quickcheck.result-cache.size} bounds it (0 turns it off). Thread-safe.
 */
@Component
class ResultSections {

    private static final String TEMPLATE = "result/sections";

    private final ITemplateEngine templates;
    /** Null when nothing is kept. */
    private final Cache<Key, String> cache;

    private record Key(String catalogId, String code, String language) {}

    ResultSections(ITemplateEngine templates, @Value("${quickcheck.result-cache.size:500}") long size) {
        this.templates = templates;
        this.cache = size > 0 ? Caffeine.newBuilder().maximumSize(size).build() : null;
    }

    /**
     * The sections' HTML for a result view in the locale's language (English for English locales,
     * German otherwise); never null.
     *
     * @param view the result view, made in the same language, not null
     * @param locale the language to show, not null
     */
    String of(ResultView view, Locale locale) {
        Locale language = Texts.supported(locale);
        if (cache == null) {
            return render(view, language);
        }
        return cache.get(new Key(view.catalogId(), view.code(), language.getLanguage()), key -> render(view, language));
    }

    private String render(ResultView view, Locale language) {
        return templates.process(TEMPLATE, new Context(language, Map.of("result", view)));
    }
}
