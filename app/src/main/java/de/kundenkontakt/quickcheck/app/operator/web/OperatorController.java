package de.kundenkontakt.quickcheck.app.operator.web;

import de.kundenkontakt.quickcheck.app.operator.OperatorProperties;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Shows the pages whose content the operator configures: help contacts, imprint, privacy. */
@Controller
class OperatorController {

    private final OperatorProperties operator;
    private final Retention retention;

    /**
     * What the privacy notice must state about the running installation: how long saved
     * assessments are kept ({@code quickcheck.retention.*}; 0 means never deleted automatically)
     * and whether client addresses are counted.
     *
     * @param draftDays drafts untouched for this many days are deleted
     * @param completeMonths completed assessments not opened for this many months are deleted
     * @param rateLimited whether requests are counted per client address to fend off floods
     *     ({@code quickcheck.rate-limit.enabled})
     * @param sessionMinutes after how many idle minutes a workspace session ends
     *     ({@code spring.session.timeout})
     * @param signInWindowMinutes how long failed sign-ins are counted and kept
     *     ({@code quickcheck.accounts.sign-in-window})
     * @param participationLinkDays how long a company's participation link works
     *     ({@code quickcheck.companies.link-validity})
     * @param codeWindowMinutes how long wrong advisor codes are counted ({@code quickcheck.companies.code-window})
     */
    record Retention(
            int draftDays,
            int completeMonths,
            boolean rateLimited,
            long sessionMinutes,
            long signInWindowMinutes,
            long participationLinkDays,
            long codeWindowMinutes) {}

    OperatorController(
            OperatorProperties operator,
            @Value("${quickcheck.retention.draft-days:90}") int draftDays,
            @Value("${quickcheck.retention.complete-months:24}") int completeMonths,
            @Value("${quickcheck.rate-limit.enabled:true}") boolean rateLimited,
            @Value("${spring.session.timeout:30m}") Duration sessionTimeout,
            @Value("${quickcheck.accounts.sign-in-window:15m}") Duration signInWindow,
            @Value("${quickcheck.companies.link-validity:14d}") Duration linkValidity,
            @Value("${quickcheck.companies.code-window:15m}") Duration codeWindow) {
        this.operator = operator;
        this.retention = new Retention(
                draftDays,
                completeMonths,
                rateLimited,
                sessionTimeout.toMinutes(),
                signInWindow.toMinutes(),
                linkValidity.toDays(),
                codeWindow.toMinutes());
    }

    @ModelAttribute("operator")
    OperatorProperties operator() {
        return operator;
    }

    @GetMapping("/hilfe")
    String showHelp(Model model) {
        return "operator/help";
    }

    @GetMapping("/impressum")
    String showImprint() {
        return "operator/imprint";
    }

    @GetMapping("/datenschutz")
    String showPrivacy(Model model) {
        model.addAttribute("retention", retention);
        return "operator/privacy";
    }
}
