package de.kundenkontakt.quickcheck.app.account.web;

import de.kundenkontakt.quickcheck.app.account.AccountProblemException;
import de.kundenkontakt.quickcheck.app.account.AccountService;
import de.kundenkontakt.quickcheck.app.account.CreatedToken;
import de.kundenkontakt.quickcheck.app.account.PasswordPolicy;
import de.kundenkontakt.quickcheck.app.account.PersonalAccessToken;
import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.account.TokenService;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.app.web.PageForms;
import de.kundenkontakt.quickcheck.app.web.PublicUrl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
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
 * The account page: change one's password (after giving the current one), create personal access
 * tokens (each shown once) and revoke them.
 */
@Controller
@RequestMapping(AccountPageController.PATH)
class AccountPageController {

    static final String PATH = "/arbeitsbereich/konto";

    private static final String VIEW = "account/account";
    private static final String PASSWORD_FORM = "passwordChange";
    private static final String TOKEN_FORM = "tokenForm";

    private final AccountService accounts;
    private final TokenService tokens;
    private final SignedInSessions sessions;
    private final PublicUrl publicUrl;

    AccountPageController(AccountService accounts, TokenService tokens, SignedInSessions sessions, PublicUrl publicUrl) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.sessions = sessions;
        this.publicUrl = publicUrl;
    }

    /** A token in the list of the account page. */
    record TokenRow(UUID id, String name, ZonedDateTime createdAt, ZonedDateTime lastUsedAt) {

        static TokenRow of(PersonalAccessToken token) {
            return new TokenRow(
                    token.id(),
                    token.name(),
                    GermanTime.local(token.createdAt()),
                    GermanTime.local(token.lastUsedAt().orElse(null)));
        }
    }

    @GetMapping
    String showAccount(
            @AuthenticationPrincipal SignedInAccount me,
            @RequestParam(name = "hinweis", required = false) String notice,
            Model model) {
        model.addAttribute(PASSWORD_FORM, PasswordChangeForm.empty());
        model.addAttribute(TOKEN_FORM, TokenForm.empty());
        if ("passwort-geaendert".equals(notice)) {
            model.addAttribute("notice", "account.page.password.changed");
        } else if ("schluessel-widerrufen".equals(notice)) {
            model.addAttribute("notice", "account.page.token.revoked");
        }
        return page(me, model);
    }

    @PostMapping("/passwort")
    String changePassword(
            @AuthenticationPrincipal SignedInAccount me,
            @ModelAttribute(PASSWORD_FORM) PasswordChangeForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!Objects.equals(form.newPassword(), form.confirmPassword())) {
            result.rejectValue("confirmPassword", "account.password.mismatch");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } else {
            try {
                accounts.changePassword(me.id(), form.currentPassword(), form.newPassword());
                HttpSession session = request.getSession(false);
                sessions.endOthers(me.email(), session == null ? null : session.getId());
                return "redirect:" + PATH + "?hinweis=passwort-geaendert";
            } catch (AccountProblemException problem) {
                PageForms.reject(result, problem, response);
            }
        }
        model.addAttribute(TOKEN_FORM, TokenForm.empty());
        return page(me, model);
    }

    @PostMapping("/schluessel")
    String createToken(
            @AuthenticationPrincipal SignedInAccount me,
            @ModelAttribute(TOKEN_FORM) TokenForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model) {
        try {
            CreatedToken created = tokens.create(me.id(), form.name());
            model.addAttribute("created", created);
            model.addAttribute("apiUrl", publicUrl.origin() + "/api/v1/workspace/me");
            return "account/token-created";
        } catch (AccountProblemException problem) {
            PageForms.reject(result, problem, response);
        }
        model.addAttribute(PASSWORD_FORM, PasswordChangeForm.empty());
        return page(me, model);
    }

    @PostMapping("/schluessel/{id}/widerrufen")
    String revokeToken(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id) {
        tokens.revoke(me.id(), id, me.actor());
        return "redirect:" + PATH + "?hinweis=schluessel-widerrufen";
    }

    private String page(SignedInAccount me, Model model) {
        List<TokenRow> rows = tokens.tokensOf(me.id()).stream().map(TokenRow::of).toList();
        model.addAttribute("tokens", rows);
        model.addAttribute("account", accounts.find(me.id()).orElseThrow());
        model.addAttribute("minPasswordLength", PasswordPolicy.MIN_LENGTH);
        return VIEW;
    }
}
