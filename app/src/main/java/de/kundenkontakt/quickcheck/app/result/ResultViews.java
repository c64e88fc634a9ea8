package de.kundenkontakt.quickcheck.app.result;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.engine.Answers;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The result views of complete answers, made once per catalogue, answer code and language and kept
 * in a bounded cache (least recently used first out): a result view is the same for everyone who
 * opens the same result link, holds nothing about the person (no token, no session), and is
 * immutable, so sharing it is safe. Saves the evaluation, the explanations and the formatted texts
 * on each further request. {@code quickcheck.result-cache.size} bounds it (0 turns it off).
 * Thread-safe.
 */
@Component
public class ResultViews {

    /** Null when nothing is kept (a Caffeine cache of size 0 may still hold an entry for a moment). */
    private final Cache<Key, ResultView> cache;

    private record Key(String catalogId, String code, String language) {}

    /** @param size how many result views to keep at most; 0 keeps none */
    public ResultViews(@Value("${quickcheck.result-cache.size:500}") long size) {
        this.cache = size > 0 ? Caffeine.newBuilder().maximumSize(size).build() : null;
    }

    /**
     * The view of complete answers in the locale's language (English for English locales, German
     * otherwise); never null.
     *
     * @param answers complete answers, not null
     * @param locale the language to show, not null
     */
    public ResultView of(Answers answers, Locale locale) {
        Locale language = Texts.supported(locale);
        Key key = new Key(answers.catalog().id(), ResultCode.encode(answers), language.getLanguage());
        if (cache == null) {
            return ResultView.of(answers.catalog().evaluate(answers), language);
        }
        return cache.get(key, k -> ResultView.of(answers.catalog().evaluate(answers), language));
    }
}
