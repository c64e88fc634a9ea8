package de.kundenkontakt.quickcheck.app.web;

import de.kundenkontakt.quickcheck.app.i18n.Languages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Pages that are the same for everyone (start, guide, glossary, help, imprint ...) are rendered
 * once per language and then served from memory, with an {@code ETag} so that a browser that has
 * the page gets a {@code 304}. Only plain {@code GET}s are cached: no query but {@code lang}, a
 * {@code 200} HTML answer; anything else goes through as before. The security headers are still
 * written for every answer (this filter runs inside the security filter chain's response), and
 * these pages carry no form, so no CSRF token ends up in a shared copy.
 *
 * <p>The cache holds at most {@link #MAX_ENTRIES} pages (the paths below times two languages fit
 * many times over) and lives as long as the application: the pages change only with a new release
 * or new operator settings, both of which restart it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class SharedPageCache extends OncePerRequestFilter {

    /** The pages that look the same for every visitor: exact paths and one path pattern. */
    static final List<String> PATHS = List.of(
            "/", "/kanaele", "/beduerfnisse", "/customer-journey", "/tipps", "/glossar", "/hilfe", "/impressum",
            "/datenschutz");

    private static final Pattern TOUCHPOINT_PAGE = Pattern.compile("/kanaele/[a-z0-9-]{1,60}");

    private static final Pattern LANGUAGE_QUERY = Pattern.compile("lang=[a-z]{2}");

    static final int MAX_ENTRIES = 200;

    /** Pages smaller than this are sent as they are; larger ones also kept gzip-compressed. */
    static final int COMPRESS_FROM = 1024;

    private static final String VARY = "Accept-Language, Cookie, Accept-Encoding";

    /**
     * A rendered page: its bytes, content type and entity tag, and the same compressed with gzip
     * (null when small) under its own tag. Tomcat does not compress answers with a strong tag, so
     * the compressed form is made here, once.
     */
    private record Page(byte[] body, String contentType, String etag, byte[] gzipped, String gzipEtag) {

        static Page of(byte[] body, String contentType) {
            String hash = hash(body);
            byte[] gzipped = body.length < COMPRESS_FROM ? null : gzip(body);
            return new Page(body, contentType, '"' + hash + '"', gzipped, '"' + hash + "-gzip\"");
        }
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final LocaleResolver languages;

    SharedPageCache(LocaleResolver languages) {
        this.languages = languages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        String query = request.getQueryString();
        if (query != null && !LANGUAGE_QUERY.matcher(query).matches()) {
            return true;
        }
        String path = request.getRequestURI();
        return !PATHS.contains(path) && !TOUCHPOINT_PAGE.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Locale chosen = Languages.byCode(request.getParameter(WebConfiguration.PARAMETER));
        Locale locale = chosen != null ? chosen : languages.resolveLocale(request);
        String key = request.getRequestURI() + '|' + locale.getLanguage() + '|' + request.getQueryString();
        Page page = pages.get(key);
        if (page == null) {
            render(key, request, response, chain);
            return;
        }
        if (chosen != null) {
            languages.setLocale(request, response, chosen);
        }
        boolean gzip = page.gzipped() != null && acceptsGzip(request);
        String etag = gzip ? page.gzipEtag() : page.etag();
        response.setLocale(locale);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.VARY, VARY);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? page.gzipped() : page.body();
        response.setContentType(page.contentType());
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
    }

    private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String contentType = wrapper.getContentType();
        if (wrapper.getStatus() == HttpServletResponse.SC_OK
                && contentType != null
                && contentType.startsWith("text/html")
                && !response.isCommitted()) {
            Page page = Page.of(wrapper.getContentAsByteArray(), contentType);
            if (pages.size() < MAX_ENTRIES) {
                pages.putIfAbsent(key, page);
            }
            wrapper.setHeader(HttpHeaders.ETAG, page.etag());
            wrapper.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            wrapper.setHeader(HttpHeaders.VARY, VARY);
        }
        wrapper.copyBodyToResponse();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** For tests: how many pages are held. */
    int size() {
        return pages.size();
    }
}
