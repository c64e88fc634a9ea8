package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every page the application renders, in German and in English and in every state of
 * {@link PageTour} (the same pages the W3C checker sees), in headless Chromium: no axe-core
 * violation of WCAG 2.1 A/AA, nothing loaded from another host, and no horizontal scrolling on a
 * 360 px wide phone. Each page is shown as the server sent it ({@link RenderedPagesController}).
 */
class EveryPageBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyPageInBothLanguagesIsAccessibleSelfContainedAndFitsAPhone() throws Exception {
        List<PageTour.Page> pages = new PageTour(port, context).inBothLanguages();
        PageTour.assertEveryPageTemplateVisited(pages);
        List<String> checked = new ArrayList<>();
        for (PageTour.Page page : pages) {
            RenderedPagesController.offer(page);
            String name = page.key() + " (" + page.template() + ")";
            driver.get(url(RenderedPagesController.PATH + page.key()));
            // one round trip for both: the page's language and the number of style rules applied
            List<?> shown = (List<?>) browser.script("return [document.documentElement.getAttribute('lang'),"
                    + " Array.from(document.styleSheets).reduce(function (n, s) { return n + s.cssRules.length; }, 0)]");
            assertThat(shown.get(0)).as(name).isEqualTo(page.language());
            assertThat(shown.get(1)).as(name + ": the application's style sheets are applied").isNotEqualTo(0L);
            browser.assertNoAxeViolations(name);
            browser.assertOnlyRequestsTo(url(""));
            browser.assertFitsA360PixelPhone(name);
            checked.add(name);
        }
        System.out.println("axe-core, own host only, 360 px: " + checked.size() + " pages checked");
        assertThat(checked).hasSizeGreaterThan(70);
    }
}
