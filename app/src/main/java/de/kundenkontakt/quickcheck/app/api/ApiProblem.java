package de.kundenkontakt.quickcheck.app.api;

import java.util.List;

/**
 * An exception that the API answers with a problem response of its own: a feature's exception
 * implements it, so that the one API advice needs to know no feature. Free of Spring, so that a
 * feature's domain may implement it. The texts are {@code problem.<key>.title} and
 * {@code problem.<key>.detail} in bundle {@code i18n/api}.
 */
public interface ApiProblem {

    /** The HTTP status of the response, a client error such as 404. */
    int problemStatus();

    /** The message key between "problem." and ".title"/".detail", such as "assessment-not-found"; never null. */
    String problemKey();

    /** The arguments of the detail message, in the order of its placeholders; never null. */
    default List<Object> problemArguments() {
        return List.of();
    }
}
