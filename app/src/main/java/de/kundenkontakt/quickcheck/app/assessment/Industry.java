package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.LocalizedText;
import java.util.Locale;
import java.util.Objects;

/**
 * A section of the German classification of economic activities (WZ 2008), such as "C"
 * Verarbeitendes Gewerbe. Immutable and thread-safe.
 *
 * @param code the section letter A to U, not null
 * @param name the name in German and English, not null
 */
public record Industry(String code, LocalizedText name) {

    public Industry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    /** The section as pages name it, letter and name: "C – Verarbeitendes Gewerbe". */
    public String label(Locale locale) {
        return code + " – " + name.in(locale);
    }
}
