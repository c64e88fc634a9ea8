package de.kundenkontakt.quickcheck.app.api;

import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.i18n.Languages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every API endpoint does with a request the same way beyond its arguments ({@link JsonBody},
 * {@link RequestLanguage}): choose the language of an error, and say in the response which
 * language it chose.
 */
public final class ApiRequests {

    private ApiRequests() {}

    /**
     * {@code ?lang=de|en} if the query has it, else the best fit for Accept-Language, German by
     * default; never fails. Read from the query string only: asking the request for a parameter
     * could read a form body.
     */
    public static Locale language(HttpServletRequest request) {
        String query = request.getQueryString();
        String lang = query == null
                ? null
                : UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst(ApiArguments.LANG);
        return preferred(lang, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** {@code lang} if it names a language we speak (de or en), else the best fit for Accept-Language; never fails. */
    public static Locale preferred(String lang, String acceptLanguage) {
        Locale chosen = Languages.byCode(lang);
        return chosen != null ? chosen : Languages.fromAcceptLanguage(acceptLanguage);
    }

    /** The response with {@code body}, saying its language and that it varies with Accept-Language. */
    public static <T> ResponseEntity<T> localized(ResponseEntity.BodyBuilder response, Locale locale, T body) {
        return response.header(HttpHeaders.CONTENT_LANGUAGE, Texts.language(locale))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(body);
    }
}
