package de.kundenkontakt.quickcheck.app.account.web;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in account as {@code me} (null on public pages, which never see a
 * session), for the workspace's navigation ({@code account/parts :: workspaceNav}).
 */
@ControllerAdvice(annotations = Controller.class)
class WorkspaceModel {

    @ModelAttribute("me")
    SignedInAccount me(@AuthenticationPrincipal SignedInAccount me) {
        return me;
    }
}
