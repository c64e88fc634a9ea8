package de.kundenkontakt.quickcheck.app.account.web;

/**
 * The form to invite a consultant.
 *
 * @param email the address to invite
 */
record InvitationForm(String email) {

    static InvitationForm empty() {
        return new InvitationForm("");
    }
}
