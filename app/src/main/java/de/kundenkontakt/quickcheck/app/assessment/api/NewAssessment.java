package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import java.util.Objects;

/**
 * A checked request to create an assessment. Immutable.
 *
 * @param input what the assessment starts with, not null
 * @param draft whether to save it as a draft; false only when every question is answered
 */
public record NewAssessment(AssessmentInput input, boolean draft) {

    public NewAssessment {
        Objects.requireNonNull(input, "input");
    }
}
