package de.kundenkontakt.quickcheck.app.web;

import de.kundenkontakt.quickcheck.app.i18n.Languages;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Adds what the page layout needs to every rendered page's model ({@link PageModel}): the language
 * links ({@code languageLinks}) and the language ({@code language}).
 */
@Configuration(proxyBeanMethods = false)
class LayoutAttributes implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        PageModel layout = (request, model) -> {
            model.putIfAbsent("languageLinks", links(request));
            model.putIfAbsent("language", Texts.language(RequestContextUtils.getLocale(request)));
        };
        registry.addInterceptor(layout);
    }

    /** The current page in each supported language: language code to link, default first. */
    static Map<String, String> links(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        // On an error page, link to the page that failed, not to the internal /error path.
        Object failedPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        for (Locale locale : Languages.SUPPORTED) {
            String link = failedPath instanceof String path
                    ? ServletUriComponentsBuilder.fromPath(path)
                            .queryParam("lang", locale.getLanguage())
                            .build()
                            .toUriString()
                    : ServletUriComponentsBuilder.fromRequest(request)
                            .replaceQueryParam("lang", locale.getLanguage())
                            .build()
                            .toUriString();
            links.put(locale.getLanguage(), relative(link));
        }
        return links;
    }

    /** Keeps links on this host whatever Host header the request had. */
    private static String relative(String absolute) {
        int scheme = absolute.indexOf("://");
        if (scheme < 0) {
            return absolute;
        }
        int path = absolute.indexOf('/', scheme + 3);
        return path < 0 ? "/" : absolute.substring(path);
    }
}
