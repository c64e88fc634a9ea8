package de.kundenkontakt.quickcheck.app.assessment.web;

import static de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths.path;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.ViewTokens;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Für anonyme Vergleichswerte verwenden" on the assessment page: ticks or unticks whether the
 * assessment may count for anonymous benchmarks, then back to the setting with a confirmation.
 */
@Controller
class BenchmarkConsentController {

    /** The checkbox's name; its value when ticked is {@value #YES} (an unticked box sends nothing). */
    static final String CONSENT_PARAMETER = "vergleichswerte";

    static final String YES = "ja";

    /** The notice that confirms the saved setting on the assessment page. */
    static final String NOTICE = "vergleichswerte";

    private final AssessmentService service;

    BenchmarkConsentController(AssessmentService service) {
        this.service = service;
    }

    @PostMapping(AssessmentPaths.CONSENT)
    String saveConsent(@PathVariable String token, @RequestParam(name = CONSENT_PARAMETER, required = false) String consent) {
        AccessToken viewToken = ViewTokens.parse(token);
        service.changeBenchmarkConsent(viewToken, YES.equals(consent));
        return "redirect:" + path(AssessmentPaths.VIEW, viewToken) + "?" + AssessmentController.NOTICE_PARAMETER + "="
                + NOTICE + "#vergleichswerte-gespeichert";
    }
}
