package de.kundenkontakt.quickcheck.app.account.web;

import jakarta.validation.constraints.NotBlank;

/**
 * The sign-in form. Spring Security reads the same two parameters; this record binds them again
 * when the form is shown with errors.
 *
 * @param email the e-mail address typed
 * @param password the password typed; never shown again
 */
record SignInForm(@NotBlank(message = "{account.signin.email.missing}") String email,
        @NotBlank(message = "{account.signin.password.missing}") String password) {

    static SignInForm empty() {
        return new SignInForm("", "");
    }

    /** The password is left out, so that it never ends up in a log by accident. */
    @Override
    public String toString() {
        return "SignInForm[" + email + "]";
    }
}
