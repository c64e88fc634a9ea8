package de.kundenkontakt.quickcheck.app.account.web;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.web.PageModel;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every rendered page ({@link PageModel}) the signed-in account as {@code me} (null on public
 * pages, which never see a session), for the workspace's navigation ({@code account/parts :: workspaceNav}).
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceModel implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        PageModel me = (request, model) -> model.putIfAbsent("me", me());
        registry.addInterceptor(me);
    }

    private static SignedInAccount me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInAccount account
                ? account : null;
    }
}
