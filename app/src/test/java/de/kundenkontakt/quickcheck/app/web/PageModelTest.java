package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

class PageModelTest {

    private final PageModel layout = (request, model) -> model.putIfAbsent("language", "de");

    @Test
    void addsItsAttributesToARenderedPage() {
        ModelAndView page = new ModelAndView("home/index");
        layout.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), null, page);
        assertThat(page.getModel()).containsEntry("language", "de");
    }

    @Test
    void keepsWhatTheHandlerSetItself() {
        ModelAndView page = new ModelAndView("home/index", Map.of("language", "en"));
        layout.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), null, page);
        assertThat(page.getModel()).containsEntry("language", "en");
    }

    @Test
    void leavesRedirectsWithoutAttributesSoThatTheirLinksGetNoQuery() {
        ModelAndView byName = new ModelAndView("redirect:/auswertung/abc");
        ModelAndView byView = new ModelAndView(new RedirectView("/auswertung/abc"));
        layout.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), null, byName);
        layout.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), null, byView);
        assertThat(byName.getModel()).isEmpty();
        assertThat(byView.getModel()).isEmpty();
    }

    @Test
    void doesNothingWithoutAPage() {
        layout.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), null, null);
    }
}
