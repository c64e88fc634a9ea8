package de.kundenkontakt.quickcheck.app.api;

import de.kundenkontakt.quickcheck.app.api.json.InvalidRequestException;
import java.util.Optional;

/**
 * Says what a feature's exception means for the API, so that the one API advice needs to know no
 * feature: a feature provides one as a bean. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface ApiExceptionTranslator {

    /**
     * The API's own exception that {@code exception} stands for: an {@link ApiProblemException}
     * (status and message key) or an {@link InvalidRequestException} (field problems); empty when
     * the exception is not this feature's.
     *
     * @param exception not null
     */
    Optional<RuntimeException> translate(Exception exception);
}
