package de.kundenkontakt.quickcheck.app.web;

import java.util.Optional;

/**
 * Says what a feature's exception means for the pages, so that the one page advice
 * ({@code PageExceptionHandler}) needs to know no feature: a feature provides one as a bean, as it
 * does for the API with {@code api.ApiExceptionTranslator}. Implementations are immutable and
 * thread-safe.
 */
@FunctionalInterface
public interface PageExceptionTranslator {

    /**
     * The page that {@code exception} stands for; empty when the exception is not this feature's.
     *
     * @param exception not null
     */
    Optional<PageProblem> translate(Exception exception);
}
