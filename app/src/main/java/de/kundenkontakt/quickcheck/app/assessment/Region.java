package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.LocalizedText;
import java.util.Objects;

/**
 * Where a company is based: a German Bundesland (ids "DE-BW" … as in ISO 3166-2), Austria ("AT"),
 * Switzerland ("CH") or another country ("other"). Immutable and thread-safe.
 *
 * @param id the public id, not null
 * @param name the name in German and English, not null
 */
public record Region(String id, LocalizedText name) {

    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
