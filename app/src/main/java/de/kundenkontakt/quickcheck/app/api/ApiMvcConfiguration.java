package de.kundenkontakt.quickcheck.app.api;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The arguments that API operations take beyond Spring MVC's own: {@link RequestLanguage}, {@link JsonBody}. */
@Configuration(proxyBeanMethods = false)
class ApiMvcConfiguration implements WebMvcConfigurer {

    private final ApiArguments arguments;

    ApiMvcConfiguration(ApiArguments arguments) {
        this.arguments = arguments;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(arguments);
    }
}
