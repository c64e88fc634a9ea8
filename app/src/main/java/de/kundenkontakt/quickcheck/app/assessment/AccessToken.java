package de.kundenkontakt.quickcheck.app.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A private link's secret: 32 random bytes from {@link SecureRandom}, base64url without padding
 * (43 characters). Only its SHA-256 hash is stored, so a copy of the database does not reveal
 * links. {@link #toString()} masks the value; use {@link #value()} only to build a link. Immutable
 * and thread-safe.
 */
public final class AccessToken {

    /** The number of random bytes in a token. */
    public static final int BYTES = 32;

    /** The length of a token's text. */
    public static final int LENGTH = 43;

    private static final int VISIBLE = 6;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final String value;

    private AccessToken(String value) {
        this.value = value;
    }

    /** A new token with 256 random bits; never null. */
    public static AccessToken generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new AccessToken(ENCODER.encodeToString(bytes));
    }

    /**
     * The token written as {@code text}, or empty when the text cannot be a token (null, wrong
     * length, a character outside the base64url alphabet, or not the canonical encoding). A
     * malformed token is never looked up.
     */
    public static Optional<AccessToken> parse(String text) {
        return isWellFormed(text) ? Optional.of(new AccessToken(text)) : Optional.empty();
    }

    /** Whether {@code text} (may be null) has the form of a token. */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        // The last character carries 4 bits; only the canonical one of its 4 spellings is accepted.
        return ENCODER.encodeToString(DECODER.decode(text)).equals(text);
    }

    /** The full token, for building a link; never null. Never log it: use {@link #mask()}. */
    public String value() {
        return value;
    }

    /** The SHA-256 hash of the token in lower-case hex (64 characters), as stored; never null. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The first 6 characters followed by an ellipsis, safe for logs; never null. */
    public String mask() {
        return value.substring(0, VISIBLE) + "…";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccessToken that
                && MessageDigest.isEqual(
                        value.getBytes(StandardCharsets.US_ASCII), that.value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The masked token; the full value never ends up in logs by accident. */
    @Override
    public String toString() {
        return mask();
    }
}
