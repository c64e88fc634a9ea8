package de.kundenkontakt.quickcheck.app.company.web;

import de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentProblem;
import de.kundenkontakt.quickcheck.app.assessment.InvalidAssessmentException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/** What the company pages share: their paths and form errors. */
final class CompanyPages {

    static final String COMPANIES = "/arbeitsbereich/unternehmen";
    static final String ONE = COMPANIES + "/{id}";
    static final String SHARED = "/arbeitsbereich/geteilt";
    static final String PARTICIPATION = "/teilnahme/{token}";
    static final String SHARE = AssessmentPaths.VIEW + "/teilen";

    private CompanyPages() {}

    /** The path of a company's page. */
    static String company(Object id) {
        return COMPANIES + "/" + id;
    }

    /** The path of one assessment of a company. */
    static String assessment(Object companyId, Object assessmentId) {
        return company(companyId) + "/auswertungen/" + assessmentId;
    }

    /** Adds each profile problem to the form's errors at its field and sets the status 422. */
    static void reject(BindingResult result, InvalidAssessmentException invalid, HttpServletResponse response) {
        for (AssessmentProblem problem : invalid.problems()) {
            String field = problem.field().startsWith("profile.") ? problem.field().substring(8) : problem.field();
            result.rejectValue(field, problem.messageKey());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    }
}
