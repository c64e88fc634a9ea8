package de.kundenkontakt.quickcheck.app.api;

import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.i18n.Languages;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every API endpoint does with a request the same way: check that the body is JSON, read it
 * up to {@link ApiLimits#MAX_BODY_BYTES}, choose the language of an error (an operation's own is
 * its {@link RequestLanguage}), and say in the response which language it chose. Violations throw
 * {@link ApiProblemException}, which the API advice answers.
 */
public final class ApiRequests {

    private ApiRequests() {}

    /** Refuses a body that is not JSON ({@code application/json} or {@code application/*+json}) with 415. */
    public static void requireJson(String contentType) {
        if (contentType != null) {
            try {
                MediaType type = MediaType.parseMediaType(contentType);
                if (MediaType.APPLICATION_JSON.isCompatibleWith(type)
                        || ("application".equals(type.getType()) && type.getSubtype().endsWith("+json"))) {
                    return;
                }
            } catch (InvalidMediaTypeException malformed) {
                // reported as unsupported below
            }
        }
        throw new ApiProblemException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type", contentType == null ? "-" : contentType);
    }

    /**
     * The body, at most {@link ApiLimits#MAX_BODY_BYTES} long; a longer one (possible when it came
     * without a length, chunked) is refused with 413.
     */
    public static byte[] readBody(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(ApiLimits.MAX_BODY_BYTES + 1);
        if (bytes.length > ApiLimits.MAX_BODY_BYTES) {
            throw new ApiProblemException(HttpStatus.CONTENT_TOO_LARGE, "too-large", ApiLimits.MAX_BODY_BYTES);
        }
        return bytes;
    }

    /**
     * {@code ?lang=de|en} if the query has it, else the best fit for Accept-Language, German by
     * default; never fails. Read from the query string only: asking the request for a parameter
     * could read a form body.
     */
    public static Locale language(HttpServletRequest request) {
        String query = request.getQueryString();
        String lang = query == null
                ? null
                : UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst("lang");
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
