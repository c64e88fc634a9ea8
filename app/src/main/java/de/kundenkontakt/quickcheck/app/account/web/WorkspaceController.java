package de.kundenkontakt.quickcheck.app.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The workspace's entry page: who is signed in and where to go. The features of the workspace
 * (companies, dashboard ...) add their sections to its template {@code account/workspace.html}.
 */
@Controller
class WorkspaceController {

    static final String PATH = "/arbeitsbereich";

    @GetMapping(PATH)
    String showWorkspace() {
        return "account/workspace";
    }
}
