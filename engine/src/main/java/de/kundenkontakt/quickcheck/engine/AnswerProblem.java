package de.kundenkontakt.quickcheck.engine;

import java.util.Objects;

/**
 * One thing wrong with a set of answers, precise enough to name the field and to be put in words
 * in any language. Immutable and thread-safe.
 *
 * @param kind what is wrong, not null
 * @param questionId the question concerned, not null
 * @param value the offending level id for {@link Kind#UNKNOWN_LEVEL}, otherwise null
 */
public record AnswerProblem(Kind kind, String questionId, String value) {

    /** The kinds of problem. */
    public enum Kind {
        /** A question of the catalogue has no answer. */
        MISSING,
        /** An answer names a question that the catalogue does not have. */
        UNKNOWN_QUESTION,
        /** An answer names a level that the catalogue does not have. */
        UNKNOWN_LEVEL
    }

    public AnswerProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(questionId, "questionId");
    }

    @Override
    public String toString() {
        return switch (kind) {
            case MISSING -> questionId + ": no answer";
            case UNKNOWN_QUESTION -> questionId + ": unknown question";
            case UNKNOWN_LEVEL -> questionId + ": unknown level \"" + value + "\"";
        };
    }
}
