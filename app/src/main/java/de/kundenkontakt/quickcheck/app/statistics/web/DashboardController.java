package de.kundenkontakt.quickcheck.app.statistics.web;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.statistics.Dashboard;
import de.kundenkontakt.quickcheck.app.statistics.DashboardFigures;
import de.kundenkontakt.quickcheck.app.statistics.DashboardFilter;
import de.kundenkontakt.quickcheck.app.statistics.DashboardScope;
import de.kundenkontakt.quickcheck.app.web.BadPageRequestException;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboard for the signed-in account (a consultant sees their companies' assessments, an
 * administrator all) and its tables as CSV downloads. The filter is a GET form, so it works
 * without JavaScript and every view has a link; a filter that cannot be used shows the form again
 * with an error summary (422), and in a download link it is a 400 page.
 */
@Controller
class DashboardController {

    static final String PATH = "/arbeitsbereich/dashboard";

    private final Dashboard dashboard;
    private final ProfileOptions options;
    private final Catalogs catalogs;
    private final Clock clock;

    DashboardController(Dashboard dashboard, ProfileOptions options, Catalogs catalogs) {
        this.dashboard = dashboard;
        this.options = options;
        this.catalogs = catalogs;
        this.clock = Clock.systemUTC();
    }

    @GetMapping(PATH)
    String showDashboard(
            DashboardFilterForm filterForm,
            @AuthenticationPrincipal SignedInAccount me,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Map<String, String> form = filterForm.values();
        DashboardScope scope = DashboardScope.of(me);
        DashboardView view;
        try {
            DashboardFilter filter = filterForm.parse(options, catalogs, clock);
            form.put("from", filter.from().toString());
            form.put("to", filter.to().toString());
            DashboardFigures figures = dashboard.figures(scope, filter);
            view = DashboardView.of(figures, form, scope.all(), options, catalogs, PATH, locale);
        } catch (DashboardFilter.InvalidFilterException invalid) {
            Texts texts = Texts.of(locale);
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.problems().forEach(p -> errors.putIfAbsent(p.parameter(),
                    texts.get("statistics.error." + p.code(), DashboardFilter.MAX_MONTHS)));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            view = DashboardView.invalid(form, errors, scope.all(), options, catalogs, locale);
        }
        model.addAttribute("d", view);
        return "statistics/dashboard";
    }

    @GetMapping(PATH + "/{aggregate}.csv")
    ResponseEntity<byte[]> downloadTable(
            @PathVariable String aggregate,
            DashboardFilterForm filterForm,
            @AuthenticationPrincipal SignedInAccount me,
            Locale locale) {
        if (!DashboardView.AGGREGATES.contains(aggregate)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such dashboard table");
        }
        DashboardFilter filter;
        try {
            filter = filterForm.parse(options, catalogs, clock);
        } catch (DashboardFilter.InvalidFilterException invalid) {
            DashboardFilter.Problem problem = invalid.problems().get(0);
            throw new BadPageRequestException("statistics.error.parameter", List.of(problem.parameter(),
                    Texts.of(locale).get("statistics.error." + problem.code(), DashboardFilter.MAX_MONTHS)));
        }
        DashboardFigures figures = dashboard.figuresForDownload(me, filter, aggregate);
        String name = "dashboard-" + aggregate + "-" + filter.from() + "-" + filter.to() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(DashboardCsv.of(aggregate, figures, catalogs, locale).getBytes(StandardCharsets.UTF_8));
    }
}
