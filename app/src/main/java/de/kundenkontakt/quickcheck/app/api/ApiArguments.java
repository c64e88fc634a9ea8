package de.kundenkontakt.quickcheck.app.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
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
 * The arguments that API operations take beyond Spring MVC's own, {@link RequestLanguage} and
 * {@link JsonBody}, in both places where they matter: Spring MVC fills them from the request, and
 * the OpenAPI description lists the request parts they are read from and the problems they answer
 * with. One class, so that the description cannot drift from what the server reads. Immutable and
 * thread-safe.
 */
@Component
final class ApiArguments implements HandlerMethodArgumentResolver, OperationCustomizer {

    static final String LANG = "lang";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == RequestLanguage.class || parameter.getParameterType() == JsonBody.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory)
            throws IOException {
        if (parameter.getParameterType() == JsonBody.class) {
            HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
            return new JsonBody(joined(request.getHeaderValues(HttpHeaders.CONTENT_TYPE)), servlet.getInputStream());
        }
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
        for (MethodParameter parameter : handlerMethod.getMethodParameters()) {
            LanguageParameters language = parameter.getParameterAnnotation(LanguageParameters.class);
            if (language != null) {
                documentLanguage(operation, language);
            }
            if (parameter.getParameterType() == JsonBody.class) {
                documentBodyProblems(operation.getResponses());
            }
        }
        return operation;
    }

    private static void documentLanguage(Operation operation, LanguageParameters language) {
        if (!language.lang().isEmpty()) {
            operation.addParametersItem(optional(new QueryParameter().name(LANG)).description(language.lang()));
        }
        operation.addParametersItem(optional(new HeaderParameter().name(HttpHeaders.ACCEPT_LANGUAGE)).example("de"));
    }

    private static Parameter optional(Parameter parameter) {
        return parameter.required(false).schema(new JsonSchema().types(Set.of("string")));
    }

    /** The problems of {@link JsonBody}, each unless the operation describes that status itself. */
    private static void documentBodyProblems(ApiResponses responses) {
        responses.computeIfAbsent("400", status -> new ApiResponse().description("Malformed JSON"));
        responses.computeIfAbsent("413", status -> new ApiResponse().description("Body larger than 64 KiB"));
        responses.computeIfAbsent("415", status -> new ApiResponse().description("Content-Type is not application/json"));
    }
}
