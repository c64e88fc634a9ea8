package de.kundenkontakt.quickcheck.app.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts ({@code quickcheck.accounts.*}). Immutable and thread-safe.
 *
 * @param invitationValidity how long an invitation link can be used; 7 days unless set
 * @param signInFailures how many failed sign-ins, for one e-mail address or one client address,
 *     the window allows before further attempts are refused; 10 unless set
 * @param signInWindow the window over which failed sign-ins are counted; 15 minutes unless set
 * @param maxTokens how many personal access tokens one account may have; 20 unless set
 */
@ConfigurationProperties("quickcheck.accounts")
public record AccountProperties(
        @DefaultValue("7d") Duration invitationValidity,
        @DefaultValue("10") int signInFailures,
        @DefaultValue("15m") Duration signInWindow,
        @DefaultValue("20") int maxTokens) {}
