package de.kundenkontakt.quickcheck.app.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses German or English: a {@code lang} cookie set by the language switch wins, then the
 * browser's {@code Accept-Language}; German when neither names a supported language.
 */
public final class LanguageResolver implements LocaleResolver {

    /** The languages the product speaks, default first. */
    public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    static final String COOKIE = "lang";

    private static final String CHOSEN = LanguageResolver.class.getName() + ".chosen";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    Locale chosen = supported(cookie.getValue());
                    if (chosen != null) {
                        return chosen;
                    }
                }
            }
        }
        return fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** The best supported language for an Accept-Language header; German when none fits. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return SUPPORTED.get(0);
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best != null ? best : SUPPORTED.get(0);
        } catch (IllegalArgumentException malformed) {
            return SUPPORTED.get(0);
        }
    }

    /** The supported locale whose language code is {@code language} ("de" or "en"), else null. */
    public static Locale supported(String language) {
        for (Locale locale : SUPPORTED) {
            if (locale.getLanguage().equals(language)) {
                return locale;
            }
        }
        return null;
    }

    /** Remembers the language in a cookie and uses it for the rest of this request. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        request.setAttribute(CHOSEN, locale);
        Cookie cookie = new Cookie(COOKIE, locale == null ? "" : locale.getLanguage());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(locale == null ? 0 : 60 * 60 * 24 * 365);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
