package de.kundenkontakt.quickcheck.app.assessment.web;

import de.kundenkontakt.quickcheck.app.assessment.RetentionProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the assessment pages the retention periods, so that the links page can say when data goes. */
@ControllerAdvice(assignableTypes = {AssessmentController.class, AssessmentSavingController.class})
class RetentionNotice {

    private final RetentionProperties retention;

    RetentionNotice(RetentionProperties retention) {
        this.retention = retention;
    }

    @ModelAttribute("retention")
    RetentionProperties retention() {
        return retention;
    }
}
