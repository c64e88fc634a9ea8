package de.kundenkontakt.quickcheck.app.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Answers every {@code /api/**} request that no API handler takes: 406 when a handler takes the
 * path and method but cannot answer in a format the client accepts, 405 with {@code Allow} when
 * the path exists with other methods, otherwise 404, all as problem details. Without it such
 * requests would end in the web pages' HTML error handling.
 */
@Hidden
@RestController
class ApiFallbackController {

    private final ApplicationContext context;

    ApiFallbackController(ApplicationContext context) {
        this.context = context;
    }

    @RequestMapping("/api/**")
    void unmatched(HttpServletRequest request) {
        Set<String> allowed = allowedMethods(ApiExceptionHandler.path(request));
        String path = ApiExceptionHandler.publicPath(request);
        if (allowed.isEmpty()) {
            throw new ApiProblemException(HttpStatus.NOT_FOUND, "not-found", path);
        }
        if (allowed.contains(request.getMethod())) {
            // path and method match a handler, so its "produces" ruled the request out
            throw new ApiProblemException(HttpStatus.NOT_ACCEPTABLE, "not-acceptable");
        }
        String allow = String.join(", ", allowed);
        throw new ApiProblemException(
                HttpStatus.METHOD_NOT_ALLOWED,
                "method",
                java.util.List.of(request.getMethod(), path, allow),
                Map.of(HttpHeaders.ALLOW, allow));
    }

    private Set<String> allowedMethods(String path) {
        RequestMappingHandlerMapping mapping =
                context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        PathContainer container = PathContainer.parsePath(path);
        Set<String> allowed = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            if (entry.getValue().getBeanType() == ApiFallbackController.class
                    || entry.getKey().getPathPatternsCondition() == null) {
                continue;
            }
            for (PathPattern pattern : entry.getKey().getPathPatternsCondition().getPatterns()) {
                if (pattern.matches(container)) {
                    for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                        allowed.add(method.name());
                        if (method == RequestMethod.GET) {
                            allowed.add(RequestMethod.HEAD.name());
                        }
                    }
                }
            }
        }
        return allowed;
    }
}
