package de.kundenkontakt.quickcheck.app.web;

import de.kundenkontakt.quickcheck.app.i18n.Texts;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.AbstractMessageSource;
import org.springframework.stereotype.Component;

/**
 * Spring's {@code messageSource} (for the templates' {@code #{...}}, the validator and every bean that
 * asks a {@code MessageSource}) as a view of the one text lookup {@link Texts}, so that pages, API,
 * exports and the command-line tool read the same texts the same way. Spring Boot's own message
 * source steps back for a bean of this name. Thread-safe.
 */
@Component("messageSource")
class TextsMessageSource extends AbstractMessageSource {

    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        return Texts.of(locale).find(code).orElse(null);
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        Texts texts = Texts.of(locale);
        return texts.find(code)
                .map(text -> formats.computeIfAbsent(texts.locale(), any -> new ConcurrentHashMap<>())
                        .computeIfAbsent(code, any -> new MessageFormat(text, texts.locale())))
                .orElse(null);
    }
}
