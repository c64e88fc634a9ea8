package de.kundenkontakt.quickcheck.app.assessment;

import java.util.Objects;

/**
 * One thing wrong with the profile or current state of an assessment, precise enough to name the
 * field and to be put in words in any language. Immutable and thread-safe.
 *
 * @param field the field concerned, such as "profile.industry" or "currentState.blog"; not null
 * @param kind what is wrong, not null
 * @param value the offending value, null when there is none to show
 */
public record AssessmentProblem(String field, Kind kind, String value) {

    /** The kinds of problem. */
    public enum Kind {
        /** The value is not among the allowed ones (unknown industry, region, usage …). */
        UNKNOWN_VALUE,
        /** The text is longer than allowed. */
        TOO_LONG,
        /** The text contains characters that are not allowed, such as line breaks. */
        INVALID_CHARACTERS,
        /** The current state names a touchpoint that the assessment's catalogue does not have. */
        UNKNOWN_TOUCHPOINT
    }

    public AssessmentProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
    }

    /** The message key in bundle {@code i18n/assessment} that puts the problem in words; never null. */
    public String messageKey() {
        return "assessment.problem." + kind.name();
    }

    @Override
    public String toString() {
        return field + ": " + kind + (value == null ? "" : " \"" + value + "\"");
    }
}
