package de.kundenkontakt.quickcheck.app.account.api;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/workspace/me}: the account a personal access token belongs to. */
@RestController
@Tag(name = "Workspace", description = "The advisor workspace, for the holder of a personal access token.")
@SecurityScheme(
        name = WorkspaceMeController.SECURITY_SCHEME,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A personal access token (qc_pat_…) created on the account page or with "
                + "'./quickcheck user token'.")
class WorkspaceMeController {

    /** The name of the bearer scheme in the OpenAPI document, for {@code @SecurityRequirement}. */
    static final String SECURITY_SCHEME = "personalAccessToken";

    /**
     * The account behind the token.
     *
     * @param id never null
     * @param email the e-mail address it signs in with; never null
     * @param role "consultant" or "admin"; never null
     */
    record Me(UUID id, String email, String role) {}

    @GetMapping(value = "/api/v1/workspace/me", produces = "application/json")
    @Operation(
            summary = "The account of the token",
            description = "Who the personal access token belongs to: id, e-mail address and role. "
                    + "Needs Authorization: Bearer <token>.",
            operationId = "getWorkspaceAccount",
            security = @SecurityRequirement(name = SECURITY_SCHEME))
    @ApiResponse(responseCode = "200", description = "The account")
    @ApiResponse(
            responseCode = "401",
            description = "No token, or an unknown or revoked one, or one of a deactivated account")
    Me me(@AuthenticationPrincipal SignedInAccount account) {
        return new Me(account.id(), account.email(), account.role().id());
    }
}
