package de.kundenkontakt.quickcheck.app.account.web;

/**
 * The form to change one's password. What is wrong is decided by the account service and the
 * controller (the current password must be checked against the stored hash).
 *
 * @param currentPassword the password used so far
 * @param newPassword the new password
 * @param confirmPassword the new password once more
 */
record PasswordChangeForm(String currentPassword, String newPassword, String confirmPassword) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }

    /** The passwords are left out, so that they never end up in a log by accident. */
    @Override
    public String toString() {
        return "PasswordChangeForm[…]";
    }
}
