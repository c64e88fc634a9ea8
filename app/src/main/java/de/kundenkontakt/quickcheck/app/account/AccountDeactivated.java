package de.kundenkontakt.quickcheck.app.account;

import de.kundenkontakt.quickcheck.app.audit.Actor;
import java.util.UUID;

/**
 * Published inside the transaction that deactivates an account. Listen with {@code @EventListener}
 * to act in the same transaction (an exception undoes the deactivation), or with
 * {@code @TransactionalEventListener} to act after it was stored. The companies feature hangs the
 * reassignment of the account's companies here. Immutable and thread-safe.
 *
 * @param account the account as it was before, not null
 * @param by the administrator who deactivated it, not null
 * @param successorId the account the administrator chose to take over what the deactivated one
 *     looked after (its companies); null when none was chosen
 */
public record AccountDeactivated(Account account, Actor by, UUID successorId) {}
