package de.kundenkontakt.quickcheck.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The error page for requests the server refuses before any page handles them: a form larger than
 * the server takes, a malformed address, too long an address or header, too many parameters. The
 * language of such a request is not known, so the page says everything in German and in English.
 * It carries the same security headers as every page (strict Content-Security-Policy, no framing,
 * no referrer) and repeats nothing of the request. Thread-safe.
 */
final class ServerErrorPage {

    private final MessageSource messages;

    ServerErrorPage(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Sets status and headers and writes the page.
     *
     * @param writer where the body goes (the response's writer, or Tomcat's error reporter)
     */
    void write(HttpServletResponse response, int status, PrintWriter writer) throws IOException {
        response.setStatus(status);
        headers(response);
        writer.write(html(status));
        writer.flush();
    }

    /** The headers Spring Security writes on every page, for responses it never sees. */
    static void headers(HttpServletResponse response) {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", "de, en");
        response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
    }

    String html(int status) {
        String kind = status == 413 ? "413" : status >= 400 && status < 500 ? "400" : "generic";
        StringBuilder page = new StringBuilder(2048)
                .append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(text("error.server." + kind + ".title", Locale.GERMAN, status))
                .append(" / ").append(text("error.server." + kind + ".title", Locale.ENGLISH, status))
                .append("</title>\n<link rel=\"stylesheet\" href=\"/css/app.css\">\n")
                .append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n</head>\n<body>\n")
                .append("<main id=\"main\" class=\"page\">\n");
        section(page, Locale.GERMAN, kind, status);
        section(page, Locale.ENGLISH, kind, status);
        return page.append("</main>\n</body>\n</html>\n").toString();
    }

    private void section(StringBuilder page, Locale locale, String kind, int status) {
        String language = locale.getLanguage();
        boolean first = locale == Locale.GERMAN;
        page.append("<section lang=\"").append(language).append("\">\n")
                .append(first ? "<h1>" : "<h2>")
                .append(text("error.server." + kind + ".heading", locale, status))
                .append(first ? "</h1>\n" : "</h2>\n")
                .append("<p class=\"lead\">").append(text("error.server." + kind + ".text", locale, status))
                .append("</p>\n<p class=\"status-note\">").append(text("error.generic.status", locale, status))
                .append("</p>\n<p><a href=\"/?lang=").append(language).append("\">")
                .append(text("error.home", locale, status)).append("</a></p>\n</section>\n");
    }

    private String text(String key, Locale locale, int status) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, new Object[] {status}, locale), "UTF-8");
    }
}
