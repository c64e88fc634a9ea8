package de.kundenkontakt.quickcheck.app.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code quickcheck.rate-limit.*}: how many writes one client address may make. Evaluating and
 * reading are never limited.
 *
 * @param enabled false switches every limit off
 * @param creates new assessments (saved results, drafts, "Erneut prüfen", API creates) per {@code createPeriod}
 * @param createPeriod the period of {@code creates}
 * @param edits changes of saved assessments (answers, profile, current state) per {@code editPeriod}
 * @param editPeriod the period of {@code edits}
 * @param pdfs PDF reports per {@code pdfPeriod}
 * @param pdfPeriod the period of {@code pdfs}
 * @param maxClients how many client addresses each limit remembers at most (bounds the memory)
 */
@ConfigurationProperties("quickcheck.rate-limit")
public record RateLimitProperties(
        Boolean enabled,
        Integer creates,
        Duration createPeriod,
        Integer edits,
        Duration editPeriod,
        Integer pdfs,
        Duration pdfPeriod,
        Long maxClients) {

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        creates = creates == null ? 30 : creates;
        createPeriod = createPeriod == null ? Duration.ofHours(1) : createPeriod;
        edits = edits == null ? 120 : edits;
        editPeriod = editPeriod == null ? Duration.ofMinutes(10) : editPeriod;
        pdfs = pdfs == null ? 20 : pdfs;
        pdfPeriod = pdfPeriod == null ? Duration.ofMinutes(10) : pdfPeriod;
        maxClients = maxClients == null ? 100_000L : maxClients;
    }
}
