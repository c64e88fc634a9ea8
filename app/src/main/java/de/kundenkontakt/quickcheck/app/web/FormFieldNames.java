package de.kundenkontakt.quickcheck.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses page requests whose parameter names the forms never send, before data binding sees
 * them: the forms use plain names ({@code companyName}) and one level of keys ({@code usage[website]},
 * {@code answers[reichweite]}); a name with a dot or a second level ({@code usage.website},
 * {@code usage[website][x]}, {@code companyName.x}) would make the binder walk into properties
 * that do not exist. Such a request gets the 400 page naming the field.
 */
final class FormFieldNames implements HandlerInterceptor {

    private static final Pattern FORM_FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\[[^\\[\\].]*])?");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return true;
        }
        for (String name : Collections.list(request.getParameterNames())) {
            if (!FORM_FIELD.matcher(name).matches()) {
                throw new BadPageRequestException("error.form.unknown-field", List.of(name));
            }
        }
        return true;
    }
}
