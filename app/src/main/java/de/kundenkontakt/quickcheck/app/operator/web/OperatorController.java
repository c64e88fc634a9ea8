package de.kundenkontakt.quickcheck.app.operator.web;

import de.kundenkontakt.quickcheck.app.operator.OperatorProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Shows the pages whose content the operator configures: help contacts, imprint, privacy. */
@Controller
@EnableConfigurationProperties(OperatorProperties.class)
class OperatorController {

    private final OperatorProperties operator;

    OperatorController(OperatorProperties operator) {
        this.operator = operator;
    }

    @ModelAttribute("operator")
    OperatorProperties operator() {
        return operator;
    }

    @GetMapping("/hilfe")
    String showHelp(Model model) {
        return "operator/help";
    }

    @GetMapping("/impressum")
    String showImprint() {
        return "operator/imprint";
    }

    @GetMapping("/datenschutz")
    String showPrivacy() {
        return "operator/privacy";
    }
}
