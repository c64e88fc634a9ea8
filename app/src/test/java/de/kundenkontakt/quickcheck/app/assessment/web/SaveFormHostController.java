package de.kundenkontakt.quickcheck.app.assessment.web;

import de.kundenkontakt.quickcheck.app.result.ResultCode;
import de.kundenkontakt.quickcheck.app.result.ResultView;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Tests only: a stand-in for the result page that includes the "Ergebnis speichern" fragment the
 * way the result page will, until that page includes it itself.
 */
@Controller
class SaveFormHostController {

    static final String PATH = "/test/ergebnis-mit-speichern";

    @GetMapping(PATH)
    String show(@RequestParam String k, @RequestParam String a, Locale locale, Model model) {
        Answers answers = ResultCode.decode(Catalogs.builtIn(), k, a);
        model.addAttribute("result", ResultView.of(answers.catalog().evaluate(answers), locale));
        return "assessment-test/save-form-host";
    }
}
