package de.kundenkontakt.quickcheck.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses sign-ins after too many failures: once {@link AccountProperties#signInFailures()}
 * failed sign-ins for one e-mail address, or from one client address, fall within {@link
 * AccountProperties#signInWindow()}, further attempts are refused until the oldest of them
 * leaves the window. Counted in the database, so that every instance behind a proxy sees the same
 * count and a restart forgets nothing. The address typed is kept only as a SHA-256 hash, whether
 * an account has it or not (so the answer never tells whether an account exists).
 */
@Service
public class SignInThrottle {

    private final JdbcClient jdbc;
    private final AccountProperties properties;

    SignInThrottle(JdbcClient jdbc, AccountProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * How long a sign-in with this e-mail address from this client address must wait; empty if
     * it may be tried now.
     *
     * @param email the address typed, may be null
     * @param clientAddress the client's IP address, not null
     */
    @Transactional(readOnly = true)
    public Optional<Duration> retryAfter(String email, String clientAddress) {
        Instant now = Accounts.now();
        Instant windowStart = now.minus(properties.signInWindow());
        return Stream.of(
                        nthLatestFailure("login_key", loginKey(email), windowStart),
                        nthLatestFailure("client_address", clientAddress, windowStart))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder())
                .map(keeping -> Duration.between(now, keeping.plus(properties.signInWindow())))
                .filter(wait -> !wait.isNegative() && !wait.isZero());
    }

    /** Counts a failed sign-in with this e-mail address from this client address. */
    @Transactional
    public void recordFailure(String email, String clientAddress) {
        Instant now = Accounts.now();
        jdbc.sql("DELETE FROM sign_in_failure WHERE occurred_at < :before")
                .param("before", Accounts.timestamp(now.minus(properties.signInWindow())))
                .update();
        jdbc.sql("INSERT INTO sign_in_failure (login_key, client_address, occurred_at) VALUES (:key, :address, :at)")
                .param("key", loginKey(email))
                .param("address", clientAddress)
                .param("at", Accounts.timestamp(now))
                .update();
    }

    /**
     * The time of the failure that, while it is in the window, keeps the limit reached: the
     * limit-th most recent one within the window; empty if fewer failures are in the window.
     */
    private Optional<Instant> nthLatestFailure(String column, String value, Instant windowStart) {
        return jdbc.sql("SELECT occurred_at FROM sign_in_failure WHERE " + column + " = :value AND occurred_at >= :start"
                        + " ORDER BY occurred_at DESC OFFSET :skip ROWS FETCH NEXT 1 ROWS ONLY")
                .param("value", value)
                .param("start", Accounts.timestamp(windowStart))
                .param("skip", properties.signInFailures() - 1)
                .query((rs, n) -> rs.getObject("occurred_at", OffsetDateTime.class).toInstant())
                .optional();
    }

    /** The SHA-256 hash (hex) of the address typed, in lower case and trimmed. */
    static String loginKey(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(EmailAddress.normalize(email).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
