package de.kundenkontakt.quickcheck.app.result.web;

import de.kundenkontakt.quickcheck.app.result.ResultCode;
import de.kundenkontakt.quickcheck.app.result.ResultView;
import de.kundenkontakt.quickcheck.app.result.ResultViews;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows the result that a result link describes; nothing is looked up or stored. */
@Controller
class ResultController {

    private final Catalogs catalogs;
    private final ResultViews views;
    private final ResultSections sections;

    ResultController(Catalogs catalogs, ResultViews views, ResultSections sections) {
        this.catalogs = catalogs;
        this.views = views;
        this.sections = sections;
    }

    @GetMapping(ResultCode.RESULT_PATH)
    String showResult(ResultLinkQuery link, Locale locale, Model model) {
        ResultView view = views.of(link.answers(catalogs), locale);
        model.addAttribute("result", view);
        model.addAttribute("sections", sections.of(view, locale));
        return "result/show";
    }
}
