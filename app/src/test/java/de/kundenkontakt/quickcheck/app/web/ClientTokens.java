package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a client over real HTTP reads off one answer to send the next request: a text field of a
 * JSON body (an assessment's tokens), the form token of a page, the value of the CSRF cookie.
 * Each fails the test when it is not there.
 */
public final class ClientTokens {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_COOKIE = Pattern.compile("XSRF-TOKEN=([^;]+)");

    private ClientTokens() {}

    /** The text field {@code name} of a JSON body, such as {@code "token"}. */
    public static String jsonField(String json, String name) {
        return first(Pattern.compile("\"" + Pattern.quote(name) + "\":\"([^\"]+)\""), json, name);
    }

    /** The form token of the page's first form. */
    public static String formToken(String html) {
        return first(FORM_TOKEN, html, "form token");
    }

    /** The CSRF cookie's value in a {@code Set-Cookie} header. */
    public static String csrfCookie(String setCookie) {
        return first(CSRF_COOKIE, setCookie, "CSRF cookie");
    }

    private static String first(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(String.valueOf(text));
        assertThat(matcher.find()).as(what + " in " + text).isTrue();
        return matcher.group(1);
    }
}
