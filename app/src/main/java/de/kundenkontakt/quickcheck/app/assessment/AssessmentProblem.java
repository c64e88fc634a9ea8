package de.kundenkontakt.quickcheck.app.assessment;

import java.util.Objects;

/**
 * One thing wrong with the profile or current state of an assessment, precise enough to name the
 * field and to be put in words in any language. Immutable and thread-safe.
 *
 * @param part the part of the assessment concerned: {@value #PROFILE}, {@value #CURRENT_STATE} or
 *     {@value #CATALOG}; not null
 * @param name the field within the part, such as "industry" or the touchpoint id "blog"; null for
 *     the catalogue
 * @param kind what is wrong, not null
 * @param value the offending value, null when there is none to show
 */
public record AssessmentProblem(String part, String name, Kind kind, String value) {

    /** The part of a problem with the company profile. */
    public static final String PROFILE = "profile";

    /** The part of a problem with the current state. */
    public static final String CURRENT_STATE = "currentState";

    /** The part of a problem with the catalogue chosen. */
    public static final String CATALOG = "catalog";

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
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(kind, "kind");
    }

    /** A problem with the company profile's field {@code name} ("industry"). */
    public static AssessmentProblem ofProfile(String name, Kind kind, String value) {
        return new AssessmentProblem(PROFILE, name, kind, value);
    }

    /** A problem with the current state's entry for the touchpoint {@code touchpointId}. */
    public static AssessmentProblem ofCurrentState(String touchpointId, Kind kind, String value) {
        return new AssessmentProblem(CURRENT_STATE, touchpointId, kind, value);
    }

    /** The path of the field concerned, such as "profile.industry", "currentState.blog" or "catalog"; never null. */
    public String field() {
        return name == null ? part : part + "." + name;
    }

    /** The message key in bundle {@code i18n/assessment} that puts the problem in words; never null. */
    public String messageKey() {
        return "assessment.problem." + kind.name();
    }

    @Override
    public String toString() {
        return field() + ": " + kind + (value == null ? "" : " \"" + value + "\"");
    }
}
