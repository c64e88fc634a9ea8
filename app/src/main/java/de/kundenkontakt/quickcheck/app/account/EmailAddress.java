package de.kundenkontakt.quickcheck.app.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** The e-mail addresses accounts sign in with: trimmed, lower case, at most 254 characters. */
public final class EmailAddress {

    /** The longest address (RFC 5321 path limit). */
    public static final int MAX_LENGTH = 254;

    /** Something before an @, a domain with a dot after it, no spaces; enough to catch typing errors. */
    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddress() {}

    /** The address as stored and compared: trimmed and in lower case; "" for null. */
    public static String normalize(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * What is wrong with an address the user typed, as a message key of the bundle
     * {@code i18n/account}; null if it is acceptable.
     */
    public static String problem(String address) {
        String normalized = normalize(address);
        if (normalized.isEmpty()) {
            return "account.email.missing";
        }
        if (normalized.length() > MAX_LENGTH) {
            return "account.email.too-long";
        }
        if (!FORM.matcher(normalized).matches()) {
            return "account.email.invalid";
        }
        return null;
    }
}
