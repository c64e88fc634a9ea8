package de.kundenkontakt.quickcheck.app.assessment.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Finished report PDFs and the turns to render them. A report's PDF is a function of its HTML alone
 * (the fonts and settings are fixed), so PDFs are kept by the SHA-256 of that HTML in a cache bounded
 * by bytes (0 keeps none): a report asked for again with nothing changed is served without
 * rendering, and any change gives other HTML and so a new PDF. Only as many reports render at once
 * as there are cores; further requests wait for their turn. Thread-safe.
 */
final class RenderedReports {

    /**
     * As many reports render at once as there are cores; more would not finish sooner, and each
     * holds its document and fonts in memory (32 at once ran a 256 MB heap out of memory).
     */
    private final Semaphore renderers = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    /** Finished PDFs by the hex SHA-256 of the HTML they were rendered from; null when none are kept. */
    private final Cache<String, byte[]> rendered;

    /** @param cacheBytes the most bytes of PDFs to keep, 0 or less for none */
    RenderedReports(long cacheBytes) {
        this.rendered = cacheBytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(cacheBytes)
                .weigher((String key, byte[] pdf) -> pdf.length)
                .build();
    }

    /**
     * The PDF of this HTML: kept from before, or rendered by {@code render} in its turn.
     *
     * @return a copy the caller may change, never null
     */
    byte[] pdf(String html, Function<String, byte[]> render) {
        String key = rendered == null ? null : sha256(html);
        byte[] pdf = key == null ? null : rendered.getIfPresent(key);
        if (pdf == null) {
            renderers.acquireUninterruptibly();
            try {
                // a request that waited may find the report rendered by the one before it
                pdf = key == null ? null : rendered.getIfPresent(key);
                if (pdf == null) {
                    pdf = render.apply(html);
                    if (key != null) {
                        rendered.put(key, pdf);
                    }
                }
            } finally {
                renderers.release();
            }
        }
        return pdf.clone();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
