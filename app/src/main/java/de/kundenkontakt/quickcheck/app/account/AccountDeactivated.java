package de.kundenkontakt.quickcheck.app.account;

import de.kundenkontakt.quickcheck.app.audit.Actor;

/**
 * Published inside the transaction that deactivates an account. Listen with {@code @EventListener}
 * to act in the same transaction (an exception undoes the deactivation), or with
 * {@code @TransactionalEventListener} to act after it was stored. The companies feature hangs the
 * reassignment of the account's companies here. Immutable and thread-safe.
 *
 * @param account the account as it was before, not null
 * @param by the administrator who deactivated it, not null
 */
public record AccountDeactivated(Account account, Actor by) {}
