package de.kundenkontakt.quickcheck.app.account.web;

import de.kundenkontakt.quickcheck.app.account.AccountService;
import de.kundenkontakt.quickcheck.app.account.SignInThrottle;
import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page and its form. While {@link SignInThrottle} refuses the e-mail address or the
 * client address, the answer is 429 with {@code Retry-After} and the password is not even
 * checked; an empty field or a wrong e-mail address or password shows the form again with an
 * error summary (422); a success starts the session and leads to the workspace. Every attempt
 * that was checked goes to the audit log.
 */
@Controller
class SignInController {

    static final String PATH = "/anmelden";
    /** The query parameter that names a notice to show above the form. */
    static final String NOTICE = "hinweis";
    static final String SIGNED_OUT = "abgemeldet";
    static final String ACCOUNT_CREATED = "konto-angelegt";

    private static final String VIEW = "account/sign-in";
    private static final String FORM = "signIn";

    private final SignInThrottle throttle;
    private final PasswordSignIn passwords;
    private final AccountService accounts;

    SignInController(SignInThrottle throttle, PasswordSignIn passwords, AccountService accounts) {
        this.throttle = throttle;
        this.passwords = passwords;
        this.accounts = accounts;
    }

    @GetMapping(PATH)
    String showForm(
            @AuthenticationPrincipal SignedInAccount me,
            @RequestParam(name = NOTICE, required = false) String notice,
            Model model) {
        if (me != null) {
            return "redirect:" + WorkspaceController.PATH;
        }
        model.addAttribute(FORM, SignInForm.empty());
        if (SIGNED_OUT.equals(notice)) {
            model.addAttribute("notice", "account.signin.signed-out");
        } else if (ACCOUNT_CREATED.equals(notice)) {
            model.addAttribute("notice", "account.signin.account-created");
        }
        return VIEW;
    }

    /** Signs in, or shows the form again; the password typed is never shown again. */
    @PostMapping(PATH)
    String submitForm(
            @Valid @ModelAttribute(FORM) SignInForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response) {
        String clientAddress = request.getRemoteAddr();
        Optional<Duration> wait = throttle.retryAfter(form.email(), clientAddress);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toNanosPart() > 0 ? 1 : 0));
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            result.reject("account.signin.throttled", new Object[] {(seconds + 59) / 60}, null);
            return VIEW;
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return VIEW;
        }
        Optional<SignedInAccount> account = passwords.check(form.email(), form.password());
        if (account.isEmpty()) {
            accounts.recordSignInFailure(form.email(), clientAddress);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            result.reject("account.signin.failed");
            return VIEW;
        }
        passwords.start(account.get(), request, response);
        accounts.recordSignIn(account.get());
        return "redirect:" + WorkspaceController.PATH;
    }
}
