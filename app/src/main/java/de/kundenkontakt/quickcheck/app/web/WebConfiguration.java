package de.kundenkontakt.quickcheck.app.web;

import de.kundenkontakt.quickcheck.app.i18n.Languages;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The pages' language, with Spring's own resolver and interceptor: {@code ?lang=de|en} on any
 * page switches and remembers the language for a year in the cookie {@code lang}; the cookie wins
 * over Accept-Language; German when neither names a language we speak; other values of
 * {@code lang}, in the query or the cookie, are ignored. Static
 * files: only {@code /css/**}, {@code /js/**} and the favicon are static (so page links are never
 * looked up as files), linked with a content hash in the name ({@code /css/app-<md5>.css}) and
 * cached by browsers for a year as immutable; the resolved names are cached on the server.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    /** The query parameter and the cookie that name the chosen language. */
    static final String PARAMETER = "lang";

    private static final CacheControl IMMUTABLE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(IMMUTABLE)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/favicon*")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(IMMUTABLE)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(PARAMETER) {
            @Override
            protected Locale parseLocaleValue(String value) {
                return Languages.byCode(value); // null: fall back to Accept-Language
            }
        };
        resolver.setCookiePath("/");
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(
                request -> Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                Locale chosen = Languages.byCode(value);
                if (chosen == null) {
                    throw new IllegalArgumentException("not a language we speak");
                }
                return chosen;
            }
        };
        interceptor.setParamName(PARAMETER);
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new FormFieldNames());
    }
}
