package de.kundenkontakt.quickcheck.app.api;

import de.kundenkontakt.quickcheck.app.i18n.Languages;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * The language an API request asks for, as it came: the query parameter {@code lang} and the
 * header Accept-Language, each null when absent (repeated values joined with commas, as Spring
 * binds a {@code String}). An operation takes it as an argument marked {@link LanguageParameters}
 * and chooses the language where its order of checks puts that step, so that an error found
 * before (such as a body that is not JSON) still wins over an unknown {@code lang}.
 * Immutable and thread-safe.
 *
 * @param lang the value of {@code ?lang}; null when not given
 * @param acceptLanguage the Accept-Language header; null when not sent
 */
public record RequestLanguage(String lang, String acceptLanguage) {

    private static final int SHOWN_LANGUAGE_LENGTH = 16;

    /**
     * {@code ?lang} if given (de or en; anything else is a 400 problem naming the value), otherwise
     * the best fit for Accept-Language, German by default. Never null.
     */
    public Locale locale() {
        if (lang == null) {
            return fromAcceptLanguage();
        }
        Locale chosen = Languages.byCode(lang);
        if (chosen == null) {
            String shown = lang.length() <= SHOWN_LANGUAGE_LENGTH ? lang : lang.substring(0, SHOWN_LANGUAGE_LENGTH) + "…";
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, "language", shown);
        }
        return chosen;
    }

    /** The best fit for Accept-Language, German by default, for an operation without {@code ?lang}; never null. */
    public Locale fromAcceptLanguage() {
        return Languages.fromAcceptLanguage(acceptLanguage);
    }
}
