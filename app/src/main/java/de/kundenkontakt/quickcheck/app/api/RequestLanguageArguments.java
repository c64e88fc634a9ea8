package de.kundenkontakt.quickcheck.app.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.util.Arrays;
import java.util.Set;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The {@link RequestLanguage} argument in both places where it matters: Spring MVC fills it from
 * the request, and the OpenAPI description lists the request parts it is filled from (see
 * {@link LanguageParameters}). One class, so that the description cannot drift from what the
 * server reads. Immutable and thread-safe.
 */
@Component
final class RequestLanguageArguments implements HandlerMethodArgumentResolver, OperationCustomizer {

    static final String LANG = "lang";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == RequestLanguage.class;
    }

    @Override
    public RequestLanguage resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return new RequestLanguage(
                joined(request.getParameterValues(LANG)),
                joined(request.getHeaderValues(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** Several values as one text separated by commas, as Spring binds them to a {@code String}. */
    private static String joined(String[] values) {
        return values == null ? null : String.join(",", values);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        Arrays.stream(handlerMethod.getMethodParameters())
                .map(parameter -> parameter.getParameterAnnotation(LanguageParameters.class))
                .filter(annotation -> annotation != null)
                .findFirst()
                .ifPresent(annotation -> {
                    if (!annotation.lang().isEmpty()) {
                        operation.addParametersItem(optional(new QueryParameter().name(LANG))
                                .description(annotation.lang()));
                    }
                    operation.addParametersItem(optional(new HeaderParameter().name(HttpHeaders.ACCEPT_LANGUAGE))
                            .example("de"));
                });
        return operation;
    }

    private static Parameter optional(Parameter parameter) {
        return parameter.required(false).schema(new JsonSchema().types(Set.of("string")));
    }
}
