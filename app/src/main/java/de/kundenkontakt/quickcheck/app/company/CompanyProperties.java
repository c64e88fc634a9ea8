package de.kundenkontakt.quickcheck.app.company;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the companies feature ({@code quickcheck.companies.*}). Immutable and thread-safe.
 *
 * @param linkValidity how long a participation link works unless completed first; 14 days unless set
 * @param codeFailures how many wrong advisor codes one client address may enter within
 *     {@code codeWindow} before further attempts are refused; 10 unless set
 * @param codeWindow the window over which wrong advisor codes are counted; 15 minutes unless set
 */
@ConfigurationProperties("quickcheck.companies")
public record CompanyProperties(
        @DefaultValue("14d") Duration linkValidity,
        @DefaultValue("10") int codeFailures,
        @DefaultValue("15m") Duration codeWindow) {}
