package de.kundenkontakt.quickcheck.app.account.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The 403 page of the workspace: a page for administrators opened by a consultant, or a form sent
 * without a valid CSRF token (an old tab, cookies cleared), each with what to do next.
 */
@Controller
class AccessDeniedController {

    static final String PATH = "/kein-zugriff";

    private static final String REASON = AccessDeniedController.class.getName() + ".csrf";

    /** Spring Security's access-denied handler for the workspace: shows this page. */
    static void show(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        request.setAttribute(REASON, denied instanceof CsrfException);
        response.setStatus(HttpStatus.FORBIDDEN.value());
        request.getRequestDispatcher(PATH).forward(request, response);
    }

    @RequestMapping(PATH)
    String showPage(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("expiredForm", Boolean.TRUE.equals(request.getAttribute(REASON)));
        return "account/access-denied";
    }
}
