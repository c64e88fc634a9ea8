package de.kundenkontakt.quickcheck.app.statistics.web;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.statistics.Generalisation;
import de.kundenkontakt.quickcheck.app.statistics.ResearchExport;
import de.kundenkontakt.quickcheck.app.web.BadPageRequestException;
import de.kundenkontakt.quickcheck.engine.Catalog;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The research export for administrators (the workspace's security rules let no one else reach
 * {@code /arbeitsbereich/verwaltung/**}): a page that explains what the file holds and how it is
 * made anonymous, with the current plan per catalogue version, and the streamed CSV download.
 */
@Controller
class ResearchExportController {

    static final String PATH = "/arbeitsbereich/verwaltung/forschungsdaten";

    private final ResearchExport export;

    ResearchExportController(ResearchExport export) {
        this.export = export;
    }

    /** One catalogue version's plan as the page shows it. */
    record PlanRow(String catalog, long rows, String levels, String suppressed, long written, String download) {}

    /** One group of the second level: the attribute, the group's name and its values. */
    record GroupRow(String dimension, String group, String members) {}

    @GetMapping(PATH)
    String showExport(Locale locale, Model model) {
        Texts texts = Texts.of(locale);
        List<PlanRow> plans = new ArrayList<>();
        for (Catalog catalog : export.catalogs()) {
            Generalisation.Plan plan = export.plan(catalog);
            Generalisation levels = plan.levels();
            String suppressed = plan.suppressedRows() == 0
                    ? "0"
                    : texts.get(plan.dropSuppressed() ? "statistics.research.plan.dropped" : "statistics.research.plan.starred",
                            plan.suppressedRows());
            plans.add(new PlanRow(
                    catalog.title().in(locale),
                    plan.rows(),
                    plan.writtenRows() == 0
                            ? texts.get("statistics.research.plan.empty")
                            : texts.get("statistics.research.level." + levels.industry()) + ", "
                                    + texts.get("statistics.research.level." + levels.size()) + ", "
                                    + texts.get("statistics.research.level." + levels.region()),
                    suppressed,
                    plan.writtenRows(),
                    PATH + "/export.csv?catalog=" + catalog.id()));
        }
        List<GroupRow> groups = new ArrayList<>();
        for (String dimension : List.of("industry", "sizeClass", "region")) {
            for (Map.Entry<String, List<String>> group : Generalisation.groups(dimension).entrySet()) {
                groups.add(new GroupRow(texts.get("statistics.research.dimension." + dimension),
                        texts.get("statistics.research.group." + group.getKey()), String.join(", ", group.getValue())));
            }
        }
        model.addAttribute("plans", plans);
        model.addAttribute("groups", groups);
        model.addAttribute("k", Generalisation.K);
        model.addAttribute("suppressionPercent", Generalisation.SUPPRESSION_PERCENT);
        return "statistics/research";
    }

    @GetMapping(PATH + "/export.csv")
    void downloadExport(
            @RequestParam(required = false) String catalog,
            @AuthenticationPrincipal SignedInAccount me,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Catalog chosen = export.catalogs().stream()
                .filter(c -> c.id().equals(catalog))
                .findFirst()
                .orElseThrow(() -> new BadPageRequestException("statistics.research.error.catalog",
                        List.of(catalog == null ? "" : catalog)));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("quickcheck-forschungsdaten-" + chosen.id() + ".csv").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        export.write(me, chosen, out, locale);
        out.flush();
    }
}
