package de.kundenkontakt.quickcheck.app.account.web;

/**
 * The form on an invitation link: the password of the new account, twice.
 *
 * @param password the password chosen
 * @param confirmPassword the same once more
 */
record NewPasswordForm(String password, String confirmPassword) {

    static NewPasswordForm empty() {
        return new NewPasswordForm("", "");
    }

    /** The passwords are left out, so that they never end up in a log by accident. */
    @Override
    public String toString() {
        return "NewPasswordForm[…]";
    }
}
