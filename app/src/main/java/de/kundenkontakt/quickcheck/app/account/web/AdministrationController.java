package de.kundenkontakt.quickcheck.app.account.web;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.AccountNotFoundException;
import de.kundenkontakt.quickcheck.app.account.AccountProblemException;
import de.kundenkontakt.quickcheck.app.account.AccountService;
import de.kundenkontakt.quickcheck.app.account.CreatedInvitation;
import de.kundenkontakt.quickcheck.app.account.InvitationService;
import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.app.web.PageForms;
import de.kundenkontakt.quickcheck.app.web.PublicUrl;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administration of accounts, for administrators only ({@link
 * WorkspaceSecurityConfiguration#ADMINISTRATION}): the list of accounts, invitations by one-time
 * link, and deactivation with the choice of a successor, who takes over the departing person's
 * companies (through {@link de.kundenkontakt.quickcheck.app.account.AccountDeactivated}).
 */
@Controller
@RequestMapping(AdministrationController.PATH)
class AdministrationController {

    static final String PATH = "/arbeitsbereich/verwaltung";

    private static final String INVITATION_FORM = "invitation";

    private final AccountService accounts;
    private final InvitationService invitations;
    private final PublicUrl publicUrl;

    AdministrationController(AccountService accounts, InvitationService invitations, PublicUrl publicUrl) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.publicUrl = publicUrl;
    }

    /** An account in the list. */
    record AccountRow(UUID id, String email, String role, boolean active, ZonedDateTime createdAt, ZonedDateTime lastSignInAt) {

        static AccountRow of(Account account) {
            return new AccountRow(
                    account.id(),
                    account.email(),
                    account.role().id(),
                    account.active(),
                    GermanTime.local(account.createdAt()),
                    GermanTime.local(account.lastSignInAt().orElse(null)));
        }
    }

    @GetMapping
    String showAccounts(@RequestParam(name = "hinweis", required = false) String notice, Model model) {
        List<AccountRow> rows = accounts.all().stream().map(AccountRow::of).toList();
        model.addAttribute("accounts", rows);
        if ("deaktiviert".equals(notice)) {
            model.addAttribute("notice", "account.admin.deactivated");
        }
        return "account/accounts";
    }

    @GetMapping("/einladen")
    String showInvitationForm(Model model) {
        model.addAttribute(INVITATION_FORM, InvitationForm.empty());
        return "account/invite";
    }

    @PostMapping("/einladen")
    String submitInvitationForm(
            @AuthenticationPrincipal SignedInAccount me,
            @ModelAttribute(INVITATION_FORM) InvitationForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model) {
        try {
            CreatedInvitation created = invitations.invite(form.email(), me.actor());
            String link = publicUrl.origin() + InvitationController.PATH + "/" + created.token().value();
            model.addAttribute("email", created.invitation().email());
            model.addAttribute("link", link);
            model.addAttribute("expiresAt", GermanTime.local(created.invitation().expiresAt()));
            return "account/invitation-created";
        } catch (AccountProblemException problem) {
            PageForms.reject(result, problem, response);
            return "account/invite";
        }
    }

    @GetMapping("/konten/{id}/deaktivieren")
    String showDeactivation(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id, Model model) {
        Account account = accounts.find(id).orElseThrow(AccountNotFoundException::new);
        model.addAttribute("account", AccountRow.of(account));
        model.addAttribute("self", account.id().equals(me.id()));
        model.addAttribute("successors", accounts.all().stream()
                .filter(a -> a.active() && !a.id().equals(account.id()))
                .map(AccountRow::of)
                .toList());
        return "account/deactivate";
    }

    @PostMapping("/konten/{id}/deaktivieren")
    String submitDeactivation(
            @AuthenticationPrincipal SignedInAccount me,
            @PathVariable UUID id,
            @RequestParam(name = "nachfolge", required = false) String successor,
            HttpServletResponse response,
            Model model) {
        try {
            accounts.deactivate(id, me.actor(), successorId(successor));
        } catch (AccountProblemException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", refused.messageKey());
            return showDeactivation(me, id, model);
        }
        return "redirect:" + PATH + "?hinweis=deaktiviert";
    }

    /** The successor chosen, null for none; a value that is no id names no account (the listeners refuse it). */
    private static UUID successorId(String successor) {
        if (successor == null || successor.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(successor);
        } catch (IllegalArgumentException notAnId) {
            return new UUID(0, 0);
        }
    }
}
