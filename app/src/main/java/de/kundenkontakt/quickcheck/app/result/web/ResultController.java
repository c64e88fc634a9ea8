package de.kundenkontakt.quickcheck.app.result.web;

import de.kundenkontakt.quickcheck.app.result.InvalidResultCodeException;
import de.kundenkontakt.quickcheck.app.result.ResultCode;
import de.kundenkontakt.quickcheck.app.result.ResultView;
import de.kundenkontakt.quickcheck.app.result.ResultViews;
import de.kundenkontakt.quickcheck.app.web.BadPageRequestException;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
    String showResult(
            @RequestParam(name = ResultCode.CATALOG_PARAMETER, required = false) String catalogId,
            @RequestParam(name = ResultCode.ANSWERS_PARAMETER, required = false) String code,
            Locale locale,
            Model model) {
        Answers answers = read(catalogs, catalogId, code);
        ResultView view = views.of(answers, locale);
        model.addAttribute("result", view);
        model.addAttribute("sections", sections.of(view, locale));
        return "result/show";
    }

    /**
     * Reads a result link's query or throws the friendly 400 that names what is wrong with it.
     *
     * @throws BadPageRequestException with a {@code result.invalid.*} message key
     */
    static Answers read(Catalogs catalogs, String catalogId, String code) {
        try {
            return ResultCode.decode(catalogs, catalogId, code);
        } catch (InvalidResultCodeException invalid) {
            throw new BadPageRequestException(invalid.reason().messageKey(), invalid.arguments());
        }
    }
}
