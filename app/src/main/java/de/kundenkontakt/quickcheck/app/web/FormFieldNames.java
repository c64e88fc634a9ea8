package de.kundenkontakt.quickcheck.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses page requests whose parameter names the forms never send, before data binding sees
 * them: the forms use plain names ({@code companyName}) and one level of keys ({@code usage[website]},
 * {@code answers[reichweite]}); a name with a dot or a second level ({@code usage.website},
 * {@code usage[website][x]}, {@code companyName.x}) would make the binder walk into properties
 * that do not exist. Such a request gets the 400 page naming the field. Only page controllers
 * bind forms; other handlers are left alone.
 */
final class FormFieldNames implements HandlerInterceptor {

    /** A name the binder would read as a path: a dot, or brackets other than one final key. */
    private static final Pattern NESTED = Pattern.compile(".*\\..*|.*\\[.*\\[.*|.*][^\\]].*|[^\\[]*][^\\[]*|\\[.*");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !isPage(method.getBeanType())) {
            return true;
        }
        for (String name : Collections.list(request.getParameterNames())) {
            if (NESTED.matcher(name).matches()) {
                throw new BadPageRequestException("error.form.unknown-field", List.of(name));
            }
        }
        return true;
    }

    private static boolean isPage(Class<?> type) {
        return AnnotatedElementUtils.hasAnnotation(type, Controller.class)
                && !AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class);
    }
}
