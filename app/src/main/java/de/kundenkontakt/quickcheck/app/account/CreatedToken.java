package de.kundenkontakt.quickcheck.app.account;

/**
 * A new personal access token with its secret, which exists only in this object: show it once,
 * never store or log it. Immutable and thread-safe.
 *
 * @param token what is stored about it; never null
 * @param secret the value for {@code Authorization: Bearer …}; never null
 */
public record CreatedToken(PersonalAccessToken token, String secret) {

    /** The secret is left out, so that it never ends up in a log by accident. */
    @Override
    public String toString() {
        return "CreatedToken[" + token + "]";
    }
}
