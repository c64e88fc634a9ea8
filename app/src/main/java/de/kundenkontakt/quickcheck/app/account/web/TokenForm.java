package de.kundenkontakt.quickcheck.app.account.web;

/**
 * The form to create a personal access token.
 *
 * @param name what the token is for, such as "Auswertungsskript"
 */
record TokenForm(String name) {

    static TokenForm empty() {
        return new TokenForm("");
    }
}
