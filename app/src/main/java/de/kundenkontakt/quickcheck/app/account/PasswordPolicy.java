package de.kundenkontakt.quickcheck.app.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a new password must meet: 12 to 64 characters (and at most 72 bytes in UTF-8, the
 * limit of bcrypt), not the e-mail address or its local part, not a password from the list of
 * common ones, and not a common word followed only by digits and symbols. Immutable and
 * thread-safe.
 */
public final class PasswordPolicy {

    /** The shortest password accepted. */
    public static final int MIN_LENGTH = 12;

    /** The longest password accepted, in characters. */
    public static final int MAX_LENGTH = 64;

    /** bcrypt reads no more than this many bytes; a longer password would be cut silently. */
    private static final int MAX_BYTES = 72;

    private static final PasswordPolicy STANDARD =
            new PasswordPolicy(read("/account/common-passwords.txt"), read("/account/common-words.txt"));

    private final Set<String> commonPasswords;
    private final Set<String> commonWords;

    private PasswordPolicy(Set<String> commonPasswords, Set<String> commonWords) {
        this.commonPasswords = Set.copyOf(commonPasswords);
        this.commonWords = Set.copyOf(commonWords);
    }

    /** The rules with the lists shipped in {@code account/common-*.txt}; never null. */
    public static PasswordPolicy standard() {
        return STANDARD;
    }

    /**
     * What is wrong with a new password for an account with this e-mail address, as a message key
     * of the bundle {@code i18n/account} (its arguments are {@link #MIN_LENGTH} and {@link
     * #MAX_LENGTH}); null if the password is acceptable.
     *
     * @param password the new password, may be null
     * @param email the account's e-mail address, may be null
     */
    public String problem(String password, String email) {
        if (password == null || password.isEmpty()) {
            return "account.password.missing";
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "account.password.too-short";
        }
        if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "account.password.too-long";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String address = EmailAddress.normalize(email);
        if (!address.isEmpty()) {
            String localPart = address.substring(0, Math.max(0, address.indexOf('@')));
            if (lower.contains(address) || lower.equals(localPart)) {
                return "account.password.email";
            }
        }
        if (commonPasswords.contains(lower) || isRepeated(lower) || commonWords.contains(stripTrailingDigitsAndSymbols(lower))) {
            return "account.password.common";
        }
        return null;
    }

    /** The same character or the same short run over and over, such as "abababababab". */
    private static boolean isRepeated(String password) {
        for (int run = 1; run <= 4; run++) {
            if (password.length() % run == 0 && password.equals(password.substring(0, run).repeat(password.length() / run))) {
                return true;
            }
        }
        return false;
    }

    private static String stripTrailingDigitsAndSymbols(String password) {
        int end = password.length();
        while (end > 0 && !Character.isLetter(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(0, end);
    }

    private static Set<String> read(String resource) {
        Set<String> lines = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
