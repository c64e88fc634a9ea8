package de.kundenkontakt.quickcheck.app.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored personal access tokens, found by their SHA-256 hash. Runs inside the caller's transaction. */
@Repository
class PersonalAccessTokens {

    private final JdbcClient jdbc;

    PersonalAccessTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID accountId, PersonalAccessToken token, String hash) {
        jdbc.sql("INSERT INTO account_token (id, account_id, name, token_hash, created_at)"
                        + " VALUES (:id, :account, :name, :hash, :created)")
                .param("id", token.id())
                .param("account", accountId)
                .param("name", token.name())
                .param("hash", hash)
                .param("created", Accounts.timestamp(token.createdAt()))
                .update();
    }

    int count(UUID accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM account_token WHERE account_id = :account")
                .param("account", accountId)
                .query(Integer.class)
                .single();
    }

    /** The tokens of an account, newest first. */
    List<PersonalAccessToken> of(UUID accountId) {
        return jdbc.sql("SELECT id, name, created_at, last_used_at FROM account_token WHERE account_id = :account"
                        + " ORDER BY created_at DESC, name")
                .param("account", accountId)
                .query((rs, n) -> new PersonalAccessToken(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("last_used_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
                .list();
    }

    /** The name of the removed token, empty if the account has no such token. */
    Optional<String> remove(UUID accountId, UUID tokenId) {
        Optional<String> name = jdbc.sql("SELECT name FROM account_token WHERE id = :id AND account_id = :account")
                .param("id", tokenId)
                .param("account", accountId)
                .query(String.class)
                .optional();
        name.ifPresent(n -> jdbc.sql("DELETE FROM account_token WHERE id = :id AND account_id = :account")
                .param("id", tokenId)
                .param("account", accountId)
                .update());
        return name;
    }

    /** The token's id and its active account, if the hash belongs to a token of an active account. */
    Optional<TokenOwner> findOwner(String hash) {
        return jdbc.sql("SELECT t.id AS token_id, a.id, a.email, a.role, a.active, a.created_at, a.last_sign_in_at"
                        + " FROM account_token t JOIN account a ON a.id = t.account_id"
                        + " WHERE t.token_hash = :hash AND a.active = TRUE")
                .param("hash", hash)
                .query((rs, n) -> new TokenOwner(rs.getObject("token_id", UUID.class), Accounts.account(rs, n)))
                .optional();
    }

    /** Notes the use of a token, at most once per {@code every} (a write per request is not worth it). */
    void touch(UUID tokenId, Instant now, Instant notSince) {
        jdbc.sql("UPDATE account_token SET last_used_at = :now"
                        + " WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :since)")
                .param("id", tokenId)
                .param("now", Accounts.timestamp(now))
                .param("since", Accounts.timestamp(notSince))
                .update();
    }

    record TokenOwner(UUID tokenId, Account account) {}
}
