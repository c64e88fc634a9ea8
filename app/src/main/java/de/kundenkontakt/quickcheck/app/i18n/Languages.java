package de.kundenkontakt.quickcheck.app.i18n;

import java.util.List;
import java.util.Locale;

/** The languages the product speaks, German first and by default, and how a request names one. */
public final class Languages {

    /** German and English, the default first; immutable. */
    public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    private Languages() {}

    /** The supported locale whose language code is {@code code} ("de" or "en"), else null. */
    public static Locale byCode(String code) {
        for (Locale locale : SUPPORTED) {
            if (locale.getLanguage().equals(code)) {
                return locale;
            }
        }
        return null;
    }

    /** The best supported language for an Accept-Language header; German when none fits or it is malformed. */
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
}
