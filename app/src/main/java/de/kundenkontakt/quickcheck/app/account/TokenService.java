package de.kundenkontakt.quickcheck.app.account;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.audit.Actor;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the workspace API: {@value #PREFIX} followed by 43 characters of a
 * 256-bit random {@link AccessToken}. The prefix makes a leaked token easy to recognise (secret
 * scanners, logs). Only the SHA-256 hash of the random part is stored.
 */
@Service
public class TokenService {

    /** What every personal access token starts with. */
    public static final String PREFIX = "qc_pat_";

    /** The longest name of a token. */
    public static final int MAX_NAME_LENGTH = 80;

    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final PersonalAccessTokens tokens;
    private final Accounts accounts;
    private final AuditLog auditLog;
    private final AccountProperties properties;

    TokenService(PersonalAccessTokens tokens, Accounts accounts, AuditLog auditLog, AccountProperties properties) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    /**
     * Creates a token for an active account.
     *
     * @param name what the token is for, 1 to {@value #MAX_NAME_LENGTH} characters
     * @throws AccountProblemException field "name" for a missing or too long name, or when the
     *     account already has {@link AccountProperties#maxTokens()} tokens
     * @throws AccountNotFoundException if there is no such active account
     */
    @Transactional
    public CreatedToken create(UUID accountId, String name) {
        Account account = accounts.find(accountId).filter(Account::active).orElseThrow(AccountNotFoundException::new);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new AccountProblemException("name", "account.token.name.missing");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new AccountProblemException("name", "account.token.name.too-long", MAX_NAME_LENGTH);
        }
        if (tokens.count(accountId) >= properties.maxTokens()) {
            throw new AccountProblemException("name", "account.token.too-many", properties.maxTokens());
        }
        AccessToken secret = AccessToken.generate();
        PersonalAccessToken token = new PersonalAccessToken(UUID.randomUUID(), trimmed, Accounts.now(), Optional.empty());
        tokens.add(accountId, token, secret.hash());
        auditLog.record(AuditAction.TOKEN_CREATED, account.actor(), trimmed);
        return new CreatedToken(token, PREFIX + secret.value());
    }

    /** The tokens of an account, newest first; never null. */
    @Transactional(readOnly = true)
    public List<PersonalAccessToken> tokensOf(UUID accountId) {
        return tokens.of(accountId);
    }

    /**
     * Revokes a token of an account: it stops working at once.
     *
     * @throws AccountNotFoundException if the account has no such token
     */
    @Transactional
    public void revoke(UUID accountId, UUID tokenId, Actor by) {
        String name = tokens.remove(accountId, tokenId).orElseThrow(AccountNotFoundException::new);
        auditLog.record(AuditAction.TOKEN_REVOKED, by, name);
    }

    /**
     * The active account a presented token belongs to, empty for anything else (malformed,
     * unknown, revoked, or an account that was deactivated). Notes the token's use.
     */
    @Transactional
    public Optional<Account> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<AccessToken> secret = AccessToken.parse(presented.substring(PREFIX.length()));
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        Optional<PersonalAccessTokens.TokenOwner> owner = tokens.findOwner(secret.get().hash());
        owner.ifPresent(o -> {
            Instant now = Accounts.now();
            tokens.touch(o.tokenId(), now, now.minus(TOUCH_EVERY));
        });
        return owner.map(PersonalAccessTokens.TokenOwner::account);
    }
}
