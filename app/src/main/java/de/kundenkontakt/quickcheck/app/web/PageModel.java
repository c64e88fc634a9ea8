package de.kundenkontakt.quickcheck.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;

/**
 * Adds attributes that every page's layout needs to the model of each page that is rendered, after
 * its handler. Unlike a {@code @ModelAttribute} of a {@code @ControllerAdvice}, which Spring also
 * resolves for every REST call (a {@code @RestController} is a {@code @Controller}), this costs
 * nothing where no page is rendered: API responses, downloads, redirects. An attribute the handler
 * set itself is kept. Exception handlers' pages get none (as with {@code @ModelAttribute}).
 */
@FunctionalInterface
public interface PageModel extends HandlerInterceptor {

    /**
     * Adds this contributor's attributes.
     *
     * @param request the request of the page, not null
     * @param model the page's model, not null; use {@link Map#putIfAbsent}
     */
    void contribute(HttpServletRequest request, Map<String, Object> model);

    @Override
    default void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || isRedirect(page)) {
            return;
        }
        contribute(request, page.getModelMap());
    }

    private static boolean isRedirect(ModelAndView page) {
        String name = page.getViewName();
        return name != null
                ? name.startsWith("redirect:")
                : page.getView() instanceof SmartView view && view.isRedirectView();
    }
}
