package de.kundenkontakt.quickcheck.app.home.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows the start page. */
@Controller
class HomeController {

    @GetMapping("/")
    String showHome() {
        return "home/index";
    }
}
