package de.kundenkontakt.quickcheck.app.api;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The arguments that API operations may take beyond Spring MVC's own: {@link RequestLanguage}. */
@Configuration(proxyBeanMethods = false)
class ApiMvcConfiguration implements WebMvcConfigurer {

    private final RequestLanguageArguments languages;

    ApiMvcConfiguration(RequestLanguageArguments languages) {
        this.languages = languages;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(languages);
    }
}
