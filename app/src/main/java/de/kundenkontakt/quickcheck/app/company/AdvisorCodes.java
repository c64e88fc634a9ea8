package de.kundenkontakt.quickcheck.app.company;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every consultant's advisor code: eight characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L), about 40 bits, shown as {@code ABCD-EFGH}. A company enters it to share its own
 * assessment with that consultant; wrong codes are throttled ({@link SharingService}), so guessing
 * one is hopeless. Created the first time it is shown.
 */
@Service("advisorCodes")
public class AdvisorCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    AdvisorCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's code as shown ({@code ABCD-EFGH}), created now if it has none; never null. */
    @Transactional
    public String codeOf(UUID accountId) {
        Optional<String> code = stored(accountId);
        if (code.isEmpty()) {
            String fresh = generate();
            jdbc.sql("INSERT INTO advisor_code (account_id, code, created_at) VALUES (:id, :code, :now)")
                    .param("id", accountId)
                    .param("code", fresh)
                    .param("now", Companies.timestamp(Companies.now()))
                    .update();
            code = Optional.of(fresh);
        }
        return code.get().substring(0, LENGTH / 2) + "-" + code.get().substring(LENGTH / 2);
    }

    /** The account whose code this is, as typed (any case, spaces and hyphens ignored); empty if none. */
    @Transactional(readOnly = true)
    public Optional<UUID> accountOf(String typed) {
        String code = normalize(typed);
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT account_id FROM advisor_code WHERE code = :code")
                .param("code", code)
                .query(UUID.class)
                .optional();
    }

    /** A code as typed, without spaces or hyphens, in capitals; never null. */
    static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        return text.replaceAll("[\\s\\-‐‑–—]", "").toUpperCase(java.util.Locale.ROOT);
    }

    private Optional<String> stored(UUID accountId) {
        return jdbc.sql("SELECT code FROM advisor_code WHERE account_id = :id")
                .param("id", accountId)
                .query(String.class)
                .optional();
    }

    private static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
