package de.kundenkontakt.quickcheck.app.account;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;

/**
 * A new invitation with its secret, which exists only in this object: show it once as a link,
 * never store or log it. Immutable and thread-safe.
 *
 * @param invitation never null
 * @param token the secret of the link; never null
 */
public record CreatedInvitation(Invitation invitation, AccessToken token) {}
