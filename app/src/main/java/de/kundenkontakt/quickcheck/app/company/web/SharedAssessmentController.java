package de.kundenkontakt.quickcheck.app.company.web;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.company.SharingService;
import de.kundenkontakt.quickcheck.app.company.SharingService.SharedAssessment;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The assessments companies share with the signed-in consultant, read-only, for as long as they share them. */
@Controller
class SharedAssessmentController {

    private final SharingService sharing;

    SharedAssessmentController(SharingService sharing) {
        this.sharing = sharing;
    }

    @GetMapping(CompanyPages.SHARED)
    String showShared(@AuthenticationPrincipal SignedInAccount me, Locale locale, Model model) {
        model.addAttribute("shared", sharing.sharedWith(me).stream()
                .map(s -> SharedRow.of(s, locale))
                .toList());
        return "company/shared";
    }

    @GetMapping(CompanyPages.SHARED + "/{assessmentId}")
    String showAssessment(
            @AuthenticationPrincipal SignedInAccount me, @PathVariable UUID assessmentId, Locale locale, Model model) {
        SharedAssessment shared = sharing.sharedWith(me, assessmentId);
        model.addAttribute("sharedAt", GermanTime.local(shared.sharedAt()));
        model.addAttribute("summary", AssessmentSummary.of(shared.assessment(), locale));
        return "company/shared-assessment";
    }

    /**
     * A shared assessment in the list.
     *
     * @param link the path of its page
     * @param companyName the name in its profile, null if none
     * @param sharedAt when it was shared
     * @param createdAt when it was made
     * @param complete whether it is complete
     */
    record SharedRow(String link, String companyName, java.time.ZonedDateTime sharedAt,
            java.time.ZonedDateTime createdAt, boolean complete) {

        static SharedRow of(SharedAssessment shared, Locale locale) {
            return new SharedRow(
                    CompanyPages.SHARED + "/" + shared.assessment().id(),
                    shared.assessment().profile().companyName(),
                    GermanTime.local(shared.sharedAt()),
                    GermanTime.local(shared.assessment().createdAt()),
                    shared.assessment().isComplete());
        }
    }
}
