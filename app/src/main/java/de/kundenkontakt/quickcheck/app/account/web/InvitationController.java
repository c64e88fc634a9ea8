package de.kundenkontakt.quickcheck.app.account.web;

import de.kundenkontakt.quickcheck.app.account.AccountNotFoundException;
import de.kundenkontakt.quickcheck.app.account.AccountProblemException;
import de.kundenkontakt.quickcheck.app.account.Invitation;
import de.kundenkontakt.quickcheck.app.account.InvitationService;
import de.kundenkontakt.quickcheck.app.account.PasswordPolicy;
import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.web.PageForms;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page behind an invitation link: the invited person chooses a password, the account is
 * created and the link stops working. An unknown, used or expired link shows a page that says so
 * (404), without telling which of the three it is.
 */
@Controller
@RequestMapping(InvitationController.PATH + "/{token}")
class InvitationController {

    static final String PATH = "/einladung";

    private static final String FORM = "newPassword";

    private final InvitationService invitations;

    InvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GetMapping
    String showForm(@PathVariable String token, HttpServletResponse response, Model model) {
        Optional<Invitation> invitation = AccessToken.parse(token).flatMap(invitations::findOpen);
        if (invitation.isEmpty()) {
            return invalid(response);
        }
        page(model, token, invitation.get());
        model.addAttribute(FORM, NewPasswordForm.empty());
        return "account/invitation";
    }

    @PostMapping
    String submitForm(
            @PathVariable String token,
            @ModelAttribute(FORM) NewPasswordForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model) {
        Optional<AccessToken> parsed = AccessToken.parse(token);
        Optional<Invitation> invitation = parsed.flatMap(invitations::findOpen);
        if (invitation.isEmpty()) {
            return invalid(response);
        }
        page(model, token, invitation.get());
        if (!Objects.equals(form.password(), form.confirmPassword())) {
            result.rejectValue("confirmPassword", "account.password.mismatch");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "account/invitation";
        }
        try {
            invitations.accept(parsed.get(), form.password());
        } catch (AccountNotFoundException usedMeanwhile) {
            return invalid(response);
        } catch (AccountProblemException problem) {
            if ("password".equals(problem.field())) {
                PageForms.reject(result, problem, response);
            } else {
                PageForms.rejectForm(result, problem, response);
            }
            return "account/invitation";
        }
        return "redirect:" + SignInController.PATH + "?" + SignInController.NOTICE + "=" + SignInController.ACCOUNT_CREATED;
    }

    private static void page(Model model, String token, Invitation invitation) {
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("minPasswordLength", PasswordPolicy.MIN_LENGTH);
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "account/invitation-invalid";
    }
}
