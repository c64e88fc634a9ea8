package de.kundenkontakt.quickcheck.app.account;

/** No account, invitation or token with the id or link given; pages answer 404. */
public final class AccountNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccountNotFoundException() {
        super("not found");
    }
}
