package de.kundenkontakt.quickcheck.app.statistics.api;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.api.json.InvalidRequestException;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.SizeClass;
import de.kundenkontakt.quickcheck.app.shared.FieldProblem;
import de.kundenkontakt.quickcheck.app.statistics.Dashboard;
import de.kundenkontakt.quickcheck.app.statistics.DashboardFilter;
import de.kundenkontakt.quickcheck.app.statistics.DashboardScope;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/workspace/statistics}: the dashboard's figures for the holder of a personal
 * access token, with the dashboard's filters as query parameters.
 */
@RestController
@Tag(name = "Workspace")
class StatisticsApiController {

    private final Dashboard dashboard;
    private final ProfileOptions options;
    private final Catalogs catalogs;
    private final Clock clock = Clock.systemUTC();

    StatisticsApiController(Dashboard dashboard, ProfileOptions options, Catalogs catalogs) {
        this.dashboard = dashboard;
        this.options = options;
        this.catalogs = catalogs;
    }

    @GetMapping(value = "/api/v1/workspace/statistics", produces = "application/json")
    @Operation(
            summary = "The dashboard's figures",
            description = "Counts of the complete assessments in scope (a consultant's token: the companies the "
                    + "consultant looks after; an administrator's token: all assessments) for a period of whole months "
                    + "(German time) and optional filters: assessments per month, answers per need and level, "
                    + "recommendations per touchpoint, and gaps (touchpoints at least \"empfehlenswert\" but not in "
                    + "use). Without from/to: the last 12 months up to the current one. Needs Authorization: Bearer <token>.",
            operationId = "getWorkspaceStatistics",
            security = @SecurityRequirement(name = "personalAccessToken"))
    @ApiResponse(responseCode = "200", description = "The figures")
    @ApiResponse(
            responseCode = "401",
            description = "No token, or an unknown or revoked one, or one of a deactivated account")
    @ApiResponse(
            responseCode = "422",
            description = "A filter that cannot be used; errors[].field names the query parameter")
    StatisticsJson statistics(
            @Parameter(description = "First month, YYYY-MM") @RequestParam(required = false) String from,
            @Parameter(description = "Last month (included), YYYY-MM; at most 120 months after from")
                    @RequestParam(required = false) String to,
            @Parameter(description = "Industry code (WZ 2008 section A–U)") @RequestParam(required = false) String industry,
            @Parameter(description = "Size class: 1-9, 10-49, 50-249 or 250+") @RequestParam(required = false) String sizeClass,
            @Parameter(description = "Region id, such as DE-BY, AT, CH or other") @RequestParam(required = false) String region,
            @Parameter(description = "Catalogue version, such as 2022") @RequestParam(required = false) String catalog,
            @AuthenticationPrincipal SignedInAccount me) {
        DashboardFilter filter;
        try {
            filter = DashboardFilter.parse(from, to, industry, sizeClass, region, catalog, options, catalogs, clock);
        } catch (DashboardFilter.InvalidFilterException invalid) {
            throw new InvalidRequestException(InvalidRequestException.Kind.INVALID,
                    invalid.problems().stream().map(this::problem).toList());
        }
        DashboardScope scope = DashboardScope.of(me);
        return StatisticsJson.of(scope, dashboard.figures(scope, filter));
    }

    private FieldProblem problem(DashboardFilter.Problem problem) {
        return switch (problem.code()) {
            case "unknown" -> FieldProblem.of(problem.parameter(), "value.unknown", problem.value(), allowed(problem.parameter()));
            case "span" -> FieldProblem.of(problem.parameter(), "filter.span", String.valueOf(DashboardFilter.MAX_MONTHS));
            case "range" -> FieldProblem.of(problem.parameter(), "filter.range");
            default -> FieldProblem.of(problem.parameter(), "filter.month", String.valueOf(problem.value()));
        };
    }

    private String allowed(String parameter) {
        List<String> values = switch (parameter) {
            case "industry" -> options.industries().stream().map(i -> i.code()).toList();
            case "sizeClass" -> Arrays.stream(SizeClass.values()).map(SizeClass::id).toList();
            case "region" -> options.regions().stream().map(r -> r.id()).toList();
            default -> catalogs.ids();
        };
        return String.join(", ", values);
    }
}
